package entity

import (
	"syscall"
	"time"
)

// processCPU is the CPU time used by the process so far: benchmarks report
// it per operation, since wall time is unreliable on a shared machine.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
