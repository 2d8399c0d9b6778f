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
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace cablescope::archive {

// A token's byte range in the text it came from.
struct TokenSpan {
  size_t begin = 0;
  size_t end = 0;
};

// Calls `fn` for each token of `text`, in order. Invalid UTF-8 bytes are
// separators.
void ForEachToken(std::string_view text, const std::function<void(TokenSpan)>& fn);

// The tokens of `text` as spans.
std::vector<TokenSpan> Tokenize(std::string_view text);

// The folded form of one token (see above).
std::string FoldToken(std::string_view token);
// The same into *out (its contents replaced); no allocation for an ASCII
// token that fits *out's capacity: the indexer folds every token of the
// archive through it.
void FoldTokenInto(std::string_view token, std::string* out);

// The folded tokens of `text`, in order.
std::vector<std::string> FoldedTokens(std::string_view text);

// `text` with every all-digit token written without leading zeros and
// everything else unchanged: what the FTS tables index (their tokenizer does
// the case and accent folding).
std::string NormalizeNumbers(std::string_view text);

// Folded form of a whole value for equality lookups (`Embassy  Islamabad` ->
// `embassy islamabad`): tokens folded, joined by one space.
std::string FoldValue(std::string_view text);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_TEXT_FOLD_H_
