package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// bylineNoise reports text that stands where a byline does but names no
// one: the field labels of a comment form under the article ("Name *",
// "Name (required)"), the words that introduce a date with the date left
// out ("Posted on", "Veröffentlicht am"), and placeholders ("No Author",
// "Unknown user"). Pages in the languages the extractor reads dates in
// are covered.
func bylineNoise(s string) bool {
	low := strings.ToLower(fold(s))
	if strings.ContainsAny(low, "*") {
		return true // a required form field
	}
	low = strings.Trim(low, " :.-–—")
	for _, w := range []string{"(required)", "(erforderlich)", "(obligatoire)", "(obligatorio)", "(obbligatorio)", "(verplicht)", "(pflichtfeld)"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	for _, p := range []string{"a propos", "à propos", "about "} {
		if strings.HasPrefix(low, p) {
			return true // a link to the outlet's "about" page
		}
	}
	return bylineNoiseWords[low]
}

var bylineNoiseWords = map[string]bool{
	// comment-form labels
	"name": true, "your name": true, "dein name": true, "ihr name": true, "nom": true, "votre nom": true,
	"nombre": true, "tu nombre": true, "nome": true, "naam": true, "e-mail": true, "email": true,
	"website": true, "webseite": true,
	// a date's introduction without the date
	"posted on": true, "posted": true, "published on": true, "published": true, "written on": true,
	"veröffentlicht am": true, "veröffentlicht": true, "publiziert am": true, "erstellt am": true,
	"geschrieben am": true, "publié le": true, "publicado el": true, "publicado": true,
	"pubblicato il": true, "gepubliceerd op": true,
	"updated": true, "last updated": true, "last modified": true, "aktualisiert": true, "zuletzt aktualisiert": true,
	"zuletzt geändert": true, "geändert": true, "mis à jour": true, "actualizado": true,
	// labels of sponsored content
	"sponsored": true, "sponsored content": true, "gesponsert": true, "gesponserte inhalte": true,
	"anzeige": true, "publicité": true, "publicidad": true,
	// placeholders
	"no author": true, "unknown": true, "unknown author": true, "unknown user": true,
	"unbekannt": true, "unbekannter nutzer": true, "unbekannter autor": true,
	"admin": true, "administrator": true, "webmaster": true, "undefined": true, "null": true, "none": true,
	"n/a": true,
}

// offSite reports an absolute link to another site than the page's (an
// outlet's subdomains are one site); with the page's address unknown
// nothing is off-site.
func offSite(href, page string) bool {
	h, err := url.Parse(href)
	if err != nil || h.Host == "" {
		return false
	}
	p, err := url.Parse(page)
	if err != nil || p.Host == "" {
		return false
	}
	return siteOf(h.Hostname()) != siteOf(p.Hostname())
}

// siteOf is a host's registrable domain: "news.example.co.uk" →
// "example.co.uk".
func siteOf(host string) string {
	host = strings.ToLower(host)
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return d
	}
	return host
}

// namesListing reports link text that names the list of authors rather
// than one of them: "Our Faculty", "Staff", "profile".
func namesListing(t string) bool {
	for _, w := range strings.Fields(strings.ToLower(t)) {
		switch strings.Trim(w, ".,:;!?()") {
		case "profile", "profiles", "faculty", "staff", "people", "authors", "writers", "contributors", "experts":
			return true
		}
	}
	return false
}
