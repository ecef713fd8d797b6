//go:build !linux

package ner

import "time"

func threadCPU() (time.Duration, bool) { return 0, false }
