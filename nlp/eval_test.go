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
		b.WriteString(t)
		noSpace = t == "(" || t == "[" || t == "$" || (t == `"` && !open)
		if t == `"` {
			open = !open
		}
	}
	return b.String()
}
