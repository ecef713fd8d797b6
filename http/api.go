package http

import (
	"bufio"
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"crossread"
	"crossread/sqlite"
)

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	f, err := storyFilter(r.URL.Query())
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	sums, total, err := s.findSummaries(r.Context(), f)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Schema  string         `json:"schema"`
		Stories []StorySummary `json:"stories"`
		Page
	}{"crossread/v1", sums, Page{Total: total, Offset: f.Offset, Limit: f.Limit}})
}

// apiStory returns the story exactly as `analyze --json` shapes it (the
// stored JSON, written through untouched), with its articles in the
// story's order.
func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	data, updated, err := s.db.FindStoryJSON(ctx, r.PathValue("id"))
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	articleIDs, err := storyArticleIDs(data)
	if err != nil {
		s.apiError(w, r, crossread.Errorf(crossread.EINTERNAL, "story %s: %v", r.PathValue("id"), err))
		return
	}
	arts, err := s.storyArticles(ctx, &crossread.Story{ID: r.PathValue("id"), ArticleIDs: articleIDs}, true)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	if arts == nil {
		arts = []*crossread.Article{}
	}
	artsJSON, err := marshalArticles(arts)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	upd, _ := json.Marshal(updated)
	var b bytes.Buffer
	b.Grow(len(data) + len(artsJSON) + 100)
	b.WriteString(`{"schema":"crossread/v1","story":`)
	b.Write(data)
	b.WriteString(`,"articles":`)
	b.Write(artsJSON)
	b.WriteString(`,"updated":`)
	b.Write(upd)
	b.WriteString("}\n")
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(b.Bytes())
}

// marshalArticles is json.Marshal(arts) without its second pass: for a
// Marshaler, encoding/json re-scans the method's output to compact and
// HTML-escape it, which Article.MarshalJSON (itself json.Marshal) has done,
// and an article's text is most of the response.
func marshalArticles(arts []*crossread.Article) ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('[')
	for i, a := range arts {
		if i > 0 {
			b.WriteByte(',')
		}
		j, err := a.MarshalJSON()
		if err != nil {
			return nil, err
		}
		b.Write(j)
	}
	b.WriteByte(']')
	return b.Bytes(), nil
}

// storyArticleIDs reads a stored story's article_ids without decoding the
// rest: the stored JSON is the store's own (a Story's fields in order, the
// ids third), and decoding a big story whole cost a sixth of the endpoint.
func storyArticleIDs(data []byte) ([]string, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, fmt.Errorf("stored story is not a JSON object")
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil, err
		}
		if key == "article_ids" {
			var ids []string
			err := dec.Decode(&ids)
			return ids, err
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return nil, err
		}
	}
	return nil, nil
}

type articleOut struct {
	*crossread.Article
	StoryID string `json:"story_id"`
}

// MarshalJSON keeps the contract's article shape and adds story_id.
func (a articleOut) MarshalJSON() ([]byte, error) {
	b, err := json.Marshal(a.Article)
	if err != nil || len(b) < 2 {
		return b, err
	}
	sid, _ := json.Marshal(a.StoryID)
	if a.StoryID == "" {
		sid = []byte("null")
	}
	return append(append(append(b[:len(b)-1:len(b)-1], `,"story_id":`...), sid...), '}'), nil
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	a, err := s.db.FindArticleByID(r.Context(), r.PathValue("id"))
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Schema  string     `json:"schema"`
		Article articleOut `json:"article"`
	}{"crossread/v1", articleOut{a, a.StoryID}})
}

func (s *Server) articleFilter(r *http.Request) (crossread.ArticleFilter, error) {
	q := r.URL.Query()
	var f crossread.ArticleFilter
	var err error
	if f.Offset, f.Limit, err = listParams(q); err != nil {
		return f, err
	}
	f.Query = strings.TrimSpace(q.Get("q"))
	f.Source = strings.TrimSpace(firstNonEmpty(q.Get("source"), q.Get("outlet")))
	f.StoryID = q.Get("story")
	if f.Since, err = parseDay("since", q.Get("since")); err != nil {
		return f, err
	}
	if f.Until, err = parseDay("until", q.Get("until")); err != nil {
		return f, err
	}
	return f, nil
}

func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) {
	f, err := s.articleFilter(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	arts, total, err := s.db.FindArticles(r.Context(), f)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	out := make([]articleOut, len(arts))
	for i, a := range arts {
		out[i] = articleOut{a, a.StoryID}
	}
	writeJSON(w, http.StatusOK, struct {
		Schema   string       `json:"schema"`
		Articles []articleOut `json:"articles"`
		Page
	}{"crossread/v1", out, Page{Total: total, Offset: f.Offset, Limit: f.Limit}})
}

func (s *Server) apiEntity(w http.ResponseWriter, r *http.Request) {
	offset, limit, err := listParams(r.URL.Query())
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	v, err := s.entityView(r.Context(), r.PathValue("name"), offset, limit)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Schema string `json:"schema"`
		*EntityView
	}{"crossread/v1", v})
}

// SearchHit is an article found by full-text search, without its text.
type SearchHit struct {
	ID        string              `json:"id"`
	Title     string              `json:"title"`
	Source    string              `json:"source"`
	URL       string              `json:"url"`
	Published crossread.Timestamp `json:"published"`
	StoryID   string              `json:"story_id"`
	Snippet   string              `json:"snippet"`
}

func (s *Server) search(ctx context.Context, f crossread.ArticleFilter) ([]SearchHit, int, error) {
	if f.Query == "" {
		return nil, 0, crossread.Errorf(crossread.EINVALID, "no search terms (q)")
	}
	arts, total, err := s.db.FindArticles(ctx, f)
	if err != nil {
		return nil, 0, err
	}
	hits := make([]SearchHit, 0, len(arts))
	for _, a := range arts {
		hits = append(hits, SearchHit{ID: a.ID, Title: a.Title, Source: a.Source, URL: a.URL, Published: a.Published,
			StoryID: a.StoryID, Snippet: snippet(a.Text, f.Query, 240)})
	}
	return hits, total, nil
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	f, err := s.articleFilter(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	hits, total, err := s.search(r.Context(), f)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	sf, _ := storyFilter(r.URL.Query())
	sf.Offset, sf.Limit = 0, 10
	sums, _, err := s.findSummaries(r.Context(), sf)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Schema   string         `json:"schema"`
		Query    string         `json:"query"`
		Articles []SearchHit    `json:"articles"`
		Stories  []StorySummary `json:"stories"`
		Page
	}{"crossread/v1", f.Query, hits, sums, Page{Total: total, Offset: f.Offset, Limit: f.Limit}})
}

func (s *Server) apiSources(w http.ResponseWriter, r *http.Request) {
	feeds, err := s.db.Feeds(r.Context())
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	outlets, err := s.db.Outlets(r.Context())
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	if feeds == nil {
		feeds = []*sqlite.Feed{}
	}
	if outlets == nil {
		outlets = []sqlite.Outlet{}
	}
	writeJSON(w, http.StatusOK, struct {
		Schema  string          `json:"schema"`
		Feeds   []*sqlite.Feed  `json:"feeds"`
		Outlets []sqlite.Outlet `json:"outlets"`
	}{"crossread/v1", feeds, outlets})
}

// authorized checks the bearer token in constant time.
func (s *Server) authorized(r *http.Request) error {
	if s.cfg.Token == "" {
		return crossread.Errorf(crossread.EFORBIDDEN, "ingest over the API is disabled: the server was started without a token")
	}
	h := r.Header.Get("Authorization")
	const prefix = "Bearer "
	if len(h) <= len(prefix) || !strings.EqualFold(h[:len(prefix)], prefix) {
		return crossread.Errorf(crossread.EUNAUTHORIZED, "missing bearer token")
	}
	if subtle.ConstantTimeCompare([]byte(strings.TrimSpace(h[len(prefix):])), []byte(s.cfg.Token)) != 1 {
		return crossread.Errorf(crossread.EUNAUTHORIZED, "wrong bearer token")
	}
	return nil
}

// apiIngest accepts {"urls": [...]} (articles or feeds) as JSON, or JSON
// Lines articles (Content-Type application/x-ndjson or application/jsonl).
// URLs are checked against the Guard before anything is fetched.
func (s *Server) apiIngest(w http.ResponseWriter, r *http.Request) {
	if err := s.authorized(r); err != nil {
		s.apiError(w, r, err)
		return
	}
	if s.cfg.Ingest == nil {
		s.apiError(w, r, crossread.Errorf(crossread.EUNSUPPORTED, "this server cannot ingest"))
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			s.apiError(w, r, crossread.Errorf(crossread.ETOOLARGE, "request body over %d bytes", mbe.Limit))
			return
		}
		s.apiError(w, r, crossread.Errorf(crossread.EINVALID, "reading body: %v", err))
		return
	}
	req := IngestRequest{Client: s.client}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines":
		if err := validJSONL(body); err != nil {
			s.apiError(w, r, err)
			return
		}
		req.JSONL = body
	case "application/json", "":
		var in struct {
			URLs  []string `json:"urls"`
			Feeds []string `json:"feeds"`
		}
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&in); err != nil {
			s.apiError(w, r, crossread.Errorf(crossread.EINVALID, "body must be {\"urls\": [...]} or JSON Lines: %v", err))
			return
		}
		req.URLs = append(in.URLs, in.Feeds...)
		if len(req.URLs) == 0 {
			s.apiError(w, r, crossread.Errorf(crossread.EEMPTY, "no urls"))
			return
		}
		if len(req.URLs) > 500 {
			s.apiError(w, r, crossread.Errorf(crossread.ETOOLARGE, "at most 500 urls per request"))
			return
		}
		for _, u := range req.URLs {
			if err := s.guard.CheckURL(r.Context(), u, true); err != nil {
				s.apiError(w, r, err)
				return
			}
		}
	default:
		s.apiError(w, r, crossread.Errorf(crossread.EUNSUPPORTED, "content type %q: send application/json or application/x-ndjson", ct))
		return
	}
	res, err := s.runIngest(r.Context(), req)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	if res.Errors == nil {
		res.Errors = []crossread.ReadError{}
	}
	writeJSON(w, http.StatusOK, res)
}

// runIngest serialises ingests and detaches them from the request: a
// client that hangs up, or a shutdown, must not cut a store write short.
func (s *Server) runIngest(ctx context.Context, req IngestRequest) (IngestResult, error) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Minute)
	defer cancel()
	s.ingestMu.Lock()
	defer s.ingestMu.Unlock()
	s.metrics.ingests.Add(1)
	res, err := s.cfg.Ingest(ctx, req)
	if err != nil {
		s.metrics.ingestFailures.Add(1)
		return res, err
	}
	s.metrics.ingested.Add(uint64(res.Articles))
	s.events.poke()
	return res, nil
}

// validJSONL checks that every non-blank line is a JSON object.
func validJSONL(b []byte) error {
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64<<10), len(b)+1)
	n, lines := 0, 0
	for sc.Scan() {
		lines++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(line, &obj); err != nil {
			return crossread.Errorf(crossread.EINVALID, "line %d: not a JSON object: %v", lines, err)
		}
		n++
	}
	if err := sc.Err(); err != nil {
		return crossread.Errorf(crossread.EINVALID, "reading JSON Lines: %v", err)
	}
	if n == 0 {
		return crossread.Errorf(crossread.EEMPTY, "no articles in the body")
	}
	return nil
}
