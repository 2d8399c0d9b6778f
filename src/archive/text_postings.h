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
//              the keys (column << 24 | position of the token in that
//              column), ascending: the first as varint(column),
//              varint(position), each next as varint(key - previous key)
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

// The most bytes a varint of 64 bits takes.
inline constexpr size_t kMaxVarintBytes = 10;
// ... and of 32 bits.
inline constexpr size_t kMaxVarint32Bytes = 5;

// Writes a varint at `out` (room for kMaxVarintBytes), returning its end.
inline char* PutVarintTo(char* out, uint64_t v) {
  while (v >= 0x80) {
    *out++ = static_cast<char>(v | 0x80);
    v >>= 7;
  }
  *out++ = static_cast<char>(v);
  return out;
}

inline void PutVarint(std::string* out, uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>(v | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

// Reads a varint at *p, advancing it; false when the bytes end first.
inline bool GetVarint(const uint8_t** p, const uint8_t* end, uint64_t* v) {
  if (*p < end && **p < 0x80) {  // most are one byte
    *v = *(*p)++;
    return true;
  }
  if (end - *p >= 2 && (*p)[1] < 0x80) {  // most others two: a body position's delta
    *v = ((*p)[0] & 0x7fu) | static_cast<uint64_t>((*p)[1]) << 7;
    *p += 2;
    return true;
  }
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

// Sorts `postings` by cable when all but a few are in order already: a
// segment's or a merge's list, where only cables indexed anew since (an
// updated cable keeps its older row number) stand out of place. Those are
// set aside, sorted, and merged back: linear in the list, where sorting it
// whole was a seventh of a merge of segments. `scratch` is reused.
void SortNearlySorted(std::vector<Posting>* postings, std::vector<Posting>* scratch);

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

// Appends `key` to a cable's position bytes (keys ascending). `*last` is
// the previous key: kFirstKey before the first. The first key is written as
// its column and position, so that it costs 2 bytes, not the 4 of a delta
// from 0 (the body is column 2: 2 << 24 as a varint): a third of the
// positions of an archive are first keys.
inline constexpr uint32_t kFirstKey = 0xffffffffu;
// Writes `key` at `out` (room for two varints), returning its end.
inline char* PutPositionKeyTo(char* out, uint32_t key, uint32_t* last) {
  if (*last == kFirstKey) {
    out = PutVarintTo(out, key >> kPositionBits);
    out = PutVarintTo(out, key & ((1u << kPositionBits) - 1));
  } else {
    out = PutVarintTo(out, key - *last);
  }
  *last = key;
  return out;
}
// The same, appended to *out.
inline void PutPositionKey(std::string* out, uint32_t key, uint32_t* last) {
  char bytes[2 * kMaxVarintBytes];
  out->append(bytes, static_cast<size_t>(PutPositionKeyTo(bytes, key, last) - bytes));
}

// Reads one cable's position bytes key by key.
class PositionReader {
 public:
  explicit PositionReader(std::string_view bytes)
      : p_(reinterpret_cast<const uint8_t*>(bytes.data())), end_(p_ + bytes.size()) {}
  // The next key; false at the end or on malformed bytes (then bad()).
  bool Next(uint32_t* key) {
    if (p_ == end_) return false;
    uint64_t a = 0;
    if (!GetVarint(&p_, end_, &a)) return Fail();
    if (first_) {
      uint64_t position = 0;
      if (!GetVarint(&p_, end_, &position)) return Fail();
      key_ = a << kPositionBits | position;
      first_ = false;
    } else {
      key_ += a;
    }
    *key = static_cast<uint32_t>(key_);
    return true;
  }
  bool bad() const { return bad_; }

 private:
  bool Fail() {
    bad_ = true;
    p_ = end_;
    return false;
  }
  const uint8_t* p_;
  const uint8_t* end_;
  uint64_t key_ = 0;
  bool first_ = true;
  bool bad_ = false;
};

// Calls fn(key) for each position key of one cable's position bytes.
template <class Fn>
bool ForEachPosition(std::string_view bytes, Fn&& fn) {
  PositionReader r(bytes);
  uint32_t key;
  while (r.Next(&key)) fn(key);
  return !r.bad();
}

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_TEXT_POSTINGS_H_
