// Package cliflag parses command lines whose flags may come before or
// after the positional arguments ("eval dates DIR --no-url"), which the
// standard flag package stops at.
package cliflag

import "flag"

// Parse parses args with fs, flags anywhere, and returns the positional
// arguments in order.
func Parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return positional, nil
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
}
