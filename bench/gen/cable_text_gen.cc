// Writes the text of a synthetic cable (../shared/docs/cable-anatomy.md §3):
// spaced classification line with SECTION x OF y, captions, E.O./DECL, TAGS
// (with the typos and run-together codes of real ones), a wrapping SUBJECT,
// a REF list, a Classified By line, numbered and marked paragraphs with
// summary and comment, page-break lines, redactions, Q-artefacts, signer.
#include <cctype>
#include <cstdio>
#include <string>

#include "gen/cable_facts.h"
#include "gen/vocabulary.h"

namespace cablescope::gen {
namespace {

std::string Digits(int value, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*d", width, value);
  return buf;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string IdStation(std::string_view station) {
  std::string out;
  for (char c : station) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

// Writes lines, wrapping prose near 70 columns when the cable is wrapped,
// and puts a page-break line (`ASTANA 00000095 002 OF 003`) each time the
// text passes a page boundary: they are not content, and parsers must drop
// them even mid-sentence.
class TextWriter {
 public:
  TextWriter(Rng& rng, const CableFacts& f) : rng_(rng), f_(f) {
    page_bytes_ = f.sections > 1 ? f.target_bytes / static_cast<size_t>(f.sections) : 0;
  }

  std::string& text() { return text_; }

  void Line(std::string_view line) {
    text_ += line;
    if (rng_.Chance(0.3)) text_.push_back(' ');  // trailing blanks are common
    text_.push_back('\n');
    MaybePageBreak();
  }
  void Blank() { text_ += rng_.Chance(0.2) ? " \n" : "\n"; }

  // A paragraph of prose: wrapped to lines, or one long line.
  void Prose(std::string_view prose) {
    if (!f_.wrapped) {
      size_t start = 0;
      while (start < prose.size()) {
        // Even unwrapped pages cut a line where a page ended.
        size_t room = prose.size();
        if (page_bytes_ > 0 && page_ < f_.sections && NextPageAt() > text_.size()) {
          room = NextPageAt() - text_.size();
        }
        if (prose.size() - start <= room) {
          text_ += prose.substr(start);
          break;
        }
        size_t cut = prose.rfind(' ', start + room);
        if (cut == std::string_view::npos || cut <= start) cut = prose.find(' ', start + room);
        if (cut == std::string_view::npos) {
          text_ += prose.substr(start);
          break;
        }
        text_ += prose.substr(start, cut - start);
        text_.push_back('\n');
        MaybePageBreak();
        start = cut + 1;
      }
      text_.push_back('\n');
      MaybePageBreak();
      return;
    }
    const size_t width = static_cast<size_t>(rng_.Between(58, 70));
    size_t start = 0;
    while (start < prose.size()) {
      size_t end = start + width;
      if (end >= prose.size()) {
        end = prose.size();
      } else {
        size_t space = prose.rfind(' ', end);
        // Real cables wrap mid-word now and then (`Michae` / `l Corbin`).
        if (space != std::string_view::npos && space > start && !rng_.Chance(0.02)) end = space;
      }
      std::string_view line = prose.substr(start, end - start);
      while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
      Line(line);
      if (rng_.Chance(0.004)) {
        // A line repeated with a leading `Q` is a transmission artefact.
        text_ += "Q";
        Line(line);
      }
      start = end;
      while (start < prose.size() && prose[start] == ' ') ++start;
    }
  }

 private:
  size_t NextPageAt() const { return page_bytes_ * static_cast<size_t>(page_); }

  void MaybePageBreak() {
    if (page_bytes_ == 0 || page_ >= f_.sections || text_.size() < NextPageAt()) return;
    ++page_;
    std::string station(f_.post->station);
    if (f_.mixed_case_marks) station = Lower(station);
    text_ += station + " " + Digits(f_.serial, 8) + " " + Digits(page_, 3) + " OF " +
             Digits(f_.sections, 3) + "\n";
  }

  Rng& rng_;
  const CableFacts& f_;
  std::string text_;
  size_t page_bytes_ = 0;
  int page_ = 1;
};

std::string_view Spaced(Level level) {
  switch (level) {
    case Level::kConfidential: return "C O N F I D E N T I A L";
    case Level::kSecret: return "S E C R E T";
    default: return "UNCLAS";
  }
}

void AppendTags(Rng& rng, const CableFacts& f, std::string* line) {
  std::vector<std::string> codes;
  int subjects = rng.Between(1, 4);
  for (int i = 0; i < subjects; ++i) codes.emplace_back(rng.PickFrom(SubjectTags()));
  if (rng.Chance(0.4)) codes.emplace_back(rng.PickFrom(ProgramTags()));
  if (rng.Chance(0.2)) codes.emplace_back(rng.PickFrom(OrganizationTags()));
  codes.emplace_back(f.post->country);
  if (rng.Chance(0.5)) codes.emplace_back(rng.PickFrom(GeographicTags()));
  if (rng.Chance(0.05)) {
    const Vocabulary& v = SharedVocabulary();
    codes.push_back("OVIP (" + Upper(v.Surname(rng)) + ", " + Upper(v.GivenName(rng)) + ")");
  }
  // Real TAGS lines: typos (POGOV), run-together codes, lower case.
  if (rng.Chance(0.03)) codes[0] = codes[0].substr(0, 1) + "O" + codes[0].substr(1);
  if (rng.Chance(0.03) && codes.size() > 1) {
    codes[0] += codes[1];
    codes.erase(codes.begin() + 1);
  }
  const char* sep = rng.Chance(0.5) ? ", " : " ";
  for (size_t i = 0; i < codes.size(); ++i) {
    if (i > 0) *line += sep;
    *line += f.upper || !rng.Chance(0.03) ? codes[i] : Lower(codes[i]);
  }
}

// One REF item; appends the canonical ids of the cables it names.
std::string RefItem(Rng& rng, const CableFacts& f, std::vector<std::string>* ids) {
  const Post& p = rng.Chance(0.4) ? SecretaryOfState() : rng.PickFrom(Posts());
  std::string station(p.station);
  int serial = rng.Between(10, p.kind == PostKind::kState ? 130000 : 15000);
  int year = f.year;
  std::string yy = Digits(f.year % 100, 2);
  std::string item;
  switch (rng.Below(9)) {
    case 0:
      year = f.year - rng.Between(1, 3);
      yy = Digits(year % 100, 2);
      item = yy + " " + station + " " + std::to_string(serial);
      break;
    case 1:
      year = f.year - 1;
      yy = Digits(year % 100, 2);
      item = "'" + yy + " " + station + " " + std::to_string(serial);
      break;
    case 2:
      year = f.year - 1;
      yy = Digits(year % 100, 2);
      item = station + " " + std::to_string(serial) + " (" + yy + ")";
      break;
    case 3: {
      // `KABUL 936/935`: two cables of one post.
      int other = serial > 20 ? serial - rng.Between(1, 9) : serial + 1;
      item = station + " " + std::to_string(serial) + "/" + std::to_string(other);
      ids->push_back(yy + IdStation(station) + std::to_string(other));
      break;
    }
    case 4:
      if (p.kind == PostKind::kState) {
        int other = serial + rng.Between(1, 400);
        item = "SECSTATE " + std::to_string(serial) + " AND SECSTATE " + std::to_string(other);
        ids->push_back(yy + "STATE" + std::to_string(other));
      } else {
        item = station + " " + std::to_string(serial) + " (NOTAL)";
      }
      break;
    case 5: {
      const Vocabulary& v = SharedVocabulary();
      std::string who = rng.Chance(0.5) ? "POLOFF" : Upper(v.Surname(rng));
      std::string date = Digits(rng.Between(1, 12), 2) + "/" + Digits(rng.Between(1, 28), 2) +
                         "/" + Digits(f.year % 100, 2);
      if (rng.Chance(0.5)) return "EMAIL FROM " + who + " " + date;
      return rng.Chance(0.5) ? "TELCON " + date : who + "-" + Upper(v.Surname(rng)) + " EMAIL " + date;
    }
    default:
      item = station + " " + std::to_string(serial);
      break;
  }
  ids->push_back(Digits(year % 100, 2) + IdStation(station) + std::to_string(serial));
  return item;
}

void AppendClassifiedBy(Rng& rng, const CableFacts& f, TextWriter* w) {
  const Vocabulary& v = SharedVocabulary();
  std::string line = rng.Chance(0.8) ? "Classified By: " : "CLASSIFIED BY ";
  if (rng.Chance(0.2)) line += "POL/ECON ";
  line += rng.PickFrom(ClassifierTitles());
  line += " ";
  line += v.GivenName(rng);
  if (rng.Chance(0.6)) line += std::string(" ") + static_cast<char>('A' + rng.Below(26)) + ".";
  line += " ";
  line += v.Surname(rng);
  static constexpr std::string_view kReasons[] = {
      ", reason 1.4 (b) and (d).", ", for reasons 1.4 (b,d)", "; reasons: 1.5 (b,d).",
      ": 1.4 (B), (D)",            ", Reasons 1.4 (b) and (d)", ", reasons 1.4(b/d)",
      ", E.O. 12958 1.4 (a,b,c,d).", ", for reasons 1.4 (b-d)."};
  line += rng.Pick(kReasons);
  if (f.upper) line = Upper(line);
  w->Prose(line);
}

std::string_view Marking(Rng& rng, const CableFacts& f) {
  switch (f.level) {
    case Level::kSecret: {
      static constexpr std::string_view kMarks[] = {"S", "S", "C", "U", "S/NF", "SBU"};
      return f.noforn ? std::string_view("S/NF") : rng.Pick(kMarks);
    }
    case Level::kConfidential: {
      static constexpr std::string_view kMarks[] = {"C", "C", "C", "U", "SBU", "C/NF"};
      return rng.Pick(kMarks);
    }
    case Level::kSbu: return rng.Chance(0.7) ? "SBU" : "U";
    default: return "U";
  }
}

}  // namespace

std::string MakeCableText(Rng& rng, const CableFacts& f, std::vector<std::string>* ref_ids) {
  const Vocabulary& v = SharedVocabulary();
  TextWriter w(rng, f);

  // Classification line.
  std::string line(Spaced(f.level));
  if (f.sections > 1) line += " SECTION " + Digits(1, 2) + " OF " + Digits(f.sections, 2);
  line += " ";
  line += f.post->station;
  line += " " + Digits(f.serial, f.year < 1995 ? 5 : 6);
  if (f.mixed_case_marks) {
    // `C o n f i d e n t i a l section 01 of 04 ankara 000348`
    std::string mixed = Lower(line);
    mixed[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(mixed[0])));
    line = mixed;
  }
  w.Line(line);
  w.Blank();

  // Captions and office lines.
  if (f.level == Level::kSbu) w.Line("SENSITIVE");
  if (f.year >= 2005 || rng.Chance(0.2)) {
    w.Line(f.mixed_case_marks ? "Sipdis" : "SIPDIS");
    if (rng.Chance(0.35)) {
      w.Blank();
      w.Line("SIPDIS");
    }
  }
  if (f.noforn) w.Line("NOFORN");
  if (rng.Chance(0.08)) w.Line(rng.PickFrom(Captions()));
  w.Blank();
  if (rng.Chance(0.2)) {
    w.Line(rng.PickFrom(Offices()));
    w.Blank();
  }

  // E.O. and declassification.
  std::string eo = f.year >= 2010 ? "13526" : "12958";
  if (f.level <= Level::kSbu) {
    w.Line("E.O. " + eo + ": N/A");
  } else {
    std::string decl = Digits(f.month, 2) + "/" + Digits(f.day, 2) + "/" +
                       std::to_string(f.year + (rng.Chance(0.8) ? 10 : 25));
    static constexpr std::string_view kForms[] = {"E.O. ", "EO ", "E.O. ", "E.o. "};
    std::string_view form = rng.Pick(kForms);
    std::string eo_line = std::string(form) + eo + (form == "EO " ? " DECL: " : ": DECL: ") + decl;
    if (rng.Chance(0.05)) eo_line = "E.O. " + eo + ": DECL: 1.6X1";
    w.Line(eo_line);
  }

  // TAGS, sometimes without the colon.
  std::string tags = rng.Chance(0.9) ? "TAGS: " : "TAGS ";
  AppendTags(rng, f, &tags);
  w.Line(tags);

  // SUBJECT, wrapped as a normal line.
  std::string subject = "SUBJECT: ";
  v.AppendHeadline(rng, rng.Between(4, 18), &subject);
  w.Prose(subject);
  w.Blank();

  // References.
  if (rng.Chance(0.45)) {
    int refs = rng.Chance(0.4) ? 1 : rng.Between(2, 6);
    for (int i = 0; i < refs; ++i) {
      std::string item = RefItem(rng, f, ref_ids);
      if (refs == 1) {
        w.Line("REF: " + item);
      } else {
        std::string label(1, static_cast<char>('A' + i));
        label = rng.Chance(0.8) ? label + ". " : "(" + label + ") ";
        w.Line((i == 0 ? "REF: " : "     ") + label + item);
      }
    }
    w.Blank();
  }

  if (f.level >= Level::kConfidential) {
    AppendClassifiedBy(rng, f, &w);
    w.Blank();
  }

  // Paragraphs until the cable has its size.
  int number = 1;
  bool summary = rng.Chance(0.6);
  bool marked = f.year >= 1995 || rng.Chance(0.3);
  std::string prose;
  while (w.text().size() < f.target_bytes) {
    if (number > 2 && rng.Chance(0.06)) {
      // Section headings between paragraphs.
      std::string heading;
      v.AppendHeadline(rng, rng.Between(1, 3), &heading);
      w.Line(heading);
      w.Blank();
    }
    prose = std::to_string(number) + ".";
    prose += rng.Chance(0.3) ? "  " : " ";
    if (marked) ((prose += '(') += Marking(rng, f)) += ") ";
    bool comment = number > 3 && rng.Chance(0.08);
    if (number == 1 && summary) prose += f.upper || rng.Chance(0.5) ? "SUMMARY: " : "Summary: ";
    if (comment) prose += "COMMENT: ";
    int sentences = rng.Between(2, 8);
    for (int s = 0; s < sentences; ++s) v.AppendSentence(rng, rng.Between(6, 30), &prose);
    if (number == 1 && summary) prose += f.upper || rng.Chance(0.5) ? "END SUMMARY." : "End summary.";
    if (comment) prose += "END COMMENT.";
    while (!prose.empty() && prose.back() == ' ') prose.pop_back();
    if (f.upper) prose = Upper(prose);
    w.Prose(prose);
    if (rng.Chance(0.1)) {
      for (int b = rng.Between(2, 4); b > 0; --b) {
        std::string bullet = "-- ";
        v.AppendSentence(rng, rng.Between(4, 14), &bullet);
        w.Prose(f.upper ? Upper(bullet) : bullet);
      }
    }
    w.Blank();
    ++number;
  }

  // Signer: the last line.
  std::string signer;
  if (f.post->kind == PostKind::kState) {
    signer = f.year >= 2009 ? "CLINTON" : f.year >= 2005 ? "RICE" : "POWELL";
  } else {
    signer = Upper(v.Surname(rng));
  }
  w.Line(signer);
  return std::move(w.text());
}

}  // namespace cablescope::gen
