// RowSet: a set of cable row numbers as a dense bitmap.
//
// The executor combines the matches of a query's parts with set algebra
// (AND = intersection, OR = union, NOT = difference from all cables); an
// archive of 251,287 cables takes 31 KB per set, and every operation is a
// pass over 64-bit words. Plain value; thread-compatible.
#ifndef CABLESCOPE_ARCHIVE_ROW_SET_H_
#define CABLESCOPE_ARCHIVE_ROW_SET_H_

#include <bit>
#include <cstdint>
#include <vector>

namespace cablescope::archive {

class RowSet {
 public:
  RowSet() = default;
  // An empty set that can hold rows 0..capacity-1.
  explicit RowSet(int64_t capacity) : words_(static_cast<size_t>((capacity + 63) / 64), 0) {}

  int64_t capacity() const { return static_cast<int64_t>(words_.size()) * 64; }

  // Rows beyond the capacity are ignored.
  void Add(int64_t row) {
    if (row < 0 || row >= capacity()) return;
    words_[static_cast<size_t>(row >> 6)] |= uint64_t{1} << (row & 63);
  }
  bool Contains(int64_t row) const {
    if (row < 0 || row >= capacity()) return false;
    return (words_[static_cast<size_t>(row >> 6)] >> (row & 63)) & 1;
  }
  void IntersectWith(const RowSet& o) {
    for (size_t i = 0; i < words_.size(); ++i) words_[i] &= i < o.words_.size() ? o.words_[i] : 0;
  }
  void UnionWith(const RowSet& o) {
    for (size_t i = 0; i < words_.size() && i < o.words_.size(); ++i) words_[i] |= o.words_[i];
  }
  void Subtract(const RowSet& o) {
    for (size_t i = 0; i < words_.size() && i < o.words_.size(); ++i) words_[i] &= ~o.words_[i];
  }
  int64_t Count() const {
    int64_t n = 0;
    for (uint64_t w : words_) n += std::popcount(w);
    return n;
  }
  // Calls fn(row) for each row, ascending.
  template <class Fn>
  void ForEach(Fn&& fn) const {
    for (size_t i = 0; i < words_.size(); ++i) {
      uint64_t w = words_[i];
      while (w != 0) {
        const int bit = std::countr_zero(w);
        fn(static_cast<int64_t>(i * 64 + static_cast<size_t>(bit)));
        w &= w - 1;
      }
    }
  }

 private:
  std::vector<uint64_t> words_;
};

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_ROW_SET_H_
