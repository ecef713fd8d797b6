// Package cputime reads the CPU time a process or thread has used, so that
// speed figures stay honest on a shared, oversubscribed machine: a rate per
// CPU-second is a rate per core whatever else is running.
package cputime

import (
	"syscall"
	"time"
)

// Process returns the user+system CPU time of the whole process.
func Process() time.Duration { return usage(syscall.RUSAGE_SELF) }

// Thread returns the CPU time of the calling OS thread; callers pin their
// goroutine with runtime.LockOSThread. It falls back to Process where
// per-thread accounting is not available.
func Thread() time.Duration {
	const rusageThread = 1 // RUSAGE_THREAD on Linux
	if d := usage(rusageThread); d > 0 {
		return d
	}
	return Process()
}

func usage(who int) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(who, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
