// Folding of words for search: the one definition of "the same word" that
// the index, the query and the snippets share.
//
// A token is a run of letters and digits (Unicode categories L*, N*, as
// SQLite FTS5's unicode61 tokenizer has it). Folding lower-cases, removes
// accents (`Mottakí` = `mottaki`) and writes a token made only of digits
// without leading zeros (`010261` = `10261`: serials are written with and
// without them, 06ISLAMABAD10261 is the cable `ISLAMABAD 010261`).
//
// All functions are pure and thread-safe.
#ifndef CABLESCOPE_ARCHIVE_TEXT_FOLD_H_
#define CABLESCOPE_ARCHIVE_TEXT_FOLD_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parse/byte_scan.h"

namespace cablescope::archive {

// A token's byte range in the text it came from.
struct TokenSpan {
  size_t begin = 0;
  size_t end = 0;
};

// Calls `fn(TokenSpan)` for each token of `text`, in order. Invalid UTF-8
// bytes are separators. Inline: the ingest runs it over every byte of every
// cable, and a call through std::function per token was a third of the
// tokenizer's time (docs/PERFORMANCE.md, session 9).
template <typename Fn>
void ForEachToken(std::string_view text, Fn&& fn);

// ForEachToken and each token's folded form (FoldTokenView):
// `fn(TokenSpan, std::string_view folded, bool padded)`, where `folded` is
// a view of `text` or of *scratch, valid until the next call, and `padded`
// says that 16 bytes from folded.data() may be read and are zero after the
// term (most terms of up to 15 bytes; TermHashPadded16 reads them so). The
// index's hot path: one pass finds and folds each token.
template <typename Fn>
void ForEachFoldedToken(std::string_view text, std::string* scratch, Fn&& fn);

// The tokens of `text` as spans.
std::vector<TokenSpan> Tokenize(std::string_view text);

// The folded form of one token (see above).
std::string FoldToken(std::string_view token);
// The same into *out (its contents replaced); no allocation for an ASCII
// token that fits *out's capacity.
void FoldTokenInto(std::string_view token, std::string* out);
// The same as a view: of `token` itself (a number, its leading zeros
// dropped) or of *scratch (its contents replaced). Inline, one pass over an
// ASCII token: the index folds every token of the archive through it.
inline std::string_view FoldTokenView(std::string_view token, std::string* scratch);

// The folded tokens of `text`, in order.
std::vector<std::string> FoldedTokens(std::string_view text);

// Folded form of a whole value for equality lookups (`Embassy  Islamabad` ->
// `embassy islamabad`): tokens folded, joined by one space.
std::string FoldValue(std::string_view text);

namespace text_fold_internal {

// Bit c set: ASCII byte c is a letter or digit.
inline constexpr uint64_t kAsciiWordBits[2] = {0x03ff000000000000ULL, 0x07fffffe07fffffeULL};

// For a byte >= 0x80 at text[i]: sets *length to the bytes of its code
// point (1 for an invalid byte) and says whether it is a token character.
bool NonAsciiTokenChar(std::string_view text, size_t i, size_t* length);

// FoldTokenInto for a token with a byte >= 0x80 (utf8proc's case folding).
void FoldNonAsciiInto(std::string_view token, std::string* out);

// A number's folded form: its digits without leading zeros (`010261` ->
// `10261`; `0` and `000` -> `0`).
inline std::string_view WithoutLeadingZeros(std::string_view digits) {
  size_t zeros = 0;
  while (zeros + 1 < digits.size() && digits[zeros] == '0') ++zeros;
  return digits.substr(zeros);
}

}  // namespace text_fold_internal

inline std::string_view FoldTokenView(std::string_view token, std::string* scratch) {
  scratch->resize(token.size());
  char* out = scratch->data();
  unsigned char bits = 0;
  bool other = token.empty();  // a byte that is not a digit
  for (size_t k = 0; k < token.size(); ++k) {
    const auto c = static_cast<unsigned char>(token[k]);
    bits |= c;
    other |= static_cast<unsigned>(c - '0') >= 10u;
    out[k] = static_cast<char>(static_cast<unsigned>(c - 'A') < 26u ? c + 32 : c);
  }
  if (other) {
    if ((bits & 0x80) != 0) text_fold_internal::FoldNonAsciiInto(token, scratch);
    return *scratch;
  }
  return text_fold_internal::WithoutLeadingZeros(token);
}

namespace text_fold_internal {

inline bool IsAsciiWordByte(unsigned char c) { return ((kAsciiWordBits[c >> 6] >> (c & 63)) & 1) != 0; }

#if defined(__SSE2__)
// 16 bytes of 0xFF, then 16 of 0: loaded at 16 - n, a mask of the first n bytes.
inline constexpr unsigned char kFirstBytes[32] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                                  0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};

// The 16 bytes at p: bit k of `word` set when p[k] is an ASCII letter or
// digit, of `digit` when a digit; `lower` is the bytes with ASCII capitals
// made small; bytes from 0x80 are in no range (parse::BytesIn).
struct Block16 {
  unsigned word, digit, high;
  __m128i lower;
};
inline Block16 ReadBlock16(const unsigned char* p) {
  using parse::BytesIn;
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i digit = BytesIn(v, '0', '9');
  const __m128i lower = _mm_or_si128(v, _mm_and_si128(BytesIn(v, 'A', 'Z'), _mm_set1_epi8(0x20)));
  const __m128i small = BytesIn(lower, 'a', 'z');
  Block16 b;
  b.word = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(digit, small)));
  b.digit = static_cast<unsigned>(_mm_movemask_epi8(digit));
  b.high = static_cast<unsigned>(_mm_movemask_epi8(v));
  b.lower = lower;
  return b;
}
#endif

// The tokenizer of ForEachToken and ForEachFoldedToken: fn(TokenSpan,
// folded, padded) where `folded` is FoldTokenView's answer when kFold, else
// empty, and `padded` says that 16 bytes from folded.data() are readable
// and zero after the term.
//
// With SSE2 (every x86-64) a 16-byte block finds the end of a token and the
// start of the next: words run ~6 bytes, so a byte loop mispredicts its
// exit on nearly every word, and the block also folds an ASCII token that
// ends inside it, which is nearly all of them. Bytes from 0x80 and the last
// 15 bytes of the text take the byte loop.
template <bool kFold, typename Fn>
void ScanTokens(std::string_view text, std::string* scratch, Fn&& fn) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  if constexpr (kFold) {
    if (scratch->size() < 16) scratch->resize(16);
  }
  size_t i = 0;
  while (i < size) {
    // Between tokens.
#if defined(__SSE2__)
    if (i + 16 <= size) {
      const Block16 b = ReadBlock16(bytes + i);
      const unsigned next = b.word | b.high;
      if (next == 0) {
        i += 16;
        continue;
      }
      i += static_cast<size_t>(__builtin_ctz(next));
    }
#endif
    size_t length = 1;
    const unsigned char c = bytes[i];
    const bool token_char = c < 0x80 ? IsAsciiWordByte(c) : NonAsciiTokenChar(text, i, &length);
    if (!token_char) {
      i += length;
      continue;
    }
    const size_t start = i;
#if defined(__SSE2__)
    if (c < 0x80 && i + 16 <= size) {
      const Block16 b = ReadBlock16(bytes + i);
      // ~word has bits 16 and up set: the run is 16 when all are word bytes.
      const unsigned run = static_cast<unsigned>(__builtin_ctz(~b.word));
      if (run < 16 && (b.high >> run & 1) == 0) {
        // An ASCII token that ends in this block.
        i += run;
        if constexpr (kFold) {
          const unsigned in_token = (1u << run) - 1;
          if ((b.digit & in_token) == in_token) {
            fn(TokenSpan{start, i}, WithoutLeadingZeros(text.substr(start, run)), false);
          } else {
            // Zeros after the token: the term's hash reads whole words (text_tokenize.h).
            const __m128i keep = _mm_loadu_si128(reinterpret_cast<const __m128i*>(kFirstBytes + 16 - run));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(scratch->data()), _mm_and_si128(b.lower, keep));
            fn(TokenSpan{start, i}, std::string_view(scratch->data(), run), true);
          }
        } else {
          fn(TokenSpan{start, i}, std::string_view(), false);
        }
        continue;
      }
    }
#endif
    i += length;
    // Inside one.
    while (i < size) {
      const unsigned char d = bytes[i];
      if (d < 0x80) {
        if (!IsAsciiWordByte(d)) break;
        ++i;
      } else {
        if (!NonAsciiTokenChar(text, i, &length)) break;
        i += length;
      }
    }
    if constexpr (kFold) {
      fn(TokenSpan{start, i}, FoldTokenView(text.substr(start, i - start), scratch), false);
      if (scratch->size() < 16) scratch->resize(16);
    } else {
      fn(TokenSpan{start, i}, std::string_view(), false);
    }
  }
}

}  // namespace text_fold_internal

template <typename Fn>
void ForEachToken(std::string_view text, Fn&& fn) {
  text_fold_internal::ScanTokens<false>(text, nullptr, [&](TokenSpan span, std::string_view, bool) { fn(span); });
}

template <typename Fn>
void ForEachFoldedToken(std::string_view text, std::string* scratch, Fn&& fn) {
  text_fold_internal::ScanTokens<true>(text, scratch, fn);
}

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_TEXT_FOLD_H_
