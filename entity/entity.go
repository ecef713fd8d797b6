// Package entity finds named entities (people, organisations, places, other
// named things) in English news and merges their mentions across a story
// into one Entity per real-world thing, with every spelling as an alias.
package entity

import "crossread"

// Recognize returns the entity mentions in a document's text, with spans.
func Recognize(doc *crossread.Doc) []crossread.Mention { return nil }

// Merge groups the mentions of a story's documents into entities.
func Merge(docs []*crossread.Doc) []crossread.Entity { return nil }
