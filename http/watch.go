package http

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"crossread"
	"crossread/source/feed"
	"crossread/sqlite"
)

// WatchConfig configures a Watcher.
type WatchConfig struct {
	DB     *sqlite.DB
	Ingest IngestFunc // receives new entries as JSON Lines, and links to fetch

	// OPML, when set, is a file whose feeds are added to the sources list
	// at start.
	OPML string
	// Interval between polls of one healthy feed; 15 minutes when 0.
	Interval time.Duration
	// MaxBackoff caps the wait after repeated failures; 24 hours when 0.
	MaxBackoff time.Duration
	// Tick is how often due feeds are looked for; Interval/10 (at least
	// 1 s, at most 1 min) when 0.
	Tick time.Duration
	// AllowPrivate lets feeds and their links live on private addresses
	// (an operator's own feeds); refused otherwise, like API fetches.
	AllowPrivate bool
	Client       *http.Client // overrides the guarded client
	UserAgent    string
	MaxFeedBytes int64 // 10 MiB when 0
	Logger       *slog.Logger
	Now          func() time.Time
}

// Watcher polls the feeds of the sources list on a schedule, with
// conditional GET and per-feed exponential back-off, and hands new entries
// to the ingest function.
type Watcher struct {
	cfg    WatchConfig
	client *http.Client
	log    *slog.Logger
}

// PollStats is what one round of polling did.
type PollStats struct {
	Polled      int // feeds fetched
	NotModified int // 304 answers
	Failed      int
	NewEntries  int
}

// NewWatcher builds a watcher; Run starts it.
func NewWatcher(cfg WatchConfig) (*Watcher, error) {
	if cfg.DB == nil || cfg.Ingest == nil {
		return nil, crossread.Errorf(crossread.EINVALID, "watcher needs a database and an ingest function")
	}
	if cfg.Interval <= 0 {
		cfg.Interval = 15 * time.Minute
	}
	if cfg.MaxBackoff <= 0 {
		cfg.MaxBackoff = 24 * time.Hour
	}
	if cfg.Tick <= 0 {
		cfg.Tick = min(max(cfg.Interval/10, time.Second), time.Minute)
	}
	if cfg.MaxFeedBytes <= 0 {
		cfg.MaxFeedBytes = 10 << 20
	}
	if cfg.UserAgent == "" {
		cfg.UserAgent = "crossread/1 (+feed watcher)"
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	w := &Watcher{cfg: cfg, client: cfg.Client, log: cfg.Logger}
	if w.client == nil {
		w.client = Guard{AllowPrivate: cfg.AllowPrivate}.Client(60 * time.Second)
	}
	return w, nil
}

// Run imports the OPML file (if any), then polls due feeds until ctx ends.
func (w *Watcher) Run(ctx context.Context) error {
	if w.cfg.OPML != "" {
		f, err := os.Open(w.cfg.OPML)
		if err != nil {
			return &crossread.Error{Code: crossread.ENOTFOUND, Op: "open " + w.cfg.OPML, Err: err}
		}
		n, err := ImportOPML(ctx, w.cfg.DB, f)
		f.Close()
		if err != nil {
			return err
		}
		w.log.Info("imported feeds", "path", w.cfg.OPML, "feeds", n)
	}
	t := time.NewTicker(w.cfg.Tick)
	defer t.Stop()
	for {
		st, err := w.PollDue(ctx)
		if err != nil && ctx.Err() == nil {
			w.log.Warn("poll", "err", err)
		} else if st.Polled > 0 {
			w.log.Info("polled feeds", "feeds", st.Polled, "not_modified", st.NotModified, "failed", st.Failed, "new_entries", st.NewEntries)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// PollDue polls every feed whose next fetch time has come.
func (w *Watcher) PollDue(ctx context.Context) (PollStats, error) {
	var st PollStats
	feeds, err := w.cfg.DB.Feeds(ctx)
	if err != nil {
		return st, err
	}
	now := w.cfg.Now()
	for _, f := range feeds {
		if ctx.Err() != nil {
			return st, ctx.Err()
		}
		if !f.NextFetch.IsZero() && f.NextFetch.After(now) {
			continue
		}
		n, notMod, err := w.PollFeed(ctx, f)
		st.Polled++
		st.NewEntries += n
		if notMod {
			st.NotModified++
		}
		if err != nil {
			st.Failed++
			w.log.Warn("feed failed", "url", f.URL, "err", err, "errors_in_a_row", f.ErrorCount)
		}
	}
	return st, nil
}

// PollFeed fetches one feed (conditionally), ingests its new entries and
// records the outcome on the feed. It returns how many entries were new and
// whether the server answered 304.
func (w *Watcher) PollFeed(ctx context.Context, f *sqlite.Feed) (int, bool, error) {
	now := w.cfg.Now()
	f.LastFetch = now
	n, notMod, retryAfter, err := w.fetchAndIngest(ctx, f)
	if err != nil {
		f.ErrorCount++
		f.LastError, f.LastErrorCode = crossread.ErrorMessage(err), crossread.ErrorCode(err)
		wait := w.cfg.Interval
		for i := 1; i < f.ErrorCount && wait < w.cfg.MaxBackoff; i++ {
			wait *= 2
		}
		wait = max(min(wait, w.cfg.MaxBackoff), retryAfter)
		f.NextFetch = now.Add(wait)
	} else {
		f.ErrorCount, f.LastError, f.LastErrorCode = 0, "", ""
		f.LastSuccess = now
		f.NextFetch = now.Add(max(w.cfg.Interval, retryAfter))
	}
	if uerr := w.cfg.DB.UpdateFeedState(context.WithoutCancel(ctx), f); uerr != nil {
		return n, notMod, errors.Join(err, uerr)
	}
	return n, notMod, err
}

func (w *Watcher) fetchAndIngest(ctx context.Context, f *sqlite.Feed) (n int, notModified bool, retryAfter time.Duration, err error) {
	op := "fetch " + f.URL
	req, err := http.NewRequestWithContext(ctx, "GET", f.URL, nil)
	if err != nil {
		return 0, false, 0, &crossread.Error{Code: crossread.EINVALID, Op: op, Err: err}
	}
	req.Header.Set("User-Agent", w.cfg.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5")
	if f.ETag != "" {
		req.Header.Set("If-None-Match", f.ETag)
	}
	if f.LastModified != "" {
		req.Header.Set("If-Modified-Since", f.LastModified)
	}
	resp, err := w.client.Do(req)
	if err != nil {
		return 0, false, 0, ClassifyFetchError(op, err)
	}
	defer resp.Body.Close()
	retryAfter = parseRetryAfter(resp.Header.Get("Retry-After"), w.cfg.Now())
	switch {
	case resp.StatusCode == http.StatusNotModified:
		return 0, true, retryAfter, nil
	case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone:
		return 0, false, retryAfter, &crossread.Error{Code: crossread.ENOTFOUND, Op: op, Message: resp.Status}
	case resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == http.StatusForbidden:
		return 0, false, retryAfter, &crossread.Error{Code: crossread.EFORBIDDEN, Op: op, Message: resp.Status}
	case resp.StatusCode >= 400:
		return 0, false, retryAfter, &crossread.Error{Code: crossread.EUNAVAILABLE, Op: op, Message: resp.Status}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, w.cfg.MaxFeedBytes+1))
	if err != nil {
		return 0, false, retryAfter, ClassifyFetchError(op, err)
	}
	if int64(len(body)) > w.cfg.MaxFeedBytes {
		return 0, false, retryAfter, &crossread.Error{Code: crossread.ETOOLARGE, Op: op, Message: fmt.Sprintf("feed over %d bytes", w.cfg.MaxFeedBytes)}
	}
	parsed, err := feed.Parse(body)
	if err != nil {
		return 0, false, retryAfter, &crossread.Error{Code: crossread.EINVALID, Op: op, Err: err}
	}
	if f.Title == "" {
		f.Title = parsed.Title
	}
	keys := make([]string, 0, len(parsed.Entries))
	byKey := map[string]feed.Entry{}
	for _, e := range parsed.Entries {
		k := firstNonEmpty(e.ID, e.Link, e.Title)
		if k == "" {
			continue
		}
		keys = append(keys, k)
		byKey[k] = e
	}
	fresh, err := w.cfg.DB.NewFeedItems(ctx, f.ID, keys)
	if err != nil {
		return 0, false, retryAfter, err
	}
	if len(fresh) > 0 {
		req := IngestRequest{Client: w.client}
		var jsonl bytes.Buffer
		enc := json.NewEncoder(&jsonl)
		for _, k := range fresh {
			e := byKey[k]
			if e.NeedsFullArticle(0) {
				if e.Link != "" {
					req.URLs = append(req.URLs, e.Link)
				}
				continue
			}
			enc.Encode(jsonlArticle{URL: e.Link, Source: firstNonEmpty(parsed.Title, f.Title), Title: e.Title,
				Published: e.Published, Authors: e.Authors, Language: parsed.Language, Text: feed.Text(e.Body())})
		}
		req.JSONL = jsonl.Bytes()
		if len(req.URLs) > 0 || len(req.JSONL) > 0 {
			if _, err := w.cfg.Ingest(ctx, req); err != nil {
				return 0, false, retryAfter, err
			}
		}
		// Entries are marked only after a successful ingest, so a failed
		// one is retried at the next poll.
		if err := w.cfg.DB.MarkFeedItems(context.WithoutCancel(ctx), f.ID, fresh); err != nil {
			return 0, false, retryAfter, err
		}
	}
	f.ETag = resp.Header.Get("ETag")
	f.LastModified = resp.Header.Get("Last-Modified")
	return len(fresh), false, retryAfter, nil
}

// jsonlArticle is one line of the JSON Lines input format.
type jsonlArticle struct {
	URL       string              `json:"url,omitempty"`
	Source    string              `json:"source,omitempty"`
	Title     string              `json:"title,omitempty"`
	Published crossread.Timestamp `json:"published"`
	Authors   []string            `json:"authors,omitempty"`
	Language  string              `json:"language,omitempty"`
	Text      string              `json:"text"`
}

func parseRetryAfter(v string, now time.Time) time.Duration {
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && n > 0 {
		return min(time.Duration(n)*time.Second, 24*time.Hour)
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return min(t.Sub(now), 24*time.Hour)
	}
	return 0
}

// ImportOPML adds every feed an OPML document lists to the sources list and
// returns how many it listed.
func ImportOPML(ctx context.Context, db *sqlite.DB, r io.Reader) (int, error) {
	b, err := io.ReadAll(io.LimitReader(r, 20<<20))
	if err != nil {
		return 0, &crossread.Error{Code: crossread.EINVALID, Op: "read OPML", Err: err}
	}
	outlines, err := feed.ParseOPML(b)
	if err != nil {
		return 0, err
	}
	for _, o := range outlines {
		if err := db.AddFeed(ctx, &sqlite.Feed{URL: o.XMLURL, Title: o.Title, SiteURL: o.HTMLURL}); err != nil {
			return 0, err
		}
	}
	return len(outlines), nil
}

// ExportOPML writes the sources list as an OPML 2.0 document.
func ExportOPML(ctx context.Context, db *sqlite.DB, w io.Writer) error {
	feeds, err := db.Feeds(ctx)
	if err != nil {
		return err
	}
	type outline struct {
		Type    string `xml:"type,attr"`
		Text    string `xml:"text,attr"`
		Title   string `xml:"title,attr,omitempty"`
		XMLURL  string `xml:"xmlUrl,attr"`
		HTMLURL string `xml:"htmlUrl,attr,omitempty"`
	}
	doc := struct {
		XMLName xml.Name `xml:"opml"`
		Version string   `xml:"version,attr"`
		Head    struct {
			Title       string `xml:"title"`
			DateCreated string `xml:"dateCreated"`
		} `xml:"head"`
		Body struct {
			Outlines []outline `xml:"outline"`
		} `xml:"body"`
	}{Version: "2.0"}
	doc.Head.Title = "crossread sources"
	doc.Head.DateCreated = time.Now().UTC().Format(time.RFC1123Z)
	for _, f := range feeds {
		doc.Body.Outlines = append(doc.Body.Outlines, outline{Type: "rss", Text: firstNonEmpty(f.Title, f.URL), Title: f.Title, XMLURL: f.URL, HTMLURL: f.SiteURL})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err = io.WriteString(w, "\n")
	return err
}
