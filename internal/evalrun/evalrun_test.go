package evalrun

import (
	"context"
	"testing"
)

func TestParallelKeepsOrder(t *testing.T) {
	got, err := Parallel(context.Background(), 100, 4, func(i int) int { return i * i })
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range got {
		if v != i*i {
			t.Fatalf("result %d = %d", i, v)
		}
	}
}

func TestParallelStopsWithTheContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Parallel(ctx, 10, 2, func(i int) int { return i }); err == nil {
		t.Fatal("no error after cancel")
	}
}

func TestOneCoreCountsEveryCall(t *testing.T) {
	n := 0
	wall, _, err := OneCore(context.Background(), 5, func(int) { n++ })
	if err != nil || n != 5 || wall <= 0 {
		t.Fatalf("n %d wall %v err %v", n, wall, err)
	}
}
