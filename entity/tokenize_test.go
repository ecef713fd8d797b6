package entity

import (
	"strings"
	"testing"
	"unicode/utf8"

	"crossread"
)

func tokenTexts(ts []crossread.Token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Text
	}
	return out
}

func TestTokenize(t *testing.T) {
	cases := map[string]string{
		`President Kassym-Jomart Tokayev’s visit to the U.S. ended.`: `President|Kassym-Jomart|Tokayev|’s|visit|to|the|U.S.|ended|.`,
		`"We won't stop," said Mr. Smith (the CEO).`:                 `"|We|wo|n't|stop|,|"|said|Mr.|Smith|(|the|CEO|)|.`,
		`Asia—a region; Financial Times/Atlantic Council`:            `Asia|—|a|region|;|Financial|Times|/|Atlantic|Council`,
		`J. R. R. Tolkien's books cost $17.5 billion in 2020-21.`:    `J.|R.|R.|Tolkien|'s|books|cost|$17.5|billion|in|2020-21|.`,
		`the ministers' plan`:      `the|ministers|'|plan`,
		`RFE/RL and Reuters/Ipsos`: `RFE/RL|and|Reuters|/|Ipsos`,
	}
	for in, want := range cases {
		ts := Tokenize(in, 0, len(in))
		if got := strings.Join(tokenTexts(ts), "|"); got != want {
			t.Errorf("Tokenize(%q)\n got %s\nwant %s", in, got, want)
		}
		for _, tk := range ts {
			if in[tk.Start:tk.End] != tk.Text {
				t.Errorf("token %q at %d-%d reads %q", tk.Text, tk.Start, tk.End, in[tk.Start:tk.End])
			}
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Hello, world.", "U.S.-brokered “deal”", "O'Brien's n't", "a—b/c…", "\xff\xfe", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tk := range Tokenize(s, 0, len(s)) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) || s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("bad token %+v in %q", tk, s)
			}
			if utf8.ValidString(s) && strings.TrimSpace(tk.Text) != tk.Text {
				t.Fatalf("token %q holds space", tk.Text)
			}
			prev = tk.End
		}
	})
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add("-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP B-PER\n")
	f.Add("word O\n\n\nx\n")
	f.Add("a I-\n")
	f.Fuzz(func(t *testing.T, s string) {
		docs, err := ReadCoNLL(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, sent := range d.Sentences {
				if len(sent.Words) == 0 || len(sent.Words) != len(sent.Tags) {
					t.Fatalf("sentence %+v", sent)
				}
				for _, c := range ChunksIOB(sent.Tags) {
					if c.Start < 0 || c.End > len(sent.Tags) || c.Start >= c.End {
						t.Fatalf("chunk %+v", c)
					}
				}
			}
		}
	})
}

func FuzzRecognize(f *testing.F) {
	f.Add("President Anna Lindqvist of Sweden met EU leaders in Brussels.\n\nLindqvist's aides said so.")
	f.Add("WHAT'S NEXT?\nThe Zorb Administration")
	f.Fuzz(func(t *testing.T, s string) {
		d := docFromText("f", s)
		prev := -1
		for _, m := range Recognize(d) {
			if !m.Span.Valid(len(s)) || s[m.Start:m.End] != m.Text || m.Start < prev {
				t.Fatalf("bad mention %+v in %q", m, s)
			}
			prev = m.Start
		}
	})
}
