package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/claimledger/claimledger/internal/storage"
)

// pastePage is the form for an article pasted in, and its ledger once
// read.
type pastePage struct {
	In     postDoc
	Error  string
	Result *articleView
}

func (pastePage) PageTitle() string { return "Paste an article" }

func (s *server) pasteForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "paste", pastePage{})
}

// paste shows the ledger of a pasted article at once; a reader signed in
// may also store it, which links it into its story.
func (s *server) paste(w http.ResponseWriter, r *http.Request) {
	if !s.checkForm(w, r) {
		return
	}
	p := pastePage{In: postDoc{Title: r.PostFormValue("title"), Text: r.PostFormValue("text"),
		Published: strings.TrimSpace(r.PostFormValue("published")), URL: strings.TrimSpace(r.PostFormValue("url")),
		Outlet: strings.TrimSpace(r.PostFormValue("outlet"))}}
	p.In.ID = p.In.URL
	led, err := s.extractPosted(p.In)
	if err != nil {
		p.Error = err.Error()
		s.render(w, r, http.StatusBadRequest, "paste", p)
		return
	}
	if r.PostFormValue("store") != "" {
		if !s.signedIn(r) {
			p.Error = "Storing needs signing in with the server's token."
			s.render(w, r, http.StatusForbidden, "paste", p)
			return
		}
		if led.ID == "" {
			led.ID = "pasted-" + storage.NewDocument("", led).Hash[:16]
		}
		key, _, err := s.store(r.Context(), "web", led)
		if err != nil {
			s.storePageError(w, r, err)
			return
		}
		http.Redirect(w, r, docHref(key), http.StatusSeeOther)
		return
	}
	v := newArticle(led, nil, 0)
	v.Preview = true
	p.Result = &v
	s.render(w, r, http.StatusOK, "paste", p)
}

// rate stores a signed-in reader's rating of a claim and returns to it.
func (s *server) rate(w http.ResponseWriter, r *http.Request) {
	if !s.checkForm(w, r) {
		return
	}
	if !s.signedIn(r) {
		s.pageError(w, r, http.StatusForbidden, "Rating claims needs signing in with the server's token.")
		return
	}
	value, _ := strconv.Atoi(r.PostFormValue("value"))
	in := rateBody{Key: r.PostFormValue("key"), Claim: r.PostFormValue("claim"), Value: value, Note: r.PostFormValue("note")}
	if _, status, err := s.saveRating(r.Context(), in); err != nil {
		s.pageError(w, r, status, err.Error())
		return
	}
	http.Redirect(w, r, docHref(in.Key)+"#claim-"+url.QueryEscape(in.Claim), http.StatusSeeOther)
}
