package http

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"

	"crossread"
	"crossread/sqlite"
)

// hub turns the store's change sequence into events. It polls the database
// rather than listening in-process, so stories written by another process
// (a separate `crossread watch` or `ingest`) reach the browsers too. It polls
// only while someone listens.
type hub struct {
	db       *sqlite.DB
	interval time.Duration
	log      *slog.Logger

	mu     sync.Mutex
	subs   map[chan event]struct{}
	last   int64
	closed bool
	kick   chan struct{}
	done   chan struct{}
}

type event struct {
	Seq int64
	crossread.Event
}

func newHub(db *sqlite.DB, interval time.Duration, log *slog.Logger) *hub {
	h := &hub{db: db, interval: interval, log: log, subs: map[chan event]struct{}{}, kick: make(chan struct{}, 1), done: make(chan struct{})}
	go h.loop()
	return h
}

func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.closed {
		h.closed = true
		close(h.done)
		for ch := range h.subs {
			close(ch)
			delete(h.subs, ch)
		}
	}
}

// subscribe returns a channel of events after seq (after now when seq < 0).
func (h *hub) subscribe(ctx context.Context, after int64) (chan event, func(), error) {
	ch := make(chan event, 64)
	if after >= 0 {
		// Replay what the client missed before joining the live stream.
		changes, _, err := h.db.Changes(ctx, after, 500)
		if err != nil {
			return nil, nil, err
		}
		for _, c := range changes {
			select {
			case ch <- toEvent(c):
			default:
			}
		}
	}
	h.mu.Lock()
	if h.closed {
		h.mu.Unlock()
		close(ch)
		return ch, func() {}, nil
	}
	if len(h.subs) == 0 {
		seq, err := h.db.LastSeq(ctx)
		if err != nil {
			h.mu.Unlock()
			return nil, nil, err
		}
		if after >= 0 && after < seq {
			seq = max(after, seq-500)
		}
		h.last = seq
	}
	h.subs[ch] = struct{}{}
	h.mu.Unlock()
	select {
	case h.kick <- struct{}{}:
	default:
	}
	return ch, func() {
		h.mu.Lock()
		if _, ok := h.subs[ch]; ok {
			delete(h.subs, ch)
			close(ch)
		}
		h.mu.Unlock()
	}, nil
}

func toEvent(c sqlite.Change) event {
	typ := "story.updated"
	if c.Created {
		typ = "story.created"
	}
	return event{Seq: c.Seq, Event: crossread.Event{Type: typ, StoryID: c.StoryID}}
}

func (h *hub) loop() {
	t := time.NewTicker(h.interval)
	defer t.Stop()
	for {
		select {
		case <-h.done:
			return
		case <-t.C:
		case <-h.kick:
		}
		h.mu.Lock()
		n, last := len(h.subs), h.last
		h.mu.Unlock()
		if n == 0 {
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		changes, newLast, err := h.db.Changes(ctx, last, 1000)
		cancel()
		if err != nil {
			h.log.Warn("poll story changes", "err", err)
			continue
		}
		h.mu.Lock()
		if h.last == last {
			h.last = newLast
			for _, c := range changes {
				ev := toEvent(c)
				for ch := range h.subs {
					select {
					case ch <- ev:
					default: // a stalled client misses events rather than stalling everyone
					}
				}
			}
		}
		h.mu.Unlock()
	}
}

// apiEvents streams story.created / story.updated events as Server-Sent
// Events. The event id is the store's sequence number, so a reconnecting
// EventSource (Last-Event-ID) gets what it missed. ?story=ID limits the
// stream to one story.
func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		s.apiError(w, r, crossread.Errorf(crossread.EUNSUPPORTED, "streaming unsupported"))
		return
	}
	after := int64(-1)
	if v := r.Header.Get("Last-Event-ID"); v != "" {
		if n, err := strconv.ParseInt(v, 10, 64); err == nil && n >= 0 {
			after = n
		}
	}
	only := r.URL.Query().Get("story")
	ch, unsub, err := s.events.subscribe(r.Context(), after)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	defer unsub()
	s.metrics.sseClients.Add(1)
	defer s.metrics.sseClients.Add(-1)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	fmt.Fprint(w, "retry: 3000\n: connected\n\n")
	fl.Flush()
	ping := time.NewTicker(25 * time.Second)
	defer ping.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-s.ctx.Done():
			return
		case <-ping.C:
			fmt.Fprint(w, ": ping\n\n")
			fl.Flush()
		case ev, ok := <-ch:
			if !ok {
				return
			}
			if only != "" && ev.StoryID != only {
				continue
			}
			b, _ := json.Marshal(ev.Event)
			fmt.Fprintf(w, "id: %d\nevent: %s\ndata: %s\n\n", ev.Seq, ev.Type, b)
			fl.Flush()
		}
	}
}

// poke makes the hub look for changes now rather than at the next tick.
func (h *hub) poke() {
	select {
	case h.kick <- struct{}{}:
	default:
	}
}
