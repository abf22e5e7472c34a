package entities

import (
	"strings"
	"unicode"

	"github.com/claimledger/claimledger"
)

// Gender lets "she" pass over a man and "he" over a woman when pronouns
// are resolved. It is read from the text only: an honorific before a
// mention ("Mrs.", "Sir"), a role noun ("spokeswoman", "husband"), or a
// first name common enough to be listed here; otherwise it stays unknown
// and both pronouns may take the person.
type gender byte

const (
	unknownGender gender = iota
	male
	female
)

// genders fills in the gender of every person of the set.
func (s *Set) genders() {
	for _, m := range s.mentions {
		e := s.ents[m.ent]
		if e.typ != claimledger.EntityPerson || e.gender != unknownGender {
			continue
		}
		if k := s.d.TokenAt(m.start); k > 0 {
			p := s.d.Tokens[k-1].Lower
			if k > 1 && p == "." {
				p = s.d.Tokens[k-2].Lower
			}
			e.gender = honorificGender[p]
		}
	}
	for _, e := range s.ents {
		if e.typ != claimledger.EntityPerson || e.gender != unknownGender {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(e.role)) {
			if g := roleGender[w]; g != unknownGender {
				e.gender = g
			}
		}
		if e.gender == unknownGender {
			if first, _, _ := strings.Cut(strings.ToLower(e.name), " "); first != "" {
				e.gender = firstNameGender[first]
			}
		}
	}
}

// Fits reports whether a personal pronoun ("she", "his") can stand for
// entity id: not when the text marks the person as of the other sex.
func (s *Set) Fits(id, pronoun string) bool {
	i := s.index(id)
	return i < 0 || s.ents[i].fits(strings.ToLower(pronoun))
}

// hasUpper reports whether a name has a capital: a name of its own, not
// a description ("teacher"), which a pronoun does not reach back to.
func hasUpper(name string) bool {
	for _, r := range name {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// Refers records that a personal pronoun was taken to stand for entity
// id, which sets the person's sex when the text had not: after "She
// said", a later "he" looks elsewhere.
func (s *Set) Refers(id, pronoun string) {
	i := s.index(id)
	if i < 0 || s.ents[i].typ != claimledger.EntityPerson || s.ents[i].gender != unknownGender {
		return
	}
	switch strings.ToLower(pronoun) {
	case "he", "him", "his", "himself":
		s.ents[i].gender = male
	case "she", "her", "hers", "herself":
		s.ents[i].gender = female
	}
}

// fits reports whether a personal pronoun can stand for entity e.
func (e *entity) fits(pronoun string) bool {
	switch pronoun {
	case "he", "him", "his", "himself":
		return e.gender != female
	case "she", "her", "hers", "herself":
		return e.gender != male
	}
	return true
}

var honorificGender = func() map[string]gender {
	m := map[string]gender{}
	for _, w := range strings.Fields("mr sir lord king prince duke father brother") {
		m[w] = male
	}
	for _, w := range strings.Fields("mrs ms miss madam dame lady queen princess duchess sister") {
		m[w] = female
	}
	return m
}()

var roleGender = func() map[string]gender {
	m := map[string]gender{}
	for _, w := range strings.Fields("spokesman chairman congressman businessman husband father son brother uncle nephew grandfather boy man widower king") {
		m[w] = male
	}
	for _, w := range strings.Fields("spokeswoman chairwoman congresswoman businesswoman wife mother daughter sister aunt niece grandmother girl woman widow queen actress") {
		m[w] = female
	}
	return m
}()

// firstNameGender lists first names that are nearly always given to one
// sex, common in English-language news and across the regions it covers.
var firstNameGender = func() map[string]gender {
	m := map[string]gender{}
	for _, w := range strings.Fields(`john james robert michael william david richard joseph thomas charles christopher daniel
		matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
		jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory
		frank alexander raymond patrick jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter
		kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence
		jesse dylan bryan joe billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene
		vincent russell elijah louis bobby philip johnny bernie barack mitt ted mike rand marco boris
		vladimir volodymyr dmitry sergei sergey mikhail mykhailo oleksandr andriy rustem yuriy viktor igor ivan
		alexei alexey nikolai olaf emmanuel recep mohammed muhammad ahmed ali hassan hussein omar
		abdullah mahmoud khalid ibrahim yusuf mustafa narendra rahul shinji fumio
		jens antonio giorgio matteo mario francesco pedro carlos luis miguel jorge javier manuel fernando ricardo
		luiz jair andres felipe hans klaus friedrich wolfgang heinz jurgen gerhard helmut nicolas francois
		pierre jacques rishi keir tony gordon nigel liam sadiq kwame nelson cyril uhuru abiy leonard martin
		simon oliver harry tom jim bill bob dan ben max lucas leo hugo felix victor oscar luke mohamed ahmad
		hamid rashid tariq imran nawaz shehbaz vikram rajesh sanjay amit arjun xavier dominic edwin howard`) {
		m[w] = male
	}
	for _, w := range strings.Fields(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
		betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie
		rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha
		katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce
		victoria olivia lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline
		frances gloria ann teresa kathryn sara janice alice madison doris abigail julia judy grace denise
		amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte
		alexis kayla hillary kamala nikki sheryl condoleezza ursula giorgia marine
		jacinda sanna kaja annalena benazir indira sonia julia yulia olena
		iryna oksana natalia tatiana svetlana lyudmila elena irina anastasia alina yana daria valentina
		fatima aisha amina mariam zainab layla leila noor hiba nadia yasmin ayesha malala priya sunita deepika
		ingrid astrid greta claudia sabine paola chiara
		francesca giulia lucia carmen isabel mercedes dilma cristina melania ivanka chelsea
		huma kellyanne elise tulsi lucy kate jane ellen anne sophie chloe zoe amelia ella mia ava lily ruby
		isla freya poppy roma tessa abby marina leanne tracey sofiya beverly rachel caroline louise`) {
		m[w] = female
	}
	return m
}()
