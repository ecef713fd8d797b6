package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crossread"
)

// SpeakerMentions are the people the quote stage found speaking whom the
// recognizer did not name: "erklärte Urs Bachmann, Mediensprecher der …"
// names a person by where it stands, a given name the rules do not know.
// Only a speaker written as a name is taken: two to four capitalised
// words (name particles between them), none a title or office, none a
// word the article also writes in lower case.
func SpeakerMentions(doc *crossread.Doc) []crossread.Mention {
	if doc == nil || doc.Article == nil {
		return nil
	}
	text := doc.Article.Text
	var out []crossread.Mention
	var lower map[string]bool
	for _, q := range doc.Quotes {
		sp := q.SpeakerSpan
		if sp == nil || sp.End <= sp.Start || sp.End > len(text) || overlapsMention(doc.Mentions, *sp) || overlapsMention(out, *sp) {
			continue
		}
		name := text[sp.Start:sp.End]
		if lower == nil {
			lower = lowerWords(text)
		}
		if !writtenAsName(name, lower) {
			continue
		}
		out = append(out, crossread.Mention{Span: *sp, Text: name, Type: crossread.PERSON})
	}
	return out
}

func overlapsMention(ms []crossread.Mention, sp crossread.Span) bool {
	for _, m := range ms {
		if m.Start < sp.End && sp.Start < m.End {
			return true
		}
	}
	return false
}

// writtenAsName: two to four capitalised words, particles between them,
// none an office or a common word of the article.
func writtenAsName(name string, lower map[string]bool) bool {
	words := strings.Fields(name)
	caps := 0
	for i, w := range words {
		l := strings.ToLower(w)
		if i > 0 && i < len(words)-1 && nameParticles[l] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || isAllCaps(w) || utf8.RuneCountInString(w) < 2 || lower[l] || germanPersonTitle(w) || strings.ContainsAny(w, ".,;:()0123456789") {
			return false
		}
		caps++
	}
	return caps >= 2 && caps <= 4
}

// lowerWords are the words text writes in lower case.
func lowerWords(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) {
			out[w] = true
		}
	}
	return out
}
