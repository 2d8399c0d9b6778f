#include "parse/header_flattened.h"

#include <array>

#include "parse/dtg.h"
#include "parse/header_tokens.h"

namespace cablescope::parse::header {

namespace {

constexpr size_t kNpos = std::string_view::npos;

bool StartsWithAt(std::string_view s, size_t i, std::string_view word) {
  return s.size() >= i + word.size() && s.substr(i, word.size()) == word;
}

// Words that begin an addressee; when glued to the previous word
// (`AMEMBASSY BOGOTAAMEMBASSY CARACAS`) they mark a lost line break.
constexpr std::array<std::string_view, 5> kAddresseeWords = {"AMEMBASSY", "AMCONSUL", "USMISSION",
                                                             "SECSTATE", "SECDEF"};

bool IsAddresseeWord(std::string_view tok) {
  for (std::string_view w : kAddresseeWords) {
    if (tok == w) return true;
  }
  return false;
}

bool StartsWithAddresseeWord(std::string_view s, size_t i) {
  for (std::string_view w : kAddresseeWords) {
    if (StartsWithAt(s, i, w)) return true;
  }
  return false;
}

// At `i`: `DE <route> #`, the DE line, possibly glued to the relay before it.
bool IsDeLineAt(std::string_view s, size_t i) {
  if (!StartsWithAt(s, i, "DE ")) return false;
  size_t p = i + 3;
  while (p < s.size() && s[p] == ' ') ++p;
  size_t letters = 0;
  while (p + letters < s.size() && IsUpper(s[p + letters]) && letters < 8) ++letters;
  if (letters < 4 || letters > 7) return false;
  p += letters;
  size_t spaces = 0;
  while (p < s.size() && s[p] == ' ') ++p, ++spaces;
  return spaces > 0 && p < s.size() && s[p] == '#';
}

// End of the DE line that starts at `i`: past `#serial[/section] filed`.
size_t DeLineEnd(std::string_view s, size_t i) {
  size_t p = s.find('#', i);
  ++p;
  while (p < s.size() && IsDigit(s[p])) ++p;
  if (p < s.size() && s[p] == '/') {
    ++p;
    while (p < s.size() && IsDigit(s[p])) ++p;
  }
  size_t q = p;
  while (q < s.size() && s[q] == ' ') ++q;
  size_t digits = 0;
  while (q + digits < s.size() && IsDigit(s[q + digits]) && digits < 7) ++digits;
  return digits > 0 ? q + digits : p;
}

enum class PieceKind { kOther, kSerial, kPrecedence, kCollective, kAddressEnd };

PieceKind Classify(std::string_view piece, std::string_view prev_piece) {
  if (piece.size() >= 3 && IsDigit(piece[0])) {
    size_t dash = piece.find('-');
    std::string_view head = piece.substr(0, dash);
    if (IsAllDigits(head) && (dash == kNpos || IsAllDigits(piece.substr(dash + 1)))) {
      return PieceKind::kSerial;
    }
  }
  if (IsPrecedenceWord(piece)) return PieceKind::kPrecedence;
  if (piece == "COLLECTIVE") return PieceKind::kCollective;
  // The last word of the commonest addresses: `NSC WASHDC`, `JOINT STAFF
  // WASHINGTON DC`, `USCENTCOM MACDILL AFB FL`.
  if (piece == "WASHDC" ||
      (piece.size() == 2 && (prev_piece == "WASHINGTON" || prev_piece == "AFB"))) {
    return PieceKind::kAddressEnd;
  }
  return PieceKind::kOther;
}

}  // namespace

bool LooksFlattened(std::string_view line) {
  size_t v = line.find("VZCZC");
  if (v != kNpos && line.find('#', v) != kNpos) return true;
  // A clean line has FM only at its start; look for a DTG only when FM
  // occurs later in the line.
  if (line.size() < 20 || line.find("FM", 1) == kNpos) return false;
  DateTimeGroup dtg;
  if (!FindDtg(line, &dtg)) return false;
  size_t p = dtg.end;
  while (p < line.size() && line[p] == ' ') ++p;
  return StartsWithAt(line, p, "FM");
}

bool FlattenedHeaderSplitter::Emit(size_t end, std::string_view* line) {
  *line = s_.substr(pos_, end - pos_);
  pos_ = end;
  return true;
}

bool FlattenedHeaderSplitter::Next(std::string_view* line) {
  while (pos_ < s_.size() && IsSpace(s_[pos_])) ++pos_;
  if (pos_ >= s_.size()) phase_ = Phase::kDone;
  switch (phase_) {
    case Phase::kPrologue:
      return NextPrologue(line);
    case Phase::kAfterDtg:
      return NextAfterDtg(line);
    case Phase::kFrom:
      return NextFrom(line);
    case Phase::kAddress:
      return NextAddress(line);
    case Phase::kDone:
      break;
  }
  return false;
}

bool FlattenedHeaderSplitter::NextPrologue(std::string_view* line) {
  const size_t n = s_.size();
  for (size_t i = pos_; i < n; ++i) {
    char c = s_[i];
    if (c == 'V' && StartsWithAt(s_, i, "VZCZC")) {
      if (i > pos_) return Emit(i, line);
      size_t e = i + 5;
      while (e < n && IsUpper(s_[e])) ++e;
      while (e < n && IsDigit(s_[e])) ++e;
      return Emit(e, line);
    }
    if (c == 'D' && IsDeLineAt(s_, i)) {
      if (i > pos_) return Emit(i, line);
      return Emit(DeLineEnd(s_, i), line);
    }
    if (c == 'Z' && (StartsWithAt(s_, i, "ZNY ") || StartsWithAt(s_, i, "ZNR "))) {
      if (i > pos_) return Emit(i, line);
      size_t window_end = i + 24 < n ? i + 24 : n;
      size_t zzh = s_.substr(0, window_end).find("ZZH", i);
      if (zzh != kNpos) return Emit(zzh + 3, line);
      size_t e = i + 4;
      while (e < n && s_[e] == ' ') ++e;
      while (e < n && IsUpper(s_[e])) ++e;
      return Emit(e, line);
    }
    if (IsDigit(c) && (i == 0 || !IsDigit(s_[i - 1]))) {
      DateTimeGroup dtg;
      if (ParseDtgAt(s_, i, &dtg)) {
        phase_ = Phase::kAfterDtg;
        return Emit(dtg.end, line);
      }
    }
    if (c == 'F' && StartsWithAt(s_, i, "FM ") && (i == pos_ || s_[i - 1] == ' ')) {
      phase_ = Phase::kFrom;
      if (i > pos_) return Emit(i, line);
      return NextFrom(line);
    }
  }
  phase_ = Phase::kDone;
  return Emit(n, line);
}

bool FlattenedHeaderSplitter::NextAfterDtg(std::string_view* line) {
  // `R 181313Z JUN 09 ZDK MANY SVCS`: service remarks may sit between the
  // DTG and FM; they become a line of their own.
  phase_ = Phase::kFrom;
  if (StartsWithAt(s_, pos_, "FM")) return NextFrom(line);
  size_t fm = s_.find("FM ", pos_);
  if (fm == kNpos) {
    phase_ = Phase::kAddress;
    return NextAddress(line);
  }
  return Emit(fm, line);
}

bool FlattenedHeaderSplitter::NextFrom(std::string_view* line) {
  // The FM line ends at the TO keyword. Newlines lost, it is glued to the
  // originator's last word (`AMEMBASSY ISLAMABADTO`); kept as a space, it
  // stands alone. Look a few words ahead for a stand-alone TO before
  // settling for a glued one, and stop at the first routing indicator.
  const size_t n = s_.size();
  size_t i = pos_ + 2;
  size_t glued = kNpos;
  int words_after_glued = 0;
  for (int words = 0; words < 16 && i < n && words_after_glued < 2; ++words) {
    while (i < n && IsSpace(s_[i])) ++i;
    size_t e = i;
    while (e < n && !IsSpace(s_[e])) ++e;
    if (e == i) break;
    std::string_view tok = s_.substr(i, e - i);
    if (tok == "TO") {
      glued = i;
      break;
    }
    if (tok.find('/') != kNpos) {
      if (glued == kNpos) glued = i;
      break;
    }
    if (glued != kNpos) {
      ++words_after_glued;
    } else if (tok.size() > 2 && tok.substr(tok.size() - 2) == "TO") {
      glued = e - 2;
      words_after_glued = 1;
    }
    i = e;
  }
  phase_ = Phase::kAddress;
  if (glued == kNpos) glued = n;
  return Emit(glued, line);
}

size_t FlattenedHeaderSplitter::GluedSplit(std::string_view tok, std::string_view prev_piece,
                                           bool followed_by_space) const {
  const size_t len = tok.size();
  const size_t precedence = PrecedenceWordPrefix(tok);
  const bool collective = tok.substr(0, 10) == "COLLECTIVE";
  // A token that starts with its own route (`RHRMAKS/COMUSNAVCENT`) is not
  // searched for a glued one inside that route.
  const size_t lead_route = RoutePrefixLength(tok);
  bool all_digits = IsDigit(tok[0]);
  size_t run_start = IsUpper(tok[0]) ? 0 : kNpos;  // start of the current letter run
  for (size_t q = 1; q < len; ++q) {
    const char c = tok[q];
    if (IsUpper(c)) {
      if (run_start == kNpos) run_start = q;
    } else {
      run_start = kNpos;
    }
    // `0369INFO`, `9470RUEHAK/...`, `1439AMEMBASSY`: a serial then a word.
    if (all_digits && q >= 3 && IsUpper(c)) return q;
    if (!IsDigit(c)) all_digits = false;
    // `PRIORITYRUEHBUL/...`, `IMMEDIATEAMEMBASSY ...`
    if (q == precedence && IsUpper(c)) return q;
    // `COLLECTIVECIS COLLECTIVE`
    if (collective && q == 10 && IsUpper(c)) return q;
    // Address endings glued to the next name, in the route-less JSON
    // headers: `WASHDCDIA WASHDC`, `WASHINGTON DCJOINT STAFF`, `AFB FLNSC`.
    if (q == 6 && IsUpper(c) && tok.substr(0, 6) == "WASHDC") return q;
    if (q == 2 && IsUpper(c) && IsUpper(tok[0]) && IsUpper(tok[1]) &&
        (prev_piece == "WASHINGTON" || prev_piece == "AFB")) {
      return q;
    }
    // A routing indicator glued to the word before it.
    if (c == 'R' && q > lead_route && q + 1 < len && tok[q + 1] != 'R') {
      size_t letters = 0;
      while (q + letters < len && IsUpper(tok[q + letters]) && letters < 8) ++letters;
      // One slash, then the name: `RUEHMO/AMEMBASSY`; `EURNATO//` ends an office path.
      bool slash_after = q + letters < len && tok[q + letters] == '/' &&
                         (q + letters + 1 == len || tok[q + letters + 1] != '/');
      // Not inside an office path such as `ECJ4/RSO/` (one slash before the
      // run); `//RHMFISS/` after a name's `//...//` suffix is fine.
      // Glued inside a word (`COMUSNAVCENTRHMFISS/`) it is always a route.
      bool in_path = q == run_start && q > 0 && tok[q - 1] == '/' && !(q >= 2 && tok[q - 2] == '/');
      if (letters >= 5 && letters <= 7 && slash_after && !in_path) return q;
    }
    // `BOGOTAAMEMBASSY CARACAS`
    if ((IsUpper(tok[q - 1]) || IsDigit(tok[q - 1])) && StartsWithAddresseeWord(tok, q)) return q;
    // `WASHDCINFO RUEHTA/...`
    if (followed_by_space && !info_seen_ && q + 4 == len && tok.substr(q) == "INFO") return q;
    if (followed_by_space && q + 3 == len && tok.substr(q) == "XMT") return q;
  }
  return kNpos;
}

size_t FlattenedHeaderSplitter::PageLineEnd(size_t after_page) const {
  // `PAGE 02` then up to six words, the last a time `161435Z`.
  const size_t n = s_.size();
  size_t i = after_page;
  for (int words = 0; words < 7 && i < n; ++words) {
    while (i < n && IsSpace(s_[i])) ++i;
    size_t e = i;
    while (e < n && !IsSpace(s_[e])) ++e;
    std::string_view tok = s_.substr(i, e - i);
    if (words == 0 && !IsAllDigits(tok)) return kNpos;
    if (words > 0 && tok.size() == 7 && tok[6] == 'Z' && IsAllDigits(tok.substr(0, 6))) return e;
    i = e;
  }
  return kNpos;
}

bool FlattenedHeaderSplitter::NextAddress(std::string_view* line) {
  const size_t n = s_.size();
  bool content = false;  // the line holds more than its keyword
  PieceKind prev = PieceKind::kOther;
  std::string_view prev_piece;
  size_t i = pos_;
  while (i < n) {
    while (i < n && IsSpace(s_[i])) ++i;
    if (i >= n) break;
    size_t te = i;
    while (te < n && !IsSpace(s_[te])) ++te;
    if (s_.substr(i, te - i) == "PAGE") {
      // A page break of a long State print (`INFO PAGE 02  STATE  037566
      // 161435Z DIA WASHINGTON DC ...`) becomes a line of its own.
      size_t end = PageLineEnd(te);
      if (end != kNpos) {
        if (i > pos_) return Emit(i, line);
        return Emit(end, line);
      }
    }
    size_t k = i;
    while (k < te) {
      std::string_view tok = s_.substr(k, te - k);
      if (!content) {
        if (tok == "TO" || tok == "INFO" || tok == "XMT") {
          if (tok == "INFO") info_seen_ = true;
          k = te;
          continue;
        }
        content = true;
      } else {
        bool brk = (tok == "INFO" && !info_seen_) || tok == "XMT" ||
                   RoutePrefixLength(tok) > 0 || IsAddresseeWord(tok) ||
                   prev == PieceKind::kSerial ||
                   (prev == PieceKind::kPrecedence && !IsDigit(tok[0])) ||
                   ((prev == PieceKind::kCollective || prev == PieceKind::kAddressEnd) &&
                    IsUpper(tok[0]) && PrecedenceWordPrefix(tok) == 0);
        if (brk) return Emit(k, line);
      }
      size_t j = GluedSplit(tok, prev_piece, te < n);
      std::string_view piece = j == kNpos ? tok : tok.substr(0, j);
      prev = Classify(piece, prev_piece);
      prev_piece = piece;
      k += piece.size();
    }
    i = te;
  }
  phase_ = Phase::kDone;
  return Emit(n, line);
}

}  // namespace cablescope::parse::header
