package main

// admin1 names first-level divisions by their GeoNames admin1 code, for the
// countries news names most (GeoNames ships their names in
// admin1CodesASCII.txt, which cities500 lacks). Each entry is
// "code|Canonical Name|alias|alias...". Coordinates are derived from the
// cities of the division. Divisions not listed here are still found as
// "X region/province/oblast" when X is the seat (PPLA) of a division.
var admin1 = map[string][]string{
	"US": {
		"AL|Alabama", "AK|Alaska", "AZ|Arizona", "AR|Arkansas", "CA|California", "CO|Colorado",
		"CT|Connecticut", "DE|Delaware", "DC|District of Columbia|Washington, D.C.|Washington D.C.|D.C.",
		"FL|Florida", "GA|Georgia", "HI|Hawaii", "ID|Idaho", "IL|Illinois", "IN|Indiana", "IA|Iowa",
		"KS|Kansas", "KY|Kentucky", "LA|Louisiana", "ME|Maine", "MD|Maryland", "MA|Massachusetts",
		"MI|Michigan", "MN|Minnesota", "MS|Mississippi", "MO|Missouri", "MT|Montana", "NE|Nebraska",
		"NV|Nevada", "NH|New Hampshire", "NJ|New Jersey", "NM|New Mexico", "NY|New York|New York State",
		"NC|North Carolina", "ND|North Dakota", "OH|Ohio", "OK|Oklahoma", "OR|Oregon",
		"PA|Pennsylvania", "RI|Rhode Island", "SC|South Carolina", "SD|South Dakota",
		"TN|Tennessee", "TX|Texas", "UT|Utah", "VT|Vermont", "VA|Virginia",
		"WA|Washington|Washington State|Washington state", "WV|West Virginia", "WI|Wisconsin", "WY|Wyoming",
	},
	"CA": {
		"01|Alberta", "02|British Columbia", "03|Manitoba", "04|New Brunswick",
		"05|Newfoundland and Labrador|Newfoundland", "07|Nova Scotia", "08|Ontario",
		"09|Prince Edward Island", "10|Quebec|Québec", "11|Saskatchewan", "12|Yukon",
		"13|Northwest Territories", "14|Nunavut",
	},
	"AU": {
		"01|Australian Capital Territory", "02|New South Wales", "03|Northern Territory",
		"04|Queensland", "05|South Australia", "06|Tasmania", "07|Victoria", "08|Western Australia",
	},
	"GB": {"ENG|England", "SCT|Scotland", "WLS|Wales", "NIR|Northern Ireland"},
	"PS": {"GZ|Gaza Strip|the Gaza Strip", "WE|West Bank|the West Bank"},
	"UA": {
		"01|Cherkasy Oblast", "02|Chernihiv Oblast", "03|Chernivtsi Oblast",
		"04|Dnipropetrovsk Oblast|Dnipropetrovsk region|Dnipro region", "05|Donetsk Oblast",
		"06|Ivano-Frankivsk Oblast", "07|Kharkiv Oblast", "08|Kherson Oblast",
		"09|Khmelnytskyi Oblast", "10|Kirovohrad Oblast|Kirovohrad region",
		"11|Crimea|Autonomous Republic of Crimea|Crimean Peninsula", "12|Kyiv City",
		"13|Kyiv Oblast|Kyiv region|Kiev region|Kiev Oblast", "14|Luhansk Oblast",
		"15|Lviv Oblast", "16|Mykolaiv Oblast|Mykolaiv region", "17|Odesa Oblast|Odessa region|Odessa Oblast",
		"18|Poltava Oblast", "19|Rivne Oblast", "20|Sevastopol City", "21|Sumy Oblast",
		"22|Ternopil Oblast", "23|Vinnytsia Oblast|Vinnytsia region", "24|Volyn Oblast|Volyn region",
		"25|Zakarpattia Oblast|Zakarpattia region|Transcarpathia", "26|Zaporizhzhia Oblast|Zaporizhzhia region",
		"27|Zhytomyr Oblast",
	},
	"RU": {
		"01|Republic of Adygea|Adygea", "04|Altai Krai", "06|Arkhangelsk Oblast", "07|Astrakhan Oblast",
		"08|Bashkortostan", "09|Belgorod Oblast", "10|Bryansk Oblast", "11|Buryatia",
		"12|Chechnya|Chechen Republic", "13|Chelyabinsk Oblast", "15|Chukotka", "17|Dagestan",
		"19|Ingushetia", "20|Irkutsk Oblast", "23|Kaliningrad Oblast", "24|Kalmykia", "25|Kaluga Oblast",
		"30|Khabarovsk Krai", "38|Krasnodar Krai", "41|Kursk Oblast", "43|Lipetsk Oblast",
		"47|Moscow Oblast|Moscow region", "48|Moscow City", "49|Murmansk Oblast",
		"51|Nizhny Novgorod Oblast", "53|Novosibirsk Oblast", "54|Omsk Oblast", "56|Oryol Oblast",
		"59|Primorsky Krai", "61|Rostov Oblast|Rostov region", "62|Ryazan Oblast", "63|Yakutia|Sakha Republic",
		"64|Sakhalin Oblast", "65|Samara Oblast", "66|Saint Petersburg City", "67|Saratov Oblast",
		"68|North Ossetia", "69|Smolensk Oblast", "70|Stavropol Krai", "71|Sverdlovsk Oblast",
		"72|Tambov Oblast", "73|Tatarstan", "76|Tula Oblast", "77|Tver Oblast", "83|Vladimir Oblast",
		"84|Volgograd Oblast", "86|Voronezh Oblast", "88|Yaroslavl Oblast", "90|Perm Krai",
		"91|Krasnoyarsk Krai", "93|Zabaykalsky Krai",
	},
}

// regions are larger areas news names that are neither countries nor
// divisions. They are kept so that the longest match takes "South America"
// whole instead of reading "America" as the United States.
var regions = []string{
	"Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Central America",
	"Middle East", "the Middle East", "Near East", "Far East", "Caribbean", "the Caribbean", "Balkans",
	"the Balkans", "Caucasus", "the Caucasus", "Scandinavia", "Eastern Europe", "Western Europe",
	"Central Europe", "Southeast Asia", "South Asia", "East Asia", "Central Asia", "West Africa",
	"East Africa", "North Africa", "Southern Africa", "Central Africa", "Sub-Saharan Africa", "Sahel",
	"the Sahel", "Horn of Africa", "Gulf", "Persian Gulf", "Arctic", "Antarctic", "Oceania",
	"Pacific", "Atlantic", "Indian Ocean", "Black Sea", "Baltic", "Mediterranean", "Red Sea",
	"Donbas", "Donbass", "Kurdistan", "Siberia", "Kashmir", "Tigray", "Darfur", "Sinai", "Golan Heights",
	"Indo-Pacific",
}
