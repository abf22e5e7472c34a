package worldmap

import (
	"math"

	"github.com/claimledger/claimledger/internal/worldmap/internal/ne1"
)

// The map's own coordinate system: the whole world fills the viewBox
// "0 0 MapWidth MapHeight", x growing east and y growing south, as in SVG.
// MapHeight follows from the projection's aspect ratio (about 1.92 : 1).
const (
	MapWidth  = ne1.Width
	MapHeight = ne1.Height
)

// Valid reports whether lat and lon are finite and within [-90, 90] and
// [-180, 180] degrees.
func Valid(lat, lon float64) bool {
	return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180 // false for NaN
}

// Project maps a latitude and longitude in degrees to the map's coordinates
// with the Natural Earth I projection: (0, 0) lands at the centre
// (MapWidth/2, MapHeight/2), north is up (smaller y) and east is right. For
// coordinates that are not Valid it returns NaN, NaN.
func Project(lat, lon float64) (x, y float64) {
	if !Valid(lat, lon) {
		return math.NaN(), math.NaN()
	}
	return ne1.Project(lat, lon)
}
