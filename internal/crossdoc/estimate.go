package crossdoc

import (
	"math"
	"sort"

	"github.com/claimledger/claimledger"
)

// parties returns the belligerent sides of the story: the sides of those who
// accuse, deny, claim responsibility or threaten, and the countries named in
// what they say. Syndicated copies add nothing.
func (s *story) parties() map[string]bool {
	p := map[string]bool{}
	for i := range s.items {
		it := &s.items[i]
		if s.copy[it.rep] {
			continue
		}
		switch s.reports[it.rep].Doc.Claims[it.claim].Stance {
		case claimledger.StanceAccuse, claimledger.StanceDeny, claimledger.StanceClaimResponsibility, claimledger.StanceThreaten:
		default:
			continue
		}
		if side := s.spk.list[it.speaker].side; side != "" {
			p[side] = true
		}
		for _, w := range it.words {
			if c := s.lex.country(w); c != "" {
				p[c] = true
			}
		}
	}
	return p
}

// estimate computes Low, Best and High of one figure (see Figure).
func (s *story) estimate(cl []figAt, parties map[string]bool) (low, best, high float64) {
	party := map[string]bool{}
	for k := range parties {
		party[k] = true
	}
	for _, fa := range cl {
		for _, w := range fa.f.obj {
			if c := s.lex.country(w); c != "" {
				party[c] = true
			}
		}
	}
	latest := map[int]figAt{} // speaker → its latest counted figure
	for _, fa := range cl {
		if !fa.Copy && fa.speaker >= 0 {
			latest[fa.speaker] = fa
		}
	}
	var pool, indep []figAt
	for _, fa := range latest {
		pool = append(pool, fa)
		if side := fa.Side; side == "" || !party[side] {
			indep = append(indep, fa)
		}
	}
	if len(indep) > 0 {
		pool = indep
	}
	if len(pool) == 0 {
		for _, fa := range cl {
			if !fa.Copy && !fa.Denied {
				pool = append(pool, fa)
			}
		}
	}
	if len(pool) == 0 {
		pool = cl
	}
	low, high = math.Inf(1), math.Inf(-1)
	points := make([]float64, 0, len(pool))
	for _, fa := range pool {
		lo, hi := fa.f.lo, fa.f.hi
		if math.IsInf(hi, 1) {
			hi = math.Max(lo, fa.f.val)
		}
		low, high = math.Min(low, lo), math.Max(high, hi)
		points = append(points, math.Min(math.Max(fa.f.val, lo), hi))
	}
	sort.Float64s(points)
	return low, points[(len(points)-1)/2], high
}
