#include "archive/text_match.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "archive/posting_cursor.h"
#include "archive/text_fold.h"
#include "archive/text_postings.h"

namespace cablescope::archive {
namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// The least string greater than every string starting with `prefix`, or
// empty when there is none (all bytes 0xff).
std::string PrefixEnd(std::string prefix) {
  while (!prefix.empty()) {
    auto& last = reinterpret_cast<unsigned char&>(prefix.back());
    if (last < 0xff) {
      ++last;
      return prefix;
    }
    prefix.pop_back();
  }
  return prefix;
}

Status Malformed(const std::string& term) {
  return Status::IoError("text index: malformed postings of '" + term + "'");
}

// The bm25 weight of an occurrence at `key`; 0 for a column no cable has
// (damaged postings), which then counts for nothing.
double ColumnWeight(uint32_t key) {
  const auto column = static_cast<size_t>(KeyColumn(key));
  return column < kColumnWeights.size() ? kColumnWeights[column] : 0;
}

// PhraseFrequency for two tokens, the common case and the slow one (two
// common words meet in most cables): one merge of the two position lists,
// each decoded once and no further than the other, nothing stored.
double PairFrequency(std::string_view first, std::string_view second, int column) {
  PositionReader a(first), b(second);
  uint32_t ka, kb;
  if (!a.Next(&ka) || !b.Next(&kb)) return 0;
  double f = 0;
  for (;;) {
    const uint32_t want = ka + 1;
    if (want < kb) {
      if (!a.Next(&ka)) break;
    } else if (want > kb) {
      if (!b.Next(&kb)) break;
    } else {
      if (column < 0 || KeyColumn(ka) == column) f += ColumnWeight(ka);
      if (!a.Next(&ka) || !b.Next(&kb)) break;
    }
  }
  return f;
}

}  // namespace

Status TextMatcher::Match(const std::vector<const QueryNode*>& parts, bool all, int column, RowSet* rows,
                          std::vector<float>* scores) {
  phrases_.clear();
  Status s = EvalAll(parts, all, column, rows);
  if (s.ok() && scores != nullptr) Score(*rows, scores);
  return s;
}

Status TextMatcher::EvalAll(const std::vector<const QueryNode*>& parts, bool all, int column, RowSet* rows) {
  *rows = RowSet(cols_.capacity);
  bool first = true;
  for (const QueryNode* p : parts) {
    RowSet part(cols_.capacity);
    Status s = Eval(*p, column, &part);
    if (!s.ok()) return s;
    if (first) *rows = std::move(part);
    else if (all) rows->IntersectWith(part);
    else rows->UnionWith(part);
    first = false;
  }
  return Status::Ok();
}

Status TextMatcher::MatchPhrase(const std::vector<std::string>& tokens, bool prefix, int column, RowSet* rows,
                                std::vector<float>* scores) {
  phrases_.clear();
  *rows = RowSet(cols_.capacity);
  Status s = Phrase(tokens, prefix, column, rows);
  if (s.ok() && scores != nullptr) Score(*rows, scores);
  return s;
}

Status TextMatcher::Eval(const QueryNode& node, int column, RowSet* rows) {
  using Kind = QueryNode::Kind;
  switch (node.kind) {
    case Kind::kWord:
    case Kind::kPhrase:
      return Phrase(FoldedTokens(node.text), node.prefix, column, rows);
    case Kind::kAnd:
    case Kind::kOr: {
      std::vector<const QueryNode*> parts;
      for (const QueryNode& c : node.children) parts.push_back(&c);
      return EvalAll(parts, node.kind == Kind::kAnd, column, rows);
    }
    default:
      return Status::InvalidQuery("not a text query part");
  }
}

Status TextMatcher::Phrase(const std::vector<std::string>& tokens, bool prefix, int column, RowSet* rows) {
  Hits hits;
  if (!tokens.empty()) {
    Status s = tokens.size() == 1 && column < 0 ? Frequencies(tokens[0], prefix, &hits)
                                                : Positional(tokens, prefix, column, &hits);
    if (!s.ok()) return s;
  }
  for (const auto& [cable, f] : hits.cables) rows->Add(cable);
  phrases_.push_back(std::move(hits));
  return Status::Ok();
}

Status TextMatcher::Fetch(const std::string& term, bool prefix, bool positions,
                          std::shared_ptr<const PostingCache::Rows>* rows) {
  const std::string key = std::string(prefix ? "*" : "=") + (positions ? "p" : "d") + term;
  if (cache_ != nullptr && (*rows = cache_->Get(key)) != nullptr) return Status::Ok();
  std::string sql = positions ? "SELECT segment, docs, positions FROM text_postings WHERE "
                              : "SELECT segment, docs FROM text_postings WHERE ";
  const std::string end = prefix ? PrefixEnd(term) : std::string();
  sql += !prefix ? "term = ?1" : end.empty() ? "term >= ?1" : "term >= ?1 AND term < ?2";
  Statement st;
  Status s = db_.Prepare(sql, &st);
  if (!s.ok()) return s;
  st.Bind(1, term);
  if (!end.empty()) st.Bind(2, end);
  auto read = std::make_shared<PostingCache::Rows>();
  while (st.Step()) {
    PostingCache::Row& row = read->emplace_back();
    row.segment = st.Int(0);
    row.docs = st.Blob(1);
    if (positions) row.positions = st.Blob(2);
  }
  if (!st.status().ok()) return st.status();
  if (cache_ != nullptr) cache_->Put(key, read);
  *rows = std::move(read);
  return Status::Ok();
}

Status TextMatcher::Frequencies(const std::string& term, bool prefix, Hits* hits) {
  // Several rows (segments, a prefix's terms) may name a cable: their
  // counts are summed in a dense array, then read back in row order.
  weighted_.resize(static_cast<size_t>(cols_.capacity), 0);
  RowSet seen(cols_.capacity);
  std::shared_ptr<const PostingCache::Rows> rows;
  Status s = Fetch(term, prefix, false, &rows);
  if (!s.ok()) return s;
  for (const PostingCache::Row& row : *rows) {
    const bool ok = ForEachDoc(row.docs, [&](int64_t cable, uint32_t weighted) {
      if (!Live(cable, row.segment)) return;
      weighted_[static_cast<size_t>(cable)] += weighted;
      seen.Add(cable);
    });
    if (!ok) return Malformed(term);
  }
  seen.ForEach([&](int64_t cable) {
    uint32_t& w = weighted_[static_cast<size_t>(cable)];
    hits->cables.emplace_back(static_cast<int32_t>(cable), static_cast<float>(w));
    w = 0;
  });
  return Status::Ok();
}

Status TextMatcher::Positional(const std::vector<std::string>& tokens, bool prefix, int column, Hits* hits) {
  // A cable's words all live in the segment that holds its current text,
  // so a phrase is matched segment by segment, with a cursor per token
  // over its rows in that segment.
  const size_t n = tokens.size();
  std::vector<std::shared_ptr<const PostingCache::Rows>> held(n);  // what the cursors view
  using Lists = std::vector<std::pair<std::string_view, std::string_view>>;
  std::map<int64_t, std::vector<Lists>> segments;  // segment -> per token, its rows
  for (size_t i = 0; i < n; ++i) {
    Status s = Fetch(tokens[i], prefix && i + 1 == n, true, &held[i]);
    if (!s.ok()) return s;
    for (const PostingCache::Row& row : *held[i]) {
      if (i > 0 && segments.count(row.segment) == 0) continue;  // an earlier token is not there
      auto& lists = segments[row.segment];
      lists.resize(n);
      lists[i].emplace_back(row.docs, row.positions);
    }
  }
  for (auto& [segment, lists] : segments) {
    bool everywhere = true;
    for (const auto& l : lists) everywhere = everywhere && !l.empty();
    if (!everywhere) continue;
    std::vector<PostingCursor> cursors;
    cursors.reserve(n);
    for (const auto& l : lists) cursors.emplace_back(l);
    if (!PhraseInSegment(segment, &cursors, column, hits)) return Malformed(tokens[0]);
  }
  return Status::Ok();
}

bool TextMatcher::PhraseInSegment(int64_t segment, std::vector<PostingCursor>* cursors, int column, Hits* hits) {
  // Leapfrog from the shortest list: each other cursor seeks the driver's
  // cable; whoever overshoots becomes the target.
  std::vector<PostingCursor>& c = *cursors;
  const size_t n = c.size();
  auto match = [&](int64_t cable) {
    if (Live(cable, segment) && (possible_ == nullptr || possible_->Contains(cable))) {
      const double f = PhraseFrequency(c, column);
      if (f > 0) hits->cables.emplace_back(static_cast<int32_t>(cable), static_cast<float>(f));
    }
  };
  if (n == 2) {  // most phrases: the same, without the loops over cursors
    PostingCursor& a = c[0];
    PostingCursor& b = c[1];
    while (a.valid() && b.valid()) {
      if (a.cable() < b.cable()) {
        a.SeekTo(b.cable());
      } else if (b.cable() < a.cable()) {
        b.SeekTo(a.cable());
      } else {
        match(a.cable());
        a.Next();
        b.Next();
      }
    }
    return !a.bad() && !b.bad();
  }
  for (;;) {
    for (const auto& cursor : c) {
      if (!cursor.valid()) return !cursor.bad();
    }
    int64_t cable = c[0].cable();
    for (const auto& cursor : c) cable = std::max(cable, cursor.cable());
    bool everywhere = true;
    for (auto& cursor : c) {
      if (!cursor.SeekTo(cable)) return !cursor.bad();
      if (cursor.cable() != cable) everywhere = false;
    }
    if (!everywhere) continue;
    match(cable);
    for (size_t i = 0; i < n; ++i) c[i].Next();
  }
}

double TextMatcher::PhraseFrequency(const std::vector<PostingCursor>& c, int column) {
  if (c.size() == 2) return PairFrequency(c[0].positions(), c[1].positions(), column);
  // The starts where token i sits at start + i, for every i: from the token
  // with the fewest position bytes in this cable, then narrowed token by
  // token, each decoded only as far as the last start still possible.
  const size_t n = c.size();
  size_t anchor = 0;
  for (size_t i = 1; i < n; ++i) {
    if (c[i].positions().size() < c[anchor].positions().size()) anchor = i;
  }
  std::vector<uint32_t>& starts = starts_;
  starts.clear();
  ForEachPosition(c[anchor].positions(), [&](uint32_t key) {
    if (key < anchor) return;
    const uint32_t start = key - static_cast<uint32_t>(anchor);
    if (column < 0 || KeyColumn(start) == column) starts.push_back(start);
  });
  for (size_t i = 0; i < n && !starts.empty(); ++i) {
    if (i == anchor) continue;
    size_t kept = 0, next = 0;
    PositionReader reader(c[i].positions());
    uint32_t key;
    while (next < starts.size() && reader.Next(&key)) {
      if (key < i) continue;
      const uint32_t start = key - static_cast<uint32_t>(i);
      while (next < starts.size() && starts[next] < start) ++next;
      if (next < starts.size() && starts[next] == start) starts[kept++] = starts[next++];
    }
    starts.resize(kept);
  }
  double f = 0;
  for (uint32_t start : starts) f += ColumnWeight(start);
  return f;
}

void TextMatcher::Score(const RowSet& rows, std::vector<float>* scores) const {
  const double n_docs = static_cast<double>(cols_.text_docs);
  const double avg = cols_.text_avg_tokens > 0 ? cols_.text_avg_tokens : 1.0;
  for (const Hits& h : phrases_) {
    if (h.cables.empty()) continue;
    const double n = static_cast<double>(h.cables.size());
    double idf = std::log((n_docs - n + 0.5) / (n + 0.5));
    if (idf <= 0) idf = 1e-6;
    for (const auto& [cable, f] : h.cables) {
      if (!rows.Contains(cable)) continue;
      const double length = cols_.text_tokens[static_cast<size_t>(cable)];
      const double score = idf * f * (kK1 + 1) / (f + kK1 * (1 - kB + kB * length / avg));
      (*scores)[static_cast<size_t>(cable)] += static_cast<float>(score);
    }
  }
}

}  // namespace cablescope::archive
