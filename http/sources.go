package http

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"crossread"
	"crossread/brief"
	"crossread/internal/cliflag"
	"crossread/sqlite"
)

const sourcesUsage = `Usage: crossread sources COMMAND [--db FILE] [ARGS]

Manages the feeds that watch polls.

Commands:
  add URL [TITLE]   subscribe to a feed
  remove URL|ID     unsubscribe
  list              feeds with their last fetch, last error and article counts
  import FILE.opml  subscribe to every feed an OPML file lists ("-" for stdin)
  export            print the feeds as OPML
`

// RunSources is `crossread sources add/remove/list/import/export`, with
// the same runner signature as the other subcommands. defaultDB is the
// database used when --db is not given.
func RunSources(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, defaultDB string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, sourcesUsage)
		if len(args) == 0 {
			return crossread.Errorf(crossread.EINVALID, "sources: no command")
		}
		return nil
	}
	cmd := args[0]
	fs := flag.NewFlagSet("sources "+cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, sourcesUsage, "\nFlags:\n"); fs.PrintDefaults() }
	dbPath := fs.String("db", defaultDB, "SQLite database file")
	// Flags may come before or after the arguments: `sources add URL --db x`.
	rest, err := cliflag.Parse(fs, args[1:])
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return crossread.Errorf(crossread.EINVALID, "%v", err)
	}
	db, err := sqlite.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	switch cmd {
	case "add":
		if len(rest) == 0 {
			return crossread.Errorf(crossread.EINVALID, "sources add: no URL")
		}
		if err := (Guard{AllowPrivate: true}).CheckURL(ctx, rest[0], false); err != nil {
			return err
		}
		f := &sqlite.Feed{URL: rest[0], Title: strings.Join(rest[1:], " ")}
		if err := db.AddFeed(ctx, f); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "added feed %d: %s\n", f.ID, f.URL)
	case "remove", "rm":
		if len(rest) == 0 {
			return crossread.Errorf(crossread.EINVALID, "sources remove: no URL or id")
		}
		for _, u := range rest {
			if err := db.RemoveFeed(ctx, u); err != nil {
				return err
			}
			fmt.Fprintf(stdout, "removed %s\n", u)
		}
	case "list", "ls":
		feeds, err := db.Feeds(ctx)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tURL\tTITLE\tARTICLES\tLAST FETCH\tLAST ERROR")
		for _, f := range feeds {
			last := "never"
			if !f.LastFetch.IsZero() {
				last = f.LastFetch.UTC().Format("2006-01-02 15:04")
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%s\t%s\n", f.ID, f.URL, f.Title, f.ArticleCount, last, f.LastError)
		}
		tw.Flush()
		fmt.Fprintf(stdout, "%s\n", brief.CountOf(len(feeds), "feed"))
	case "import":
		if len(rest) == 0 {
			return crossread.Errorf(crossread.EINVALID, "sources import: no OPML file")
		}
		r := stdin
		if rest[0] != "-" {
			f, err := os.Open(rest[0])
			if err != nil {
				return &crossread.Error{Code: crossread.ENOTFOUND, Op: "open " + rest[0], Err: err}
			}
			defer f.Close()
			r = f
		}
		n, err := ImportOPML(ctx, db, r)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "imported %s\n", brief.CountOf(n, "feed"))
	case "export":
		return ExportOPML(ctx, db, stdout)
	default:
		fmt.Fprint(stderr, sourcesUsage)
		return crossread.Errorf(crossread.EINVALID, "sources: unknown command %q", cmd)
	}
	return nil
}
