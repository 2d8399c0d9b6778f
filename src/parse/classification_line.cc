#include "parse/classification_line.h"

#include <array>

#include "parse/preamble_captions.h"
#include "parse/preamble_labels.h"

namespace cablescope::parse {
namespace {

struct Level {
  std::string_view letters;  // the level with its spaces removed
  std::string_view written;  // as the record spells it
  size_t max_junk;           // stray letters tolerated in front
};

// Longer names first: TOPSECRET before SECRET, UNCLASSIFIED before UNCLAS.
constexpr std::array<Level, 7> kLevels = {{
    {"TOPSECRET", "TOP SECRET", 0},
    {"SENSITIVEBUTUNCLASSIFIED", "SENSITIVE BUT UNCLASSIFIED", 0},
    {"LIMITEDOFFICIALUSE", "LIMITED OFFICIAL USE", 0},
    {"UNCLASSIFIED", "UNCLASSIFIED", 1},
    {"UNCLAS", "UNCLASSIFIED", 1},
    {"CONFIDENTIAL", "CONFIDENTIAL", 2},
    {"SECRET", "SECRET", 2},
}};

// The level spelled by `letters` (upper case, spaces removed), allowing the
// stray letters real pages carry before it: `SS E C R E T` (05PARIS1699),
// `CSE C R E T` (09MOSCOW1108), `CC O N F I D E N T I A L` (09SAOPAULO104),
// `UUNCLAS` (06MANAGUA1002), and the lost C of `O N F I D E N T I A L`
// (10BAGHDAD290).
const Level* MatchLevel(std::string_view letters) {
  if (letters == "ONFIDENTIAL") return &kLevels[5];
  for (const Level& level : kLevels) {
    if (letters.size() < level.letters.size()) continue;
    size_t junk = letters.size() - level.letters.size();
    if (junk <= level.max_junk && letters.substr(junk) == level.letters) return &level;
  }
  return nullptr;
}

struct Token {
  size_t begin = 0;
  size_t end = 0;  // exclusive
};

// The next space-separated token at or after `pos` (ASCII spaces and U+00A0
// separate), or an empty token at the end.
Token NextToken(std::string_view s, size_t pos) {
  while (pos < s.size()) {
    if (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\r') {
      ++pos;
    } else if (s.substr(pos, 2) == "\xC2\xA0") {
      pos += 2;
    } else {
      break;
    }
  }
  size_t end = pos;
  while (end < s.size() && s[end] != ' ' && s[end] != '\t' && s[end] != '\r' &&
         s.substr(end, 2) != "\xC2\xA0")
    ++end;
  return {pos, end};
}

size_t AlphaPrefix(std::string_view s) {
  size_t n = 0;
  while (n < s.size() && IsAsciiAlpha(s[n])) ++n;
  return n;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!IsAsciiDigit(c)) return false;
  return true;
}

}  // namespace

std::optional<ClassificationLine> ParseClassificationLine(std::string_view line) {
  // Only the line itself: in flattened text it runs until the serial.
  size_t nl = line.find('\n');
  if (nl != std::string_view::npos) line = line.substr(0, nl);

  ClassificationLine out;
  std::string letters;
  const Level* level = nullptr;
  size_t pos = 0;
  for (int tokens = 0; tokens < 30 && letters.size() <= 30; ++tokens) {
    Token t = NextToken(line, pos);
    if (t.begin == t.end) break;
    std::string_view word = line.substr(t.begin, t.end - t.begin);
    size_t alpha = AlphaPrefix(word);
    if (alpha == 0) break;
    for (size_t i = 0; i < alpha; ++i) letters.push_back(AsciiUpper(word[i]));
    level = MatchLevel(letters);
    if (level != nullptr) {
      pos = t.begin + alpha;
      break;
    }
    // A fused word that is not a level (`CONFIDENTIAL2006`) ends the search.
    if (alpha != word.size()) break;
    pos = t.end;
  }
  if (level == nullptr) return std::nullopt;
  out.classification = std::string(level->written);

  // `SECRET//NOFORN`, `UNCLASSIFIED//FOR OFFICIAL USE ONLY`: keep what the
  // slashes add, as written.
  if (line.substr(pos, 1) == "/") {
    Token t = NextToken(line, pos);
    std::string_view suffix = line.substr(t.begin, t.end - t.begin);
    size_t slashes = 0;
    while (slashes < suffix.size() && suffix[slashes] == '/') ++slashes;
    std::string_view marking = suffix.substr(slashes);
    if (!marking.empty() && AlphaPrefix(marking) == marking.size()) {
      out.classification += "//";
      for (char c : marking) out.classification.push_back(AsciiUpper(c));
      pos = t.end;
      if (EqualsNoCase(marking, "FOR")) {
        // FOR OFFICIAL USE ONLY
        for (int k = 0; k < 3; ++k) {
          Token w = NextToken(line, pos);
          if (w.begin == w.end) break;
          out.classification.push_back(' ');
          for (char c : line.substr(w.begin, w.end - w.begin)) out.classification.push_back(AsciiUpper(c));
          pos = w.end;
        }
      }
    }
  } else if (pos < line.size() && IsAsciiAlpha(line[pos])) {
    // The level ran into the next word (`UNCLASSIFIEDSIPDIS` in a flattened
    // body): only a caption may follow that way.
    if (CaptionWordAt(line.substr(pos)) == 0) return std::nullopt;
  }
  out.length = pos;

  // What follows the level: EFTO, captions, SECTION n OF m, station, serial.
  std::string station;
  int station_words = 0;
  bool lowercase_rest = false;
  int rest_words = 0;
  while (true) {
    Token t = NextToken(line, pos);
    if (t.begin == t.end) break;
    std::string_view word = line.substr(t.begin, t.end - t.begin);
    ++rest_words;
    if (IsAsciiDigit(word[0])) {
      size_t d = 0;
      while (d < word.size() && IsAsciiDigit(word[d])) ++d;
      out.serial = std::string(word.substr(0, d));
      out.length = t.begin + d;
      break;
    }
    if (station_words == 0 && (EqualsNoCase(word, "EFTO") || EqualsNoCase(word, "E"))) {
      // UNCLAS EFTO / UNCLAS E F T O: encrypted for transmission only.
      if (EqualsNoCase(word, "E")) {
        size_t p = t.end;
        bool ok = true;
        for (char expect : {'F', 'T', 'O'}) {
          Token n = NextToken(line, p);
          if (n.end - n.begin != 1 || AsciiUpper(line[n.begin]) != expect) { ok = false; break; }
          p = n.end;
        }
        if (!ok) break;
        pos = p;
      } else {
        pos = t.end;
      }
      out.length = pos;
      continue;
    }
    if (station_words == 0 && EqualsNoCase(word, "SECTION")) {
      // SECTION 01 OF 04: which part of a multi-section cable, not the station.
      Token n1 = NextToken(line, t.end);
      Token of = NextToken(line, n1.end);
      Token n2 = NextToken(line, of.end);
      if (AllDigits(line.substr(n1.begin, n1.end - n1.begin)) &&
          EqualsNoCase(line.substr(of.begin, of.end - of.begin), "OF") &&
          n2.end > n2.begin && IsAsciiDigit(line[n2.begin])) {
        size_t d = n2.begin;
        while (d < n2.end && IsAsciiDigit(line[d])) ++d;
        pos = d;
        out.length = pos;
        continue;
      }
    }
    size_t cap = CaptionWordAt(word);
    if (station_words == 0 && cap == word.size()) {
      // `S E C R E T NOFORN ...`: a caption written on the classification line.
      ParseCaptionLine(word, &out.captions);
      pos = t.end;
      out.length = pos;
      continue;
    }
    if (cap != 0 || MatchLabel(word, true).label != PreambleLabel::kNone) break;
    if (station_words >= 5) break;
    bool station_word = true;
    for (char c : word) {
      if (!IsAsciiAlpha(c) && c != '-' && c != '.' && c != '\'') { station_word = false; break; }
      if (IsAsciiLower(c)) lowercase_rest = true;
    }
    if (!station_word) break;
    if (!station.empty()) station.push_back(' ');
    for (char c : word) station.push_back(AsciiUpper(c));
    ++station_words;
    pos = t.end;
  }
  if (out.serial.empty()) {
    // No serial: accept a bare level (`S E C R E T`, `SECRET//NOFORN`) or a
    // level and a short capitalised station; a prose line that happens to
    // start with "Secret" has lower-case words after it.
    if (lowercase_rest || rest_words > 6) return std::nullopt;
    if (station_words > 0) out.length = pos;
  }
  out.station = std::move(station);
  return out;
}

}  // namespace cablescope::parse
