package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"sort"
	"strings"
	"time"

	"crossread"
)

// PutStories stores stories, replacing those with the same id, and makes
// each story's articles belong to it alone: an article that moves to a new
// story leaves its old one, and a story left with no article is deleted.
// Putting a story identical to the stored one writes nothing.
func (db *DB) PutStories(ctx context.Context, stories []*crossread.Story) error {
	_, err := db.PutStoriesChanged(ctx, stories)
	return err
}

// Change is one story written to the store.
type Change struct {
	StoryID string `json:"story_id"`
	Created bool   `json:"created"`
	Seq     int64  `json:"seq"`
}

// PutStoriesChanged is PutStories reporting which stories were created or
// changed (unchanged ones are left out).
func (db *DB) PutStoriesChanged(ctx context.Context, stories []*crossread.Story) ([]Change, error) {
	if len(stories) == 0 {
		return nil, nil
	}
	now := db.Now()
	var changes []Change
	err := db.write(ctx, func(tx *sql.Tx) error {
		var seq int64
		if err := tx.QueryRowContext(ctx, "SELECT COALESCE(MAX(seq), 0) FROM stories").Scan(&seq); err != nil {
			return err
		}
		orphans := map[string]bool{}
		for _, s := range stories {
			if s == nil {
				continue
			}
			if s.ID == "" {
				return crossread.Errorf(crossread.EINVALID, "story %q has no id", s.Title)
			}
			data, err := json.Marshal(s)
			if err != nil {
				return crossread.Errorf(crossread.EINVALID, "story %s: %v", s.ID, err)
			}
			var old []byte
			var oldCount int
			err = tx.QueryRowContext(ctx, "SELECT data, article_count FROM stories WHERE id = ?", s.ID).Scan(&old, &oldCount)
			exists := err == nil
			if err != nil && err != sql.ErrNoRows {
				return err
			}
			if exists && bytes.Equal(old, data) {
				continue
			}
			seq++
			ids := uniqueStrings(s.ArticleIDs)
			head, err := json.Marshal(storyHead(s))
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO stories
				(id, title, first_seen_unix, last_seen_unix, article_count, data, head, created, updated, created_seq, seq)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT(id) DO UPDATE SET title = excluded.title, first_seen_unix = excluded.first_seen_unix,
					last_seen_unix = excluded.last_seen_unix, article_count = excluded.article_count,
					data = excluded.data, head = excluded.head, updated = excluded.updated, seq = excluded.seq`,
				s.ID, s.Title, unixOrNil(s.FirstSeen), unixOrNil(s.LastSeen), len(ids), string(data), string(head),
				timeText(now), timeText(now), seq, seq); err != nil {
				return err
			}
			changes = append(changes, Change{StoryID: s.ID, Created: !exists, Seq: seq})
			s.Updated = now

			if _, err := tx.ExecContext(ctx, "DELETE FROM story_articles WHERE story_id = ?", s.ID); err != nil {
				return err
			}
			for _, chunk := range chunks(ids, 200) {
				args := make([]any, 0, len(chunk)+1)
				for _, id := range chunk {
					args = append(args, id)
				}
				rows, err := tx.QueryContext(ctx, "SELECT DISTINCT story_id FROM story_articles WHERE article_id IN ("+placeholders(len(chunk))+")", args...)
				if err != nil {
					return err
				}
				for rows.Next() {
					var other string
					if err := rows.Scan(&other); err != nil {
						rows.Close()
						return err
					}
					orphans[other] = true
				}
				rows.Close()
				if _, err := tx.ExecContext(ctx, "DELETE FROM story_articles WHERE article_id IN ("+placeholders(len(chunk))+")", args...); err != nil {
					return err
				}
				args = append([]any{s.ID}, args...)
				if _, err := tx.ExecContext(ctx, "UPDATE articles SET story_id = ? WHERE id IN ("+placeholders(len(chunk))+")", args...); err != nil {
					return err
				}
			}
			for _, id := range ids {
				if _, err := tx.ExecContext(ctx, "INSERT INTO story_articles (story_id, article_id) VALUES (?, ?)", s.ID, id); err != nil {
					return err
				}
			}
			delete(orphans, s.ID)

			if _, err := tx.ExecContext(ctx, "DELETE FROM story_entities WHERE story_id = ?", s.ID); err != nil {
				return err
			}
			for _, e := range s.Entities {
				for _, name := range append([]string{e.Name}, e.Aliases...) {
					if strings.TrimSpace(name) == "" {
						continue
					}
					if _, err := tx.ExecContext(ctx, `INSERT INTO story_entities (story_id, name, canonical, type, mentions)
						VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`, s.ID, name, e.Name, e.Type, e.Mentions); err != nil {
						return err
					}
				}
			}
			if !exists || oldCount != len(ids) {
				if _, err := tx.ExecContext(ctx, `INSERT INTO story_history (story_id, at, article_count) VALUES (?, ?, ?)
					ON CONFLICT DO UPDATE SET article_count = excluded.article_count`, s.ID, timeText(now), len(ids)); err != nil {
					return err
				}
			}
		}
		// Stories that lost articles to the ones just written: recount them
		// and drop those left empty.
		for id := range orphans {
			if _, err := tx.ExecContext(ctx, `UPDATE stories SET article_count = (SELECT COUNT(*) FROM story_articles WHERE story_id = ?) WHERE id = ?`, id, id); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE id = ? AND NOT EXISTS (SELECT 1 FROM story_articles WHERE story_id = ?)`, id, id); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, wrapErr("put stories", err)
	}
	return changes, nil
}

// DeleteStory removes a story (its articles stay).
func (db *DB) DeleteStory(ctx context.Context, id string) error {
	err := db.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "DELETE FROM stories WHERE id = ?", id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return crossread.Errorf(crossread.ENOTFOUND, "story %s not found", id)
		}
		_, err = tx.ExecContext(ctx, "UPDATE articles SET story_id = '' WHERE story_id = ?", id)
		return err
	})
	return wrapErr("delete story "+id, err)
}

// FindStoryByID returns the story with the given id, or ENOTFOUND.
func (db *DB) FindStoryByID(ctx context.Context, id string) (*crossread.Story, error) {
	stories, _, err := db.FindStories(ctx, crossread.StoryFilter{ID: id, Limit: 1})
	if err != nil {
		return nil, err
	}
	if len(stories) == 0 {
		return nil, &crossread.Error{Code: crossread.ENOTFOUND, Message: "story " + id + " not found"}
	}
	return stories[0], nil
}

// FindStories returns the stories matching f and how many match in all.
// Entity matches any spelling of an entity (case-insensitive); Source is an
// outlet; Query is full-text search over the stories' articles; Since and
// Until select stories whose coverage overlaps [Since, Until). A Limit of 0
// returns every match.
func (db *DB) FindStories(ctx context.Context, f crossread.StoryFilter) ([]*crossread.Story, int, error) {
	return db.findStories(ctx, f, "s.data")
}

// FindStoryHeads is FindStories for lists: each story carries only its
// id, title, dates, article ids, Updated and its top entities (without
// spans). It is much cheaper for big stories.
func (db *DB) FindStoryHeads(ctx context.Context, f crossread.StoryFilter) ([]*crossread.Story, int, error) {
	return db.findStories(ctx, f, "CASE s.head WHEN '' THEN s.data ELSE s.head END")
}

// HeadEntities is how many entities a story head keeps.
const HeadEntities = 8

func storyHead(s *crossread.Story) *crossread.Story {
	h := &crossread.Story{ID: s.ID, Title: s.Title, ArticleIDs: s.ArticleIDs, FirstSeen: s.FirstSeen, LastSeen: s.LastSeen, FollowUpOf: s.FollowUpOf}
	ents := make([]crossread.Entity, len(s.Entities))
	copy(ents, s.Entities)
	sort.SliceStable(ents, func(i, j int) bool {
		if len(ents[i].ArticleIDs) != len(ents[j].ArticleIDs) {
			return len(ents[i].ArticleIDs) > len(ents[j].ArticleIDs)
		}
		return ents[i].Mentions > ents[j].Mentions
	})
	for _, e := range ents[:min(len(ents), HeadEntities)] {
		e.Spans = nil
		h.Entities = append(h.Entities, e)
	}
	return h
}

func (db *DB) findStories(ctx context.Context, f crossread.StoryFilter, col string) ([]*crossread.Story, int, error) {
	var where []string
	var args []any
	if f.ID != "" {
		where, args = append(where, "s.id = ?"), append(args, f.ID)
	}
	if f.Entity != "" {
		where, args = append(where, "s.id IN (SELECT story_id FROM story_entities WHERE name = ?)"), append(args, f.Entity)
	}
	if f.Source != "" {
		where, args = append(where, "s.id IN (SELECT sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE a.source = ?)"), append(args, f.Source)
	}
	if f.Query != "" {
		q := ftsQuery(f.Query)
		if q == "" {
			return nil, 0, nil
		}
		where = append(where, `s.id IN (SELECT sa.story_id FROM articles_fts f JOIN articles a ON a.rid = f.rowid
			JOIN story_articles sa ON sa.article_id = a.id WHERE articles_fts MATCH ?)`)
		args = append(args, q)
	}
	if !f.Since.IsZero() {
		where, args = append(where, "s.last_seen_unix >= ?"), append(args, f.Since.Unix())
	}
	if !f.Until.IsZero() {
		where, args = append(where, "s.first_seen_unix < ?"), append(args, f.Until.Unix())
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	order := " ORDER BY s.last_seen_unix IS NULL, s.last_seen_unix DESC, s.article_count DESC, s.id"
	switch f.Sort {
	case "", "newest":
	case "biggest":
		order = " ORDER BY s.article_count DESC, s.last_seen_unix IS NULL, s.last_seen_unix DESC, s.id"
	default:
		return nil, 0, crossread.Errorf(crossread.EINVALID, "unknown sort %q (newest or biggest)", f.Sort)
	}
	var stories []*crossread.Story
	var total int
	err := db.read(ctx, func(tx readTx) error {
		lim, largs := limitClause(append([]any(nil), args...), f.Limit, f.Offset)
		rows, err := tx.QueryContext(ctx, "SELECT "+col+", s.updated FROM stories s"+cond+order+lim, largs...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var data []byte
			var updated string
			if err := rows.Scan(&data, &updated); err != nil {
				return err
			}
			var s crossread.Story
			if err := json.Unmarshal(data, &s); err != nil {
				return err
			}
			s.Updated = parseTimeText(updated)
			stories = append(stories, &s)
		}
		if err := rows.Err(); err != nil {
			return err
		}
		if (f.Limit <= 0 && f.Offset <= 0) || f.ID != "" {
			total = len(stories)
			return nil
		}
		return tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM stories s"+cond, args...).Scan(&total)
	})
	if err != nil {
		return nil, 0, wrapErr("find stories", err)
	}
	return stories, total, nil
}

// DayCount is how many of a story's articles were published on one day.
type DayCount struct {
	Day   string `json:"day"` // 2006-01-02
	Count int    `json:"count"`
}

// StoryStats is what a stories list shows beside each story.
type StoryStats struct {
	Outlets  []string   `json:"outlets"`  // distinct, sorted
	Coverage []DayCount `json:"coverage"` // articles per publication day, in day order
	Undated  int        `json:"undated"`  // articles without a publication date
}

// StoryStats returns, for each story id, its outlets and its coverage per day.
func (db *DB) StoryStats(ctx context.Context, ids []string) (map[string]*StoryStats, error) {
	out := make(map[string]*StoryStats, len(ids))
	for _, id := range ids {
		out[id] = &StoryStats{}
	}
	err := db.read(ctx, func(tx readTx) error {
		for _, chunk := range chunks(uniqueStrings(ids), 200) {
			args := make([]any, len(chunk))
			for i, id := range chunk {
				args[i] = id
			}
			rows, err := tx.QueryContext(ctx, `SELECT story_id, source, substr(published, 1, 10), COUNT(*)
				FROM articles WHERE story_id IN (`+placeholders(len(chunk))+`) GROUP BY 1, 2, 3`, args...)
			if err != nil {
				return err
			}
			for rows.Next() {
				var id, source, day string
				var n int
				if err := rows.Scan(&id, &source, &day, &n); err != nil {
					rows.Close()
					return err
				}
				st := out[id]
				if source != "" && (len(st.Outlets) == 0 || !containsString(st.Outlets, source)) {
					st.Outlets = append(st.Outlets, source)
				}
				if day == "" {
					st.Undated += n
					continue
				}
				if k := len(st.Coverage); k > 0 && st.Coverage[k-1].Day == day {
					st.Coverage[k-1].Count += n
				} else {
					st.Coverage = append(st.Coverage, DayCount{Day: day, Count: n})
				}
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, wrapErr("story stats", err)
	}
	for _, st := range out {
		sort.Strings(st.Outlets)
		sort.Slice(st.Coverage, func(i, j int) bool { return st.Coverage[i].Day < st.Coverage[j].Day })
		merged := st.Coverage[:0]
		for _, d := range st.Coverage {
			if k := len(merged); k > 0 && merged[k-1].Day == d.Day {
				merged[k-1].Count += d.Count
			} else {
				merged = append(merged, d)
			}
		}
		st.Coverage = merged
	}
	return out, nil
}

// HistoryPoint is a story's size after one write.
type HistoryPoint struct {
	At       time.Time `json:"at"`
	Articles int       `json:"articles"`
}

// StoryHistory returns how the story grew, oldest first.
func (db *DB) StoryHistory(ctx context.Context, id string) ([]HistoryPoint, error) {
	var out []HistoryPoint
	err := db.read(ctx, func(tx readTx) error {
		rows, err := tx.QueryContext(ctx, "SELECT at, article_count FROM story_history WHERE story_id = ? ORDER BY at", id)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var at string
			var p HistoryPoint
			if err := rows.Scan(&at, &p.Articles); err != nil {
				return err
			}
			p.At = parseTimeText(at)
			out = append(out, p)
		}
		return rows.Err()
	})
	return out, wrapErr("story history "+id, err)
}

// Changes returns the stories written after sequence number after, in
// order, and the latest sequence number (pass it back next time). It works
// across processes: a server sees what a separate `watch` wrote.
func (db *DB) Changes(ctx context.Context, after int64, limit int) ([]Change, int64, error) {
	var out []Change
	last := after
	err := db.read(ctx, func(tx readTx) error {
		if limit <= 0 {
			limit = 1000
		}
		rows, err := tx.QueryContext(ctx, "SELECT id, created_seq = seq, seq FROM stories WHERE seq > ? ORDER BY seq LIMIT ?", after, limit)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var c Change
			if err := rows.Scan(&c.StoryID, &c.Created, &c.Seq); err != nil {
				return err
			}
			out = append(out, c)
			last = c.Seq
		}
		return rows.Err()
	})
	return out, last, wrapErr("story changes", err)
}

// LastSeq returns the sequence number of the latest story write.
func (db *DB) LastSeq(ctx context.Context) (int64, error) {
	var n int64
	err := db.read(ctx, func(tx readTx) error {
		return tx.QueryRowContext(ctx, "SELECT COALESCE(MAX(seq), 0) FROM stories").Scan(&n)
	})
	return n, wrapErr("story changes", err)
}

// Counts is the size of the store.
type Counts struct {
	Articles int `json:"articles"`
	Stories  int `json:"stories"`
	Feeds    int `json:"feeds"`
}

// Counts returns how many articles, stories and feeds are stored.
func (db *DB) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	err := db.read(ctx, func(tx readTx) error {
		return tx.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM stories),
			(SELECT COUNT(*) FROM feeds)`).Scan(&c.Articles, &c.Stories, &c.Feeds)
	})
	return c, wrapErr("count", err)
}

func unixTimestamp(sec int64) crossread.Timestamp {
	return crossread.Timestamp{Time: time.Unix(sec, 0).UTC(), HasClock: true}
}

func uniqueStrings(in []string) []string {
	seen := make(map[string]bool, len(in))
	out := make([]string, 0, len(in))
	for _, s := range in {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func containsString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func chunks(in []string, n int) [][]string {
	var out [][]string
	for len(in) > n {
		out = append(out, in[:n])
		in = in[n:]
	}
	if len(in) > 0 {
		out = append(out, in)
	}
	return out
}

// FindStoryJSON returns a story's stored JSON as is (the shape
// `analyze --json` prints) and when it was last written, or ENOTFOUND. It
// spares an API a decode and re-encode of the whole analysis.
func (db *DB) FindStoryJSON(ctx context.Context, id string) ([]byte, time.Time, error) {
	var data []byte
	var updated string
	err := db.read(ctx, func(tx readTx) error {
		err := tx.QueryRowContext(ctx, "SELECT data, updated FROM stories WHERE id = ?", id).Scan(&data, &updated)
		if err == sql.ErrNoRows {
			return &crossread.Error{Code: crossread.ENOTFOUND, Message: "story " + id + " not found"}
		}
		return err
	})
	if err != nil {
		return nil, time.Time{}, wrapErr("find story "+id, err)
	}
	return data, parseTimeText(updated), nil
}
