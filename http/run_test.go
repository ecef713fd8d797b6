package http_test

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	crhttp "crossread/http"
	"crossread/sqlite"
)

func TestRunServeStartsAndStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	var gotDB *sqlite.DB
	maker := func(db *sqlite.DB, allowPrivate bool) crhttp.IngestFunc {
		gotDB = db
		return func(context.Context, crhttp.IngestRequest) (crhttp.IngestResult, error) {
			return crhttp.IngestResult{}, nil
		}
	}
	go func() {
		done <- crhttp.RunServe(ctx, []string{"--addr", "127.0.0.1:0", "--db", filepath.Join(t.TempDir(), "s.db"), "--token", "t", "--watch", "--interval", "1h"},
			pw, io.Discard, "unused.db", maker)
		pw.Close()
	}()
	r := bufio.NewReader(pr)
	line, err := r.ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	go io.Copy(io.Discard, r)
	url := strings.TrimSpace(line[strings.LastIndex(line, " "):])
	resp, err := http.Get(url + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz: %v %v", resp, err)
	}
	resp.Body.Close()
	if gotDB == nil {
		t.Error("ingest maker not called")
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
}
