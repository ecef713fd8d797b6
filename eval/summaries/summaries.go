// Package summaries evaluates crossread against annotated data; see
// ../shared/eval/README.md for the metric definitions.
package summaries

import (
	"context"
	"errors"
	"io"
)

// Run is the `crossread eval ...` command: args are its flags and paths.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return errors.New("not implemented yet")
}
