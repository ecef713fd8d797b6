package brief

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	"crossread"
)

// rewriteSections are the sections a language model may rephrase; the
// others hold values, quotes, dates and sources that must stay as written.
var rewriteSections = map[string]bool{
	crossread.SectionHappening: true, crossread.SectionMatters: true,
	crossread.SectionNext: true, crossread.SectionBeyond: true,
}

const rewritePrompt = `You edit a news brief for readability. Each input line is "[n] sentence".
Rephrase each sentence so the brief reads smoothly, but:
- keep every fact, number, date and name exactly as given; add nothing, drop nothing;
- never merge or split sentences; answer with exactly one line "[n] sentence" per input line;
- if a sentence needs no change, repeat it unchanged.`

// Rewrite asks an OpenAI-compatible chat endpoint (endpoint is the server's
// base URL, e.g. http://localhost:8080, or its full /v1/chat/completions
// URL) to rephrase the narrative sections of b. Citations are kept; every
// rewritten sentence must pass Verify against the articles it cites, or the
// extractive original is kept. On any error the original brief is returned
// with the error.
func Rewrite(ctx context.Context, b crossread.Brief, articles map[string]*crossread.Article, endpoint, model string) (crossread.Brief, error) {
	type ref struct{ sec, idx int }
	var refs []ref
	var lines []string
	for si, sec := range b.Sections {
		if !rewriteSections[sec.Title] {
			continue
		}
		for i, s := range sec.Sentences {
			refs = append(refs, ref{si, i})
			lines = append(lines, fmt.Sprintf("[%d] %s", len(refs), strings.Join(strings.Fields(s.Text), " ")))
		}
	}
	if len(refs) == 0 {
		return b, nil
	}
	reply, err := chat(ctx, endpoint, model, rewritePrompt, strings.Join(lines, "\n"))
	if err != nil {
		return b, err
	}
	out := copyBrief(b)
	v := newVerifier(articles)
	for n, text := range parseNumbered(reply) {
		if n < 1 || n > len(refs) {
			continue
		}
		r := refs[n-1]
		orig := out.Sections[r.sec].Sentences[r.idx]
		if strings.TrimSpace(text) == "" || text == orig.Text {
			continue
		}
		if why := v.check(text, orig.ArticleIDs); why != "" {
			slog.Debug("rewrite dropped", "sentence", text, "reason", why)
			continue
		}
		out.Sections[r.sec].Sentences[r.idx].Text = text
	}
	return out, nil
}

func copyBrief(b crossread.Brief) crossread.Brief {
	out := crossread.Brief{Sections: make([]crossread.BriefSection, len(b.Sections))}
	for i, s := range b.Sections {
		out.Sections[i] = crossread.BriefSection{Title: s.Title, Sentences: append([]crossread.BriefSentence(nil), s.Sentences...)}
	}
	return out
}

var numberedRE = regexp.MustCompile(`^\s*\[(\d+)\]\s*(.+?)\s*$`)

// parseNumbered reads "[n] text" lines; the first line for a number wins.
func parseNumbered(s string) map[int]string {
	out := map[int]string{}
	for _, line := range strings.Split(s, "\n") {
		m := numberedRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		n, err := strconv.Atoi(m[1])
		if err != nil {
			continue
		}
		if _, seen := out[n]; !seen {
			out[n] = m[2]
		}
	}
	return out
}

// chat sends one system and one user message and returns the first
// choice's content.
func chat(ctx context.Context, endpoint, model, system, user string) (string, error) {
	url := strings.TrimRight(endpoint, "/")
	if !strings.HasSuffix(url, "/chat/completions") {
		if !strings.HasSuffix(url, "/v1") {
			url += "/v1"
		}
		url += "/chat/completions"
	}
	body, _ := json.Marshal(map[string]any{
		"model":       model,
		"temperature": 0,
		"messages": []map[string]string{
			{"role": "system", "content": system},
			{"role": "user", "content": user},
		},
	})
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return "", &crossread.Error{Code: crossread.EINVALID, Op: "post " + url, Err: err}
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", &crossread.Error{Code: crossread.EUNAVAILABLE, Op: "post " + url, Err: err}
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	if err != nil {
		return "", &crossread.Error{Code: crossread.EUNAVAILABLE, Op: "read " + url, Err: err}
	}
	if resp.StatusCode/100 != 2 {
		return "", &crossread.Error{Code: crossread.EUNAVAILABLE, Op: "post " + url, Message: fmt.Sprintf("status %d: %s", resp.StatusCode, strings.TrimSpace(string(raw[:min(len(raw), 200)])))}
	}
	var r struct {
		Choices []struct {
			Message struct {
				Content string `json:"content"`
			} `json:"message"`
		} `json:"choices"`
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		return "", &crossread.Error{Code: crossread.EINVALID, Op: "decode " + url, Err: err}
	}
	if len(r.Choices) == 0 {
		return "", &crossread.Error{Code: crossread.EEMPTY, Op: "post " + url, Message: "no choices in the reply"}
	}
	return r.Choices[0].Message.Content, nil
}
