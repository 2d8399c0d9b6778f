// The Cablegate cable page reader (cablegate.wikileaks.org/cable/YYYY/MM/ID.html).
//
// A page is ~43 KB, of which the cable is a few KB: ~880 lines of navigation,
// help text and share links, then
//
//   <table class='cable'>
//   <tr><th>Reference ID</th><th>Created</th><th>Released</th>...</tr>
//   <tr><td><a href='/cable/1979/08/79TEHRAN8980.html'>79TEHRAN8980</a></td>...
//   </table>
//   <code><pre>R 130458Z AUG 79&#x000A;FM AMEMBASSY TEHRAN...</pre></code>
//   <code><pre>C O N F I D E N T I A L ... <a id='par1' href='#par1'>¶</a>1. ...</pre></code>
//
// Why a scanner and not a DOM: gumbo (libgumbo 0.10.1, -O2) builds the DOM
// of these pages at ~10 MB/s of CPU time on one core (300 corpus pages),
// thirty times under the 300 MB/s this reader needs to leave room for
// header and text parsing within 100 MB/s per core. This scanner jumps to
// `class='cable'` (FindIn, vectorised) and touches only the table and the
// two <pre> blocks: ~1.1 GB/s for the whole reader on the 1,211 corpus pages
// (bench/html_bench.cc has the figures).
//
// What real pages do that the scanner allows for:
//  - cells are mapped by their <th> name, never by position: layouts with 4
//    columns exist, and "Released" must never be taken for "Created". Where
//    a page has no header row, a cell's link says what it is
//    (`/date/...` created, `/reldate/...` released);
//  - 87 of the 1,211 corpus pages are partial extracts: the first <pre>
//    says "This record is a partial extract of the original cable. The full
//    text of the original cable is not available." followed by nothing or a
//    bare DTG (`201247Z Jan 04`);
//  - the texts hold stray markup (`<br>&#x000A;`, `<strong>EO 12958
//    </strong>`, a `</td></tr></table>` left inside a <pre>) and stray
//    `<` and `&` (`<<220571>>`, `R&D;`), handled by html_text.h;
//  - a truncated page yields what it has: a table without its <pre>s, a
//    <pre> without its end.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "parse/html_text.h"
#include "parse/page_dates.h"
#include "parse/single_page_reader.h"
#include "parse/readers.h"

namespace cablescope::parse {
namespace {

constexpr std::string_view kPartialNotice =
    "This record is a partial extract of the original cable.";
constexpr std::string_view kPartialNoticeRest =
    "The full text of the original cable is not available.";

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

std::string LowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

// One <th> or <td> of the metadata table.
struct Cell {
  bool header = false;
  int row = 0;
  std::string_view html;  // the cell's inner HTML
};

// Finds the next `<th` or `<td` or `<tr` tag in [pos, end); returns its
// offset or npos. `kind` receives 'h', 'd' or 'r'.
size_t NextCellTag(std::string_view page, size_t pos, size_t end, char* kind) {
  std::string_view region = page.substr(0, end);
  while (pos < end) {
    size_t lt = region.find('<', pos);
    if (lt == std::string_view::npos || lt + 3 >= end) return std::string_view::npos;
    char a = Lower(page[lt + 1]);
    char b = Lower(page[lt + 2]);
    char c = page[lt + 3];
    if (a == 't' && (b == 'h' || b == 'd' || b == 'r') &&
        (c == '>' || c == ' ' || c == '\t' || c == '\n')) {
      *kind = b == 'h' ? 'h' : (b == 'd' ? 'd' : 'r');
      return lt;
    }
    pos = lt + 1;
  }
  return std::string_view::npos;
}

// Collects the cells of the table in page[begin, end). A cell ends at its
// close tag or, in damaged markup, where the next cell or row starts.
std::vector<Cell> ReadCells(std::string_view page, size_t begin, size_t end) {
  std::vector<Cell> cells;
  int row = 0;
  char kind = 0;
  size_t pos = NextCellTag(page, begin, end, &kind);
  while (pos != std::string_view::npos && cells.size() < 64) {
    size_t open_end = TagEnd(page.substr(0, end), pos);
    if (open_end == std::string_view::npos) break;
    if (kind == 'r') {
      ++row;
      pos = NextCellTag(page, open_end, end, &kind);
      continue;
    }
    char next_kind = 0;
    size_t next = NextCellTag(page, open_end, end, &next_kind);
    size_t content_end = next == std::string_view::npos ? end : next;
    std::string_view content = page.substr(open_end, content_end - open_end);
    // Cut at the cell's own close tag when it has one.
    size_t close = FindIn(content, kind == 'h' ? "</th" : "</td");
    if (close != std::string_view::npos) content = content.substr(0, close);
    cells.push_back(Cell{kind == 'h', row, content});
    pos = next;
    kind = next_kind;
  }
  return cells;
}

// The column a cell's link points into, for tables without a header row:
// `<a href='/reldate/2010-11-28_0.html'>` is the release date.
std::string NameFromLink(std::string_view cell) {
  struct LinkName {
    std::string_view prefix;
    std::string_view name;
  };
  static constexpr LinkName kLinks[] = {{"/cable/", "reference id"},
                                        {"/date/", "created"},
                                        {"/reldate/", "released"},
                                        {"/classification/", "classification"},
                                        {"/origin/", "origin"}};
  for (const LinkName& l : kLinks) {
    if (FindIn(cell, l.prefix) != std::string_view::npos) return std::string(l.name);
  }
  return "";
}

// Maps the metadata cells onto the chunk by column name.
void ApplyMetadata(const std::vector<Cell>& cells, CableChunk* chunk) {
  std::vector<std::string> names;
  int header_row = -1;
  for (const Cell& c : cells) {
    if (!c.header) continue;
    if (header_row < 0) header_row = c.row;
    if (c.row != header_row) break;
    names.push_back(LowerCopy(HtmlText(c.html, HtmlWhitespace::kCollapse)));
  }
  int data_row = -1;
  size_t column = 0;
  for (const Cell& c : cells) {
    if (c.header || c.row < header_row) continue;
    if (data_row < 0) data_row = c.row;
    if (c.row != data_row) break;
    std::string name = column < names.size() ? names[column] : NameFromLink(c.html);
    ++column;
    std::string value = HtmlText(c.html, HtmlWhitespace::kCollapse);
    if (value.empty()) continue;
    if (name == "reference id") {
      chunk->meta_id = value;
    } else if (name == "created") {
      chunk->meta_created = IsoFromDashedDate(value);
    } else if (name == "released") {
      std::string iso = IsoFromDashedDate(value);
      chunk->source_fields.push_back({"released", iso.empty() ? value : iso, false});
    } else if (name == "classification") {
      chunk->meta_classification = value;
    } else if (name == "origin") {
      chunk->meta_origin = value;
    } else if (!name.empty()) {
      for (char& ch : name) {
        if (ch == ' ') ch = '_';
      }
      chunk->source_fields.push_back({name, value, false});
    }
  }
}

// Removes the partial-extract notice from the front of *text; true when it
// was there.
bool StripPartialNotice(std::string* text) {
  size_t at = FindIn(*text, kPartialNotice);
  if (at == std::string::npos) return false;
  size_t end = at + kPartialNotice.size();
  size_t rest = FindIn(*text, kPartialNoticeRest, end);
  if (rest != std::string::npos && rest - end <= 4) end = rest + kPartialNoticeRest.size();
  text->erase(at, end - at);
  TrimBlankLines(text);
  return true;
}

// Finds the next `<pre>` or `<pre ...>` from pos; returns the offset of its
// content and stores the content's end in *content_end (the page's end when
// the </pre> was cut off).
size_t NextPre(std::string_view page, size_t pos, size_t* content_end) {
  size_t at = FindTag(page, "pre", pos);
  if (at == std::string_view::npos) return at;
  size_t open_end = TagEnd(page, at);
  if (open_end == std::string_view::npos) return open_end;
  size_t close = FindIn(page, "</pre>", open_end);
  *content_end = close == std::string_view::npos ? page.size() : close;
  return open_end;
}

size_t LineAt(std::string_view page, size_t offset) {
  return 1 + CountLineFeeds(page.substr(0, std::min(offset, page.size())));
}

class WikileaksHtmlReader : public SinglePageReader {
 public:
  WikileaksHtmlReader(std::unique_ptr<InputStream> stream, std::string path,
                      DiagnosticSink sink)
      : SinglePageReader(std::move(stream), std::move(path), Format::kWikileaksHtml,
                         std::move(sink)) {}

 private:
  bool ParsePage(std::string_view page, CableChunk* chunk, std::string* error) override {
    size_t table = FindIn(page, "class='cable'");
    if (table == std::string_view::npos) table = FindIn(page, "class=\"cable\"");
    size_t after_table = 0;
    if (table != std::string_view::npos) {
      size_t table_open = page.rfind('<', table);
      chunk->offset = table_open == std::string_view::npos ? table : table_open;
      size_t table_end = FindIn(page, "</table>", table);
      // A page cut inside the table: read the cells up to the first <pre>
      // or the end.
      size_t cells_end = table_end;
      if (cells_end == std::string_view::npos) {
        cells_end = FindIn(page, "<pre", table);
        if (cells_end == std::string_view::npos) cells_end = page.size();
      }
      ApplyMetadata(ReadCells(page, table, cells_end), chunk);
      after_table = table_end == std::string_view::npos ? cells_end : table_end;
    }

    size_t first_end = 0;
    size_t first = NextPre(page, after_table, &first_end);
    if (first == std::string_view::npos) {
      chunk->line = LineAt(page, chunk->offset);
      *error = table == std::string_view::npos
                   ? "no cable on this page (no metadata table, no <pre> text)"
                   : "page has the metadata table but no cable text (truncated?)";
      return false;
    }
    if (table == std::string_view::npos) chunk->offset = first;
    chunk->line = LineAt(page, chunk->offset);

    size_t second_end = 0;
    size_t second = NextPre(page, first_end, &second_end);
    AppendHtmlText(page.substr(first, first_end - first), HtmlWhitespace::kPreserve,
                   &chunk->header);
    chunk->header_separate = true;
    if (second != std::string_view::npos) {
      AppendHtmlText(page.substr(second, second_end - second), HtmlWhitespace::kPreserve,
                     &chunk->text);
    }
    chunk->partial = StripPartialNotice(&chunk->header);
    if (StripPartialNotice(&chunk->text)) chunk->partial = true;
    TrimBlankLines(&chunk->header);
    TrimBlankLines(&chunk->text);
    return true;
  }
};

}  // namespace

std::unique_ptr<CableReader> NewWikileaksHtmlReader(std::unique_ptr<InputStream> stream,
                                                    const std::string& path,
                                                    DiagnosticSink sink) {
  return std::make_unique<WikileaksHtmlReader>(std::move(stream), path, std::move(sink));
}

}  // namespace cablescope::parse
