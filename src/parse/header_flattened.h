// Routing headers that lost their newlines.
//
// A press reprint of 06ISLAMABAD10261 (seed 003) and the 2010 JSON export
// carry the header as one line, each line glued to the next:
//
//   VZCZCXRO6094PP RUEHDBU RUEHLH RUEHPWDE RUEHIL #0261 1531246ZNY CCCCC ZZHP
//   021246Z JUN 06FM AMEMBASSY ISLAMABADTO RUEHC/SECSTATE WASHDC PRIORITY
//   0369INFO RUEHTA/AMEMBASSY ALMATY PRIORITY 9470RUEHAK/AMEMBASSY ANKARA ...
//
// The splitter finds where the lost line breaks were and hands back the
// original lines as views into the input, so the same line decoder reads a
// flattened header and a clean one. The break points are structural:
//   - after the transmission id (`VZCZC` + letters + digits);
//   - before `DE <route> #` even when glued (`RUEHPWDE RUEHIL #0261`), and
//     after the DE line's 7-digit filing time (`1531246ZNY`);
//   - after the security line's `ZZH` (`ZZHP 021246Z`);
//   - after the DTG's year (`JUN 06FM`);
//   - before the `TO` that ends the FM line (`ISLAMABADTO`; a stand-alone
//     `TO` wins, so `AMCONSUL TORONTO TO ...` keeps TORONTO whole);
//   - in the address lists: before a routing indicator glued to the previous
//     word (`PRIORITYRUEHBUL/`, `COLLECTIVERUCNFRG/`, `TURUEUITH/`: the
//     longest `R...` suffix of 5-7 letters whose second letter is not R),
//     after a serial (`0369INFO`, `1439AMEMBASSY`), after a precedence word
//     (`IMMEDIATEAMEMBASSY`), after `COLLECTIVE`, before `AMEMBASSY`,
//     `AMCONSUL`, `USMISSION` and before the one `INFO` and any `XMT`.
// Names are never cut inside (`KATHMANDU`, `INFO`-like letters inside a
// name), because every break needs one of those markers.
#ifndef CABLESCOPE_PARSE_HEADER_FLATTENED_H_
#define CABLESCOPE_PARSE_HEADER_FLATTENED_H_

#include <cstddef>
#include <string_view>

namespace cablescope::parse::header {

// True when `line` holds several header lines run together: a transmission
// id and a DE line's `#` serial on one line, or a DTG followed by `FM`.
// One pass over `line`.
bool LooksFlattened(std::string_view line);

// Yields the lines of a flattened header line, in order, as views into it.
// Work is linear in the input: every byte is examined a bounded number of
// times. The input must outlive the splitter.
class FlattenedHeaderSplitter {
 public:
  explicit FlattenedHeaderSplitter(std::string_view line) : s_(line) {}

  FlattenedHeaderSplitter(const FlattenedHeaderSplitter&) = delete;
  FlattenedHeaderSplitter& operator=(const FlattenedHeaderSplitter&) = delete;

  // Sets *line to the next line (possibly with spaces at its ends) and
  // returns true; returns false when the input is exhausted.
  bool Next(std::string_view* line);

 private:
  enum class Phase { kPrologue, kAfterDtg, kFrom, kAddress, kDone };

  bool NextPrologue(std::string_view* line);
  bool NextAfterDtg(std::string_view* line);
  bool NextFrom(std::string_view* line);
  bool NextAddress(std::string_view* line);

  // Offset within `tok` of the first glued boundary, or npos. `followed_by_space`
  // says whether the token ends before a space (not at the end of input).
  // `prev_piece` is the word before `tok`.
  size_t GluedSplit(std::string_view tok, std::string_view prev_piece,
                    bool followed_by_space) const;

  // End of a `PAGE 02  STATE  037566  161435Z` page line whose PAGE word ends
  // at `after_page`, or npos when what follows is not one.
  size_t PageLineEnd(size_t after_page) const;

  // Emits [pos_, end) and moves pos_ to end.
  bool Emit(size_t end, std::string_view* line);

  std::string_view s_;
  size_t pos_ = 0;
  Phase phase_ = Phase::kPrologue;
  bool info_seen_ = false;
};

}  // namespace cablescope::parse::header

#endif  // CABLESCOPE_PARSE_HEADER_FLATTENED_H_
