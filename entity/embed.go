package entity

import (
	"bytes"
	"embed"
	"log/slog"
	"sync"
)

//go:embed model
var modelFS embed.FS

// modelPath is the shipped model inside modelFS.
const modelPath = "model/ner.bin.gz"

var defaultModel = sync.OnceValues(func() (*Model, error) {
	raw, err := modelFS.ReadFile(modelPath)
	if err != nil {
		return nil, err
	}
	return ReadModel(bytes.NewReader(raw))
})

var warnNoModel sync.Once

// DefaultModel returns the shipped model, loaded on first use.
func DefaultModel() (*Model, error) { return defaultModel() }

func loadedModel() *Model {
	m, err := defaultModel()
	if err != nil {
		warnNoModel.Do(func() { slog.Warn("no NER model: entities are not recognised", "err", err) })
		return nil
	}
	return m
}
