// The link build apart from its write (link_build.h): links computed on a
// read-only connection, while the writer builds the deferred indexes, and
// then written are the links BuildLinks writes on one connection.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "archive/deferred_indexes.h"
#include "archive/link_build.h"
#include "archive/store.h"
#include "archive_test_records.h"
#include "archive_test_support.h"
#include "test_support.h"

namespace cablescope::archive {
namespace {

// Cables that cite each other (one held, two missing) and name people
// across cables (Kasuri twice, Mottaki in two spellings).
std::vector<Record> Cables() {
  auto cable = [](const std::string& id, const std::string& dtg, const std::string& body,
                  std::vector<Reference> refs) { return testing::TextRecord(id, dtg, body, std::move(refs)); };
  return {
      cable("06ISLAMABAD10142", "2006-05-30T10:00Z", "1. (C) Foreign Minister Kasuri met Ambassador Crocker.", {}),
      cable("06ISLAMABAD10261", "2006-06-02T12:46Z",
            "1. (C) Pakistani Foreign Minister Kasuri telephoned Iranian Foreign Minister Muttaki.",
            {Reference{"A", "cable", "ISLAMABAD 10142", std::string("06ISLAMABAD10142")},
             Reference{"B", "cable", "STATE 87686", std::string("06STATE87686")}}),
      cable("09BAGHDAD197", "2009-01-25T10:00Z", "2. (S) Foreign Minister Manuchehr Motaki met NSA Rubaie.",
            {Reference{"A", "cable", "BAGHDAD 100", std::string("09BAGHDAD100")}}),
  };
}

// Every row of the link tables, in a fixed order, as text.
std::string LinkTables(Database& db) {
  std::string out;
  for (const char* sql : {
           "SELECT group_concat(cable || '|' || cites || '|' || cited_by || '|' || rank || '|' || thread, ';') "
           "FROM (SELECT * FROM cable_graph ORDER BY cable)",
           "SELECT group_concat(id || '|' || cited_count || '|' || coalesce(estimated_date, '') || '|' || thread, ';') "
           "FROM (SELECT * FROM missing_cables ORDER BY id)",
           "SELECT group_concat(person || '|' || name || '|' || titles || '|' || cables, ';') "
           "FROM (SELECT * FROM persons ORDER BY person)",
           "SELECT group_concat(person || '|' || variant, ';') FROM (SELECT * FROM person_variants ORDER BY 1, 2)",
           "SELECT group_concat(cable || '|' || position || '|' || name || '|' || coalesce(person, ''), ';') "
           "FROM (SELECT * FROM mentions ORDER BY cable, position)",
       }) {
    Statement st;
    EXPECT_TRUE(db.Prepare(sql, &st).ok()) << sql;
    if (st.Step()) out += st.String(0);
    out += "\n";
  }
  return out;
}

TEST(LinkBuild, PlannedOnAReaderWhileIndexesAreBuiltIsWhatBuildLinksWrites) {
  const std::string path = (testing::TempDir() / "link_build.db").string();
  std::unique_ptr<ArchiveWriter> w;
  ASSERT_TRUE(ArchiveWriter::Open(path, &w).ok());
  testing::PutAll(w.get(), Cables());
  LinkBuildReport built;
  ASSERT_TRUE(BuildLinks(w->db(), &built).ok());
  const std::string expected = LinkTables(w->db());
  EXPECT_EQ(built.edges, 3);
  EXPECT_EQ(built.missing, 2);
  EXPECT_GE(built.persons, 4);  // Kasuri, Crocker, Mottaki, Rubaie

  // Empty the link tables, defer the indexes, and rebuild as an ingest does.
  ASSERT_TRUE(w->db().Exec("DELETE FROM cable_graph; DELETE FROM missing_cables; DELETE FROM persons; "
                           "DELETE FROM person_variants; UPDATE mentions SET person = NULL").ok());
  ASSERT_TRUE(DeferIndexes(w->db()).ok());
  ASSERT_EQ(DeferredIndexCount(w->db()), 9);
  std::unique_ptr<Database> reader;
  ASSERT_TRUE(Database::Open(path, Database::Mode::kReadOnly, &reader).ok());
  ASSERT_TRUE(reader->Exec("BEGIN").ok());
  LinkPlan plan;
  LinkBuildReport report;
  ASSERT_TRUE(PlanLinks(*reader, &plan, &report).ok());
  // The reader's snapshot is open while the writer builds indexes.
  int64_t restored = 0;
  ASSERT_TRUE(RestoreDeferredIndexes(w->db(), &restored, RestoreIndexes::kAllButLinkTables).ok());
  EXPECT_EQ(restored, 7);
  ASSERT_TRUE(reader->Exec("COMMIT").ok());
  // Nothing written yet.
  EXPECT_EQ(QueryInt(w->db(), "SELECT count(*) FROM persons"), 0);
  EXPECT_EQ(QueryInt(w->db(), "SELECT count(*) FROM cable_graph"), 0);

  ASSERT_TRUE(WriteLinks(w->db(), &plan, &report).ok());
  EXPECT_EQ(LinkTables(w->db()), expected);
  EXPECT_EQ(report.edges, built.edges);
  EXPECT_EQ(report.persons, built.persons);
  EXPECT_EQ(DeferredIndexCount(w->db()), 2);  // mentions_person and person_variants_key, after the write
  ASSERT_TRUE(RestoreDeferredIndexes(w->db(), &restored).ok());
  EXPECT_EQ(restored, 2);
  EXPECT_EQ(QueryInt(w->db(), "SELECT count(*) FROM sqlite_master WHERE name = 'mentions_person'"), 1);
}

}  // namespace
}  // namespace cablescope::archive
