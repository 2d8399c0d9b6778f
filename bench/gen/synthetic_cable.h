// One invented cable as the containers see it: metadata, routing header and
// text (with '\n' line ends). Writers (writers.h) wrap it in a format.
#ifndef CABLESCOPE_BENCH_GEN_SYNTHETIC_CABLE_H_
#define CABLESCOPE_BENCH_GEN_SYNTHETIC_CABLE_H_

#include <cstdint>
#include <string>
#include <vector>

namespace cablescope::gen {

struct SynthCable {
  std::string id;              // 09ASTANA95
  int year = 0;                // 2009
  int month = 0;               // 1..12
  std::string created;         // 2009-01-20 05:05
  std::string released;        // 2010-12-02 21:09
  std::string classification;  // CONFIDENTIAL, SECRET//NOFORN, UNCLASSIFIED//FOR OFFICIAL USE ONLY
  std::string origin;          // Embassy Astana
  std::vector<std::string> reference_ids;  // 08STATE12345, for cables.csv's column
  std::string header;          // routing header, or the partial-extract note
  std::string text;            // from the classification line to the signer
  bool partial = false;
};

// Cable number `index` of the corpus `seed`: the same bytes on every run and
// machine, whatever else is generated.
SynthCable GenerateCable(uint64_t seed, uint64_t index);

}  // namespace cablescope::gen

#endif  // CABLESCOPE_BENCH_GEN_SYNTHETIC_CABLE_H_
