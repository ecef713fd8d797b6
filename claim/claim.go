// Package claim aligns the statements of a story's articles across outlets:
// claims with their support, single-source facts and discrepancies.
package claim

import "crossread"

// Result is the cross-check of one story.
type Result struct {
	Claims        []crossread.Claim
	SingleSource  []crossread.SingleSource
	Discrepancies []crossread.Discrepancy
}

// Analyze cross-checks the documents of a story. Articles whose
// DuplicateOf is set count as the same source as the article they copy.
func Analyze(docs []*crossread.Doc, entities []crossread.Entity) Result { return Result{} }
