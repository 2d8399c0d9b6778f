#include "archive/archive_reader.h"

#include <sys/stat.h>

#include <cctype>

#include "archive/merge.h"
#include "archive/schema.h"
#include "archive/stored_record.h"
#include "link/cable_id.h"

namespace cablescope::archive {

Status ArchiveReader::Open(const std::string& path, std::unique_ptr<ArchiveReader>* out) {
  out->reset();
  struct stat sb{};
  if (stat(path.c_str(), &sb) != 0) {
    return Status::NotFound("no archive at " + path + " (run `cablescope ingest` first, or give --archive)");
  }
  std::unique_ptr<Database> db;
  Status s = Database::Open(path, Database::Mode::kReadOnly, &db);
  if (!s.ok()) return s;
  s = CheckSchema(*db);
  if (!s.ok()) return s;
  out->reset(new ArchiveReader(std::move(db)));
  return Status::Ok();
}

Status ArchiveReader::LoadCable(std::string_view id, bool with_versions, CableView* out) {
  *out = CableView();
  std::string upper(id);
  for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const std::string canonical = link::CanonicalId(id).value_or(upper);
  ReadTransaction txn(*db_);
  Statement st;
  Status s = db_->Prepare("SELECT cable, id, record, body FROM cables WHERE id = ?1 OR id = ?2", &st);
  if (!s.ok()) return s;
  st.Bind(1, canonical).Bind(2, upper);
  if (!st.Step()) {
    if (!st.status().ok()) return st.status();
    return Status::NotFound("no cable " + std::string(id) + " in " + db_->path());
  }
  out->row = st.Int(0);
  out->id = st.String(1);
  // cables.record lacks the body and paragraphs: cables.body and the
  // paragraph_spans table hold them (stored_record.h).
  const std::string body = st.String(3);
  std::vector<Paragraph> paragraphs;
  if (NeedsParagraphs(st.Text(2))) {
    Statement pst;
    s = ReadParagraphs(*db_, out->row, body, &pst, &paragraphs);
    if (!s.ok()) return s;
  }
  out->record_json = LoadedRecordJson(st.Text(2), st.IsNull(3) ? nullptr : &body, paragraphs);
  if (!with_versions) return Status::Ok();
  Statement v;
  s = db_->Prepare("SELECT version, path, format, offset, metadata, text_hash, ingested_at, record "
                   "FROM sources WHERE cable = ?1 ORDER BY version", &v);
  if (!s.ok()) return s;
  v.Bind(1, out->row);
  while (v.Step()) {
    VersionInfo info;
    info.version = static_cast<int>(v.Int(0));
    info.path = v.String(1);
    info.format = v.String(2);
    info.offset = v.Int(3);
    info.metadata_json = v.String(4);
    info.text_hash = v.String(5);
    info.ingested_at = v.String(6);
    // NULL: the version's record is the merged one (schema.cc, sources.record).
    info.record_json = v.IsNull(7) ? SingleVersionJson(out->record_json) : v.String(7);
    out->versions.push_back(std::move(info));
  }
  return v.status();
}

Status ArchiveReader::LoadRecordJson(int64_t row, std::string* json) {
  // The record and its paragraphs from one snapshot (a no-op inside the caller's).
  ReadTransaction txn(*db_);
  return ReadMergedJson(*db_, &record_by_row_, &paragraphs_by_row_, row, json);
}

}  // namespace cablescope::archive
