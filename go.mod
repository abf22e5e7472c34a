module github.com/claimledger/claimledger

go 1.25

require (
	github.com/abadojack/whatlanggo v1.0.1
	github.com/klauspost/compress v1.20.4
)
