#include "link/name_tokens.h"

#include <cstring>

#include <utf8proc.h>

#include "link/person_titles.h"
#include "link/person_words.h"
#include "link/word_set.h"
#include "parse/byte_scan.h"

namespace cablescope::link {
namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsLetterByte(unsigned char c) { return IsAsciiLetter(static_cast<char>(c)) || c >= 0x80; }

// U+2019 (right single quotation mark), the apostrophe of typeset pages.
bool IsCurlyApostrophe(std::string_view s, size_t i) {
  return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
         static_cast<unsigned char>(s[i + 1]) == 0x80 && static_cast<unsigned char>(s[i + 2]) == 0x99;
}
// U+00A0, a no-break space: a space, not a letter.
bool IsNbsp(std::string_view s, size_t i) {
  return i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 &&
         static_cast<unsigned char>(s[i + 1]) == 0xA0;
}
// The byte length of the letter at s[i] (an ASCII letter, or a valid UTF-8
// sequence of a Unicode letter: `Ş`, `é`), 0 when there is none: quotes
// (`‘Fasil Ul Rehman’`), invalid bytes and digits separate words.
size_t LetterLength(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return IsAsciiLetter(static_cast<char>(c)) ? 1 : 0;
  utf8proc_int32_t cp = 0;
  const utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) return 0;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
      return static_cast<size_t>(n);
    default:
      return 0;
  }
}
bool LetterAt(std::string_view s, size_t i) { return LetterLength(s, i) > 0; }

// A name written with its article or patronymic joined by a hyphen and in
// small letters: `al-Jubeir`, `Saud al-Faisal`, `el-Baradei` (07RIYADH2320,
// 09SANAA2274). The word is a name word like `Al-Jubeir`; `al-Qaeda` still
// needs an anchor like any capitalised word. `written` is the token as
// written, known to start with a small letter.
bool SmallParticleName(std::string_view written) {
  const size_t n = HyphenParticleLength(written);
  return n > 0 && n < written.size() && written[n] >= 'A' && written[n] <= 'Z';
}
// Verbs in capitals (`AMBASSADOR PUSHED`, `FM MOTTAKI DEFLECTING`), unless a
// known name (`MOHAMMED`).
bool LooksLikeVerb(std::string_view upper, uint8_t lists) {
  if (upper.size() < 6 || (lists & kGivenName) != 0) return false;
  auto ends = [&](std::string_view s) { return upper.substr(upper.size() - s.size()) == s; };
  if (upper == "MOHAMMED" || upper == "MUHAMMED" || upper == "HAMMED") return false;
  return ends("ED") || ends("ING") || ends("LY");
}
// The bit of a title's first word (AddTitleStarts) in TokenWords, above
// the WordList bits.
constexpr uint8_t kTitleStartBit = 128;
static_assert(kSpeechVerb < kTitleStartBit, "a WordList bit took the title start's");

// The word lists and the titles' first words in one table: the tokeniser
// asks both of every word, and one lookup answers both.
const WordSet& TokenWords() {
  static const WordSet set = [] {
    WordSet s;
    AddWordLists(&s);
    AddTitleStarts(&s, kTitleStartBit);
    return s;
  }();
  return set;
}

// Byte classes of the tokeniser's fast path; bytes from 0x80 go to
// LetterLength (UTF-8).
enum ByteClass : uint8_t { kOther = 0, kUpper, kLower, kSpace, kNewline, kHigh };

struct ByteClasses {
  ByteClass of[256];
  constexpr ByteClasses() : of() {
    for (int c = 0; c < 256; ++c) {
      of[c] = c >= 0x80               ? kHigh
              : (c >= 'A' && c <= 'Z') ? kUpper
              : (c >= 'a' && c <= 'z') ? kLower
              : c == '\n'              ? kNewline
              : (c == ' ' || c == '\t' || c == '\r') ? kSpace
                                                     : kOther;
    }
  }
};
constexpr ByteClasses kClasses;

ByteClass ClassOf(char c) { return kClasses.of[static_cast<unsigned char>(c)]; }

struct LetterCounts {
  size_t up = 0, low = 0;
};

// `s` upper-cased (ASCII) into `out`, 16 bytes at a time with SSE2 (the
// x86-64 baseline; other targets take the byte loop).
LetterCounts UpperCopy(std::string_view s, char* out) {
  LetterCounts n;
  size_t k = 0;
#if defined(__SSE2__)
  const __m128i case_bit = _mm_set1_epi8(0x20), zero = _mm_setzero_si128();
  // The letters are counted per byte lane (a compare's 0xFF is -1, so a
  // subtraction adds one) and the lanes summed every 255 blocks, before a
  // lane can overflow: a popcount of each block's mask is a library call
  // without -mpopcnt, which the x86-64 baseline lacks.
  while (k + 16 <= s.size()) {
    __m128i lows = zero, ups = zero;
    for (int block = 0; block < 255 && k + 16 <= s.size(); ++block, k += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + k));
      const __m128i lower = parse::BytesIn(v, 'a', 'z');
      const __m128i upper = parse::BytesIn(v, 'A', 'Z');
      lows = _mm_sub_epi8(lows, lower);
      ups = _mm_sub_epi8(ups, upper);
      _mm_storeu_si128(reinterpret_cast<__m128i*>(out + k), _mm_xor_si128(v, _mm_and_si128(lower, case_bit)));
    }
    // Sum of the 16 lanes (each at most 255): two 8-lane sums of absolute
    // differences from 0, as in parse/byte_scan.h.
    const __m128i low_sums = _mm_sad_epu8(lows, zero), up_sums = _mm_sad_epu8(ups, zero);
    n.low += static_cast<size_t>(_mm_cvtsi128_si32(low_sums)) +
             static_cast<size_t>(_mm_cvtsi128_si32(_mm_srli_si128(low_sums, 8)));
    n.up += static_cast<size_t>(_mm_cvtsi128_si32(up_sums)) +
            static_cast<size_t>(_mm_cvtsi128_si32(_mm_srli_si128(up_sums, 8)));
  }
#endif
  for (; k < s.size(); ++k) {
    const char c = s[k];
    const bool lower = c >= 'a' && c <= 'z';
    n.up += (c >= 'A' && c <= 'Z') ? 1 : 0;
    n.low += lower ? 1 : 0;
    out[k] = lower ? static_cast<char>(c - ('a' - 'A')) : c;
  }
  return n;
}

// The end of the run of ASCII letters starting at `i`, read from the
// upper-cased copy `upper` (where every ASCII letter is `A`..`Z`); sets
// `*has_lower` when a letter of the run is small in `s` (the two differ
// there and only there). Words run ~6 bytes, so a byte loop mispredicts
// its exit on nearly every word; with SSE2 one 16-byte block finds the end
// (the last 15 bytes of the text take the byte loop).
size_t EndOfLetters(std::string_view s, const char* upper, size_t i, bool* has_lower) {
  size_t j = i;
#if defined(__SSE2__)
  while (j + 16 <= s.size()) {
    const __m128i u = _mm_loadu_si128(reinterpret_cast<const __m128i*>(upper + j));
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + j));
    const unsigned letters = static_cast<unsigned>(_mm_movemask_epi8(parse::BytesIn(u, 'A', 'Z')));
    // ~letters has bits 16 and up set: the run is 16 when all are letters.
    const unsigned run = static_cast<unsigned>(__builtin_ctz(~letters));
    const unsigned small = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(u, v))) ^ 0xFFFF;
    if ((small & ((1u << run) - 1)) != 0) *has_lower = true;
    j += run;
    if (run < 16) return j;
  }
#endif
  for (; j < s.size() && upper[j] >= 'A' && upper[j] <= 'Z'; ++j) {
    if (s[j] != upper[j]) *has_lower = true;
  }
  return j;
}
}  // namespace

char PunctuationBefore(std::string_view text, const std::vector<NameToken>& tokens, size_t k) {
  if (k == 0) return '\0';
  size_t p = tokens[k].start;
  while (p > tokens[k - 1].end && (text[p - 1] == ' ' || text[p - 1] == '\t')) --p;
  return p > tokens[k - 1].end ? text[p - 1] : '\0';
}

NameTokens TokenizeNames(std::string_view s) {
  NameTokens out;
  // The upper-cased copy, counting capitals and small letters on the way.
  // Eight bytes more, zeros: a word lookup reads 8 bytes from a word's start.
  out.upper_text = std::make_unique_for_overwrite<char[]>(s.size() + 8);
  std::memset(out.upper_text.get() + s.size(), 0, 8);
  const LetterCounts counts = UpperCopy(s, out.upper_text.get());
  out.capitals = counts.up + counts.low > 0 && counts.up * 10 >= (counts.up + counts.low) * 8;
  const std::string_view upper(out.upper_text.get(), s.size());
  std::vector<NameToken>& list = out.list;
  list.reserve(s.size() / 6);  // cable prose: a word every ~6 bytes
  const WordSet& words = TokenWords();

  size_t i = 0;
  // The gap before the next word: newlines seen, punctuation seen.
  size_t newlines = 0;
  bool punctuation = false;
  while (i < s.size()) {
    const ByteClass cls = ClassOf(s[i]);
    if (cls == kSpace) {
      ++i;
      continue;
    }
    if (cls == kNewline) {
      ++newlines;
      ++i;
      continue;
    }
    if (cls == kOther) {
      punctuation = true;
      ++i;
      continue;
    }
    if (cls == kHigh && LetterLength(s, i) == 0) {
      if (IsNbsp(s, i)) {
        i += 2;
      } else {
        punctuation = true;
        ++i;
      }
      continue;
    }
    // Built in place: a token assembled on the stack and copied in costs
    // store-forwarding stalls on every word.
    NameToken& t = list.emplace_back();
    t.start = static_cast<uint32_t>(i);
    size_t j = i;
    bool has_lower = false;
    bool high = false;  // a byte from 0x80 in the word
    while (j < s.size()) {
      const ByteClass c = ClassOf(s[j]);
      if (c == kUpper || c == kLower) {
        j = EndOfLetters(s, upper.data(), j, &has_lower);
      } else if (c == kHigh && IsCurlyApostrophe(s, j)) {
        if (!LetterAt(s, j + 3)) break;
        j += 3;
        high = true;
      } else if (c == kHigh) {
        const size_t n = LetterLength(s, j);
        if (n == 0) break;
        j += n;
        high = true;
      } else if ((s[j] == '-' || s[j] == '\'') && j > i && LetterAt(s, j + 1)) {
        t.punctuated = true;
        j += 1;
      } else {
        break;
      }
    }
    // `P.M.`, `U.S.`: letters with dots, one word.
    if (j == i + 1 && j + 2 <= s.size() && s[j] == '.' && j + 1 < s.size() &&
        IsAsciiLetter(s[j + 1]) && (j + 2 == s.size() || !LetterAt(s, j + 2))) {
      while (j + 1 < s.size() && s[j] == '.' && IsAsciiLetter(s[j + 1]) &&
             (j + 2 == s.size() || !LetterAt(s, j + 2))) {
        has_lower = has_lower || (s[j + 1] >= 'a' && s[j + 1] <= 'z');
        j += 2;
      }
      if (j < s.size() && s[j] == '.') ++j;
      t.alpha = false;
      t.punctuated = true;
      t.initials = !has_lower && s[j - 1] == '.';
    }
    // `A/S`, `U/S`: one letter, a slash, one letter, one word (the
    // Department's abbreviations of Assistant and Under Secretary).
    if (j == i + 1 && j + 2 <= s.size() && s[j] == '/' && IsAsciiLetter(s[j + 1]) &&
        (j + 2 == s.size() || !LetterAt(s, j + 2))) {
      has_lower = has_lower || (s[j + 1] >= 'a' && s[j + 1] <= 'z');
      j += 2;
      t.alpha = false;
      t.punctuated = true;
    }
    t.end = static_cast<uint32_t>(j);
    t.name_end = t.end;
    std::string_view word = upper.substr(i, j - i);
    // Possessives: `Rice's`, `Rice’s`, and cables.csv's `Karzai,s`. Only a
    // word with an apostrophe or a byte from 0x80 can end in one.
    if (t.punctuated || high) {
      if (word.size() > 2 && word.substr(word.size() - 2) == "'S") {
        word.remove_suffix(2);
        t.name_end = t.end - 2;
        t.possessive = true;
      } else if (word.size() > 4 && word.substr(word.size() - 4) == "\xE2\x80\x99S") {
        word.remove_suffix(4);
        t.name_end = t.end - 4;
        t.possessive = true;
      }
    }
    t.upper = word;
    const uint8_t flags = words.FlagsPadded(word.data(), word.size());
    t.lists = static_cast<uint8_t>(flags & ~kTitleStartBit);
    t.title_start = (flags & kTitleStartBit) != 0;
    size_t next = j;
    if (j + 1 < s.size() && s[j] == ',' && (s[j + 1] == 's' || s[j + 1] == 'S') && !LetterAt(s, j + 2)) {
      t.possessive = true;
      next = j + 2;
    }
    t.initial = t.alpha && j == i + 1 && j < s.size() && s[j] == '.';
    t.dotted = j < s.size() && s[j] == '.';
    const unsigned char c0 = static_cast<unsigned char>(s[i]);
    t.capitalised = (c0 >= 'A' && c0 <= 'Z') || c0 >= 0x80 ||
                    (t.punctuated && SmallParticleName(s.substr(i, j - i)));
    t.has_lower = has_lower;
    if (list.size() > 1) {
      // Punctuation, a paragraph end or a possessive before this word.
      t.break_before = punctuation || newlines >= 2 || list[list.size() - 2].possessive;
    }
    newlines = 0;
    punctuation = false;
    i = next;
  }
  return out;
}

size_t HyphenParticleLength(std::string_view word) {
  const size_t hyphen = word.find('-');
  if (hyphen < 2 || hyphen > 3 || hyphen + 1 >= word.size()) return 0;
  char p[3];
  for (size_t k = 0; k < hyphen; ++k) p[k] = static_cast<char>(word[k] & ~0x20);  // ASCII upper case
  const std::string_view u(p, hyphen);
  return u == "AL" || u == "EL" || u == "BIN" || u == "IBN" || u == "ABU" ? hyphen + 1 : 0;
}

bool NameCapable(const NameToken& t, bool capitals) {
  if (!t.alpha || t.initial || t.upper.size() < 2) return false;
  if ((t.lists & (kStopWord | kOfficeWord)) != 0) return false;
  if (capitals) return !LooksLikeVerb(t.upper, t.lists);
  return t.capitalised && t.has_lower;
}

std::string DisplayWord(std::string_view text, const NameToken& t) {
  std::string_view w = text.substr(t.start, t.name_end - t.start);
  if (t.initial) return std::string(w.substr(0, 1)) + ".";
  if (t.initials) return std::string(w);  // `A.Q.`, not `A.q.`
  if (t.has_lower) return std::string(w);
  std::string out(w);
  bool start = true;       // the next letter starts a word part (keeps its capital)
  bool lead_start = true;  // the current UTF-8 character started one
  for (size_t i = 0; i < out.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 0x80 && c <= 0xBF) {
      // Latin-1 capitals in UTF-8 (C3 80..9E) to small letters (C3 A0..BE).
      if (!lead_start && i > 0 && static_cast<unsigned char>(out[i - 1]) == 0xC3 && c <= 0x9E &&
          c != 0x97) {
        out[i] = static_cast<char>(c + 0x20);
      }
      continue;
    }
    const bool letter = IsLetterByte(c);
    lead_start = start;
    if (letter && !start && c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c - 'A' + 'a');
    // A capital after an apostrophe (`O'Brien`), small after a hyphen (`Ki-moon`).
    start = !letter && out[i] == '\'';
  }
  // `MCMULLEN` -> `McMullen`.
  if (out.size() > 3 && out[0] == 'M' && out[1] == 'c' && out[2] >= 'a' && out[2] <= 'z') {
    out[2] = static_cast<char>(out[2] - 'a' + 'A');
  }
  return out;
}
}  // namespace cablescope::link
