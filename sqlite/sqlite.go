// Package sqlite stores articles and stories in one SQLite file through a
// pure-Go driver (no cgo).
//
// The file runs in WAL mode with foreign keys on. Writes go through a pool of
// exactly one connection (SQLite has one writer anyway; queueing in Go avoids
// SQLITE_BUSY storms), reads through a separate pool of read-only
// connections, so pages keep rendering while an ingest writes. Every service
// call is one transaction.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"crossread"

	sqlite3 "modernc.org/sqlite"
	sqlite3lib "modernc.org/sqlite/lib"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// DB is an open store.
type DB struct {
	path string
	w    *sql.DB // one connection: the only writer
	r    *sql.DB // readers; the same pool as w for in-memory stores

	rpool chan *readConn // read connections with cached statements (file stores)

	// Now returns the current time; tests replace it.
	Now func() time.Time
}

var (
	_ crossread.ArticleService = (*DB)(nil)
	_ crossread.StoryService   = (*DB)(nil)
)

// Open opens (creating and migrating if needed) the store at path;
// ":memory:" gives a private in-memory store.
func Open(ctx context.Context, path string) (*DB, error) {
	db := &DB{path: path, Now: time.Now}
	op := "open " + path
	if path == "" {
		return nil, &crossread.Error{Code: crossread.EINVALID, Op: op, Message: "no database path"}
	}
	params := "_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_txlock=immediate"
	if path == ":memory:" {
		// Every connection to ":memory:" is its own database, so readers
		// and the writer must share the one connection.
		w, err := sql.Open("sqlite", "file::memory:?"+params)
		if err != nil {
			return nil, &crossread.Error{Code: crossread.EINTERNAL, Op: op, Err: err}
		}
		w.SetMaxOpenConns(1)
		w.SetConnMaxIdleTime(0)
		w.SetConnMaxLifetime(0)
		db.w, db.r = w, w
	} else {
		if abs, err := filepath.Abs(path); err == nil {
			path = abs
		}
		u := "file:" + (&url.URL{Path: path}).EscapedPath()
		w, err := sql.Open("sqlite", u+"?"+params+"&_pragma=journal_mode(WAL)")
		if err != nil {
			return nil, &crossread.Error{Code: crossread.EINTERNAL, Op: op, Err: err}
		}
		w.SetMaxOpenConns(1)
		r, err := sql.Open("sqlite", u+"?_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=query_only(1)&_txlock=deferred")
		if err != nil {
			w.Close()
			return nil, &crossread.Error{Code: crossread.EINTERNAL, Op: op, Err: err}
		}
		n := max(4, runtime.GOMAXPROCS(0)*2)
		r.SetMaxOpenConns(n)
		r.SetMaxIdleConns(n)
		db.w, db.r = w, r
		db.rpool = make(chan *readConn, n)
		for range n {
			db.rpool <- nil // connected on first use
		}
	}
	if err := db.migrate(ctx); err != nil {
		db.Close()
		return nil, wrapErr(op, err)
	}
	return db, nil
}

// Path returns the path the store was opened with.
func (db *DB) Path() string { return db.path }

// Close closes the store.
func (db *DB) Close() error {
	var errs []error
	if db.rpool != nil {
		for range cap(db.rpool) {
			if rc := <-db.rpool; rc != nil {
				rc.close()
			}
		}
	}
	if db.r != nil && db.r != db.w {
		errs = append(errs, db.r.Close())
	}
	if db.w != nil {
		errs = append(errs, db.w.Close())
	}
	return errors.Join(errs...)
}

// migrate applies, in file-name order, every embedded migration newer than
// the database's user_version, each in its own transaction.
func (db *DB) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	var version int
	if err := db.w.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	for i, name := range names {
		if i < version {
			continue
		}
		b, err := migrationFS.ReadFile(name)
		if err != nil {
			return err
		}
		err = db.writeTx(ctx, false, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, string(b)); err != nil {
				return fmt.Errorf("migration %s: %w", name, err)
			}
			_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", i+1))
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// write runs fn in one immediate (write-locked) transaction and counts it
// in the store's generation.
func (db *DB) write(ctx context.Context, fn func(*sql.Tx) error) error {
	return db.writeTx(ctx, true, fn)
}

func (db *DB) writeTx(ctx context.Context, bump bool, fn func(*sql.Tx) error) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if bump {
		if _, err := tx.ExecContext(ctx, "UPDATE meta SET value = value + 1 WHERE key = 'generation'"); err != nil {
			tx.Rollback()
			return err
		}
	}
	return tx.Commit()
}

// Generation returns a number that changes whenever anything is written to
// the store, by this process or another. Caches key on it.
func (db *DB) Generation(ctx context.Context) (int64, error) {
	var g int64
	err := db.read(ctx, func(tx readTx) error {
		return tx.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'generation'").Scan(&g)
	})
	return g, wrapErr("generation", err)
}

// StoryIDs returns up to limit story ids, newest first (all when limit is 0).
func (db *DB) StoryIDs(ctx context.Context, limit int) ([]string, error) {
	var ids []string
	err := db.read(ctx, func(tx readTx) error {
		lim, args := limitClause(nil, limit, 0)
		rows, err := tx.QueryContext(ctx, "SELECT id FROM stories ORDER BY last_seen_unix DESC"+lim, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				return err
			}
			ids = append(ids, id)
		}
		return rows.Err()
	})
	return ids, wrapErr("story ids", err)
}

// readConn is a pooled read connection with its prepared statements:
// parsing SQL was a fifth of the cost of a story page, so each connection
// keeps the statements it has run.
type readConn struct {
	c     *sql.Conn
	stmts map[string]*sql.Stmt
}

const maxCachedStmts = 400

func (rc *readConn) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if st := rc.stmts[q]; st != nil {
		return st, nil
	}
	if len(rc.stmts) >= maxCachedStmts {
		return nil, nil
	}
	st, err := rc.c.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	rc.stmts[q] = st
	return st, nil
}

func (rc *readConn) close() {
	for _, st := range rc.stmts {
		st.Close()
	}
	rc.c.Close()
}

// readTx runs the queries of one read transaction: on a pooled connection
// with cached statements, or (in-memory stores) on a plain *sql.Tx.
type readTx struct {
	rc *readConn
	tx *sql.Tx
}

func (t readTx) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	if t.tx != nil {
		return t.tx.QueryContext(ctx, q, args...)
	}
	st, err := t.rc.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	if st == nil {
		return t.rc.c.QueryContext(ctx, q, args...)
	}
	return st.QueryContext(ctx, args...)
}

func (t readTx) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	if t.tx != nil {
		return t.tx.QueryRowContext(ctx, q, args...)
	}
	if st, err := t.rc.stmt(ctx, q); err == nil && st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return t.rc.c.QueryRowContext(ctx, q, args...)
}

// newReadConn takes a connection out of the read pool for good.
func (db *DB) newReadConn(ctx context.Context) (*readConn, error) {
	c, err := db.r.Conn(ctx)
	if err != nil {
		return nil, err
	}
	return &readConn{c: c, stmts: map[string]*sql.Stmt{}}, nil
}

// read runs fn in one read transaction, so counts and pages agree.
func (db *DB) read(ctx context.Context, fn func(readTx) error) error {
	if db.rpool == nil {
		tx, err := db.r.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		return fn(readTx{tx: tx})
	}
	var rc *readConn
	select {
	case rc = <-db.rpool:
	case <-ctx.Done():
		return ctx.Err()
	}
	if rc == nil { // a broken connection was dropped: make another
		var err error
		if rc, err = db.newReadConn(ctx); err != nil {
			db.rpool <- nil
			return err
		}
	}
	if _, err := rc.c.ExecContext(ctx, "BEGIN"); err != nil {
		rc.close()
		db.rpool <- nil
		return err
	}
	// The connection goes back to the pool whatever happens in fn, a panic
	// included, or the pool would shrink until readers wait forever.
	defer func() {
		if _, rerr := rc.c.ExecContext(context.WithoutCancel(ctx), "ROLLBACK"); rerr != nil {
			rc.close()
			rc = nil
		}
		db.rpool <- rc
	}()
	return fn(readTx{rc: rc})
}

// wrapErr gives err a crossread error kind, keeping one already there.
func wrapErr(op string, err error) error {
	if err == nil {
		return nil
	}
	var ce *crossread.Error
	if errors.As(err, &ce) {
		if ce.Op == "" {
			ce.Op = op
		}
		return ce
	}
	code := crossread.EINTERNAL
	switch {
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		code = crossread.EUNAVAILABLE
	case errors.Is(err, sql.ErrNoRows):
		code = crossread.ENOTFOUND
	}
	var se *sqlite3.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3lib.SQLITE_BUSY, sqlite3lib.SQLITE_LOCKED:
			code = crossread.EUNAVAILABLE
		case sqlite3lib.SQLITE_CONSTRAINT:
			code = crossread.ECONFLICT
		case sqlite3lib.SQLITE_FULL, sqlite3lib.SQLITE_TOOBIG:
			code = crossread.ETOOLARGE
		}
	}
	return &crossread.Error{Code: code, Op: op, Err: err}
}

// timeText formats a time for a TEXT column ("" for zero).
func timeText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

func parseTimeText(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}

// unixOrNil is the sortable form of a timestamp; NULL when unknown.
func unixOrNil(t crossread.Timestamp) any {
	if t.IsZero() {
		return nil
	}
	return t.Time.Unix()
}

// ftsQuery turns what a person typed into an FTS5 query that cannot be a
// syntax error: each word becomes a quoted term, all of them required; a
// trailing "*" keeps prefix search.
func ftsQuery(q string) string {
	var terms []string
	for _, f := range strings.FieldsFunc(q, func(r rune) bool {
		return !(r == '*' || r == '-' || r == '\'' || isWordRune(r))
	}) {
		prefix := strings.HasSuffix(f, "*")
		f = strings.Trim(f, "*-'")
		f = strings.ReplaceAll(f, "*", "")
		if f == "" {
			continue
		}
		t := `"` + strings.ReplaceAll(f, `"`, `""`) + `"`
		if prefix {
			t += "*"
		}
		terms = append(terms, t)
	}
	return strings.Join(terms, " ")
}

func isWordRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f
}

// placeholders returns "?, ?, ?" for n values.
func placeholders(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("?, ", n-1) + "?"
}

// limitClause renders LIMIT/OFFSET as parameters (so the statement is
// reused whatever the page) and appends their values to args; a limit of 0
// means all rows.
func limitClause(args []any, limit, offset int) (string, []any) {
	if limit <= 0 && offset <= 0 {
		return "", args
	}
	if limit <= 0 {
		limit = -1
	}
	return " LIMIT ? OFFSET ?", append(args, limit, max(offset, 0))
}
