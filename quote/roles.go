package quote

import "strings"

// roleNouns head the descriptions an article gives a person: "director of
// the X Center", "a senior fellow with Y", "Foreign Minister".
var roleNouns = set(`president vice prime minister secretary senator representative governor mayor chancellor
judge justice general ambassador attorney king queen prince princess pope reverend sheikh chairman chairwoman
chair speaker leader director ceo chief executive spokesman spokeswoman spokesperson commissioner deputy
secretary-general president-elect candidate nominee congressman congresswoman councilman councilwoman
lieutenant colonel major captain admiral sergeant officer fellow analyst head expert researcher scholar
economist adviser advisor editor author founder co-founder cofounder official member correspondent lawyer
partner lecturer historian journalist commentator diplomat strategist consultant manager owner activist
organizer organiser coordinator negotiator envoy lawmaker legislator politician scientist specialist professor
teacher doctor physician investor banker columnist reporter writer coach associate principal emir sultan
governor-general premier president's minister's dean provost rector administrator superintendent inspector
detective commander chaplain rabbi imam bishop cardinal archbishop pastor priest`)

// courtesyTitles name no role: "Mr. Abenov" says nothing of his job.
var courtesyTitles = set("mr mr. mrs mrs. ms ms. miss dr dr. sir dame madam madame lord lady")

// notRoleOpeners open an appositive that is a clause or a place, not a role.
var notRoleOpeners = set(`who whom whose which where when while and but or as if because though although that
said says told tells he she they it his her their its this these those`)

// roleAt is a role the article gives a person at byte pos.
type roleAt struct {
	pos  int
	role string
}

// personRoles collects, per person (the full name, lower-cased), the roles
// the article gives them: an appositive after the name ("Sam Ortiz,
// director of the Harbor Institute, told …"), a title run before it
// ("Harbor Institute director Sam Ortiz", "Finance Minister Ana Ruiz"), and
// the roles of the quotes already attributed to them.
func (x *extractor) personRoles(attr []attribution, keep []bool) map[string][]roleAt {
	roles := map[string][]roleAt{}
	add := func(name string, pos int, role string) {
		if name == "" || role == "" {
			return
		}
		k := strings.ToLower(name)
		roles[k] = append(roles[k], roleAt{pos, role})
	}
	for _, p := range x.persons {
		if k := x.tokenAt(p.end); k < len(x.toks) && !x.quoted[k] && x.delim(k) {
			add(p.name, p.start, x.roleAfter(k))
		}
		if s := x.tokenAt(p.start); s < len(x.toks) && !x.quoted[s] {
			add(p.name, p.start, x.roleBefore(s))
		}
	}
	for i, a := range attr {
		if a.ok && keep[i] && !courtesyTitles[strings.ToLower(a.role)] {
			add(a.name, a.start, a.role)
		}
	}
	for _, rs := range roles {
		// x.persons is sorted; the quotes' roles come after: sort them in.
		for i := 1; i < len(rs); i++ {
			for j := i; j > 0 && rs[j].pos < rs[j-1].pos; j-- {
				rs[j], rs[j-1] = rs[j-1], rs[j]
			}
		}
	}
	return roles
}

// inheritRoles gives an attributed quote with no role of its own the last
// role the article gave its speaker at or before the speaker's mention:
// '"…," Ortiz said' after "Sam Ortiz, director of the Harbor Institute,
// told reporters …" is the director's quote.
func (x *extractor) inheritRoles(attr []attribution, keep []bool) {
	var roles map[string][]roleAt
	for i := range attr {
		a := &attr[i]
		if courtesyTitles[strings.ToLower(a.role)] {
			a.role = "" // "Mr." says nothing of what Mr. Kamin does
		}
		if !a.ok || !keep[i] || a.role != "" {
			continue
		}
		if roles == nil {
			roles = x.personRoles(attr, keep)
		}
		for _, r := range roles[strings.ToLower(a.name)] {
			if r.pos > a.start {
				break
			}
			a.role = r.role
		}
	}
}

// roleAfter reads the appositive that follows delimiter token k: a
// phrase up to the next comma, dash or sentence end that names a role
// ("director of the X Center", "a senior fellow with Y"). Clauses, ages
// and places are not roles.
func (x *extractor) roleAfter(k int) string {
	first := k + 1
	limit := min(len(x.toks), first+20)
	e := first
	for e < limit && !x.delim(e) && !x.toks[e].terminator() && !x.quoted[e] && !(e > first && x.toks[e].nl) && x.toks[e].text != ":" && x.toks[e].text != ";" {
		e++
	}
	if e == first || e == limit && limit < len(x.toks) || e < len(x.toks) && (x.quoted[e] || x.toks[e].text == ":" || x.toks[e].text == ";") {
		return ""
	}
	f := x.toks[first]
	if !f.word || notRoleOpeners[f.lower] || preps[f.lower] && !f.cap || cues[f.lower] || f.digits() {
		return ""
	}
	hasRole := false
	for j := first; j < e; j++ {
		t := x.toks[j]
		if t.word && !t.cap && cues[t.lower] {
			return "" // a clause: "Ortiz, asked about it, said"
		}
		hasRole = hasRole || roleNouns[strings.TrimSuffix(strings.TrimSuffix(t.lower, "’s"), "'s")]
	}
	if !hasRole {
		return ""
	}
	return x.text[f.start:x.toks[e-1].end]
}

// roleBefore reads the title run right before the name at token s:
// "Finance Minister", "Harbor Institute director". A courtesy title alone
// is no role.
func (x *extractor) roleBefore(s int) string {
	if s == 0 {
		return ""
	}
	last := x.toks[s-1]
	if !last.word || x.quoted[s-1] || x.toks[s].nl || !roleNouns[last.lower] || courtesyTitles[last.lower] {
		return ""
	}
	a := s - 1
	for a > 0 && s-a < 8 {
		t := x.toks[a-1]
		if !t.word || x.quoted[a-1] || x.toks[a].nl || stopBack[t.lower] && !(t.lower == "of" && a-1 > 0 && x.toks[a-2].cap) {
			break
		}
		if !t.cap && !roleNouns[t.lower] && !isTitleWord(t.lower) {
			break
		}
		a--
	}
	// Lead words that are not part of the title: "But", "The".
	for a < s-1 && x.toks[a].cap && (stopBack[x.toks[a].lower] || quantifiers[x.toks[a].lower] || sentenceAdverbs[x.toks[a].lower]) {
		a++
	}
	return x.text[x.toks[a].start:last.end]
}
