//go:build !unix

package extraction

import "time"

// processCPU is unknown here; the CPU column then stays empty.
func processCPU() time.Duration { return 0 }
