// Command crossread reads many outlets' coverage of the news, groups it into
// stories and writes a cross-checked, cited brief of each.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
	os.Exit(m.Run(ctx, os.Args[1:]))
}

// Main is the program, testable without a process: tests set the streams and
// call Run.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Logger         *slog.Logger
}

// command is one subcommand.
type command struct {
	summary string
	run     func(m *Main, ctx context.Context, args []string) error
}

var commands map[string]command

func init() {
	commands = map[string]command{
		"analyze": {"read, group and analyse articles; print the stories (--json: the public contract)", (*Main).runAnalyze},
		"brief":   {"print the brief of each story as Markdown (or --format html|json)", (*Main).runBrief},
		"extract": {"extract articles only, one JSON object per document per line", (*Main).runExtract},
		"ingest":  {"store articles and their stories in the SQLite database", (*Main).runIngest},
		"stories": {"list the stories in the database", (*Main).runStories},
		"verify":  {"check every sentence of a brief against the articles it cites", (*Main).runVerify},
		"eval":    {"measure a stage against annotated data (extraction, dates, clustering, ner, quotes, time, summaries)", (*Main).runEval},
		"serve":   {"serve the stories as web pages and a JSON API (--watch also polls the feeds)", (*Main).runServe},
		"watch":   {"poll the feeds of the sources list and ingest new articles", (*Main).runWatch},
		"sources": {"manage the feeds to watch: add, remove, list, import/export OPML", (*Main).runSources},
		"bench":   {"benchmarks (stream: story grouping at scale; analyze: analysis speed; serve: web load)", (*Main).runBench},
	}
}

// errUsage marks an error already explained to the user by a flag set.
var errUsage = errors.New("usage")

// Run executes the command line args and returns the exit status.
func (m *Main) Run(ctx context.Context, args []string) int {
	if m.Logger == nil {
		m.Logger = slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		m.usage(m.Stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(m.Stderr, "crossread: unknown command %q\n\n", args[0])
		m.usage(m.Stderr)
		return 2
	}
	if err := cmd.run(m, ctx, args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		if errors.Is(err, errUsage) {
			return 2
		}
		fmt.Fprintf(m.Stderr, "crossread %s: %v\n", args[0], err)
		return 1
	}
	return 0
}

func (m *Main) usage(w io.Writer) {
	fmt.Fprintln(w, "crossread: many outlets in, one cross-checked, cited brief out.")
	fmt.Fprintln(w, "\nUsage: crossread COMMAND [flags] [PATH|URL ...]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'crossread COMMAND --help' for a command's flags.")
}

// flagSet returns a flag set whose usage names the command and what it takes.
func (m *Main) flagSet(name, args, about string) *flag.FlagSet {
	fs := flag.NewFlagSet("crossread "+name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(m.Stderr, "Usage: crossread %s [flags] %s\n\n%s\n\nFlags:\n", name, args, about)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags, allowing them after positional arguments too
// (crossread analyze examples/ --json).
func parse(fs *flag.FlagSet, args []string) error {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return err
			}
			return errUsage
		}
		rest := fs.Args()
		i := 0
		for i < len(rest) && (!strings.HasPrefix(rest[i], "-") || rest[i] == "-") {
			pos = append(pos, rest[i])
			i++
		}
		if i == len(rest) {
			break
		}
		args = rest[i:]
	}
	return fs.Parse(pos)
}
