#include "archive/text_postings.h"

namespace cablescope::archive {

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
