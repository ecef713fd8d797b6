package cluster

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"crossread"
)

// In a stream that is mostly English, two unrelated Spanish articles share
// only their function words ("de", "la", "que", "los"), which look rare
// there; they must not make one story of them.
func TestFunctionWordsOfAnotherLanguageJoinNothing(t *testing.T) {
	c := New()
	topics := []string{"harbour bridge repairs", "school budget vote", "river flood warning", "museum roof fire",
		"tram line extension", "hospital staff strike", "airport runway closure", "library opening hours"}
	for i := 0; i < 40; i++ {
		topic := topics[i%len(topics)]
		c.Add(&crossread.Article{ID: fmt.Sprintf("en%d", i), Title: strings.ToUpper(topic[:1]) + topic[1:],
			Text:      strings.Repeat("The council discussed the "+topic+" on Tuesday and residents asked questions about costs. ", 4),
			Published: crossread.Timestamp{Time: monday.Add(time.Duration(i) * time.Hour)}})
	}
	fuel := &crossread.Article{ID: "es1", Title: "Suben los precios de la gasolina en la capital",
		Text: "Los precios de la gasolina y del diésel subieron otra vez esta semana en la capital, según los datos de la oficina de energía. " +
			"Los conductores dicen que llenar el tanque cuesta ahora un tercio más que en enero y que las estaciones del centro son las más caras de la región.",
		Published: crossread.Timestamp{Time: monday.Add(50 * time.Hour)}}
	match := &crossread.Article{ID: "es2", Title: "El equipo local gana el clásico en el último minuto",
		Text: "El equipo local ganó el clásico de la liga con un gol en el último minuto, ante un estadio lleno que celebró hasta la medianoche. " +
			"Los jugadores dedicaron la victoria a los aficionados que viajaron desde la costa y el entrenador elogió la defensa del segundo tiempo.",
		Published: crossread.Timestamp{Time: monday.Add(51 * time.Hour)}}
	a, b := c.Add(fuel), c.Add(match)
	if c.Canonical(a.StoryID) == c.Canonical(b.StoryID) {
		t.Fatalf("a fuel-price story and a football match were joined in %s", a.StoryID)
	}
}

func TestForeignFunctionWordsSpareEnglishWords(t *testing.T) {
	for _, w := range []string{"der", "los", "une", "della", "het"} {
		if !stopwords[w] {
			t.Errorf("%q is a term", w)
		}
	}
	for _, w := range []string{"war", "son", "die", "man", "gift"} {
		if stopwords[w] {
			t.Errorf("%q, an English word, is a stopword", w)
		}
	}
}
