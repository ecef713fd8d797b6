package entity

import (
	"bufio"
	"io"
	"strings"

	"crossread"
)

// CoNLLDoc is one document of a CoNLL-2003 file: sentences of words with
// their gold tags as the file gives them (IOB1, e.g. "I-PER", "B-LOC", "O").
type CoNLLDoc struct {
	Sentences []CoNLLSentence
}

// CoNLLSentence is one sentence of a CoNLL file.
type CoNLLSentence struct {
	Words []string
	Tags  []string
}

// ReadCoNLL reads the CoNLL-2003 column format: one token per line with the
// word in the first column and the entity tag in the last, blank lines
// between sentences and "-DOCSTART-" lines between documents. A file
// without -DOCSTART- lines is read as one document.
func ReadCoNLL(r io.Reader) ([]CoNLLDoc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var docs []CoNLLDoc
	var cur CoNLLDoc
	var sent CoNLLSentence
	flushSent := func() {
		if len(sent.Words) > 0 {
			cur.Sentences = append(cur.Sentences, sent)
		}
		sent = CoNLLSentence{}
	}
	flushDoc := func() {
		flushSent()
		if len(cur.Sentences) > 0 {
			docs = append(docs, cur)
		}
		cur = CoNLLDoc{}
	}
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 0:
			flushSent()
		case fields[0] == "-DOCSTART-":
			flushDoc()
		case len(fields) < 2:
			return nil, crossread.Errorf(crossread.EINVALID, "conll line %d: want a word and a tag, got %q", line, sc.Text())
		default:
			tag := fields[len(fields)-1]
			if !validIOBTag(tag) {
				return nil, crossread.Errorf(crossread.EINVALID, "conll line %d: bad entity tag %q", line, tag)
			}
			sent.Words = append(sent.Words, fields[0])
			sent.Tags = append(sent.Tags, tag)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, &crossread.Error{Code: crossread.EINVALID, Op: "read conll", Err: err}
	}
	flushDoc()
	return docs, nil
}

func validIOBTag(tag string) bool {
	if tag == "O" {
		return true
	}
	return len(tag) > 2 && (tag[0] == 'B' || tag[0] == 'I' || tag[0] == 'E' || tag[0] == 'S' || tag[0] == 'L' || tag[0] == 'U') && tag[1] == '-'
}

// Chunk is one entity in a tagged sentence: tokens [Start, End) of type Type
// (the tag set's own type name, e.g. "PER").
type Chunk struct {
	Start, End int
	Type       string
}

// ChunksIOB returns the entities of an IOB1/IOB2 tag sequence the way
// conlleval reads it: an entity starts at B-X, or at I-X after O or after
// another type, and runs while I-X follows.
func ChunksIOB(tags []string) []Chunk {
	var out []Chunk
	start, typ := -1, ""
	for i, t := range tags {
		prefix, ty := byte('O'), ""
		if t != "O" && len(t) > 2 {
			prefix, ty = t[0], t[2:]
		}
		continues := prefix == 'I' && start >= 0 && ty == typ
		if start >= 0 && !continues {
			out = append(out, Chunk{start, i, typ})
			start, typ = -1, ""
		}
		if prefix != 'O' && !continues {
			start, typ = i, ty
		}
	}
	if start >= 0 {
		out = append(out, Chunk{start, len(tags), typ})
	}
	return out
}
