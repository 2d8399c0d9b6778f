#include "archive/people_store.h"

namespace cablescope::archive {

// TODO(issue 4): implement.
Status ListPeople(Database&, std::string_view, size_t, size_t, std::vector<PersonSummary>*, int64_t* total) {
  *total = 0;
  return Status::Ok();
}
Status LoadPerson(Database&, std::string_view, PersonDetail*) { return Status::NotFound("no people yet"); }
Status PeopleOfCable(Database&, int64_t, std::vector<PersonSummary>*) { return Status::Ok(); }
Status MergePeople(Database&, std::string_view, std::string_view, int64_t*) { return Status::NotFound("no people yet"); }
Status SplitPerson(Database&, std::string_view, std::string_view, int64_t*) { return Status::NotFound("no people yet"); }
Status UndoPeopleEdit(Database&, int64_t) { return Status::NotFound("no people yet"); }
Status ListPeopleEdits(Database&, std::vector<PeopleEdit>*) { return Status::Ok(); }

}  // namespace cablescope::archive
