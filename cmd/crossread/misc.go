package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"crossread"
	"crossread/brief"
	"crossread/eval/analysis"
	"crossread/eval/clustering"
	"crossread/eval/dates"
	"crossread/eval/extraction"
	"crossread/eval/ner"
	"crossread/eval/quotes"
	"crossread/eval/stream"
	"crossread/eval/summaries"
	"crossread/eval/timex"
	crhttp "crossread/http"
	"crossread/source"
)

func (m *Main) runExtract(ctx context.Context, args []string) error {
	fs := m.flagSet("extract", "[PATH|URL|- ...]", "Extraction alone: one JSON object per input document per line, with `error` instead of\nthe article fields when the document could not be read. No grouping, no analysis.\nOutput is in completion order; runs on all cores by default.")
	var in inputFlags
	in.register(fs)
	fs.Bool("json", true, "JSON Lines output (the only format)")
	progress := fs.String("progress", "auto", "progress bar on stderr: auto (when stderr is a terminal), always, never")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	enc := json.NewEncoder(m.Stdout)
	var bar *progressbar.ProgressBar
	if *progress == "always" || (*progress == "auto" && isTerminal(m.Stderr)) {
		bar = progressbar.NewOptions(-1, progressbar.OptionSetWriter(m.Stderr), progressbar.OptionSetDescription("extracting"),
			progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("docs"),
			progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
	}
	opt := in.options(m)
	opt.Ordered = true
	if bar != nil {
		opt.Progress = func(p source.Progress) {
			bar.ChangeMax(p.Found)
			bar.Set(p.Done)
		}
	}
	good := 0
	var werr error
	source.Stream(ctx, fs.Args(), opt, func(r source.Result) {
		if werr != nil {
			return
		}
		if r.Article != nil {
			good++
			werr = enc.Encode(r.Article)
		}
		if r.Err != nil && werr == nil {
			werr = enc.Encode(r.Err)
		}
	})
	if bar != nil {
		bar.Finish()
	}
	if werr != nil {
		return werr
	}
	if good == 0 {
		return fmt.Errorf("no readable document in the input")
	}
	return nil
}

// isTerminal reports whether w is an interactive terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func (m *Main) runVerify(ctx context.Context, args []string) error {
	fs := m.flagSet("verify", "BRIEF.json PATH...", "Checks every sentence of a JSON brief (ours, from `brief --format json` or `analyze --json`,\nor {\"sections\":[{\"title\",\"sentences\":[{\"text\",\"article_ids\"}]}]} from elsewhere) against\nthe articles it cites, read from PATH..., and lists the unsupported sentences.")
	var in inputFlags
	in.register(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() < 2 {
		fs.Usage()
		return errUsage
	}
	raw, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		return err
	}
	briefs, err := decodeBriefs(raw)
	if err != nil {
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	arts, _, err := m.load(ctx, fs.Args()[1:], in)
	if err != nil {
		return err
	}
	byID := articleIndex(arts)
	bad, total := 0, 0
	for _, b := range briefs {
		for _, sec := range b.Sections {
			total += len(sec.Sentences)
		}
		for _, p := range brief.Verify(b, byID) {
			bad++
			fmt.Fprintf(m.Stdout, "UNSUPPORTED [%s] %q cites %v: %s\n", p.Section, p.Sentence, p.Cited, p.Reason)
		}
	}
	fmt.Fprintf(m.Stdout, "%d of %d sentences supported\n", total-bad, total)
	if bad > 0 {
		return fmt.Errorf("%d unsupported sentences", bad)
	}
	return nil
}

// decodeBriefs accepts a bare brief, a list of {brief}, or an analyze document.
func decodeBriefs(raw []byte) ([]crossread.Brief, error) {
	var doc Output
	if err := json.Unmarshal(raw, &doc); err == nil && len(doc.Stories) > 0 {
		var out []crossread.Brief
		for _, s := range doc.Stories {
			out = append(out, s.Brief)
		}
		return out, nil
	}
	var list []struct {
		Brief crossread.Brief `json:"brief"`
	}
	if err := json.Unmarshal(raw, &list); err == nil && len(list) > 0 {
		var out []crossread.Brief
		for _, l := range list {
			out = append(out, l.Brief)
		}
		return out, nil
	}
	var b crossread.Brief
	if err := json.Unmarshal(raw, &b); err != nil {
		return nil, err
	}
	if len(b.Sections) == 0 {
		return nil, fmt.Errorf("no brief sections found")
	}
	return []crossread.Brief{b}, nil
}

type runner func(ctx context.Context, args []string, stdout, stderr io.Writer) error

func (m *Main) runEval(ctx context.Context, args []string) error {
	evals := map[string]runner{
		"extraction": extraction.Run,
		"dates":      dates.Run,
		"clustering": clustering.Run,
		"ner":        ner.Run,
		"quotes":     quotes.Run,
		"time":       timex.Run,
		"summaries":  summaries.Run,
	}
	return m.dispatch(ctx, "eval", args, evals)
}

func (m *Main) runBench(ctx context.Context, args []string) error {
	return m.dispatch(ctx, "bench", args, map[string]runner{"stream": stream.Run, "analyze": analysis.Run, "serve": crhttp.RunBench})
}

func (m *Main) dispatch(ctx context.Context, name string, args []string, subs map[string]runner) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintf(m.Stderr, "Usage: crossread %s KIND [flags] ARGS\n\nKinds:", name)
		for _, k := range slices.Sorted(maps.Keys(subs)) {
			fmt.Fprintf(m.Stderr, " %s", k)
		}
		fmt.Fprintln(m.Stderr)
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	run, ok := subs[args[0]]
	if !ok {
		return fmt.Errorf("unknown %s kind %q", name, args[0])
	}
	return run(ctx, args[1:], m.Stdout, m.Stderr)
}
