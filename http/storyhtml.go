package http

import (
	"html/template"
	"strconv"
	"strings"

	"crossread/sqlite"
)

// storyHTML renders the story page's body (see htmlw for why this page is
// written in Go rather than as a template).
func storyHTML(p *storyPage) template.HTML {
	w := &htmlw{}
	w.b.Grow(16 << 10)
	w.m(`<article class="story"`)
	w.attr("data-story", p.Story.ID)
	w.m(">\n<h1>")
	w.text(p.Story.Title)
	w.m("</h1>\n<div class=\"meta\">\n  <span")
	w.attr("title", strings.Join(p.Outlets, ", "))
	w.m(">")
	w.text(p.Coverage)
	w.m("</span>\n  ")
	w.spark(p.Spark)
	w.m("\n</div>\n")
	w.storyNav(p)
	w.m("\n<section class=\"brief\" id=\"brief\">\n  <h2>Brief</h2>\n")
	if len(p.Brief) == 0 {
		w.m(`<p class="empty">No brief yet.</p>`)
	}
	for _, sec := range p.Brief {
		if len(sec.Sentences) == 0 {
			continue
		}
		w.m(`  <section class="brief-section"`)
		w.attr("id", sec.Slug)
		w.m(">\n    <h3>")
		w.text(sec.Title)
		w.m("</h3>\n    <ul>")
		for _, sn := range sec.Sentences {
			w.m("<li>")
			w.text(sn.Text)
			w.m(" ")
			w.cites(sn.Cites)
			if len(sn.Also) > 0 {
				w.m(`<span class="also" title="also stated, in other words, by">`)
				w.cites(sn.Also)
				w.m("</span>")
			}
			if sn.Note != "" {
				w.m(` <span class="note">— `)
				w.text(sn.Note)
				w.m("</span>")
			}
			w.m("</li>")
		}
		w.m("</ul>\n  </section>\n")
	}
	w.m("</section>\n")

	if len(p.Claims) > 0 {
		w.m("\n<section class=\"claims\" id=\"claims\">\n  <h2>Who confirms what</h2>\n  <div class=\"table-wrap\"><table>\n" +
			`    <thead><tr><th scope="col">Claim</th><th scope="col" class="num">Support</th>`)
		for _, c := range p.Columns {
			w.m(`<th scope="col" class="outlet"`)
			w.attr("title", c.Title)
			w.m(">")
			w.text(c.Label)
			w.m("</th>")
		}
		w.m("</tr></thead>\n    <tbody>\n")
		for _, c := range p.Claims {
			if c.Single {
				w.m(`<tr class="single">`)
			} else {
				w.m("<tr>")
			}
			w.m("\n      <td>")
			if c.Href != "" {
				w.m("<a")
				w.href(c.Href)
				w.m(">")
				w.text(c.Text)
				w.m("</a>")
			} else {
				w.text(c.Text)
			}
			if c.Single {
				w.m(` <span class="badge" title="reported by one source only">single source</span>`)
			}
			w.m("</td>\n      <td class=\"num\">")
			w.int(c.Support)
			w.m("</td>\n      ")
			for _, cell := range c.Cells {
				if cell.Has {
					w.m(`<td class="cell"><a`)
					w.href(cell.Href)
					w.m(` title="open in the article" aria-label="reported">●</a></td>`)
				} else {
					w.m(`<td class="cell"><span class="no" aria-label="not reported">·</span></td>`)
				}
			}
			w.m("\n    </tr>")
		}
		w.m("\n    </tbody>\n  </table></div>\n</section>\n")
	}

	if len(p.Single) > 0 {
		w.m("\n<section class=\"single-source\" id=\"single-source\">\n  <h2>Only one outlet reports</h2>\n  <ul>")
		for _, s := range p.Single {
			w.m("<li>")
			w.text(s.Text)
			w.m(" ")
			if s.Why != "" {
				w.m(`<span class="badge">`)
				w.text(s.Why)
				w.m("</span>")
			}
			if s.Detail != "" {
				w.m(` <span class="exclusive">only here: `)
				w.text(s.Detail)
				w.m("</span>")
			}
			w.m(" ")
			if s.Cite.Num != 0 {
				w.citeNamed(s.Cite)
			}
			w.m("</li>")
		}
		w.m("</ul>\n</section>\n")
	}

	if len(p.Discrepancies) > 0 {
		w.m("\n<section class=\"differ\" id=\"differ\">\n  <h2>Where sources differ</h2>\n  <ul>")
		for _, d := range p.Discrepancies {
			w.m("<li><strong>")
			w.text(d.About)
			w.m("</strong>")
			if d.Kind != "" {
				w.m(` <span class="badge">`)
				w.text(d.Kind)
				w.m("</span>")
			}
			w.m("\n    <ul>")
			for _, v := range d.Variants {
				w.m("<li>“")
				w.text(v.Value)
				w.m("” ")
				w.cites(v.Cites)
				w.m("</li>")
			}
			w.m("</ul></li>")
		}
		w.m("</ul>\n</section>\n")
	}

	if len(p.Speakers) > 0 {
		w.m("\n<section class=\"said\" id=\"said\">\n  <h2>Who said what</h2>\n  ")
		for _, g := range p.Speakers {
			w.m("<div class=\"speaker\">\n    <h3>")
			if g.Entity != "" {
				w.m("<a")
				w.href(entityHref(g.Entity))
				w.m(">")
				w.text(g.Speaker)
				w.m("</a>")
			} else {
				w.text(g.Speaker)
			}
			if len(g.Roles) > 0 {
				w.m(` <span class="role">`)
				w.text(strings.Join(g.Roles, "; "))
				w.m("</span>")
			}
			w.m("</h3>\n    <ul>")
			for _, q := range g.Quotes {
				w.m("<li><q>")
				w.text(q.Text)
				w.m("</q> ")
				if q.Cite.Num != 0 {
					w.cite(q.Cite)
				}
				w.m("</li>")
			}
			w.m("</ul>\n  </div>")
		}
		w.m("\n</section>\n")
	}

	if tl := p.Timeline; len(tl.Entries) > 0 {
		w.m("\n<section class=\"timeline\" id=\"timeline\">\n  <h2>Timeline</h2>\n  ")
		if len(tl.Dots) > 0 {
			w.m(`<svg class="timeline-chart" viewBox="0 0 `)
			w.int(tl.W)
			w.m(" ")
			w.int(tl.H)
			w.m(`" role="img"`)
			w.attr("aria-label", "Timeline from "+tl.From+" to "+tl.To)
			w.m(">\n    <line class=\"axis\" x1=\"8\" y1=\"50\" x2=\"")
			w.int(tl.W - 8)
			w.m("\" y2=\"50\"/>\n    ")
			for _, d := range tl.Dots {
				w.m("<a")
				w.href(d.Anchor)
				if d.Future {
					w.m(`><circle class="dot future" cx="`)
				} else {
					w.m(`><circle class="dot" cx="`)
				}
				w.float(d.X)
				w.m(`" cy="`)
				w.float(d.Y)
				w.m(`" r="5"><title>`)
				w.text(d.Label)
				w.m("</title></circle></a>")
			}
			w.m("\n    <text class=\"axis-label\" x=\"8\" y=\"66\">")
			w.text(tl.From)
			w.m("</text>\n    <text class=\"axis-label\" x=\"")
			w.int(tl.W - 8)
			w.m(`" y="66" text-anchor="end">`)
			w.text(tl.To)
			w.m("</text>\n  </svg>")
		}
		w.m("\n  <ol class=\"timeline-list\">")
		for _, e := range tl.Entries {
			w.m("<li")
			w.attr("id", e.Anchor)
			if e.Future {
				w.m(` class="future"`)
			}
			w.m("><time>")
			w.text(e.Date)
			w.m("</time> ")
			w.text(e.Text)
			w.m(" ")
			w.cites(e.Cites)
			w.m("</li>")
		}
		w.m("</ol>\n</section>\n")
	}

	if len(p.Entities) > 0 {
		w.m("\n<section class=\"entities\" id=\"entities\">\n  <h2>Entities</h2>\n  ")
		for _, g := range p.Entities {
			w.m(`<div class="entity-group"><h3>`)
			w.text(g.Type)
			w.m(`</h3><ul class="chips">`)
			for _, c := range g.Chips {
				w.m("<li><a")
				w.attr("class", "chip "+c.Class)
				w.href(c.Href)
				w.attr("title", c.Aliases)
				w.m(">")
				w.text(c.Name)
				w.m(` <span class="n">`)
				w.int(c.Mentions)
				w.m("</span></a></li>")
			}
			w.m("</ul></div>")
		}
		w.m("\n</section>\n")
	}

	w.m("\n<section class=\"articles\" id=\"articles\">\n  <h2>Sources</h2>\n  <ol class=\"sources-list\">")
	for _, a := range p.Articles {
		w.m(`<li value="`)
		w.int(a.Num)
		w.m(`"><a`)
		w.href(a.Href)
		w.m(">")
		w.text(a.Title)
		w.m(`</a> <span class="meta">`)
		if a.Source != "" {
			w.text(a.Source)
		} else {
			w.m("outlet unknown")
		}
		w.m(" · ")
		if a.Published.IsZero() {
			w.m("undated")
		} else {
			w.text(a.Day)
		}
		if a.Opinion {
			w.m(" · opinion")
		}
		if a.Duplicate != "" {
			w.m(" · copy of ")
			w.text(a.Duplicate)
		}
		w.m("</span>")
		if a.URL != "" {
			w.m(` <a class="ext"`)
			w.href(a.URL)
			w.m(` rel="noopener noreferrer nofollow">original ↗</a>`)
		}
		w.m("</li>")
	}
	w.m("</ol>\n</section>\n</article>\n")
	return w.html()
}

// storyNav links the page's sections: a big story's page is long, and the
// sources list is at its very end.
func (w *htmlw) storyNav(p *storyPage) {
	w.m(`<nav class="story-nav" aria-label="On this page"><a href="#brief">Brief</a>`)
	for _, s := range []struct {
		show   bool
		anchor markup
		label  markup
	}{
		{len(p.Claims) > 0, "#claims", "Who confirms what"},
		{len(p.Single) > 0, "#single-source", "Only one outlet"},
		{len(p.Discrepancies) > 0, "#differ", "Where sources differ"},
		{len(p.Speakers) > 0, "#said", "Who said what"},
		{len(p.Timeline.Entries) > 0, "#timeline", "Timeline"},
		{len(p.Entities) > 0, "#entities", "Entities"},
		{true, "#articles", "Sources"},
	} {
		if s.show {
			w.m(` · <a href="`)
			w.m(s.anchor)
			w.m(`">`)
			w.m(s.label)
			w.m("</a>")
		}
	}
	w.m("</nav>\n")
}

func (w *htmlw) cite(c cite) {
	w.citeOpen(c)
	w.m("]</a>")
}

// citeNamed is a citation that also names its source after the number.
func (w *htmlw) citeNamed(c cite) {
	w.citeOpen(c)
	w.m("] ")
	w.text(c.Label)
	w.m("</a>")
}

func (w *htmlw) citeOpen(c cite) {
	w.m(`<a class="cite"`)
	w.href(c.Href)
	w.attr("title", c.Label)
	w.m(">[")
	w.int(c.Num)
}

func (w *htmlw) cites(cs []cite) {
	for _, c := range cs {
		w.cite(c)
	}
}

// spark writes a sparkline's SVG (numbers and a title only).
func (w *htmlw) spark(sp sparkline) {
	if sp.Empty {
		return
	}
	w.m(`<svg class="spark" width="`)
	w.int(sp.W)
	w.m(`" height="`)
	w.int(sp.H)
	w.m(`" viewBox="0 0 `)
	w.int(sp.W)
	w.m(" ")
	w.int(sp.H)
	w.m(`" role="img"`)
	w.attr("aria-label", sp.Title)
	w.m("><title>")
	w.text(sp.Title)
	w.m("</title>")
	if b := sp.Bar; b != nil {
		w.m(`<line class="spark-base" x1="2" y1="`)
		w.float(b.Y2)
		w.m(`" x2="`)
		w.int(sp.W - 2)
		w.m(`" y2="`)
		w.float(b.Y2)
		w.m(`"/><rect class="spark-bar" x="`)
		w.float(b.X)
		w.m(`" y="`)
		w.float(b.Y)
		w.m(`" width="`)
		w.float(b.Width)
		w.m(`" height="`)
		w.float(b.Height)
		w.m(`"/>`)
	} else {
		w.m(`<polygon class="spark-area"`)
		w.attr("points", sp.Area)
		w.m(`/><polyline class="spark-line"`)
		w.attr("points", sp.Points)
		w.m("/>")
	}
	w.m("</svg>")
}

// HTML renders a story card for the lists (twenty a page, each a dozen
// values: through html/template that was a third of the list's CPU).
func (c storyCard) HTML() template.HTML {
	w := &htmlw{}
	w.m("\n<li class=\"story-card\">\n  <div class=\"story-card-main\">\n    <a class=\"story-title\"")
	w.href(c.Href)
	w.m(">")
	w.text(c.Title)
	w.m("</a>\n    <div class=\"meta\">\n      <span class=\"coverage\"")
	w.attr("title", c.OutletList)
	w.m(">")
	w.text(c.Coverage)
	w.m("</span>\n    </div>\n    ")
	if len(c.Chips) > 0 {
		w.m(`<ul class="chips">`)
		for _, ch := range c.Chips {
			w.m("<li><a")
			w.attr("class", "chip "+ch.Class)
			w.href(ch.Href)
			w.m(">")
			w.text(ch.Name)
			w.m("</a></li>")
		}
		w.m("</ul>")
	}
	w.m("\n  </div>\n  <div class=\"story-card-spark\">")
	w.spark(c.Spark)
	w.m("</div>\n</li>\n")
	return w.html()
}

// outletOptions renders the outlet filter's options, selected marking the
// chosen one.
func outletOptions(outlets []sqlite.Outlet, selected string) template.HTML {
	w := &htmlw{}
	for _, o := range outlets {
		w.m("<option")
		w.attr("value", o.Name)
		if o.Name == selected {
			w.m(" selected")
		}
		w.m(">")
		w.text(o.Name + " (" + strconv.Itoa(o.Articles) + ")")
		w.m("</option>")
	}
	return w.html()
}
