// Package ne1 is the Natural Earth I projection onto the map's viewBox,
// shared by package worldmap and its data generator so that the stored
// country outlines and the markers drawn over them agree.
package ne1

import "math"

// The whole world fills the box 0..Width × 0..Height, x growing east and y
// growing south, as in SVG. Height follows from the projection's aspect
// ratio (about 1.92 : 1).
const (
	Width  = 1000
	Height = 520
)

// scale maps the projection's full width (twice its x at the equator for
// longitude 180, 2 × 0.8707π) onto Width. The poles then lie at
// y = ±1.422391 × scale = ±259.998 around the centre, inside Height.
var scale = Width / (2 * 0.8707 * math.Pi)

// Raw is the Natural Earth I projection (Šavrič, Jenny, Patterson, Petrovič
// and Hurni, 2011) of longitude lam and latitude phi in radians, in the
// polynomial form of d3-geo's geoNaturalEarth1Raw.
func Raw(lam, phi float64) (x, y float64) {
	phi2 := phi * phi
	phi4 := phi2 * phi2
	x = lam * (0.8707 - 0.131979*phi2 + phi4*(-0.013791+phi4*(0.003971*phi2-0.001529*phi4)))
	y = phi * (1.007226 + phi2*(0.015085+phi4*(-0.044475+0.028874*phi2-0.005916*phi4)))
	return x, y
}

// Project maps latitude and longitude in degrees to the box, (0, 0) to its
// centre. It does not check its arguments.
func Project(lat, lon float64) (x, y float64) {
	px, py := Raw(lon*math.Pi/180, lat*math.Pi/180)
	return Width/2 + px*scale, Height/2 - py*scale
}
