package crossread

import (
	"net/url"
	"strings"
)

// IsOpinion reports an article its page marks as opinion (a column,
// op-ed, editorial or commentary) rather than news: by a section label
// the cleaning took off the page ("OPINION", "Meinung"), a title prefix
// ("Opinion: …"), the page's disclaimer ("The views expressed … are the
// author's own") or its URL (/opinion/, /commentisfree/). A brief states
// what the news articles report; an opinion piece supports it but speaks
// for its writer.
func IsOpinion(a *Article) bool {
	if a == nil {
		return false
	}
	for _, r := range a.Removed {
		r = strings.ToLower(strings.Trim(strings.TrimSpace(r), ":|»›-–— "))
		if opinionLabels[r] || strings.HasPrefix(r, "the views expressed") || strings.HasPrefix(r, "the opinions expressed") {
			return true
		}
	}
	low := strings.ToLower(a.Title)
	for _, p := range []string{"opinion:", "opinion |", "op-ed:", "commentary:", "editorial:", "column:", "meinung:", "kommentar:", "opinión:", "tribune:"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	for _, raw := range []string{a.URL, a.CanonicalURL} {
		u, err := url.Parse(raw)
		if err != nil || u.Host == "" {
			continue
		}
		for _, seg := range strings.Split(strings.ToLower(u.Path), "/") {
			if opinionSections[seg] {
				return true
			}
		}
	}
	return false
}

var opinionLabels = map[string]bool{
	"opinion": true, "opinions": true, "commentary": true, "op-ed": true, "oped": true, "editorial": true,
	"our view": true, "guest column": true, "guest opinion": true, "letters to the editor": true,
	"meinung": true, "kommentar": true, "gastbeitrag": true, "opinión": true, "tribuna": true, "tribune": true,
	"opinione": true, "opinião": true, "editorial opinion": true, "perspective": true,
}

var opinionSections = map[string]bool{
	"opinion": true, "opinions": true, "commentary": true, "op-ed": true, "oped": true, "op-eds": true,
	"editorial": true, "editorials": true, "commentisfree": true, "meinung": true, "kommentar": true,
	"opinion-analysis": true, "opinión": true, "opinion-columns": true, "tribunes": true, "opinione": true,
}
