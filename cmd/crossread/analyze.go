package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"crossread"
	"crossread/analyze"
	"crossread/brief"
	"crossread/source"
)

// defaultExample is read when a command that analyses gets no path, so a
// newcomer sees the tool work on the bundled story.
const defaultExample = "examples/kazakhstan-abraham-accords"

// Output is the `analyze --json` document (../shared/docs/story-json.md).
type Output struct {
	Schema   string                `json:"schema"`
	Articles []*crossread.Article  `json:"articles"`
	Stories  []*crossread.Story    `json:"stories"`
	Errors   []crossread.ReadError `json:"errors"`
}

// inputFlags are the flags every reading command shares.
type inputFlags struct {
	jobs      int
	userAgent string
	offline   bool
	maxURLs   int
}

func (f *inputFlags) options(m *Main) source.Options {
	return source.Options{Stdin: m.Stdin, Jobs: f.jobs, UserAgent: f.userAgent, Offline: f.offline, MaxURLs: f.maxURLs, Logger: m.Logger}
}

func (f *inputFlags) register(fs *flag.FlagSet) {
	fs.IntVar(&f.jobs, "j", 0, "parallel workers (0 = all cores)")
	fs.StringVar(&f.userAgent, "user-agent", "crossread/1", "User-Agent for fetched URLs")
	fs.BoolVar(&f.offline, "offline", false, "never fetch: refuse URL inputs, keep feed entries as the feed gives them")
	fs.IntVar(&f.maxURLs, "max-urls", 1000, "pages one feed, sitemap or OPML input may expand into")
}

// load reads the inputs (the bundled example when there are none), reports
// every unreadable one on stderr, and fails only when nothing was readable.
func (m *Main) load(ctx context.Context, inputs []string, f inputFlags) ([]*crossread.Article, []crossread.ReadError, error) {
	if len(inputs) == 0 {
		if _, err := os.Stat(defaultExample); err != nil {
			return nil, nil, fmt.Errorf("no input given (give files, folders, URLs or - for stdin)")
		}
		inputs = []string{defaultExample}
	}
	arts, errs := source.Load(ctx, inputs, f.options(m))
	for _, e := range errs {
		m.Logger.Warn("input not read", "source", e.Where(), "error", e.Error)
	}
	if len(arts) == 0 {
		var reasons []string
		for _, e := range errs {
			reasons = append(reasons, fmt.Sprintf("%s: %s", e.Where(), e.Error))
		}
		msg := "no readable article in the input"
		if len(reasons) > 0 {
			msg += ":\n  " + strings.Join(reasons, "\n  ")
		}
		return nil, errs, errors.New(msg)
	}
	return arts, errs, nil
}

func (m *Main) runAnalyze(ctx context.Context, args []string) error {
	fs := m.flagSet("analyze", "[PATH|URL|- ...]", "Reads every document under the paths, cleans it, groups the articles into stories and\nanalyses each story. With no path, reads the bundled example.")
	var in inputFlags
	in.register(fs)
	asJSON := fs.Bool("json", false, "print the JSON document of ../shared/docs/story-json.md")
	words := fs.Int("words", 0, "length budget of each brief in words (0 = default)")
	if err := parse(fs, args); err != nil {
		return err
	}
	start := time.Now()
	arts, errs, err := m.load(ctx, fs.Args(), in)
	if err != nil {
		return err
	}
	_, stories := analyze.Run(arts, analyze.Options{Jobs: in.jobs, BriefWords: *words})
	m.Logger.Info("analysed", "articles", len(arts), "stories", len(stories), "elapsed", time.Since(start))
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(Output{Schema: "crossread/v1", Articles: arts, Stories: nonNil(stories), Errors: nonNil(errs)})
	}
	byID := articleIndex(arts)
	for i, s := range stories {
		if i > 0 {
			fmt.Fprintln(m.Stdout)
		}
		fmt.Fprintf(m.Stdout, "%s  %s  (%s, %s, %s, %s, %s)\n", s.ID, s.Title,
			brief.CountOf(len(s.ArticleIDs), "article"), brief.CountOf(len(s.Entities), "entity"), brief.CountOf(len(s.Quotes), "quote"),
			brief.CountOf(len(s.Claims), "claim"), brief.CountOf(len(s.Discrepancies), "discrepancy"))
		for _, id := range s.ArticleIDs {
			a := byID[id]
			fmt.Fprintf(m.Stdout, "  %s  %-20s %s\n", id, orDash(a.Source), orDash(a.Title))
		}
	}
	for _, e := range errs {
		fmt.Fprintf(m.Stdout, "error: %s: %s\n", e.Where(), e.Error)
	}
	return nil
}

func (m *Main) runBrief(ctx context.Context, args []string) error {
	fs := m.flagSet("brief", "[PATH|URL|- ...] | --db FILE STORY", "Prints the brief of each story: every sentence taken from the articles, with numbered\ncitations and a source list. With --db, prints the stored story STORY.")
	var in inputFlags
	in.register(fs)
	format := fs.String("format", "markdown", "markdown, html or json")
	words := fs.Int("words", 0, "length budget in words (0 = default)")
	dbPath := fs.String("db", "", "read the story from this database instead of analysing files")
	llm := fs.String("llm", "", "rephrase the brief through this OpenAI-compatible endpoint (e.g. http://127.0.0.1:8081); sentences that fail verification keep their extractive form")
	model := fs.String("model", "default", "model name for --llm")
	if err := parse(fs, args); err != nil {
		return err
	}
	var stories []*crossread.Story
	var byID map[string]*crossread.Article
	if *dbPath != "" {
		var err error
		stories, byID, err = m.storedStories(ctx, *dbPath, fs.Args())
		if err != nil {
			return err
		}
	} else {
		arts, _, err := m.load(ctx, fs.Args(), in)
		if err != nil {
			return err
		}
		_, stories = analyze.Run(arts, analyze.Options{Jobs: in.jobs, BriefWords: *words})
		byID = articleIndex(arts)
	}
	if *llm != "" {
		for _, s := range stories {
			b, err := brief.Rewrite(ctx, s.Brief, byID, *llm, *model)
			if err != nil {
				m.Logger.Warn("rewriting failed; keeping the extractive brief", "story_id", s.ID, "error", err)
				continue
			}
			s.Brief = b
		}
	}
	return m.printBriefs(stories, byID, *format)
}

func (m *Main) printBriefs(stories []*crossread.Story, byID map[string]*crossread.Article, format string) error {
	switch format {
	case "markdown", "md":
		for i, s := range stories {
			if i > 0 {
				fmt.Fprint(m.Stdout, "\n---\n\n")
			}
			fmt.Fprint(m.Stdout, brief.Markdown(s, byID))
		}
	case "html":
		for _, s := range stories {
			fmt.Fprint(m.Stdout, brief.HTML(s, byID))
		}
	case "json":
		type out struct {
			StoryID string          `json:"story_id"`
			Title   string          `json:"title"`
			Brief   crossread.Brief `json:"brief"`
		}
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		var all []out
		for _, s := range stories {
			all = append(all, out{s.ID, s.Title, s.Brief})
		}
		return enc.Encode(all)
	default:
		return fmt.Errorf("unknown --format %q (markdown, html or json)", format)
	}
	return nil
}

func articleIndex(arts []*crossread.Article) map[string]*crossread.Article {
	m := make(map[string]*crossread.Article, len(arts))
	for _, a := range arts {
		m[a.ID] = a
	}
	return m
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
