// PostingCursor: walks one term's postings in one segment of the full-text
// index (text_postings.h) cable by cable, decoding as it goes: a phrase of
// two common words passes over hundreds of thousands of cables, and
// decoding them into vectors first was most of its time.
//
// Over several rows of one segment (the terms a prefix starts), the rows
// are merged first into one list with the positions of a cable united.
// Views into the blobs: they must outlive the cursor. Not thread-safe.
#ifndef CABLESCOPE_ARCHIVE_POSTING_CURSOR_H_
#define CABLESCOPE_ARCHIVE_POSTING_CURSOR_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "archive/text_postings.h"

namespace cablescope::archive {

class PostingCursor {
 public:
  // Over one posting list; positioned on its first cable.
  PostingCursor(std::string_view docs, std::string_view positions);
  // Over several lists of one segment, merged (docs, positions pairs).
  explicit PostingCursor(const std::vector<std::pair<std::string_view, std::string_view>>& lists);

  bool valid() const { return valid_; }
  // True when the blobs were malformed (the cursor is then not valid).
  bool bad() const { return bad_; }
  int64_t cable() const { return cable_; }
  uint32_t weighted() const { return weighted_; }
  std::string_view positions() const { return positions_; }

  // To the next cable; false at the end. Inline: a phrase of common
  // words calls it for every cable of both lists.
  bool Next();
  // To the first cable >= `target` (staying put if already there).
  bool SeekTo(int64_t target) {
    while (valid_ && cable_ < target) Next();
    return valid_;
  }

 private:
  void Start(std::string_view docs, std::string_view positions);

  const uint8_t* docs_ = nullptr;
  const uint8_t* docs_end_ = nullptr;
  const uint8_t* pos_ = nullptr;
  const uint8_t* pos_end_ = nullptr;
  int64_t cable_ = 0;
  uint32_t weighted_ = 0;
  std::string_view positions_;
  bool valid_ = false;
  bool bad_ = false;
  std::string merged_docs_, merged_positions_;  // the merged list, for several
};

inline bool PostingCursor::Next() {
  if (!valid_) return false;
  if (docs_ == docs_end_) {
    valid_ = false;
    return false;
  }
  uint64_t delta = 0, weighted = 0, n = 0;
  if (!GetVarint(&docs_, docs_end_, &delta) || !GetVarint(&docs_, docs_end_, &weighted) ||
      !GetVarint(&pos_, pos_end_, &n) || n > static_cast<uint64_t>(pos_end_ - pos_)) {
    valid_ = false;
    bad_ = true;
    return false;
  }
  cable_ += static_cast<int64_t>(delta);
  weighted_ = static_cast<uint32_t>(weighted);
  positions_ = std::string_view(reinterpret_cast<const char*>(pos_), n);
  pos_ += n;
  return true;
}

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_POSTING_CURSOR_H_
