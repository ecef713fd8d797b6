//go:build unix

package http

import (
	"syscall"
	"time"
)

// processCPU is the CPU time (user + system) this process has used: the
// load benchmark reports it per request, a figure other programs on a
// shared machine do not distort the way they distort latency.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
