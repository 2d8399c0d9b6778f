#include "archive/text_index_check.h"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "archive/cable_text_values.h"
#include "archive/merge.h"
#include "archive/record_decode.h"
#include "archive/text_postings.h"
#include "archive/text_segment_builder.h"

namespace cablescope::archive {
namespace {

Status Problem(const std::string& what) { return Status::IoError("text index: " + what); }

// A term's live postings, with copies of their position bytes.
struct Entry {
  int64_t cable;
  uint32_t weighted;
  std::string positions;
  bool operator==(const Entry&) const = default;
};

}  // namespace

Status CheckTextIndex(ArchiveReader& reader) {
  Database& db = reader.db();
  ReadTransaction txn(db);
  std::unordered_map<int64_t, std::pair<int64_t, int64_t>> docs;  // cable -> (segment, tokens)
  {
    Statement st;
    Status s = db.Prepare("SELECT t.cable, t.segment, t.tokens, EXISTS (SELECT 1 FROM text_segments g WHERE "
                          "g.segment = t.segment), EXISTS (SELECT 1 FROM cables c WHERE c.cable = t.cable) "
                          "FROM text_docs t", &st);
    if (!s.ok()) return s;
    while (st.Step()) {
      if (st.Int(3) == 0) return Problem("cable " + std::to_string(st.Int(0)) + " is in a missing segment");
      if (st.Int(4) == 0) return Problem("text_docs names cable " + std::to_string(st.Int(0)) + ", not held");
      docs[st.Int(0)] = {st.Int(1), st.Int(2)};
    }
    if (!st.status().ok()) return st.status();
  }
  // The live postings as the index has them.
  std::map<std::string, std::vector<Entry>> index;
  {
    Statement st;
    Status s = db.Prepare("SELECT segment, term, docs, positions FROM text_postings ORDER BY term, segment", &st);
    if (!s.ok()) return s;
    std::vector<Posting> postings;
    while (st.Step()) {
      const int64_t segment = st.Int(0);
      const std::string term(st.Text(1));
      postings.clear();
      if (!DecodePostings(st.Blob(2), st.Blob(3), &postings)) {
        return Problem("malformed postings of '" + term + "' in segment " + std::to_string(segment));
      }
      for (const Posting& p : postings) {
        auto it = docs.find(p.cable);
        if (it == docs.end() || it->second.first != segment) continue;  // stale
        index[term].push_back({p.cable, p.weighted, std::string(p.positions)});
      }
    }
    if (!st.status().ok()) return st.status();
  }
  for (auto& [term, entries] : index) {
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.cable < b.cable; });
  }
  // A fresh index of every cable's merged record.
  TextSegmentBuilder fresh;
  {
    std::vector<int64_t> cables;
    Statement st;
    Status s = db.Prepare("SELECT cable FROM cables ORDER BY cable", &st);
    if (!s.ok()) return s;
    while (st.Step()) cables.push_back(st.Int(0));
    if (!st.status().ok()) return st.status();
    for (int64_t cable : cables) {
      auto it = docs.find(cable);
      if (it == docs.end()) return Problem("cable " + std::to_string(cable) + " is not indexed");
      std::string json;
      s = reader.LoadRecordJson(cable, &json);
      Record record;
      if (s.ok()) s = DecodeRecordJson(SingleVersionJson(json), &record);
      if (!s.ok()) return s;
      fresh.Add(cable, CableTextOf(record));
    }
    Status tokens;
    fresh.ForEachCable([&](int64_t cable, uint32_t n) {
      if (tokens.ok() && static_cast<int64_t>(n) != docs[cable].second) {
        tokens = Problem("cable " + std::to_string(cable) + " has " + std::to_string(docs[cable].second) +
                         " tokens in text_docs, " + std::to_string(n) + " in its text");
      }
    });
    if (!tokens.ok()) return tokens;
  }
  Status result;
  size_t terms = 0;
  fresh.ForEachTerm([&](std::string_view term, std::string_view docs_blob, std::string_view positions) {
    if (!result.ok()) return;
    ++terms;
    std::vector<Posting> postings;
    DecodePostings(docs_blob, positions, &postings);
    std::vector<Entry> want;
    for (const Posting& p : postings) want.push_back({p.cable, p.weighted, std::string(p.positions)});
    auto it = index.find(std::string(term));
    if (it == index.end() || it->second != want) {
      result = Problem("the postings of '" + std::string(term) + "' differ from a fresh index's");
    }
  });
  if (!result.ok()) return result;
  if (terms != index.size()) {
    return Problem(std::to_string(index.size()) + " terms with live postings, a fresh index has " +
                   std::to_string(terms));
  }
  return Status::Ok();
}

}  // namespace cablescope::archive
