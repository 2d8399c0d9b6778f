#include "archive/posting_cursor.h"

#include <algorithm>

#include "archive/text_postings.h"

namespace cablescope::archive {

PostingCursor::PostingCursor(std::string_view docs, std::string_view positions) { Start(docs, positions); }

PostingCursor::PostingCursor(const std::vector<std::pair<std::string_view, std::string_view>>& lists) {
  if (lists.size() == 1) {
    Start(lists[0].first, lists[0].second);
    return;
  }
  std::vector<Posting> all;
  for (const auto& [docs, positions] : lists) {
    if (!DecodePostings(docs, positions, &all)) {
      bad_ = true;
      return;
    }
  }
  std::stable_sort(all.begin(), all.end(), [](const Posting& a, const Posting& b) { return a.cable < b.cable; });
  // One entry per cable: the keys of its entries merged and encoded again.
  std::vector<Posting> merged;
  std::vector<std::string> chunks;
  std::vector<int> chunk_of;  // per merged entry: its chunk, or -1 (its own bytes)
  std::vector<uint32_t> keys;
  for (size_t i = 0; i < all.size();) {
    Posting p = all[i];
    size_t j = i + 1;
    while (j < all.size() && all[j].cable == p.cable) ++j;
    int chunk = -1;
    if (j - i > 1) {
      keys.clear();
      p.weighted = 0;
      for (size_t k = i; k < j; ++k) {
        p.weighted += all[k].weighted;
        ForEachPosition(all[k].positions, [&](uint32_t key) { keys.push_back(key); });
      }
      std::sort(keys.begin(), keys.end());
      std::string& bytes = chunks.emplace_back();
      uint32_t last = kFirstKey;
      for (uint32_t key : keys) PutPositionKey(&bytes, key, &last);
      chunk = static_cast<int>(chunks.size()) - 1;
    }
    merged.push_back(p);
    chunk_of.push_back(chunk);
    i = j;
  }
  for (size_t i = 0; i < merged.size(); ++i) {
    if (chunk_of[i] >= 0) merged[i].positions = chunks[static_cast<size_t>(chunk_of[i])];
  }
  EncodePostings(merged, &merged_docs_, &merged_positions_);
  Start(merged_docs_, merged_positions_);
}

void PostingCursor::Start(std::string_view docs, std::string_view positions) {
  docs_ = reinterpret_cast<const uint8_t*>(docs.data());
  docs_end_ = docs_ + docs.size();
  pos_ = reinterpret_cast<const uint8_t*>(positions.data());
  pos_end_ = pos_ + positions.size();
  cable_ = 0;
  valid_ = true;
  Next();
}

}  // namespace cablescope::archive
