package main

import (
	"bufio"
	"log"
	"os"
	"strings"
)

// shortNames are the names news uses where ISO's differ.
var shortNames = map[string]string{
	"RUS": "Russia", "USA": "United States", "GBR": "Britain", "PSE": "Palestine", "KOR": "South Korea",
	"PRK": "North Korea", "VNM": "Vietnam", "LAO": "Laos", "MDA": "Moldova", "BOL": "Bolivia",
	"VEN": "Venezuela", "TZA": "Tanzania", "COD": "Democratic Republic of Congo", "COG": "Republic of Congo",
	"CZE": "Czech Republic", "TUR": "Turkey", "BRN": "Brunei", "FSM": "Micronesia",
}

var extraNames = map[string][]string{
	"USA": {"united states", "united states of america", "us", "u.s.", "usa", "u.s.a.", "america"},
	"GBR": {"britain", "great britain", "uk", "u.k.", "united kingdom"},
	"RUS": {"russia", "russian federation"},
	"PSE": {"palestine", "palestinian territories", "state of palestine"},
	"COD": {"dr congo", "drc"},
	"ARE": {"uae", "u.a.e.", "emirates"},
	"TUR": {"turkey", "turkiye", "türkiye"},
	"CZE": {"czechia"},
	"NLD": {"holland"},
	"MMR": {"burma"},
	"CIV": {"ivory coast"},
	"SWZ": {"swaziland"},
	"MKD": {"macedonia"},
	"CPV": {"cape verde"},
	"TWN": {"taiwan"},
	"IRN": {"iran"},
	"SYR": {"syria"},
}

var extraDemonyms = map[string][]string{
	"USA": {"american", "u.s.", "us"}, "GBR": {"british", "uk", "u.k."}, "FRA": {"french"},
	"NLD": {"dutch"}, "CHE": {"swiss"}, "IRL": {"irish"}, "ESP": {"spanish"}, "PRT": {"portuguese"},
	"DNK": {"danish"}, "SWE": {"swedish"}, "FIN": {"finnish"}, "POL": {"polish"}, "TUR": {"turkish"},
	"GRC": {"greek"}, "CYP": {"cypriot"}, "ISR": {"israeli"}, "PSE": {"palestinian"}, "SAU": {"saudi"},
	"ARE": {"emirati"}, "YEM": {"yemeni"}, "IRQ": {"iraqi"}, "IRN": {"iranian"}, "AFG": {"afghan"},
	"PAK": {"pakistani"}, "BGD": {"bangladeshi"}, "THA": {"thai"}, "PHL": {"philippine", "filipino"},
	"KOR": {"south korean"}, "PRK": {"north korean"}, "CHN": {"chinese"}, "JPN": {"japanese"},
	"VNM": {"vietnamese"}, "NZL": {"new zealand"}, "BEL": {"belgian"}, "DEU": {"german"}, "MAR": {"moroccan"},
	"LBN": {"lebanese"}, "SYR": {"syrian"}, "JOR": {"jordanian"}, "EGY": {"egyptian"}, "QAT": {"qatari"},
	"KWT": {"kuwaiti"}, "OMN": {"omani"}, "BHR": {"bahraini"}, "SDN": {"sudanese"}, "SSD": {"south sudanese"},
	"ETH": {"ethiopian"}, "SOM": {"somali"}, "NGA": {"nigerian"}, "ZAF": {"south african"}, "UKR": {"ukrainian"},
	"RUS": {"russian"}, "BLR": {"belarusian", "belarussian"}, "GEO": {"georgian"}, "ARM": {"armenian"},
	"AZE": {"azerbaijani", "azeri"}, "KAZ": {"kazakh"}, "IND": {"indian"}, "LKA": {"sri lankan"},
	"MMR": {"myanmar", "burmese"}, "ITA": {"italian"}, "AUT": {"austrian"}, "HUN": {"hungarian"},
	"ROU": {"romanian"}, "BGR": {"bulgarian"}, "SRB": {"serbian"}, "HRV": {"croatian"}, "CZE": {"czech"},
	"SVK": {"slovak"}, "NOR": {"norwegian"}, "CAN": {"canadian"}, "MEX": {"mexican"}, "BRA": {"brazilian"},
	"ARG": {"argentine", "argentinian"}, "COL": {"colombian"}, "VEN": {"venezuelan"}, "CUB": {"cuban"},
	"AUS": {"australian"}, "LBY": {"libyan"}, "TUN": {"tunisian"}, "DZA": {"algerian"}, "MLI": {"malian"},
	"KEN": {"kenyan"}, "TWN": {"taiwanese"}, "EST": {"estonian"}, "LVA": {"latvian"}, "LTU": {"lithuanian"},
	"MDA": {"moldovan"}, "CHL": {"chilean"}, "PER": {"peruvian"}, "IDN": {"indonesian"}, "MYS": {"malaysian"},
}

// capitals name each country's seat of government, which news uses for its
// government ("Moscow said", "Kyiv denies").
var capitals = map[string][]string{
	"RUS": {"moscow"}, "UKR": {"kyiv", "kiev"}, "USA": {"washington"}, "GBR": {"london"}, "FRA": {"paris"},
	"DEU": {"berlin"}, "CHN": {"beijing", "peking"}, "JPN": {"tokyo"}, "IRN": {"tehran", "teheran"},
	"ISR": {"jerusalem"}, "SYR": {"damascus"}, "IRQ": {"baghdad"}, "LBN": {"beirut"}, "EGY": {"cairo"},
	"SAU": {"riyadh"}, "TUR": {"ankara"}, "PAK": {"islamabad"}, "AFG": {"kabul"}, "IND": {"new delhi", "delhi"},
	"PRK": {"pyongyang"}, "KOR": {"seoul"}, "BLR": {"minsk"}, "POL": {"warsaw"}, "ITA": {"rome"},
	"ESP": {"madrid"}, "JOR": {"amman"}, "QAT": {"doha"}, "ARE": {"abu dhabi"}, "YEM": {"sanaa"},
	"LBY": {"tripoli"}, "SDN": {"khartoum"}, "ETH": {"addis ababa"}, "KEN": {"nairobi"}, "NGA": {"abuja"},
	"CAN": {"ottawa"}, "MEX": {"mexico city"}, "BRA": {"brasilia"}, "VEN": {"caracas"}, "CUB": {"havana"},
	"GEO": {"tbilisi"}, "ARM": {"yerevan"}, "AZE": {"baku"}, "KAZ": {"astana"}, "HUN": {"budapest"},
	"SRB": {"belgrade"}, "VNM": {"hanoi"}, "TWN": {"taipei"}, "AUS": {"canberra"}, "MDA": {"chisinau"},
	"SOM": {"mogadishu"}, "MLI": {"bamako"}, "AUT": {"vienna"}, "SWE": {"stockholm"}, "FIN": {"helsinki"},
	"NOR": {"oslo"}, "DNK": {"copenhagen"}, "NLD": {"the hague"}, "BEL": {"brussels"}, "GRC": {"athens"},
	"ROU": {"bucharest"}, "BGR": {"sofia"}, "CZE": {"prague"}, "EST": {"tallinn"}, "LVA": {"riga"},
	"LTU": {"vilnius"}, "MMR": {"naypyidaw"}, "THA": {"bangkok"}, "PHL": {"manila"}, "IDN": {"jakarta"},
	"ZAF": {"pretoria"}, "DZA": {"algiers"}, "MAR": {"rabat"}, "TUN": {"tunis"}, "OMN": {"muscat"},
}

// agentLines turns Phoenix.agents.txt into "A<tab>sector<tab>noun|noun"
// lines, expanding its !MACRO! substitutions and {plural} forms.
func agentLines(path string) []string {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	macros := map[string][]string{}
	bySector := map[string][]string{}
	var order []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "!") {
			if k, v, ok := strings.Cut(line, "="); ok {
				var alts []string
				for _, a := range strings.Split(v, ",") {
					alts = append(alts, strings.ToLower(strings.TrimSpace(a)))
				}
				macros[strings.ToLower(strings.TrimSpace(k))] = alts
			}
			continue
		}
		i := strings.Index(line, "[~")
		if i < 0 {
			continue
		}
		j := strings.Index(line[i:], "]")
		if j < 0 {
			continue
		}
		sector := line[i+2 : i+j]
		head := strings.TrimSpace(line[:i])
		var forms []string
		if a := strings.Index(head, "{"); a >= 0 {
			if b := strings.Index(head[a:], "}"); b >= 0 {
				for _, p := range strings.Fields(strings.ReplaceAll(head[a+1:a+b], ",", " ")) {
					forms = append(forms, p)
				}
				head = strings.TrimSpace(head[:a])
			}
		}
		forms = append([]string{head}, forms...)
		for _, fm := range forms {
			for _, x := range expand(strings.ToLower(fm), macros) {
				x = strings.Join(strings.Fields(strings.ReplaceAll(x, "_", " ")), " ")
				if x == "" || strings.ContainsAny(x, "!{}[]") {
					continue
				}
				if _, ok := bySector[sector]; !ok {
					order = append(order, sector)
				}
				bySector[sector] = append(bySector[sector], x)
			}
		}
	}
	var out []string
	for _, s := range order {
		out = append(out, "A\t\t"+s+"\t"+strings.Join(uniq(bySector[s]), "|"))
	}
	return out
}

func expand(s string, macros map[string][]string) []string {
	i := strings.Index(s, "!")
	if i < 0 {
		return []string{s}
	}
	j := strings.Index(s[i+1:], "!")
	if j < 0 {
		return []string{s}
	}
	key := s[i : i+j+2]
	alts, ok := macros[key]
	if !ok {
		return nil
	}
	var out []string
	for _, a := range alts {
		out = append(out, expand(s[:i]+a+s[i+j+2:], macros)...)
	}
	return out
}
