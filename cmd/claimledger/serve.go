package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"time"

	"github.com/claimledger/claimledger/internal/extract"
	"github.com/claimledger/claimledger/internal/web"
)

func serveCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (loopback unless told otherwise)")
	token := fs.String("token", os.Getenv("CLAIMLEDGER_TOKEN"), "token that writes need ($CLAIMLEDGER_TOKEN); without one the server is read-only")
	linkEvery := fs.Duration("link-every", 10*time.Second, "how often documents stored by other processes are linked into stories")
	cacheMB := fs.Int64("cache-mb", web.DefaultCacheBytes>>20, "memory kept for stories already read together, in MB")
	reviewer := fs.String("reviewer", "claimledger", "who publishes the ClaimReview exports of ratings")
	learned := fs.Bool("learned", false, "extract posted and pasted articles with the trained attribution models as well as the rules, as ingest --learned")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	st, err := openStore(ctx, *db)
	if err != nil {
		fmt.Fprintf(stderr, "claimledger: %s: %v\n", *db, err)
		return 1
	}
	defer st.Close()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "claimledger: %v\n", err)
		return 1
	}
	handler := web.New(st, web.Options{Token: *token, Extract: extract.Config{Learned: *learned}.Document, Reviewer: *reviewer, CacheBytes: *cacheMB << 20})
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	fmt.Fprintf(stdout, "claimledger: serving %s on http://%s/\n", *db, ln.Addr())
	if *token == "" {
		fmt.Fprintln(stdout, "claimledger: no --token: the API is read-only")
	}
	// documents stored by another process without --stories join their
	// stories here, off the requests' path
	go func() {
		for {
			if err := handler.Link(ctx); err != nil && ctx.Err() == nil {
				fmt.Fprintf(stderr, "claimledger: linking stories: %v\n", err)
			}
			select {
			case <-ctx.Done():
				return
			case <-time.After(*linkEvery):
			}
		}
	}()
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "claimledger: %v\n", err)
		return 1
	}
	return 0
}
