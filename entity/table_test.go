package entity

import "testing"

func TestFeatTableFindsEveryKey(t *testing.T) {
	index := map[uint64]int32{}
	for i := range 5000 {
		index[uint64(i)*0x9e3779b97f4a7c15+7] = int32(i)
	}
	tb := newFeatTable(index)
	for k, r := range index {
		if got, ok := tb.get(k); !ok || got != r {
			t.Fatalf("get(%d) = %d, %v; want %d", k, got, ok, r)
		}
	}
	for i := range 5000 {
		if _, ok := tb.get(uint64(i)*31 + 3); ok && index[uint64(i)*31+3] == 0 {
			t.Fatalf("found absent key %d", uint64(i)*31+3)
		}
	}
	if _, ok := tb.get(0); ok {
		t.Fatal("found key 0")
	}
}
