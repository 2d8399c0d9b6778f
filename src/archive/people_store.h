// Reading the people of an archive (built by people_build.h) and the
// users' corrections to them.
//
// Corrections are kept in person_edits and re-applied by every build:
//   merge A B   the persons A and B are one (B's variants join A)
//   split P V   the variant V of person P is another person
//   undo E      takes edit E back
// Each edit rebuilds the people at once.
#ifndef CABLESCOPE_ARCHIVE_PEOPLE_STORE_H_
#define CABLESCOPE_ARCHIVE_PEOPLE_STORE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "archive/sqlite_db.h"
#include "archive/status.h"

namespace cablescope::archive {

struct PersonSummary {
  int64_t person = 0;                 // persons.person (stable only until the next build)
  std::string name;                   // display form, the fullest variant
  std::vector<std::string> variants;  // every spelling seen
  std::vector<std::string> titles;    // most frequent first
  std::string first_date, last_date;  // YYYY-MM-DD, empty when unknown
  int64_t cables = 0;
};

struct PersonCable {
  std::string id, date, subject;
  std::string name;                   // as named in that cable
  std::vector<std::string> titles;
};

struct PersonDetail {
  PersonSummary summary;
  std::vector<PersonCable> cables;    // date order
};

// Persons whose variants match `query` (words, case and accents folded;
// empty = everyone), most cables first. *total is the number of matches.
Status ListPeople(Database& db, std::string_view query, size_t limit, size_t offset,
                  std::vector<PersonSummary>* out, int64_t* total);

// One person: by number, or by a name (the person with most cables among
// those with that variant). NotFound when none.
Status LoadPerson(Database& db, std::string_view number_or_name, PersonDetail* out);

// The persons named in cable row `cable`, in record order.
Status PeopleOfCable(Database& db, int64_t cable, std::vector<PersonSummary>* out);

// Corrections; each records an edit and rebuilds (BuildLinks). *edit gets
// the new edit's number.
Status MergePeople(Database& db, std::string_view a, std::string_view b, int64_t* edit);
Status SplitPerson(Database& db, std::string_view person, std::string_view variant, int64_t* edit);
Status UndoPeopleEdit(Database& db, int64_t edit);

struct PeopleEdit {
  int64_t edit = 0;
  std::string action, args, created_at;
  bool undone = false;
};
Status ListPeopleEdits(Database& db, std::vector<PeopleEdit>* out);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_PEOPLE_STORE_H_
