package http

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"crossread"
	"crossread/sqlite"
)

// sparkline is an inline SVG of articles per day. Only numbers go into its
// attributes; the template escapes them anyway.
type sparkline struct {
	W, H   int
	Points string // polyline points
	Area   string // polygon points, the filled area under the line
	Title  string
	Empty  bool
	Bar    *sparkBar // a story covered on a single day
}

type sparkBar struct{ X, Y, Width, Height, Y2 float64 }

func newSparkline(days []sqlite.DayCount, w, h int) sparkline {
	sp := sparkline{W: w, H: h, Empty: true}
	var series []int
	var first, last time.Time
	for _, d := range days {
		t, err := time.Parse("2006-01-02", d.Day)
		if err != nil {
			continue
		}
		if first.IsZero() {
			first = t
		}
		last = t
	}
	if first.IsZero() {
		return sp
	}
	span := int(last.Sub(first).Hours()/24) + 1
	step := 1 // days per bucket, so a long story still fits
	for span/step > 60 {
		step *= 2
	}
	series = make([]int, (span-1)/step+1)
	total := 0
	for _, d := range days {
		t, err := time.Parse("2006-01-02", d.Day)
		if err != nil {
			continue
		}
		series[int(t.Sub(first).Hours()/24)/step] += d.Count
		total += d.Count
	}
	if len(series) == 1 {
		// One day of coverage is a bar, not a line from nothing to a peak
		// and back (which reads as a three-day rise and fall).
		bw := float64(min(8, w/4))
		sp.Bar = &sparkBar{X: (float64(w) - bw) / 2, Y: 2, Width: bw, Height: float64(h) - 4, Y2: float64(h) - 2}
		sp.Title = plural(total, "article", "articles") + ", all on " + first.Format("2 Jan 2006")
		sp.Empty = false
		return sp
	}
	peak := 1
	for _, v := range series {
		peak = max(peak, v)
	}
	pad := 2.0
	var pts []string
	for i, v := range series {
		x := pad + float64(i)*(float64(w)-2*pad)/float64(len(series)-1)
		y := float64(h) - pad - float64(v)*(float64(h)-2*pad)/float64(peak)
		pts = append(pts, fmt.Sprintf("%.1f,%.1f", x, y))
	}
	sp.Points = strings.Join(pts, " ")
	sp.Area = fmt.Sprintf("%.1f,%.1f %s %.1f,%.1f", pad, float64(h)-pad, sp.Points, float64(w)-pad, float64(h)-pad)
	sp.Title = fmt.Sprintf("%d articles, %s to %s", total, first.Format("2 Jan 2006"), last.Format("2 Jan 2006"))
	sp.Empty = false
	return sp
}

// timelineChart places a story's dated events on a horizontal axis.
type timelineChart struct {
	W, H    int
	Dots    []timelineDot
	Entries []timelineItem
	From    string
	To      string
}

type timelineDot struct {
	X, Y   float64
	Label  string
	Anchor string
	Future bool
}

type timelineItem struct {
	Anchor    string
	Date      string
	Precision string
	Text      string
	Future    bool
	Cites     []cite
}

func timelineDate(e crossread.TimelineEntry) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(e.Date) >= len(layout) {
			if t, err := time.Parse(layout, e.Date[:len(layout)]); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

func newTimelineChart(entries []crossread.TimelineEntry, cites func(crossread.TimelineEntry) []cite) timelineChart {
	c := timelineChart{W: 640, H: 70}
	type dated struct {
		e crossread.TimelineEntry
		t time.Time
	}
	var ds []dated
	for _, e := range entries {
		t, ok := timelineDate(e)
		if ok {
			ds = append(ds, dated{e, t})
		}
	}
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].t.Before(ds[j].t) })
	for i, d := range ds {
		c.Entries = append(c.Entries, timelineItem{Anchor: fmt.Sprintf("tl-%d", i+1), Date: d.e.Date, Precision: d.e.Precision,
			Text: d.e.Text, Future: d.e.Future, Cites: cites(d.e)})
	}
	for _, e := range entries { // undated entries keep their place in the list
		if _, ok := timelineDate(e); !ok {
			c.Entries = append(c.Entries, timelineItem{Anchor: fmt.Sprintf("tl-%d", len(c.Entries)+1), Date: e.Date,
				Precision: e.Precision, Text: e.Text, Future: e.Future, Cites: cites(e)})
		}
	}
	if len(ds) == 0 {
		return c
	}
	lo, hi := ds[0].t, ds[len(ds)-1].t
	c.From, c.To = ds[0].e.Date, ds[len(ds)-1].e.Date
	spanSec := hi.Sub(lo).Seconds()
	margin := 16.0
	lastX, row := -100.0, 0
	for i, d := range ds {
		x := float64(c.W) / 2
		if spanSec > 0 {
			x = margin + (d.t.Sub(lo).Seconds()/spanSec)*(float64(c.W)-2*margin)
		}
		// Dots closer than their size stack upward instead of overlapping.
		if x-lastX < 10 {
			row++
		} else {
			row = 0
		}
		lastX = x
		c.Dots = append(c.Dots, timelineDot{X: x, Y: 40 - float64(min(row, 3))*9, Label: d.e.Date + ": " + truncate(d.e.Text, 120),
			Anchor: fmt.Sprintf("#tl-%d", i+1), Future: d.e.Future})
	}
	return c
}
