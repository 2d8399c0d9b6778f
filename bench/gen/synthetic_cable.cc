// Draws the facts of one cable (post, date, classification, size) with the
// proportions of Cablegate, then writes its header and text.
#include "gen/synthetic_cable.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "gen/cable_facts.h"

namespace cablescope::gen {
namespace {

std::string Digits(int value, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*d", width, value);
  return buf;
}

// Cablegate is mostly 2004-2010, with a thin tail back to 1966.
int DrawYear(Rng& rng) {
  double u = rng.Unit();
  if (u < 0.01) return rng.Between(1966, 1994);
  if (u < 0.04) return rng.Between(1995, 2002);
  static constexpr int kRecent[] = {2003, 2004, 2005, 2005, 2006, 2006, 2006, 2007, 2007,
                                    2007, 2008, 2008, 2008, 2009, 2009, 2009, 2010};
  return rng.Pick(kRecent);
}

// Lengths like the real dump: mostly 2-5 KB, a long tail to 20-50 KB;
// log-normal with a median of 4.5 KB averages about 7 KB.
size_t DrawLength(Rng& rng) {
  double bytes = 4500.0 * std::exp(0.9 * rng.Normal());
  return static_cast<size_t>(std::clamp(bytes, 700.0, 60000.0));
}

// `JAN` -> `Jan`, as the partial extracts write their DTG.
std::string TitleCase(std::string_view word) {
  std::string out(word);
  for (size_t i = 1; i < out.size(); ++i) out[i] = static_cast<char>(out[i] - 'A' + 'a');
  return out;
}

int DaysIn(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return kDays[month - 1] + (leap && month == 2 ? 1 : 0);
}

const Post& DrawPost(Rng& rng) {
  // The Department sends about one cable in twelve.
  if (rng.Chance(0.08)) return SecretaryOfState();
  auto posts = Posts();
  return posts[1 + rng.Below(static_cast<uint32_t>(posts.size() - 1))];
}

}  // namespace

SynthCable GenerateCable(uint64_t seed, uint64_t index) {
  Rng rng(CableSeed(seed, index));
  CableFacts f;
  f.post = &DrawPost(rng);
  f.year = DrawYear(rng);
  f.month = rng.Between(1, 12);
  f.day = rng.Between(1, DaysIn(f.year, f.month));
  f.hour = rng.Between(0, 23);
  f.minute = rng.Between(0, 59);
  f.serial = rng.Between(1, f.post->kind == PostKind::kState ? 135000 : 16000);
  double c = rng.Unit();
  f.level = c < 0.30   ? Level::kUnclassified
            : c < 0.48 ? Level::kSbu
            : c < 0.92 ? Level::kConfidential
                       : Level::kSecret;
  f.noforn = f.level >= Level::kConfidential && rng.Chance(0.06);
  static constexpr char kPrecedence[] = {'R', 'R', 'P', 'P', 'P', 'O', 'O', 'Z'};
  f.precedence = rng.Pick(kPrecedence);
  f.target_bytes = DrawLength(rng);
  f.sections = f.target_bytes > 9000 ? std::min(20, 1 + static_cast<int>(f.target_bytes / 8000)) : 1;
  f.upper = f.year < 2000 || rng.Chance(0.35);
  f.wrapped = f.upper || rng.Chance(0.6);
  f.mixed_case_marks = !f.upper && rng.Chance(0.02);

  SynthCable cable;
  cable.year = f.year;
  cable.month = f.month;
  std::string station;
  for (char ch : f.post->station) {
    if (ch != ' ') station.push_back(ch);
  }
  cable.id = Digits(f.year % 100, 2) + station + std::to_string(f.serial);
  cable.created = std::to_string(f.year) + "-" + Digits(f.month, 2) + "-" + Digits(f.day, 2) + " " +
                  Digits(f.hour, 2) + ":" + Digits(f.minute, 2);
  cable.released = "2010-" + Digits(rng.Between(11, 12), 2) + "-" + Digits(rng.Between(1, 28), 2) +
                   " " + Digits(rng.Between(0, 23), 2) + ":" + Digits(rng.Between(0, 59), 2);
  switch (f.level) {
    case Level::kUnclassified: cable.classification = "UNCLASSIFIED"; break;
    case Level::kSbu: cable.classification = "UNCLASSIFIED//FOR OFFICIAL USE ONLY"; break;
    case Level::kConfidential: cable.classification = f.noforn ? "CONFIDENTIAL//NOFORN" : "CONFIDENTIAL"; break;
    case Level::kSecret: cable.classification = f.noforn ? "SECRET//NOFORN" : "SECRET"; break;
  }
  cable.origin = std::string(f.post->origin);

  // A few cables survive only as partial extracts: no header, a bare DTG.
  cable.partial = rng.Chance(0.03);
  if (cable.partial) {
    cable.header =
        "This record is a partial extract of the original cable. The full text of the original "
        "cable is not available.\n";
    cable.header += Digits(f.day, 2) + Digits(f.hour, 2) + Digits(f.minute, 2) + "Z " +
                    TitleCase(Months()[static_cast<size_t>(f.month - 1)]) + " " +
                    Digits(f.year % 100, 2) + "\n";
  } else {
    cable.header = MakeRoutingHeader(rng, f);
  }
  cable.text = MakeCableText(rng, f, &cable.reference_ids);
  return cable;
}

}  // namespace cablescope::gen
