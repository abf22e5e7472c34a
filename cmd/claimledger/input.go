package main

import (
	"slices"
	"strings"

	"github.com/claimledger/claimledger/internal/source"
)

// inputKinds are the values of --input, for messages.
var inputKinds = strings.Join(source.Kinds, ", ")

func validInput(kind string) bool { return slices.Contains(source.Kinds, kind) }
