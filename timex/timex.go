// Package timex finds date and time expressions and normalises them against
// a reference date, and groups dated sentences into a story timeline.
package timex

import (
	"time"

	"crossread"
)

// Extract returns the temporal expressions in text, normalised against ref
// (the publication date; zero when unknown).
func Extract(articleID, text string, ref time.Time) []crossread.TimeExpr { return nil }

// Timeline groups the dated sentences of a story's documents into entries.
func Timeline(docs []*crossread.Doc) []crossread.TimelineEntry { return nil }
