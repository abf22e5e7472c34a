package sqlite

// migrations are applied in order, each in its own transaction; a
// database records in schema_migrations how many it has. Never edit one
// that has shipped: append a new one.
var migrations = []string{
	// 1: documents, every version of each, with their claims, figures and
	// places flattened for filtering, and full-text indexes over documents
	// and claims. The FTS tables take their content from the tables they
	// index, so text is stored once; Put fills them in the same
	// transaction. Claims are only filtered by words, never ranked or
	// quoted from, so their index keeps no positions or sizes.
	//
	// The indexes are those the queries walk: latest documents in storing
	// order, then a document's claims in text order. Each further index on
	// a column such as stance both slows every Put and tempts the planner
	// into scanning it and sorting everything.
	`
CREATE TABLE documents (
	id          INTEGER PRIMARY KEY,
	key         TEXT NOT NULL,
	hash        TEXT NOT NULL,
	version     INTEGER NOT NULL,
	latest      INTEGER NOT NULL,
	first       INTEGER NOT NULL,
	origin      TEXT NOT NULL,
	doc_id      TEXT NOT NULL,
	url         TEXT NOT NULL,
	title       TEXT NOT NULL,
	author      TEXT NOT NULL,
	outlet      TEXT NOT NULL,
	published   TEXT NOT NULL,
	language    TEXT NOT NULL,
	text        TEXT NOT NULL,
	ledger      TEXT NOT NULL,
	ingested_at TEXT NOT NULL,
	UNIQUE (key, hash),
	UNIQUE (key, version)
);
CREATE UNIQUE INDEX documents_latest_key ON documents (key) WHERE latest;
CREATE UNIQUE INDEX documents_latest_first ON documents (first) WHERE latest;

CREATE TABLE claims (
	id           INTEGER PRIMARY KEY,
	doc          INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	n            INTEGER NOT NULL,
	claim_id     TEXT NOT NULL,
	source_text  TEXT NOT NULL,
	source_name  TEXT NOT NULL,
	source_fold  TEXT NOT NULL,
	cue          TEXT NOT NULL,
	content      TEXT NOT NULL,
	stance       TEXT NOT NULL,
	form         TEXT NOT NULL,
	belief       INTEGER NOT NULL,
	hedged       INTEGER NOT NULL,
	verification TEXT NOT NULL,
	date         TEXT NOT NULL,
	span_start   INTEGER NOT NULL,
	span_end     INTEGER NOT NULL,
	claim        TEXT NOT NULL,
	quantities   TEXT NOT NULL
);
CREATE INDEX claims_doc ON claims (doc, span_start);

CREATE TABLE quantities (
	id          INTEGER PRIMARY KEY,
	doc         INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	claim_id    TEXT NOT NULL,
	event_date  TEXT NOT NULL,
	actor       TEXT NOT NULL,
	category    TEXT NOT NULL,
	value       REAL NOT NULL,
	low         REAL,
	high        REAL,
	qualifier   TEXT NOT NULL,
	object      TEXT NOT NULL,
	text        TEXT NOT NULL,
	place       TEXT NOT NULL,
	country     TEXT NOT NULL,
	lat         REAL,
	lon         REAL,
	outlet      TEXT NOT NULL,
	url         TEXT NOT NULL,
	document_id TEXT NOT NULL,
	span_start  INTEGER NOT NULL,
	span_end    INTEGER NOT NULL
);
CREATE INDEX quantities_doc ON quantities (doc, span_start);

CREATE TABLE places (
	doc          INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	name         TEXT NOT NULL,
	country      TEXT NOT NULL,
	name_fold    TEXT NOT NULL,
	country_fold TEXT NOT NULL
);
CREATE INDEX places_doc ON places (doc);

CREATE VIRTUAL TABLE documents_fts USING fts5 (
	title, text, content = 'documents', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE claims_fts USING fts5 (
	source_text, source_name, cue, content, content = 'claims', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 0', detail = none, columnsize = 0
);
`,
	// 2: stories. A document (by key) belongs to one story; a merged
	// story keeps its row with merged_into set. The status history is only
	// ever inserted into.
	`
CREATE TABLE stories (
	id          INTEGER PRIMARY KEY,
	title       TEXT NOT NULL,
	first       TEXT NOT NULL,
	last        TEXT NOT NULL,
	places      TEXT NOT NULL,
	actors      TEXT NOT NULL,
	documents   INTEGER NOT NULL,
	merged_into INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stories_live ON stories (last, id) WHERE merged_into = 0;
CREATE INDEX stories_merged ON stories (merged_into);

CREATE TABLE story_links (
	key     TEXT PRIMARY KEY,
	story   INTEGER NOT NULL,
	copy_of TEXT NOT NULL,
	why     TEXT NOT NULL,
	seq     INTEGER NOT NULL
);
CREATE INDEX story_links_story ON story_links (story, seq);
CREATE INDEX story_links_seq ON story_links (seq);

CREATE TABLE status_history (
	id     INTEGER PRIMARY KEY,
	story  INTEGER NOT NULL,
	grp    TEXT NOT NULL,
	status TEXT NOT NULL,
	doc    TEXT NOT NULL,
	reason TEXT NOT NULL,
	at     TEXT NOT NULL,
	UNIQUE (grp, status, doc)
);
CREATE INDEX status_history_story ON status_history (story, id);
`,
	// 3: what readers browse. Places get the coordinates their ledgers
	// give; the rows stored before are filled in from the ledger column,
	// which keeps every place with its coordinates (only the text and the
	// claims are left out of it): each coordinate is the first the ledger
	// gives a place of that name and country, as Put takes it. A NUL
	// escaped in a ledger is read as U+FFFD, as Clean stores names.
	// Ratings are readers' verdicts on claims, one per claim of a
	// version. Document and Documents walk documents_latest_key and
	// documents_latest_first, then claims_doc, so they need no new index.
	`
ALTER TABLE places ADD COLUMN lat REAL;
ALTER TABLE places ADD COLUMN lon REAL;
UPDATE places SET
	lat = (SELECT p.value ->> 'lat' FROM json_each(replace(d.ledger, '\u0000', '\ufffd'), '$.places') p
		WHERE p.value ->> 'name' = places.name AND coalesce(p.value ->> 'country', '') = places.country
			AND json_type(p.value, '$.lat') IN ('integer', 'real')
		ORDER BY p.key LIMIT 1),
	lon = (SELECT p.value ->> 'lon' FROM json_each(replace(d.ledger, '\u0000', '\ufffd'), '$.places') p
		WHERE p.value ->> 'name' = places.name AND coalesce(p.value ->> 'country', '') = places.country
			AND json_type(p.value, '$.lon') IN ('integer', 'real')
		ORDER BY p.key LIMIT 1)
FROM documents d
WHERE d.id = places.doc AND json_type(d.ledger, '$.places') = 'array'
	AND (instr(d.ledger, '"lat":') > 0 OR instr(d.ledger, '"lon":') > 0);

CREATE TABLE ratings (
	id       INTEGER PRIMARY KEY,
	key      TEXT NOT NULL,
	version  INTEGER NOT NULL,
	claim_id TEXT NOT NULL,
	value    INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),
	label    TEXT NOT NULL,
	note     TEXT NOT NULL,
	claimed  TEXT NOT NULL,
	claimant TEXT NOT NULL,
	at       TEXT NOT NULL,
	UNIQUE (key, version, claim_id)
);
`,
}
