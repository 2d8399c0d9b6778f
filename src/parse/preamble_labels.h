// Recognising the pieces of a cable preamble: the labels (E.O., TAGS,
// SUBJECT, REF, Classified By), the start of the first numbered paragraph,
// page-break lines, and the small byte-level helpers the preamble parsers
// share.
//
// Everything here works on std::string_view, never allocates and never
// reads outside the view, so arbitrary bytes are safe.
#ifndef CABLESCOPE_PARSE_PREAMBLE_LABELS_H_
#define CABLESCOPE_PARSE_PREAMBLE_LABELS_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace cablescope::parse {

// The labelled fields of a preamble, in the order cables write them. The
// order matters: inside a line we only split at a label that comes later
// than the current one (see FindLabelInside).
enum class PreambleLabel {
  kNone = 0,
  kExecutiveOrder,  // E.O. 12958: / EO 12958 / E.o. 12958:
  kTags,            // TAGS: / Tags: / TAGS (no colon, line mode)
  kSubject,         // SUBJECT: / SUBJ: / Subject:
  kRef,             // REF: / REFS: / REFTEL / REFERENCE:
  kClassifiedBy,    // Classified By: / CLASSIFIED BY / Classified by
};

struct LabelMatch {
  PreambleLabel label = PreambleLabel::kNone;
  size_t length = 0;  // bytes of the label itself, colon included
};

inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline char AsciiUpper(char c) { return IsAsciiLower(c) ? static_cast<char>(c - 'a' + 'A') : c; }

// True when `s` starts with `prefix`, ASCII case-insensitively.
bool StartsWithNoCase(std::string_view s, std::string_view prefix);

// True when `a` equals `b`, ASCII case-insensitively.
bool EqualsNoCase(std::string_view a, std::string_view b);

// Offset of the first case-insensitive occurrence of `needle` (non-empty)
// in `s`, or npos. Linear for the short needles used here.
size_t FindNoCase(std::string_view s, std::string_view needle, size_t from = 0);

// `s` without leading/trailing ASCII whitespace and no-break spaces
// (U+00A0: seed 003, a press reprint, separates fields with them).
std::string_view TrimSpace(std::string_view s);

// True when `s` holds only whitespace (ASCII or U+00A0).
bool IsBlank(std::string_view s);

// Appends `s` to `out` with every run of whitespace (ASCII, U+00A0) folded
// into one space; puts a space between `out` and `s` when both are
// non-empty. Leading and trailing whitespace of `s` is dropped.
void AppendNormalized(std::string_view s, std::string* out);

// Matches a label at the start of `s` (after the caller skipped leading
// spaces). `strict` (labels found inside a line, or flattened text) demands
// the colon for TAGS, SUBJECT and REF, so that `TAGS` in prose or `REF` in
// `REFORM` never match. Returns label kNone when there is none.
LabelMatch MatchLabel(std::string_view s, bool strict);

// Offset of the first label inside `s`, at or after `from`, whose order is
// later than `after`, matched strictly (fused labels such as `TUSUBJECT:`,
// `06/02/2016TAGS:` or `ADRIFTREF:` in flattened JSON bodies); or npos.
// When `paragraphs` is set a paragraph start (see ParagraphStartAt) also
// stops the search; `¶` followed by a digit always does.
size_t FindLabelInside(std::string_view s, size_t from, PreambleLabel after, bool paragraphs);

// Length of a paragraph start at the beginning of `s` (`1. (C)`, `¶1.`,
// `12. `, `1) `), or 0. `line_start` admits the bare `N.` forms only at the
// start of a line: mid-line only `¶N` and `1. (` count.
size_t ParagraphStartAt(std::string_view s, bool line_start);

// True for page-break lines that multi-section cables carry inside the text
// (`BAGHDAD 00000197 002 OF 002`, `PARIS 00002069 001.2 OF 002`,
// `PAGE 02 STATE 023763 071504Z`). They are not content; the text cleaner
// removes them, but the preamble skips any that reach it.
bool IsPageBreakLine(std::string_view line);

// Length of a paragraph marking at the start of `s`: `(C)`, `(U)`, `(SBU)`,
// `(S/NF)`, `(C//REL)`, case-insensitive; 0 when there is none.
size_t MarkingAt(std::string_view s);

// Length of a marking that ends `s` (same forms as MarkingAt), or 0.
size_t MarkingAtEnd(std::string_view s);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_PREAMBLE_LABELS_H_
