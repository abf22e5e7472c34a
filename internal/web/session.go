package web

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"net/http"
	"strings"
)

// Cookies: the session of a reader who gave the token, and the value forms
// must repeat to prove they were served by this server.
const (
	sessionCookie = "claimledger_session"
	csrfCookie    = "claimledger_csrf"
	csrfField     = "csrf"
)

// authorize checks the API's bearer token, writing the error itself when
// the request may not write: 401 without a token, 403 with a wrong one or
// when the server has none.
func (s *server) authorize(w http.ResponseWriter, r *http.Request) bool {
	auth := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(auth, "Bearer ")
	if auth == "" || !ok || tok == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="claimledger"`)
		jsonError(w, http.StatusUnauthorized, "writes need Authorization: Bearer TOKEN")
		return false
	}
	if !s.tokenMatches(tok) {
		jsonError(w, http.StatusForbidden, "wrong token")
		return false
	}
	return true
}

func (s *server) tokenMatches(tok string) bool {
	return s.opts.Token != "" && subtle.ConstantTimeCompare([]byte(tok), []byte(s.opts.Token)) == 1
}

// sessionValue is what the session cookie holds: derived from the token,
// so that it survives restarts, dies when the token changes, and never
// reveals the token itself.
func (s *server) sessionValue() string {
	m := hmac.New(sha256.New, []byte(s.opts.Token))
	m.Write([]byte("claimledger session v1"))
	return hex.EncodeToString(m.Sum(nil))
}

// signedIn reports whether the request carries a session opened with the
// server's token.
func (s *server) signedIn(r *http.Request) bool {
	if s.opts.Token == "" {
		return false
	}
	c, err := r.Cookie(sessionCookie)
	return err == nil && subtle.ConstantTimeCompare([]byte(c.Value), []byte(s.sessionValue())) == 1
}

// csrfToken returns the request's form token, setting a new cookie when it
// has none. Forms carry it in a hidden field, and a post is taken only
// when field and cookie agree: another site can make a browser send the
// cookie but cannot read it to fill the field.
func csrfToken(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(csrfCookie); err == nil && len(c.Value) == 64 {
		return c.Value
	}
	b := make([]byte, 32)
	rand.Read(b)
	v := hex.EncodeToString(b)
	http.SetCookie(w, &http.Cookie{Name: csrfCookie, Value: v, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
	// A page that sets the cookie also reads it back through r in the
	// same request.
	r.AddCookie(&http.Cookie{Name: csrfCookie, Value: v})
	return v
}

// checkForm parses a posted form within the body limit and checks its
// CSRF field against the cookie, answering the error itself.
func (s *server) checkForm(w http.ResponseWriter, r *http.Request) bool {
	r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxBody)
	if err := r.ParseForm(); err != nil {
		var status = http.StatusBadRequest
		if strings.Contains(err.Error(), "too large") {
			status = http.StatusRequestEntityTooLarge
		}
		s.pageError(w, r, status, "The form could not be read: "+err.Error())
		return false
	}
	c, err := r.Cookie(csrfCookie)
	field := r.PostFormValue(csrfField)
	if err != nil || field == "" || subtle.ConstantTimeCompare([]byte(c.Value), []byte(field)) != 1 {
		s.pageError(w, r, http.StatusForbidden, "This form has expired or was not sent from this site. Reload the page and try again.")
		return false
	}
	return true
}

func (s *server) loginForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "login", map[string]any{"NoToken": s.opts.Token == "", "Next": safeNext(r.URL.Query().Get("next"))})
}

func (s *server) login(w http.ResponseWriter, r *http.Request) {
	if !s.checkForm(w, r) {
		return
	}
	next := safeNext(r.PostFormValue("next"))
	if !s.tokenMatches(r.PostFormValue("token")) {
		s.render(w, r, http.StatusForbidden, "login", map[string]any{"Wrong": true, "NoToken": s.opts.Token == "", "Next": next})
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: s.sessionValue(), Path: "/", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil})
	http.Redirect(w, r, next, http.StatusSeeOther)
}

func (s *server) logout(w http.ResponseWriter, r *http.Request) {
	if !s.checkForm(w, r) {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteStrictMode})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// safeNext keeps redirects on this site: a path, never "//host" or a URL.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") || strings.ContainsAny(next, "\r\n") {
		return "/"
	}
	return next
}
