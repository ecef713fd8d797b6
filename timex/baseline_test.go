package timex

import (
	"strings"
	"testing"

	"crossread"
)

func TestBaseline(t *testing.T) {
	cases := []struct {
		sentence, date string
		want           bool
	}{
		{"Prices rose at the fastest pace since 2008.", "2008", true},
		{"The increase is the highest since April 1982.", "April 1982", true},
		{"It is the first time since 2019 that the party lost.", "2019", true},
		{"Emissions will fall 50% from 2005 levels.", "2005", true},
		{"Turnout was higher than in 2019.", "2019", true},
		{"Sales rose 3% from the same period in 2020.", "2020", true},
		{"Output was up 4% compared with 2023.", "2023", true},
		{"It was the heaviest rain since records began in 1932.", "1932", true},
		{"Floods have hit the town since records were first kept in 1932.", "1932", false},
		{"Prices rose 4.2% from a year earlier.", "a year earlier", true},
		{"The forecast is 0.1 point lower than its July estimate.", "July", true},
		{"He has lived in Astana since 2008.", "2008", false},
		{"From March to April, prices increased.", "March", false},
		{"The deal was signed in 2019 after long talks.", "2019", false},
		{"The latest report, published in May 2024, found no change.", "May 2024", false},
		{"Two years earlier, the talks had failed.", "Two years earlier", false},
		{"Turnout was 61%, the lowest since the country's return to democracy in 1990.", "1990", true},
		{"It was the worst flood since the dam was built in 1962.", "1962", true},
		{"He has lived there since the war ended in 1995.", "1995", false},
		{"The X1 starts at $799, the same prices as last year's models.", "last year", true},
		{"Rents in Lisbon have risen by 65% since 2019, the institute said.", "2019", true},
		{"Prices have doubled since 2020.", "2020", false},
		{"The offer is a 38% premium to Friday's close.", "Friday", true},
		{"Norvane will pay $94 a share, a premium of 38% to the closing price on Friday.", "Friday", true},
		{"The shares fell 4% from their close on Friday.", "Friday", true},
		{"The deal will close on Friday.", "Friday", false},
		{"Petrol prices fell 6.2% over the year.", "the year", true},
		{"Shares lost a third of their value over the past month.", "the past month", true},
		{"Over the weekend, protesters gathered in the square.", "the weekend", false},
		{"Core inflation eased to 3.4% from 3.7% in August.", "August", true},
		{"The rate fell to 3.1 per cent from 3.6 per cent in August.", "August", true},
		{"The rate fell to 3.1% in September.", "September", false},
		{"The plant's closing on Friday cost 200 jobs.", "Friday", false},
	}
	for _, c := range cases {
		i := strings.Index(c.sentence, c.date)
		if got := Baseline(c.sentence, i, i+len(c.date)); got != c.want {
			t.Errorf("Baseline(%q, %q) = %v, want %v", c.sentence, c.date, got, c.want)
		}
	}
	if Baseline("x", 3, 1) || Baseline("", 0, 4) {
		t.Error("out-of-range span must not panic or match")
	}
}

func TestTimelineLeavesOutBaselines(t *testing.T) {
	docs := []*crossread.Doc{
		doc("a", "2021-05-12", "Consumer prices rose 4.2 percent in April, the fastest pace since 2008. The government cut emissions from 2005 levels."),
	}
	for _, e := range Timeline(docs) {
		if e.Date == "2008" || e.Date == "2005" {
			t.Errorf("a baseline dates an entry: %+v", e)
		}
	}
}

// baselineCase is a text, a date expression in it and whether it is a
// baseline.
type baselineCase struct {
	text, expr string
	want       bool
}

func checkBaselines(t *testing.T, cases []baselineCase) {
	t.Helper()
	for _, c := range cases {
		i := strings.Index(c.text, c.expr)
		if got := Baseline(c.text, i, i+len(c.expr)); got != c.want {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}

func TestForeignRecordSinceIsABaseline(t *testing.T) {
	checkBaselines(t, []baselineCase{
		{"„Wir haben so etwas seit 2013 nicht mehr erlebt“, sagte sie.", "2013", true},
		{"No se veía una crecida así desde 1998.", "1998", true},
		{"Il vit à Paris depuis 2008.", "2008", false},
	})
}

func TestCountSinceIsABaseline(t *testing.T) {
	checkBaselines(t, []baselineCase{
		{"The outbreak has 1,240 confirmed cases and 31 deaths since May 18, the ministry said.", "May 18", true},
		{"The party won in 2021. Since 2019 he had led a minority government.", "2019", false},
		{"She has lived in Lisbon since 2008.", "2008", false},
	})
}
