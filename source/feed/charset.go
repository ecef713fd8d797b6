package feed

import (
	"io"

	"golang.org/x/net/html/charset"
)

func newCharsetReader(label string, r io.Reader) (io.Reader, error) {
	if rd, err := charset.NewReaderLabel(label, r); err == nil {
		return rd, nil
	}
	return r, nil
}
