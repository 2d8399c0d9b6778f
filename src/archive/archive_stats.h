// Counts over the whole archive: cables by year, origin, classification
// and tag, and how many cables have several versions.
//
// Reads with SQL on the caller's connection (GROUP BY over the normalised
// tables); not thread-safe (one connection, one thread).
#ifndef CABLESCOPE_ARCHIVE_ARCHIVE_STATS_H_
#define CABLESCOPE_ARCHIVE_ARCHIVE_STATS_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "archive/sqlite_db.h"
#include "archive/status.h"

namespace cablescope::archive {

struct ArchiveStats {
  int64_t cables = 0;
  int64_t versions = 0;             // rows of `sources`
  int64_t inputs = 0;               // distinct source paths
  int64_t multi_version_cables = 0; // cables seen in more than one source
  // (value, count); years ascending, the others by count descending.
  std::vector<std::pair<std::string, int64_t>> by_year, by_origin, by_classification, by_tag;
};

Status ComputeStats(Database& db, ArchiveStats* out);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_ARCHIVE_STATS_H_
