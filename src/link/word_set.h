// WordSet: a fixed set of upper-case words, each with a byte of flags, that
// answers "not in the set" without hashing the word into a node table.
//
// The people scanner asks about every word of every cable (~1,200 words a
// cable, most in no list): stop words, given names, office words, title
// starts. A 64 Kbit filter over a cheap hash of the word (length and up to
// 8 bytes from each end) turns nearly all of those into one bit test; the
// words that pass probe an open-addressed table keyed by the same hash,
// kept at most a quarter full, so a lookup is one or two slot compares.
// A slot keeps the two 8-byte loads of its word: a word of up to 16 bytes
// (nearly every word of a cable) compares as two integers, with no memcmp.
// No package offers this (a one-hash Bloom filter in front of a small
// linear-probing table whose words are static strings).
#ifndef CABLESCOPE_LINK_WORD_SET_H_
#define CABLESCOPE_LINK_WORD_SET_H_

#include <bitset>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <string_view>
#include <vector>

namespace cablescope::link {

class WordSet {
 public:
  WordSet() : filter_(std::make_unique<std::bitset<kBits>>()), slots_(16) {}
  WordSet(std::initializer_list<std::string_view> words) : WordSet() {
    for (std::string_view w : words) Add(w);
  }

  // `word` must outlive the set (string literals, static tables). A word
  // added twice keeps the union of its flags.
  void Add(std::string_view word, uint8_t flags = 1) {
    if (flags == 0) return;
    const Loads w = LoadsOf(word);
    const uint64_t h = Hash(w, word.size());
    filter_->set(h & (kBits - 1));
    if (const size_t at = Find(word, w, h); at != kAbsent) {
      slots_[at].flags |= flags;
      return;
    }
    if ((size_ + 1) * 4 > slots_.size()) Grow();
    Insert(Slot{word, w, flags});
    ++size_;
  }

  // The flags of `word`; 0 when it is not in the set.
  uint8_t Flags(std::string_view word) const { return FlagsOf(word, LoadsOf(word)); }

  // The same for a word at p of n bytes after which at least 8 bytes may
  // be read (a padded buffer): its first bytes are one load, masked, where
  // Flags assembles a short word from up to three loads, by length.
  uint8_t FlagsPadded(const char* p, size_t n) const {
    uint64_t head;
    std::memcpy(&head, p, 8);
    if (n < 8) head &= (uint64_t{1} << (8 * n)) - 1;
    return FlagsOf(std::string_view(p, n), Loads{head, n > 8 ? Load(p + n - 8, 8) : 0});
  }

  bool Contains(std::string_view word) const { return Flags(word) != 0; }

  size_t size() const { return size_; }

 private:
  static constexpr size_t kBits = 1 << 16;

  // Up to 8 bytes from each end of a word: the first min(size, 8) bytes,
  // and the last 8 when it is longer than 8. Two words of one size up to 16
  // bytes are equal when their loads are.
  struct Loads {
    uint64_t head = 0, tail = 0;
    bool operator==(const Loads&) const = default;
  };

  // The flags of `word`, whose loads are `w`.
  uint8_t FlagsOf(std::string_view word, const Loads& w) const {
    const uint64_t h = Hash(w, word.size());
    if (!filter_->test(h & (kBits - 1))) return 0;
    const size_t at = Find(word, w, h);
    return at == kAbsent ? 0 : slots_[at].flags;
  }

  struct Slot {
    std::string_view word;
    Loads loads;
    uint8_t flags = 0;  // 0: empty
  };

  // The first min(n, 8) bytes of p as a little-endian integer (zero above).
  // Short words, the most common, are read with two overlapping loads, not
  // byte by byte.
  static uint64_t Load(const char* p, size_t n) {
    uint64_t v = 0;
    if (n >= 8) {
      std::memcpy(&v, p, 8);
    } else if (n >= 4) {
      uint32_t lo = 0, hi = 0;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      v = lo | (static_cast<uint64_t>(hi) << (8 * (n - 4)));
    } else if (n > 0) {
      v = Byte(p[0]) | (Byte(p[n / 2]) << (8 * (n / 2))) | (Byte(p[n - 1]) << (8 * (n - 1)));
    }
    return v;
  }
  static uint64_t Byte(char c) { return static_cast<unsigned char>(c); }

  static Loads LoadsOf(std::string_view w) {
    const size_t n = w.size();
    return Loads{Load(w.data(), n), n > 8 ? Load(w.data() + n - 8, 8) : 0};
  }

  static uint64_t Hash(const Loads& w, size_t n) {
    uint64_t h = (w.head ^ (w.tail * 0x9E3779B97F4A7C15ULL) ^ n) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 29;
    return h;
  }

  // The slot index from the hash's high bits (the filter uses the low ones).
  size_t Home(uint64_t h) const { return static_cast<size_t>(h >> 40) & (slots_.size() - 1); }

  static constexpr size_t kAbsent = static_cast<size_t>(-1);

  // The slot of `word` (its loads `w`, its hash `h`), or kAbsent.
  size_t Find(std::string_view word, const Loads& w, uint64_t h) const {
    for (size_t i = Home(h);; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& s = slots_[i];
      if (s.flags == 0) return kAbsent;
      if (s.word.size() == word.size() && s.loads == w &&
          (word.size() <= 16 || std::memcmp(s.word.data(), word.data(), word.size()) == 0)) {
        return i;
      }
    }
  }

  void Insert(Slot slot) {
    size_t i = Home(Hash(slot.loads, slot.word.size()));
    while (slots_[i].flags != 0) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = slot;
  }

  void Grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& s : old) {
      if (s.flags != 0) Insert(s);
    }
  }

  std::unique_ptr<std::bitset<kBits>> filter_;
  std::vector<Slot> slots_;  // a power of two, at most a quarter full
  size_t size_ = 0;
};

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_WORD_SET_H_
