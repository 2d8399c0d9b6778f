// LoadCableDates: every cable's id, date and year, as the cables table has
// them, also for a cable without a date (its year then comes from its id).
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "archive/cable_dates.h"
#include "archive/store.h"
#include "archive_test_records.h"
#include "archive_test_support.h"
#include "test_support.h"

namespace cablescope::archive {
namespace {

TEST(CableDates, AsTheCablesTableHasThem) {
  const std::string path = (testing::TempDir() / "cable_dates.db").string();
  std::vector<Record> records;
  for (int n : {30, 10, 20}) records.push_back(testing::SyntheticRecord(n, "dates/" + std::to_string(n)));
  Record undated = testing::SyntheticRecord(40, "dates/40");
  undated.id = "07TESTPOST40";
  undated.dtg.reset();
  undated.created.reset();
  records.push_back(undated);
  std::unique_ptr<ArchiveWriter> w;
  ASSERT_TRUE(ArchiveWriter::Open(path, &w).ok());
  testing::PutAll(w.get(), records);

  std::vector<CableDate> dates;
  ASSERT_TRUE(LoadCableDates(w->db(), /*with_ids=*/true, &dates).ok());
  ASSERT_EQ(dates.size(), 4u);
  Statement st;
  ASSERT_TRUE(w->db().Prepare("SELECT cable, id, coalesce(date, ''), coalesce(year, 0) FROM cables ORDER BY cable", &st).ok());
  for (const CableDate& d : dates) {
    ASSERT_TRUE(st.Step());
    EXPECT_EQ(d.cable, st.Int(0));
    EXPECT_EQ(d.id, st.String(1));
    EXPECT_EQ(d.date, st.String(2));
    EXPECT_EQ(d.year, st.Int(3));
  }
  EXPECT_EQ(dates.back().id, "07TESTPOST40");
  EXPECT_EQ(dates.back().date, "");
  EXPECT_EQ(dates.back().year, 2007);

  ASSERT_TRUE(LoadCableDates(w->db(), /*with_ids=*/false, &dates).ok());
  ASSERT_EQ(dates.size(), 4u);
  EXPECT_EQ(dates[0].id, "");
  EXPECT_EQ(dates[0].date, "2008-07-03");  // SyntheticRecord(30): month 1 + 30 % 12, day 1 + 30 % 28
}

}  // namespace
}  // namespace cablescope::archive
