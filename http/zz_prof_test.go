package http

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"testing"

	"crossread"
	"crossread/sqlite"
)

func BenchmarkZZStoryPage(b *testing.B) {
	path := os.Getenv("EXPLAIN_DB")
	if path == "" {
		b.Skip()
	}
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	s, _ := NewServer(Config{DB: db})
	h := s.Handler()
	var stories []*crossread.Story
	for i := 1; i <= 20000; i += 7 {
		stories = append(stories, &crossread.Story{ID: fmt.Sprintf("g%07d", i)})
	}
	for _, p := range []string{"/stories/%s", "/api/v1/stories/%s"} {
		b.Run(p, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				req := httptest.NewRequest("GET", fmt.Sprintf(p, stories[i%len(stories)].ID), nil)
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != 200 {
					b.Fatal(rec.Code)
				}
			}
		})
	}
}
