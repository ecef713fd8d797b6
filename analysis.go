package crossread

import (
	"encoding/json"
	"time"
)

// Sentence is one sentence of an article's cleaned text.
type Sentence struct {
	Span
	Text      string `json:"text"`
	Paragraph int    `json:"paragraph"` // index of the paragraph it belongs to
}

// Token is one word or punctuation token with its byte span.
type Token struct {
	Start, End int
	Text       string
}

// Entity types, CoNLL-style.
const (
	PERSON = "PERSON"
	ORG    = "ORG"
	LOC    = "LOC" // places: countries, cities, regions
	MISC   = "MISC"
)

// Mention is one occurrence of a named entity in an article.
type Mention struct {
	Span
	Text string `json:"text"`
	Type string `json:"type"` // PERSON, ORG, LOC, MISC
}

// Entity is one real-world thing across a story, with every spelling seen.
type Entity struct {
	ID         string    `json:"id,omitempty"`
	Name       string    `json:"name"` // the canonical (longest, most frequent full) form
	Type       string    `json:"type"`
	Aliases    []string  `json:"aliases"`
	ArticleIDs []string  `json:"article_ids"`
	Mentions   int       `json:"mentions"`
	Spans      []Mention `json:"spans,omitempty"`
}

// Quote is a direct quotation with its speaker as the article gives it.
type Quote struct {
	Span                 // the quoted text, without the quotation marks
	Text          string `json:"text"`
	Speaker       string `json:"speaker"`                // "" when the article does not say
	SpeakerSpan   *Span  `json:"speaker_span,omitempty"` // where the speaker was named
	SpeakerEntity string `json:"speaker_entity"`         // the story entity's name, when linked
	Role          string `json:"role"`                   // how the article describes the speaker
	Cue           string `json:"cue,omitempty"`          // the verb: said, wrote, told
}

// Time precisions.
const (
	PrecisionDay    = "day"
	PrecisionMonth  = "month"
	PrecisionYear   = "year"
	PrecisionTime   = "time"
	PrecisionDecade = "decade"
)

// TimeExpr is a date or time expression normalised against a reference date.
type TimeExpr struct {
	Span
	Text      string    `json:"text"`
	Type      string    `json:"type"`            // DATE, TIME, DURATION, SET
	Value     string    `json:"value"`           // TimeML-style: 2025-11-06, 2025-11, 2025, 199X, PAST_REF
	Precision string    `json:"precision"`       // day | month | year | time | decade
	Start     time.Time `json:"-"`               // first instant the value covers, zero when not a calendar value
	Since     bool      `json:"since,omitempty"` // "since 1992"
}

// Number is a quantity in the text normalised to a value.
type Number struct {
	Span
	Text     string  `json:"text"`
	Value    float64 `json:"value"`
	Kind     string  `json:"kind"`               // money, percent, count, year
	Currency string  `json:"currency,omitempty"` // ISO 4217 when money
	Unit     string  `json:"unit,omitempty"`     // what is counted, when said ("people", "tons")
}

// Doc is an article with its per-article analysis: the unit passed from the
// per-article stages to the story stages.
type Doc struct {
	Article   *Article
	Sentences []Sentence
	Mentions  []Mention
	Quotes    []Quote
	Times     []TimeExpr
	Numbers   []Number
}

// TimelineEntry is one dated event; articles that date the same event the
// same way are grouped in one entry.
type TimelineEntry struct {
	Date       string   `json:"date"`
	Precision  string   `json:"precision"`
	Text       string   `json:"text"`
	ArticleIDs []string `json:"article_ids"`
	Spans      []Span   `json:"spans,omitempty"`
	Future     bool     `json:"future,omitempty"` // after the story's latest publication date
}

// ClaimVariant is one article's wording of a claim.
type ClaimVariant struct {
	ArticleID string `json:"article_id"`
	Text      string `json:"text"`
	Span      Span   `json:"span"`
}

// Claim is a statement aligned across outlets.
type Claim struct {
	Text       string         `json:"text"`
	ArticleIDs []string       `json:"article_ids"`
	Support    int            `json:"support"` // independent sources: copies count once
	Variants   []ClaimVariant `json:"variants"`
	Span       Span           `json:"span"` // of the representative sentence
}

// DiscrepancyVariant is one value of a disputed slot and who gives it.
type DiscrepancyVariant struct {
	Value      string   `json:"value"`
	ArticleIDs []string `json:"article_ids"`
	Spans      []Span   `json:"spans,omitempty"`
}

// Discrepancy is one slot on which the outlets disagree.
type Discrepancy struct {
	About    string               `json:"about"`
	Kind     string               `json:"kind,omitempty"` // number, date, year, toll, members, spelling, quote, speaker, role, journal, aircraft, side, rating
	Variants []DiscrepancyVariant `json:"variants"`
}

// BriefSentence is a sentence of the brief, taken from the articles, with
// every article that carries the same statement.
type BriefSentence struct {
	Text        string   `json:"text"`
	ArticleIDs  []string `json:"article_ids"`            // articles holding this very sentence
	SupportedBy []string `json:"supported_by,omitempty"` // articles stating the same fact in other words
	Spans       []Span   `json:"spans,omitempty"`
	// Exclusive, in Only reported by: the figure, date or name that no
	// other source gives (the rest of the sentence may be shared).
	Exclusive string `json:"exclusive,omitempty"`
	// Speaker, in Who said what: who speaks, when the sentence gives them
	// only as a pronoun ("He told CNBC …"); the quote stage resolved it.
	Speaker string `json:"speaker,omitempty"`
	// Date, in Timeline: the day, month or year the sentence is listed
	// under (a sentence with two dates is listed under one).
	Date string `json:"date,omitempty"`
	// Disputed: the Where sources differ lines a figure or date of this
	// very sentence is in ("number of thieves"): the sentence is one
	// outlet's account of them.
	Disputed []string `json:"disputed,omitempty"`
}

// BriefSection is one titled section of a brief.
type BriefSection struct {
	Title     string          `json:"title"`
	Sentences []BriefSentence `json:"sentences"`
}

// Brief section titles, in the order they are shown.
const (
	SectionHappening = "What's happening"
	SectionMatters   = "Why it matters"
	SectionNext      = "What's next"
	SectionBeyond    = "Beyond the headlines"
	SectionDiffer    = "Where sources differ"
	SectionOnly      = "Only reported by"
	SectionSaid      = "Who said what"
	SectionTimeline  = "Timeline"
	SectionSources   = "Sources"
)

// Brief is the extractive, cited summary of a story.
type Brief struct {
	Sections []BriefSection `json:"sections"`
}

// Section returns the section with the given title, or nil.
func (b *Brief) Section(title string) *BriefSection {
	for i := range b.Sections {
		if b.Sections[i].Title == title {
			return &b.Sections[i]
		}
	}
	return nil
}

// SingleSource is a notable fact that one outlet alone reports.
type SingleSource struct {
	Text      string `json:"text"`
	ArticleID string `json:"article_id"`
	Span      Span   `json:"span"`
	Why       string `json:"why,omitempty"`    // figure, deal, date, person
	Detail    string `json:"detail,omitempty"` // that figure, date or name as written: what no other source gives
}

// MarshalJSON writes unknown speaker, entity and role as null.
func (q Quote) MarshalJSON() ([]byte, error) {
	type plain Quote
	return json.Marshal(struct {
		plain
		Speaker       *string `json:"speaker"`
		SpeakerEntity *string `json:"speaker_entity"`
		Role          *string `json:"role"`
	}{plain(q), strOrNil(q.Speaker), strOrNil(q.SpeakerEntity), strOrNil(q.Role)})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (q *Quote) UnmarshalJSON(b []byte) error {
	type plain Quote
	var v struct {
		plain
		Speaker       *string `json:"speaker"`
		SpeakerEntity *string `json:"speaker_entity"`
		Role          *string `json:"role"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*q = Quote(v.plain)
	q.Speaker, q.SpeakerEntity, q.Role = deref(v.Speaker), deref(v.SpeakerEntity), deref(v.Role)
	return nil
}
