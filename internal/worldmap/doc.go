// Package worldmap draws a small SVG world map with a circle for each place
// of a story, for the web pages: no map tiles, no JavaScript, nothing
// fetched at run time. The country outlines are embedded in countries.txt.
//
//	m := worldmap.SVG([]worldmap.Marker{
//		{Lat: 50.45, Lon: 30.52, Label: "Kyiv", Weight: 12},
//		{Lat: 31.50, Lon: 34.47, Label: "Gaza", Weight: 8},
//	}, worldmap.Options{Fit: true, Title: "Places in this story"})
//
// The result is a template.HTML to put in a page as it is; labels and the
// title are escaped, so place names taken from articles cannot add markup.
// Page CSS can restyle the classes worldmap, sphere, land and marker.
//
// The map uses the Natural Earth I projection (Šavrič et al., 2011), a
// pseudocylindrical compromise projection made for small-scale world maps:
// unlike Equirectangular it does not stretch Europe, Russia and the poles
// sideways, and its outline (flat poles, rounded sides) fits a wide 1.92 : 1
// box, here MapWidth × MapHeight. It has a simple closed form, so markers are
// projected exactly as the outlines were, with no inverse needed. Robinson,
// its look-alike, is defined by a table to interpolate.
//
// # Data and credits
//
// countries.txt is derived from Natural Earth's 1:110m Admin 0 countries
// (https://www.naturalearthdata.com, public domain) as packaged in TopoJSON by
// the npm package world-atlas (Copyright 2013-2019 Michael Bostock, ISC
// licence; its notice is in NOTICE). It is made by internal/gen, which
// simplifies, projects and rounds the outlines; see there for the format. To
// remake it, fetch world-atlas (it is not kept in the repository) and run
// go generate with WORLD_ATLAS set to the unpacked package:
//
//	cd /tmp && npm pack world-atlas@2 && tar xzf world-atlas-2.*.tgz
//	WORLD_ATLAS=/tmp/package go generate ./internal/worldmap
//
// Borders are those drawn by Natural Earth; they are shown as context for
// where places are, not as a statement about any border.
package worldmap

//go:generate go run ./internal/gen -in ${WORLD_ATLAS}/countries-110m.json -out countries.txt -tol 0.25 -prec 1
