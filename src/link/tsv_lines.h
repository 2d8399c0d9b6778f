// Iterating the lines of the project's TSV data tables (data/*.tsv,
// embedded into the binary at build time): comments (#) and blank lines
// skipped, CRLF tolerated, fields split on tabs. Written by hand because
// it is ten lines; no package parses "our TSV" more simply.
#ifndef CABLESCOPE_LINK_TSV_LINES_H_
#define CABLESCOPE_LINK_TSV_LINES_H_

#include <string_view>
#include <vector>

namespace cablescope::link {

// Splits `s` on `sep`; always at least one field.
inline std::vector<std::string_view> SplitFields(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  while (true) {
    const size_t at = s.find(sep);
    out.push_back(s.substr(0, at));
    if (at == std::string_view::npos) break;
    s.remove_prefix(at + 1);
  }
  return out;
}

// Calls fn(fields) for every data line of `text`.
template <class Fn>
void ForEachTsvLine(std::string_view text, Fn fn) {
  while (!text.empty()) {
    const size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    fn(SplitFields(line, '\t'));
  }
}

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_TSV_LINES_H_
