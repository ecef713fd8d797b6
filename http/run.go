package http

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"crossread"
	"crossread/sqlite"
)

// IngestMaker builds the ingest function over an open store; cmd/ supplies
// it (reading, analysis and storing are its business).
type IngestMaker func(db *sqlite.DB, allowPrivate bool) IngestFunc

// RunServe is `crossread serve`: it serves until ctx ends, then shuts down
// gracefully. With --watch it also polls the feeds.
func RunServe(ctx context.Context, args []string, stdout, stderr io.Writer, defaultDB string, ingest IngestMaker) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: crossread serve [flags]\n\nServes the stored stories as web pages and a JSON API under /api/v1/.\nPOST /api/v1/ingest needs the bearer token (--token or $CROSSREAD_TOKEN).\n\nFlags:")
		fs.PrintDefaults()
	}
	addr := fs.String("addr", "127.0.0.1:8080", "listen address")
	dbPath := fs.String("db", defaultDB, "SQLite database file")
	token := fs.String("token", os.Getenv("CROSSREAD_TOKEN"), "bearer token for POST /api/v1/ingest (ingest is off without one)")
	allowPrivate := fs.Bool("allow-private", false, "let API ingests fetch loopback, private and link-local addresses")
	watch := fs.Bool("watch", false, "also poll the feeds of the sources list")
	wf := watchFlags(fs)
	verbose := fs.Bool("v", false, "log every request")
	if err := parseFlags(fs, args); err != nil {
		return helpIsNil(err)
	}
	// Feeds come from the operator (the sources list is not writable over
	// the API), so the watcher may reach private addresses.
	wf.allowPrivate = true
	log := newLogger(stderr, *verbose)
	db, err := sqlite.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	var fn IngestFunc
	if ingest != nil {
		fn = ingest(db, *allowPrivate)
	}
	srv, err := NewServer(Config{Addr: *addr, DB: db, Token: *token, AllowPrivate: *allowPrivate, Logger: log, Ingest: fn})
	if err != nil {
		return err
	}
	if err := srv.Open(); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "serving %s on %s\n", *dbPath, srv.URL())
	watchDone := make(chan error, 1)
	if *watch && fn != nil {
		w, err := wf.watcher(db, fn, log)
		if err != nil {
			srv.Close()
			return err
		}
		go func() { watchDone <- w.Run(ctx) }()
	} else {
		watchDone <- nil
	}
	<-ctx.Done()
	fmt.Fprintln(stdout, "shutting down")
	err = srv.Close()
	return errors.Join(err, <-watchDone)
}

// RunWatch is `crossread watch`: it polls the feeds until ctx ends.
func RunWatch(ctx context.Context, args []string, stdout, stderr io.Writer, defaultDB string, ingest IngestMaker) error {
	fs := flag.NewFlagSet("watch", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: crossread watch [flags]\n\nPolls the feeds of the sources list (and --opml) with conditional GET and per-feed\nback-off, and ingests new entries as they appear.\n\nFlags:")
		fs.PrintDefaults()
	}
	dbPath := fs.String("db", defaultDB, "SQLite database file")
	allowPrivate := fs.Bool("allow-private", true, "let feeds and their articles live on private addresses")
	wf := watchFlags(fs)
	verbose := fs.Bool("v", false, "log more")
	if err := parseFlags(fs, args); err != nil {
		return helpIsNil(err)
	}
	if ingest == nil {
		return crossread.Errorf(crossread.EUNSUPPORTED, "watch: no ingest function")
	}
	log := newLogger(stderr, *verbose)
	db, err := sqlite.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	wf.allowPrivate = *allowPrivate
	w, err := wf.watcher(db, ingest(db, *allowPrivate), log)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "watching the feeds of %s every %s\n", *dbPath, w.cfg.Interval)
	return w.Run(ctx)
}

type watchFlagSet struct {
	opml         *string
	interval     *time.Duration
	maxBackoff   *time.Duration
	allowPrivate bool
}

func watchFlags(fs *flag.FlagSet) *watchFlagSet {
	return &watchFlagSet{
		opml:       fs.String("opml", "", "OPML file whose feeds are added to the sources list at start"),
		interval:   fs.Duration("interval", 15*time.Minute, "time between polls of a healthy feed"),
		maxBackoff: fs.Duration("max-backoff", 24*time.Hour, "longest wait after repeated failures"),
	}
}

func (wf *watchFlagSet) watcher(db *sqlite.DB, fn IngestFunc, log *slog.Logger) (*Watcher, error) {
	return NewWatcher(WatchConfig{DB: db, Ingest: fn, OPML: *wf.opml, Interval: *wf.interval, MaxBackoff: *wf.maxBackoff,
		AllowPrivate: wf.allowPrivate, Logger: log})
}

func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return crossread.Errorf(crossread.EINVALID, "%v", err)
	}
	if fs.NArg() > 0 {
		return crossread.Errorf(crossread.EINVALID, "%s: unexpected argument %q", fs.Name(), fs.Arg(0))
	}
	return nil
}

func newLogger(w io.Writer, verbose bool) *slog.Logger {
	level := slog.LevelInfo
	if verbose {
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}

func helpIsNil(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	return err
}
