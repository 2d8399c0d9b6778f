#include "archive/cable_dates.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace cablescope::archive {

Status LoadCableDates(Database& db, bool with_ids, std::vector<CableDate>* out) {
  out->clear();
  auto by_cable = [](const CableDate& a, const CableDate& b) { return a.cable < b.cable; };
  {
    Statement st;
    Status s = db.Prepare("SELECT cable, date FROM cables", &st);  // no ORDER BY: see the header
    if (!s.ok()) return s;
    while (st.Step()) {
      CableDate d;
      d.cable = st.Int(0);
      if (!st.IsNull(1)) {
        d.date = st.String(1);
        d.year = std::atoi(d.date.substr(0, 4).c_str());
      }
      out->push_back(std::move(d));
    }
    if (!st.status().ok()) return st.status();
  }
  std::sort(out->begin(), out->end(), by_cable);
  if (with_ids) {
    std::vector<CableDate> ids;
    Statement st;
    Status s = db.Prepare("SELECT cable, id FROM cables", &st);
    if (!s.ok()) return s;
    while (st.Step()) {
      CableDate d;
      d.cable = st.Int(0);
      d.id = st.String(1);
      ids.push_back(std::move(d));
    }
    if (!st.status().ok()) return st.status();
    std::sort(ids.begin(), ids.end(), by_cable);
    // The same cables, read in one snapshot: the two lists pair up.
    if (ids.size() != out->size()) return Status::IoError("cables changed while their ids were read");
    for (size_t i = 0; i < ids.size(); ++i) {
      if (ids[i].cable != (*out)[i].cable) return Status::IoError("cables changed while their ids were read");
      (*out)[i].id = std::move(ids[i].id);
    }
  }
  Statement year;
  Status s = db.Prepare("SELECT year FROM cables WHERE cable = ?1", &year);
  if (!s.ok()) return s;
  for (CableDate& d : *out) {
    if (!d.date.empty()) continue;
    year.Reset();
    year.Bind(1, d.cable);
    if (year.Step()) d.year = static_cast<int>(year.Int(0));
    if (!year.status().ok()) return year.status();
  }
  return Status::Ok();
}

}  // namespace cablescope::archive
