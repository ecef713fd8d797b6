// Package entity finds named entities (people, organisations, places, other
// named things) in English news and merges their mentions across a story
// into one Entity per real-world thing, with every spelling as an alias.
//
// Recognition is a greedy averaged-perceptron tagger over BILOU tags
// (model.go, features.go), trained on CoNLL-2003 by cmd/train and shipped
// in model/ner.bin.gz. Merging (merge.go) works on a story's mentions with
// a transliteration-folding spelling key (variant.go).
package entity
