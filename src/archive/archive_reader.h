// ArchiveReader: read-only access to an archive: a cable, its versions.
//
// Opens the SQLite file read-only, so it never blocks an ingest; in WAL mode
// it reads the last committed batch while a writer goes on. One reader per
// thread (it owns one connection); several readers, in any number of
// threads or processes, may share one archive.
#ifndef CABLESCOPE_ARCHIVE_ARCHIVE_READER_H_
#define CABLESCOPE_ARCHIVE_ARCHIVE_READER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "archive/sqlite_db.h"
#include "archive/status.h"

namespace cablescope::archive {

// One version of a cable as stored: where it came from and what it said.
struct VersionInfo {
  int version = 0;
  std::string path, format;
  int64_t offset = 0;
  std::string metadata_json;  // what the container said, a JSON object
  std::string text_hash;
  std::string ingested_at;
  std::string record_json;    // the record as parsed from this source
};

struct CableView {
  int64_t row = 0;
  std::string id;
  std::string record_json;  // merged record with provenance and version count
  std::vector<VersionInfo> versions;  // filled when asked for
};

class ArchiveReader {
 public:
  // Opens `path` read-only. NotFound when there is no file; kSchema when it
  // is not an archive this code reads.
  static Status Open(const std::string& path, std::unique_ptr<ArchiveReader>* out);

  // The cable with id `id` (any form link::CanonicalId accepts:
  // 06ISLAMABAD010261 finds 06ISLAMABAD10261). NotFound when absent.
  Status LoadCable(std::string_view id, bool with_versions, CableView* out);

  // The merged record JSON of the cable in row `row`.
  Status LoadRecordJson(int64_t row, std::string* json);

  Database& db() { return *db_; }

 private:
  explicit ArchiveReader(std::unique_ptr<Database> db) : db_(std::move(db)) {}
  std::unique_ptr<Database> db_;
  Statement record_by_row_;
  Statement paragraphs_by_row_;  // stored_record.h ReadParagraphs
};

// A read transaction: every statement inside sees the same snapshot.
class ReadTransaction {
 public:
  explicit ReadTransaction(Database& db) : db_(db) { ok_ = db_.Exec("BEGIN").ok(); }
  ~ReadTransaction() {
    if (ok_) db_.Exec("COMMIT");
  }
  ReadTransaction(const ReadTransaction&) = delete;
  ReadTransaction& operator=(const ReadTransaction&) = delete;

 private:
  Database& db_;
  bool ok_ = false;
};

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_ARCHIVE_READER_H_
