// Word-at-a-time byte tests for the hot loops of the text parser.
//
// The text stages walk every byte of every cable several times; doing it a
// byte per iteration made them the largest cost of `cablescope parse`
// (docs/PERFORMANCE.md). These helpers test eight bytes at once in a
// uint64_t ("SWAR"), portably: no intrinsics, just integer arithmetic that
// GCC and Clang compile to a handful of instructions.
//
// Every mask function returns, for each byte of the word that passes the
// test, that byte's high bit (0x80) set and nothing else: the result is
// exact per byte (no false positives from carries), so bit tricks on it
// (shifts, FirstByte) are safe. Bytes are numbered in memory order, which
// the loads below guarantee on little-endian machines; kSwar is false
// elsewhere and callers then take their byte-at-a-time path.
#ifndef CABLESCOPE_PARSE_BYTE_SCAN_H_
#define CABLESCOPE_PARSE_BYTE_SCAN_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cablescope::parse::swar {

inline constexpr bool kSwar = std::endian::native == std::endian::little;

inline constexpr uint64_t kOnes = 0x0101010101010101ull;
inline constexpr uint64_t kHigh = 0x8080808080808080ull;
inline constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;

// Eight bytes from p (any alignment).
inline uint64_t Load(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, sizeof x);
  return x;
}

// One step of the word-at-a-time hashes (archive/text_tokenize.h's term
// hash, LaneHash below): the word w mixed into h with a multiply and a
// shift. The archive stores LaneHash values, so this must not change.
inline uint64_t MixWord(uint64_t h, uint64_t w) {
  h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
  return h ^ (h >> 29);
}

// The n <= 8 bytes at p as a little-endian word, zero above them.
inline uint64_t LoadTail(const char* p, size_t n) {
  uint64_t w = 0;
  for (size_t k = 0; k < n; ++k) w |= static_cast<uint64_t>(static_cast<unsigned char>(p[k])) << (8 * k);
  return w;
}

// A 64-bit hash of a sequence of byte strings and words, eight bytes a
// MixWord step, in four lanes that do not wait on each other: one lane is
// bound by the multiply's latency (FNV-1a, a multiply per byte in one
// chain, was ~9 µs a cable). Words are read little-endian on every
// machine. Used in memory (paragraphs.h's SpanFoldCheck) and stored
// (archive/prepared_record.h's text hash, `lanes-64`): its seeds, its order
// of words and its end must not change.
class LaneHash {
 public:
  // Mixes w into lane k (0-3): lengths, counts.
  void Mix(int k, uint64_t w) { lane_[k] = MixWord(lane_[k], w); }

  // Mixes s in: its whole 32-byte rounds across the four lanes, then its
  // last whole words from lane 0 on, then its last 0-7 bytes as a word
  // (zero when none) into the next lane.
  void Add(std::string_view s) {
    const char* p = s.data();
    size_t n = s.size();
    for (; n >= 32; p += 32, n -= 32) {
      for (int k = 0; k < 4; ++k) Mix(k, Word(p + 8 * k));
    }
    int k = 0;
    for (; n >= 8; p += 8, n -= 8, ++k) Mix(k, Word(p));
    Mix(k, LoadTail(p, n));
  }

  uint64_t Finish() const {
    uint64_t h = lane_[0];
    for (int k = 1; k < 4; ++k) h = MixWord(h, lane_[k]);
    return h;
  }

 private:
  static uint64_t Word(const char* p) { return kSwar ? Load(p) : LoadTail(p, 8); }

  uint64_t lane_[4] = {0x9e3779b97f4a7c15ULL, 0xc2b2ae3d27d4eb4fULL, 0x165667b19e3779f9ULL, 0x27d4eb2f165667c5ULL};
};

// 0x80 in each zero byte of x.
inline uint64_t ZeroBytes(uint64_t x) { return ~(((x & kLow7) + kLow7) | x) & kHigh; }

// 0x80 in each byte of x equal to c.
inline uint64_t Equal(uint64_t x, unsigned char c) { return ZeroBytes(x ^ (kOnes * c)); }

// 0x80 in each byte of x below c (c <= 0x80).
inline uint64_t Below(uint64_t x, unsigned char c) {
  return ~(((x & kLow7) + kOnes * (0x80 - c)) | x) & kHigh;
}

// Index (0-7) of the first byte flagged in a non-zero mask.
inline size_t FirstByte(uint64_t mask) { return static_cast<size_t>(std::countr_zero(mask)) >> 3; }

}  // namespace cablescope::parse::swar

namespace cablescope::parse {

#if defined(__SSE2__)
// 0xFF in each byte of v from `first` to `last` (ASCII, first > 0), else 0.
// Signed compares: bytes from 0x80 are negative and in no such range.
inline __m128i BytesIn(__m128i v, char first, char last) {
  return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(first - 1))),
                       _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(last + 1))));
}
#endif

// What one pass over a line of raw cable text learns, so that the cleaner
// does not walk the line again for each question (text_cleanup.cc).
struct LineScan {
  size_t end = 0;            // offset of the first '\n' or '\r', or the length
  bool has_c2 = false;       // a byte C2 (lead byte of ¶ and of a no-break space) before end
  bool has_bracket = false;  // a '[' before end
  unsigned digits = 0;       // ASCII digits before end (past 255 it may read low, not under 255)
};

// Scans p[0, n) up to the first line end. SSE2 (every x86-64) takes 16
// bytes per step; elsewhere a byte loop gives the same answer.
inline LineScan ScanLine(const char* p, size_t n) {
  LineScan scan;
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i nl = _mm_set1_epi8('\n');
  const __m128i cr = _mm_set1_epi8('\r');
  const __m128i c2 = _mm_set1_epi8(static_cast<char>(0xC2));
  const __m128i bracket = _mm_set1_epi8('[');
  const __m128i one = _mm_set1_epi8(1);
  // Digits are counted per byte lane (saturating at 255, which keeps any
  // count that matters) and summed once at the end: no popcount per step,
  // which x86-64 without -mpopcnt turns into a library call.
  __m128i digit_lanes = _mm_setzero_si128();
  unsigned c2_bits = 0, bracket_bits = 0;
  while (i + 16 <= n) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    auto stop = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, nl), _mm_cmpeq_epi8(v, cr))));
    __m128i digit = BytesIn(v, '0', '9');
    auto lead = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, c2)));
    auto open = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, bracket)));
    if (stop != 0) {
      // Only the bytes before the line end count.
      unsigned before = (1u << std::countr_zero(stop)) - 1;
      c2_bits |= lead & before;
      bracket_bits |= open & before;
      for (unsigned d = static_cast<unsigned>(_mm_movemask_epi8(digit)) & before; d != 0;
           d &= d - 1) {
        ++scan.digits;
      }
      scan.end = i + static_cast<size_t>(std::countr_zero(stop));
      break;
    }
    c2_bits |= lead;
    bracket_bits |= open;
    digit_lanes = _mm_adds_epu8(digit_lanes, _mm_and_si128(digit, one));
    i += 16;
  }
  // Sum of the 16 lanes: two 8-lane sums of absolute differences from 0.
  __m128i sums = _mm_sad_epu8(digit_lanes, _mm_setzero_si128());
  scan.digits += static_cast<unsigned>(_mm_cvtsi128_si32(sums)) +
                 static_cast<unsigned>(_mm_cvtsi128_si32(_mm_srli_si128(sums, 8)));
  scan.has_c2 = c2_bits != 0;
  scan.has_bracket = bracket_bits != 0;
  if (i + 16 <= n) return scan;  // stopped at a line end above
#endif
  for (; i < n; ++i) {
    char c = p[i];
    if (c == '\n' || c == '\r') break;
    scan.has_c2 |= c == '\xC2';
    scan.has_bracket |= c == '[';
    scan.digits += (c >= '0' && c <= '9') ? 1 : 0;
  }
  scan.end = i;
  return scan;
}

// Appends to *starts `base` plus the offset of every line of `text` after
// the first (each '\n' + 1), in order: one pass that later stages index
// instead of searching for line ends again.
inline void AppendLineStarts(std::string_view text, size_t base, std::vector<size_t>* starts) {
  const char* p = text.data();
  size_t n = text.size();
  size_t i = 0;
#if defined(__SSE2__)
  // Offsets gather in a small local buffer, moved to *starts when full:
  // push_back in the loop kept the compiler from holding its state in
  // registers.
  const __m128i nl = _mm_set1_epi8('\n');
  constexpr size_t kBuffer = 64;
  size_t buffer[kBuffer + 16];
  size_t used = 0;
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    auto bits = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, nl)));
    while (bits != 0) {
      buffer[used++] = base + i + static_cast<size_t>(std::countr_zero(bits)) + 1;
      bits &= bits - 1;
    }
    if (used >= kBuffer) {
      starts->insert(starts->end(), buffer, buffer + used);
      used = 0;
    }
  }
  starts->insert(starts->end(), buffer, buffer + used);
#endif
  for (; i < n; ++i) {
    if (p[i] == '\n') starts->push_back(base + i + 1);
  }
}

// The first i in [from, to) where s[i, i + 3) spells `lower` (three
// lower-case ASCII letters) in any case, or npos. Letters OR 0x20 are their
// lower case, and only they become a lower-case letter that way, so the
// test is exact. SSE2 compares 16 positions per step.
inline size_t FindFolded3(std::string_view s, size_t from, size_t to, const char (&lower)[4]) {
  if (to > s.size()) to = s.size();
  if (s.size() < 3 || to > s.size() - 2) to = s.size() < 3 ? 0 : s.size() - 2;
  size_t i = from;
#if defined(__SSE2__)
  const __m128i fold = _mm_set1_epi8(0x20);
  const __m128i a = _mm_set1_epi8(lower[0]);
  const __m128i b = _mm_set1_epi8(lower[1]);
  const __m128i c = _mm_set1_epi8(lower[2]);
  const char* p = s.data();
  for (; i < to && i + 18 <= s.size(); i += 16) {
    auto load = [&](size_t at) {
      return _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at)), fold);
    };
    __m128i hit = _mm_and_si128(_mm_cmpeq_epi8(load(i), a), _mm_cmpeq_epi8(load(i + 1), b));
    hit = _mm_and_si128(hit, _mm_cmpeq_epi8(load(i + 2), c));
    auto bits = static_cast<unsigned>(_mm_movemask_epi8(hit));
    if (bits != 0) {
      size_t at = i + static_cast<size_t>(std::countr_zero(bits));
      return at < to ? at : std::string_view::npos;
    }
  }
#endif
  for (; i < to; ++i) {
    if ((s[i] | 0x20) == lower[0] && (s[i + 1] | 0x20) == lower[1] && (s[i + 2] | 0x20) == lower[2])
      return i;
  }
  return std::string_view::npos;
}

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_BYTE_SCAN_H_
