#include "parse/text_encoding.h"

#include <simdjson.h>

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cablescope::parse {
namespace {

// Windows-1252 code points for 0x80-0x9F; 0 where CP1252 defines nothing.
// PDF-to-text tools on Windows write smart quotes (0x93/0x94) and dashes
// (0x96/0x97) from this range, not the C1 controls Latin-1 puts there.
constexpr uint16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       // 88-8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,  // 98-9F
};

void AppendCodePoint(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Length of the well-formed UTF-8 sequence at p[0..n), or 0 if there is
// none (Unicode 15, table 3-7).
size_t Utf8SequenceLength(const unsigned char* p, size_t n) {
  const unsigned char c = p[0];
  auto cont = [&](size_t i, unsigned char lo, unsigned char hi) {
    return i < n && p[i] >= lo && p[i] <= hi;
  };
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(1, 0x80, 0xBF) ? 2 : 0;
  if (c == 0xE0) return cont(1, 0xA0, 0xBF) && cont(2, 0x80, 0xBF) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
    return cont(1, 0x80, 0xBF) && cont(2, 0x80, 0xBF) ? 3 : 0;
  if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2, 0x80, 0xBF) ? 3 : 0;
  if (c == 0xF0) return cont(1, 0x90, 0xBF) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3)
    return cont(1, 0x80, 0xBF) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  return 0;
}

}  // namespace

bool IsValidUtf8(std::string_view bytes) {
  return simdjson::validate_utf8(bytes.data(), bytes.size());
}

void AppendAsUtf8(std::string_view bytes, std::string* out) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  out->reserve(out->size() + n + n / 8);
  size_t i = 0;
  while (i < n) {
    // Copy ASCII runs in one go: most of a cable is ASCII.
    size_t j = i;
    while (j < n && p[j] < 0x80) ++j;
    if (j > i) {
      out->append(bytes.data() + i, j - i);
      i = j;
      if (i == n) break;
    }
    const size_t len = Utf8SequenceLength(p + i, n - i);
    if (len > 0) {
      out->append(bytes.data() + i, len);
      i += len;
      continue;
    }
    const unsigned char c = p[i++];
    uint32_t cp = c;
    if (c < 0xA0) cp = kCp1252High[c - 0x80] != 0 ? kCp1252High[c - 0x80] : 0xFFFD;
    AppendCodePoint(cp, out);
  }
}

bool EnsureUtf8(std::string* text) {
  if (IsValidUtf8(*text)) return false;
  std::string fixed;
  AppendAsUtf8(*text, &fixed);
  text->swap(fixed);
  return true;
}

bool NormalizeLineEnds(std::string* text) {
  char* first = static_cast<char*>(std::memchr(text->data(), '\r', text->size()));
  if (first == nullptr) return false;
  char* out = first;
  const char* in = first;
  const char* end = text->data() + text->size();
  while (in < end) {
    if (*in != '\r') {
      *out++ = *in++;
      continue;
    }
    // A run of CRs followed by LF is one line end (`\r\r\n` comes from text
    // that went through two CRLF conversions); a lone CR is an old Mac one.
    while (in < end && *in == '\r') ++in;
    if (in < end && *in == '\n') ++in;
    *out++ = '\n';
  }
  text->resize(static_cast<size_t>(out - text->data()));
  return true;
}

size_t RemoveNuls(std::string* text) {
  char* first = static_cast<char*>(std::memchr(text->data(), '\0', text->size()));
  if (first == nullptr) return 0;
  char* out = first;
  const char* end = text->data() + text->size();
  size_t removed = 0;
  for (const char* in = first; in < end; ++in) {
    if (*in == '\0') {
      ++removed;
    } else {
      *out++ = *in;
    }
  }
  text->resize(static_cast<size_t>(out - text->data()));
  return removed;
}

size_t ByteOrderMarkLength(std::string_view bytes) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  // EF BB BF read as Latin-1 is "ï»¿", which re-encoded as UTF-8 is
  // C3 AF C2 BB C2 BF; read as Latin-1 once more and re-encoded it becomes
  // "Ã¯Â»Â¿" (C3 83 C2 AF C3 82 C2 BB C3 82 C2 BF).
  constexpr std::string_view kBomOnce = "\xC3\xAF\xC2\xBB\xC2\xBF";
  constexpr std::string_view kBomTwice = "\xC3\x83\xC2\xAF\xC3\x82\xC2\xBB\xC3\x82\xC2\xBF";
  for (std::string_view bom : {kBom, kBomOnce, kBomTwice}) {
    if (bytes.substr(0, bom.size()) == bom) return bom.size();
  }
  return 0;
}

bool LooksBinary(std::string_view head) {
  // NULs do not count: a telegram padded with NULs to a block size, or
  // UTF-16 ASCII, is text once they are dropped (RemoveNuls).
  size_t text = 0, control = 0;
  size_t i = 0;
#if defined(__SSE2__)
  // Every telegram passes through here: 16 bytes a step, counted in byte
  // lanes that are summed before they can overflow (255 steps).
  size_t nuls = 0;
  const __m128i zero = _mm_setzero_si128();
  const __m128i max_control = _mm_set1_epi8(0x1F);
  const __m128i tab = _mm_set1_epi8('\t');     // \t \n \v \f \r are 9-13
  const __m128i four = _mm_set1_epi8(4);
  const __m128i esc = _mm_set1_epi8(0x1B);
  const __m128i del = _mm_set1_epi8(0x7F);
  const auto* p = reinterpret_cast<const unsigned char*>(head.data());
  while (i + 16 <= head.size()) {
    __m128i nul_lanes = zero, control_lanes = zero;
    for (int step = 0; step < 255 && i + 16 <= head.size(); ++step, i += 16) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      __m128i nul = _mm_cmpeq_epi8(v, zero);
      __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(v, max_control), v);  // v <= 0x1F
      __m128i from_tab = _mm_sub_epi8(v, tab);
      __m128i spacing = _mm_cmpeq_epi8(_mm_min_epu8(from_tab, four), from_tab);  // 9-13
      __m128i allowed = _mm_or_si128(_mm_or_si128(nul, spacing), _mm_cmpeq_epi8(v, esc));
      __m128i ctl = _mm_or_si128(_mm_andnot_si128(allowed, low), _mm_cmpeq_epi8(v, del));
      nul_lanes = _mm_sub_epi8(nul_lanes, nul);  // a match is -1
      control_lanes = _mm_sub_epi8(control_lanes, ctl);
    }
    auto sum = [](__m128i lanes) {
      __m128i s2 = _mm_sad_epu8(lanes, _mm_setzero_si128());
      return static_cast<size_t>(_mm_cvtsi128_si32(s2)) +
             static_cast<size_t>(_mm_cvtsi128_si32(_mm_srli_si128(s2, 8)));
    };
    nuls += sum(nul_lanes);
    control += sum(control_lanes);
  }
  text = i - nuls;
#endif
  for (; i < head.size(); ++i) {
    auto c = static_cast<unsigned char>(head[i]);
    if (c == 0) continue;
    ++text;
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B) ||
        c == 0x7F) {
      ++control;
    }
  }
  return control * 16 > text;
}

}  // namespace cablescope::parse
