// The `person:` query field: cables that name a person, under any of the
// spellings merged into that person (people_build.h).
#ifndef CABLESCOPE_ARCHIVE_PEOPLE_QUERY_H_
#define CABLESCOPE_ARCHIVE_PEOPLE_QUERY_H_

#include <string_view>

#include "archive/row_set.h"
#include "archive/sqlite_db.h"
#include "archive/status.h"

namespace cablescope::archive {

// Adds to *out the rows of the cables that name a person one of whose
// variants matches `name` (case and accents folded; `prefix` for name*).
Status PersonRows(Database& db, std::string_view name, bool prefix, RowSet* out);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_PEOPLE_QUERY_H_
