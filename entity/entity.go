// Package entity finds named entities (people, organisations, places, other
// named things) in news and merges their mentions across a story into one
// Entity per real-world thing, with every spelling as an alias.
//
// Recognition is a greedy averaged-perceptron tagger over BILOU tags
// (model.go, features.go), trained on CoNLL-2003 by cmd/train and shipped
// in model/ner.bin.gz. It reads English and the Latin-script languages that
// capitalise only names; in Spanish, French, Italian and Portuguese rules
// put right what English habits get wrong there (romance.go), and German,
// which capitalises every noun, is read by rules alone (german.go). Merging (merge.go) works on a story's mentions with
// a transliteration-folding spelling key (variant.go); it keeps as people
// only the one-word names the story shows to be people, by a title, a
// speech verb, an age, a role or a pronoun (cues.go); it drops the names
// that title-case section headings make up and the body never uses, and
// lone ordinary words as places or organisations that nothing supports
// (headings.go). LinkSpeakers links quotes to the story entity that speaks
// (link.go).
package entity
