package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crossread"
)

// SpeakerMentions are the people the quote stage found speaking whom the
// recognizer did not name: "erklärte Urs Bachmann, Mediensprecher der …"
// names a person by where it stands, a given name the rules do not know.
// A mention of doc that ran into such a speaker's name from before it
// ("ASP Vassilis Kotsaris") is cut back to its own words.
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
		if sp == nil || sp.End <= sp.Start || sp.End > len(text) || overlapsMention(out, *sp) {
			continue
		}
		// "a déclaré à l'ASP Vassilis Kotsaris": a name the tagger ran
		// into the body before it is the speaker's, the body's own left
		if i := slices.IndexFunc(doc.Mentions, func(m crossread.Mention) bool {
			return m.Type != crossread.PERSON && m.Start < sp.Start && m.End == sp.End
		}); i >= 0 {
			if lower == nil {
				lower = lowerWords(text)
			}
			m := &doc.Mentions[i]
			if head := strings.TrimRight(text[m.Start:sp.Start], " "); head != "" && strings.TrimSpace(head) == head && writtenAsName(text[sp.Start:sp.End], lower) {
				m.End = m.Start + len(head)
				m.Text = head
			}
		}
		if overlapsMention(doc.Mentions, *sp) {
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
