// Package jsonl reads JSON Lines files of evaluation data, one value per
// line, with errors that name the file and line.
package jsonl

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"crossread"
)

// ReadFile decodes every line of path into a T.
func ReadFile[T any](path string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &crossread.Error{Code: crossread.ENOTFOUND, Op: "read " + path, Err: err}
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, &crossread.Error{Code: crossread.EINVALID, Op: fmt.Sprintf("read %s:%d", path, n), Err: err}
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		return nil, &crossread.Error{Code: crossread.EINVALID, Op: "read " + path, Err: err}
	}
	return out, nil
}
