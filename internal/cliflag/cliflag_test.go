package cliflag

import (
	"flag"
	"io"
	"slices"
	"testing"
)

func TestFlagsAnywhere(t *testing.T) {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	n := fs.Int("j", 1, "")
	v := fs.Bool("v", false, "")
	pos, err := Parse(fs, []string{"a", "-j", "3", "b", "-v"})
	if err != nil || !slices.Equal(pos, []string{"a", "b"}) || *n != 3 || !*v {
		t.Fatalf("pos %q j %d v %v err %v", pos, *n, *v, err)
	}
	if _, err := Parse(fs, []string{"a", "-nope"}); err == nil {
		t.Fatal("unknown flag accepted")
	}
}
