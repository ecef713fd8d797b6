package cluster

import (
	"testing"

	"crossread"
)

// BenchmarkExtract measures feature extraction alone on a 190-word article.
func BenchmarkExtract(b *testing.B) {
	cfg := DefaultConfig()
	x := newExtractor(&cfg)
	a := &crossread.Article{Title: "Korvan earthquake kills 7 in mountain villages",
		Text: "A magnitude 5.8 earthquake struck the mountainous Korvan region on Thursday, killing seven people and destroying dozens of mud-brick homes in villages around the town of Tessaly, the Interior Ministry said. The quake hit at 2:40 p.m. at a shallow depth of 8 kilometres. Governor Pavel Dusan said rescue teams were struggling to reach the remote villages of Ostra and Belin because rockfalls had blocked the only mountain road. Helicopters from the air force carried tents and medical teams to Tessaly. Rescue teams reached the villages of Ostra and Belin on Friday, a day after a 5.8 magnitude earthquake flattened homes across the Korvan highlands. Governor Pavel Dusan raised the death toll to nine and said about 60 people were injured, most of them treated in the hospital in Tessaly. Bulldozers cleared rockfalls from the mountain road overnight."}
	var out []term
	for i := 0; i < b.N; i++ {
		out = x.extract(a, out)
	}
}
