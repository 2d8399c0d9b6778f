// The full-text index's posting lists: how the occurrences of one term in
// one segment of the index are laid out (text_index_writer.h says what a
// segment is; text_match.h reads them).
//
// Written by hand because no Debian package offers an inverted index that
// lives inside an SQLite file: FTS5 does, but it computes bm25 row by row in
// SQLite's VM (~0.9 µs per matching cable, 220 ms for a word in every cable
// of Cablegate) and cannot count or rank without doing so (docs/PERFORMANCE.md,
// "Archive"). Xapian keeps its own files. The layout is PISA's and Lucene's in
// miniature: delta-coded document numbers with their frequencies in one
// stream, positions in another that only phrase and column queries read.
//
// A posting list is two blobs:
//   docs       for each cable, ascending: varint(cable - previous cable, the
//              first from 0), varint(weighted count)
//   positions  for each cable, in the same order: varint(n), then n bytes:
//              varint deltas of (column << 24 | position of the token in
//              that column), ascending (the first from 0)
// The weighted count is bm25's term frequency with FTS5's column weights:
// the sum over columns of kColumnWeights[column] times the occurrences.
#ifndef CABLESCOPE_ARCHIVE_TEXT_POSTINGS_H_
#define CABLESCOPE_ARCHIVE_TEXT_POSTINGS_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cablescope::archive {

// The columns of a cable's text (cable_text_values.h): id, subject, body,
// tags, then one per paragraph marking (kMarkingColumns).
inline constexpr int kTextColumnCount = 10;
inline constexpr int kSubjectColumn = 1;
inline constexpr int kFirstMarkingColumn = 4;
// An id or subject word says more about a cable than a body word.
inline constexpr std::array<uint32_t, kTextColumnCount> kColumnWeights = {10, 5, 1, 2, 1, 1, 1, 1, 1, 1};
inline constexpr int kPositionBits = 24;  // positions past 2^24 - 1 in a column are clamped

inline uint32_t PositionKey(int column, uint32_t position) {
  constexpr uint32_t kMax = (1u << kPositionBits) - 1;
  return static_cast<uint32_t>(column) << kPositionBits | (position < kMax ? position : kMax);
}
inline int KeyColumn(uint32_t key) { return static_cast<int>(key >> kPositionBits); }

inline void PutVarint(std::string* out, uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>(v | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

// Reads a varint at *p, advancing it; false when the bytes end first.
inline bool GetVarint(const uint8_t** p, const uint8_t* end, uint64_t* v) {
  uint64_t result = 0;
  for (int shift = 0; shift < 64 && *p < end; shift += 7) {
    const uint8_t byte = *(*p)++;
    result |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) {
      *v = result;
      return true;
    }
  }
  return false;
}

// One cable in a posting list.
struct Posting {
  int64_t cable = 0;
  uint32_t weighted = 0;        // weighted count (above)
  std::string_view positions;   // this cable's position bytes, when decoded with them
};

// Appends `postings` (ascending, distinct cables) to the two blobs.
void EncodePostings(const std::vector<Posting>& postings, std::string* docs, std::string* positions);

// Calls fn(cable, weighted) for each cable of a docs blob, in order. False
// when the blob is malformed (what was read before has been reported).
template <class Fn>
bool ForEachDoc(std::string_view docs, Fn&& fn) {
  const auto* p = reinterpret_cast<const uint8_t*>(docs.data());
  const uint8_t* end = p + docs.size();
  int64_t cable = 0;
  while (p < end) {
    uint64_t delta, weighted;
    if (!GetVarint(&p, end, &delta) || !GetVarint(&p, end, &weighted)) return false;
    cable += static_cast<int64_t>(delta);
    fn(cable, static_cast<uint32_t>(weighted));
  }
  return true;
}

// Appends the postings of a list with their positions (views into
// `positions`) to *out. False when the blobs are malformed or disagree.
bool DecodePostings(std::string_view docs, std::string_view positions, std::vector<Posting>* out);

// Calls fn(key) for each position key of one cable's position bytes.
template <class Fn>
bool ForEachPosition(std::string_view bytes, Fn&& fn) {
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  const uint8_t* end = p + bytes.size();
  uint64_t key = 0;
  while (p < end) {
    uint64_t delta;
    if (!GetVarint(&p, end, &delta)) return false;
    key += delta;
    fn(static_cast<uint32_t>(key));
  }
  return true;
}

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_TEXT_POSTINGS_H_
