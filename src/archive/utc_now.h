// The current time as the archive writes it: UTC, ISO 8601, seconds
// (`2026-11-23T04:50:00Z`), for sources.ingested_at and person_edits.
#ifndef CABLESCOPE_ARCHIVE_UTC_NOW_H_
#define CABLESCOPE_ARCHIVE_UTC_NOW_H_

#include <ctime>
#include <string>

namespace cablescope::archive {

inline std::string UtcNow() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_UTC_NOW_H_
