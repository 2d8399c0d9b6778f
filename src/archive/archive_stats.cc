#include "archive/archive_stats.h"

namespace cablescope::archive {
namespace {

Status Buckets(Database& db, const char* sql, std::vector<std::pair<std::string, int64_t>>* out) {
  Statement st;
  Status s = db.Prepare(sql, &st);
  if (!s.ok()) return s;
  while (st.Step()) out->emplace_back(st.IsNull(0) ? "(unknown)" : st.String(0), st.Int(1));
  return st.status();
}

}  // namespace

Status ComputeStats(Database& db, ArchiveStats* out) {
  *out = ArchiveStats();
  out->cables = QueryInt(db, "SELECT count(*) FROM cables");
  out->versions = QueryInt(db, "SELECT count(*) FROM sources");
  out->inputs = QueryInt(db, "SELECT count(DISTINCT path) FROM sources");
  out->multi_version_cables = QueryInt(db, "SELECT count(*) FROM cables WHERE versions > 1");
  Status s = Buckets(db, "SELECT year, count(*) FROM cables GROUP BY year ORDER BY year", &out->by_year);
  if (s.ok()) {
    s = Buckets(db, "SELECT origin, count(*) AS n FROM cables GROUP BY origin ORDER BY n DESC, origin",
                &out->by_origin);
  }
  if (s.ok()) {
    s = Buckets(db, "SELECT classification, count(*) AS n FROM cables GROUP BY classification "
                    "ORDER BY n DESC, classification", &out->by_classification);
  }
  if (s.ok()) {
    s = Buckets(db, "SELECT tag, count(DISTINCT cable) AS n FROM tags GROUP BY tag ORDER BY n DESC, tag",
                &out->by_tag);
  }
  return s;
}

}  // namespace cablescope::archive
