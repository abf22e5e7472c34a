package text

import "strings"

// Sentence is a run of tokens, First and Last inclusive, with its byte range.
type Sentence struct {
	Range
	First, Last int
}

// abbreviations that end with a dot but do not end a sentence when followed
// by a capitalised word (titles, months, initials of common names).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true, "col": true,
	"sgt": true, "capt": true, "cpt": true, "maj": true, "adm": true, "cmdr": true, "gov": true, "sen": true,
	"rep": true, "reps": true, "sens": true, "pres": true, "rev": true, "hon": true, "st": true, "mt": true,
	"ft": true, "jr": true, "sr": true, "messrs": true, "gens": true, "brig": true, "cpl": true, "pvt": true,
	"supt": true, "insp": true, "det": true, "atty": true, "amb": true, "fr": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "vs": true, "v": true,
	"etc": true, "inc": true, "corp": true, "co": true, "ltd": true, "bros": true, "dept": true, "est": true,
	"approx": true, "e.g": true, "i.e": true, "al": true, "fig": true, "vol": true, "ave": true, "blvd": true,
}

// numberAbbreviations ("No. 10", "Nos. 3 and 4") hold the sentence open only
// before a number: "he said no. The talks ended" is two sentences.
var numberAbbreviations = map[string]bool{"no": true, "nos": true}

// stateAbbreviations follow a place and a comma in wire style ("Ashton,
// Md., said"); many are also words ("fell ill.", "iron ore.", "Mass."), so
// without the comma they end a sentence like any other word.
var stateAbbreviations = map[string]bool{
	"calif": true, "ariz": true, "fla": true, "ill": true, "mass": true, "mich": true, "minn": true,
	"penn": true, "tenn": true, "tex": true, "va": true, "wash": true, "wis": true, "conn": true, "colo": true,
	"ga": true, "ky": true, "la": true, "md": true, "mo": true, "nev": true, "okla": true, "ore": true,
	"pa": true, "ala": true, "ark": true, "del": true, "kan": true, "neb": true, "miss": true,
}

// holdsSentence reports whether the word token w, ending at a dot that is
// followed by token next, is an abbreviation rather than a sentence's end.
func holdsSentence(toks []Token, w int, next Token) bool {
	t := toks[w]
	switch {
	case abbreviations[t.Lower]:
		return true
	case numberAbbreviations[t.Lower]:
		return next.Kind == Number
	case stateAbbreviations[t.Lower]:
		return t.Upper && w > 0 && toks[w-1].Lower == ","
	}
	return len(t.Lower) == 1 && t.Upper
}

// speakerFollows reports whether tokens from k are a short capitalised
// name and a verb of saying, which keep a quoted question or exclamation
// in the sentence that attributes it.
func speakerFollows(toks []Token, k int, closes bool) bool {
	for n := 0; k < len(toks) && n < 4; n++ {
		t := &toks[k]
		if quoteVerbs[t.Lower] {
			if closes {
				// after a full stop, only "X said." or "X said, ..." that
				// opens no quotation of its own ("She adds, “...”")
				if n == 0 || k+1 >= len(toks) {
					return false
				}
				if toks[k+1].Lower == "." {
					return true
				}
				return toks[k+1].Lower == "," && (k+2 >= len(toks) || toks[k+2].Kind != QuoteMark)
			}
			return n > 0
		}
		if t.Kind != Word || !t.Upper && t.Lower != "." {
			return false
		}
		k++
	}
	return false
}

// quoteVerbs follow a quotation and its speaker.
var quoteVerbs = map[string]bool{"said": true, "says": true, "asked": true, "asks": true, "added": true, "adds": true,
	"told": true, "tells": true, "wrote": true, "writes": true, "replied": true, "replies": true, "exclaimed": true,
	"shouted": true, "continued": true, "insisted": true, "wondered": true, "tweeted": true}

// sentences splits tokens at sentence-final marks and at paragraph breaks.
func sentences(d *Doc) []Sentence {
	toks := d.Tokens
	if len(toks) == 0 {
		return nil
	}
	var out []Sentence
	first := 0
	para := 0
	flush := func(last int) {
		if last < first {
			return
		}
		out = append(out, Sentence{Range{toks[first].Start, toks[last].End}, first, last})
		first = last + 1
	}
	for i := 0; i < len(toks); i++ {
		// a paragraph break ends the sentence
		for para < len(d.Paragraphs) && d.Paragraphs[para].End <= toks[i].Start {
			para++
			if i > first {
				flush(i - 1)
			}
		}
		t := toks[i]
		c := t.Lower
		// a word with dots ("U.S.") ends a sentence only before a paragraph break
		if t.Kind != Punct || c != "." && c != "!" && c != "?" && !strings.HasPrefix(c, "..") && c != "…" {
			continue
		}
		end := i
		// closing quotes and brackets belong to the sentence
		for end+1 < len(toks) && (toks[end+1].Kind == QuoteMark && !toks[end+1].Open || toks[end+1].Lower == ")" || toks[end+1].Lower == "]") && !toks[end+1].SpaceBefore {
			end++
		}
		if end+1 < len(toks) {
			next := toks[end+1]
			if !next.SpaceBefore {
				continue // "3.5", "example.com"
			}
			if !(next.Upper || next.Kind == Number || next.Kind == QuoteMark && next.Open || next.Lower == "(" || next.Lower == "—") {
				continue
			}
			if c == "." && i > 0 && toks[i-1].End == t.Start && toks[i-1].Kind == Word {
				if holdsSentence(toks, i-1, next) {
					continue
				}
			}
			if end > i && speakerFollows(toks, end+1, c == ".") {
				// `"Why would they?" Trump said.`: the question is quoted; so
				// is `"... missing." Trump said.` when nothing follows the verb
				continue
			}
		}
		flush(end)
		i = end
	}
	flush(len(toks) - 1)
	return out
}

// Quote is a quotation: Start and End include the marks; Inner excludes
// them. A quotation that runs over several paragraphs (each opening with a
// mark, only the last closing) is one Quote.
type Quote struct {
	Range
	Inner Range
	// Closed is false when the text ended or the paragraph broke with no
	// closing mark and no continuation.
	Closed bool
}

func isDouble(s string) bool {
	switch s {
	case "\"", "“", "”", "«", "»", "„", "‟", "''", "``":
		return true
	}
	return false
}

func quotes(d *Doc) []Quote {
	var out []Quote
	open := -1 // token index of the open double quote
	para := 0  // the paragraph the open quotation has reached
	for i, t := range d.Tokens {
		if t.Kind != QuoteMark {
			continue
		}
		w := d.Text[t.Start:t.End]
		if !isDouble(w) {
			continue
		}
		if open >= 0 {
			ot := d.Tokens[open]
			tp := d.ParagraphOf(t.Start)
			samePara := para == tp
			if !samePara && t.Open && startsParagraph(d, i) && tp == para+1 {
				// a continued quotation: the next paragraph opens again
				para = tp
				continue
			}
			if !samePara {
				// unclosed in its paragraph: it ends there
				p := d.Paragraphs[para]
				out = append(out, Quote{Range{ot.Start, p.End}, Range{ot.End, p.End}, false})
				open = -1
			} else if !t.Open || w == "\"" || w == "''" {
				out = append(out, Quote{Range{ot.Start, t.End}, Range{ot.End, t.Start}, true})
				open = -1
				continue
			}
		}
		if t.Open || w == "\"" || w == "''" {
			open = i
			para = d.ParagraphOf(t.Start)
		}
	}
	if open >= 0 {
		ot := d.Tokens[open]
		p := d.Paragraphs[para]
		out = append(out, Quote{Range{ot.Start, p.End}, Range{ot.End, p.End}, false})
	}
	return singleQuotes(d, out)
}

func startsParagraph(d *Doc, tok int) bool {
	p := d.ParagraphOf(d.Tokens[tok].Start)
	return p < len(d.Paragraphs) && d.Paragraphs[p].Start == d.Tokens[tok].Start
}
