// WordSet: a fixed set of upper-case words that answers "not in the set"
// without hashing the word into a node table.
//
// The people scanner asks several such sets about every word of every
// cable (stop words, given names, office words, title starts): ~1,200 words
// a cable, most in none of them. A 64 Kbit filter over a cheap hash of the
// word (length and up to 8 bytes from each end) turns nearly all of those
// into one bit test; the words that pass go to the unordered_set. No
// package offers this (it is a one-hash Bloom filter in front of a set).
#ifndef CABLESCOPE_LINK_WORD_SET_H_
#define CABLESCOPE_LINK_WORD_SET_H_

#include <bitset>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <string_view>
#include <unordered_set>

namespace cablescope::link {

class WordSet {
 public:
  WordSet() : filter_(std::make_unique<std::bitset<kBits>>()) {}
  WordSet(std::initializer_list<std::string_view> words) : WordSet() {
    for (std::string_view w : words) Add(w);
  }

  // `word` must outlive the set (string literals, static tables).
  void Add(std::string_view word) {
    words_.insert(word);
    filter_->set(Bucket(word));
  }

  bool Contains(std::string_view word) const {
    return filter_->test(Bucket(word)) && words_.count(word) != 0;
  }

  size_t size() const { return words_.size(); }

 private:
  static constexpr size_t kBits = 1 << 16;

  static uint64_t Load(const char* p, size_t n) {
    uint64_t v = 0;
    std::memcpy(&v, p, n < 8 ? n : 8);
    return v;
  }

  static size_t Bucket(std::string_view w) {
    const size_t n = w.size();
    const uint64_t head = Load(w.data(), n);
    const uint64_t tail = n > 8 ? Load(w.data() + n - 8, 8) : 0;
    uint64_t h = (head ^ (tail * 0x9E3779B97F4A7C15ULL) ^ n) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 29;
    return static_cast<size_t>(h & (kBits - 1));
  }

  std::unordered_set<std::string_view> words_;
  std::unique_ptr<std::bitset<kBits>> filter_;
};

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_WORD_SET_H_
