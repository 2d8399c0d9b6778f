// BuildPeople across cables: spellings of one name merged (Mottaki,
// Muttaki, Motaki), one surname held by two people kept apart by title and
// date (the two Rices), and the users' corrections (merge, split, undo)
// surviving a rebuild and a later ingest.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "archive/link_build.h"
#include "archive/people_names.h"
#include "archive/people_query.h"
#include "archive/people_store.h"
#include "archive/store.h"
#include "link/text_links.h"
#include "archive_test_records.h"
#include "archive_test_support.h"
#include "test_support.h"

namespace cablescope::archive {
namespace {

Record Cable(const std::string& id, const std::string& dtg, const std::string& body,
             std::vector<Person> classified_by = {}) {
  return testing::TextRecord(id, dtg, body, {}, std::move(classified_by));
}

std::vector<Record> Cables() {
  return {
      Cable("06ISLAMABAD10261", "2006-06-02T12:46Z",
            "1. (C) Pakistani Foreign Minister Kasuri telephoned Iranian Foreign Minister Muttaki. "
            "Secretary Rice's May 31 statement was a shift. Muttaki thanked Kasuri.",
            {Person{"Ryan C. Crocker", std::string("Ambassador")}}),
      Cable("09BAGHDAD197", "2009-01-25T10:00Z",
            "2. (S) NSA Rubaie met President Mahmoud Ahmadinejad and Foreign Minister Manuchehr "
            "Motaki in Tehran. Rubaie wrote to Ambassador Crocker."),
      Cable("09USUNNEWYORK589", "2009-06-13T00:23Z",
            "1. (C) Ambassador Rice met UN Secretary-General Ban Ki-moon. Ban intervened with "
            "Iranian Foreign Minister Mottaki.",
            {Person{"Susan E. Rice", std::string("Ambassador")}}),
  };
}

class PeopleBuild : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (testing::TempDir() / "people.db").string();
    Ingest(Cables());
  }

  void Ingest(const std::vector<Record>& records) {
    std::unique_ptr<ArchiveWriter> w;
    ASSERT_TRUE(ArchiveWriter::Open(path_, &w).ok());
    testing::PutAll(w.get(), records);
    LinkBuildReport report;
    Status s = BuildLinks(w->db(), &report);
    ASSERT_TRUE(s.ok()) << s.message();
    writer_ = std::move(w);
  }

  Database& db() { return writer_->db(); }

  // The person (number) that `name` resolves to, and that person's variants.
  PersonDetail Person(const std::string& name) {
    PersonDetail d;
    Status s = LoadPerson(db(), name, &d);
    EXPECT_TRUE(s.ok()) << name << ": " << s.message();
    return d;
  }

  std::vector<int64_t> Rows(const std::string& name) {
    RowSet rows(QueryInt(db(), "SELECT max(cable) + 1 FROM cables"));
    Status s = PersonRows(db(), name, false, &rows);
    EXPECT_TRUE(s.ok()) << s.message();
    std::vector<int64_t> out;
    rows.ForEach([&](int64_t r) { out.push_back(r); });
    return out;
  }

  int64_t Persons() { return QueryInt(db(), "SELECT count(*) FROM persons"); }

  std::string path_;
  std::unique_ptr<ArchiveWriter> writer_;
};

TEST(PeopleNames, SpellingKeysOfTransliterations) {
  EXPECT_EQ(SpellingKey("Mottaki"), SpellingKey("Muttaki"));
  EXPECT_EQ(SpellingKey("Mottaki"), SpellingKey("Motaki"));
  EXPECT_EQ(SpellingKey("MOTTAKI"), SpellingKey("Mottakí"));
  EXPECT_NE(SpellingKey("Rice"), SpellingKey("Ross"));
  EXPECT_TRUE(GivenNamesAgree("manouchehr", "manuchehr"));
  EXPECT_TRUE(GivenNamesAgree("s", "susan"));
  EXPECT_FALSE(GivenNamesAgree("susan", "condoleezza"));
  EXPECT_EQ(KeyOfName("Ban Ki-moon").phonetic, SpellingKey("Ban"));
  EXPECT_EQ(KeyOfName("Susan E. Rice").given, "susan");
}

TEST_F(PeopleBuild, SpellingsOfOneNameAreOnePerson) {
  PersonDetail mottaki = Person("Mottaki");
  PersonDetail muttaki = Person("Muttaki");
  PersonDetail motaki = Person("Motaki");
  EXPECT_EQ(mottaki.summary.person, muttaki.summary.person);
  EXPECT_EQ(mottaki.summary.person, motaki.summary.person);
  EXPECT_EQ(mottaki.summary.name, "Manuchehr Motaki");
  EXPECT_EQ(mottaki.summary.cables, 3);
  EXPECT_EQ(mottaki.summary.first_date, "2006-06-02");
  EXPECT_EQ(mottaki.summary.last_date, "2009-06-13");
  ASSERT_FALSE(mottaki.summary.titles.empty());
  EXPECT_EQ(mottaki.summary.titles[0], "Foreign Minister");
  // person: finds every cable under any spelling.
  EXPECT_EQ(Rows("Muttaki").size(), 3u);
  EXPECT_EQ(Rows("mottaki"), Rows("Motaki"));
}

TEST_F(PeopleBuild, TwoRicesAreTwoPeople) {
  PersonDetail susan = Person("Susan E. Rice");
  EXPECT_EQ(susan.summary.cables, 1);
  EXPECT_EQ(susan.summary.titles, std::vector<std::string>{"Ambassador"});
  std::vector<PersonSummary> rices;
  int64_t total = 0;
  ASSERT_TRUE(ListPeople(db(), "Rice", 10, 0, &rices, &total).ok());
  ASSERT_EQ(total, 2);
  const auto secretary = std::find_if(rices.begin(), rices.end(), [](const PersonSummary& p) {
    return std::find(p.titles.begin(), p.titles.end(), "Secretary") != p.titles.end();
  });
  ASSERT_NE(secretary, rices.end());
  EXPECT_NE(secretary->person, susan.summary.person);
  EXPECT_EQ(secretary->first_date, "2006-06-02");
  // Crocker of the Classified By line and `Ambassador Crocker` in 2009: one.
  EXPECT_EQ(Person("Crocker").summary.cables, 2);
}

// A titled bare surname whose title nobody held joins the one person of
// that name named without a title in the years around; with two such
// persons it joins neither.
TEST_F(PeopleBuild, ATitleLaterJoinsTheOnlyUntitledNamesake) {
  Ingest({Cable("08ISLAMABAD1800", "2008-05-20T10:00Z", "1. (C) Asif Zardari met the Ambassador."),
          Cable("08ISLAMABAD3900", "2008-12-10T10:00Z", "1. (C) President Zardari met the Ambassador."),
          Cable("07ANKARA100", "2007-01-10T10:00Z", "1. (C) Mustafa Erdogan spoke. Later Ali Erdogan spoke."),
          Cable("07ANKARA200", "2007-03-10T10:00Z", "1. (C) PM Erdogan spoke."),
          // An office on the Classified By line (`SCA`) is no personal title.
          Cable("08STATE37957", "2008-04-10T10:00Z", "1. (S) Points for the Ambassador.",
                {cablescope::Person{"Richard A. Boucher", std::string("SCA")}}),
          Cable("09ISLAMABAD24", "2009-01-05T10:00Z", "1. (C) A/S Boucher will visit."),
          // A public figure named bare, later with a title.
          Cable("06ANKARA4688", "2006-08-10T10:00Z", "1. (C) Davutoglu spoke."),
          Cable("09ANKARA1654", "2009-06-10T10:00Z", "1. (C) FM Davutoglu spoke.")});
  EXPECT_EQ(Person("Richard A. Boucher").summary.cables, 2);
  PersonDetail davutoglu = Person("Davutoglu");
  EXPECT_EQ(davutoglu.summary.cables, 2);
  EXPECT_EQ(davutoglu.summary.first_date, "2006-08-10");
  PersonDetail asif = Person("Asif Zardari");
  EXPECT_EQ(asif.summary.cables, 2);
  EXPECT_EQ(asif.summary.titles, std::vector<std::string>{"President"});
  for (const char* name : {"Mustafa Erdogan", "Ali Erdogan"}) {
    PersonDetail d = Person(name);
    EXPECT_EQ(d.summary.cables, 1) << name;
    EXPECT_TRUE(d.summary.titles.empty()) << name;
  }
}

TEST_F(PeopleBuild, EditsSurviveRebuildsAndLaterIngests) {
  const int64_t before = Persons();
  int64_t merge = 0, split = 0;
  // Kasuri and Rubaie are not one person; the user says so anyway.
  Status s = MergePeople(db(), "Kasuri", "Rubaie", &merge);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(Persons(), before - 1);
  EXPECT_EQ(Person("Rubaie").summary.person, Person("Kasuri").summary.person);
  // Split the spelling Muttaki off Mottaki.
  s = SplitPerson(db(), "Mottaki", "Muttaki", &split);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_NE(Person("Muttaki").summary.person, Person("Mottaki").summary.person);
  std::vector<PeopleEdit> edits;
  ASSERT_TRUE(ListPeopleEdits(db(), &edits).ok());
  ASSERT_EQ(edits.size(), 2u);
  EXPECT_EQ(edits[0].action, "merge");
  EXPECT_EQ(edits[1].action, "split");

  // A later ingest rebuilds the people: the edits hold.
  Ingest({Cable("09TEHRAN1", "2009-08-01T00:00Z", "1. (C) FM Mottaki spoke. FM MOTTAKI AGAIN.")});
  EXPECT_EQ(Person("Rubaie").summary.person, Person("Kasuri").summary.person);
  EXPECT_NE(Person("Muttaki").summary.person, Person("Mottaki").summary.person);
  EXPECT_EQ(Person("Mottaki").summary.cables, 3);  // 09BAGHDAD197, 09USUNNEWYORK589, 09TEHRAN1

  // Undo both: the machine's clustering is back.
  ASSERT_TRUE(UndoPeopleEdit(db(), split).ok());
  EXPECT_EQ(Person("Muttaki").summary.person, Person("Mottaki").summary.person);
  ASSERT_TRUE(UndoPeopleEdit(db(), merge).ok());
  EXPECT_NE(Person("Rubaie").summary.person, Person("Kasuri").summary.person);
  EXPECT_FALSE(UndoPeopleEdit(db(), merge).ok());  // already undone
  ASSERT_TRUE(ListPeopleEdits(db(), &edits).ok());
  EXPECT_TRUE(edits[0].undone && edits[1].undone);
}

TEST_F(PeopleBuild, UnknownNamesAreNotFound) {
  int64_t edit = 0;
  EXPECT_EQ(MergePeople(db(), "Nobody", "Kasuri", &edit).code(), Status::Code::kNotFound);
  EXPECT_EQ(SplitPerson(db(), "Kasuri", "Nobody", &edit).code(), Status::Code::kNotFound);
  PersonDetail d;
  EXPECT_EQ(LoadPerson(db(), "Nobody", &d).code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace cablescope::archive
