package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"

	"crossread"
)

// articleCols lists, in scan order, the columns scanArticle reads.
const articleCols = `a.id, a.path, a.url, a.canonical_url, a.source, a.title, a.published, a.authors,
	a.language, a.text, a.removed, a.duplicate_of, a.similarity, a.cites, a.fetched, a.story_id`

// PutArticles stores articles, replacing those with the same id. Putting an
// article identical to the stored one writes nothing. An article with an
// empty StoryID keeps the story it already belongs to: membership is owned
// by PutStories.
func (db *DB) PutArticles(ctx context.Context, articles []*crossread.Article) error {
	if len(articles) == 0 {
		return nil
	}
	now := timeText(db.Now())
	err := db.write(ctx, func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO articles
			(id, path, url, canonical_url, source, title, published, published_unix, authors,
			 language, text, removed, duplicate_of, similarity, cites, fetched, story_id, created)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT(id) DO UPDATE SET
				path = excluded.path, url = excluded.url, canonical_url = excluded.canonical_url,
				source = excluded.source, title = excluded.title, published = excluded.published,
				published_unix = excluded.published_unix, authors = excluded.authors,
				language = excluded.language, text = excluded.text, removed = excluded.removed,
				duplicate_of = excluded.duplicate_of, similarity = excluded.similarity,
				cites = excluded.cites, fetched = excluded.fetched,
				story_id = CASE excluded.story_id WHEN '' THEN articles.story_id ELSE excluded.story_id END
			WHERE articles.path IS NOT excluded.path OR articles.url IS NOT excluded.url
				OR articles.canonical_url IS NOT excluded.canonical_url OR articles.source IS NOT excluded.source
				OR articles.title IS NOT excluded.title OR articles.published IS NOT excluded.published
				OR articles.authors IS NOT excluded.authors OR articles.language IS NOT excluded.language
				OR articles.text IS NOT excluded.text OR articles.removed IS NOT excluded.removed
				OR articles.duplicate_of IS NOT excluded.duplicate_of OR articles.similarity IS NOT excluded.similarity
				OR articles.cites IS NOT excluded.cites OR articles.fetched IS NOT excluded.fetched
				OR (excluded.story_id != '' AND articles.story_id IS NOT excluded.story_id)`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, a := range articles {
			if a == nil {
				continue
			}
			if a.ID == "" {
				return crossread.Errorf(crossread.EINVALID, "article %q has no id", a.Key())
			}
			authors, _ := json.Marshal(a.Authors)
			removed, _ := json.Marshal(a.Removed)
			cites, _ := json.Marshal(a.Cites)
			if _, err := stmt.ExecContext(ctx, a.ID, a.Path, a.URL, a.CanonicalURL, a.Source, a.Title,
				a.Published.String(), unixOrNil(a.Published), string(authors), a.Language, a.Text,
				string(removed), a.DuplicateOf, a.Similarity, string(cites), timeText(a.Fetched),
				a.StoryID, now); err != nil {
				return wrapErr("put article "+a.ID, err)
			}
		}
		return nil
	})
	return wrapErr("put articles", err)
}

// FindArticleByID returns the article with the given id, or ENOTFOUND.
func (db *DB) FindArticleByID(ctx context.Context, id string) (*crossread.Article, error) {
	arts, _, err := db.FindArticles(ctx, crossread.ArticleFilter{ID: id, Limit: 1})
	if err != nil {
		return nil, err
	}
	if len(arts) == 0 {
		return nil, &crossread.Error{Code: crossread.ENOTFOUND, Message: "article " + id + " not found"}
	}
	return arts[0], nil
}

// articleHeadCols reads everything but the text and removed blocks, which
// make up most of an article row.
const articleHeadCols = `a.id, a.path, a.url, a.canonical_url, a.source, a.title, a.published, a.authors,
	a.language, '', 'null', a.duplicate_of, a.similarity, a.cites, a.fetched, a.story_id`

// FindArticles returns the articles matching f and how many match in all.
// With a Query they come best match first, else newest first. A Limit of 0
// returns every match.
func (db *DB) FindArticles(ctx context.Context, f crossread.ArticleFilter) ([]*crossread.Article, int, error) {
	return db.findArticles(ctx, f, articleCols)
}

// FindArticleHeads is FindArticles without each article's Text and
// Removed: for lists, which never show them.
func (db *DB) FindArticleHeads(ctx context.Context, f crossread.ArticleFilter) ([]*crossread.Article, int, error) {
	return db.findArticles(ctx, f, articleHeadCols)
}

func (db *DB) findArticles(ctx context.Context, f crossread.ArticleFilter, cols string) ([]*crossread.Article, int, error) {
	var where []string
	var args []any
	from := "articles a"
	order := "a.published_unix IS NULL, a.published_unix DESC, a.id"
	if f.Query != "" {
		q := ftsQuery(f.Query)
		if q == "" {
			return nil, 0, nil
		}
		from = "articles_fts f JOIN articles a ON a.rid = f.rowid"
		where = append(where, "articles_fts MATCH ?")
		args = append(args, q)
		order = "f.rank, a.id"
	}
	if f.ID != "" {
		where, args = append(where, "a.id = ?"), append(args, f.ID)
	}
	if f.StoryID != "" {
		where, args = append(where, "a.id IN (SELECT article_id FROM story_articles WHERE story_id = ?)"), append(args, f.StoryID)
	}
	if f.Source != "" {
		where, args = append(where, "a.source = ?"), append(args, f.Source)
	}
	if !f.Since.IsZero() {
		where, args = append(where, "a.published_unix >= ?"), append(args, f.Since.Unix())
	}
	if !f.Until.IsZero() {
		where, args = append(where, "a.published_unix < ?"), append(args, f.Until.Unix())
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	var arts []*crossread.Article
	var total int
	err := db.read(ctx, func(tx readTx) error {
		lim, largs := limitClause(append([]any(nil), args...), f.Limit, f.Offset)
		rows, err := tx.QueryContext(ctx, "SELECT "+cols+" FROM "+from+cond+" ORDER BY "+order+lim, largs...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			a, err := scanArticle(rows)
			if err != nil {
				return err
			}
			arts = append(arts, a)
		}
		if err := rows.Err(); err != nil {
			return err
		}
		if (f.Limit <= 0 && f.Offset <= 0) || f.ID != "" {
			total = len(arts)
			return nil
		}
		return tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM "+from+cond, args...).Scan(&total)
	})
	if err != nil {
		return nil, 0, wrapErr("find articles", err)
	}
	return arts, total, nil
}

type scanner interface{ Scan(...any) error }

func scanArticle(r scanner) (*crossread.Article, error) {
	var a crossread.Article
	var published, authors, removed, cites, fetched string
	if err := r.Scan(&a.ID, &a.Path, &a.URL, &a.CanonicalURL, &a.Source, &a.Title, &published, &authors,
		&a.Language, &a.Text, &removed, &a.DuplicateOf, &a.Similarity, &cites, &fetched, &a.StoryID); err != nil {
		return nil, err
	}
	a.Published, _ = crossread.ParseTimestamp(published)
	a.Fetched = parseTimeText(fetched)
	if err := json.Unmarshal([]byte(authors), &a.Authors); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(removed), &a.Removed); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(cites), &a.Cites); err != nil {
		return nil, err
	}
	return &a, nil
}

// Outlet is one source of articles with how much of the store it accounts for.
type Outlet struct {
	Name     string              `json:"name"`
	Articles int                 `json:"articles"`
	Stories  int                 `json:"stories"`
	Latest   crossread.Timestamp `json:"latest"`
}

// Outlets lists every outlet with its article and story counts, most
// articles first.
func (db *DB) Outlets(ctx context.Context) ([]Outlet, error) {
	var out []Outlet
	err := db.read(ctx, func(tx readTx) error {
		// The inner grouping follows the (source, story_id) index, so no
		// row is sorted or visited: this runs on every sources page.
		rows, err := tx.QueryContext(ctx, `SELECT source, SUM(n), SUM(story_id != ''), MAX(latest) FROM (
				SELECT source, story_id, COUNT(*) AS n, MAX(published_unix) AS latest
				FROM articles WHERE source != '' GROUP BY source, story_id)
			GROUP BY source ORDER BY SUM(n) DESC, source`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var o Outlet
			var latest sql.NullInt64
			if err := rows.Scan(&o.Name, &o.Articles, &o.Stories, &latest); err != nil {
				return err
			}
			if latest.Valid {
				o.Latest = unixTimestamp(latest.Int64)
			}
			out = append(out, o)
		}
		return rows.Err()
	})
	return out, wrapErr("list outlets", err)
}
