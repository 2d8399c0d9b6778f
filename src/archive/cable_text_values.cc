#include "archive/cable_text_values.h"

#include <utility>

#include "link/tag_info.h"

namespace cablescope::archive {
namespace {

std::string_view BaseOf(std::string_view marking) {
  const size_t slash = marking.find('/');
  return slash == std::string_view::npos ? marking : marking.substr(0, slash);
}

bool Marked(const Paragraph& p) { return p.marking && !p.marking->empty(); }

// True when every marked paragraph with text says where it lies in `body`,
// in order and without overlap.
bool OffsetsUsable(const std::string& body, const std::vector<Paragraph>& paragraphs) {
  size_t previous_end = 0;
  for (const auto& p : paragraphs) {
    if (p.end == 0 && p.start == 0) {
      if (Marked(p) && !p.text.empty()) return false;
      continue;
    }
    if (p.start > p.end || p.end > body.size() || p.start < previous_end) return false;
    previous_end = p.end;
  }
  return true;
}

}  // namespace

size_t MarkingColumn(std::string_view marking) {
  const std::string_view base = BaseOf(marking);
  for (size_t i = 0; i < kMarkingBases.size(); ++i) {
    if (base == kMarkingBases[i]) return i;
  }
  return kMarkingColumns.size() - 1;
}

bool MarkingIsBase(std::string_view marking) {
  for (const char* base : kMarkingBases) {
    if (marking == base) return true;
  }
  return false;
}

CableTextValues CableTextOf(const Record& r) {
  CableTextValues v;
  std::string ids = *r.id;
  for (const auto& p : r.published_ids) ids += " " + p;
  v.ids = std::move(ids);
  v.subject = r.subject.value_or("");
  v.tags = link::TagSearchText(r.tags);

  std::array<std::string, kMarkingColumns.size()> marked;
  if (r.body && !r.body->empty() && OffsetsUsable(*r.body, r.paragraphs)) {
    // Cut each marked paragraph out of the body into its marking's column.
    const std::string_view body(*r.body);
    std::string rest;
    size_t cursor = 0;
    for (const auto& p : r.paragraphs) {
      if (!Marked(p) || p.end == 0) continue;
      rest.append(body.substr(cursor, p.start - cursor));
      rest.push_back('\n');
      std::string& column = marked[MarkingColumn(*p.marking)];
      column.append(body.substr(p.start, p.end - p.start));
      column.push_back('\n');
      cursor = p.end;
    }
    rest.append(body.substr(cursor));
    v.body = std::move(rest);
  } else {
    // The whole text under `body`, the marked paragraphs again under their
    // markings. Without a body: the summary and the paragraphs.
    std::string text;
    if (r.body && !r.body->empty()) {
      text = *r.body;
    } else {
      if (r.summary) text += *r.summary + "\n";
      for (const auto& p : r.paragraphs) text += p.text + "\n";
    }
    v.body = std::move(text);
    for (const auto& p : r.paragraphs) {
      if (!Marked(p)) continue;
      std::string& column = marked[MarkingColumn(*p.marking)];
      column.append(p.text);
      column.push_back('\n');
    }
  }
  for (size_t i = 0; i < marked.size(); ++i) {
    if (!marked[i].empty()) v.marked[i] = std::move(marked[i]);
  }
  return v;
}

}  // namespace cablescope::archive
