package timex

import (
	"strings"
	"testing"
	"time"

	"crossread"
)

// A wire dateline's date is the day the story was filed: no event of the
// timeline, and not part of the sentence it lists.
func TestTimelineLeavesOutTheDateline(t *testing.T) {
	text := "LISBON, March 14 (Wire) - Rescuers searched on Saturday for three people still missing after the floods."
	ref := time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)
	a := &crossread.Article{ID: "a", Text: text, Published: crossread.Timestamp{Time: ref}}
	d := &crossread.Doc{Article: a, Times: Extract("a", text, ref)}
	entries := Timeline([]*crossread.Doc{d})
	if len(entries) != 1 || !strings.HasPrefix(entries[0].Text, "Rescuers searched") || entries[0].Date != "2026-03-14" {
		t.Fatalf("timeline = %+v, want the sentence without its dateline under Saturday", entries)
	}
	if sp := entries[0].Spans[0]; text[sp.Start:sp.End] != entries[0].Text {
		t.Errorf("span %v reads %q", sp, text[sp.Start:sp.End])
	}
}
