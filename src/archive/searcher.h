// Searcher: the archive's search interface. Query text in; the total count,
// a ranked page of hits with snippets, and facet counts out.
//
// This interface hides the engine: callers (CLI, HTTP API, web UI) see
// queries and results only, never SQL or FTS5, so the index underneath can
// be replaced if the benchmarks demand it. Pipeline: QueryParser (text ->
// AST), QueryExecutor (AST -> match set + scores), ranking and paging here,
// facets (facets.h), snippets (snippet.h).
//
// A Searcher keeps the in-memory columns (cable_columns.h) of its archive
// and reloads them when another connection has committed (an ingest in
// progress), so each search sees one consistent snapshot. Not thread-safe:
// use one Searcher per thread.
#ifndef CABLESCOPE_ARCHIVE_SEARCHER_H_
#define CABLESCOPE_ARCHIVE_SEARCHER_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "archive/archive_reader.h"
#include "archive/cable_columns.h"
#include "archive/facets.h"
#include "archive/posting_cache.h"
#include "archive/snippet.h"
#include "archive/status.h"

namespace cablescope::archive {

enum class SortOrder {
  kRelevance,  // BM25 of the text terms; date descending for queries without text
  kDate,       // oldest first; cables without a date last
  kDateDesc,   // newest first; cables without a date last
  kCitations,  // most cited first (in-degree in the citation graph), then newest
  kRank,       // highest PageRank first, then newest
};

// "relevance", "date", "-date", "citations", "rank" (and back).
std::optional<SortOrder> SortOrderFromName(std::string_view name);
std::string_view SortOrderName(SortOrder sort);

struct SearchRequest {
  std::string query;
  size_t limit = 20;  // hits to return
  size_t offset = 0;  // hits to skip
  SortOrder sort = SortOrder::kRelevance;
  std::vector<FacetField> facets = {FacetField::kOrigin, FacetField::kTag, FacetField::kClassification,
                                    FacetField::kYear, FacetField::kMonth};
  size_t facet_limit = 20;  // values per facet, largest counts first (0 = all)
  bool snippets = true;
};

struct SearchHit {
  int64_t row = 0;
  std::string id, date, origin, classification, subject;  // empty when unknown
  double score = 0;
  Snippet snippet;
};

struct SearchResult {
  int64_t total = 0;  // exact number of matching cables
  std::vector<SearchHit> hits;
  std::vector<Facet> facets;
};

class Searcher {
 public:
  // `reader` must outlive the searcher.
  explicit Searcher(ArchiveReader* reader) : reader_(reader) {}

  // Runs `request`. A malformed query fails with kInvalidQuery (the message
  // names the column); no hits is success with total 0.
  Status Search(const SearchRequest& request, SearchResult* result);

  // Calls `fn` for every match in `sort` order, without a cap, with the
  // hit's fields (no snippet) and its merged record JSON. Stops early when
  // `fn` returns false.
  Status ForEachMatch(std::string_view query, SortOrder sort,
                      const std::function<bool(const SearchHit&, std::string_view record_json)>& fn);

  // The rows of every match of `query`, as a set (no ranking, no records):
  // for callers that restrict something else to the matches (`missing
  // QUERY`, `graph QUERY`). An empty query matches every cable.
  Status MatchingRows(std::string_view query, RowSet* rows);

 private:
  Status Refresh();
  // Parses and runs `query` against fresh columns: the match set (with
  // scores) and its rows in row order, unsorted.
  Status Match(std::string_view query, struct ParsedQuery* parsed, struct MatchSet* m,
               std::vector<int64_t>* rows);
  Status FillHit(int64_t row, SearchHit* hit, std::string* body);

  ArchiveReader* reader_;
  CableColumns columns_;
  PostingCache postings_;  // of the snapshot columns_ was loaded from
  int64_t data_version_ = -1;
  Statement hit_by_row_;  // prepared on first use, reused for every hit
};

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_SEARCHER_H_
