package entity

import (
	"strings"

	"crossread"
)

// LinkSpeakers returns the documents' quotes, in order, each with
// SpeakerEntity set to the name of the story entity that speaks, when one
// does: the entity one of whose spellings the speaker is (after a leading
// article, titles or a possessive are dropped: "Mr. Ortiz" → "Ortiz"), else
// the person or organisation named at the head of the speaker's phrase ("a
// statement by the Tavrian government" → the entity "Tavrian government").
// A name governed by another noun does not speak: "a spokesman for the
// Harbor Institute" is linked to no entity. Quotes already linked keep
// their link.
func LinkSpeakers(docs []*crossread.Doc, ents []crossread.Entity) []crossread.Quote {
	alias := map[string]string{}
	type headSpan struct {
		start, end int
		name       string
	}
	heads := map[string][]headSpan{} // article → person and organisation spans
	for _, e := range ents {
		alias[strings.ToLower(e.Name)] = e.Name
		for _, a := range e.Aliases {
			if _, taken := alias[strings.ToLower(a)]; !taken {
				alias[strings.ToLower(a)] = e.Name
			}
		}
		if e.Type != crossread.PERSON && e.Type != crossread.ORG {
			continue
		}
		for _, s := range e.Spans {
			heads[s.ArticleID] = append(heads[s.ArticleID], headSpan{s.Start, s.End, e.Name})
		}
	}
	var out []crossread.Quote
	for _, d := range docs {
		if d == nil {
			continue
		}
		for _, q := range d.Quotes {
			if q.SpeakerEntity == "" && q.Speaker != "" {
				q.SpeakerEntity = alias[strings.ToLower(q.Speaker)]
				if q.SpeakerEntity == "" {
					for _, typ := range []string{crossread.PERSON, crossread.ORG} {
						if form, _ := normaliseMention(q.Speaker, typ); form != "" && alias[strings.ToLower(form)] != "" {
							q.SpeakerEntity = alias[strings.ToLower(form)]
							break
						}
					}
				}
				if q.SpeakerEntity == "" && q.SpeakerSpan != nil && d.Article != nil && q.SpeakerSpan.Valid(len(d.Article.Text)) {
					sp := *q.SpeakerSpan
					phrase := d.Article.Text[sp.Start:sp.End]
					phrase = strings.TrimRight(phrase, " .,;:")
					for _, p := range []string{"'s", "’s", "'", "’"} {
						phrase = strings.TrimSuffix(phrase, p)
					}
					end := sp.Start + len(phrase)
					for _, h := range heads[sp.ArticleID] {
						if h.start >= sp.Start && h.end <= sp.End && h.end >= end && !governedName(d.Article.Text[sp.Start:h.start]) {
							q.SpeakerEntity = h.name
							break
						}
					}
				}
			}
			out = append(out, q)
		}
	}
	return out
}

// governedName reports whether the words before a name make another noun
// the speaker: "a spokesman for", "an aide to", "supporters of". A
// document by its author ("a statement by") leaves the author speaking.
func governedName(before string) bool {
	ws := strings.Fields(strings.ToLower(before))
	for i, w := range ws {
		if (w == "for" || w == "of" || w == "to" || w == "at" || w == "with") && i > 0 {
			return true
		}
	}
	return false
}
