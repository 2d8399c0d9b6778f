// Writing records into a test archive: what every archive test does first.
#ifndef CABLESCOPE_TESTS_ARCHIVE_ARCHIVE_TEST_SUPPORT_H_
#define CABLESCOPE_TESTS_ARCHIVE_ARCHIVE_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "archive/store.h"
#include "model/record.h"

namespace cablescope::testing {

// Puts every record through `w` and commits; each outcome is appended to
// `outcomes` when given.
inline void PutAll(archive::ArchiveWriter* w, const std::vector<Record>& records,
                   std::vector<archive::PutOutcome>* outcomes = nullptr) {
  for (const auto& r : records) {
    archive::PutOutcome o;
    archive::Status s = w->Put(r, &o);
    ASSERT_TRUE(s.ok()) << s.message();
    if (outcomes != nullptr) outcomes->push_back(o);
  }
  archive::Status s = w->Commit();
  ASSERT_TRUE(s.ok()) << s.message();
}

// Opens (or creates) the archive at `path` and stores `records` in it.
inline void StoreRecords(const std::string& path, const std::vector<Record>& records,
                         std::vector<archive::PutOutcome>* outcomes = nullptr) {
  std::unique_ptr<archive::ArchiveWriter> w;
  archive::Status s = archive::ArchiveWriter::Open(path, &w);
  ASSERT_TRUE(s.ok()) << s.message();
  PutAll(w.get(), records, outcomes);
}

}  // namespace cablescope::testing

#endif  // CABLESCOPE_TESTS_ARCHIVE_ARCHIVE_TEST_SUPPORT_H_
