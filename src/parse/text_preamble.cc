#include "parse/text_preamble.h"

#include <algorithm>
#include <string>

#include "parse/classification_line.h"
#include "parse/classified_by.h"
#include "parse/page_breaks.h"
#include "parse/preamble_captions.h"
#include "parse/preamble_decl.h"
#include "parse/preamble_labels.h"
#include "parse/tags_line.h"

namespace cablescope::parse {
namespace {

// Lines of addressing instructions (`STATE FOR INR/B`, `BEIJING PLEASE PASS
// CHENGDU`) may stand between the classification line and the E.O. line;
// past this many, what we read is not a preamble.
constexpr int kMaxHeadLines = 40;
// A subject wraps over two or three lines; more is the body.
constexpr int kMaxSubjectLines = 6;
// Bounds on fields, for texts whose body runs on without a line break or a
// paragraph mark (a flattened body, a fuzzer's bytes): real subjects stay
// under 300 bytes, TAGS lines under 200, REF lists under a few kB.
constexpr size_t kMaxSubject = 600;
constexpr size_t kMaxTags = 1000;
constexpr size_t kMaxRef = 4000;

// `s` cut to at most `max` bytes, at a space when there is one.
std::string_view CutAt(std::string_view s, size_t max) {
  if (s.size() <= max) return s;
  size_t space = s.rfind(' ', max);
  return s.substr(0, space == std::string_view::npos || space == 0 ? max : space);
}

// How far into a line a fused label is looked for: the longest fused
// stretches of flattened bodies (a REF list of seven items, addressing lines
// before the E.O. label) stay well under it.
constexpr size_t kLabelWindow = 1536;
// Unlabelled lines passed over after the labels while a Classified By line
// may still follow (see OnOther).
constexpr int kMaxTentativeLines = 12;
// A Classified By line with its wrap is short; flattened texts without a
// paragraph mark would otherwise hand the whole body to its parser.
constexpr size_t kMaxClassifiedBy = 600;

// True for a line of running prose: many words, mostly lower case.
// Addressing lines before the E.O. line are upper case and can be long
// (`STATE FOR NEA/FO AND NEA/MAG. STATE PLEASE PASS TO ENERGY (...)` in
// 09TRIPOLI938); spaced-out notes (`C O R R E C T E D C O P Y`) have many
// one-letter words.
bool LooksLikeProse(std::string_view s) {
  s = s.substr(0, std::min<size_t>(s.size(), 400));  // enough to judge, bounded
  size_t words = 0, lower = 0, upper = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = IsAsciiSpace(c);
    if (!space && !in_word) ++words;
    in_word = !space;
    lower += IsAsciiLower(c) ? 1 : 0;
    upper += IsAsciiUpper(c) ? 1 : 0;
  }
  return words >= 12 && lower > upper;
}

// `A.`, `B)`, `(A)`, `¶B.` (a WikiLeaks paragraph anchor in front of the
// letter, 06PARIS2069): the start of an item of a REF list.
bool IsRefItemStart(std::string_view s) {
  size_t i = 0;
  if (s.substr(0, 2) == "\xC2\xB6") i = 2;
  while (i < s.size() && s[i] == ' ') ++i;
  bool paren = i < s.size() && s[i] == '(';
  if (paren) ++i;
  if (i >= s.size() || !IsAsciiAlpha(s[i])) return false;
  ++i;
  if (i >= s.size()) return false;
  if (paren) return s[i] == ')';
  if (s[i] != '.' && s[i] != ')') return false;
  return i + 1 == s.size() || s[i + 1] == ' ' || s[i + 1] == '\t';
}

// Length of a WikiLeaks creation-time line at the start of `s`
// (`Friday, 01 February 2008, 13:41`), which some pages put above the
// classification line and the JSON export fuses to it
// (`... 09:20S E C R E T SECTION 01 OF 03 RPO DUBAI`); 0 when there is none.
size_t DateLineAt(std::string_view s) {
  static constexpr std::string_view kDays[] = {"Monday,", "Tuesday,", "Wednesday,", "Thursday,",
                                               "Friday,", "Saturday,", "Sunday,"};
  bool day = false;
  for (std::string_view d : kDays) day = day || s.substr(0, d.size()) == d;
  if (!day) return 0;
  size_t limit = std::min<size_t>(s.size(), 48);
  for (size_t i = 2; i + 3 <= limit; ++i) {
    if (s[i] == ':' && IsAsciiDigit(s[i - 1]) && IsAsciiDigit(s[i - 2]) && i + 2 < s.size() &&
        IsAsciiDigit(s[i + 1]) && IsAsciiDigit(s[i + 2]))
      return i + 3;
  }
  return 0;
}

// True when a Classified By line needs no next line: it cites a section of
// the order and does not stop inside its reason list. A heading right under
// it (`-------` / `SUMMARY` in 09STOCKHOLM418) is then body, while
// `... FOR REAS` / `ONS 1.4 B/D` and `reasons 1.4 (b` / `and (d)` continue.
bool ClassifiedByComplete(std::string_view joined) {
  joined = TrimSpace(joined);
  bool section = false;
  int depth = 0;
  for (size_t i = 0; i + 2 < joined.size(); ++i) {
    if (joined[i] == '1' && joined[i + 1] == '.' && IsAsciiDigit(joined[i + 2])) section = true;
  }
  for (char c : joined) depth += c == '(' ? 1 : c == ')' ? -1 : 0;
  if (!section || depth > 0 || joined.empty()) return false;
  char last = joined.back();
  if (last == ',' || last == '(' || last == '&' || last == '/' || last == '-') return false;
  size_t n = 0;
  while (n < joined.size() && IsAsciiAlpha(joined[joined.size() - 1 - n])) ++n;
  std::string_view word = joined.substr(joined.size() - n);
  // `1.4 (b) and` / `(d)`; `1.4` / `(b) and (d)` (07LONDON4472 wraps after the section).
  if (EqualsNoCase(word, "and") || EqualsNoCase(word, "or")) return false;
  size_t k = joined.size();
  while (k > 0 && (IsAsciiDigit(joined[k - 1]) || joined[k - 1] == '.')) --k;
  return k == joined.size() || joined.size() - k < 3;
}

// Cuts a marking such as `(U)` or `(SBU)` off both ends of a subject.
std::string_view StripMarkings(std::string_view s) {
  s = TrimSpace(s);
  if (size_t n = MarkingAt(s)) s = TrimSpace(s.substr(n));
  if (size_t n = MarkingAtEnd(s)) s = TrimSpace(s.substr(0, s.size() - n));
  return s;
}

// Where a page mark fused into a flattened subject starts: `... IRGC,
// MOISDUBAI 00000049 001.2 OF 003` (08RPODUBAI49), `... A RECOUNTASHGABAT
// 00000757 001.2 OF 002` (09ASHGABAT757). The mark is the serial in 8
// digits, the page and `OF`; the station before it (`DUBAI` of `RPO
// DUBAI`, a page mark's 10 characters at most) may be fused to the last
// word of the subject. Returns npos when `subject` holds no such mark.
size_t FusedPageMarkAt(std::string_view subject, std::string_view station) {
  for (size_t i = 0; i + 8 < subject.size(); ++i) {
    if (subject[i] != ' ' || (i > 0 && subject[i - 1] == ' ')) continue;
    size_t j = i + 1;
    while (j < subject.size() && IsAsciiDigit(subject[j])) ++j;
    if (j - i - 1 != 8) continue;
    size_t k = j;
    while (k < subject.size() && subject[k] == ' ') ++k;
    size_t page = k;
    while (k < subject.size() && (IsAsciiDigit(subject[k]) || subject[k] == '.')) ++k;
    if (k - page < 3 || k == page + 3 + 1 || page == j) continue;
    while (k < subject.size() && subject[k] == ' ') ++k;
    if (subject.substr(k, 2) != "OF") continue;
    // Cut the station off the word before the serial: its last words, or
    // the whole of it without spaces.
    std::string_view head = subject.substr(0, i);
    std::string_view st = TrimSpace(station.substr(0, std::min<size_t>(station.size(), 10)));
    while (!st.empty()) {
      if (head.size() >= st.size() && head.substr(head.size() - st.size()) == st) {
        return head.size() - st.size();
      }
      size_t space = st.find(' ');
      if (space == std::string_view::npos) break;
      st = st.substr(space + 1);
    }
    return i;
  }
  return std::string_view::npos;
}

// A flattened subject cut where the subject ended: at a fused page mark
// (see FusedPageMarkAt), or at a double space (a blank line, before the
// newlines were lost) followed by a classification banner (`... STATUS QUO
// SENSITIVE BUT UNCLASSIFIED.`, 09MUNICH25) or, after an upper-case
// subject, by mixed-case prose (`... NOVEMBER 4, 2009  Media Highlights:`,
// 09ANKARA1594). Not at `IRAN POST-ELECTION:  [Source removed] CALLS`.
std::string_view CutFlattenedSubject(std::string_view subject, std::string_view station) {
  if (size_t mark = FusedPageMarkAt(subject, station); mark != std::string_view::npos)
    subject = subject.substr(0, mark);
  for (size_t gap = subject.find("  "); gap != std::string_view::npos;
       gap = subject.find("  ", gap + 2)) {
    std::string_view before = subject.substr(0, gap);
    std::string_view after = TrimSpace(subject.substr(gap));
    if (before.empty() || after.empty()) continue;
    size_t next_gap = after.find("  ");
    std::string_view block = after.substr(0, next_gap);
    while (!block.empty() && block.back() == '.') block.remove_suffix(1);
    bool upper_subject = std::none_of(before.begin(), before.end(), IsAsciiLower);
    bool prose = after.size() >= 2 && IsAsciiUpper(after[0]) && IsAsciiLower(after[1]);
    if (IsClassificationBanner(block) || (upper_subject && prose)) return before;
  }
  return subject;
}

enum class Field { kNone, kTags, kSubject, kRef, kClassifiedBy };

class PreambleParser {
 public:
  PreambleParser(std::string_view text, bool flattened, Record* record)
      : text_(text), flattened_(flattened), record_(record) {}

  size_t Run() {
    size_t end = Scan();
    Finish();
    return end;
  }

 private:
  // Walks the text segment by segment: a segment is a line, or in a line
  // where labels are fused together (flattened bodies, `E.O. 12958: DECL:
  // 06/02/2016TAGS: ...` in seed 003) the stretch from one label to the next.
  // Returns where the preamble ends.
  size_t Scan() {
    size_t pos = 0;
    bool line_start = true;
    while (pos < text_.size()) {
      size_t eol = text_.find('\n', pos);
      if (eol == std::string_view::npos) eol = text_.size();
      std::string_view rest_of_line = text_.substr(pos, eol - pos);
      if (IsBlank(rest_of_line)) {
        OnBlank();
        pos = eol + 1;
        line_start = true;
        continue;
      }
      size_t seg = pos;
      while (seg < eol && (IsAsciiSpace(text_[seg]) || text_.substr(seg, 2) == "\xC2\xA0"))
        seg += text_[seg] == '\xC2' ? 2 : 1;
      std::string_view at = text_.substr(seg, eol - seg);

      if (size_t p = ParagraphStartAt(at, line_start)) {
        ClassifiedByInFirstParagraph(at.substr(p));
        return tentative_lines_ > 0 ? tentative_end_ : seg;
      }

      // A label, possibly behind a marking: `(U) Classified by ...` (04ANKARA348).
      size_t label_at = seg;
      LabelMatch label = MatchLabel(at, /*strict=*/!line_start);
      if (label.label == PreambleLabel::kNone) {
        if (size_t m = MarkingAt(at)) {
          size_t k = m;
          while (k < at.size() && at[k] == ' ') ++k;
          LabelMatch behind = MatchLabel(at.substr(k), !line_start);
          if (behind.label != PreambleLabel::kNone) {
            label = behind;
            label_at = seg + k;
          }
        }
      }
      PreambleLabel rank = label.label != PreambleLabel::kNone ? label.label : CurrentRank();
      size_t search_from = label.label != PreambleLabel::kNone ? label_at + label.length : seg + 1;
      size_t seg_end = eol;
      // Labels fused inside a line are looked for near the segment's start
      // only, and not at all in a line of a clean text that can only be
      // body: a long paragraph must not be scanned label by label.
      bool may_hold_labels = flattened_ || in_head_ || field_ != Field::kNone ||
                             label.label != PreambleLabel::kNone;
      if (may_hold_labels) {
        size_t window_end = std::min(eol, search_from + kLabelWindow);
        size_t found = FindLabelInside(text_.substr(0, window_end), search_from, rank, flattened_);
        if (found != std::string_view::npos) seg_end = found;
      }
      std::string_view segment = text_.substr(seg, seg_end - seg);

      size_t next = seg_end;
      bool go_on = true;
      if (label.label != PreambleLabel::kNone) {
        std::string_view value = text_.substr(label_at + label.length, seg_end - label_at - label.length);
        go_on = OnLabel(label.label, label_at, value, seg_end, &next);
      } else {
        go_on = OnOther(segment, seg, line_start, &next);
      }
      if (!go_on) return next;
      if (next >= eol) {
        pos = eol + 1;
        line_start = true;
      } else {
        pos = std::max(next, seg + 1);
        line_start = false;
      }
      after_blank_ = false;
    }
    return tentative_lines_ > 0 ? tentative_end_ : text_.size();
  }

  // Ends the preamble right after `part` (a field cut at its bound): what
  // follows is body. Returns false, as OnLabel does to stop the scan.
  bool EndAfter(std::string_view part, size_t* next) {
    *next = static_cast<size_t>(part.data() - text_.data()) + part.size();
    return false;
  }

  // `¶1. (U) Classified by Ambassador ... for reasons 1.5 (B) and (D).`
  // (03ABUDHABI2641, 09STATE30049): some posts put the line in paragraph 1.
  // Read it (that line only), though the paragraph is the body's.
  void ClassifiedByInFirstParagraph(std::string_view para) {
    if (classified_seen_) return;
    size_t i = 0;
    while (i < para.size() && para[i] == ' ') ++i;
    if (size_t m = MarkingAt(para.substr(i))) i += m;
    while (i < para.size() && para[i] == ' ') ++i;
    LabelMatch label = MatchLabel(para.substr(i), /*strict=*/false);
    if (label.label != PreambleLabel::kClassifiedBy) return;
    classified_seen_ = true;
    std::string_view value = para.substr(i + label.length);
    value = value.substr(0, std::min({value.size(), value.find('\n'), kMaxClassifiedBy}));
    ParseClassifiedBy(value, &record_->classified_by, &record_->classification_reasons);
  }

  PreambleLabel CurrentRank() const {
    switch (field_) {
      case Field::kTags: return PreambleLabel::kTags;
      case Field::kSubject: return PreambleLabel::kSubject;
      case Field::kRef: return PreambleLabel::kRef;
      case Field::kClassifiedBy: return PreambleLabel::kClassifiedBy;
      case Field::kNone: break;
    }
    return last_label_;
  }

  void OnBlank() {
    if (field_ == Field::kRef) {
      after_blank_ = true;  // REF items may be separated by blank lines
      return;
    }
    CloseField();
  }

  void CloseField() {
    if (field_ == Field::kClassifiedBy) FlushClassifiedBy();
    field_ = Field::kNone;
    after_blank_ = false;
  }

  // A labelled segment; `value` is what follows the label up to `seg_end`.
  bool OnLabel(PreambleLabel label, size_t label_at, std::string_view value, size_t seg_end,
               size_t* next) {
    if (label == PreambleLabel::kRef && field_ == Field::kRef) {
      ref_end_ = seg_end;  // `REF B: ...` repeated inside the list
      return true;
    }
    CloseField();
    in_head_ = false;
    tentative_lines_ = 0;
    if (static_cast<int>(label) > static_cast<int>(last_label_)) last_label_ = label;
    switch (label) {
      case PreambleLabel::kExecutiveOrder: {
        if (record_->executive_order) break;
        ExecutiveOrderLine eo = ParseExecutiveOrder(value);
        record_->executive_order = eo.order;
        record_->declassify_on = eo.declassify_on;
        break;
      }
      case PreambleLabel::kTags: {
        if (tags_seen_) break;
        tags_seen_ = true;
        std::string_view tags = CutAt(value, kMaxTags);
        SplitTags(tags, &record_->tags);
        field_ = Field::kTags;
        if (tags.size() < value.size()) return EndAfter(tags, next);
        break;
      }
      case PreambleLabel::kSubject: {
        if (subject_seen_) break;
        subject_seen_ = true;
        std::string_view subject = CutAt(value, kMaxSubject);
        if (flattened_) {
          std::string_view cut = CutFlattenedSubject(subject, record_->raw.text_station);
          if (cut.size() < subject.size()) {
            AppendNormalized(cut, &subject_);
            subject_lines_ = 1;
            field_ = Field::kSubject;
            *next = static_cast<size_t>(cut.data() - text_.data()) + cut.size();
            return true;  // the rest (page mark, banner, prose) is scanned on
          }
        }
        AppendNormalized(subject, &subject_);
        subject_lines_ = 1;
        field_ = Field::kSubject;
        if (subject.size() < value.size()) return EndAfter(subject, next);
        break;
      }
      case PreambleLabel::kRef:
        if (ref_seen_) break;
        ref_seen_ = true;
        ref_start_ = label_at;
        ref_end_ = seg_end;
        field_ = Field::kRef;
        break;
      case PreambleLabel::kClassifiedBy: {
        if (classified_seen_) break;
        classified_seen_ = true;
        if (!flattened_ && value.size() <= kMaxClassifiedBy) {
          classified_by_.assign(TrimSpace(value));
          field_ = Field::kClassifiedBy;
          break;
        }
        // Flattened: no wrapped lines; the reasons' end may be where the
        // first paragraph starts (`... 1.4 (b) and (d).Summary: ...`).
        std::string_view v = value.substr(0, std::min(value.size(), kMaxClassifiedBy));
        size_t used = ParseClassifiedBy(v, &record_->classified_by,
                                        &record_->classification_reasons);
        size_t v_start = static_cast<size_t>(value.data() - text_.data());
        if (used < value.size() && !IsBlank(value.substr(used))) {
          *next = v_start + used;
          while (*next < seg_end && IsAsciiSpace(text_[*next])) ++(*next);
          ReadRefAfterClassifiedBy(seg_end, next);
          return false;
        }
        break;
      }
      case PreambleLabel::kNone:
        break;
    }
    return true;
  }

  // `Classified By: ... Reasons 1.4 (b/d).  Ref: USNATO 56  ¶1. (S/NF)`
  // (10PARIS170, 10STATE9124 `REF A: STATE 120288`): a flattened text with
  // the REF list after the Classified By line, where FindLabelInside does
  // not look (REF comes earlier in the label order). At *next, after spaces:
  // the list runs to `seg_end` (the first paragraph) and *next moves there.
  void ReadRefAfterClassifiedBy(size_t seg_end, size_t* next) {
    if (ref_seen_ || *next >= seg_end || !IsAsciiSpace(text_[*next - 1])) return;
    std::string_view rest = text_.substr(*next, seg_end - *next);
    LabelMatch ref = MatchLabel(rest, /*strict=*/false);
    // Only the short labels (`Reference is made to ...` is prose), with a
    // colon or a lettered first item (`REF A:`, `REF: A.`, `REF (A)`).
    if (ref.label != PreambleLabel::kRef || !StartsWithNoCase(rest, "REF") ||
        (ref.length > 5 && !StartsWithNoCase(rest, "REFTEL")))
      return;
    std::string_view item = TrimSpace(rest.substr(ref.length));
    bool lettered = item.size() >= 3 &&
                    ((item[0] == '(' && IsAsciiAlpha(item[1]) && item[2] == ')') ||
                     (IsAsciiAlpha(item[0]) && (item[1] == '.' || item[1] == ')' || item[1] == ':') &&
                      item[2] == ' '));
    if (rest[ref.length - 1] != ':' && !lettered) return;
    ref_seen_ = true;
    ref_start_ = *next;
    ref_end_ = *next + std::min(rest.size(), kMaxRef);
    *next = ref_end_;
  }

  // A segment without a label: the classification line, a caption, a
  // continuation of the open field, an addressing line, or prose.
  bool OnOther(std::string_view segment, size_t seg, bool line_start, size_t* next) {
    switch (field_) {
      case Field::kTags:
        if (line_start && LooksLikeTagsContinuation(segment)) {
          SplitTags(segment, &record_->tags);
          return true;
        }
        break;
      case Field::kSubject:
        // `DUBAI 00000049 001.2 OF 003` between two lines of a subject (08RPODUBAI49).
        if (IsPageBreakLine(segment)) return true;
        if (line_start && subject_lines_ < kMaxSubjectLines && MarkingAt(segment) == 0 &&
            subject_.size() + segment.size() <= kMaxSubject) {
          AppendNormalized(segment, &subject_);
          ++subject_lines_;
          return true;
        }
        break;
      case Field::kRef:
        if (IsPageBreakLine(segment)) return true;
        // `(C) 09 STATE 030541` is item C, not a paragraph marking (09STATE119085).
        if (seg + segment.size() - ref_start_ > kMaxRef) break;
        if (IsRefItemStart(segment) ||
            (!after_blank_ && MarkingAt(segment) == 0 && !StartsWithNoCase(segment, "SUMMARY"))) {
          ref_end_ = seg + segment.size();
          return true;
        }
        break;
      case Field::kClassifiedBy:
        if (line_start && MarkingAt(segment) == 0 && !ClassifiedByComplete(classified_by_) &&
            classified_by_.size() + segment.size() <= kMaxClassifiedBy) {
          AppendClassifiedByLine(segment, &classified_by_);
          return true;
        }
        break;
      case Field::kNone:
        break;
    }
    CloseField();
    if (IsPageBreakLine(segment)) return true;
    if (in_head_) {
      if (!classification_seen_) {
        if (size_t d = DateLineAt(segment); d != 0 && d < segment.size()) {
          *next = seg + d;
          return true;
        }
        if (auto line = ParseClassificationLine(segment)) {
          classification_seen_ = true;
          if (!record_->classification) record_->classification = line->classification;
          record_->raw.text_station = std::move(line->station);
          record_->raw.text_serial = std::move(line->serial);
          for (std::string& c : line->captions) AddCaption(std::move(c));
          if (line->length > 0 && line->length < segment.size()) *next = seg + line->length;
          head_end_ = seg + segment.size();
          return true;
        }
      }
      if (ParseCaptionLine(segment, &record_->captions)) {
        head_end_ = seg + segment.size();
        return true;
      }
      // An addressing line (`STATE FOR INR/B`), or a date line in front of
      // the classification (`Friday, 01 February 2008, 13:41` on WikiLeaks
      // pages) ... or prose when there is no preamble at all.
      ++head_other_;
      int limit = classification_seen_ ? kMaxHeadLines : 16;
      // A flattened head runs notes into the E.O. line (`UNCLASSIFIED BUENOS
      // AIRES 2481  Original Telegram was Confidential but has since been
      // de-classified ... E.O. 12958:`, 66BUENOSAIRES2481): prose that a
      // label ends is still head.
      size_t seg_stop = seg + segment.size();
      bool cut_by_label = flattened_ && classification_seen_ && seg_stop < text_.size() &&
                          text_[seg_stop] != '\n' &&
                          MatchLabel(text_.substr(seg_stop), /*strict=*/true).label !=
                              PreambleLabel::kNone;
      if ((LooksLikeProse(segment) && !cut_by_label) || head_other_ > limit) {
        *next = classification_seen_ ? head_end_ : 0;
        return false;
      }
      return true;
    }
    // After the labels: a stray caption, or the first line of the body ...
    if (ParseCaptionLine(segment, &record_->captions)) return true;
    // ... or, while the Classified By line is still to come, a line that is
    // neither: the tail of a subject wrapped after a blank line (09LONDON1946:
    // `SESSION AS` / `` / `DEBATE OVER MEGRAHI DECISION ...`), a preamble
    // repeated by a web page (09ISLAMABAD3037). Such lines are passed over
    // tentatively: if no label follows soon, the preamble ended at the first.
    if (!classified_seen_ && !LooksLikeProse(segment) && MarkingAt(segment) == 0 &&
        tentative_lines_ < kMaxTentativeLines) {
      if (tentative_lines_++ == 0) tentative_end_ = seg;
      return true;
    }
    *next = tentative_lines_ > 0 ? tentative_end_ : seg;
    return false;
  }

  void AddCaption(std::string caption) {
    auto& c = record_->captions;
    if (std::find(c.begin(), c.end(), caption) == c.end()) c.push_back(std::move(caption));
  }

  void FlushClassifiedBy() {
    if (classified_by_.empty()) return;
    ParseClassifiedBy(classified_by_, &record_->classified_by, &record_->classification_reasons);
    classified_by_.clear();
  }

  void Finish() {
    CloseField();
    if (subject_seen_) {
      std::string_view s = StripMarkings(subject_);
      if (!s.empty()) record_->subject = std::string(s);
    }
    if (ref_seen_ && record_->raw.ref_block.empty() && ref_end_ > ref_start_) {
      std::string_view block = TrimSpace(text_.substr(ref_start_, ref_end_ - ref_start_));
      // `ANKARA 1102 (U) Classified by` (04ANKARA1730): the marking belongs
      // to the Classified By line.
      if (size_t n = MarkingAtEnd(block)) block = TrimSpace(block.substr(0, block.size() - n));
      record_->raw.ref_block = std::string(block);
    }
  }

  std::string_view text_;
  bool flattened_;
  Record* record_;

  Field field_ = Field::kNone;
  PreambleLabel last_label_ = PreambleLabel::kNone;
  bool in_head_ = true;
  bool after_blank_ = false;
  bool classification_seen_ = false;
  bool tags_seen_ = false;
  bool subject_seen_ = false;
  bool ref_seen_ = false;
  bool classified_seen_ = false;
  int head_other_ = 0;
  int tentative_lines_ = 0;
  size_t tentative_end_ = 0;
  int subject_lines_ = 0;
  size_t head_end_ = 0;
  size_t ref_start_ = 0;
  size_t ref_end_ = 0;
  std::string subject_;
  std::string classified_by_;
};

}  // namespace

size_t ParsePreamble(std::string_view text, const TextOptions& options, Record* record) {
  PreambleParser parser(text, options.flattened, record);
  return parser.Run();
}

}  // namespace cablescope::parse
