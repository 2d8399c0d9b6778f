// People across cables: clusters the names of every cable's `mentions`
// into persons (spellings merged, namesakes kept apart by title and date),
// then re-applies the users' corrections (person_edits).
#ifndef CABLESCOPE_ARCHIVE_PEOPLE_BUILD_H_
#define CABLESCOPE_ARCHIVE_PEOPLE_BUILD_H_

#include "archive/sqlite_db.h"
#include "archive/status.h"

namespace cablescope::archive {

struct LinkBuildReport;

// Rebuilds persons and person_variants and sets mentions.person; inside
// the caller's transaction.
Status BuildPeople(Database& db, LinkBuildReport* report);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_PEOPLE_BUILD_H_
