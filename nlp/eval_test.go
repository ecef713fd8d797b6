package nlp

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/neurosnap/sentences/english"
)

// TestEvalSentenceBoundaries measures sentence splitting on the CoNLL-2003
// development file when CROSSREAD_CONLL points at it (the data is not in
// the repository). The file's sentences are detokenised and, within each
// document, runs of sentences that end in . ? or ! are joined into one
// paragraph; headlines and datelines (no final stop) are left out because
// no splitter can find them without line breaks. A boundary is a byte
// offset where one gold sentence ends; precision and recall compare the
// boundaries found inside paragraphs.
//
//	CROSSREAD_CONLL=../../shared/eval/ner/valid.txt go test ./nlp -run EvalSentence -v
func TestEvalSentenceBoundaries(t *testing.T) {
	path := os.Getenv("CROSSREAD_CONLL")
	if path == "" {
		t.Skip("set CROSSREAD_CONLL to a CoNLL-2003 file")
	}
	paras, err := conllParagraphs(path)
	if err != nil {
		t.Fatal(err)
	}
	punkt, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	var gold, ours, theirs, oursOK, theirsOK, nSent int
	for _, p := range paras {
		text := strings.Join(p, " ")
		want := map[int]bool{}
		off := 0
		for _, s := range p[:len(p)-1] {
			off += len(s)
			want[off] = true
			off++
		}
		gold += len(want)
		nSent += len(p)
		for _, s := range Sentences("", text) {
			if s.End < len(text) {
				ours++
				if want[s.End] {
					oursOK++
				}
			}
		}
		end := 0
		for _, s := range punkt.Tokenize(text) {
			end += len(s.Text)
			if e := len(strings.TrimRight(text[:end], " ")); end < len(text) {
				theirs++
				if want[e] {
					theirsOK++
				}
			}
		}
	}
	row := func(name string, found, ok int) {
		p, r := float64(ok)/float64(found), float64(ok)/float64(gold)
		fmt.Printf("| %-22s | %5.3f | %5.3f | %5.3f |\n", name, p, r, 2*p*r/(p+r))
	}
	fmt.Printf("%d paragraphs, %d sentences, %d inner boundaries\n", len(paras), nSent, gold)
	fmt.Printf("| splitter               |   P   |   R   |  F1   |\n|---|---|---|---|\n")
	row("nlp.Sentences (rules)", ours, oursOK)
	row("neurosnap/sentences", theirs, theirsOK)
}

// conllParagraphs returns, per document, runs of detokenised sentences
// that end in terminal punctuation.
func conllParagraphs(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var paras [][]string
	var cur []string
	var toks []string
	flushPara := func() {
		if len(cur) >= 2 {
			paras = append(paras, cur)
		}
		cur = nil
	}
	flushSent := func() {
		if len(toks) == 0 {
			return
		}
		s := detokenize(toks)
		toks = nil
		last := s[len(s)-1]
		if strings.HasSuffix(s, `"`) && len(s) > 1 {
			last = s[len(s)-2]
		}
		if last == '.' || last == '?' || last == '!' {
			cur = append(cur, s)
		} else {
			flushPara()
		}
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "-DOCSTART-") {
			flushSent()
			flushPara()
			continue
		}
		if strings.TrimSpace(line) == "" {
			flushSent()
			continue
		}
		toks = append(toks, strings.Fields(line)[0])
	}
	flushSent()
	flushPara()
	return paras, sc.Err()
}

// detokenize joins CoNLL tokens the way a news text writes them.
func detokenize(toks []string) string {
	s, _ := detokenizeSpans(toks)
	return s
}

// detokenizeSpans also returns each token's [start, end) in the text.
func detokenizeSpans(toks []string) (string, [][2]int) {
	var spans [][2]int
	var b strings.Builder
	open := false // inside a double quote
	noSpace := true
	for _, t := range toks {
		attach := noSpace
		switch t {
		case ",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "'":
			attach = true
		case `"`:
			if open {
				attach = true
			}
		}
		if !attach {
			b.WriteByte(' ')
		}
		spans = append(spans, [2]int{b.Len(), b.Len() + len(t)})
		b.WriteString(t)
		noSpace = t == "(" || t == "[" || t == "$" || (t == `"` && !open)
		if t == `"` {
			open = !open
		}
	}
	return b.String(), spans
}

// TestEvalTokens measures how often Tokens cuts a detokenised CoNLL-2003
// sentence exactly where the gold tokenisation does (token-level F1 over
// spans) and its speed on that text.
//
//	CROSSREAD_CONLL=../../shared/eval/ner/valid.txt go test ./nlp -run EvalTokens -v
func TestEvalTokens(t *testing.T) {
	path := os.Getenv("CROSSREAD_CONLL")
	if path == "" {
		t.Skip("set CROSSREAD_CONLL to a CoNLL-2003 file")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var sents [][]string
	var cur []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "-DOCSTART-") {
			if len(cur) > 0 {
				sents = append(sents, cur)
			}
			cur = nil
			continue
		}
		cur = append(cur, strings.Fields(line)[0])
	}
	if len(cur) > 0 {
		sents = append(sents, cur)
	}
	var gold, found, ok int
	var all strings.Builder
	misses := map[string]int{}
	for _, toks := range sents {
		text, spans := detokenizeSpans(toks)
		all.WriteString(text)
		all.WriteString("\n")
		want := map[[2]int]bool{}
		for _, sp := range spans {
			want[sp] = true
		}
		gold += len(spans)
		for _, tok := range Tokens(text) {
			found++
			if want[[2]int{tok.Start, tok.End}] {
				ok++
			} else {
				misses[tok.Text]++
			}
		}
	}
	p, r := float64(ok)/float64(found), float64(ok)/float64(gold)
	fmt.Printf("%d sentences, %d gold tokens: P %.4f R %.4f F1 %.4f\n", len(sents), gold, p, r, 2*p*r/(p+r))
	res := testing.Benchmark(func(b *testing.B) {
		text := all.String()
		for b.Loop() {
			Tokens(text)
		}
	})
	fmt.Printf("speed: %.1f M tokens/s\n", float64(gold)*float64(res.N)/res.T.Seconds()/1e6)
	if testing.Verbose() {
		n := 0
		for k, v := range misses {
			if v >= 5 && n < 30 {
				fmt.Printf("  %q %d\n", k, v)
				n++
			}
		}
	}
}
