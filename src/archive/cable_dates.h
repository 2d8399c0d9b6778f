// CableDates: the id, date and year of every cable, for the link build,
// read from the indexes on `cables` rather than from its rows.
//
// A cables row holds the cable's body and merged record inline (~10 KB),
// so a walk of the table in row order reads the whole archive: at 50,000
// cables the link build's two such walks were a quarter of its reading.
// `SELECT cable, date` without ORDER BY is answered from cables_date and
// `SELECT cable, id` from the UNIQUE index on id, both a few MB.
#ifndef CABLESCOPE_ARCHIVE_CABLE_DATES_H_
#define CABLESCOPE_ARCHIVE_CABLE_DATES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "archive/sqlite_db.h"
#include "archive/status.h"

namespace cablescope::archive {

struct CableDate {
  int64_t cable = 0;
  std::string id;    // empty unless asked for
  std::string date;  // cables.date, YYYY-MM-DD; empty when NULL
  int year = 0;      // cables.year; 0 when NULL
};

// Every cable of `db`, in row order. cables.year is the date's year when
// there is a date (schema.cc), so it is read from the table only for the
// cables without one.
Status LoadCableDates(Database& db, bool with_ids, std::vector<CableDate>* out);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_CABLE_DATES_H_
