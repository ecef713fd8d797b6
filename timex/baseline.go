package timex

import (
	"strings"
	"unicode"
)

// Baseline reports that the date expression at text[start:end] is a point
// of comparison rather than when something happened: "the fastest pace
// since 2008", "from 2005 levels", "higher than in 2019", "up 4% from a
// year earlier", "from the same period in 2020", "a premium to Friday's
// close". A timeline that dated
// its sentence by it, or a discrepancy that set it against another
// outlet's date for the event, would misread the sentence.
//
// A plain "since" stays an event's start ("has lived there since 2008");
// only a record ("highest", "first time", "most") before it makes the date
// a baseline.
func Baseline(text string, start, end int) bool {
	if start < 0 || end > len(text) || start > end {
		return false
	}
	before := lowerWords(text[max(0, start-120):start])
	after := lowerWords(text[end:min(len(text), end+40)])
	expr := lowerWords(text[start:end])
	last := func(k int) string { // k-th word before the expression, 1 = nearest
		if k > len(before) {
			return ""
		}
		return before[len(before)-k]
	}
	if len(after) > 0 && (after[0] == "levels" || after[0] == "level") {
		return true
	}
	// A market's reference price: "a 38% premium to Friday's close",
	// "the closing price on Friday", "from its close on Friday".
	if a := after; len(a) > 0 {
		if a[0] == "s" {
			a = a[1:]
		}
		if len(a) > 0 && (a[0] == "close" || a[0] == "closing" && len(a) > 1 && (a[1] == "price" || a[1] == "level" || a[1] == "bell")) {
			return true
		}
	}
	if last(1) == "on" || last(1) == "at" {
		if last(2) == "price" && last(3) == "closing" {
			return true
		}
		if last(2) == "close" {
			switch last(3) {
			case "the", "its", "their", "s", "a":
				return true
			}
		}
	}
	// "Petrol prices fell 6.2% over the year", "over the past month": the
	// window a change is measured across, not when anything happened (a
	// weekend is a time: "over the weekend, protesters gathered")
	if last(1) == "over" && len(expr) > 0 && !strings.ContainsAny(text[start:end], "0123456789") {
		switch expr[len(expr)-1] {
		case "year", "month", "quarter", "decade", "week":
			return true
		}
	}
	switch last(1) {
	case "since":
		for k := 2; k <= 8 && k <= len(before); k++ {
			if isRecordWord(last(k)) {
				return true
			}
		}
		// "1,240 cases and 31 deaths since May 18": a count kept from the
		// day, not an event on it
		clause := text[max(0, start-60):start]
		for _, stop := range []string{". ", "! ", "? ", "; ", "\n"} {
			if i := strings.LastIndex(clause, stop); i >= 0 {
				clause = clause[i+len(stop):]
			}
		}
		if cw := lowerWords(clause); len(cw) >= 3 {
			for k := 2; k <= 5 && k <= len(cw); k++ { // cw ends on "since"
				if strings.ContainsAny(cw[len(cw)-k], "0123456789") {
					return true
				}
			}
		}
		// "rents have risen by 65% since 2019": a change measured from
		// the year, not an event in it
		for k := 2; k <= 6 && k <= len(before); k++ {
			if changeWords[last(k)] {
				for j := 2; j < k; j++ {
					if strings.ContainsAny(last(j), "0123456789") || last(j) == "percent" {
						return true
					}
				}
			}
		}
	case "seit", "desde", "depuis", "dal", "dall", "sinds":
		// "so etwas seit 2013 nicht mehr erlebt", "no se veía desde
		// 1998", "jamais vu depuis 2003": a record's "since" in the other
		// languages read, the negation or superlative before or after it
		for k := 2; k <= 8 && k <= len(before); k++ {
			if foreignRecordWords[last(k)] {
				return true
			}
		}
		for k := 0; k < 4 && k < len(after); k++ {
			if foreignRecordWords[after[k]] {
				return true
			}
		}
	case "than", "versus", "vs":
		return true
	case "as":
		// "the same prices as last year's models"
		for k := 2; k <= 5; k++ {
			if last(k) == "same" {
				return true
			}
		}
	case "in", "of":
		// "eased to 3.4% from 3.7% in August": the figure it moved from
		k := 2
		for k <= 4 && (last(k) == "percent" || last(k) == "cent" || last(k) == "per") {
			k++
		}
		figure := k
		for k <= 6 && last(k) != "" && strings.Trim(last(k), "0123456789") == "" {
			k++
		}
		if k > figure && last(k) == "from" {
			return true
		}
		if last(2) == "than" || last(2) == "period" || last(2) == "time" && last(3) == "same" {
			return true
		}
		// "the wettest since records began in 1932"
		if (last(2) == "began" || last(2) == "started") && strings.HasPrefix(last(3), "record") && last(4) == "since" {
			return true
		}
	case "its", "their", "the", "his", "her", "our", "last":
		// "lower than its July forecast"
		if last(2) == "than" {
			return true
		}
	case "with", "to":
		if last(2) == "compared" || last(2) == "comparison" {
			return true
		}
	}
	// "the lowest since the country's return to democracy in 1990": a
	// record's "since" a few words back, in the same clause.
	window := strings.ToLower(text[max(0, start-80):start])
	if i := strings.LastIndex(window, " since "); i >= 0 && !strings.ContainsAny(window[i:], ".,;:!?") {
		lead := lowerWords(window[:i])
		for k := 1; k <= 3 && k <= len(lead); k++ {
			if isRecordWord(lead[len(lead)-k]) {
				return true
			}
		}
	}
	// "from a year earlier", "over the year before", "than a month ago"
	// ("down from 74% four years ago": past the figure it moved from)
	if n := len(expr); n > 0 {
		switch expr[n-1] {
		case "earlier", "ago", "before", "prior":
			k := 1
			for k <= 3 && (strings.Trim(last(k), "0123456789.,%") == "" && last(k) != "" || last(k) == "percent" || last(k) == "cent" || last(k) == "per") {
				k++
			}
			switch last(k) {
			case "from", "over", "than", "since":
				return true
			}
		}
	}
	return false
}

// foreignRecordWords make a "since" a record's in German, Spanish, French,
// Italian, Portuguese and Dutch: negations, "never", "first".
var foreignRecordWords = map[string]bool{"nicht": true, "nie": true, "noch": true, "kein": true, "keine": true,
	"ersten": true, "erste": true, "no": true, "nunca": true, "jamás": true, "primera": true, "primer": true,
	"pas": true, "jamais": true, "première": true, "premier": true, "non": true, "mai": true, "prima": true,
	"niet": true, "nooit": true, "eerste": true, "não": true, "nao": true, "primeira": true, "plus": true}

// changeWords say a figure moved: "risen by 65% since 2019".
var changeWords = map[string]bool{"risen": true, "rose": true, "climbed": true, "fallen": true, "fell": true,
	"increased": true, "decreased": true, "grown": true, "grew": true, "dropped": true, "jumped": true,
	"doubled": true, "tripled": true, "soared": true, "declined": true, "gained": true, "lost": true}

// isRecordWord is a superlative or a "first" that makes "since" a record's
// baseline: "the highest since", "the first time since", "most since".
func isRecordWord(w string) bool {
	switch w {
	case "first", "most", "least", "best", "worst", "record", "never", "not":
		return true
	case "interest", "latest", "west", "rest", "test", "guest", "request", "protest", "forest",
		"harvest", "contest", "suggest", "honest", "modest", "invest", "arrest", "chest", "nest":
		return false
	}
	return len(w) > 5 && strings.HasSuffix(w, "est")
}

func lowerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
