#include "archive/schema.h"

#include <string>

#include "archive/prepared_record.h"

namespace cablescope::archive {
namespace {

// Version 1. Child tables are keyed by (cable, position) so that a cable's
// rows are found and replaced without a separate index. Text columns hold
// values as the record has them; *_key columns hold folded forms for lookups.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE archive_meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
INSERT INTO archive_meta VALUES ('created_by', 'cablescope');

CREATE TABLE cables(
  cable INTEGER PRIMARY KEY,          -- stable row number; children refer to it
  id TEXT NOT NULL UNIQUE,            -- canonical reference id, 09USUNNEWYORK589
  date TEXT,                          -- YYYY-MM-DD: the DTG's day, else the created date
  year INTEGER,                       -- from date, else from the id's YY
  dtg TEXT, created TEXT,
  origin TEXT, from_line TEXT,
  classification TEXT, precedence TEXT,
  executive_order TEXT, declassify_on TEXT,
  subject TEXT, summary TEXT, body TEXT,
  partial INTEGER NOT NULL DEFAULT 0,
  transmission_id TEXT, station_route TEXT, station_serial TEXT,
  versions INTEGER NOT NULL,          -- number of rows in sources for this cable
  record TEXT NOT NULL                -- merged record as JSON, with provenance
);
CREATE INDEX cables_date ON cables(date);
CREATE INDEX cables_station_route ON cables(station_route);

CREATE TABLE sources(
  source INTEGER PRIMARY KEY,
  cable INTEGER NOT NULL REFERENCES cables(cable),
  version INTEGER NOT NULL,           -- 1, 2, ... in order of ingestion
  path TEXT NOT NULL, format TEXT, offset INTEGER,
  metadata TEXT,                      -- JSON object: what the container said
  text_hash TEXT NOT NULL,            -- 64-bit hash of the cable's text, hex (archive_meta text_hash)
  ingested_at TEXT NOT NULL,          -- UTC, ISO 8601
  -- This version's record as JSON; NULL when it is the cable's merged
  -- record (cables.record without "provenance" and "versions"): a cable
  -- seen once does not store its text twice (ArchiveWriter, store.cc).
  record TEXT,
  UNIQUE(cable, version),
  UNIQUE(cable, path, text_hash)
);

CREATE TABLE recipients(
  cable INTEGER NOT NULL, kind TEXT NOT NULL, position INTEGER NOT NULL,  -- kind: to | info
  route TEXT, name TEXT, precedence TEXT, serial TEXT, excluded TEXT,     -- excluded: JSON array
  PRIMARY KEY(cable, kind, position)) WITHOUT ROWID;
CREATE INDEX recipients_route ON recipients(route);
CREATE INDEX recipients_name ON recipients(name);
-- Distinct recipient names with their folded form (FoldValue): to: matches
-- words against these few rows, then finds the cables by recipients_name,
-- instead of reading every recipient row. Names are never removed (a stale
-- name matches no recipient).
CREATE TABLE recipient_names(name TEXT PRIMARY KEY, key TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX recipient_names_key ON recipient_names(key);

CREATE TABLE relays(cable INTEGER NOT NULL, position INTEGER NOT NULL, route TEXT NOT NULL,
  PRIMARY KEY(cable, position)) WITHOUT ROWID;
CREATE INDEX relays_route ON relays(route);

CREATE TABLE tags(cable INTEGER NOT NULL, position INTEGER NOT NULL, tag TEXT NOT NULL,
  PRIMARY KEY(cable, position)) WITHOUT ROWID;
CREATE INDEX tags_tag ON tags(tag);

CREATE TABLE captions(cable INTEGER NOT NULL, position INTEGER NOT NULL, caption TEXT NOT NULL,
  PRIMARY KEY(cable, position)) WITHOUT ROWID;
CREATE INDEX captions_caption ON captions(caption);

CREATE TABLE refs(cable INTEGER NOT NULL, position INTEGER NOT NULL,
  label TEXT, kind TEXT NOT NULL, text TEXT NOT NULL, ref_id TEXT,
  PRIMARY KEY(cable, position)) WITHOUT ROWID;
CREATE INDEX refs_ref_id ON refs(ref_id);

CREATE TABLE signers(cable INTEGER NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL,
  PRIMARY KEY(cable, position)) WITHOUT ROWID;
CREATE INDEX signers_name ON signers(name);

CREATE TABLE classifiers(cable INTEGER NOT NULL, position INTEGER NOT NULL,
  name TEXT NOT NULL, title TEXT,
  PRIMARY KEY(cable, position)) WITHOUT ROWID;

CREATE TABLE paragraphs(
  paragraph INTEGER PRIMARY KEY,
  cable INTEGER NOT NULL, position INTEGER NOT NULL,
  number INTEGER NOT NULL, marking TEXT, text TEXT NOT NULL);
CREATE INDEX paragraphs_cable ON paragraphs(cable);

-- Full text, folded for search (numbers without leading zeros). rowid = cables.cable.
-- `tags`: each TAGS code with its meaning (link::TagSearchText: "KNNP Nuclear
-- Non-Proliferation"), so that words find the cables tagged with them.
-- Contentless (content=''): the index only, no second copy of the text
-- (cables and paragraphs hold it). A row is removed with FTS5's 'delete'
-- command and the values it was indexed with (ArchiveWriter::DeleteChildren).
CREATE VIRTUAL TABLE cable_text USING fts5(id, subject, body, tags, content = '',
  tokenize = 'unicode61 remove_diacritics 2');
-- Paragraph text for para: queries. rowid = paragraphs.paragraph. Contentless too.
CREATE VIRTUAL TABLE paragraph_text USING fts5(text, content = '',
  tokenize = 'unicode61 remove_diacritics 2');
)sql";

// Version 2: the links (issue 4). Rebuilt from the cables by BuildLinks
// (link_build.h) after each ingest, except `mentions`, which the writer
// fills with each cable's children, and `person_edits`, the users'
// corrections, which are only ever appended to.
constexpr const char* kMigrateV1ToV2 = R"sql(
-- One row per held cable: its degree in the citation graph and its rank.
CREATE TABLE cable_graph(
  cable INTEGER PRIMARY KEY,          -- cables.cable
  cites INTEGER NOT NULL,             -- distinct cables it cites (held or not)
  cited_by INTEGER NOT NULL,          -- distinct held cables citing it
  rank REAL NOT NULL,                 -- PageRank over the whole graph (held and missing)
  thread INTEGER,                     -- connected component (smallest held member row)
  date TEXT                           -- cables.date, so that a thread is read in date order
);
CREATE INDEX cable_graph_thread ON cable_graph(thread, date);
-- Cited cables the archive does not hold.
CREATE TABLE missing_cables(
  id TEXT PRIMARY KEY,                -- canonical id, 06STATE87686
  station TEXT, serial INTEGER, year INTEGER,
  cited_count INTEGER NOT NULL,       -- distinct held cables citing it
  estimated_date TEXT,                -- YYYY-MM-DD from neighbouring serials of the station
  estimate TEXT,                      -- how: interpolated | extrapolated | citing (docs/ARCHIVE.md)
  rank REAL NOT NULL DEFAULT 0,       -- PageRank, as in cable_graph
  thread INTEGER                      -- as in cable_graph
) WITHOUT ROWID;
CREATE INDEX missing_cables_thread ON missing_cables(thread, estimated_date);

-- People: a person is a cluster of the names found in cables.
CREATE TABLE persons(
  person INTEGER PRIMARY KEY,
  name TEXT NOT NULL,                 -- display form: the fullest variant
  titles TEXT,                        -- JSON array, most frequent first
  first_date TEXT, last_date TEXT,    -- dates of the first and last cable naming them
  cables INTEGER NOT NULL             -- number of cables naming them
);
CREATE TABLE person_variants(
  person INTEGER NOT NULL, variant TEXT NOT NULL,
  key TEXT NOT NULL,                  -- folded form for lookups
  PRIMARY KEY(person, variant)) WITHOUT ROWID;
CREATE INDEX person_variants_key ON person_variants(key);
-- What `person:` matches: each variant's folded form, the form without
-- initials and each word (people_names.h SearchKeysOfName).
CREATE TABLE person_keys(key TEXT NOT NULL, person INTEGER NOT NULL,
  PRIMARY KEY(key, person)) WITHOUT ROWID;
-- Each person named in each cable (record.people), and who it was taken to be.
CREATE TABLE mentions(
  cable INTEGER NOT NULL, position INTEGER NOT NULL,
  name TEXT NOT NULL, titles TEXT,    -- as in the record; titles a JSON array
  person INTEGER,                     -- persons.person, set by BuildLinks
  PRIMARY KEY(cable, position)) WITHOUT ROWID;
CREATE INDEX mentions_person ON mentions(person);
-- Users' corrections (`cablescope people merge|split|undo`), re-applied by every build.
CREATE TABLE person_edits(
  edit INTEGER PRIMARY KEY,
  action TEXT NOT NULL,               -- merge | split
  args TEXT NOT NULL,                 -- JSON
  created_at TEXT NOT NULL,
  undone INTEGER NOT NULL DEFAULT 0
);
)sql";

// Version 3: one full-text index. Each word of a cable is indexed once:
// marked paragraphs under their marking's column (cable_text_values.h),
// the rest of the text under `body`; `para:` is an FTS5 column filter, and
// paragraph_text (a second index of the paragraphs) goes. The paragraphs
// table keeps where each paragraph's text lies in the body. The new
// cable_text is filled by the writer from the stored records
// (ArchiveWriter::Open, while archive_meta says 'reindex_text').
constexpr const char* kMigrateV2ToV3 = R"sql(
ALTER TABLE paragraphs ADD COLUMN text_start INTEGER;  -- Paragraph::start: byte offset in cables.body
ALTER TABLE paragraphs ADD COLUMN text_end INTEGER;    -- Paragraph::end
DROP TABLE paragraph_text;
DROP TABLE cable_text;
CREATE VIRTUAL TABLE cable_text USING fts5(id, subject, body, tags, m_u, m_sbu, m_c, m_s, m_ts, m_other,
  content = '', tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO archive_meta SELECT 'reindex_text', '1' WHERE EXISTS (SELECT 1 FROM cables);
)sql";

// Version 4: cablescope's own full-text index (text_postings.h) replaces
// FTS5, which computed bm25 for every matching row in SQLite's VM and made
// a common word cost ~0.2 s at Cablegate size. The index is written in
// segments: each holds the postings of a batch of cables, term by term;
// segments of a level are merged eight at a time into one of the next
// (text_index_writer.h). text_docs says which segment holds each cable's
// current text: postings of an older segment for that cable are stale and
// skipped until a merge drops them. A cable without a text_docs row is
// indexed by the next writer (ArchiveWriter::Open): all of them after this
// migration, the last batches' after a killed ingest. cables.markings lists
// each cable's paragraph markings, so that `para:S/NF` is answered from the
// searcher's columns instead of a look-up in paragraphs per matching cable.
constexpr const char* kMigrateV3ToV4 = R"sql(
ALTER TABLE cables ADD COLUMN markings TEXT;  -- its paragraphs' markings, one per line
UPDATE cables SET markings = (SELECT group_concat(marking, char(10)) FROM paragraphs p
  WHERE p.cable = cables.cable AND coalesce(marking, '') <> '');
DROP TABLE cable_text;
DELETE FROM archive_meta WHERE key = 'reindex_text';
CREATE TABLE text_segments(
  segment INTEGER PRIMARY KEY,
  level INTEGER NOT NULL,             -- 0: written by an ingest; n + 1: merged from level n
  cables INTEGER NOT NULL             -- cables indexed in it when written
);
CREATE TABLE text_postings(
  segment INTEGER NOT NULL,
  term TEXT NOT NULL,                 -- a folded token (text_fold.h)
  docs BLOB NOT NULL,                 -- cables and weighted counts (text_postings.h)
  positions BLOB NOT NULL,            -- column and position of each occurrence
  PRIMARY KEY(segment, term)
);
CREATE INDEX text_postings_term ON text_postings(term);
CREATE TABLE text_docs(
  cable INTEGER PRIMARY KEY,          -- cables.cable
  segment INTEGER NOT NULL,           -- the segment holding its current text
  tokens INTEGER NOT NULL             -- its number of tokens, bm25's document length
);
)sql";

// Version 5: a paragraph's text is stored only when its span of the body
// does not give it (paragraph_text.h): the texts were a fifth of the
// archive, the body's words again. The table is paragraph_spans; the view
// `paragraphs` keeps the columns SQL users had, with the span's lines
// joined by spaces where the text is not stored (the record's text also
// folds runs of spaces and leaves out rule lines). The table is rebuilt,
// as SQLite cannot drop NOT NULL from a column; the texts already stored
// stay.
constexpr const char* kMigrateV4ToV5 = R"sql(
CREATE TABLE paragraph_spans(
  paragraph INTEGER PRIMARY KEY,
  cable INTEGER NOT NULL, position INTEGER NOT NULL,
  number INTEGER NOT NULL, marking TEXT,
  text TEXT,                          -- NULL: the body's [text_start, text_end), lines folded
  text_start INTEGER, text_end INTEGER);
INSERT INTO paragraph_spans(paragraph, cable, position, number, marking, text, text_start, text_end)
  SELECT paragraph, cable, position, number, marking, text, text_start, text_end FROM paragraphs;
DROP TABLE paragraphs;
CREATE INDEX paragraph_spans_cable ON paragraph_spans(cable);
CREATE VIEW paragraphs(paragraph, cable, position, number, marking, text, text_start, text_end) AS
  SELECT p.paragraph, p.cable, p.position, p.number, p.marking,
    coalesce(p.text, trim(replace(CAST(substr(CAST(c.body AS BLOB), p.text_start + 1, p.text_end - p.text_start)
                                       AS TEXT), char(10), ' '))),
    p.text_start, p.text_end
  FROM paragraph_spans p JOIN cables c ON c.cable = p.cable;
)sql";

int UserVersion(Database& db) { return static_cast<int>(QueryInt(db, "PRAGMA user_version", 0)); }

}  // namespace

Status EnsureSchema(Database& db) {
  Status s = db.Exec("BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  const int version = UserVersion(db);
  if (version > kSchemaVersion) {
    db.Exec("ROLLBACK");
    return Status::Schema(db.path() + " has archive schema version " + std::to_string(version) +
                          "; this cablescope knows up to " + std::to_string(kSchemaVersion));
  }
  if (version == 0) {
    if (QueryInt(db, "SELECT count(*) FROM sqlite_master") > 0) {
      db.Exec("ROLLBACK");
      return Status::Schema(db.path() + " is an SQLite file but not a cablescope archive");
    }
    s = db.Exec(kSchemaV1);
    if (s.ok()) s = db.Exec("PRAGMA user_version = 1");
    // A new archive hashes its versions' text with the lane hash; an older
    // one, without the key, keeps FNV-1a (prepared_record.h).
    if (s.ok()) {
      s = db.Exec(std::string("INSERT INTO archive_meta VALUES ('") + kTextHashKey + "', '" +
                  TextHashKindName(TextHashKind::kLanes) + "')");
    }
  }
  if (s.ok() && version < 2) {
    s = db.Exec(kMigrateV1ToV2);
    if (s.ok()) s = db.Exec("PRAGMA user_version = 2");
  }
  if (s.ok() && version < 3) {
    s = db.Exec(kMigrateV2ToV3);
    if (s.ok()) s = db.Exec("PRAGMA user_version = 3");
  }
  if (s.ok() && version < 4) {
    s = db.Exec(kMigrateV3ToV4);
    if (s.ok()) s = db.Exec("PRAGMA user_version = 4");
  }
  if (s.ok() && version < 5) {
    s = db.Exec(kMigrateV4ToV5);
    if (s.ok()) s = db.Exec("PRAGMA user_version = 5");
  }
  // Later versions: `if (version < 6) s = db.Exec(kMigrateV5ToV6);` and so on.
  if (!s.ok()) {
    db.Exec("ROLLBACK");
    return s;
  }
  return db.Exec("COMMIT");
}

Status CheckSchema(Database& db) {
  const int version = UserVersion(db);
  if (version == kSchemaVersion) return Status::Ok();
  if (version == 0) return Status::Schema(db.path() + " is not a cablescope archive");
  std::string message = db.path() + " has archive schema version " + std::to_string(version) +
                        "; this cablescope reads version " + std::to_string(kSchemaVersion);
  // Only a writer migrates (EnsureSchema), in one transaction.
  if (version < kSchemaVersion) message += " (an ingest into it, of any input, migrates it)";
  return Status::Schema(message);
}

}  // namespace cablescope::archive
