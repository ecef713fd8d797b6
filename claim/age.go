package claim

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"crossread"
)

// Ages of a named person: "John Smith, 34,", "Smith, a 34-year-old
// driver", "34-year-old John Smith". Crime and accident reports give them,
// and outlets get them wrong; one person has one age in one story.
var (
	// (in a list, "Jane Roe, 9; John Roe, 7; and Ann Roe, 4.")
	reAgeAfterName = regexp.MustCompile(`^,\s+(?:an?\s+|aged\s+)?(\d{1,3})(?:\s*-\s*years?\s*-\s*old\b|\s+years?\s+old\b|\s*[,;]|\.\s*$)` +
		// "Juan Pérez, de 34 años,", "Jean Dupont, 34 ans,", "Anna Berg (34)"
		`|^,\s+(?:de\s+|âgée?\s+de\s+|di\s+|com\s+)?(\d{1,3})\s+(?:años|ans|anni|anos|Jahre)\b|^\s*\((\d{1,3})\)`)
	reAgeBeforeName = regexp.MustCompile(`\b(\d{1,3})\s*-\s*years?\s*-\s*old\s+$` +
		// "Aos 55 anos, Prado …", "A los 55 años, …", "À 55 ans, …", "Mit 55 Jahren …"
		`|(?i:\b(?:aos|a los|à|a|mit))\s+(\d{1,3})\s+(?i:anos|años|ans|anni|jahren),?\s+$`)
	// An obituary's "died aged 86", "has died at the age of 87", and its
	// closing "She was 87." after the sentence naming her.
	reDiedAged   = regexp.MustCompile(`\b(?:died|dies|dead)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:aged|at(?:\s+the\s+age\s+of)?)\s+(\d{1,3})\b`)
	rePronounAge = regexp.MustCompile(`^(?:He|She) was (\d{1,3})\.$`)
	// A sentence opening on the person the sentence before named: "The
	// 24-year-old has signed …", "The Portugal forward, 24, signed …".
	// An unnamed suspect's or driver's age: "the suspect, a 34-year-old
	// local man", "The gunman, 34, …", "the driver, aged 71,".
	// (a vehicle's driver too: "The coach driver, a 61-year-old man")
	reRoleAge = regexp.MustCompile(`\b(?i:the)\s+(?:(bus|truck|lorry|tram|train|taxi|van|car|boat|ferry)\s+)?(suspect|gunman|shooter|attacker|assailant|driver|pilot)(?:,\s+(?:an?\s+|aged\s+)?|\s+\()(\d{1,3})(?:-year-old\b|\s+years?\s+old\b|,|\))`)
	// "The 47-year-old driver", "a 34-year-old suspect": the age before the role
	reAgeRole = regexp.MustCompile(`\b(?i:the|an?)\s+(\d{1,3})-year-old\s+(?:(bus|truck|lorry|tram|train|taxi|van|car|boat|ferry)\s+)?(suspect|gunman|shooter|attacker|assailant|driver|pilot)\b`)
	// The same in the other languages read: "Der 57 Jahre alte Fahrer",
	// "Der 51-jährige Fahrer", "O motorista, de 58 anos", "El conductor,
	// de 45 años", "L'autista, un 54enne", "Il conducente, un cittadino
	// austriaco di 57 anni", "Le conducteur, âgé de 45 ans".
	// (a compound's first part may stand before a hyphen, "der 52-jährige
	// Bus-Lenker", and the article be "die" or "ein": "ein 33-jähriger
	// Kleinbusfahrer")
	reRoleAgeGerman = regexp.MustCompile(`\b(?i:der|dem|den|de|die|ein|eine|einem|einen|einer|een)\s+(\d{1,3})(?:-jährige\p{L}*|\s+Jahre\s+alte\p{L}*|-jarige)\s+((?:\p{L}+-)?\p{L}*(?:fahrer|Fahrer|lenker|Lenker|führer)(?:in)?|Täter|Verdächtige|Tatverdächtige|Pilot|Pilotin|Kapitän|chauffeur|bestuurder|verdachte|piloot|schipper|kapitein|machinist)\b`)
	// "Der Fahrer, ein 41-jähriger slowakischer Staatsbürger", "De
	// chauffeur, een 52-jarige man": the role, then its age in apposition
	reRoleAgeGermanAppos = regexp.MustCompile(`\b(?i:der|de)\s+(\p{L}*(?:fahrer|Fahrer|lenker|Lenker|führer)(?:in)?|Täter|Verdächtige|Tatverdächtige|Pilot|Pilotin|Kapitän|chauffeur|bestuurder|verdachte|piloot|schipper|kapitein|machinist)\s*,\s*(?i:ein|eine|een)\s+(\d{1,3})(?:-jährige\p{L}*|\s+Jahre\s+alte\p{L}*|-jarige)`)
	reRoleAgeRomance     = regexp.MustCompile(`(?i)\b(motorista|condutor|conductor|chófer|chofer|chauffeur|conducteur|autista|conducente|sospechoso|suspeito|suspect|sospettato|piloto|pilota|pilote|capitán|capitaine|capitano|capitão|skipper|guide|guía|guida)(?:\s+(?:qui|que|che)\s+[^,.;]{1,50})?\s*,\s*(?:de\s+|âgée?\s+de\s+|un\s+|una\s+)?(?:[\p{L}]+\s+){0,3}?(?:di\s+)?(\d{1,3})(?:\s*(?:anos|años|ans|anni)\b|enne\b)`)
	reSubjectAge         = regexp.MustCompile(`^The (\d{1,3})-year-old\b|^The (?:[\p{L}-]+ ){0,3}[\p{L}-]+, (\d{1,3}),|^(?:De|Die|Der) (\d{1,3})-(?:jarige|jährige|Jährige)\b`)
	// A moment's minute in a match report: "Ferrante headed the winner
	// in the 78th minute" against "… to score in the 81st minute".
	reMatchMinute = regexp.MustCompile(`\b(\d{1,3})(?:st|nd|rd|th)[ -]minute\b|\bminuto (\d{1,3})\b|\b(\d{1,3})(?:e|ème) minute\b|\b(\d{1,3})\. Minute\b|\b(\d{1,3})º minuto\b`)
)

// foreignRoles: the other languages' driver, suspect and pilot (folded),
// in English.
var foreignRoles = invertWords(map[string]string{
	"driver":  "fahrer fahrerin lenker lenkerin motorista condutor conductor chofer chauffeur conducteur autista conducente bestuurder machinist",
	"suspect": "tater verdachtige tatverdachtige sospechoso suspeito suspect sospettato verdachte",
	"pilot":   "pilot pilotin piloto pilota pilote piloot",
	"captain": "kapitan kapitein schipper capitan capitaine capitano capitao skipper",
	"guide":   "guide guia guida bergfuhrer gids",
})

// foreignRole is the role a foreign word (folded) names, compounds by
// their last part: "straßenbahnfahrer" and "lokführer" drive,
// "schiffsführer" steers a ship; "" for none.
func foreignRole(f string) string {
	if r := foreignRoles[f]; r != "" {
		return r
	}
	f = strings.TrimSuffix(f, "in")
	switch {
	case strings.HasSuffix(f, "lokfuhrer"), strings.HasSuffix(f, "zugfuhrer"), (strings.HasSuffix(f, "fahrer") || strings.HasSuffix(f, "lenker")) && railCompound(f):
		// (a crash's other driver is a road vehicle's: "die 47-jährige
		// Straßenbahnfahrerin" is not "der 52-jährige Bus-Lenker")
		return "train or tram driver"
	case strings.HasSuffix(f, "fahrer"), strings.HasSuffix(f, "lenker"):
		return "driver"
	case strings.HasSuffix(f, "schiffsfuhrer"), strings.HasSuffix(f, "bootsfuhrer"):
		return "captain"
	}
	return ""
}

// railCompound: a German compound (folded) names a tram or a train first.
func railCompound(f string) bool {
	for _, p := range []string{"strassenbahn", "straßenbahn", "tram", "bim", "zug", "lok", "bahn", "triebwagen"} {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

// matchedGroup is the span of the first submatch that took part in a
// match of alternatives, each with one group.
func matchedGroup(loc []int) (int, int) {
	for k := 2; k+1 < len(loc); k += 2 {
		if loc[k] >= 0 {
			return loc[k], loc[k+1]
		}
	}
	return loc[0], loc[1]
}

// personFigures gathers, per person (the entity stage's key for a
// mention), one kind of figure the sources give for them.
type personFigures struct {
	a     *Alignment
	figs  map[string][]personFigure
	names map[string]string // person key → the longest name written
	order []string
	death bool // the figures added now are ages at death
}

type personFigure struct {
	x       *Sentence
	span    crossread.Span // the figure's digits, in the article
	value   int
	atDeath bool // an obituary's age: "died aged 86", "She was 87."
}

func (a *Alignment) newPersonFigures() *personFigures {
	return &personFigures{a: a, figs: map[string][]personFigure{}, names: map[string]string{}}
}

// add records the figure at x.Text[g0:g1] for person, within [lo, hi].
func (pf *personFigures) add(x *Sentence, g0, g1 int, person crossread.Mention, lo, hi int) {
	v, err := strconv.Atoi(x.Text[g0:g1])
	sp := crossread.Span{ArticleID: x.ArticleID(), Start: x.Span.Start + g0, End: x.Span.Start + g1}
	if err != nil || v < lo || v > hi || pf.a.disputed[sp] {
		return
	}
	key := pf.a.aliases[Fold(person.Text)]
	if key == "" {
		key = "E:" + Fold(person.Text)
	}
	if pf.figs[key] == nil {
		pf.order = append(pf.order, key)
	}
	if len(person.Text) > len(pf.names[key]) {
		pf.names[key] = person.Text
	}
	pf.figs[key] = append(pf.figs[key], personFigure{x: x, span: sp, value: v, atDeath: pf.death})
}

// lines makes one discrepancy per person the sources give different
// figures for. A source giving one person two figures (two goals, or two
// people of one name) is left out: which to set against the others
// cannot be told.
func (pf *personFigures) lines(about func(name string) string, show func(int) string) []crossread.Discrepancy {
	// one person whose surname sources spell apart ("Karim Benhadji, 34
	// ans" · "Karim Benhadj, 36 ans") is one, when no source writes both
	for i, k := range pf.order {
		for _, l := range pf.order[i+1:] {
			if pf.figs[k] == nil || pf.figs[l] == nil || !surnameSpeltApart(pf.names[k], pf.names[l]) || sharesSource(pf.figs[k], pf.figs[l]) {
				continue
			}
			pf.figs[k] = append(pf.figs[k], pf.figs[l]...)
			pf.figs[l] = nil
		}
	}
	var out []crossread.Discrepancy
	for _, key := range pf.order {
		figs := pf.figs[key]
		// beside an age at death, an age told in a sentence set in a year
		// ("Felt, 92, told CNN in 2006") is the age then
		if slices.ContainsFunc(figs, func(f personFigure) bool { return f.atDeath }) {
			figs = slices.DeleteFunc(slices.Clone(figs), func(f personFigure) bool {
				return !f.atDeath && slices.ContainsFunc(f.x.Quantities, func(q Quantity) bool { return q.Kind == "year" })
			})
		}
		bySource := map[int]int{}
		ambiguous := false
		for _, f := range figs {
			if v, ok := bySource[f.x.Source]; ok && v != f.value {
				ambiguous = true
			}
			bySource[f.x.Source] = f.value
		}
		if ambiguous || len(bySource) < 2 {
			continue
		}
		d := &disc{about: about(pf.names[key]), kind: KindNumber}
		for _, f := range figs {
			d.add(show(f.value), f.x.ArticleID(), f.span)
		}
		if len(d.values) > 1 {
			out = append(out, d.out())
		}
	}
	return out
}

// sharesSource: a source gives figures of both lists.
func sharesSource(fs, gs []personFigure) bool {
	for _, f := range fs {
		for _, g := range gs {
			if f.x.Source == g.x.Source {
				return true
			}
		}
	}
	return false
}

// onePerson: the mentions all name one person.
func onePerson(a *Alignment, ms []crossread.Mention) bool {
	key := func(m crossread.Mention) string {
		if k := a.aliases[Fold(m.Text)]; k != "" {
			return k
		}
		return "E:" + Fold(m.Text)
	}
	for _, m := range ms[1:] {
		if key(m) != key(ms[0]) {
			return false
		}
	}
	return true
}

// personMentions are the PERSON mentions inside sentence x.
func personMentions(x *Sentence) []crossread.Mention {
	var out []crossread.Mention
	for _, m := range x.Doc.Mentions {
		if m.Type == crossread.PERSON && m.Start >= x.Span.Start && m.End <= x.Span.End {
			out = append(out, m)
		}
	}
	return out
}

// ageWordIn: s holds a word that tells an age ("anos", "years", …), where
// a name the tagger missed is worth looking for.
func ageWordIn(s string) bool {
	for _, w := range []string{" anos", " años", " ans", " anni", " Jahre", "year"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// untaggedMentions are the places in x where a name of known stands as a
// whole word and no person mention covers it.
func untaggedMentions(x *Sentence, known []string) []crossread.Mention {
	var out []crossread.Mention
	tagged := personMentions(x)
	for _, n := range known {
		for k := IndexWord(x.Text, n, 0); k >= 0; k = IndexWord(x.Text, n, k+len(n)) {
			end := k + len(n)
			start, stop := x.Span.Start+k, x.Span.Start+end
			covered := false
			for _, m := range append(tagged, out...) {
				covered = covered || m.Start < stop && start < m.End
			}
			if !covered {
				out = append(out, crossread.Mention{Span: crossread.Span{ArticleID: x.ArticleID(), Start: start, End: stop}, Text: n, Type: crossread.PERSON})
			}
		}
	}
	return out
}

// ageDiscrepancies sets against each other the ages outlets give one
// person.
func (a *Alignment) ageDiscrepancies(entities []crossread.Entity) []crossread.Discrepancy {
	// A surname two people of the story share ("Klitschko" for Wladimir
	// and Vitali) names neither.
	surnames := map[string]int{}
	for _, e := range entities {
		if ws := Words(e.Name); e.Type == crossread.PERSON && len(ws) > 1 {
			surnames[Fold(ws[len(ws)-1].Text)]++
		}
	}
	// the names the story knows its people by, for sentences where the
	// tagger missed one ("Aos 55 anos, Prado será …")
	var known []string
	for _, e := range entities {
		if e.Type != crossread.PERSON {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if len(n) >= 3 && !slices.Contains(known, n) {
				known = append(known, n)
			}
		}
	}
	pf := a.newPersonFigures()
	for i, x := range a.Sentences {
		if !strings.ContainsAny(x.Text, "0123456789") {
			continue // (most sentences: the patterns below are costly)
		}
		if g := rePronounAge.FindStringSubmatchIndex(strings.TrimSpace(x.Text)); g != nil && i > 0 {
			// "She was 87." speaks of the one person the sentence before
			// names
			if prev := a.Sentences[i-1]; prev.Doc == x.Doc {
				if ms := personMentions(prev); len(ms) > 0 && onePerson(a, ms) {
					off := strings.Index(x.Text, strings.TrimSpace(x.Text))
					pf.death = true
					pf.add(x, off+g[2], off+g[3], ms[len(ms)-1], 1, 120)
					pf.death = false
				}
			}
			continue
		}
		if g := reSubjectAge.FindStringSubmatchIndex(strings.TrimSpace(x.Text)); g != nil && i > 0 {
			if prev := a.Sentences[i-1]; prev.Doc == x.Doc {
				ms := personMentions(prev)
				if len(ms) > 0 && !onePerson(a, ms) && opensSentence(prev, ms[0]) {
					// "Nigeria's Ada Okoro won …, beating Sweden's Elin
					// Lindqvist …. The 22-year-old …": the subject
					ms = ms[:1]
				}
				if len(ms) > 0 && onePerson(a, ms) {
					off := strings.Index(x.Text, strings.TrimSpace(x.Text))
					g0, g1 := matchedGroup(g)
					pf.add(x, off+g0, off+g1, ms[len(ms)-1], 1, 120)
				}
			}
		}
		if !x.Statement && !shortStatement(x) {
			continue
		}
		// the role's age after it ("The driver, 44,") or before it ("The
		// 58-year-old driver"): the submatches of role and age
		for _, r := range []struct {
			re                 *regexp.Regexp
			vehicle, role, age int
		}{{reRoleAge, 2, 4, 6}, {reAgeRole, 4, 6, 2}} {
			for _, g := range r.re.FindAllStringSubmatchIndex(x.Text, -1) {
				role := strings.ToLower(x.Text[g[r.role]:g[r.role+1]])
				switch role {
				case "gunman", "shooter", "attacker", "assailant":
					role = "suspect"
				case "driver":
					if g[r.vehicle] >= 0 && railCompound(strings.ToLower(x.Text[g[r.vehicle]:g[r.vehicle+1]])) {
						role = "train or tram driver"
					}
				}
				pf.add(x, g[r.age], g[r.age+1], crossread.Mention{Text: "the " + role}, 1, 120)
			}
		}
		if langOf(x) != "" {
			for _, g := range reRoleAgeGerman.FindAllStringSubmatchIndex(x.Text, -1) {
				if r := foreignRole(Fold(x.Text[g[4]:g[5]])); r != "" {
					pf.add(x, g[2], g[3], crossread.Mention{Text: "the " + r}, 1, 120)
				}
			}
			for _, g := range reRoleAgeGermanAppos.FindAllStringSubmatchIndex(x.Text, -1) {
				if r := foreignRole(Fold(x.Text[g[2]:g[3]])); r != "" {
					pf.add(x, g[4], g[5], crossread.Mention{Text: "the " + r}, 1, 120)
				}
			}
			for _, g := range reRoleAgeRomance.FindAllStringSubmatchIndex(x.Text, -1) {
				if r := foreignRole(Fold(x.Text[g[2]:g[3]])); r != "" {
					pf.add(x, g[4], g[5], crossread.Mention{Text: "the " + r}, 1, 120)
				}
			}
		}
		if !strings.Contains(x.Text, "year") && !strings.Contains(x.Text, ", ") && !strings.Contains(x.Text, "(") &&
			!strings.Contains(x.Text, "die") && !strings.Contains(x.Text, "dead") {
			continue
		}
		if g := reDiedAged.FindStringSubmatchIndex(x.Text); g != nil {
			var before []crossread.Mention
			for _, m := range personMentions(x) {
				if m.End <= x.Span.Start+g[0] {
					before = append(before, m)
				}
			}
			if len(before) > 0 && onePerson(a, before) {
				pf.death = true
				pf.add(x, g[2], g[3], before[len(before)-1], 1, 120)
				pf.death = false
				continue
			}
		}
		mentions := personMentions(x)
		if ageWordIn(x.Text) {
			mentions = append(mentions, untaggedMentions(x, known)...)
		}
		for _, m := range mentions {
			person := m
			if !strings.Contains(m.Text, " ") && surnames[Fold(m.Text)] > 1 {
				// the one of them the article last named in full before
				full, ok := lastNamedBefore(x.Doc, m)
				if !ok {
					continue
				}
				person = full
			}
			from, to := m.Start-x.Span.Start, m.End-x.Span.Start
			if loc := reAgeAfterName.FindStringSubmatchIndex(x.Text[to:]); loc != nil {
				// the group that matched: English, the Romance languages,
				// or German's bracket
				g0, g1 := matchedGroup(loc)
				pf.add(x, to+g0, to+g1, person, 1, 120)
			} else if loc := reAgeBeforeName.FindStringSubmatchIndex(x.Text[:from]); loc != nil {
				g0, g1 := matchedGroup(loc)
				pf.add(x, g0, g1, person, 1, 120)
			}
		}
	}
	return pf.lines(func(name string) string { return "age of " + name }, strconv.Itoa)
}

// minuteDiscrepancies sets against each other the minutes outlets give
// one player's moment of a match.
func (a *Alignment) minuteDiscrepancies() []crossread.Discrepancy {
	pf := a.newPersonFigures()
	for _, x := range a.Sentences {
		if !strings.Contains(x.Text, "minut") && !strings.Contains(x.Text, "Minut") || !x.Statement && !shortStatement(x) {
			continue
		}
		for _, g := range reMatchMinute.FindAllStringSubmatchIndex(x.Text, -1) {
			// the group that matched: English or another language's form
			g[2], g[3] = matchedGroup(g)
			// the player is the person named last before the minute in
			// its clause: "Kofi Mensah equalised in the 44th minute"
			var player *crossread.Mention
			for _, m := range personMentions(x) {
				if m.End <= x.Span.Start+g[0] && !strings.ContainsAny(x.Text[m.End-x.Span.Start:g[0]], ",;:") {
					player = &m
				}
			}
			if player != nil {
				pf.add(x, g[2], g[3], *player, 1, 130)
			}
		}
	}
	return pf.lines(func(name string) string { return "match minute for " + name }, ordinal)
}

// reFloor is a building's floor told by its rank, in the languages read:
// "the 14th floor", "au 7e étage", "en el piso 12", "al quinto piano"
// (by digits only), "im 8. Stock", "op de 9e verdieping".
var reFloor = regexp.MustCompile(`\b(\d{1,3})(?:st|nd|rd|th)[ -](?:floor|storey|story)\b|\b(\d{1,3})(?:e|ème|er|eme)\s+étage\b|\bpiso\s+(\d{1,3})\b|\b(\d{1,3})[º°]\s+(?:piso|andar|piano)\b|\b(\d{1,3})\.\s+(?:Stock|Etage|Obergeschoss|Stockwerk)\b|\b(\d{1,3})(?:e|ste|de)\s+verdieping\b`)

// fireWords tell a fire or a blast broke out (folded).
var fireWords = setOfWords(`fire blaze flames broke explosion blast exploded incendie feu flammes explosion incendio fuego llamas explosion
	brand feuer flammen explosion vuur explosie esplosione fiamme incendio explosao chamas`)

// floorDiscrepancies sets against each other the floors sources give a
// fire or a blast in a building ("broke out in a unit on the 14th floor"
// · "broke out on its 16th floor"); a source giving two is left out.
func (a *Alignment) floorDiscrepancies() []crossread.Discrepancy {
	pf := a.newPersonFigures()
	for _, x := range a.Sentences {
		if !strings.ContainsAny(x.Text, "0123456789") || !x.Statement && !shortStatement(x) {
			continue
		}
		floors := reFloor.FindAllStringSubmatchIndex(x.Text, -1)
		if len(floors) == 0 || !slices.ContainsFunc(Words(x.Text), func(w Word) bool { return fireWords[Fold(w.Text)] }) {
			continue
		}
		for _, g := range floors {
			g0, g1 := matchedGroup(g)
			pf.add(x, g0, g1, crossread.Mention{Text: "\x00floor"}, 0, 200)
		}
	}
	return pf.lines(func(string) string { return "floor where it broke out" }, ordinal)
}

// ordinal writes n as an ordinal: 1st, 22nd, 78th, 111th.
func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}

// lastNamedBefore is the full name ending in the surname m writes alone
// that d last gives before m: "Marsh, 41," after "Evan Marsh" is Evan,
// whatever other Marsh the story names later.
func lastNamedBefore(d *crossread.Doc, m crossread.Mention) (crossread.Mention, bool) {
	var out crossread.Mention
	found := false
	for _, n := range d.Mentions {
		if n.Type != crossread.PERSON || n.End > m.Start || !strings.Contains(n.Text, " ") {
			continue
		}
		ws := Words(n.Text)
		if len(ws) > 1 && Fold(ws[len(ws)-1].Text) == Fold(m.Text) {
			out, found = n, true
		}
	}
	return out, found
}

// opensSentence: mention m stands within the first three words of x,
// before any verb: the sentence's subject ("Nigeria's Ada Okoro won …").
func opensSentence(x *Sentence, m crossread.Mention) bool {
	n := 0
	for _, w := range Words(x.Text) {
		if x.Span.Start+w.Start >= m.Start {
			return n <= 3
		}
		n++
	}
	return false
}
