// TextMatcher: answers the text part of a query from the full-text index
// (text_postings.h): the cables where a word, a phrase or a prefix occurs,
// in any column or in one, combined with AND and OR, each with its bm25.
//
// Ranking is FTS5's bm25 (k1 = 1.2, b = 0.75) with its column weights, so
// results rank as they did when the index was FTS5: a phrase's frequency in
// a cable is the weighted count of its occurrences, the cable's length its
// number of tokens, and the score of a cable the sum over the query's
// phrases. Unlike FTS5, which scores row by row in SQLite's VM, the
// matcher decodes each term's docs blob in one pass into a dense array
// and reads positions only for phrases and column filters.
//
// One matcher per query; it holds prepared statements of the caller's
// connection (which should hold a read transaction: one snapshot).
#ifndef CABLESCOPE_ARCHIVE_TEXT_MATCH_H_
#define CABLESCOPE_ARCHIVE_TEXT_MATCH_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "archive/cable_columns.h"
#include "archive/posting_cache.h"
#include "archive/posting_cursor.h"
#include "archive/query_ast.h"
#include "archive/row_set.h"
#include "archive/sqlite_db.h"
#include "archive/status.h"
#include "archive/text_postings.h"

namespace cablescope::archive {

class TextMatcher {
 public:
  // `cache` (may be null) keeps the rows read, across matchers of one
  // snapshot.
  TextMatcher(Database& db, const CableColumns& columns, PostingCache* cache = nullptr)
      : db_(db), cols_(columns), cache_(cache) {}

  // Cables outside `rows` (which must outlive the matcher) cannot match the
  // text parts: the caller knows it from the columns (no paragraph with
  // the marking a column filter asks for). Their positions are then not
  // read; what matches, and every score, is as without it.
  void CannotMatchOutside(const RowSet* rows) { possible_ = rows; }

  // The cables matching `parts` (words and phrases, or AND/OR of them),
  // all of them when `all`, else any, in text column `column` (-1: any
  // column; text_postings.h numbers them). Rows go to *rows (which must
  // have the columns' capacity); when `scores` is not null, each matching
  // row's bm25 is added to (*scores)[row].
  Status Match(const std::vector<const QueryNode*>& parts, bool all, int column, RowSet* rows,
               std::vector<float>* scores);

  // One phrase of folded tokens (one token: a word), the last a prefix
  // when `prefix`.
  Status MatchPhrase(const std::vector<std::string>& tokens, bool prefix, int column, RowSet* rows,
                     std::vector<float>* scores);

 private:
  // A phrase's matching cables (in no set order: segment by segment for a
  // phrase), each with the phrase's weighted frequency in it.
  struct Hits {
    std::vector<std::pair<int32_t, float>> cables;
  };
  // The rows of every part (all) or of any (!all); phrases recorded for Score.
  Status EvalAll(const std::vector<const QueryNode*>& parts, bool all, int column, RowSet* rows);
  Status Eval(const QueryNode& node, int column, RowSet* rows);
  Status Phrase(const std::vector<std::string>& tokens, bool prefix, int column, RowSet* rows);
  Status Frequencies(const std::string& term, bool prefix, Hits* hits);
  Status Positional(const std::vector<std::string>& tokens, bool prefix, int column, Hits* hits);
  // False when a posting list is malformed.
  bool PhraseInSegment(int64_t segment, std::vector<PostingCursor>* cursors, int column, Hits* hits);
  double PhraseFrequency(const std::vector<PostingCursor>& cursors, int column);
  // The rows of `term` (every term it starts when `prefix`), with their
  // positions blobs when `positions`: from the cache, else read.
  Status Fetch(const std::string& term, bool prefix, bool positions, std::shared_ptr<const PostingCache::Rows>* rows);
  void Score(const RowSet& rows, std::vector<float>* scores) const;
  bool Live(int64_t cable, int64_t segment) const {
    return cable >= 0 && cable < cols_.capacity && cols_.text_segment[static_cast<size_t>(cable)] == segment;
  }

  Database& db_;
  const CableColumns& cols_;
  PostingCache* cache_;
  const RowSet* possible_ = nullptr;
  std::vector<Hits> phrases_;       // of the current Match, for scoring
  std::vector<uint32_t> weighted_;  // by row, zero between uses
  std::vector<uint32_t> starts_;  // PhraseFrequency's, reused from cable to cable
};

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_TEXT_MATCH_H_
