package sqlite

import (
	"context"
	"database/sql"
	"strings"
	"time"

	"crossread"
)

// Feed is a subscribed RSS/Atom feed with the state of its polling.
type Feed struct {
	ID            int64     `json:"id"`
	URL           string    `json:"url"`
	Title         string    `json:"title"`
	SiteURL       string    `json:"site_url,omitempty"`
	Added         time.Time `json:"added"`
	LastFetch     time.Time `json:"last_fetch"`
	LastSuccess   time.Time `json:"last_success"`
	LastError     string    `json:"last_error"`
	LastErrorCode string    `json:"last_error_code,omitempty"`
	ErrorCount    int       `json:"error_count"` // consecutive failures; drives back-off
	ETag          string    `json:"etag,omitempty"`
	LastModified  string    `json:"last_modified,omitempty"`
	ArticleCount  int       `json:"article_count"` // entries handed to ingest so far
	NextFetch     time.Time `json:"next_fetch"`
}

const feedCols = `id, url, title, site_url, added, last_fetch, last_success, last_error, last_error_code,
	error_count, etag, last_modified, article_count, next_fetch`

// AddFeed subscribes to a feed. Adding a URL already there updates its
// title and site URL (when given) and keeps its polling state. f.ID is set.
func (db *DB) AddFeed(ctx context.Context, f *Feed) error {
	f.URL = strings.TrimSpace(f.URL)
	if f.URL == "" {
		return crossread.Errorf(crossread.EINVALID, "feed has no URL")
	}
	if f.Added.IsZero() {
		f.Added = db.Now()
	}
	err := db.write(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `INSERT INTO feeds (url, title, site_url, added) VALUES (?, ?, ?, ?)
			ON CONFLICT(url) DO UPDATE SET
				title = CASE excluded.title WHEN '' THEN feeds.title ELSE excluded.title END,
				site_url = CASE excluded.site_url WHEN '' THEN feeds.site_url ELSE excluded.site_url END
			RETURNING id`, f.URL, f.Title, f.SiteURL, timeText(f.Added)).Scan(&f.ID)
	})
	return wrapErr("add feed "+f.URL, err)
}

// RemoveFeed unsubscribes from the feed with the given URL (or numeric id).
func (db *DB) RemoveFeed(ctx context.Context, urlOrID string) error {
	err := db.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "DELETE FROM feeds WHERE url = ? OR CAST(id AS TEXT) = ?", urlOrID, urlOrID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return crossread.Errorf(crossread.ENOTFOUND, "feed %s not found", urlOrID)
		}
		return nil
	})
	return wrapErr("remove feed "+urlOrID, err)
}

// Feeds lists every feed in the order they were added.
func (db *DB) Feeds(ctx context.Context) ([]*Feed, error) {
	var out []*Feed
	err := db.read(ctx, func(tx readTx) error {
		rows, err := tx.QueryContext(ctx, "SELECT "+feedCols+" FROM feeds ORDER BY id")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			f, err := scanFeed(rows)
			if err != nil {
				return err
			}
			out = append(out, f)
		}
		return rows.Err()
	})
	return out, wrapErr("list feeds", err)
}

// FeedByURL returns the feed with the given URL, or ENOTFOUND.
func (db *DB) FeedByURL(ctx context.Context, url string) (*Feed, error) {
	var f *Feed
	err := db.read(ctx, func(tx readTx) error {
		var err error
		f, err = scanFeed(tx.QueryRowContext(ctx, "SELECT "+feedCols+" FROM feeds WHERE url = ?", url))
		if err == sql.ErrNoRows {
			return crossread.Errorf(crossread.ENOTFOUND, "feed %s not found", url)
		}
		return err
	})
	if err != nil {
		return nil, wrapErr("find feed "+url, err)
	}
	return f, nil
}

// UpdateFeedState records the outcome of one poll: fetch times, error,
// validators for the next conditional GET, and when to poll next.
func (db *DB) UpdateFeedState(ctx context.Context, f *Feed) error {
	err := db.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE feeds SET title = CASE ? WHEN '' THEN title ELSE ? END,
			last_fetch = ?, last_success = ?, last_error = ?, last_error_code = ?, error_count = ?,
			etag = ?, last_modified = ?, next_fetch = ? WHERE id = ?`,
			f.Title, f.Title, timeText(f.LastFetch), timeText(f.LastSuccess), f.LastError, f.LastErrorCode,
			f.ErrorCount, f.ETag, f.LastModified, timeText(f.NextFetch), f.ID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return crossread.Errorf(crossread.ENOTFOUND, "feed %d not found", f.ID)
		}
		return nil
	})
	return wrapErr("update feed "+f.URL, err)
}

// NewFeedItems returns those of keys (entry GUIDs or links) the feed has not
// yielded before, in the order given, without recording them.
func (db *DB) NewFeedItems(ctx context.Context, feedID int64, keys []string) ([]string, error) {
	var out []string
	err := db.read(ctx, func(tx readTx) error {
		for _, k := range uniqueStrings(keys) {
			var one int
			err := tx.QueryRowContext(ctx, "SELECT 1 FROM feed_items WHERE feed_id = ? AND key = ?", feedID, k).Scan(&one)
			if err == sql.ErrNoRows {
				out = append(out, k)
				continue
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
	return out, wrapErr("feed items", err)
}

// MarkFeedItems records entries as handed to ingest and adds them to the
// feed's article count.
func (db *DB) MarkFeedItems(ctx context.Context, feedID int64, keys []string) error {
	now := timeText(db.Now())
	err := db.write(ctx, func(tx *sql.Tx) error {
		added := 0
		for _, k := range uniqueStrings(keys) {
			res, err := tx.ExecContext(ctx, "INSERT INTO feed_items (feed_id, key, seen) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", feedID, k, now)
			if err != nil {
				return err
			}
			n, _ := res.RowsAffected()
			added += int(n)
		}
		_, err := tx.ExecContext(ctx, "UPDATE feeds SET article_count = article_count + ? WHERE id = ?", added, feedID)
		return err
	})
	return wrapErr("mark feed items", err)
}

func scanFeed(r scanner) (*Feed, error) {
	var f Feed
	var added, lastFetch, lastSuccess, next string
	if err := r.Scan(&f.ID, &f.URL, &f.Title, &f.SiteURL, &added, &lastFetch, &lastSuccess, &f.LastError,
		&f.LastErrorCode, &f.ErrorCount, &f.ETag, &f.LastModified, &f.ArticleCount, &next); err != nil {
		return nil, err
	}
	f.Added, f.LastFetch, f.LastSuccess, f.NextFetch = parseTimeText(added), parseTimeText(lastFetch), parseTimeText(lastSuccess), parseTimeText(next)
	return &f, nil
}
