// Package nlp splits text into paragraphs, sentences and tokens, keeping
// byte offsets into the original text.
package nlp

import (
	"strings"

	"crossread"
)

// Sentences splits text into sentences with byte spans; articleID is copied
// into every span.
func Sentences(articleID, text string) []crossread.Sentence {
	var out []crossread.Sentence
	para := 0
	start := 0
	for i := 0; i <= len(text); i++ {
		end := i == len(text)
		if !end && text[i] == '\n' && i+1 < len(text) && text[i+1] == '\n' {
			end = true
		}
		if !end && (text[i] == '.' || text[i] == '?' || text[i] == '!') && i+1 < len(text) && text[i+1] == ' ' {
			s := strings.TrimSpace(text[start : i+1])
			if s != "" {
				off := start + strings.Index(text[start:i+1], s)
				out = append(out, crossread.Sentence{Span: crossread.Span{ArticleID: articleID, Start: off, End: off + len(s)}, Text: s, Paragraph: para})
			}
			start = i + 1
			continue
		}
		if end {
			s := strings.TrimSpace(text[start:i])
			if s != "" {
				off := start + strings.Index(text[start:i], s)
				out = append(out, crossread.Sentence{Span: crossread.Span{ArticleID: articleID, Start: off, End: off + len(s)}, Text: s, Paragraph: para})
			}
			para++
			start = i + 1
		}
	}
	return out
}
