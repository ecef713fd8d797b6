//go:build h3dbg

package extract

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestH3Debug(t *testing.T) {
	f, _ := os.Open(os.Getenv("H3TSV"))
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	root := os.Getenv("H3DIR")
	nourl := os.Getenv("H3NOURL") != ""
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if c[0] == "file" || c[1] == c[2] {
			continue
		}
		matches, _ := filepath.Glob(filepath.Join(root, "*", c[0]))
		if len(matches) == 0 {
			continue
		}
		page, _ := os.ReadFile(matches[0])
		page = toUTF8(page, "")
		doc, _ := html.Parse(bytes.NewReader(page))
		m := collectMeta(doc)
		an := analyze(doc)
		an.score()
		title := chooseTitle(m, an, c[5])
		u := c[5]
		if nourl {
			u = ""
		}
		var why []string
		if ts, ok := dateFromURL(u); ok {
			why = append(why, "url="+ts.Time.Format("2006-01-02"))
		}
		if ts, ok := metaPublished(m); ok {
			why = append(why, "meta="+ts.Time.Format("2006-01-02"))
		}
		if ts, ok := an.originalDate(); ok {
			why = append(why, "orig="+ts.Time.Format("2006-01-02"))
		}
		if sd, ok := an.visibleDate(title); ok {
			why = append(why, fmt.Sprintf("vis=%s upd=%v", sd.ts.Time.Format("2006-01-02"), sd.updated))
		}
		if ld := m.ld.dateModified; ld != "" {
			why = append(why, "ldmod="+ld)
		}
		if v := m.meta["article:modified_time"]; v != "" {
			why = append(why, "artmod="+v)
		}
		if os.Getenv("H3CTX") != "" {
			a, aAt, _ := firstShownDate(an.headlineText(title, 800))
			b, bd, _ := lastShownDate(an.textBefore(an.titleH1(title), 250))
			ht := an.headlineText(title, 800)
			fmt.Printf("   TITLE %q\n   AFTER %s at %d: %q\n   BEFORE %s dist %d: %q\n", title, a.ts.Time.Format("2006-01-02"), aAt, ht[:min(len(ht), aAt+40)], b.ts.Time.Format("2006-01-02"), bd, an.textBefore(an.titleH1(title), 250))
		}
		fmt.Printf("%s gold=%s got=%s ext=%s | %s\n", c[0], c[1], c[2], c[3], strings.Join(why, " "))
	}
}
