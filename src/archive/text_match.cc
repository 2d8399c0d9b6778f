#include "archive/text_match.h"

#include <algorithm>
#include <cmath>
#include <deque>

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

}  // namespace

Status TextMatcher::Match(const std::vector<const QueryNode*>& parts, bool all, int column, RowSet* rows,
                          std::vector<float>* scores) {
  phrases_.clear();
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
  if (scores != nullptr) Score(*rows, scores);
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
      bool first = true;
      for (const QueryNode& c : node.children) {
        RowSet part(cols_.capacity);
        Status s = Eval(c, column, &part);
        if (!s.ok()) return s;
        if (first) *rows = std::move(part);
        else if (node.kind == Kind::kAnd) rows->IntersectWith(part);
        else rows->UnionWith(part);
        first = false;
      }
      return Status::Ok();
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

Status TextMatcher::Rows(const std::string& term, bool prefix, bool positions, Statement* st) {
  std::string sql = positions ? "SELECT segment, docs, positions FROM text_postings WHERE "
                              : "SELECT segment, docs FROM text_postings WHERE ";
  const std::string end = prefix ? PrefixEnd(term) : std::string();
  sql += !prefix ? "term = ?1" : end.empty() ? "term >= ?1" : "term >= ?1 AND term < ?2";
  Status s = db_.Prepare(sql, st);
  if (!s.ok()) return s;
  st->Bind(1, term);
  if (!end.empty()) st->Bind(2, end);
  return Status::Ok();
}

Status TextMatcher::Frequencies(const std::string& term, bool prefix, Hits* hits) {
  // Several rows (segments, a prefix's terms) may name a cable: their
  // counts are summed in a dense array, then read back in row order.
  weighted_.resize(static_cast<size_t>(cols_.capacity), 0);
  RowSet seen(cols_.capacity);
  Statement st;
  Status s = Rows(term, prefix, false, &st);
  if (!s.ok()) return s;
  while (st.Step()) {
    const int64_t segment = st.Int(0);
    const bool ok = ForEachDoc(st.Blob(1), [&](int64_t cable, uint32_t weighted) {
      if (!Live(cable, segment)) return;
      weighted_[static_cast<size_t>(cable)] += weighted;
      seen.Add(cable);
    });
    if (!ok) return Malformed(term);
  }
  if (!st.status().ok()) return st.status();
  seen.ForEach([&](int64_t cable) {
    uint32_t& w = weighted_[static_cast<size_t>(cable)];
    hits->cables.emplace_back(static_cast<int32_t>(cable), static_cast<float>(w));
    w = 0;
  });
  return Status::Ok();
}

Status TextMatcher::Positional(const std::vector<std::string>& tokens, bool prefix, int column, Hits* hits) {
  // Each token's live postings with their positions, ascending by cable (a
  // prefix may list a cable once per term it has).
  std::deque<std::string> blobs;  // owns what the postings view
  std::vector<std::vector<Posting>> lists(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    Statement st;
    Status s = Rows(tokens[i], prefix && i + 1 == tokens.size(), true, &st);
    if (!s.ok()) return s;
    std::vector<Posting>& list = lists[i];
    std::vector<size_t> runs;  // where each row's postings start: each run is sorted
    while (st.Step()) {
      const int64_t segment = st.Int(0);
      blobs.emplace_back(st.Blob(1));
      const std::string& docs = blobs.back();
      blobs.emplace_back(st.Blob(2));
      const size_t before = list.size();
      if (!DecodePostings(docs, blobs.back(), &list)) return Malformed(tokens[i]);
      size_t kept = before;
      for (size_t k = before; k < list.size(); ++k) {
        if (Live(list[k].cable, segment)) list[kept++] = list[k];
      }
      list.resize(kept);
      if (kept > before) runs.push_back(before);
    }
    if (!st.status().ok()) return st.status();
    if (list.empty()) return Status::Ok();
    // Segments hold cables in order, but a later segment may hold older
    // cables (re-indexed ones) and a prefix's terms interleave: merge the
    // sorted runs, few for a word, many for a prefix.
    auto by_cable = [](const Posting& a, const Posting& b) { return a.cable < b.cable; };
    if (runs.size() > 8) {
      std::stable_sort(list.begin(), list.end(), by_cable);
    } else {
      for (size_t r = 1; r < runs.size(); ++r) {
        const auto middle = list.begin() + static_cast<std::ptrdiff_t>(runs[r]);
        const auto last = r + 1 < runs.size() ? list.begin() + static_cast<std::ptrdiff_t>(runs[r + 1]) : list.end();
        if (middle != list.begin() && (middle - 1)->cable > middle->cable) {
          std::inplace_merge(list.begin(), middle, last, by_cable);
        }
      }
    }
  }
  // Walk the lists together; for a cable in all of them, count the
  // occurrences of the phrase: token i at the first token's key + i.
  std::vector<size_t> at(lists.size(), 0);
  std::vector<std::vector<uint32_t>> keys(lists.size());
  for (;;) {
    int64_t cable = -1;
    for (size_t i = 0; i < lists.size(); ++i) {
      if (at[i] == lists[i].size()) return Status::Ok();
      cable = std::max(cable, lists[i][at[i]].cable);
    }
    bool everywhere = true;
    for (size_t i = 0; i < lists.size(); ++i) {
      while (at[i] < lists[i].size() && lists[i][at[i]].cable < cable) ++at[i];
      if (at[i] == lists[i].size()) return Status::Ok();
      if (lists[i][at[i]].cable != cable) everywhere = false;
    }
    if (!everywhere) continue;
    for (size_t i = 0; i < lists.size(); ++i) {
      keys[i].clear();
      size_t entries = 0;
      for (; at[i] < lists[i].size() && lists[i][at[i]].cable == cable; ++at[i], ++entries) {
        if (!ForEachPosition(lists[i][at[i]].positions, [&](uint32_t key) { keys[i].push_back(key); })) {
          return Malformed(tokens[i]);
        }
      }
      if (entries > 1) std::sort(keys[i].begin(), keys[i].end());
    }
    double f = 0;
    for (uint32_t key : keys[0]) {
      const int col = KeyColumn(key);
      if (column >= 0 && col != column) continue;
      bool phrase = true;
      for (size_t i = 1; i < keys.size() && phrase; ++i) {
        phrase = std::binary_search(keys[i].begin(), keys[i].end(), key + static_cast<uint32_t>(i));
      }
      if (phrase) f += kColumnWeights[static_cast<size_t>(col)];
    }
    if (f > 0) hits->cables.emplace_back(static_cast<int32_t>(cable), static_cast<float>(f));
  }
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
