// What the full-text index (text_index_writer.h) takes of one cable.
//
// Each word of a cable is indexed once. The text of a marked paragraph goes
// to the column of its marking (`m_c` for "C" and "C/NF", `m_s` for "S",
// "S/NF" ...), the rest of the body to `body`; a search without `para:`
// matches every column, `para:C x` only `m_c`. The paragraphs are cut out
// of the body by their offsets (Paragraph::start, end). A record without
// usable offsets (from an older cablescope, or whose paragraphs came from
// another version than its body) indexes its whole body under `body` and
// its marked paragraphs' text again under their markings: the words twice,
// the answers the same. The values are the record's text as it is: the
// tokenizer folds case, accents and leading zeros (text_fold.h).
//
// CableTextOf must stay a pure function of the record: the index checker
// (text_index_check.h) tokenizes it again and compares.
#ifndef CABLESCOPE_ARCHIVE_CABLE_TEXT_VALUES_H_
#define CABLESCOPE_ARCHIVE_CABLE_TEXT_VALUES_H_

#include <array>
#include <string>
#include <string_view>

#include "model/record.h"

namespace cablescope::archive {

// The marking columns, in cable_text's column order after id, subject,
// body, tags. kMarkingColumns[i] holds the paragraphs whose marking's first
// part (before '/') is kMarkingBases[i]; the last holds every other marking.
inline constexpr std::array<const char*, 6> kMarkingColumns = {"m_u", "m_sbu", "m_c", "m_s", "m_ts", "m_other"};
inline constexpr std::array<const char*, 5> kMarkingBases = {"U", "SBU", "C", "S", "TS"};

// Index into kMarkingColumns for a paragraph marking ("S/NF" -> m_s).
size_t MarkingColumn(std::string_view marking);

// True when `marking` is exactly what its column holds ("S", not "S/NF"):
// the column alone then answers `para:` without looking at the paragraphs.
bool MarkingIsBase(std::string_view marking);

struct CableTextValues {
  std::string ids, subject, body, tags;
  std::array<std::string, kMarkingColumns.size()> marked;
};

// The values of `r`'s cable_text row, numbers without leading zeros.
CableTextValues CableTextOf(const Record& r);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_CABLE_TEXT_VALUES_H_
