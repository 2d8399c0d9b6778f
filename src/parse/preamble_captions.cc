#include "parse/preamble_captions.h"

#include <algorithm>
#include <array>

#include "parse/preamble_labels.h"

namespace cablescope::parse {
namespace {

// The captions State cables carry (cable-anatomy §3). Order does not
// matter: a word only matches where it is not the head of a longer word.
constexpr std::array<std::string_view, 14> kCaptionWords = {
    "SIPDIS", "NOFORN",    "NOCONTRACT", "NODIS", "EXDIS",  "LIMDIS", "STADIS",
    "ROGER",  "SENSITIVE", "CHEROKEE",   "ORCON", "PROPIN", "FOUO",   "NOCONTRACTOR"};

bool IsCaptionSeparator(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '/' || c == ',' || c == '-' || c == ';' ||
         c == '.' || c == ':';
}

}  // namespace

size_t CaptionWordAt(std::string_view s) {
  for (std::string_view w : kCaptionWords) {
    if (!StartsWithNoCase(s, w)) continue;
    // `SENSITIVE BUT UNCLASSIFIED` is a classification, not a caption; and a
    // caption word must not be the head of a longer word (`ROGERS`), unless
    // the next word is fused to it in capitals (`SENSITIVESIPDIS`).
    std::string_view rest = s.substr(w.size());
    if (!rest.empty() && IsAsciiAlpha(rest[0]) && CaptionWordAt(rest) == 0) continue;
    if (w == "SENSITIVE" && StartsWithNoCase(TrimSpace(rest), "BUT")) continue;
    return w.size();
  }
  return 0;
}

bool ParseCaptionLine(std::string_view line, std::vector<std::string>* captions) {
  line = TrimSpace(line);
  if (line.empty() || line.size() > 120) return false;
  // First pass: every word must be a caption word.
  size_t count = 0;
  for (size_t i = 0; i < line.size();) {
    if (IsCaptionSeparator(line[i])) { ++i; continue; }
    size_t n = CaptionWordAt(line.substr(i));
    if (n == 0) return false;
    i += n;
    ++count;
  }
  if (count == 0) return false;
  for (size_t i = 0; i < line.size();) {
    if (IsCaptionSeparator(line[i])) { ++i; continue; }
    size_t n = CaptionWordAt(line.substr(i));
    std::string word;
    word.reserve(n);
    for (char c : line.substr(i, n)) word.push_back(AsciiUpper(c));
    if (std::find(captions->begin(), captions->end(), word) == captions->end())
      captions->push_back(std::move(word));
    i += n;
  }
  return true;
}

}  // namespace cablescope::parse
