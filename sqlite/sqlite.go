// Package sqlite stores articles and stories in one SQLite file through a
// pure-Go driver (no cgo).
package sqlite

import (
	"context"

	"crossread"
)

// DB is an open store.
type DB struct{ path string }

var (
	_ crossread.ArticleService = (*DB)(nil)
	_ crossread.StoryService   = (*DB)(nil)
)

// Open opens (creating and migrating if needed) the store at path;
// ":memory:" gives a private in-memory store.
func Open(ctx context.Context, path string) (*DB, error) {
	return nil, crossread.Errorf(crossread.EUNSUPPORTED, "sqlite store not implemented yet")
}

func (db *DB) Close() error { return nil }

func (db *DB) PutArticles(ctx context.Context, articles []*crossread.Article) error { return nil }
func (db *DB) FindArticleByID(ctx context.Context, id string) (*crossread.Article, error) {
	return nil, crossread.Errorf(crossread.ENOTFOUND, "article %q not found", id)
}
func (db *DB) FindArticles(ctx context.Context, f crossread.ArticleFilter) ([]*crossread.Article, int, error) {
	return nil, 0, nil
}
func (db *DB) PutStories(ctx context.Context, stories []*crossread.Story) error { return nil }
func (db *DB) FindStoryByID(ctx context.Context, id string) (*crossread.Story, error) {
	return nil, crossread.Errorf(crossread.ENOTFOUND, "story %q not found", id)
}
func (db *DB) FindStories(ctx context.Context, f crossread.StoryFilter) ([]*crossread.Story, int, error) {
	return nil, 0, nil
}
