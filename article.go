package crossread

import (
	"context"
	"encoding/json"
	"strings"
	"time"
)

// Article is one document as the pipeline sees it after reading and
// cleaning. Text is the cleaned body, paragraphs separated by a blank line;
// every Span in the analysis points into Text.
type Article struct {
	ID          string    `json:"id"`
	Path        string    `json:"path,omitempty"`
	URL         string    `json:"url"`
	Source      string    `json:"source"` // the outlet
	Title       string    `json:"title"`
	Published   Timestamp `json:"published"`
	Authors     []string  `json:"authors"`
	Language    string    `json:"language"`
	Text        string    `json:"text"`
	Removed     []string  `json:"removed"`
	DuplicateOf string    `json:"duplicate_of"`
	Similarity  float64   `json:"similarity,omitempty"` // to DuplicateOf, when set
	Cites       []string  `json:"cites"`

	// Fields below are kept for storage and the UI; they are not part of the
	// public JSON contract but may appear in it (fields may be added).
	CanonicalURL string    `json:"canonical_url,omitempty"`
	Fetched      time.Time `json:"-"`
	StoryID      string    `json:"-"`
}

// Key is the ID when set, else Path, else URL: a human handle for logs.
func (a *Article) Key() string {
	switch {
	case a.Path != "":
		return a.Path
	case a.URL != "":
		return a.URL
	}
	return a.ID
}

// articleJSON is the contract's shape of an Article (docs/story-json.md).
// The omitempty tags matter only when writing.
type articleJSON struct {
	ID           string    `json:"id"`
	Path         *string   `json:"path,omitempty"`
	URL          *string   `json:"url"`
	Source       *string   `json:"source"`
	Title        *string   `json:"title"`
	Published    Timestamp `json:"published"`
	Authors      []string  `json:"authors"`
	Language     *string   `json:"language"`
	Text         string    `json:"text"`
	Removed      []string  `json:"removed"`
	DuplicateOf  *string   `json:"duplicate_of"`
	Similarity   float64   `json:"similarity,omitempty"`
	Cites        []string  `json:"cites"`
	CanonicalURL string    `json:"canonical_url,omitempty"`
}

// MarshalJSON writes the contract's shape: unknown values are null, never
// empty strings, and lists are [] rather than null.
func (a Article) MarshalJSON() ([]byte, error) {
	return json.Marshal(articleJSON{
		ID: a.ID, Path: strOrNil(a.Path), URL: strOrNil(a.URL), Source: strOrNil(a.Source),
		Title: strOrNil(a.Title), Published: a.Published, Authors: nonNil(a.Authors),
		Language: strOrNil(a.Language), Text: a.Text, Removed: nonNil(a.Removed),
		DuplicateOf: strOrNil(a.DuplicateOf), Similarity: a.Similarity, Cites: nonNil(a.Cites),
		CanonicalURL: a.CanonicalURL,
	})
}

// UnmarshalJSON accepts the contract's shape (nulls included).
func (a *Article) UnmarshalJSON(b []byte) error {
	var v articleJSON
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*a = Article{ID: v.ID, Path: deref(v.Path), URL: deref(v.URL), Source: deref(v.Source),
		Title: deref(v.Title), Published: v.Published, Authors: v.Authors, Language: deref(v.Language),
		Text: v.Text, Removed: v.Removed, DuplicateOf: deref(v.DuplicateOf), Similarity: v.Similarity,
		Cites: v.Cites, CanonicalURL: v.CanonicalURL}
	return nil
}

func strOrNil(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// Timestamp is a publication time that may be known to the day only.
// Its JSON form is null (unknown), "2006-01-02" (a date) or RFC 3339.
type Timestamp struct {
	Time     time.Time
	HasClock bool // the time of day is known
}

// IsZero reports whether the timestamp is unknown.
func (t Timestamp) IsZero() bool { return t.Time.IsZero() }

// Date returns a day-precision timestamp.
func Date(y int, m time.Month, d int) Timestamp {
	return Timestamp{Time: time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

// String returns the ISO form, or "" when unknown.
func (t Timestamp) String() string {
	if t.Time.IsZero() {
		return ""
	}
	if t.HasClock {
		return t.Time.Format(time.RFC3339)
	}
	return t.Time.Format("2006-01-02")
}

// ParseTimestamp reads "2006-01-02", RFC 3339 and a few common variants.
// An empty string gives the zero Timestamp.
func ParseTimestamp(s string) (Timestamp, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Timestamp{}, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02T15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return Timestamp{Time: t, HasClock: true}, nil
		}
	}
	for _, layout := range []string{"2006-01-02", "2006/01/02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return Timestamp{Time: t}, nil
		}
	}
	return Timestamp{}, Errorf(EINVALID, "unrecognised date %q", s)
}

func (t Timestamp) MarshalJSON() ([]byte, error) {
	if t.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(t.String())
}

func (t *Timestamp) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*t = Timestamp{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := ParseTimestamp(s)
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// ReadError records an input that could not be read: a file path or URL and
// the reason. Runs go on past it.
type ReadError struct {
	Path  string `json:"path,omitempty"`
	URL   string `json:"url,omitempty"`
	Error string `json:"error"`
	Code  string `json:"code,omitempty"`
}

// Where names the document: its path, its URL, or the URL inside the file
// that listed it ("feed.xml (https://…)").
func (e ReadError) Where() string {
	switch {
	case e.Path == "":
		return e.URL
	case e.URL == "":
		return e.Path
	}
	return e.Path + " (" + e.URL + ")"
}

// ArticleFilter selects stored articles.
type ArticleFilter struct {
	ID      string
	StoryID string
	Source  string
	Query   string // full-text search
	Since   time.Time
	Until   time.Time
	Offset  int
	Limit   int
}

// ArticleService stores articles. Implementations: sqlite (default).
type ArticleService interface {
	// PutArticles stores articles, replacing those with the same id.
	PutArticles(ctx context.Context, articles []*Article) error
	FindArticleByID(ctx context.Context, id string) (*Article, error)
	FindArticles(ctx context.Context, filter ArticleFilter) ([]*Article, int, error)
}
