// Package http serves crossread over HTTP: server-rendered pages, a JSON API
// under /api/v1/, Server-Sent Events, /healthz and /metrics. It also holds
// the feed watcher and the guarded HTTP client used for fetches a user asks
// for, because both are about talking HTTP safely.
//
// All article content is untrusted. It reaches the browser only through
// html/template's contextual escaping, or, for the story page's body (the
// page under load), through htmlw, an escaping writer that takes markup only
// as constants; the pages carry a Content-Security-Policy that allows
// scripts from /static only, so even a template mistake cannot run an
// inline script.
package http

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"time"

	"crossread"
	"crossread/sqlite"
)

// IngestRequest is what POST /api/v1/ingest and the watcher hand to the
// ingest function.
type IngestRequest struct {
	// URLs of articles or feeds. Those from the API have passed the Guard's
	// check; fetch them only through Client so redirects are checked too.
	URLs []string
	// JSONL is a JSON Lines body (one article per line, the format of
	// docs/story-json.md), to be read as if it came on stdin.
	JSONL []byte
	// Client is the guarded HTTP client to fetch URLs with.
	Client *http.Client
}

// IngestResult is what an ingest did.
type IngestResult struct {
	Articles int                   `json:"articles"` // articles read
	New      int                   `json:"new"`      // articles not stored before
	Stories  int                   `json:"stories"`  // stories written
	Errors   []crossread.ReadError `json:"errors"`
}

// IngestFunc reads, analyses and stores what req names. It must be safe to
// call from several goroutines (the server serialises calls anyway).
type IngestFunc func(ctx context.Context, req IngestRequest) (IngestResult, error)

// Config configures a Server.
type Config struct {
	Addr         string // listen address; "127.0.0.1:8080" when empty, ":0" picks a port
	DB           *sqlite.DB
	Token        string // bearer token for POST /api/v1/ingest; ingest is refused when empty
	AllowPrivate bool   // let ingest fetch loopback/private/link-local addresses
	Logger       *slog.Logger
	Ingest       IngestFunc // nil: ingest answers 501-like "unsupported"

	MaxBodyBytes int64         // POST body limit; 16 MiB when 0
	PollInterval time.Duration // how often SSE looks for story changes; 1 s when 0
	Title        string        // site title; "crossread" when empty
	// CacheBytes bounds the cache of rendered GET responses (revalidated
	// against the store on every request); 64 MiB when 0, off when < 0.
	CacheBytes int64
}

// Server is the crossread web server.
type Server struct {
	cfg     Config
	db      *sqlite.DB
	log     *slog.Logger
	guard   Guard
	client  *http.Client
	ln      net.Listener
	srv     *http.Server
	handler http.Handler
	metrics *metrics
	events  *hub
	pages   *pages
	cache   *respCache

	outletsMu sync.Mutex
	outlets   []sqlite.Outlet
	outletsAt time.Time

	// busy admits a few requests at a time: with fifty clients, letting all
	// of them share the CPU makes every response slow; queueing them makes
	// most fast, which is what the tail latency measures.
	busy chan struct{}

	ingestMu sync.Mutex // one ingest at a time: analysis is CPU-bound
	wg       sync.WaitGroup
	stop     context.CancelFunc
	ctx      context.Context
}

// NewServer builds a server; Open starts it.
func NewServer(cfg Config) (*Server, error) {
	if cfg.DB == nil {
		return nil, crossread.Errorf(crossread.EINVALID, "server needs a database")
	}
	if cfg.Addr == "" {
		cfg.Addr = "127.0.0.1:8080"
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = 16 << 20
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.Title == "" {
		cfg.Title = "crossread"
	}
	s := &Server{cfg: cfg, db: cfg.DB, log: cfg.Logger, guard: Guard{AllowPrivate: cfg.AllowPrivate}, metrics: newMetrics()}
	s.client = s.guard.Client(60 * time.Second)
	if cfg.CacheBytes == 0 {
		cfg.CacheBytes = 64 << 20
	}
	s.cache = newRespCache(cfg.CacheBytes)
	s.busy = make(chan struct{}, max(2, 2*runtime.GOMAXPROCS(0)))
	s.ctx, s.stop = context.WithCancel(context.Background())
	s.events = newHub(s.db, cfg.PollInterval, s.log)
	p, err := newPages(cfg.Title)
	if err != nil {
		return nil, err
	}
	s.pages = p
	s.handler = s.routes()
	return s, nil
}

// Handler returns the server's handler (for httptest or embedding).
func (s *Server) Handler() http.Handler { return s.handler }

// Open listens on the configured address and serves in the background.
func (s *Server) Open() error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return &crossread.Error{Code: crossread.EUNAVAILABLE, Op: "listen " + s.cfg.Addr, Err: err}
	}
	s.ln = ln
	s.srv = &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("serve", "err", err)
		}
	}()
	s.log.Info("serving", "url", s.URL())
	return nil
}

// URL returns the base URL the server listens on.
func (s *Server) URL() string {
	if s.ln == nil {
		return ""
	}
	addr := s.ln.Addr().(*net.TCPAddr)
	host := addr.IP.String()
	if addr.IP.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, fmt.Sprint(addr.Port))
}

// Close shuts down gracefully: it stops accepting, ends event streams, and
// waits (up to 30 s) for in-flight requests, an ingest included, to finish,
// so no accepted article is lost.
func (s *Server) Close() error {
	return s.Shutdown(context.Background())
}

// Shutdown is Close with a caller's deadline.
func (s *Server) Shutdown(ctx context.Context) error {
	s.stop() // ends SSE streams, which would otherwise hold Shutdown open; other requests finish
	s.events.close()
	var err error
	if s.srv != nil {
		ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		err = s.srv.Shutdown(ctx)
	}
	s.ingestMu.Lock() // an ingest detached from its request still finishes
	s.ingestMu.Unlock()
	s.wg.Wait()
	return err
}

// statusOf maps error kinds to HTTP statuses: the one table.
var statusOf = map[string]int{
	crossread.EINVALID:      http.StatusBadRequest,
	crossread.ENOTFOUND:     http.StatusNotFound,
	crossread.EUNSUPPORTED:  http.StatusUnsupportedMediaType,
	crossread.ETOOLARGE:     http.StatusRequestEntityTooLarge,
	crossread.EEMPTY:        http.StatusUnprocessableEntity,
	crossread.EUNAUTHORIZED: http.StatusUnauthorized,
	crossread.EFORBIDDEN:    http.StatusForbidden,
	crossread.ECONFLICT:     http.StatusConflict,
	crossread.EUNAVAILABLE:  http.StatusServiceUnavailable,
	crossread.EINTERNAL:     http.StatusInternalServerError,
}

// ErrorStatus returns the HTTP status for err's kind.
func ErrorStatus(err error) int {
	if st, ok := statusOf[crossread.ErrorCode(err)]; ok {
		return st
	}
	return http.StatusInternalServerError
}

// publicError returns the code and message shown to a client: internal
// errors are logged with an id and shown only as that id.
func (s *Server) publicError(r *http.Request, err error) (code, msg string) {
	code = crossread.ErrorCode(err)
	if code == crossread.EINTERNAL || code == "" {
		var b [4]byte
		rand.Read(b[:])
		id := hex.EncodeToString(b[:])
		s.log.Error("internal error", "error_id", id, "method", r.Method, "path", r.URL.Path, "err", err)
		return crossread.EINTERNAL, "internal error (id " + id + ")"
	}
	return code, crossread.ErrorMessage(err)
}

type apiError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (s *Server) apiError(w http.ResponseWriter, r *http.Request, err error) {
	code, msg := s.publicError(r, err)
	if code == crossread.EUNAUTHORIZED {
		w.Header().Set("WWW-Authenticate", `Bearer realm="crossread"`)
	}
	writeJSON(w, ErrorStatus(err), map[string]apiError{"error": {Code: code, Message: msg}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true) // keeps JSON inert if a browser sniffs it as HTML
	enc.Encode(v)
}

// contentSecurityPolicy forbids inline scripts and styles, plugins,
// framing and foreign origins: scripts come from /static only.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.cached(s.pageStories))
	mux.HandleFunc("GET /stories/{id}", s.cached(s.pageStory))
	mux.HandleFunc("GET /articles/{id}", s.cached(s.pageArticle))
	mux.HandleFunc("GET /entities/{name}", s.cached(s.pageEntity))
	mux.HandleFunc("GET /sources", s.cached(s.pageSources))
	mux.Handle("GET /static/", staticHandler())
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.HandleFunc("GET /metrics", s.serveMetrics)

	mux.HandleFunc("GET /api/v1/stories", s.cached(s.apiStories))
	mux.HandleFunc("GET /api/v1/stories/{id}", s.cached(s.apiStory))
	mux.HandleFunc("GET /api/v1/articles", s.cached(s.apiArticles))
	mux.HandleFunc("GET /api/v1/articles/{id}", s.cached(s.apiArticle))
	mux.HandleFunc("GET /api/v1/entities/{name}", s.cached(s.apiEntity))
	mux.HandleFunc("GET /api/v1/search", s.cached(s.apiSearch))
	mux.HandleFunc("GET /api/v1/sources", s.cached(s.apiSources))
	mux.HandleFunc("POST /api/v1/ingest", s.apiIngest)
	mux.HandleFunc("GET /api/v1/events", s.apiEvents)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.apiError(w, r, crossread.Errorf(crossread.ENOTFOUND, "no such endpoint: %s %s", r.Method, r.URL.Path))
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.pageError(w, r, crossread.Errorf(crossread.ENOTFOUND, "page not found"))
	})
	return s.middleware(mux)
}

// statusWriter records the status for logs and metrics; it passes Flush
// through for SSE.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (s *Server) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes)
		}
		sw := &statusWriter{ResponseWriter: w}
		if admitted(r) {
			select {
			case s.busy <- struct{}{}:
				defer func() { <-s.busy }()
			case <-r.Context().Done():
				return
			}
		}
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic", "path", r.URL.Path, "panic", v)
				if sw.status == 0 {
					s.apiError(sw, r, fmt.Errorf("panic: %v", v))
				}
			}
			route := r.Pattern
			if route == "" {
				route = "other"
			}
			if sw.status == 0 {
				sw.status = http.StatusOK
			}
			d := time.Since(start)
			s.metrics.observe(route, sw.status, d)
			if !strings.HasPrefix(r.URL.Path, "/static/") && route != "GET /api/v1/events" {
				s.log.Debug("request", "method", r.Method, "path", r.URL.Path, "status", sw.status, "dur", d)
			}
		}()
		next.ServeHTTP(sw, r)
	})
}

// admitted reports whether r waits its turn for the CPU: streams, ingests
// (long, and serialised anyway), health and metrics do not.
func admitted(r *http.Request) bool {
	switch r.URL.Path {
	case "/api/v1/events", "/api/v1/ingest", "/healthz", "/metrics":
		return false
	}
	return !strings.HasPrefix(r.URL.Path, "/static/")
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if _, err := s.db.LastSeq(ctx); err != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// outletChoices is the outlet list for the stories filter. Counting every
// article per outlet is the costliest query in the store and the list only
// fills a drop-down, so it may be a minute old.
func (s *Server) outletChoices(ctx context.Context) ([]sqlite.Outlet, error) {
	s.outletsMu.Lock()
	defer s.outletsMu.Unlock()
	if s.outlets != nil && time.Since(s.outletsAt) < time.Minute {
		return s.outlets, nil
	}
	o, err := s.db.Outlets(ctx)
	if err != nil {
		return nil, err
	}
	if o == nil {
		o = []sqlite.Outlet{}
	}
	s.outlets, s.outletsAt = o, time.Now()
	return o, nil
}
