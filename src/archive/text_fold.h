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
  size_t zeros = 0;
  while (zeros + 1 < token.size() && token[zeros] == '0') ++zeros;
  return token.substr(zeros);
}

template <typename Fn>
void ForEachToken(std::string_view text, Fn&& fn) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  size_t i = 0;
  while (i < size) {
    // Between tokens.
    size_t length = 1;
    const unsigned char c = bytes[i];
    const bool token_char = c < 0x80 ? ((text_fold_internal::kAsciiWordBits[c >> 6] >> (c & 63)) & 1) != 0
                                     : text_fold_internal::NonAsciiTokenChar(text, i, &length);
    if (!token_char) {
      i += length;
      continue;
    }
    const size_t start = i;
    i += length;
    // Inside one.
    while (i < size) {
      const unsigned char d = bytes[i];
      if (d < 0x80) {
        if (((text_fold_internal::kAsciiWordBits[d >> 6] >> (d & 63)) & 1) == 0) break;
        ++i;
      } else {
        if (!text_fold_internal::NonAsciiTokenChar(text, i, &length)) break;
        i += length;
      }
    }
    fn(TokenSpan{start, i});
  }
}

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_TEXT_FOLD_H_
