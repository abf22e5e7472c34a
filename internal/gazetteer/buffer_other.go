//go:build !linux

package gazetteer

// mappedBuffer returns an empty buffer of capacity size for data that lives
// as long as the process; see buffer_linux.go.
func mappedBuffer(size int) []byte { return make([]byte, 0, size) }
