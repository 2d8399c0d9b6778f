#include "archive/text_postings.h"

#include <algorithm>

namespace cablescope::archive {

void SortNearlySorted(std::vector<Posting>* postings, std::vector<Posting>* scratch) {
  auto by_cable = [](const Posting& a, const Posting& b) { return a.cable < b.cable; };
  // Keep an ascending run in place; what falls below its last goes aside.
  scratch->clear();
  size_t kept = 0;
  for (const Posting& p : *postings) {
    if (kept == 0 || (*postings)[kept - 1].cable < p.cable) (*postings)[kept++] = p;
    else scratch->push_back(p);
  }
  if (scratch->empty()) return;
  postings->resize(kept);
  std::sort(scratch->begin(), scratch->end(), by_cable);
  postings->insert(postings->end(), scratch->begin(), scratch->end());
  std::inplace_merge(postings->begin(), postings->begin() + static_cast<std::ptrdiff_t>(kept), postings->end(),
                     by_cable);
}

void EncodePostings(const std::vector<Posting>& postings, std::string* docs, std::string* positions) {
  int64_t previous = 0;
  for (const Posting& p : postings) {
    PutVarint(docs, static_cast<uint64_t>(p.cable - previous));
    PutVarint(docs, p.weighted);
    previous = p.cable;
    PutVarint(positions, p.positions.size());
    positions->append(p.positions);
  }
}

bool DecodePostings(std::string_view docs, std::string_view positions, std::vector<Posting>* out) {
  const auto* p = reinterpret_cast<const uint8_t*>(positions.data());
  const uint8_t* end = p + positions.size();
  bool ok = true;
  const bool docs_ok = ForEachDoc(docs, [&](int64_t cable, uint32_t weighted) {
    uint64_t n = 0;
    if (!ok || !GetVarint(&p, end, &n) || n > static_cast<uint64_t>(end - p)) {
      ok = false;
      return;
    }
    out->push_back({cable, weighted, std::string_view(reinterpret_cast<const char*>(p), n)});
    p += n;
  });
  return ok && docs_ok && p == end;
}

}  // namespace cablescope::archive
