// The words of one text as the people scan reads them (name_tokens.cc):
// each word's offsets, its upper-case view, and the flags the scanner asks
// about on every word (capitalised, possessive, in which word lists, a
// title's first word), computed once per text.
#ifndef CABLESCOPE_LINK_NAME_TOKENS_H_
#define CABLESCOPE_LINK_NAME_TOKENS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cablescope::link {

// A word of the text: letters, with inner `-` and `'` (`Ki-moon`,
// `O'Brien`); `P.M.`-like dotted abbreviations are one word.
struct NameToken {
  uint32_t start = 0, end = 0;  // byte offsets in the text
  std::string_view upper;       // the word upper-cased (ASCII), possessive `'s` removed;
                                // a view into NameTokens::upper_text
  uint32_t name_end = 0;        // end without a possessive `'s`
  bool initial = false;         // one letter followed by `.` (`E.` of `Susan E. Rice`)
  bool initials = false;        // capitals each followed by `.`, one word (`A.Q.`; also `U.S.`)
  bool dotted = false;          // followed by `.` (`Amb.`, `Mr.`)
  bool break_before = false;    // punctuation (not a lone `.` after an abbreviation) before it
  bool possessive = false;      // `Rice's`, `Karzai,s` (cables.csv's apostrophe)
  bool capitalised = false;     // first letter upper case (or a non-ASCII letter)
  bool has_lower = false;
  bool alpha = true;            // letters only
  bool punctuated = false;      // `-`, `'` or `.` in the word (`Ki-moon`, `P.M.`; maybe a possessive's `'`)
  bool title_start = false;     // the first word of a title (person_titles.h)
  uint8_t lists = 0;            // WordLists(upper): stop word, given name, ...
};

// The words of a text. Upper-casing ASCII keeps every byte offset, so the
// text is upper-cased once and each token's `upper` is a view into that
// copy: no string per word (the scan sees ~1,200 words a cable). Moving a
// NameTokens keeps the views valid (the buffer moves with it). Not a vector:
// its resize zeroed the whole copy before it was written over.
struct NameTokens {
  std::unique_ptr<char[]> upper_text;  // the text's size, then 8 zero bytes (WordSet::FlagsPadded)
  std::vector<NameToken> list;
  bool capitals = false;  // >= 80% of the ASCII letters are capitals (telegram bodies)
};

NameTokens TokenizeNames(std::string_view text);

// The last byte between tokens k-1 and k that is not a space or a tab (a
// comma, a parenthesis, a line break ...); '\0' when there is none or k is 0.
char PunctuationBefore(std::string_view text, const std::vector<NameToken>& tokens, size_t k);

// The length of a particle joined by a hyphen at the start of a name word,
// in any case: 3 for the `al-` of `al-Jubeir` (also `el-`, `bin-`, `ibn-`,
// `abu-`); 0 when there is none.
size_t HyphenParticleLength(std::string_view word);

// True when token `t` may be part of a name in this text.
bool NameCapable(const NameToken& t, bool capitals);

// A name token as displayed: `MOTTAKI` -> `Mottaki`, `MCMULLEN` ->
// `McMullen`, `KI-MOON` -> `Ki-moon`, an initial `E` -> `E.`; mixed-case
// words as written.
std::string DisplayWord(std::string_view text, const NameToken& t);

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_NAME_TOKENS_H_
