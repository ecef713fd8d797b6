package main

import (
	"bytes"
	"context"

	crhttp "crossread/http"
	"crossread/source"
	"crossread/source/fetch"
	"crossread/sqlite"
)

// ingestMaker gives the web server and the feed watcher the same ingest
// path as `crossread ingest`: read (URLs through a fetcher that refuses
// private addresses unless allowed, after DNS and on every redirect), then
// group into the stored stories and analyse what changed.
func (m *Main) ingestMaker(db *sqlite.DB, allowPrivate bool) crhttp.IngestFunc {
	fetcher := fetch.New(fetch.Options{UserAgent: "crossread/1", AllowPrivate: allowPrivate, Logger: m.Logger})
	return func(ctx context.Context, req crhttp.IngestRequest) (crhttp.IngestResult, error) {
		inputs := append([]string(nil), req.URLs...)
		if len(req.JSONL) > 0 {
			inputs = append(inputs, "-")
		}
		arts, errs := source.Load(ctx, inputs, source.Options{Stdin: bytes.NewReader(req.JSONL), Fetcher: fetcher, Logger: m.Logger})
		out := crhttp.IngestResult{Articles: len(arts), Errors: errs}
		if len(arts) == 0 {
			return out, nil
		}
		res, err := ingest(ctx, db, arts, 0)
		out.New, out.Stories = res.New, res.Stories
		return out, err
	}
}

func (m *Main) runServe(ctx context.Context, args []string) error {
	return crhttp.RunServe(ctx, args, m.Stdout, m.Stderr, defaultDB, m.ingestMaker)
}

func (m *Main) runWatch(ctx context.Context, args []string) error {
	return crhttp.RunWatch(ctx, args, m.Stdout, m.Stderr, defaultDB, m.ingestMaker)
}

func (m *Main) runSources(ctx context.Context, args []string) error {
	return crhttp.RunSources(ctx, args, m.Stdin, m.Stdout, m.Stderr, defaultDB)
}
