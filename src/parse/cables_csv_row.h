// The signature of a cables.csv row: how the CSV reader finds its footing
// in a chunk cut mid-row, and how format detection recognises the dump.
#ifndef CABLESCOPE_PARSE_CABLES_CSV_ROW_H_
#define CABLESCOPE_PARSE_CABLES_CSV_ROW_H_

#include <cstddef>
#include <string_view>

namespace cablescope::parse {

// Bytes needed to decide IsCablesCsvRowStart (a row start is shorter).
inline constexpr size_t kCablesCsvRowStartBytes = 48;

// True when `bytes` starts with the first two fields of a cables.csv row and
// the opening quote of the third: `"<1-12 digits>","<M/D/YYYY H:MM>","`
// (`"1","12/28/1966 18:48","66BUENOSAIRES2481",...`). Body lines of real
// cables never look like this.
bool IsCablesCsvRowStart(std::string_view bytes);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_CABLES_CSV_ROW_H_
