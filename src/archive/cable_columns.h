// CableColumns: the archive's low-cardinality fields in memory, by row.
//
// Facet counting and the filters on dates, origins, classifications,
// precedences and TAGS run over these arrays instead of SQL: one pass over
// a match set counts every facet at once (PISA keeps counting apart from
// ranking in the same way). Strings are dictionary-encoded: each distinct
// origin is stored once, and a row holds its index.
//
// Loaded once per searcher from the `cables`, `tags`, `cable_graph` and
// `text_docs` tables, and reloaded
// when the archive changes. Immutable after Load(); safe to read from
// several threads.
#ifndef CABLESCOPE_ARCHIVE_CABLE_COLUMNS_H_
#define CABLESCOPE_ARCHIVE_CABLE_COLUMNS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "archive/row_set.h"
#include "archive/sqlite_db.h"
#include "archive/status.h"

namespace cablescope::archive {

// Distinct values of one field; index -1 means "no value".
class Dictionary {
 public:
  int32_t Intern(std::string_view value);
  const std::string& Value(int32_t index) const { return values_[static_cast<size_t>(index)]; }
  size_t size() const { return values_.size(); }
  const std::vector<std::string>& values() const { return values_; }

 private:
  std::vector<std::string> values_;
  std::unordered_map<std::string, int32_t> index_;
};

// Calls fn(marking) for each marking of a set of `marking_sets` (one per
// line, as cables.markings holds them).
template <class Fn>
void ForEachMarking(std::string_view set, Fn&& fn) {
  while (!set.empty()) {
    const size_t nl = set.find('\n');
    fn(set.substr(0, nl));
    set = nl == std::string_view::npos ? std::string_view() : set.substr(nl + 1);
  }
}

struct CableColumns {
  // Reads every cable's columns from `db` (inside the caller's transaction,
  // if any). On failure the columns are left empty.
  Status Load(Database& db);

  int64_t capacity = 0;   // largest row number + 1
  RowSet all;             // rows that hold a cable
  std::vector<int32_t> day;   // YYYYMMDD of the cable's date, 0 unknown
  std::vector<int32_t> decl;  // YYYYMMDD of declassify_on, 0 unknown
  std::vector<int16_t> year;  // from the date, else the id; 0 unknown
  std::vector<int32_t> origin, from, classification, precedence;  // dictionary indexes
  std::vector<int32_t> markings;  // the paragraphs' markings (cables.markings), one per line
  Dictionary origins, froms, classifications, precedences, tag_names, marking_sets;
  // Rows with a paragraph in each marking column of the text index
  // (kMarkingColumns): only they can match `para:` (1.2 ms a query to
  // derive from `markings`, hence kept).
  std::vector<RowSet> with_marking_column;
  std::vector<uint32_t> tag_begin;  // tags of row r: tag_ids[tag_begin[r] .. tag_begin[r+1])
  std::vector<int32_t> tag_ids;
  // The same inverted: rows of tag t: tag_rows[tag_row_begin[t] .. tag_row_begin[t+1]),
  // ascending, so that `tag:` costs its matches, not a pass over the archive.
  std::vector<uint32_t> tag_row_begin;
  std::vector<int32_t> tag_rows;
  // Rows with a date, by date (then row): `date:` ranges are a binary search.
  std::vector<int32_t> by_day;
  // From cable_graph (0 until the links are built).
  std::vector<int32_t> cited_by;  // held cables citing this one
  std::vector<float> rank;        // PageRank
  // Who classified each row (classifiers): each person's folded name and
  // folded "title name", each between spaces (" jane doe "), so that
  // classified_by: is a substring test per candidate, not an SQL look-up.
  // Row r's: classifier_keys[classifier_begin[r] .. classifier_begin[r+1]).
  std::vector<uint32_t> classifier_begin;
  std::vector<std::string> classifier_keys;
  // From text_docs (the full-text index, text_match.h): the segment holding
  // each row's current text (0: not indexed yet), its number of tokens,
  // and over the indexed rows their count and mean length, for bm25.
  std::vector<int32_t> text_segment;
  std::vector<uint32_t> text_tokens;
  int64_t text_docs = 0;
  double text_avg_tokens = 0;
};

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_CABLE_COLUMNS_H_
