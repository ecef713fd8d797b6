//go:build !linux

package entity

import "time"

func processCPU() time.Duration { return 0 }
