#include "archive/searcher.h"

#include <algorithm>

#include "archive/query_executor.h"
#include "archive/query_parser.h"
#include "parse/paragraphs.h"

namespace cablescope::archive {
namespace {

// Puts the first `needed` rows of *rows in order (and drops the rest when
// fewer are needed). A template, not std::function: a common word sorts
// ~150,000 rows, and an indirect call per comparison was a tenth of its time.
template <class Less>
void SortWith(std::vector<int64_t>* rows, size_t needed, Less less) {
  if (needed < rows->size()) {
    std::partial_sort(rows->begin(), rows->begin() + static_cast<std::ptrdiff_t>(needed), rows->end(), less);
    rows->resize(needed);
  } else {
    std::sort(rows->begin(), rows->end(), less);
  }
}

// Orders rows for a page: the sort key, then the row number for stability.
void SortRows(std::vector<int64_t>* rows, const CableColumns& cols, const MatchSet& m, SortOrder sort,
              size_t needed) {
  auto day = [&](int64_t r) { return cols.day[static_cast<size_t>(r)]; };
  auto date_desc = [&](int64_t a, int64_t b) {
    const int32_t da = day(a), db = day(b);
    if (da != db) return da > db;
    return a < b;
  };
  if (sort == SortOrder::kRelevance && m.scored) {
    SortWith(rows, needed, [&](int64_t a, int64_t b) {
      const float sa = m.score[static_cast<size_t>(a)], sb = m.score[static_cast<size_t>(b)];
      if (sa != sb) return sa > sb;
      return date_desc(a, b);
    });
  } else if (sort == SortOrder::kCitations || sort == SortOrder::kRank) {
    const bool by_rank = sort == SortOrder::kRank;
    SortWith(rows, needed, [&](int64_t a, int64_t b) {
      const auto ua = static_cast<size_t>(a), ub = static_cast<size_t>(b);
      if (by_rank) {
        if (cols.rank[ua] != cols.rank[ub]) return cols.rank[ua] > cols.rank[ub];
      } else if (cols.cited_by[ua] != cols.cited_by[ub]) {
        return cols.cited_by[ua] > cols.cited_by[ub];
      }
      return date_desc(a, b);
    });
  } else if (sort == SortOrder::kDate) {
    SortWith(rows, needed, [&](int64_t a, int64_t b) {
      const int32_t da = day(a), db = day(b);
      if ((da == 0) != (db == 0)) return db == 0;  // unknown dates last
      if (da != db) return da < db;
      return a < b;
    });
  } else {
    SortWith(rows, needed, date_desc);  // 0 (unknown) sorts last in descending order already
  }
}

}  // namespace

std::optional<SortOrder> SortOrderFromName(std::string_view name) {
  if (name == "relevance") return SortOrder::kRelevance;
  if (name == "date") return SortOrder::kDate;
  if (name == "-date") return SortOrder::kDateDesc;
  if (name == "citations") return SortOrder::kCitations;
  if (name == "rank") return SortOrder::kRank;
  return std::nullopt;
}

std::string_view SortOrderName(SortOrder sort) {
  switch (sort) {
    case SortOrder::kRelevance: return "relevance";
    case SortOrder::kDate: return "date";
    case SortOrder::kDateDesc: return "-date";
    case SortOrder::kCitations: return "citations";
    case SortOrder::kRank: return "rank";
  }
  return "relevance";
}

Status Searcher::Refresh() {
  // The reader's connection only reads: PRAGMA data_version changes exactly
  // when another connection (an ingest, a link build) has committed.
  Database& db = reader_->db();
  const int64_t version = QueryInt(db, "PRAGMA data_version", 0);
  if (version == data_version_) return Status::Ok();
  postings_.Clear();
  Status s = columns_.Load(db);
  if (!s.ok()) return s;
  data_version_ = version;
  return Status::Ok();
}

Status Searcher::Match(std::string_view query, ParsedQuery* parsed, MatchSet* m,
                       std::vector<int64_t>* rows) {
  Status s = ParseQuery(query, parsed);
  if (!s.ok()) return s;
  s = Refresh();
  if (!s.ok()) return s;
  s = ExecuteQuery(reader_->db(), columns_, *parsed, m, &postings_);
  if (!s.ok()) return s;
  m->rows.IntersectWith(columns_.all);
  rows->clear();
  rows->reserve(static_cast<size_t>(m->rows.Count()));
  m->rows.ForEach([&](int64_t r) { rows->push_back(r); });
  return Status::Ok();
}

Status Searcher::FillHit(int64_t row, SearchHit* hit, std::string* body) {
  if (!hit_by_row_.valid()) {
    Status s = reader_->db().Prepare(
        "SELECT id, date, origin, classification, subject, body FROM cables WHERE cable = ?1",
        &hit_by_row_);
    if (!s.ok()) return s;
  }
  Statement& st = hit_by_row_;
  st.Reset();
  st.Bind(1, row);
  if (!st.Step()) return st.status();
  hit->row = row;
  hit->id = st.String(0);
  hit->date = st.String(1);
  hit->origin = st.String(2);
  hit->classification = st.String(3);
  hit->subject = st.String(4);
  if (body != nullptr) *body = st.String(5);
  st.Reset();
  return Status::Ok();
}

Status Searcher::Search(const SearchRequest& request, SearchResult* result) {
  *result = SearchResult();
  ReadTransaction txn(reader_->db());
  ParsedQuery parsed;
  MatchSet m;
  std::vector<int64_t> rows;
  Status s = Match(request.query, &parsed, &m, &rows);
  if (!s.ok()) return s;
  result->total = static_cast<int64_t>(rows.size());
  if (!request.facets.empty()) {
    result->facets = CountFacets(columns_, m.rows, request.facets, request.facet_limit);
  }
  if (request.offset >= rows.size() || request.limit == 0) return Status::Ok();
  const size_t needed = std::min(rows.size(), request.offset + request.limit);
  SortRows(&rows, columns_, m, request.sort, needed);
  const std::vector<HighlightTerm> terms = request.snippets ? HighlightTerms(parsed) : std::vector<HighlightTerm>();
  Statement paras;
  if (request.snippets && !parsed.para_marking.empty()) {
    s = reader_->db().Prepare("SELECT text, text_start, text_end FROM paragraph_spans "
                              "WHERE cable = ?1 AND (marking = ?2 OR marking LIKE ?2 || '/%') ORDER BY position",
                              &paras);
    if (!s.ok()) return s;
  }
  for (size_t i = request.offset; i < needed; ++i) {
    SearchHit hit;
    std::string body;
    s = FillHit(rows[i], &hit, request.snippets ? &body : nullptr);
    if (!s.ok()) return s;
    hit.score = m.scored ? m.score[static_cast<size_t>(rows[i])] : 0.0;
    if (request.snippets) {
      std::string text;
      if (paras.valid()) {
        // para: queries: the snippet comes from a paragraph with the marking.
        paras.Reset();
        paras.Bind(1, rows[i]).Bind(2, parsed.para_marking);
        while (paras.Step()) {
          std::string p;
          // NULL: the body gives the text (paragraph_text.h).
          if (paras.IsNull(0)) {
            parse::AppendParagraphText(body, static_cast<uint32_t>(paras.Int(1)), static_cast<uint32_t>(paras.Int(2)),
                                        &p);
          } else {
            p = paras.Text(0);
          }
          if (text.empty() || (HasMatch(p, terms) && !HasMatch(text, terms))) text = std::move(p);
        }
      } else {
        text = std::move(body);
      }
      hit.snippet = MakeSnippet(text, terms);
      // A cable found by its subject alone: the snippet is the subject.
      // (Tokenising the body once, in MakeSnippet, is half of a search's
      // snippet time; so no HasMatch on the body first.)
      if (!paras.valid() && hit.snippet.highlights.empty() && HasMatch(hit.subject, terms)) {
        hit.snippet = MakeSnippet(hit.subject, terms);
      }
    }
    result->hits.push_back(std::move(hit));
  }
  return Status::Ok();
}

Status Searcher::ForEachMatch(std::string_view query, SortOrder sort,
                              const std::function<bool(const SearchHit&, std::string_view)>& fn) {
  ReadTransaction txn(reader_->db());
  std::vector<int64_t> rows;
  ParsedQuery parsed;
  MatchSet m;
  Status s = Match(query, &parsed, &m, &rows);
  if (!s.ok()) return s;
  SortRows(&rows, columns_, m, sort, rows.size());
  std::string json;
  for (int64_t row : rows) {
    SearchHit hit;
    s = FillHit(row, &hit, nullptr);
    if (!s.ok()) return s;
    s = reader_->LoadRecordJson(row, &json);
    if (!s.ok()) return s;
    if (!fn(hit, json)) break;
  }
  return Status::Ok();
}

Status Searcher::MatchingRows(std::string_view query, RowSet* rows) {
  ReadTransaction txn(reader_->db());
  std::vector<int64_t> unsorted;
  ParsedQuery parsed;
  MatchSet m;
  Status s = Match(query, &parsed, &m, &unsorted);
  if (s.ok()) *rows = std::move(m.rows);
  return s;
}

}  // namespace cablescope::archive
