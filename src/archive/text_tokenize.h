// TokenizeCableText: the words of one cable as the full-text index takes
// them, ready to append to a segment (TextSegmentBuilder::AddTokenized).
//
// An ingest runs this on its parser threads, so that the single writer
// thread only appends each distinct term's bytes: folding tokens and
// counting them per cable is most of the cost of indexing (a cable has
// ~1,200 tokens and ~500 distinct terms).
//
// The bytes: varint(number of tokens), then for each distinct term, in order
// of first occurrence: its hash (4 bytes, little-endian, TermHash),
// varint(length), the folded term, varint(weighted count), varint(n) and n
// position bytes (text_postings.h).
#ifndef CABLESCOPE_ARCHIVE_TEXT_TOKENIZE_H_
#define CABLESCOPE_ARCHIVE_TEXT_TOKENIZE_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "archive/cable_text_values.h"
#include "parse/byte_scan.h"

namespace cablescope::archive {

// The hash the term tables of a cable and of a segment are keyed by: eight
// bytes at a time, a multiply and a shift each, then the high half folded
// into the low (the tables take the low bits). FNV-1a's multiply per byte
// was a tenth of the tokenizer's time. In memory only: the tokenized bytes
// carry it from the parser threads to the indexer; no archive stores it.
// Its steps: a start from the length, a step per whole 8 bytes, and an end
// with the last 0-7 bytes as a little-endian word (zero when none).
namespace term_hash {
inline uint64_t Start(size_t n) { return 0x9e3779b97f4a7c15ULL * (n + 1); }
inline uint64_t Step(uint64_t h, uint64_t w) { return parse::swar::MixWord(h, w); }
inline uint32_t End(uint64_t h, uint64_t tail) {
  h = (h ^ tail) * 0x94d049bb133111ebULL;
  return static_cast<uint32_t>(h ^ (h >> 32));
}
}  // namespace term_hash

inline uint32_t TermHash(std::string_view term) {
  const char* p = term.data();
  size_t n = term.size();
  uint64_t h = term_hash::Start(n);
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = term_hash::Step(h, w);
  }
  return term_hash::End(h, parse::swar::LoadTail(p, n));
}

// TermHash of a term of up to 15 bytes at p, where p[0, 16) may be read
// and is zero after the term (ForEachFoldedToken's `padded`): whole words
// instead of a loop over the tail bytes, whose exit, at a different length
// each term, was mispredicted on most terms.
inline uint32_t TermHashPadded16(const char* p, size_t n) {
  uint64_t w0, w1;
  std::memcpy(&w0, p, 8);
  std::memcpy(&w1, p + 8, 8);
  uint64_t h = term_hash::Start(n);
  if (n >= 8) {
    h = term_hash::Step(h, w0);
    w0 = w1;
  }
  return term_hash::End(h, w0);
}

// The term tables of a cable (TokenizeCableText) and of a segment
// (TextSegmentBuilder) are open addressing over power-of-two slot arrays
// (0: empty, else the entry's index + 1), probed linearly from the hash.

// The first slot probed for `hash`, where the entry usually is (the
// segment builder prefetches it).
inline size_t FirstTermSlot(const std::vector<uint32_t>& slots, uint32_t hash) {
  return hash & (slots.size() - 1);
}

// Returns the slot of the entry `same(index)` accepts, or the empty slot
// where it would go.
template <class Same>
size_t FindTermSlot(const std::vector<uint32_t>& slots, uint32_t hash, Same&& same) {
  const size_t mask = slots.size() - 1;
  size_t i = FirstTermSlot(slots, hash);
  while (slots[i] != 0 && !same(slots[i] - 1)) i = (i + 1) & mask;
  return i;
}

// Appends the tokenized form of `text` to *out. Thread-safe (scratch space
// is per thread).
void TokenizeCableText(const CableTextValues& text, std::string* out);

// The same for a record's text (CableTextOf); nothing for a record
// without an id, which the archive does not store.
void AppendTokenizedText(const Record& record, std::string* out);

// One term of a tokenized cable.
struct TokenizedTerm {
  uint32_t hash = 0;
  std::string_view term;
  uint32_t weighted = 0;
  std::string_view positions;
};

// Reads tokenized bytes: the token count, then fn(const TokenizedTerm&)
// for each term. False when the bytes are malformed.
template <class Fn>
bool ForEachTokenizedTerm(std::string_view bytes, uint32_t* tokens, Fn&& fn);

}  // namespace cablescope::archive

#include "archive/text_postings.h"

namespace cablescope::archive {

template <class Fn>
bool ForEachTokenizedTerm(std::string_view bytes, uint32_t* tokens, Fn&& fn) {
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  const uint8_t* end = p + bytes.size();
  uint64_t v = 0;
  if (!GetVarint(&p, end, &v)) return false;
  *tokens = static_cast<uint32_t>(v);
  while (p < end) {
    TokenizedTerm t;
    if (end - p < 4) return false;
    t.hash = static_cast<uint32_t>(p[0]) | static_cast<uint32_t>(p[1]) << 8 | static_cast<uint32_t>(p[2]) << 16 |
             static_cast<uint32_t>(p[3]) << 24;
    p += 4;
    uint64_t n = 0, weighted = 0;
    if (!GetVarint(&p, end, &n) || n > static_cast<uint64_t>(end - p)) return false;
    t.term = std::string_view(reinterpret_cast<const char*>(p), n);
    p += n;
    if (!GetVarint(&p, end, &weighted) || !GetVarint(&p, end, &n) || n > static_cast<uint64_t>(end - p)) {
      return false;
    }
    t.weighted = static_cast<uint32_t>(weighted);
    t.positions = std::string_view(reinterpret_cast<const char*>(p), n);
    p += n;
    fn(t);
  }
  return true;
}

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_TEXT_TOKENIZE_H_
