// The first line of a cable's text: classification, originating station and
// serial.
//
//   C O N F I D E N T I A L USUN NEW YORK 000589
//   CONFIDENTIAL SECTION 01 OF 08 NEW DELHI 005135
//   C o n f i d e n t i a l section 01 of 04 ankara 000348
//   UNCLAS SECTION 01 OF 02 BRASILIA 000123
//   LIMITED OFFICIAL USE ATHENS 2959
//   SECRET//NOFORN
#ifndef CABLESCOPE_PARSE_CLASSIFICATION_LINE_H_
#define CABLESCOPE_PARSE_CLASSIFICATION_LINE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cablescope::parse {

struct ClassificationLine {
  // Spelled out, upper case: UNCLASSIFIED, SENSITIVE BUT UNCLASSIFIED,
  // LIMITED OFFICIAL USE, CONFIDENTIAL, SECRET, TOP SECRET, plus `//NOFORN`
  // etc. when the line writes them with slashes.
  std::string classification;
  std::string station;  // "USUN NEW YORK", upper-cased; empty when absent
  std::string serial;   // "000589" as written; empty when absent
  std::vector<std::string> captions;  // caption words written on the line itself
  size_t length = 0;    // bytes of `line` the classification line took
};

// Parses a classification line at the start of `line` (one line, or the
// head of a flattened text, where the serial runs into the next word:
// `ankara 000348SipdisE.o.`; parsing stops after the serial's digits and
// `length` says where). Tolerates the doubled or lost first letters that
// real pages carry (`SS E C R E T`, `CSE C R E T`, `O N F I D E N T I A L`,
// `UUNCLAS`) and skips `SECTION 01 OF 04`. Returns nullopt when the line does
// not start with a classification.
std::optional<ClassificationLine> ParseClassificationLine(std::string_view line);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_CLASSIFICATION_LINE_H_
