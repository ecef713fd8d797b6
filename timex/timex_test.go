package timex

import (
	"testing"
	"time"

	"crossread"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

type want struct {
	text, value, prec string
}

func check(t *testing.T, ref time.Time, sentence string, w want) {
	t.Helper()
	got := Extract("a", sentence, ref)
	for _, e := range got {
		if e.Text != w.text {
			continue
		}
		if e.Value != w.value || (w.prec != "" && e.Precision != w.prec) {
			t.Errorf("%q: %q = %s (%s), want %s (%s)", sentence, e.Text, e.Value, e.Precision, w.value, w.prec)
		}
		if sentence[e.Span.Start:e.Span.End] != e.Text || e.ArticleID != "a" {
			t.Errorf("%q: bad span %+v", sentence, e)
		}
		return
	}
	t.Errorf("%q: no expression %q in %+v", sentence, w.text, got)
}

func TestForms(t *testing.T) {
	ref := date(2025, 11, 6) // a Thursday
	cases := []struct {
		s string
		w want
	}{
		{"The report was published on 2025-11-03.", want{"2025-11-03", "2025-11-03", crossread.PrecisionDay}},
		{"Talks opened on November 3 in Baku.", want{"November 3", "2025-11-03", crossread.PrecisionDay}},
		{"The accord was signed Nov. 6, 2025, in Washington.", want{"Nov. 6, 2025", "2025-11-06", crossread.PrecisionDay}},
		{"It was signed on 6 Nov 2025.", want{"6 Nov 2025", "2025-11-06", crossread.PrecisionDay}},
		{"The summit ended on Tuesday, officials said.", want{"Tuesday", "2025-11-04", crossread.PrecisionDay}},
		{"Prices rose last week.", want{"last week", "2025-W44", PrecisionWeek}},
		{"The vote will take place next month.", want{"next month", "2025-12", crossread.PrecisionMonth}},
		{"Elections will be held in December.", want{"December", "2025-12", crossread.PrecisionMonth}},
		{"Growth has slowed this year.", want{"this year", "2025", crossread.PrecisionYear}},
		{"The country has been independent since 1992.", want{"1992", "1992", crossread.PrecisionYear}},
		{"The pipeline was built in the 1990s.", want{"the 1990s", "199X", crossread.PrecisionDecade}},
		{"The minister resigned yesterday.", want{"yesterday", "2025-11-05", crossread.PrecisionDay}},
		{"The law passed two years ago.", want{"two years ago", "2023", crossread.PrecisionYear}},
		{"More talks are expected in the coming months.", want{"the coming months", "FUTURE_REF", PrecisionVague}},
		{"Profits fell in the third quarter.", want{"the third quarter", "2025-Q3", PrecisionQuarter}},
		{"The meeting starts at 3 p.m. on Friday, the ministry said.", want{"3 p.m. on Friday", "2025-10-31T15:00", ""}},
		{"Exports grew in March 2024.", want{"March 2024", "2024-03", crossread.PrecisionMonth}},
		{"Officials met on 11/04/2025.", want{"11/04/2025", "2025-11-04", crossread.PrecisionDay}},
	}
	for _, c := range cases {
		check(t, ref, c.s, c.w)
	}
}

func TestSinceFlag(t *testing.T) {
	for _, e := range Extract("a", "It has ruled since 1992.", date(2025, 1, 1)) {
		if e.Value == "1992" && !e.Since {
			t.Fatalf("since not set: %+v", e)
		}
	}
}

func TestWeekdays(t *testing.T) {
	ref := date(2025, 11, 6) // Thursday
	check(t, ref, "The president said on Tuesday that talks had failed.", want{"Tuesday", "2025-11-04", ""})
	check(t, ref, "The delegation will travel to Astana on Monday.", want{"Monday", "2025-11-10", ""})
	check(t, ref, "The deal was signed Thursday.", want{"Thursday", "2025-11-06", ""})
	check(t, ref, "They met last Thursday.", want{"last Thursday", "2025-10-30", ""})
	check(t, ref, "They meet again next Tuesday.", want{"next Tuesday", "2025-11-11", ""})
	check(t, ref, "Rebels attacked the town on Saturday night.", want{"Saturday night", "2025-11-01TNI", ""})
	// the second day of a pair or a range follows the first
	check(t, ref, "He is hosting the summit Thursday and Friday.", want{"Friday", "2025-11-07", ""})
	check(t, ref, "Talks ran Monday through Wednesday.", want{"Wednesday", "2025-11-05", ""})
	check(t, ref, "Talks ran Monday through Wednesday.", want{"Monday", "2025-11-03", ""})
	// unless the verb puts a pair in the past, listed in any order
	check(t, ref, "Statements made Thursday and Wednesday denied it.", want{"Wednesday", "2025-11-05", ""})
	// a day naming an event is the nearest, whatever the main verb
	mon := date(2026, 11, 23)
	check(t, mon, "The two will meet in a runoff after neither won a majority in Sunday's election.", want{"Sunday's", "2026-11-22", ""})
	check(t, date(2026, 11, 20), "Polls open for Sunday's election at 7 a.m.", want{"Sunday's", "2026-11-22", ""})
	// a timetable told in the present is ahead
	check(t, date(2026, 9, 9), "Pre-orders open on Friday and the phones go on sale later.", want{"Friday", "2026-09-11", ""})
	// an irregular past verb further back in the clause
	check(t, mon, "She won the first round of the country's presidential election on Sunday with 41% and will face him in December.", want{"Sunday", "2026-11-22", ""})
	// a present passive, a span's end, a forecast's day and a day things
	// were moved to are ahead
	sun := date(2027, 3, 7) // Sunday
	check(t, sun, "Dunmore County Schools announced that classes are canceled Monday.", want{"Monday", "2027-03-08", ""})
	check(t, sun, "Fees are waived for travel through Friday.", want{"Friday", "2027-03-12", ""})
	check(t, sun, "A cold front expected Thursday could bring rain.", want{"Thursday", "2027-03-11", ""})
	check(t, sun, "Its next departure has been pushed back to Thursday.", want{"Thursday", "2027-03-11", ""})
	check(t, sun, "The road remained closed until Friday.", want{"Friday", "2027-03-05", ""})
	// what was due to happen is ahead of the report; what had been due
	// is not
	check(t, sun, "The minister was due to visit the area on Monday.", want{"Monday", "2027-03-08", ""})
	check(t, sun, "The offer had been due to expire Friday.", want{"Friday", "2027-03-05", ""})
	// "the will of the people" is a noun, no future
	check(t, mon, `He admitted defeat late on Sunday, telling supporters he would "respect the will of the people".`, want{"Sunday", "2026-11-22", ""})
}

func TestYearBoundary(t *testing.T) {
	jan := date(2026, 1, 2) // a Friday
	check(t, jan, "Inflation peaked last month.", want{"last month", "2025-12", ""})
	check(t, jan, "The treaty was signed in December.", want{"December", "2025-12", ""})
	check(t, jan, "The ministry said on Tuesday it had agreed.", want{"Tuesday", "2025-12-30", ""})
	check(t, jan, "The talks began Dec. 30 in Geneva.", want{"Dec. 30", "2025-12-30", ""})
	check(t, jan, "Shipments fell sharply last year.", want{"last year", "2025", ""})
	check(t, jan, "Prices rose last week.", want{"last week", "2025-W52", ""})
	dec := date(2025, 12, 30) // a Tuesday
	check(t, dec, "The leaders will meet on Friday.", want{"Friday", "2026-01-02", ""})
	check(t, dec, "New tariffs take effect in January.", want{"January", "2026-01", ""})
	check(t, dec, "The plant opens on Jan. 15.", want{"Jan. 15", "2026-01-15", ""})
	check(t, dec, "A referendum is planned for next year.", want{"next year", "2026", ""})
	check(t, dec, "Wages will rise next month.", want{"next month", "2026-01", ""})
	jan2 := date(2026, 1, 2)
	check(t, jan2, "Elections will be held in December.", want{"December", "2026-12", ""})
	check(t, jan2, "Revenue will recover in Q3 2026.", want{"Q3 2026", "2026-Q3", ""})
}

func TestNoRefLeavesRelativeUnvalued(t *testing.T) {
	for _, e := range Extract("a", "The vote was yesterday, and in 2024 before that.", time.Time{}) {
		switch e.Text {
		case "yesterday":
			if e.Value != "" {
				t.Errorf("relative value without ref: %+v", e)
			}
		case "2024":
			if e.Value != "2024" {
				t.Errorf("absolute year lost: %+v", e)
			}
		}
	}
}

func TestNotDates(t *testing.T) {
	for _, s := range []string{"He may go.", "They march on.", "It costs $2000.", "About 1500 people came.", "The score was 12%."} {
		for _, e := range Extract("a", s, date(2025, 11, 6)) {
			t.Errorf("%q: unexpected %+v", s, e)
		}
	}
}

func doc(id, pub, text string) *crossread.Doc {
	ts, _ := crossread.ParseTimestamp(pub)
	a := &crossread.Article{ID: id, Published: ts, Text: text}
	return &crossread.Doc{Article: a, Times: Extract(id, text, ts.Time)}
}

func TestTimelineGroupsSameEventAcrossArticles(t *testing.T) {
	docs := []*crossread.Doc{
		doc("a", "2025-11-06", "The water agreement was signed on Tuesday in Tashkent by five presidents. The next summit will be held in March 2026."),
		doc("b", "2025-11-07", "Five presidents signed the water agreement in Tashkent on Nov. 4. Separately, oil prices fell."),
		doc("c", "2025-11-07", "Oil prices fell on Nov. 4 after the OPEC meeting."),
	}
	tl := Timeline(docs)
	var signed, oil, summit *crossread.TimelineEntry
	for i := range tl {
		e := &tl[i]
		switch {
		case e.Date == "2025-11-04" && len(e.ArticleIDs) == 2:
			signed = e
		case e.Date == "2025-11-04":
			oil = e
		case e.Date == "2026-03":
			summit = e
		}
	}
	if signed == nil || signed.ArticleIDs[0] != "a" || signed.ArticleIDs[1] != "b" {
		t.Fatalf("signing not grouped across a and b: %+v", tl)
	}
	if oil == nil || oil.ArticleIDs[0] != "c" {
		t.Fatalf("unrelated event on the same day merged: %+v", tl)
	}
	if summit == nil || !summit.Future {
		t.Fatalf("future summit missing or not marked: %+v", tl)
	}
	for i := 1; i < len(tl); i++ {
		if tl[i].Date < tl[i-1].Date && len(tl[i].Date) == len(tl[i-1].Date) {
			t.Fatalf("not sorted: %+v", tl)
		}
	}
	for _, e := range tl {
		if e.Precision != crossread.PrecisionDay && e.Precision != crossread.PrecisionMonth && e.Precision != crossread.PrecisionYear {
			t.Fatalf("non-calendar entry %+v", e)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"Nov. 6, 2025", "on Tuesday", "last week", "the 1990s", "3 p.m. Friday", "since 1992", "the end of the year", "nineteen ninety-six", "'90s", "2025-11-06", "1/2/"} {
		f.Add(s)
	}
	ref := date(2025, 11, 6)
	f.Fuzz(func(t *testing.T, text string) {
		for _, e := range Extract("x", text, ref) {
			if !e.Valid(len(text)) || e.Span.Start >= e.Span.End || text[e.Span.Start:e.Span.End] != e.Text {
				t.Fatalf("bad span %+v in %q", e, text)
			}
			Baseline(text, e.Span.Start, e.Span.End) // must not panic on any text

		}
	})
}

func TestTimelineReadsUndatedArticlesAgainstTheStoryDate(t *testing.T) {
	undated := &crossread.Doc{Article: &crossread.Article{ID: "u", Text: "The accord was signed on Tuesday in Washington by both presidents."}}
	undated.Times = Extract("u", undated.Article.Text, time.Time{})
	docs := []*crossread.Doc{doc("d", "2025-11-06", "Both presidents signed the accord in Washington on Nov. 4."), undated}
	tl := Timeline(docs)
	if len(tl) != 1 || tl[0].Date != "2025-11-04" || len(tl[0].ArticleIDs) != 2 {
		t.Fatalf("undated article not dated by the story: %+v", tl)
	}
}

// A day naming an event is its nearest, whatever the tense of the verb;
// an attribution after a comma says nothing of when the event is.
func TestDayNamingAnEventIsTheNearest(t *testing.T) {
	ref := time.Date(2026, 6, 2, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, want string }{
		{"Critics had said the law could stop many people from voting in the October 4 election.", "2026-10-04"},
		{"Lawmakers were told the bill had to pass before the July 1 deadline.", "2026-07-01"},
		{"Voters had gone to the polls on October 4.", "2025-10-04"},
		// the attribution's tense is the report's, not the forecast's
		{"Temperatures are expected to reach 38C in the south on Thursday, forecasters said.", "2026-06-04"},
		{"In September, it announced plans to expand.", "2025-09"},
		// a reported future: "said he would"
		{"The president said he would travel to the region on Monday.", "2026-06-08"},
	} {
		ts := Extract("a", c.text, ref)
		if len(ts) == 0 || ts[0].Value != c.want {
			t.Errorf("%q: %+v, want %s", c.text, ts, c.want)
		}
	}
}

// "Tonight …," she told supporters: a day told from when the speaker
// spoke dates no timeline entry; a date written out in a quotation does.
func TestTimelineSkipsSpeakersDaysInQuotations(t *testing.T) {
	tl := Timeline([]*crossread.Doc{doc("d", "2026-11-23",
		`"Tonight the country chose hope over fear," Ferreira told supporters. "We will govern from January 5, 2027," she added.`)})
	if len(tl) != 1 || tl[0].Date != "2027-01-05" {
		t.Errorf("timeline %+v, want only the written date", tl)
	}
}
