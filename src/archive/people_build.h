// People across cables: clusters the names of every cable's `mentions`
// into persons (spellings merged, namesakes kept apart by title and date),
// then re-applies the users' corrections (person_edits).
#ifndef CABLESCOPE_ARCHIVE_PEOPLE_BUILD_H_
#define CABLESCOPE_ARCHIVE_PEOPLE_BUILD_H_

#include <memory>

#include "archive/sqlite_db.h"
#include "archive/status.h"

namespace cablescope::archive {

struct LinkBuildReport;

// The persons, computed and then written: apart, so that an ingest
// computes them on a connection of its own while its writer builds indexes
// (link_build.h).
class PeoplePlan {
 public:
  PeoplePlan();
  ~PeoplePlan();
  PeoplePlan(PeoplePlan&&) noexcept;
  PeoplePlan& operator=(PeoplePlan&&) noexcept;

  // Reads mentions and person_edits from `db`, which may be any connection
  // to the archive, and clusters the names; writes nothing.
  Status Compute(Database& db);
  // Rebuilds persons, person_variants and person_keys and rewrites mentions
  // with their persons; inside the caller's transaction on the writer's
  // connection.
  Status Write(Database& db, LinkBuildReport* report);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_PEOPLE_BUILD_H_
