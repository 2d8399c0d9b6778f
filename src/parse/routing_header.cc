#include "parse/routing_header.h"

#include <string>
#include <vector>

#include "parse/dtg.h"
#include "parse/header_flattened.h"
#include "parse/header_recipient.h"
#include "parse/header_tokens.h"

namespace cablescope::parse {

namespace {

using namespace header;  // NOLINT(google-build-using-namespace): this file's vocabulary

// Reads a header one line at a time. Lines are classified by their first
// word (VZCZC, DE, ZNY/ZNR, a DTG, FM, TO, INFO, XMT); other lines continue
// the current section (relay indicators, TO or INFO addressees, XMT posts).
class HeaderDecoder {
 public:
  explicit HeaderDecoder(Record* record) : r_(record) {}

  HeaderDecoder(const HeaderDecoder&) = delete;
  HeaderDecoder& operator=(const HeaderDecoder&) = delete;

  void Line(std::string_view raw);
  void Finish();

 private:
  enum class Section { kStart, kRelay, kPreamble, kAfterFrom, kTo, kInfo, kXmt, kOffice };

  // Something of a real header was seen (DTG, FM or DE line), so TO/INFO
  // are addressee keywords and not the `INFO LOG-00 ...` office list or
  // e-mail style `To:` lines that precede a header in some pages.
  bool Started() const { return r_->from.has_value() || r_->dtg.has_value() || r_->station; }

  bool DtgLine(std::string_view line);
  void StationLine(std::string_view line);
  void SecurityLine(std::string_view rest);
  void RelayLine(std::string_view line);
  void AddRecipient(std::string_view text, std::vector<Recipient>* list);
  void AddExcluded(std::string_view text);

  Record* r_;
  Section section_ = Section::kStart;
  char dtg_prosign_ = 0;    // first precedence letter of the DTG line
  char relay_prosign_ = 0;  // first letter of the relay line's `OO`
  bool set_precedence_ = false;
  Recipient scratch_;
  // Where XMT lines go: the collective they follow (see AddExcluded).
  std::vector<Recipient>* xmt_list_ = nullptr;
  size_t xmt_index_ = 0;
};

void HeaderDecoder::Line(std::string_view raw) {
  std::string_view line = Trim(raw);
  if (line.empty()) return;
  std::string_view first = FirstToken(line);
  std::string_view rest = AfterFirstToken(line);
  // `INFO/RUEHSA/AMEMBASSY PRETORIA 1186` (a 1990 cables.csv header).
  if (first.substr(0, 5) == "INFO/" || first.substr(0, 3) == "TO/") {
    size_t slash = line.find('/');
    first = line.substr(0, slash);
    rest = line.substr(slash + 1);
  }

  if (line.substr(0, 5) == "VZCZC") {
    if (!r_->transmission_id) {
      size_t e = 5;
      while (e < line.size() && (IsUpper(line[e]) || IsDigit(line[e]))) ++e;
      r_->transmission_id = std::string(line.substr(0, e));
    }
    section_ = Section::kRelay;
    return;
  }
  if (first == "DE" && rest.find('#') != std::string_view::npos) {
    StationLine(rest);
    section_ = Section::kPreamble;
    return;
  }
  if (first == "ZNY" || first == "ZNR") {
    SecurityLine(rest);
    section_ = Section::kPreamble;
    return;
  }
  if (!r_->dtg && DtgLine(line)) {
    if (section_ == Section::kStart || section_ == Section::kRelay ||
        section_ == Section::kOffice) {
      section_ = Section::kPreamble;
    }
    return;
  }
  if (first == "FM") {
    if (!r_->from && !rest.empty()) {
      std::string from;
      AppendNormalized(rest, &from);
      r_->from = std::move(from);
    }
    section_ = Section::kAfterFrom;
    return;
  }
  if (first == "TO" && Started()) {
    section_ = Section::kTo;
    if (!IsHeaderNoise(rest)) AddRecipient(rest, &r_->to);
    return;
  }
  if (first == "INFO" || first == "ACTION" || first == "ORIGIN") {
    // `INFO  LOG-00   EEB-00 ...`: distribution offices, not addressees.
    if (first != "INFO" || IsOfficeCode(FirstToken(rest)) || !Started()) {
      section_ = Section::kOffice;
      return;
    }
    section_ = Section::kInfo;
    if (!IsHeaderNoise(rest)) AddRecipient(rest, &r_->info);
    return;
  }
  if (first == "XMT" && Started()) {
    section_ = Section::kXmt;
    AddExcluded(rest);
    return;
  }
  if (IsHeaderNoise(line)) return;
  switch (section_) {
    case Section::kRelay:
      RelayLine(line);
      break;
    case Section::kAfterFrom:
      // 03STATE34981 (cables.csv) lost its TO keyword: the line after FM
      // is still the action addressee.
      section_ = Section::kTo;
      AddRecipient(line, &r_->to);
      break;
    case Section::kTo:
      AddRecipient(line, &r_->to);
      break;
    case Section::kInfo:
      AddRecipient(line, &r_->info);
      break;
    case Section::kXmt:
      AddExcluded(line);
      break;
    default:
      break;
  }
}

bool HeaderDecoder::DtgLine(std::string_view line) {
  DateTimeGroup dtg;
  if (!FindDtg(line, &dtg)) return false;
  r_->dtg = FormatDtgIso(dtg);
  if (r_->raw.year == 0) r_->raw.year = dtg.year;
  // The prosigns right before the DTG: `O 130023Z`, `P R 281848Z` (action
  // then info precedence: the first is the message's), `0 241208Z` (OCR).
  // Walk back over them; the leftmost one counts.
  size_t p = dtg.begin;
  char letter = 0;
  while (p > 0) {
    size_t e = p;
    while (e > 0 && IsSpace(line[e - 1])) --e;
    size_t b = e;
    while (b > 0 && !IsSpace(line[b - 1])) --b;
    if (b == e || e == p || !IsPrecedenceProsign(line.substr(b, e - b))) break;
    letter = line[b];
    p = b;
  }
  if (letter != 0 && dtg_prosign_ == 0) dtg_prosign_ = letter;
  return true;
}

void HeaderDecoder::StationLine(std::string_view rest) {
  // `DE RUCNDT #0589 1640023`; PDF copies write `DE RUEHNE #5135/01 2020722`,
  // where /01 numbers the section of a multi-section cable. The serial is
  // kept as written without the section, so all sections share it.
  if (r_->station) return;
  std::string_view route = FirstToken(rest);
  if (route.empty() || route[0] == '#') return;
  Station station;
  station.route = std::string(route);
  std::string_view after = AfterFirstToken(rest);
  std::string_view serial = FirstToken(after);
  if (!serial.empty() && serial[0] == '#') {
    serial.remove_prefix(1);
    serial = serial.substr(0, serial.find('/'));
    station.serial = std::string(serial);
    std::string_view filed = FirstToken(AfterFirstToken(after));
    if (IsAllDigits(filed)) station.filed = std::string(filed);
  }
  r_->station = std::move(station);
}

void HeaderDecoder::SecurityLine(std::string_view rest) {
  // `ZNY CCCCC ZZH`: the repeated letter gives the level.
  if (r_->classification) return;
  std::string_view group = FirstToken(rest);
  if (group.size() < 3) return;
  for (char c : group) {
    if (c != group[0]) return;
  }
  switch (group[0]) {
    case 'C':
      r_->classification = "CONFIDENTIAL";
      break;
    case 'S':
      r_->classification = "SECRET";
      break;
    case 'U':
      r_->classification = "UNCLASSIFIED";
      break;
    case 'T':
      r_->classification = "TOP SECRET";
      break;
    default:
      break;
  }
}

void HeaderDecoder::RelayLine(std::string_view line) {
  // `OO RUEHBC RUEHDE RUEHDIR`, possibly wrapped onto more lines. The JSON
  // export glues wrapped lines (`RUEHCNRUEHDBU`): such a run is cut into
  // indicators that each start with RU or RH.
  while (!line.empty()) {
    std::string_view tok = FirstToken(line);
    line = AfterFirstToken(line);
    if (tok.empty()) break;
    if (r_->relay.empty() && relay_prosign_ == 0 && IsPrecedenceProsign(tok)) {
      relay_prosign_ = tok[0];
      continue;
    }
    if (IsRoutingIndicator(tok)) {
      r_->relay.emplace_back(tok);
      continue;
    }
    if (tok.size() > 64 || tok[0] != 'R') continue;
    size_t p = 0;
    while (p < tok.size()) {
      size_t take = 0;
      for (size_t len = 5; len <= 7 && p + len <= tok.size(); ++len) {
        size_t e = p + len;
        if (e == tok.size() ||
            (e + 1 < tok.size() && tok[e] == 'R' && (tok[e + 1] == 'U' || tok[e + 1] == 'H'))) {
          take = len;
          break;
        }
      }
      if (take == 0 || !IsRoutingIndicator(tok.substr(p, take))) break;
      r_->relay.emplace_back(tok.substr(p, take));
      p += take;
    }
  }
}

void HeaderDecoder::AddRecipient(std::string_view text, std::vector<Recipient>* list) {
  if (text.empty() || !ParseRecipient(text, &scratch_)) return;
  list->push_back(std::move(scratch_));
  xmt_list_ = nullptr;
}

void HeaderDecoder::AddExcluded(std::string_view text) {
  // `XMT AMCONSUL JOHANNESBURG` removes a post from the collective it
  // follows, which need not be the last addressee (08STATE116943: the
  // collective is the TO line, an INFO addressee comes between). Take the
  // latest COLLECTIVE, else the latest addressee.
  text = Trim(text);
  if (text.empty()) return;
  if (xmt_list_ == nullptr) {
    auto find_collective = [this](std::vector<Recipient>* list) {
      for (size_t i = list->size(); i > 0; --i) {
        if ((*list)[i - 1].name.find("COLLECTIVE") != std::string::npos) {
          xmt_list_ = list;
          xmt_index_ = i - 1;
          return true;
        }
      }
      return false;
    };
    if (!find_collective(&r_->info) && !find_collective(&r_->to)) {
      if (!r_->info.empty()) {
        xmt_list_ = &r_->info;
      } else if (!r_->to.empty()) {
        xmt_list_ = &r_->to;
      } else {
        return;
      }
      xmt_index_ = xmt_list_->size() - 1;
    }
  }
  std::string post;
  AppendNormalized(text, &post);
  std::vector<std::string>& excluded = (*xmt_list_)[xmt_index_].excluded;
  // 08STATE116943 repeats the excluded post on the next line. (Only the
  // last entry is compared, so a long XMT list stays linear.)
  if (!excluded.empty() && excluded.back() == post) return;
  excluded.push_back(std::move(post));
}

void HeaderDecoder::Finish() {
  if (!r_->precedence) {
    char letter = dtg_prosign_ != 0 ? dtg_prosign_ : relay_prosign_;
    std::string_view precedence = PrecedenceFromLetter(letter);
    if (!precedence.empty()) {
      r_->precedence = std::string(precedence);
      set_precedence_ = true;
    }
  }
  // The DTG line has no letter for NIACT: it shows on the action addressee
  // (`TO SECSTATE WASHDC NIACT IMMEDIATE 2224`).
  if (set_precedence_ && *r_->precedence == "IMMEDIATE") {
    for (const Recipient& to : r_->to) {
      if (to.precedence && *to.precedence == "NIACT IMMEDIATE") {
        r_->precedence = "NIACT IMMEDIATE";
        break;
      }
    }
  }
}

// Calls `fn(line)` for each line of `text`, without the '\n'.
template <typename Fn>
void ForEachLine(std::string_view text, Fn fn) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    fn(text.substr(pos, end - pos), pos, end == text.size() ? end : end + 1);
    pos = end + 1;
  }
}

}  // namespace

void ParseRoutingHeader(std::string_view header, Record* record) {
  HeaderDecoder decoder(record);
  ForEachLine(header, [&decoder](std::string_view line, size_t, size_t) {
    if (LooksFlattened(line)) {
      FlattenedHeaderSplitter splitter(line);
      std::string_view part;
      while (splitter.Next(&part)) decoder.Line(part);
    } else {
      decoder.Line(line);
    }
  });
  decoder.Finish();
}

namespace {

// Lines that begin the cable's text once the addressees are done, when no
// classification line comes first.
bool StartsText(std::string_view line) {
  return line.substr(0, 4) == "E.O." || line.substr(0, 3) == "EO " ||
         line.substr(0, 5) == "TAGS:" || line.substr(0, 8) == "SUBJECT:" ||
         line.substr(0, 4) == "REF:" || line == "SIPDIS";
}

// The first line of a header as it opens a raw telegram, PDF text or a
// PlusD page: the transmission id, a DTG line (`R 130458Z AUG 79`), the
// Department's print header (`PAGE 01 ...`, `ACTION EUR-25`, `ORIGIN SPM-01`)
// or the classification that precedes that print header.
bool StartsHeader(std::string_view line) {
  if (line.substr(0, 5) == "VZCZC") return true;
  std::string_view first = FirstToken(line);
  if (IsPrecedenceProsign(first)) {
    std::string_view rest = AfterFirstToken(line);
    if (IsPrecedenceProsign(FirstToken(rest))) rest = AfterFirstToken(rest);
    DateTimeGroup dtg;
    return ParseDtgAt(rest, 0, &dtg);
  }
  if (first == "PAGE" && IsAllDigits(FirstToken(AfterFirstToken(line)))) return true;
  if (first == "ACTION" || first == "ORIGIN" || first == "INFO") {
    return IsOfficeCode(FirstToken(AfterFirstToken(line)));
  }
  return false;
}

}  // namespace

size_t RoutingHeaderLength(std::string_view text) {
  // Lines with their offsets: [begin, end) without the '\n', `next` after it.
  struct Cursor {
    std::string_view text;
    size_t pos = 0;
    bool Next(std::string_view* line, size_t* begin) {
      if (pos >= text.size()) return false;
      size_t nl = text.find('\n', pos);
      size_t end = nl == std::string_view::npos ? text.size() : nl;
      *begin = pos;
      *line = Trim(text.substr(pos, end - pos));
      pos = end == text.size() ? end : end + 1;
      return true;
    }
    // The next non-blank line after the current one, without moving.
    std::string_view PeekNonBlank() const {
      Cursor copy = *this;
      std::string_view line;
      size_t begin;
      while (copy.Next(&line, &begin)) {
        if (!line.empty()) return line;
      }
      return {};
    }
  };
  Cursor cursor{text};
  std::string_view line;
  size_t begin = 0;
  while (cursor.Next(&line, &begin) && line.empty()) {
  }
  if (line.empty()) return 0;
  if (!StartsHeader(line)) {
    // PlusD and State print: `LIMITED OFFICIAL USE` (or `UNCLASSIFIED
    // PTQ8786`, then maybe SIPDIS) above `PAGE 01  ATHENS 02959  171944Z`.
    if (!IsHeaderNoise(line) || !StartsWithClassification(line)) return 0;
    Cursor look = cursor;
    std::string_view next;
    size_t ignored;
    bool page = false;
    for (int i = 0; i < 6 && look.Next(&next, &ignored);) {
      if (next.empty()) continue;
      ++i;
      if (next == "SIPDIS") continue;
      page = FirstToken(next) == "PAGE";
      break;
    }
    if (!page) return 0;
  }
  bool addresses = false;  // a TO line was seen
  bool blank = false;      // blank lines since the last header line
  while (cursor.Next(&line, &begin)) {
    if (line.empty()) {
      blank = true;
      continue;
    }
    if (line == "BT") return cursor.pos;
    if (StartsWithClassification(line)) {
      // A page break inside a long address list repeats the marking above
      // `PAGE 02 ...`; that is still the header.
      if (FirstToken(cursor.PeekNonBlank()) != "PAGE") return begin;
      blank = false;
      continue;
    }
    std::string_view first = FirstToken(line);
    if (addresses) {
      if (StartsText(line)) return begin;
      bool continues = first == "TO" || first == "INFO" || first == "XMT" || first == "PAGE" ||
                       RoutePrefixLength(line) > 0 || IsHeaderNoise(line);
      if (blank && !continues) return begin;
    }
    if (first == "TO") addresses = true;
    blank = false;
  }
  return text.size();
}

std::string DtgToIso(std::string_view dtg) {
  size_t p = 0;
  while (p < dtg.size() && IsSpace(dtg[p])) ++p;
  DateTimeGroup parsed;
  if (!ParseDtgAt(dtg, p, &parsed)) return {};
  return FormatDtgIso(parsed);
}

}  // namespace cablescope::parse
