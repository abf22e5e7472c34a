package gazetteer

import (
	"syscall"
	"unsafe"
)

// mappedBuffer returns an empty buffer of capacity size outside the Go heap,
// aligned and marked for transparent huge pages, for data that lives as
// long as the process. Every 4 KB page of fresh heap costs a page fault,
// which on virtual machines made up a third of the load time; a 2 MB page
// costs one fault. It falls back to the heap when mapping fails.
func mappedBuffer(size int) []byte {
	const huge = 2 << 20
	rounded := (size + huge - 1) &^ (huge - 1)
	mem, err := syscall.Mmap(-1, 0, rounded+huge, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil || size == 0 {
		return make([]byte, 0, size)
	}
	off := int(-uintptr(unsafe.Pointer(unsafe.SliceData(mem))) & (huge - 1))
	mem = mem[off : off+rounded]
	_ = syscall.Madvise(mem, syscall.MADV_HUGEPAGE) // a hint: without it, small pages
	return mem[:0:size]
}
