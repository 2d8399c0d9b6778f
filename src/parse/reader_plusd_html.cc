// The PlusD page reader (wikileaks.org/plusd/cables/1974ATHENS02959_b.html):
// 1970s State Department telegrams released by NARA.
//
// A page (~50 KB) holds, among navigation and scripts:
//
//   <table id="synopsis">
//     <tr><td colspan="2" ...>ARRESTS OF KALOUDIS AND AMBATIELOS</td></tr>
//     <td><div class="s_key"><a class="i" title="Date">Date:</a></div>
//         <div class="s_val" title=" 1974 May 17, 16:00 (Friday)">1974 May 17, 16:00 (Friday)</div></td>
//     ... Canonical ID, Original Classification, TAGS, From, To ...
//   </table>
//   <div class="pane-header">Raw content</div><div class="pane-content">
//     <div class="text-content"> LIMITED OFFICIAL USE  PAGE 01 ATHENS 02959 ... NNN </div>
//   <table class="references"> <th>References to this document in other cables</th>
//                              <th>References in this document to other cables</th> ...
//
// The raw content is the whole telegram, routing header included, so the
// chunk's header stays in its text (header_separate = false) and the header
// parser finds where the text starts. `PAGE 02 ATHENS 02959 171944Z` lines
// are kept: the text cleanup removes them.
//
// Like the Cablegate reader this is a scanner, not a DOM (see
// reader_wikileaks_html.cc for the measured reason). Oddities it allows for:
// the s_key of "Handling Restrictions" has unbalanced quotes
// (`title="Handling Restrictions", ">`), so tags end at the first `>`; the
// s_val title attributes hold escaped HTML, so values are read from the
// element's content, not its title; and the references table has two
// columns whose order we do not trust: the one named "References in this
// document" is ours (1973STATE097844_b lists cables that cite *it*).
#include <algorithm>
#include <string>
#include <string_view>

#include "parse/html_text.h"
#include "parse/page_dates.h"
#include "parse/single_page_reader.h"
#include "parse/readers.h"

namespace cablescope::parse {
namespace {

constexpr std::string_view kKeyOpen = "<div class=\"s_key\">";
constexpr std::string_view kValOpen = "<div class=\"s_val\"";

// The page's placeholder for an empty field.
constexpr std::string_view kBlank = "-- N/A or Blank --";

// The text of each link in `html`, without the text of elements nested in
// the link: PlusD writes `<a ...>GR<span> - Greece; Crete</span></a>`, and
// the TAG is `GR`. Joined with " | ", the page's own separator.
std::string LinkTexts(std::string_view html) {
  std::string out;
  size_t pos = 0;
  while (true) {
    size_t a = FindTag(html, "a", pos);
    if (a == std::string_view::npos) break;
    size_t open_end = TagEnd(html, a);
    if (open_end == std::string_view::npos) break;
    size_t close = FindIn(html, "</a>", open_end);
    size_t text_end = close == std::string_view::npos ? html.size() : close;
    std::string_view inner = html.substr(open_end, text_end - open_end);
    size_t nested = inner.find('<');
    std::string text = HtmlText(inner.substr(0, nested), HtmlWhitespace::kCollapse);
    if (text.empty()) text = HtmlText(inner, HtmlWhitespace::kCollapse);
    if (!text.empty()) {
      if (!out.empty()) out += " | ";
      out += text;
    }
    if (close == std::string_view::npos) break;
    pos = close + 4;
  }
  return out;
}

// "Office Action" -> "office_action".
std::string FieldKey(std::string_view name) {
  std::string key;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') key.push_back(static_cast<char>(c + 32));
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) key.push_back(c);
    else if (!key.empty() && key.back() != '_') key.push_back('_');
  }
  while (!key.empty() && key.back() == '_') key.pop_back();
  return key;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Reads every s_key / s_val pair of the synopsis table onto the chunk.
void ReadSynopsis(std::string_view page, CableChunk* chunk) {
  size_t pos = 0;
  while (true) {
    size_t key = FindIn(page, kKeyOpen, pos);
    if (key == std::string_view::npos) break;
    size_t key_begin = key + kKeyOpen.size();
    size_t key_end = FindIn(page, "</div>", key_begin);
    if (key_end == std::string_view::npos) break;
    std::string name = HtmlText(page.substr(key_begin, key_end - key_begin),
                                HtmlWhitespace::kCollapse);
    while (!name.empty() && (name.back() == ':' || name.back() == ' ')) name.pop_back();
    pos = key_end;
    // The value must come before the next key, or the pair is damaged.
    size_t val = FindIn(page, kValOpen, key_end);
    size_t next_key = FindIn(page, kKeyOpen, key_end);
    if (val == std::string_view::npos || (next_key != std::string_view::npos && val > next_key)) {
      continue;
    }
    size_t val_begin = TagEnd(page, val);
    if (val_begin == std::string_view::npos) break;
    size_t val_end = FindIn(page, "</div>", val_begin);
    if (val_end == std::string_view::npos) val_end = page.size();
    std::string_view html = page.substr(val_begin, val_end - val_begin);
    pos = val_end;

    std::string value = FindIn(html, "<a ") != std::string_view::npos
                            ? LinkTexts(html)
                            : HtmlText(html, HtmlWhitespace::kCollapse);
    if (value.empty() || value == kBlank) continue;
    if (name == "Canonical ID") {
      chunk->meta_id = value;
    } else if (name == "Date") {
      chunk->meta_created = IsoFromWordDate(value);
      if (chunk->meta_created.empty()) chunk->source_fields.push_back({"date", value, false});
    } else if (name == "Original Classification") {
      chunk->meta_classification = value;
    } else {
      if (name == "From") chunk->meta_origin = value;
      std::string field = FieldKey(name);
      if (field.empty()) continue;
      bool numeric = field == "character_count" && AllDigits(value) && value.size() < 16;
      chunk->source_fields.push_back({field, value, numeric});
    }
  }
}

// The headline: the synopsis table's first `<td colspan="2">`.
void ReadSubject(std::string_view page, CableChunk* chunk) {
  size_t table = FindIn(page, "<table id=\"synopsis\"");
  if (table == std::string_view::npos) return;
  size_t td = FindIn(page, "<td colspan=\"2\"", table);
  size_t first_key = FindIn(page, kKeyOpen, table);
  if (td == std::string_view::npos || (first_key != std::string_view::npos && td > first_key)) {
    return;
  }
  size_t begin = TagEnd(page, td);
  if (begin == std::string_view::npos) return;
  size_t end = FindIn(page, "</td>", begin);
  if (end == std::string_view::npos) return;
  std::string subject = HtmlText(page.substr(begin, end - begin), HtmlWhitespace::kCollapse);
  if (!subject.empty()) chunk->source_fields.insert(chunk->source_fields.begin(),
                                                    SourceField{"subject", subject, false});
}

// The ids in the references table's "References in this document" column.
void ReadReferences(std::string_view page, CableChunk* chunk) {
  size_t table = FindIn(page, "<table class=\"references\"");
  if (table == std::string_view::npos) return;
  size_t table_end = FindIn(page, "</table>", table);
  if (table_end == std::string_view::npos) table_end = page.size();
  std::string_view t = page.substr(table, table_end - table);
  // Which column is ours, by the header names.
  int column = -1;
  int index = 0;
  for (size_t th = FindTag(t, "th"); th != std::string_view::npos; th = FindTag(t, "th", th + 3)) {
    size_t begin = TagEnd(t, th);
    size_t end = begin == std::string_view::npos ? begin : FindIn(t, "</th>", begin);
    if (end == std::string_view::npos) break;
    std::string name = HtmlText(t.substr(begin, end - begin), HtmlWhitespace::kCollapse);
    if (name.starts_with("References in this document")) column = index;
    ++index;
  }
  if (column < 0) return;
  index = 0;
  for (size_t td = FindTag(t, "td"); td != std::string_view::npos; td = FindTag(t, "td", td + 3)) {
    size_t begin = TagEnd(t, td);
    if (begin == std::string_view::npos) break;
    if (index++ != column) continue;
    size_t end = FindIn(t, "</td>", begin);
    std::string_view cell = t.substr(begin, (end == std::string_view::npos ? t.size() : end) - begin);
    std::string ids = LinkTexts(cell);
    size_t p = 0;
    while (p < ids.size()) {
      size_t bar = ids.find(" | ", p);
      std::string id = ids.substr(p, bar == std::string::npos ? std::string::npos : bar - p);
      if (!id.empty()) chunk->meta_references.push_back(id);
      if (bar == std::string::npos) break;
      p = bar + 3;
    }
    break;
  }
}

// Removes the archive's own lines from the end of a raw text: PlusD appends
// `*** Current Handling Restrictions ***   n/a` and `***  Current
// Classification ***   LIMITED OFFICIAL USE` to some telegrams
// (1973STATE097844_b); they are the archive's metadata, not the cable's.
void DropArchiveTrailer(std::string* text) {
  while (true) {
    size_t nl = text->rfind('\n');
    size_t begin = nl == std::string::npos ? 0 : nl + 1;
    std::string_view last = std::string_view(*text).substr(begin);
    size_t lead = last.find_first_not_of(' ');
    if (lead == std::string_view::npos || last.compare(lead, 3, "***") != 0 ||
        FindIn(last, "***", lead + 3) == std::string_view::npos) {
      return;
    }
    text->resize(begin);
    TrimBlankLines(text);
  }
}

// The telegram from the "Raw content" tab; false when the page has none.
bool ReadRawContent(std::string_view page, CableChunk* chunk) {
  size_t tab = FindIn(page, "<div class=\"pane-header\">Raw content</div>");
  if (tab == std::string_view::npos) return false;
  size_t div = FindIn(page, "<div class=\"text-content\">", tab);
  if (div == std::string_view::npos) return false;
  size_t begin = TagEnd(page, div);
  if (begin == std::string_view::npos) return false;
  // The raw text holds no markup, so its </div> is the tab's end; a page
  // cut short ends the text where it ends.
  size_t end = FindIn(page, "</div>", begin);
  if (end == std::string_view::npos) end = page.size();
  chunk->offset = begin;
  AppendHtmlText(page.substr(begin, end - begin), HtmlWhitespace::kPreserve, &chunk->text);
  TrimBlankLines(&chunk->text);
  DropArchiveTrailer(&chunk->text);
  return true;
}

class PlusdHtmlReader : public SinglePageReader {
 public:
  PlusdHtmlReader(std::unique_ptr<InputStream> stream, std::string path, DiagnosticSink sink)
      : SinglePageReader(std::move(stream), std::move(path), Format::kPlusdHtml,
                         std::move(sink)) {}

 private:
  bool ParsePage(std::string_view page, CableChunk* chunk, std::string* error) override {
    chunk->header_separate = false;
    ReadSynopsis(page, chunk);
    ReadSubject(page, chunk);
    ReadReferences(page, chunk);
    bool has_text = ReadRawContent(page, chunk);
    chunk->line = 1 + CountLineFeeds(page.substr(0, std::min<size_t>(chunk->offset, page.size())));
    if (!has_text && chunk->meta_id.empty()) {
      chunk->line = 0;
      *error = "no cable on this page (no synopsis, no \"Raw content\" tab)";
      return false;
    }
    return true;
  }
};

}  // namespace

std::unique_ptr<CableReader> NewPlusdHtmlReader(std::unique_ptr<InputStream> stream,
                                                const std::string& path, DiagnosticSink sink) {
  return std::make_unique<PlusdHtmlReader>(std::move(stream), path, std::move(sink));
}

}  // namespace cablescope::parse
