package sqlite

import (
	"context"
	"testing"

	"crossread"
)

// FuzzFTSQuery checks that no search text, however odd, becomes an FTS5
// syntax error: people type quotes, parentheses and operators.
func FuzzFTSQuery(f *testing.F) {
	for _, s := range []string{"port", `"unclosed`, "a OR (b", "NEAR(x y)", "col:term", "^start", "-minus", "x*", "*", "ünïcode straße", "a AND NOT b", "'"} {
		f.Add(s)
	}
	ctx := context.Background()
	db, err := Open(ctx, ":memory:")
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	if err := db.PutArticles(ctx, []*crossread.Article{{ID: "a1", Title: "Port news", Text: "The port reopened. Ünïcode straße."}}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if _, _, err := db.FindArticles(ctx, crossread.ArticleFilter{Query: q, Limit: 5}); err != nil {
			t.Fatalf("query %q → %q: %v", q, ftsQuery(q), err)
		}
	})
}
