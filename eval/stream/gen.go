package stream

import (
	"container/heap"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"crossread"
)

// GenConfig shapes a synthetic news stream.
type GenConfig struct {
	Seed       uint64
	PerDay     int     // articles per day
	Vocab      int     // background words, drawn with Zipf's law
	Topics     int     // kinds of event (earthquake, election...) whose words stories share
	MeanSize   float64 // mean articles per story (sizes are heavy-tailed)
	Spread     float64 // mean days between a story's first and later articles
	BodyWords  int
	CopyShare  float64 // share of articles that copy an earlier one of their story with a few words changed
	UndatedPct float64
}

// DefaultGen is a stream of 50,000 articles a day: about 8,000 stories a
// day, most of one to three articles and a few of hundreds.
func DefaultGen() GenConfig {
	return GenConfig{Seed: 1, PerDay: 50000, Vocab: 40000, Topics: 300, MeanSize: 6, Spread: 0.6,
		BodyWords: 180, CopyShare: 0.05}
}

// Item is one generated article and the story it was written about.
type Item struct {
	Article *crossread.Article
	Story   int
}

type genStory struct {
	id       int
	entities []string
	words    []string
	numbers  []string
	last     string // the latest text, for copies
}

type pending struct {
	at    time.Time
	story *genStory
}

type queue []pending

func (q queue) Len() int           { return len(q) }
func (q queue) Less(i, j int) bool { return q[i].at.Before(q[j].at) }
func (q queue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *queue) Push(x any)        { *q = append(*q, x.(pending)) }
func (q *queue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

// Generator produces a stream in publication order.
type Generator struct {
	cfg      GenConfig
	r        *rand.Rand
	zipf     *rand.Zipf
	sizes    *rand.Zipf
	vocab    []string
	topics   [][]string
	clock    time.Time
	q        queue
	nStories int
	nArts    int
	sb       strings.Builder
}

// NewGenerator returns a generator; the same config gives the same stream.
func NewGenerator(cfg GenConfig) *Generator {
	r := rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9E3779B97F4A7C15))
	g := &Generator{cfg: cfg, r: r, clock: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	g.zipf = rand.NewZipf(r, 1.07, 2, uint64(cfg.Vocab-1))
	// Story sizes: Zipf over 1..500, shifted; its mean is tuned by MeanSize below.
	g.sizes = rand.NewZipf(r, 1.8, 1, 500)
	for i := 0; i < cfg.Vocab; i++ {
		g.vocab = append(g.vocab, g.word(2+i%3))
	}
	for i := 0; i < cfg.Topics; i++ {
		var ws []string
		for k := 0; k < 12; k++ {
			ws = append(ws, g.vocab[200+r.IntN(cfg.Vocab/2)])
		}
		g.topics = append(g.topics, ws)
	}
	return g
}

var syllables = strings.Fields("ka lo mi ra te su ne vo pa ri da go li ma ze ta no be shi ku an el or in us ar")

func (g *Generator) word(syl int) string {
	var b strings.Builder
	for i := 0; i < syl; i++ {
		b.WriteString(syllables[g.r.IntN(len(syllables))])
	}
	return b.String()
}

func (g *Generator) name() string {
	w := g.word(2 + g.r.IntN(2))
	return strings.ToUpper(w[:1]) + w[1:]
}

// spawn starts stories until the queue holds the next hour's articles.
func (g *Generator) spawn() {
	perHour := float64(g.cfg.PerDay) / 24 / g.cfg.MeanSize
	n := int(perHour)
	if g.r.Float64() < perHour-float64(n) {
		n++
	}
	for i := 0; i < n; i++ {
		g.nStories++
		s := &genStory{id: g.nStories}
		for k := 0; k < 3+g.r.IntN(5); k++ {
			e := g.name()
			if g.r.IntN(3) == 0 {
				e += " " + g.name()
			}
			s.entities = append(s.entities, e)
		}
		topic := g.topics[g.r.IntN(len(g.topics))]
		for k := 0; k < 6; k++ {
			s.words = append(s.words, topic[g.r.IntN(len(topic))])
		}
		for k := 0; k < 6; k++ {
			s.words = append(s.words, g.vocab[100+g.r.IntN(g.cfg.Vocab-100)])
		}
		for k := 0; k < 2; k++ {
			s.numbers = append(s.numbers, strconv.Itoa(2+g.r.IntN(5000)))
		}
		size := int(g.sizes.Uint64())
		// Zipf(1.8) over 1..500 has a mean near 2.7; scale towards MeanSize.
		size = int(math.Ceil(float64(size) * g.cfg.MeanSize / 2.7))
		start := g.clock.Add(time.Duration(g.r.Float64() * float64(time.Hour)))
		for k := 0; k < size; k++ {
			at := start
			if k > 0 {
				at = start.Add(time.Duration(g.r.ExpFloat64() * g.cfg.Spread * 24 * float64(time.Hour)))
			}
			heap.Push(&g.q, pending{at: at, story: s})
		}
	}
	g.clock = g.clock.Add(time.Hour)
}

// Next returns the next article of the stream.
func (g *Generator) Next() Item {
	for len(g.q) == 0 || g.q[0].at.After(g.clock) {
		g.spawn()
	}
	p := heap.Pop(&g.q).(pending)
	s := p.story
	g.nArts++
	id := "g" + strconv.Itoa(g.nArts)
	a := &crossread.Article{ID: id, URL: "https://outlet" + strconv.Itoa(g.r.IntN(500)) + ".example/" + id,
		Published: crossread.Timestamp{Time: p.at, HasClock: true}}
	if g.cfg.UndatedPct > 0 && g.r.Float64() < g.cfg.UndatedPct {
		a.Published = crossread.Timestamp{}
	}
	if s.last != "" && g.r.Float64() < g.cfg.CopyShare {
		words := strings.Fields(s.last)
		for k := 0; k < 3; k++ {
			words[g.r.IntN(len(words))] = g.vocab[g.zipf.Uint64()]
		}
		a.Title = g.title(s)
		a.Text = strings.Join(words, " ")
		return Item{Article: a, Story: s.id}
	}
	a.Title = g.title(s)
	a.Text = g.body(s)
	s.last = a.Text
	return Item{Article: a, Story: s.id}
}

func (g *Generator) title(s *genStory) string {
	g.sb.Reset()
	g.sb.WriteString(s.entities[g.r.IntN(len(s.entities))])
	for k := 0; k < 6; k++ {
		g.sb.WriteByte(' ')
		if k%2 == 0 {
			g.sb.WriteString(s.words[g.r.IntN(len(s.words))])
		} else {
			g.sb.WriteString(g.vocab[g.zipf.Uint64()])
		}
	}
	return g.sb.String()
}

func (g *Generator) body(s *genStory) string {
	g.sb.Reset()
	sentence := 0
	for k := 0; k < g.cfg.BodyWords; k++ {
		if sentence > 0 {
			g.sb.WriteByte(' ')
		}
		var w string
		switch x := g.r.IntN(100); {
		case x < 8:
			w = s.entities[g.r.IntN(len(s.entities))]
		case x < 20:
			w = s.words[g.r.IntN(len(s.words))]
		case x < 22:
			w = s.numbers[g.r.IntN(len(s.numbers))]
		default:
			w = g.vocab[g.zipf.Uint64()]
		}
		if sentence == 0 && w[0] >= 'a' && w[0] <= 'z' {
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		g.sb.WriteString(w)
		sentence++
		if sentence >= 12+g.r.IntN(10) {
			g.sb.WriteString(".")
			if g.r.IntN(4) == 0 {
				g.sb.WriteString("\n\n")
			} else {
				g.sb.WriteByte(' ')
			}
			sentence = 0
		}
	}
	return strings.TrimSpace(g.sb.String()) + "."
}
