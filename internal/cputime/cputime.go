// Package cputime reads the CPU time a process or thread has used, so that
// speed figures stay honest on a shared, oversubscribed machine: a rate per
// CPU-second is a rate per core whatever else is running.
package cputime

import "time"

// Process returns the user+system CPU time of the whole process.
func Process() time.Duration { return usage(rusageSelf) }

// Thread returns the CPU time of the calling OS thread; callers pin their
// goroutine with runtime.LockOSThread. It falls back to Process where
// per-thread accounting is not available.
func Thread() time.Duration {
	if d := usage(rusageThread); d > 0 {
		return d
	}
	return Process()
}
