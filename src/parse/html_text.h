// HTML text: the few pieces of HTML that cable pages need, without a DOM.
//
// The WikiLeaks and PlusD readers cut a cable out of a page by scanning for
// a handful of markers (see reader_wikileaks_html.cc for why there is no DOM
// parser); this file turns the HTML between those markers into plain text:
// entities decoded, tags removed with the text of links kept, the WikiLeaks
// `¶` paragraph anchors dropped, `<br>` made a newline.
//
// Everything here accepts arbitrary bytes: an unterminated tag or entity, a
// stray `<` (`<<220571>>` in a Cablegate text) or `&` (`R&D;`, `HYPERTENSION
// & DIABETES`) is kept as written, never an error. Bytes that are not ASCII
// are copied through unchanged (UTF-8 validation is text_encoding's job).
// All functions are pure and thread-safe.
#ifndef CABLESCOPE_PARSE_HTML_TEXT_H_
#define CABLESCOPE_PARSE_HTML_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace cablescope::parse {

// Appends the UTF-8 encoding of code point `cp` to *out. Code points that
// are not Unicode scalar values (surrogates, above U+10FFFF) and U+0000
// become U+FFFD.
void AppendUtf8(char32_t cp, std::string* out);

// `s` starts at a `&`. When it begins with a complete character reference
// (`&amp;`, `&#39;`, `&#x000A;`, `&eacute;` ...) appends the character to
// *out and returns the number of bytes consumed; otherwise appends nothing
// and returns 0, so the caller keeps the `&` as written. Named references
// need their `;`; numeric ones in 0x80-0x9F are read as Windows-1252, as
// browsers do (`&#150;` is an en dash).
size_t DecodeEntity(std::string_view s, std::string* out);

// Appends `s` to *out with every character reference decoded and nothing
// else changed (for attribute values and text without markup).
void AppendEntityDecoded(std::string_view s, std::string* out);

// How AppendHtmlText treats whitespace.
enum class HtmlWhitespace {
  // As in <pre>: kept, except CR LF and lone CR become LF and spaces and
  // tabs before a line end (and at the very end) are dropped.
  kPreserve,
  // As in a table cell: every run of whitespace (and no-break spaces)
  // becomes one space; no leading or trailing space.
  kCollapse,
};

// Appends the text of the HTML fragment `html` to *out:
//  - tags are removed; the text inside links and other elements is kept;
//  - a link whose whole text is a pilcrow (Cablegate's paragraph anchors
//    `<a id='par1' href='#par1'>¶</a>1.`) is removed with its text, so that
//    the paragraph starts with its number;
//  - `<br>` becomes a newline, unless a newline follows it at once (the
//    Cablegate texts write `<br>&#x000A;`, which is one line end);
//  - comments `<!-- -->` are removed;
//  - character references are decoded (DecodeEntity).
// A `<` that does not open a tag (not followed by a letter, `/`, `!` or
// `?`) is text. A tag cut off by the end of `html` is dropped.
void AppendHtmlText(std::string_view html, HtmlWhitespace whitespace, std::string* out);

// Convenience: AppendHtmlText into a fresh string.
std::string HtmlText(std::string_view html, HtmlWhitespace whitespace);

// Finds `needle` in `hay` from `pos` on; returns the offset or npos.
// Vectorised: std::string_view::find stops at every `<` of tag-dense HTML,
// and glibc's memmem scans Cablegate pages at ~1 GB/s.
size_t FindIn(std::string_view hay, std::string_view needle, size_t pos = 0);

// The number of '\n' bytes in `text` (16 bytes at a time): the line of a
// cable that starts 35 KB into a page.
size_t CountLineFeeds(std::string_view text);

// Finds the next start tag `<name` (name in lower case, as real pages
// write it) at or after `pos`, where the name is followed by `>`, `/` or
// whitespace, so that "th" does not match `<thead>`. Returns the offset of
// its `<` or npos.
size_t FindTag(std::string_view hay, std::string_view name, size_t pos = 0);

// Finds the end of the tag that starts at hay[pos] == '<': returns the
// offset just past its `>`, or npos when the tag is not closed. Quotes are
// not honoured: real pages carry unbalanced ones (PlusD's
// `title="Handling Restrictions", ">`), and no attribute we read holds `>`.
size_t TagEnd(std::string_view hay, size_t pos);

// Removes spaces, tabs, CRs and LFs from both ends of *s.
void TrimWhitespace(std::string* s);

// Removes leading lines that are blank and all trailing whitespace from *s,
// keeping the indentation of the first non-blank line.
void TrimBlankLines(std::string* s);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_HTML_TEXT_H_
