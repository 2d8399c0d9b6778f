#include "archive/people_query.h"

#include <string>
#include <vector>

#include "archive/text_fold.h"

namespace cablescope::archive {

Status PersonRows(Database& db, std::string_view name, bool prefix, RowSet* out) {
  const std::string key = FoldValue(name);
  if (key.empty()) return Status::Ok();
  Statement persons;
  Status s = prefix ? db.Prepare("SELECT DISTINCT person FROM person_keys WHERE key >= ?1 AND key < ?2", &persons)
                    : db.Prepare("SELECT DISTINCT person FROM person_keys WHERE key = ?1", &persons);
  if (!s.ok()) return s;
  persons.Bind(1, key);
  if (prefix) persons.Bind(2, key + "\xff");
  std::vector<int64_t> ids;
  while (persons.Step()) ids.push_back(persons.Int(0));
  if (!persons.status().ok()) return persons.status();
  Statement cables;
  s = db.Prepare("SELECT cable FROM mentions WHERE person = ?1", &cables);
  if (!s.ok()) return s;
  for (int64_t id : ids) {
    cables.Reset();
    cables.Bind(1, id);
    while (cables.Step()) out->Add(cables.Int(0));
    if (!cables.status().ok()) return cables.status();
  }
  return Status::Ok();
}

}  // namespace cablescope::archive
