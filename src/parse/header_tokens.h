// Small recognisers for the words of a routing header: routing indicators,
// precedences, office codes, classification lines. Shared by the header
// decoder (routing_header.cc), the addressee parser (header_recipient.cc)
// and the splitter for flattened headers (header_flattened.cc).
//
// All functions are pure, never allocate and look at a bounded number of
// bytes, so callers can use them at every position of a scan.
#ifndef CABLESCOPE_PARSE_HEADER_TOKENS_H_
#define CABLESCOPE_PARSE_HEADER_TOKENS_H_

#include <cstddef>
#include <string_view>

namespace cablescope::parse::header {

inline bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// `s` without leading and trailing spaces, tabs, carriage returns and a
// leading UTF-8 byte order mark (a cables.csv header starts `\xEF\xBB\xBFR 231726Z`).
std::string_view Trim(std::string_view s);

// The first space-delimited token of `s` (after leading spaces); empty at end.
std::string_view FirstToken(std::string_view s);

// `s` after its first token and the spaces that follow it.
std::string_view AfterFirstToken(std::string_view s);

// True when `s` is non-empty and only digits.
bool IsAllDigits(std::string_view s);

// A routing indicator: `R` + 3..6 upper-case letters (RUEHC, RHEHNSC,
// RUEHWEB). Also accepts `ZEN`, the operating signal that stands where a
// routing indicator would be when the message went by other means
// (`ZEN/AMEMBASSY BELMOPAN NIACT IMMEDIATE 2276-2279`).
bool IsRoutingIndicator(std::string_view s);

// When `s` starts with a routing indicator followed by one '/', its length;
// else 0. `RUEHC/SECSTATE WASHDC` -> 5; `RNATO//` (an office path) -> 0.
size_t RoutePrefixLength(std::string_view s);

// A precedence prosign token of a DTG or relay line: one or two of the
// letters Z, O, P, R (`O`, `OO`, `PP`). `0` is accepted for `O`: OCR of
// typed 1970s telegrams turns `O 241208Z OCT 79` into `0 241208Z OCT 79`.
bool IsPrecedenceProsign(std::string_view s);

// FLASH, IMMEDIATE, PRIORITY or ROUTINE for a prosign letter; empty otherwise.
std::string_view PrecedenceFromLetter(char c);

// True for the precedence words an addressee line ends with.
bool IsPrecedenceWord(std::string_view s);

// Length of the precedence word `s` starts with (`PRIORITYRUEHBUL/...`
// -> 8), 0 when none.
size_t PrecedenceWordPrefix(std::string_view s);

// A State Department distribution office code: `LOG-00`, `EUR-25`, `AF-00`.
// These fill the `ACTION`/`ORIGIN`/`INFO` block of 1970s-2000s telegrams
// printed from the Department's systems; they are not addressees.
bool IsOfficeCode(std::string_view token);

// True when `line` starts with a classification marking as the text's first
// line writes it: UNCLAS(SIFIED), CONFIDENTIAL, SECRET, TOP SECRET, LIMITED
// OFFICIAL USE, SENSITIVE BUT UNCLASSIFIED, in any case and with the letters
// optionally spaced out (`C O N F I D E N T I A L USUN NEW YORK 000589`).
// The marking must end the line or be followed by a non-letter, so
// `SECRETARY` does not count.
bool StartsWithClassification(std::string_view line);

// Lines that are never part of an addressee list: `BT`, `NNNN`, page
// headers (`PAGE 02 STATE 228220 010044Z`), rules (`-----  064536`),
// counts (`/037 W`), bare numbers and classification lines.
bool IsHeaderNoise(std::string_view line);

}  // namespace cablescope::parse::header

#endif  // CABLESCOPE_PARSE_HEADER_TOKENS_H_
