package postgres

// migrations are applied in order, each in its own transaction; a
// database records in schema_migrations how many it has. Never edit one
// that has shipped: append a new one.
//
// The tables and columns are named as in the SQLite store, so that both
// filter with the same conditions (storage.ClaimConds). Full-text search
// uses the 'simple' configuration, which neither stems nor drops stop
// words, like SQLite's unicode61 tokenizer: a search finds the same words
// in both stores.
var migrations = []string{
	// 1: documents, every version of each, with their claims, figures and
	// places flattened for filtering, and tsvector columns the database
	// computes itself, indexed with GIN. As in SQLite, the other indexes
	// are those the queries walk: latest documents in storing order, then
	// a document's claims and figures in text order.
	`
CREATE TABLE documents (
	id          bigserial PRIMARY KEY,
	key         text NOT NULL,
	hash        text NOT NULL,
	version     integer NOT NULL,
	latest      boolean NOT NULL,
	first       bigint NOT NULL,
	origin      text NOT NULL,
	doc_id      text NOT NULL,
	url         text NOT NULL,
	title       text NOT NULL,
	author      text NOT NULL,
	outlet      text NOT NULL,
	published   text NOT NULL,
	language    text NOT NULL,
	text        text NOT NULL,
	ledger      text NOT NULL,
	ingested_at timestamptz NOT NULL,
	-- to_tsvector refuses texts whose index passes 1 MB; a megabyte of
	-- characters is more than any article.
	tsv tsvector GENERATED ALWAYS AS (
		setweight(to_tsvector('simple', title), 'A') ||
		setweight(to_tsvector('simple', left(text, 1000000)), 'B')) STORED,
	UNIQUE (key, hash),
	UNIQUE (key, version)
);
CREATE UNIQUE INDEX documents_latest_key ON documents (key) WHERE latest;
CREATE UNIQUE INDEX documents_latest_first ON documents (first) WHERE latest;
CREATE INDEX documents_tsv ON documents USING gin (tsv);

CREATE TABLE claims (
	id           bigserial PRIMARY KEY,
	doc          bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	n            integer NOT NULL,
	claim_id     text NOT NULL,
	source_text  text NOT NULL,
	source_name  text NOT NULL,
	source_fold  text NOT NULL,
	cue          text NOT NULL,
	content      text NOT NULL,
	stance       text NOT NULL,
	form         text NOT NULL,
	belief       boolean NOT NULL,
	hedged       boolean NOT NULL,
	verification text NOT NULL,
	date         text NOT NULL,
	span_start   integer NOT NULL,
	span_end     integer NOT NULL,
	claim        text NOT NULL,
	quantities   text NOT NULL,
	tsv tsvector GENERATED ALWAYS AS (
		to_tsvector('simple', source_text || ' ' || source_name || ' ' || cue || ' ' || left(content, 1000000))) STORED
);
CREATE INDEX claims_doc ON claims (doc, span_start);
CREATE INDEX claims_tsv ON claims USING gin (tsv);

CREATE TABLE quantities (
	id          bigserial PRIMARY KEY,
	doc         bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	claim_id    text NOT NULL,
	event_date  text NOT NULL,
	actor       text NOT NULL,
	category    text NOT NULL,
	value       double precision NOT NULL,
	low         double precision,
	high        double precision,
	qualifier   text NOT NULL,
	object      text NOT NULL,
	text        text NOT NULL,
	place       text NOT NULL,
	country     text NOT NULL,
	lat         double precision,
	lon         double precision,
	outlet      text NOT NULL,
	url         text NOT NULL,
	document_id text NOT NULL,
	span_start  integer NOT NULL,
	span_end    integer NOT NULL
);
CREATE INDEX quantities_doc ON quantities (doc, span_start);

CREATE TABLE places (
	doc          bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	name         text NOT NULL,
	country      text NOT NULL,
	name_fold    text NOT NULL,
	country_fold text NOT NULL
);
CREATE INDEX places_doc ON places (doc);
`,
	// 2: stories, as in the SQLite store.
	`
CREATE TABLE stories (
	id          bigint PRIMARY KEY,
	title       text NOT NULL,
	first       text NOT NULL,
	last        text NOT NULL,
	places      text NOT NULL,
	actors      text NOT NULL,
	documents   integer NOT NULL,
	merged_into bigint NOT NULL DEFAULT 0
);
CREATE INDEX stories_live ON stories (last, id) WHERE merged_into = 0;
CREATE INDEX stories_merged ON stories (merged_into);

CREATE TABLE story_links (
	key     text PRIMARY KEY,
	story   bigint NOT NULL,
	copy_of text NOT NULL,
	why     text NOT NULL,
	seq     bigint NOT NULL
);
CREATE INDEX story_links_story ON story_links (story, seq);
CREATE INDEX story_links_seq ON story_links (seq);

CREATE TABLE status_history (
	id     bigserial PRIMARY KEY,
	story  bigint NOT NULL,
	grp    text NOT NULL,
	status text NOT NULL,
	doc    text NOT NULL,
	reason text NOT NULL,
	at     timestamptz NOT NULL DEFAULT now(),
	UNIQUE (grp, status, doc)
);
CREATE INDEX status_history_story ON status_history (story, id);
`,
	// 3: what readers browse, as in the SQLite store: coordinates of
	// places, filled in for the rows stored before from the ledger column
	// (the first the ledger gives a place of that name and country), and
	// ratings. jsonb refuses the escape \u0000, which a ledger holds when
	// its text has a NUL, so it is read as U+FFFD, as Clean stores names.
	// Document and Documents walk documents_latest_key and
	// documents_latest_first, then claims_doc, so they need no new index.
	`
ALTER TABLE places ADD COLUMN lat double precision;
ALTER TABLE places ADD COLUMN lon double precision;
UPDATE places pl SET lat = g.lat, lon = g.lon
FROM (SELECT d.id AS doc, e.v ->> 'name' AS name, coalesce(e.v ->> 'country', '') AS country,
		(array_agg((e.v ->> 'lat')::double precision ORDER BY e.i)
			FILTER (WHERE jsonb_typeof(e.v -> 'lat') = 'number'))[1] AS lat,
		(array_agg((e.v ->> 'lon')::double precision ORDER BY e.i)
			FILTER (WHERE jsonb_typeof(e.v -> 'lon') = 'number'))[1] AS lon
	FROM documents d
	CROSS JOIN LATERAL (SELECT replace(d.ledger, '\u0000', '\ufffd')::jsonb -> 'places' AS ps) j
	CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(j.ps) = 'array' THEN j.ps ELSE '[]' END)
		WITH ORDINALITY AS e(v, i)
	WHERE strpos(d.ledger, '"lat":') > 0 OR strpos(d.ledger, '"lon":') > 0
	GROUP BY d.id, e.v ->> 'name', coalesce(e.v ->> 'country', '')) g
WHERE pl.doc = g.doc AND pl.name = g.name AND pl.country = g.country
	AND (g.lat IS NOT NULL OR g.lon IS NOT NULL);

CREATE TABLE ratings (
	id       bigserial PRIMARY KEY,
	key      text NOT NULL,
	version  integer NOT NULL,
	claim_id text NOT NULL,
	value    integer NOT NULL CHECK (value BETWEEN 1 AND 5),
	label    text NOT NULL,
	note     text NOT NULL,
	claimed  text NOT NULL,
	claimant text NOT NULL,
	at       timestamptz NOT NULL,
	UNIQUE (key, version, claim_id)
);
`,
}
