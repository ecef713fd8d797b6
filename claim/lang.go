package claim

import (
	"strings"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/dutch"
	"github.com/blevesearch/snowballstem/french"
	"github.com/blevesearch/snowballstem/german"
	"github.com/blevesearch/snowballstem/italian"
	"github.com/blevesearch/snowballstem/portuguese"
	"github.com/blevesearch/snowballstem/spanish"
)

// The claim stage compares sentences by their content words' stems. Copy
// in another language gets that language's Snowball stemmer and function
// words: the English stemmer leaves German "Metern" and "Meter" apart and
// keeps "der" and "die" as content, so that two German outlets' sentences
// on one fact share too little, and two on different facts too much.
// English keeps the stemmer and stop list it always had.

// snowballStemmers are the languages read with their own stemmer, besides
// English.
var snowballStemmers = map[string]func(*snowballstem.Env) bool{
	"de": german.Stem, "es": spanish.Stem, "fr": french.Stem, "it": italian.Stem, "pt": portuguese.Stem,
	"nl": dutch.Stem,
}

// stemLang returns the language whose stemmer reads text in lang, "" for
// English and the languages without one.
func stemLang(lang string) string {
	lang, _, _ = strings.Cut(strings.ToLower(lang), "-")
	if _, ok := snowballStemmers[lang]; ok {
		return lang
	}
	return ""
}

// langOf is the stemming language of x's article.
func langOf(x *Sentence) string {
	if x == nil || x.Doc == nil || x.Doc.Article == nil {
		return ""
	}
	return stemLang(x.Doc.Article.Language)
}

// StemIn is Stem for a folded word of text in language lang.
func StemIn(lang, w string) string {
	if lang == "" {
		return Stem(w)
	}
	if w == "" || w[0] >= '0' && w[0] <= '9' {
		return w
	}
	key := lang + "\x00" + w
	if st, ok := stems.load(key); ok {
		return st
	}
	env := snowballstem.NewEnv(w)
	snowballStemmers[lang](env)
	st := env.Current()
	stems.store(key, st)
	return st
}

// IsStopIn is IsStop for a folded word of text in language lang.
func IsStopIn(lang, w string) bool {
	if lang == "" {
		return IsStop(w)
	}
	return stopWordsIn[lang][w] || isNumeric(w)
}

// stemsOfIn is stemsOf for text in language lang.
func stemsOfIn(lang, f string) []string {
	if lang == "" {
		return stemsOf(f)
	}
	key := lang + "\x00" + f
	if out, ok := wordStems.load(key); ok {
		return out
	}
	var out []string
	for _, part := range strings.FieldsFunc(f, func(r rune) bool { return r == '-' }) {
		if part == "" || IsStopIn(lang, part) || isNumeric(part) {
			continue
		}
		if st := StemIn(lang, part); len(st) > 1 {
			out = append(out, st)
		}
	}
	wordStems.store(key, out)
	return out
}

// stopWordsIn are the function words of each stemmed language, folded
// (diacritics off, as Fold gives words).
var stopWordsIn = func() map[string]map[string]bool {
	lists := map[string]string{
		"de": `der die das den dem des ein eine einen einem einer eines und oder aber doch sondern denn als wie wenn dass
			ob weil da damit nach vor bei mit von zu zum zur im in ins am an auf aus uber unter fur gegen ohne um durch
			bis seit wahrend zwischen neben hinter ist sind war waren wird werden wurde wurden hat haben hatte hatten
			sein seine seiner seinen seinem ihr ihre ihrer ihren ihrem es er sie wir ich du man sich nicht kein keine
			keinen auch noch schon nur so sehr mehr dies diese dieser dieses diesen jetzt dann hier dort etwa rund
			mal alle allen aller alles viele vielen einige etwas was wer wo wann soll sollen kann konnen muss mussen
			wollen will ab laut sowie bereits`,
		"es": `el la los las un una unos unas lo al del de y o u e ni pero sino que como cuando donde si no se su sus
			le les me te nos mi mis tu este esta estos estas ese esa esos esas aquel es son fue fueron era ser ha han
			habia hay haber esta estan en con por para sin sobre entre hasta desde tras ante segun durante mas muy ya
			tambien todo toda todos todas otro otra otros otras cada quien cual cuales`,
		"fr": `le la les un une des du de d l et ou ni mais que qui quoi dont ou si ne pas plus se sa son ses leur
			leurs ce cet cette ces il elle ils elles on nous vous je tu est sont etait ete etre a ont avait avoir en
			dans par pour sans sur sous entre vers chez selon apres avant depuis pendant tres aussi tout toute tous
			toutes autre autres chaque au aux y`,
		"it": `il lo la i gli le un uno una di del dello della dei degli delle a al allo alla ai agli alle da dal
			dallo dalla dai dagli dalle in nel nello nella nei negli nelle su sul sullo sulla sui sugli sulle con per
			tra fra e ed o ma che chi cui non si se ne ci sono e era erano stato stata essere ha hanno aveva questo
			questa questi queste quello quella anche piu molto tutto tutti ogni dopo prima secondo`,
		"pt": `o a os as um uma uns umas de do da dos das em no na nos nas por pelo pela pelos pelas para com sem sobre
			entre ate desde apos e ou mas que quem se nao seu sua seus suas ele ela eles elas este esta estes estas
			esse essa isso foi foram era ser e sao tem ha ter mais muito tambem todo toda todos todas ao aos`,
		"nl": `de het een en of maar dat die dit deze van in op aan met voor door naar bij uit over tot om te is zijn
			was waren wordt worden werd werden heeft hebben had hadden niet geen ook nog al er hij zij ze wij we ik
			je u hun haar zich als dan wel meer zo`,
	}
	out := map[string]map[string]bool{}
	for lang, list := range lists {
		m := map[string]bool{}
		for _, w := range strings.Fields(list) {
			m[w] = true
		}
		out[lang] = m
	}
	return out
}()

// stopWordsAnyLanguage: w (folded) is a function word in some language
// read.
func stopWordsAnyLanguage(w string) bool {
	for _, set := range stopWordsIn {
		if set[w] {
			return true
		}
	}
	return false
}
