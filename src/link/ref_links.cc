#include "link/ref_links.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "link/cable_id.h"
#include "parse/byte_scan.h"

namespace cablescope::link {
namespace {

constexpr size_t kMaxBody = 4 << 20;        // longer bodies are scanned up to here
constexpr size_t kMaxLinks = 1024;          // a cable points at its REFs a few times
constexpr size_t kMaxStationWords = 4;      // `USUN NEW YORK` is 3, `ADDIS ABABA` 2

char Upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// True when body[pos, pos+word.size()) is `word` (upper case given),
// case-insensitively, as a whole word.
bool WordAt(std::string_view body, size_t pos, std::string_view word) {
  if (pos + word.size() > body.size()) return false;
  if (pos > 0 && (IsAlpha(body[pos - 1]) || IsDigit(body[pos - 1]))) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (Upper(body[pos + i]) != word[i]) return false;
  }
  const size_t end = pos + word.size();
  return end == body.size() || !(IsAlpha(body[end]) || IsDigit(body[end]));
}

// The first i >= pos where a pointer or an inline id may start: `R` or `r`
// (`REF A`, `reftel`) or a digit; body.size() when none. SSE2 (every
// x86-64) tests 16 bytes a step; a byte loop tested each of the ~7 KB of a
// cable in turn.
size_t NextRefStart(std::string_view body, size_t pos) {
#if defined(__SSE2__)
  const __m128i r_upper = _mm_set1_epi8('R'), r_lower = _mm_set1_epi8('r');
  while (pos + 16 <= body.size()) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(body.data() + pos));
    const __m128i hit =
        _mm_or_si128(parse::BytesIn(v, '0', '9'), _mm_or_si128(_mm_cmpeq_epi8(v, r_upper), _mm_cmpeq_epi8(v, r_lower)));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
    if (mask != 0) return pos + static_cast<size_t>(__builtin_ctz(mask));
    pos += 16;
  }
#endif
  while (pos < body.size() && body[pos] != 'R' && body[pos] != 'r' && !IsDigit(body[pos])) ++pos;
  return pos;
}

size_t SkipBlanks(std::string_view body, size_t pos) {
  while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t')) ++pos;
  return pos;
}

// The id without its two-digit year: a January cable's `STATE 198765` is
// last December's 07STATE198765 in the REF list but 08... when read alone.
std::string_view WithoutYear(std::string_view id) {
  return id.size() > 2 && IsDigit(id[0]) && IsDigit(id[1]) ? id.substr(2) : id;
}

int CitingYear(const Record& r) {
  if (r.id && r.id->size() > 2 && IsDigit((*r.id)[0]) && IsDigit((*r.id)[1])) {
    const int yy = ((*r.id)[0] - '0') * 10 + ((*r.id)[1] - '0');
    return yy >= 60 ? 1900 + yy : 2000 + yy;
  }
  if (r.raw.year > 0) return r.raw.year;
  if (r.dtg && r.dtg->size() >= 4 && IsDigit((*r.dtg)[0])) return std::atoi(r.dtg->substr(0, 4).c_str());
  return 0;
}

class Scanner {
 public:
  Scanner(const Record& r, std::string_view body) : r_(r), body_(body), year_(CitingYear(r)) {
    for (const auto& ref : r.references) {
      if (ref.id) serials_.push_back(SerialOf(*ref.id));
    }
    // The REF: list, when the body still carries it, is not a pointer to itself.
    if (!r.raw.ref_block.empty()) {
      const size_t at = body_.find(r.raw.ref_block);
      if (at != std::string_view::npos) {
        skip_begin_ = at;
        skip_end_ = at + r.raw.ref_block.size();
      }
    }
  }

  std::vector<RefLink> Run() {
    // Only at `R`, `r` and digits does anything start; the bytes between
    // are skipped (and with them, maybe, the start of the skipped range:
    // the first byte inside it then jumps to its end).
    for (size_t pos = NextRefStart(body_, 0); pos < body_.size() && out_.size() < kMaxLinks;
         pos = NextRefStart(body_, pos)) {
      if (pos >= skip_begin_ && pos < skip_end_) {
        pos = skip_end_;
        continue;
      }
      const char c = body_[pos];
      if ((c == 'R' || c == 'r') && (pos == 0 || !IsAlpha(body_[pos - 1]))) {
        const size_t next = Pointer(pos);
        if (next > pos) {
          pos = next;
          continue;
        }
      }
      if (IsDigit(c) && (pos == 0 || !(IsDigit(body_[pos - 1]) || IsAlpha(body_[pos - 1])))) {
        pos = Inline(pos);
        continue;
      }
      ++pos;
    }
    std::sort(out_.begin(), out_.end(), [](const RefLink& a, const RefLink& b) { return a.start < b.start; });
    return std::move(out_);
  }

 private:
  // The reference with `label`, or nullptr.
  const Reference* ByLabel(char label) const {
    for (const auto& ref : r_.references) {
      if (ref.label && ref.label->size() == 1 && (*ref.label)[0] == label) return &ref;
    }
    return nullptr;
  }

  // A label letter at `pos`: `A`, `(A)`; upper case, or lower case when
  // punctuation follows (`ref a.` but not `ref a cable`). Returns the letter
  // and sets *begin/*end to its span (parentheses included).
  std::optional<char> LabelAt(size_t pos, size_t* begin, size_t* end) const {
    size_t p = pos;
    const bool paren = p < body_.size() && body_[p] == '(';
    if (paren) ++p;
    if (p >= body_.size() || !IsAlpha(body_[p])) return std::nullopt;
    const char letter = body_[p];
    size_t q = p + 1;
    if (q < body_.size() && (IsAlpha(body_[q]) || IsDigit(body_[q]))) return std::nullopt;
    if (paren) {
      if (q >= body_.size() || body_[q] != ')') return std::nullopt;
      ++q;
    }
    if (letter >= 'a' && letter <= 'z') {
      const bool punct_follows = q >= body_.size() || body_[q] == '.' || body_[q] == ',' ||
                                 body_[q] == ')' || body_[q] == ';' || body_[q] == ':' || paren;
      if (!punct_follows) return std::nullopt;
    }
    const char up = Upper(letter);
    if (ByLabel(up) == nullptr) return std::nullopt;
    *begin = pos;
    *end = q;
    return up;
  }

  // `with_label`: false for REFTEL and inline citations, whose text names
  // no label (record.h: the label is null for them).
  void Emit(size_t begin, size_t end, const Reference* ref, bool with_label = true) {
    RefLink link;
    link.start = static_cast<uint32_t>(begin);
    link.end = static_cast<uint32_t>(end);
    link.text = std::string(body_.substr(begin, end - begin));
    if (ref != nullptr) {
      if (with_label) link.label = ref->label;
      link.id = ref->id;
    }
    out_.push_back(std::move(link));
  }

  // `para 3 ` / `paras 3 and 4 ` / `paragraph 3 of ` just before `pos`:
  // where the link starts so that `para 3 ref B` is one span.
  size_t ParaPrefix(size_t pos) const {
    // Walk back over at most ~40 bytes of `PARA(S|GRAPH) N[, N][ AND N][ OF] `.
    const size_t lo = pos > 48 ? pos - 48 : 0;
    for (size_t start = lo; start < pos; ++start) {
      for (std::string_view word : {"PARAGRAPHS", "PARAGRAPH", "PARAS", "PARA"}) {
        if (!WordAt(body_, start, word)) continue;
        size_t p = start + word.size();
        if (p < body_.size() && body_[p] == '.') ++p;
        p = SkipBlanks(body_, p);
        bool number = false;
        while (p < pos) {
          if (IsDigit(body_[p])) {
            // `3`, `3.B`, `3-5`, `3a`
            while (p < pos && (IsDigit(body_[p]) || body_[p] == '.' || body_[p] == '-' ||
                               (IsAlpha(body_[p]) && IsDigit(body_[p - 1])))) {
              ++p;
            }
            number = true;
          } else if (body_[p] == ',' || body_[p] == ' ') {
            ++p;
          } else if (WordAt(body_, p, "AND")) {
            p += 3;
          } else if (WordAt(body_, p, "OF") || WordAt(body_, p, "IN")) {
            p += 2;
          } else {
            break;
          }
        }
        if (number && p == pos) return start;
      }
    }
    return pos;
  }

  // A pointer word at `pos`: REF, REFS, REFTEL, REFTELS (any case), then
  // labels. Returns where scanning goes on, or `pos` when nothing is there.
  size_t Pointer(size_t pos) {
    std::string_view word;
    for (std::string_view w : {"REFTELS", "REFTEL", "REFS", "REF"}) {
      if (WordAt(body_, pos, w)) {
        word = w;
        break;
      }
    }
    if (word.empty()) return pos;
    size_t p = pos + word.size();
    if (p < body_.size() && body_[p] == ':') return p;  // a REF: list header, not a pointer
    size_t after = p;
    if (after < body_.size() && body_[after] == '.') ++after;
    after = SkipBlanks(body_, after);
    size_t lb = 0, le = 0;
    auto label = LabelAt(after, &lb, &le);
    const size_t start = ParaPrefix(pos);
    if (!label) {
      // REFTEL alone (or a bare REF) means the only item of a one-item list.
      if (r_.references.size() == 1 && (word == "REFTEL" || word == "REF")) {
        Emit(start, p, &r_.references[0], false);
      }
      return p;
    }
    Emit(start, le, ByLabel(*label));
    // `REFS A AND B`, `REFS A, B AND C`, `REFS A-C`: each further label is
    // its own span.
    size_t q = le;
    for (int n = 0; n < 26; ++n) {
      size_t s = SkipBlanks(body_, q);
      if (s < body_.size() && (body_[s] == ',' || body_[s] == '/' || body_[s] == '&')) {
        s = SkipBlanks(body_, s + 1);
        if (WordAt(body_, s, "AND")) s = SkipBlanks(body_, s + 3);
      } else if (s < body_.size() && body_[s] == '-') {
        s = SkipBlanks(body_, s + 1);
      } else if (WordAt(body_, s, "AND") || WordAt(body_, s, "OR")) {
        s = SkipBlanks(body_, s + (Upper(body_[s]) == 'A' ? 3 : 2));
      } else if (WordAt(body_, s, "THROUGH") || WordAt(body_, s, "THRU")) {
        s = SkipBlanks(body_, s + (WordAt(body_, s, "THRU") ? 4 : 7));
      } else {
        break;
      }
      size_t b = 0, e = 0;
      auto next = LabelAt(s, &b, &e);
      if (!next) break;
      // `REFS A-C`: B is not written, so it has no span; C has its own.
      Emit(b, e, ByLabel(*next));
      label = next;
      q = e;
    }
    return q;
  }

  // The serial of a canonical id: its trailing digits (`06STATE87686` -> `87686`).
  static std::string_view SerialOf(std::string_view id) {
    size_t k = id.size();
    while (k > 0 && IsDigit(id[k - 1])) --k;
    return id.substr(k);
  }

  // True when `digits` (leading zeros aside) is the serial of a listed
  // reference. A canonical id ends in its serial without leading zeros, so
  // a number that is none of them cannot link, and CanonicalId (which
  // resolves station names, with typos) is not asked.
  bool ListedSerial(std::string_view digits) const {
    while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
    return std::find(serials_.begin(), serials_.end(), digits) != serials_.end();
  }

  // A number at `pos`: when the words before it and it name a cable of the
  // REF list (`ISLAMABAD 10142`, `Islamabad 010142`), link them.
  size_t Inline(size_t pos) {
    size_t end = pos;
    while (end < body_.size() && IsDigit(body_[end])) ++end;
    if (end - pos < 2 || end - pos > 7 || (end < body_.size() && IsAlpha(body_[end]))) return end;
    if (!ListedSerial(body_.substr(pos, end - pos))) return end;
    // Word starts before the number, nearest first.
    size_t starts[kMaxStationWords];
    size_t n = 0;
    size_t p = pos;
    while (n < kMaxStationWords) {
      size_t q = p;
      size_t gap = 0;
      while (q > 0 && IsBlank(body_[q - 1]) && gap < 3) {
        --q;
        ++gap;
      }
      if (gap == 0) break;
      size_t w = q;
      while (w > 0 && IsAlpha(body_[w - 1])) --w;
      if (w == q) break;
      if (w > 0 && (IsDigit(body_[w - 1]) || body_[w - 1] == '_')) break;
      starts[n++] = w;
      p = w;
    }
    // Shortest first: `see ISLAMABAD 10142` must not take `see` into the
    // span (fused junk before a station name is forgiven by CanonicalId).
    for (size_t k = 1; k <= n; ++k) {
      const size_t begin = starts[k - 1];
      auto id = CanonicalId(body_.substr(begin, end - begin), year_);
      if (!id) continue;
      for (const auto& ref : r_.references) {
        if (ref.id && WithoutYear(*ref.id) == WithoutYear(*id)) {
          Emit(begin, end, &ref, false);
          return end;
        }
      }
    }
    return end;
  }

  const Record& r_;
  std::string_view body_;
  int year_;
  size_t skip_begin_ = std::string_view::npos;
  size_t skip_end_ = std::string_view::npos;
  std::vector<std::string_view> serials_;  // of the listed references, in r_
  std::vector<RefLink> out_;
};

}  // namespace

std::vector<RefLink> FindRefLinks(const Record& record) {
  if (!record.body || record.references.empty()) return {};
  std::string_view body = *record.body;
  if (body.size() > kMaxBody) body = body.substr(0, kMaxBody);
  return Scanner(record, body).Run();
}

}  // namespace cablescope::link
