package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A class names what the element is; a flag ("has-sidebar") or a style
// setting ("pane-header-alignment-left") only describes it.
func TestClassNamesAndFlags(t *testing.T) {
	cases := []struct {
		class string
		want  hint
	}{
		{"site-header", hintBoiler},
		{"sidebar", hintBoiler},
		{"post-comments", hintComments},
		{"entry-content", hintContent},
		{"layout has-sidebar", hintNone},
		{"c-layout-sidebar-left", hintNone},
		{"wrap no-comments", hintNone},
		{"accordion kt-pane-header-alignment-left", hintNone},
		{"block is-style-default header-content-align-left", hintNone},
		{"has-sidebar related-posts", hintBoiler},
		{"entry-content has-text-align-justify", hintContent},
	}
	for _, c := range cases {
		n := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div, Attr: []html.Attribute{{Key: "class", Val: c.class}}}
		if got := classify(n); got != c.want {
			t.Errorf("class %q: hint %d, want %d", c.class, got, c.want)
		}
	}
}

// eachNamingWord splits words as eachWord does; it only leaves out the
// words of flags and style settings.
func TestNamingWordsSplitLikeWords(t *testing.T) {
	collect := func(each func(string, func([]byte)), s string) []string {
		var out []string
		each(s, func(b []byte) { out = append(out, string(b)) })
		return out
	}
	for _, s := range []string{"relatedPosts_2 entry-content", "  a-B c\tD-eF\nG ", "wp-block-post-content__inner HTMLBlock", "x"} {
		got, want := collect(eachNamingWord, s), collect(eachWord, s)
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
	if got := collect(eachNamingWord, "post has-sidebar kt-header-alignment-left"); strings.Join(got, ",") != "post" {
		t.Errorf("flags and style settings named: %q", got)
	}
}
