// The containers a synthetic cable can be written in, with the quirks of the
// real ones (../shared/docs/cable-anatomy.md §1).
#ifndef CABLESCOPE_BENCH_GEN_WRITERS_H_
#define CABLESCOPE_BENCH_GEN_WRITERS_H_

#include <cstdint>
#include <string>

#include "gen/synthetic_cable.h"

namespace cablescope::gen {

// One row of the 2011 cables.csv dump: 8 quoted columns, quotes and
// apostrophes escaped with a backslash (not doubled), header and body
// spanning many lines, references pipe-separated, created as M/D/YYYY H:MM.
void AppendCablesCsvRow(const SynthCable& cable, uint64_t row, std::string* out);

// A raw telegram: routing header, blank line, text (no header for partial
// extracts).
std::string TelegramText(const SynthCable& cable);

// One JSON line (`_id, origin, date_time, classification, body, header,
// reference_id`) with newlines stripped from header and body, as in the
// real export (`TUSUBJECT:`), paragraphs marked with a pilcrow.
void AppendJsonLine(const SynthCable& cable, std::string* out);

// A Cablegate cable page: navigation chrome (~30 KB), the metadata table,
// the header <pre> and the text <pre> with `&#x000A;` newlines, paragraph
// anchors and TAGS links.
std::string WikileaksPage(const SynthCable& cable);

// Relative path of a page in a Cablegate mirror: `2009/01/09ASTANA95.html`.
std::string WikileaksPagePath(const SynthCable& cable);

}  // namespace cablescope::gen

#endif  // CABLESCOPE_BENCH_GEN_WRITERS_H_
