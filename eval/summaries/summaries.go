// Package summaries evaluates crossread against annotated data; see
// ../shared/eval/README.md for the metric definitions.
//
// `crossread eval summaries FILE.jsonl` reads stories in the NeuS layout
// (each line: id, articles[{title, text}], reference{title, text}), writes
// each story's "What's happening" section cut to about 80 words, and prints
// ROUGE-1/2/L F1 against reference.title + " " + reference.text beside the
// first-article baseline, and the share of summary sentences that pass
// brief.Verify.
package summaries

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"time"

	"crossread"
	"crossread/brief"
	"crossread/claim"
	"crossread/internal/cliflag"
	"crossread/internal/metric"
	"crossread/nlp"
)

// Story is one line of the input.
type Story struct {
	ID       string `json:"id"`
	Articles []struct {
		Title string `json:"title"`
		Text  string `json:"text"`
	} `json:"articles"`
	Reference struct {
		Title string `json:"title"`
		Text  string `json:"text"`
	} `json:"reference"`
}

// Scores are the F1 of ROUGE-1, ROUGE-2 and ROUGE-L.
type Scores struct{ R1, R2, RL float64 }

func (s *Scores) add(o Scores) { s.R1 += o.R1; s.R2 += o.R2; s.RL += o.RL }

func (s Scores) div(n int) Scores {
	if n == 0 {
		return s
	}
	f := float64(n)
	return Scores{s.R1 / f, s.R2 / f, s.RL / f}
}

// Run is the `crossread eval ...` command: args are its flags and paths.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval summaries", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "", "write each story's summary as JSON Lines {id, summary} to this file")
	words := fs.Int("words", 80, "cut each summary (and the baseline) to this many words")
	budget := fs.Int("brief-words", 0, "narrative budget passed to brief.Build (0 = default)")
	happening := fs.Int("happening-words", -1, "What's happening's own budget in words (-1 = the cut, --words; 0 = its share of --brief-words)")
	selFlag := fs.String("select", "", "What's happening selection, as brief.ParseSelection reads it (\"\" = brief.DefaultSelection), e.g. rank or shared=1,lead=0")
	halves := fs.Bool("halves", false, "also print the scores of the file's first and second half (a check that a setting's gain is not one half's luck)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: crossread eval summaries [--out FILE] [--words N] FILE.jsonl")
		fs.PrintDefaults()
	}
	pos, err := cliflag.Parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		fs.Usage()
		return crossread.Errorf(crossread.EINVALID, "eval summaries: one FILE.jsonl expected")
	}
	sel, err := brief.ParseSelection(*selFlag)
	if err != nil {
		return err
	}
	path := pos[0]
	f, err := os.Open(path)
	if err != nil {
		return &crossread.Error{Code: crossread.ENOTFOUND, Op: "open " + path, Err: err}
	}
	defer f.Close()
	var w *bufio.Writer
	if *out != "" {
		of, err := os.Create(*out)
		if err != nil {
			return &crossread.Error{Code: crossread.EINVALID, Op: "create " + *out, Err: err}
		}
		defer of.Close()
		w = bufio.NewWriter(of)
		defer w.Flush()
	}
	var ours, base, baseTitle Scores
	var per []Scores
	n, sentences, verified, empty := 0, 0, 0, 0
	var summaryWords int
	start := time.Now()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var st Story
		if err := json.Unmarshal(sc.Bytes(), &st); err != nil {
			return &crossread.Error{Code: crossread.EINVALID, Op: fmt.Sprintf("%s:%d", path, line), Err: err}
		}
		ref := st.Reference.Title + " " + st.Reference.Text
		hw := *happening
		if hw < 0 {
			hw = *words
		}
		sum, sents, arts := SummariseWith(st, brief.Options{Words: *budget, Selection: &sel, HappeningWords: hw})
		cut := CutWords(strings.Join(sents, " "), *words)
		if cut == "" {
			empty++
		}
		summaryWords += len(strings.Fields(cut))
		r := Rouge(cut, ref)
		ours.add(r)
		per = append(per, r)
		if len(st.Articles) > 0 {
			base.add(Rouge(CutWords(st.Articles[0].Text, *words), ref))
			baseTitle.add(Rouge(CutWords(st.Articles[0].Title+" "+st.Articles[0].Text, *words), ref))
		}
		sentences += len(sum.Sentences)
		problems := brief.Verify(crossread.Brief{Sections: []crossread.BriefSection{sum}}, arts)
		verified += len(sum.Sentences) - len(problems)
		for _, p := range problems {
			fmt.Fprintf(stderr, "%s: unsupported %q: %s\n", st.ID, p.Sentence, p.Reason)
		}
		if w != nil {
			b, _ := json.Marshal(struct {
				ID      string `json:"id"`
				Summary string `json:"summary"`
			}{st.ID, cut})
			w.Write(b)
			w.WriteByte('\n')
		}
		n++
	}
	if err := sc.Err(); err != nil {
		return &crossread.Error{Code: crossread.EINVALID, Op: "read " + path, Err: err}
	}
	if n == 0 {
		return crossread.Errorf(crossread.EEMPTY, "eval summaries: no stories in %s", path)
	}
	o, b, bt := ours.div(n), base.div(n), baseTitle.div(n)
	fmt.Fprintf(stdout, "selection: %s\n", sel)
	fmt.Fprintf(stdout, "stories: %d   summary cut: %d words   mean summary length: %.1f words   empty: %d   %.1f stories/s\n",
		n, *words, float64(summaryWords)/float64(n), empty, float64(n)/time.Since(start).Seconds())
	fmt.Fprintf(stdout, "%-36s %8s %8s %8s\n", "system", "ROUGE-1", "ROUGE-2", "ROUGE-L")
	fmt.Fprintf(stdout, "%-36s %8.3f %8.3f %8.3f\n", "crossread What's happening", o.R1, o.R2, o.RL)
	if *halves {
		h := len(per) / 2
		for i, part := range [][]Scores{per[:h], per[h:]} {
			var s Scores
			for _, x := range part {
				s.add(x)
			}
			s = s.div(len(part))
			fmt.Fprintf(stdout, "%-36s %8.3f %8.3f %8.3f\n", fmt.Sprintf("  half %d (%d stories)", i+1, len(part)), s.R1, s.R2, s.RL)
		}
	}
	fmt.Fprintf(stdout, "%-36s %8.3f %8.3f %8.3f\n", "first article (text)", b.R1, b.R2, b.RL)
	fmt.Fprintf(stdout, "%-36s %8.3f %8.3f %8.3f\n", "first article (title + text)", bt.R1, bt.R2, bt.RL)
	share := 1.0
	if sentences > 0 {
		share = float64(verified) / float64(sentences)
	}
	fmt.Fprintf(stdout, "summary sentences passing verify: %d/%d (%.1f%%)\n", verified, sentences, 100*share)
	return nil
}

// Summarise runs the claim and brief stages on one story's articles and
// returns its "What's happening" section, the section's sentences in order
// and the articles by id (for verification).
func Summarise(st Story, budget int) (crossread.BriefSection, []string, map[string]*crossread.Article) {
	return SummariseWith(st, brief.Options{Words: budget})
}

// SummariseWith is Summarise with every brief option.
func SummariseWith(st Story, opt brief.Options) (crossread.BriefSection, []string, map[string]*crossread.Article) {
	var docs []*crossread.Doc
	arts := map[string]*crossread.Article{}
	story := &crossread.Story{ID: st.ID}
	for i, a := range st.Articles {
		art := &crossread.Article{ID: fmt.Sprintf("%s-%d", st.ID, i), Title: a.Title, Text: a.Text,
			Source: fmt.Sprintf("source %d", i)}
		arts[art.ID] = art
		story.ArticleIDs = append(story.ArticleIDs, art.ID)
		docs = append(docs, &crossread.Doc{Article: art, Sentences: nlp.Sentences(art.ID, art.Text)})
	}
	r := claim.Analyze(docs, nil)
	story.Claims, story.SingleSource, story.Discrepancies = r.Claims, r.SingleSource, r.Discrepancies
	b := brief.Build(story, docs, opt)
	sec := b.Section(crossread.SectionHappening)
	if sec == nil {
		return crossread.BriefSection{Title: crossread.SectionHappening}, nil, arts
	}
	var sents []string
	for _, s := range sec.Sentences {
		sents = append(sents, strings.Join(strings.Fields(s.Text), " "))
	}
	return *sec, sents, arts
}

// CutWords keeps the first n white-space separated words of s.
func CutWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

var tokenRE = regexp.MustCompile(`[a-z0-9]+`)

// Tokens are the lower-cased [a-z0-9]+ runs of s, as the README defines.
func Tokens(s string) []string { return tokenRE.FindAllString(strings.ToLower(s), -1) }

// Rouge scores a summary against a reference: ROUGE-1 and ROUGE-2 F1 over
// clipped n-gram counts, ROUGE-L F1 over the longest common subsequence.
func Rouge(summary, reference string) Scores {
	s, r := Tokens(summary), Tokens(reference)
	return Scores{ngramF1(s, r, 1), ngramF1(s, r, 2), lcsF1(s, r)}
}

func ngramF1(s, r []string, n int) float64 {
	grams := func(t []string) map[string]int {
		m := map[string]int{}
		for i := 0; i+n <= len(t); i++ {
			m[strings.Join(t[i:i+n], " ")]++
		}
		return m
	}
	gs, gr := grams(s), grams(r)
	var overlap, ns, nr int
	for g, c := range gs {
		overlap += min(c, gr[g])
		ns += c
	}
	for _, c := range gr {
		nr += c
	}
	return f1(overlap, ns, nr)
}

func lcsF1(s, r []string) float64 {
	if len(s) == 0 || len(r) == 0 {
		return 0
	}
	prev := make([]int, len(r)+1)
	cur := make([]int, len(r)+1)
	for i := 1; i <= len(s); i++ {
		for j := 1; j <= len(r); j++ {
			if s[i-1] == r[j-1] {
				cur[j] = prev[j-1] + 1
			} else {
				cur[j] = max(prev[j], cur[j-1])
			}
		}
		prev, cur = cur, prev
	}
	return f1(prev[len(r)], len(s), len(r))
}

func f1(overlap, ns, nr int) float64 {
	if overlap == 0 || ns == 0 || nr == 0 {
		return 0
	}
	return metric.F1(metric.Ratio(overlap, ns), metric.Ratio(overlap, nr))
}
