// What the parts of one synthetic cable must agree on (post, date, serial,
// classification, size): drawn once by GenerateCable, then used to write
// the routing header and the text so that both tell the same story.
#ifndef CABLESCOPE_BENCH_GEN_CABLE_FACTS_H_
#define CABLESCOPE_BENCH_GEN_CABLE_FACTS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "gen/facts.h"
#include "gen/rng.h"

namespace cablescope::gen {

enum class Level { kUnclassified, kSbu, kConfidential, kSecret };

struct CableFacts {
  const Post* post = nullptr;
  int year = 2009, month = 1, day = 1, hour = 0, minute = 0;
  int serial = 1;
  Level level = Level::kConfidential;
  bool noforn = false;
  char precedence = 'P';  // Z O P R
  int sections = 1;
  bool upper = false;     // the whole text in capitals (older cables)
  bool wrapped = true;    // lines cut near 70 columns (else one line a paragraph)
  bool mixed_case_marks = false;  // `C o n f i d e n t i a l section 01 of 04 ankara`
  size_t target_bytes = 7000;
};

// "SECSTATE WASHDC", "AMEMBASSY ISLAMABAD", "USMISSION USUN NEW YORK".
std::string AddresseeName(const Post& post);
// Day of the year (1..366) of a date.
int DayOfYear(int year, int month, int day);

// The routing header, '\n' after each line (the last one too).
std::string MakeRoutingHeader(Rng& rng, const CableFacts& facts);
// The text; appends the canonical ids of its cable references to *ref_ids.
std::string MakeCableText(Rng& rng, const CableFacts& facts, std::vector<std::string>* ref_ids);

}  // namespace cablescope::gen

#endif  // CABLESCOPE_BENCH_GEN_CABLE_FACTS_H_
