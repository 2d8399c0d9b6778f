// The numbered paragraphs of a cable's text.
//
//   1. (C) Ambassador Rice and ...          number, marking, text
//   1.  (C) Summary: ...                    two spaces (PDF text)
//   2. (S/NF) ...   3. (SBU) ...  4. (U)    markings as written, upper-cased
//   1. (C - ENTIRE TEXT).                   marking "C" (79TEHRAN8980)
//   1.  CONFIDENTIAL - ENTIRE TEXT.         no marking: the paragraph says it
//   2. INTRODUCTION: RECENT ...             unmarked (1970s-90s)
//
// Rules, and the cable oddities behind them:
// - A paragraph starts at the beginning of a line with 1-3 digits and a
//   full stop. A paragraph runs until the next one starts or the text ends:
//   a blank line inside it is a page break of the web copy, not a new
//   paragraph (seed 000, ¶5: `...and against` / blank / `him. Ban said`).
// - Numbers go up one by one. The first paragraph may have any number
//   (partial extracts start at ¶5); after that a line start counts only for
//   the next number, so nested lists (`1) ... 2) ...`, `1. ... 2. ...`
//   inside paragraph 3) and wrapped lines starting `45.` do not break the
//   sequence. Also accepted: the same number again when it follows a blank
//   line (79TEHRAN8980 has two ¶6), and a gap of one or two numbers when
//   the line carries a marking (a paragraph lost in transmission).
// - Once paragraphs carry markings, an unmarked candidate must also be set
//   apart: after a blank or rule line, or after a line ending a sentence.
// - Sub-items (`A.`, `-- `, `(1)`) stay inside their paragraph; rule lines
//   (`-----`) and the section title they frame are left out of the text.
#ifndef CABLESCOPE_PARSE_PARAGRAPHS_H_
#define CABLESCOPE_PARSE_PARAGRAPHS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "model/record.h"

namespace cablescope::parse {

// Where a paragraph lies in the body: [begin, end) from its number to the
// next paragraph; its text (after number and marking) starts at text_begin.
struct ParagraphSpan {
  size_t begin = 0;
  size_t text_begin = 0;
  size_t end = 0;
};

// Reads the numbered paragraphs of body[begin, end) (cleaned text, see
// text_cleanup.h) and appends them to *paragraphs and their places to
// *spans (same order). Text before the first paragraph is not a paragraph.
// Linear in end - begin; offsets outside `body` are clamped.
void ParseParagraphs(std::string_view body, size_t begin, size_t end,
                     std::vector<Paragraph>* paragraphs, std::vector<ParagraphSpan>* spans);

// Appends the words of body[begin, end) to *out as one line, leaving out
// rule lines (`-------`) and the title line they frame.
void AppendParagraphText(std::string_view body, size_t begin, size_t end, std::string* out);

// A 64-bit fingerprint of body[begin, end) (clamped as above) and `text`,
// never 0: ParseParagraphs stores it in Paragraph::fold_check beside the
// text it folded from that span. Eight bytes a step: about a quarter of
// the instructions of folding the span again to compare (callgrind).
uint64_t SpanFoldCheck(std::string_view body, size_t begin, size_t end, std::string_view text);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_PARAGRAPHS_H_
