// QueryExecutor: runs a ParsedQuery against the archive and yields the set
// of matching cables with their relevance scores.
//
// Plan: each maximal group of text terms joined by AND/OR is matched in one
// pass of the full-text index (text_match.h; under `para:`, in the column
// that holds the paragraphs of that marking: cable_text_values.h); field filters on low-cardinality fields (date, decl,
// origin, from, class, precedence, tag) run over the in-memory columns; the
// other fields (to, route, caption, signer, classified_by, ref, id) are
// index look-ups in SQL. The parts are combined as row sets: AND
// intersects, OR unites, NOT subtracts from all cables. Scores are summed
// BM25 of the text groups that are not under a NOT (higher is better).
//
// Not thread-safe: uses the caller's connection, which should hold a read
// transaction so that all parts see the same snapshot.
#ifndef CABLESCOPE_ARCHIVE_QUERY_EXECUTOR_H_
#define CABLESCOPE_ARCHIVE_QUERY_EXECUTOR_H_

#include <string>
#include <vector>

#include "archive/cable_columns.h"
#include "archive/posting_cache.h"
#include "archive/query_ast.h"
#include "archive/row_set.h"
#include "archive/sqlite_db.h"
#include "archive/status.h"

namespace cablescope::archive {

struct MatchSet {
  RowSet rows;
  bool scored = false;        // the query had text terms; `score` is meaningful
  std::vector<float> score;   // by row; higher is more relevant
};

// A term to highlight in snippets: folded tokens (one for a word, several
// for a phrase), the last one a prefix when `prefix`.
struct HighlightTerm {
  std::vector<std::string> tokens;
  bool prefix = false;
};

// Evaluates `query` into *out. Fails on SQLite errors only. `cache` (may
// be null) keeps the full-text index's rows for the next queries of the
// same snapshot.
Status ExecuteQuery(Database& db, const CableColumns& columns, const ParsedQuery& query,
                    MatchSet* out, PostingCache* cache = nullptr);

// The positive text terms of `query` (not under NOT), for snippets.
std::vector<HighlightTerm> HighlightTerms(const ParsedQuery& query);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_QUERY_EXECUTOR_H_
