// Cleaning a cable's text into Record::body.
//
// The text arrives with the damage of its journey: CRLF or CR line ends
// (PDF conversions), trailing spaces, web leftovers from copying a
// WikiLeaks page (`[¶1.](#) (C) ...`, `TAGS: [PREL](#) [ZP](#)`), page-break
// lines and classification banners around them (page_breaks.h), `Q`-artefact
// lines (09BAGHDAD197: `whether they faced any Iraqi judicial charges. If
// not, they` followed by the same line again with a leading `Q`), and the
// end-of-message `NNN`. CleanCableText removes all of that once, so that
// every later stage (preamble, paragraphs, summary, signers) reads the same
// clean text.
//
// Decisions, with the cable oddity behind each:
// - `¶` in front of a paragraph number is a paragraph anchor of the web
//   rendering (WikiLeaks pages and the PDFs printed from them write
//   `¶1. (C)` where the telegram said `1. (C)`), so it is dropped at the
//   start of a line. In the middle of a line (`...reasons: 1.5 (b,d).¶1. (C)
//   Summary:` in JSON exports that lost their newlines) it starts a new
//   paragraph: the sign is replaced by a line break and a blank line. Any
//   other `¶` is kept as written.
// - Runs of blank lines become one blank line; leading and trailing blank
//   lines go. A blank line is kept, because in copied web pages it can sit
//   in the middle of a paragraph (seed 000, ¶5: `against` / blank / `him.`),
//   and paragraphs.h, not the cleaner, decides what a paragraph is.
// - Where a page break is removed, the lines before and after it are
//   joined; a blank line stays only when there was one on both sides.
// - Classification banners are removed next to page breaks and at the very
//   end of the text (`LAINGEN` / blank / `CONFIDENTIAL`, 79TEHRAN8980), never
//   at the top, where the banner is the cable's classification line.
#ifndef CABLESCOPE_PARSE_TEXT_CLEANUP_H_
#define CABLESCOPE_PARSE_TEXT_CLEANUP_H_

#include <string>
#include <string_view>

namespace cablescope::parse {

// Writes the cleaned `text` to *out (cleared first): '\n' line ends, no
// trailing spaces on any line, no trailing newline. Text that lost its
// newlines (CableChunk::flattened) needs no special treatment: its
// mid-line paragraph signs are what restores its structure. Linear in
// text.size(); never fails on arbitrary bytes.
void CleanCableText(std::string_view text, std::string* out);

// Appends the words of `text` to *out separated by single spaces (runs of
// spaces, tabs, newlines and no-break spaces fold to one space; leading and
// trailing ones go). When *out is not empty and does not end in a space,
// one space separates it from the first appended word.
void AppendFolded(std::string_view text, std::string* out);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_TEXT_CLEANUP_H_
