#include "archive/store.h"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <vector>

#include "archive/cable_text_values.h"
#include "archive/link_build.h"
#include "archive/merge.h"
#include "archive/multi_row_insert.h"
#include "archive/paragraph_text.h"
#include "archive/prepared_record.h"
#include "archive/record_decode.h"
#include "archive/schema.h"
#include "archive/stored_record.h"
#include "archive/text_index_writer.h"
#include "archive/text_fold.h"
#include "archive/utc_now.h"
#include "archive/wal_checkpointer.h"
#include "link/tag_info.h"
#include "model/json_writer.h"
#include "model/record_json.h"

namespace cablescope::archive {
namespace {

// A record's JSON up to its `source` object (the last key of the contract).
std::string_view WithoutSource(std::string_view json) {
  const size_t cut = json.rfind(",\"source\":");
  return cut == std::string_view::npos ? json : json.substr(0, cut);
}

bool IsDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

// YYYY-MM-DD from a DTG (2009-06-13T00:23Z) or created (2009-06-13T00:23).
std::optional<std::string> DayOf(const OptString& s) {
  if (!s || s->size() < 10) return std::nullopt;
  std::string_view v(*s);
  if (!IsDigits(v.substr(0, 4)) || v[4] != '-' || !IsDigits(v.substr(5, 2)) || v[7] != '-' ||
      !IsDigits(v.substr(8, 2))) {
    return std::nullopt;
  }
  return std::string(v.substr(0, 10));
}

// The year of a cable without a date: from its id's YY (09USUNNEWYORK589).
int YearOfId(const OptString& id) {
  if (!id || id->size() < 2 || !IsDigits(std::string_view(*id).substr(0, 2))) return 0;
  int yy = std::atoi(id->substr(0, 2).c_str());
  return yy >= 60 ? 1900 + yy : 2000 + yy;
}

std::string StringsJson(const std::vector<std::string>& v) {
  std::string out;
  JsonWriter w(&out);
  w.BeginArray();
  for (const auto& s : v) w.String(s);
  w.EndArray();
  return out;
}

const std::string* Ptr(const OptString& s) { return s ? &*s : nullptr; }

}  // namespace

struct ArchiveWriter::Statements {
  Statement find_cable, find_version, insert_version, update_version, load_versions, load_merged,
      fill_version, read_paragraphs;
  Statement insert_cable, update_cable;
  Statement del_recipients, del_relays, del_tags, del_captions, del_refs, del_signers,
      del_classifiers, del_paragraphs, del_mentions;
  Statement ins_recipient_name;
  // A cable's rows of each child table, several an execution.
  MultiRowInsert ins_recipients{
      "recipients(cable, kind, position, route, name, precedence, serial, excluded)", 8};
  MultiRowInsert ins_relays{"relays(cable, position, route)", 3};
  MultiRowInsert ins_tags{"tags(cable, position, tag)", 3};
  MultiRowInsert ins_captions{"captions(cable, position, caption)", 3};
  MultiRowInsert ins_refs{"refs(cable, position, label, kind, text, ref_id)", 6};
  MultiRowInsert ins_signers{"signers(cable, position, name)", 3};
  MultiRowInsert ins_classifiers{"classifiers(cable, position, name, title)", 4};
  MultiRowInsert ins_paragraphs{
      "paragraph_spans(cable, position, number, marking, text, text_start, text_end)", 7};
  MultiRowInsert ins_mentions{"mentions(cable, position, name, titles)", 4};
};

std::string ResolveArchivePath(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("CABLESCOPE_ARCHIVE"); env != nullptr && *env != '\0') return env;
  return "cables.db";
}

ArchiveWriter::ArchiveWriter(std::unique_ptr<Database> db) : db_(std::move(db)) {}

Status ArchiveWriter::Open(const std::string& path, std::unique_ptr<ArchiveWriter>* out) {
  out->reset();
  std::unique_ptr<Database> db;
  Status s = Database::Open(path, Database::Mode::kReadWriteCreate, &db);
  if (!s.ok()) return s;
  s = EnsureSchema(*db);
  if (!s.ok()) return s;
  // A 256 MB page cache for the writer (readers keep 64 MB: sqlite_db.cc).
  // An ingest inserts into a dozen indexes at keys scattered over them
  // (tags, routes, names); past ~250,000 cables their pages no longer fit
  // in 64 MB and were read back from the file, insert after insert. Two
  // runs each at 251,287 cables: 195.2 s -> 186.2 s wall, sys 50 -> 43 s,
  // for 200 MB more RSS (docs/PERFORMANCE.md, session 8).
  s = db->Exec("PRAGMA cache_size = -262144");
  if (!s.ok()) return s;
  // Debian builds SQLite with SECURE_DELETE: every deleted row and freed
  // page is overwritten with zeros, through the WAL and then the file. An
  // ingest deletes whole text-index segments at each merge, a remerged
  // cable's rows, and every link table at the end; the cables are public
  // and a free page's stale bytes hide nothing. At 251,287 cables the
  // checkpointer wrote 5.9 GB with it, 4.8 GB without (docs/PERFORMANCE.md,
  // session 13).
  s = db->Exec("PRAGMA secure_delete = OFF");
  if (!s.ok()) return s;
  std::unique_ptr<ArchiveWriter> w(new ArchiveWriter(std::move(db)));
  // Without the key: an archive from before it, with FNV-1a hashes.
  const std::string lanes = std::string("SELECT count(*) FROM archive_meta WHERE key = '") + kTextHashKey +
                            "' AND value = '" + TextHashKindName(TextHashKind::kLanes) + "'";
  w->text_hash_ = QueryInt(*w->db_, lanes) > 0 ? TextHashKind::kLanes : TextHashKind::kFnv1a;
  // Checkpoint every ~160 MB of WAL, not every 1000 pages (the default):
  // pages an ingest rewrites batch after batch (b-tree interior pages, the
  // text index's) are then copied into the database file once per
  // checkpoint; and on a thread of their own (wal_checkpointer.h).
  const int64_t page_size = std::max<int64_t>(QueryInt(*w->db_, "PRAGMA page_size", 4096), 512);
  s = WalCheckpointer::Start(w->db_.get(), 160 * 1024 * 1024 / page_size, &w->checkpointer_);
  if (s.ok()) s = w->Prepare();
  if (s.ok()) s = w->IndexUnindexedText();
  if (!s.ok()) return s;
  *out = std::move(w);
  return Status::Ok();
}

ArchiveWriter::~ArchiveWriter() {
  if (in_txn_) db_->Exec("ROLLBACK");
  st_.reset();
  checkpointer_.reset();  // before db_: it hooks the connection
}

Status ArchiveWriter::Prepare() {
  st_ = std::make_unique<Statements>();
  struct Item {
    Statement* stmt;
    const char* sql;
  };
  Statements& s = *st_;
  const Item items[] = {
      {&s.find_cable, "SELECT cable, versions FROM cables WHERE id = ?1"},
      {&s.find_version,
       "SELECT s.source, s.record, c.record, c.body FROM sources s JOIN cables c ON c.cable = s.cable "
       "WHERE s.cable = ?1 AND s.path = ?2 AND s.text_hash = ?3"},
      {&s.fill_version, "UPDATE sources SET record = ?3 WHERE cable = ?1 AND version = ?2"},
      {&s.insert_version,
       "INSERT INTO sources(cable, version, path, format, offset, metadata, text_hash, ingested_at, "
       "record) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"},
      {&s.update_version,
       "UPDATE sources SET format = ?2, offset = ?3, metadata = ?4, ingested_at = ?5, record = ?6 "
       "WHERE source = ?1"},
      {&s.load_versions, "SELECT version, record FROM sources WHERE cable = ?1 ORDER BY version"},
      {&s.insert_cable,
       "INSERT INTO cables(cable, id, date, year, dtg, created, origin, from_line, classification, "
       "precedence, executive_order, declassify_on, subject, summary, body, partial, "
       "transmission_id, station_route, station_serial, versions, record, markings) VALUES (?1, ?2, ?3, "
       "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)"},
      {&s.update_cable,
       "UPDATE cables SET id = ?2, date = ?3, year = ?4, dtg = ?5, created = ?6, origin = ?7, "
       "from_line = ?8, classification = ?9, precedence = ?10, executive_order = ?11, "
       "declassify_on = ?12, subject = ?13, summary = ?14, body = ?15, partial = ?16, "
       "transmission_id = ?17, station_route = ?18, station_serial = ?19, versions = ?20, "
       "record = ?21, markings = ?22 WHERE cable = ?1"},
      {&s.del_recipients, "DELETE FROM recipients WHERE cable = ?1"},
      {&s.del_relays, "DELETE FROM relays WHERE cable = ?1"},
      {&s.del_tags, "DELETE FROM tags WHERE cable = ?1"},
      {&s.del_captions, "DELETE FROM captions WHERE cable = ?1"},
      {&s.del_refs, "DELETE FROM refs WHERE cable = ?1"},
      {&s.del_signers, "DELETE FROM signers WHERE cable = ?1"},
      {&s.del_classifiers, "DELETE FROM classifiers WHERE cable = ?1"},
      {&s.del_paragraphs, "DELETE FROM paragraph_spans WHERE cable = ?1"},
      {&s.del_mentions, "DELETE FROM mentions WHERE cable = ?1"},
      {&s.ins_recipient_name, "INSERT OR IGNORE INTO recipient_names(name, key) VALUES (?1, ?2)"},
  };
  for (const auto& item : items) {
    Status st = db_->Prepare(item.sql, item.stmt);
    if (!st.ok()) return st;
  }
  text_ = std::make_unique<TextIndexWriter>();
  return text_->Prepare(db_.get());
}

Status ArchiveWriter::LoadMergedJson(int64_t cable, std::string* json) {
  Status s = ReadMergedJson(*db_, &st_->load_merged, &st_->read_paragraphs, cable, json);
  if (s.ok()) *json = SingleVersionJson(*json);
  return s;
}

// Indexes the words of every cable without a text_docs row (schema.cc,
// version 4): all of them in an archive migrated from FTS5, the batches a
// killed ingest had committed but not yet indexed. One transaction.
Status ArchiveWriter::IndexUnindexedText() {
  std::vector<int64_t> cables;
  {
    Statement missing;
    // No ORDER BY: SQLite would walk the cables table itself for the row
    // order, reading every body (3 s at 50,000 cables, at each opening),
    // where without it it scans a small covering index.
    Status s = db_->Prepare("SELECT cable FROM cables c WHERE NOT EXISTS "
                            "(SELECT 1 FROM text_docs t WHERE t.cable = c.cable)", &missing);
    if (!s.ok()) return s;
    while (missing.Step()) cables.push_back(missing.Int(0));
    if (!missing.status().ok()) return missing.status();
  }
  std::sort(cables.begin(), cables.end());
  if (cables.empty()) return Status::Ok();
  Status s = Begin();
  if (!s.ok()) return s;
  for (int64_t cable : cables) {
    std::string json;
    s = LoadMergedJson(cable, &json);
    Record record;
    if (s.ok()) s = DecodeRecordJson(json, &record);
    if (s.ok()) {
      text_->Add(cable, CableTextOf(record));
      s = text_->FlushIfFull();
    }
    if (!s.ok()) break;
  }
  if (s.ok()) return Commit();
  db_->Exec("ROLLBACK");
  in_txn_ = false;
  recipient_names_.clear();  // what the batch inserted is gone
  return s;
}

Status ArchiveWriter::Begin() {
  if (in_txn_) return Status::Ok();
  Status s = db_->Exec("BEGIN IMMEDIATE");
  if (s.ok()) in_txn_ = true;
  return s;
}

Status ArchiveWriter::Commit() {
  if (text_->pending()) {
    Status s = Begin();
    if (s.ok()) s = text_->Flush();
    if (!s.ok()) return s;
  }
  return CommitBatch();
}

Status ArchiveWriter::CommitBatch() {
  if (!in_txn_) return Status::Ok();
  Status s = text_->FlushIfFull();
  if (!s.ok()) return s;
  s = db_->Exec("COMMIT");
  if (s.ok()) {
    in_txn_ = false;
    pending_ = 0;
  }
  return s;
}

Status ArchiveWriter::Put(const Record& record, PutOutcome* outcome) {
  std::string payload;
  AppendPreparedRecord(record, text_hash_, &payload);
  PreparedRecord prepared;
  if (!ParsePreparedRecord(payload, &prepared)) return Status::IoError("prepared record does not read back");
  return Put(record, prepared, outcome);
}

Status ArchiveWriter::Put(const Record& record, const PreparedRecord& prepared, PutOutcome* outcome) {
  if (!record.id || record.id->empty()) return Status::InvalidQuery("record has no id");
  Status s = Begin();
  if (!s.ok()) return s;
  Statements& st = *st_;
  // The record's whole JSON, for sources.record and for comparing with a
  // stored version: prepared only for a fragment's text hash, else written
  // here on first need (a cable the archive held already; prepared_record.h).
  std::string written_json;
  auto json = [&]() -> std::string_view {
    if (!prepared.json.empty()) return prepared.json;
    if (written_json.empty()) AppendRecordJson(record, &written_json);
    return written_json;
  };
  const std::string_view hash = prepared.hash;
  const std::string now = UtcNow();

  // `in_merged`: the version's record is the cable's merged one, so
  // sources.record stays NULL (see schema.cc).
  auto insert_version = [&](int64_t cable, int version, bool in_merged) {
    st.insert_version.Reset();
    st.insert_version.Bind(1, cable).Bind(2, static_cast<int64_t>(version)).Bind(3, record.source.path)
        .Bind(4, record.source.format).Bind(5, static_cast<int64_t>(record.source.offset))
        .Bind(6, prepared.metadata).Bind(7, hash).Bind(8, now);
    if (in_merged) st.insert_version.BindNull(9);
    else st.insert_version.BindUncopied(9, json());
    return st.insert_version.Run();
  };

  st.find_cable.Reset();
  st.find_cable.Bind(1, *record.id);
  if (!st.find_cable.Step()) {
    if (!st.find_cable.status().ok()) return st.find_cable.status();
    // A new cable: its only version is its record (prepared so).
    int64_t cable = 0;
    s = StoreCable(&cable, /*is_new=*/true, 1, record, prepared.stored_json, prepared.markings, prepared.tokenized,
                   prepared.texts_from_body);
    if (!s.ok()) return s;
    s = insert_version(cable, 1, /*in_merged=*/true);
    if (!s.ok()) return s;
    *outcome = PutOutcome::kNew;
  } else {
    const int64_t cable = st.find_cable.Int(0);
    const int versions = static_cast<int>(st.find_cable.Int(1));
    st.find_cable.Reset();
    st.find_version.Reset();
    st.find_version.Bind(1, cable).Bind(2, record.source.path).Bind(3, hash);
    if (st.find_version.Step()) {
      const int64_t source = st.find_version.Int(0);
      // The same text twice in one input (a duplicated row) differs only in
      // its offset: that is the same version, not a change.
      std::string stored;
      if (st.find_version.IsNull(1)) {
        s = MergedJsonAt(*db_, &st.read_paragraphs, cable, st.find_version, 2, &stored);
        if (!s.ok()) return s;
        stored = SingleVersionJson(stored);
      } else {
        stored = st.find_version.String(1);
      }
      const bool same = WithoutSource(stored) == WithoutSource(json());
      st.find_version.Reset();
      if (same) {
        *outcome = PutOutcome::kUnchanged;
      } else {
        // Same text read differently (a newer parser): refresh the version.
        st.update_version.Reset();
        st.update_version.Bind(1, source).Bind(2, record.source.format)
            .Bind(3, static_cast<int64_t>(record.source.offset)).Bind(4, prepared.metadata).Bind(5, now)
            .Bind(6, json());
        s = st.update_version.Run();
        if (s.ok()) s = Remerge(cable, versions);
        if (!s.ok()) return s;
        *outcome = PutOutcome::kUpdated;
      }
    } else {
      if (!st.find_version.status().ok()) return st.find_version.status();
      st.find_version.Reset();
      s = insert_version(cable, versions + 1, false);
      if (s.ok()) s = Remerge(cable, versions + 1);
      if (!s.ok()) return s;
      *outcome = PutOutcome::kUpdated;
    }
  }
  if (*outcome != PutOutcome::kUnchanged && !links_marked_) {
    // In the batch of the first change (link_build.h).
    s = MarkLinksDue(*db_);
    if (!s.ok()) return s;
    links_marked_ = true;
  }
  if (++pending_ >= batch_size_) return CommitBatch();
  return Status::Ok();
}

Status ArchiveWriter::Remerge(int64_t cable, int version_count) {
  Statements& st = *st_;
  // The merged record as it stands: it is the record of a version stored
  // as NULL.
  std::string old_json;
  Status loaded = LoadMergedJson(cable, &old_json);
  if (!loaded.ok()) return loaded;
  std::vector<CableVersion> versions;
  std::vector<int> in_merged;  // versions whose sources.record was NULL
  st.load_versions.Reset();
  st.load_versions.Bind(1, cable);
  while (st.load_versions.Step()) {
    CableVersion v;
    v.version = static_cast<int>(st.load_versions.Int(0));
    const bool null = st.load_versions.IsNull(1);
    if (null) in_merged.push_back(v.version);
    Status s = DecodeRecordJson(null ? std::string_view(old_json) : st.load_versions.Text(1), &v.record);
    if (!s.ok()) return s;
    versions.push_back(std::move(v));
  }
  Status s = st.load_versions.status();
  st.load_versions.Reset();
  if (!s.ok()) return s;
  s = DeleteChildren(cable);
  if (!s.ok()) return s;
  s = StoreMerged(&cable, /*is_new=*/false, version_count, MergeVersions(versions));
  // The merged record changes: a version that lived in it gets its own copy.
  for (int version : in_merged) {
    if (!s.ok()) break;
    st.fill_version.Reset();
    st.fill_version.Bind(1, cable).Bind(2, static_cast<int64_t>(version)).Bind(3, old_json);
    s = st.fill_version.Run();
  }
  return s;
}

Status ArchiveWriter::StoreMerged(int64_t* row, bool is_new, int version_count, const MergedCable& merged) {
  return StoreCable(row, is_new, version_count, merged.record, StoredRecordJson(merged, version_count),
                    MarkingsOf(merged.record));
}

Status ArchiveWriter::StoreCable(int64_t* row, bool is_new, int version_count, const Record& r,
                                 std::string_view stored_json, std::string_view markings,
                                 std::string_view tokenized_text, std::string_view texts_from_body) {
  Statement& q = is_new ? st_->insert_cable : st_->update_cable;
  q.Reset();
  if (is_new) q.BindNull(1);
  else q.Bind(1, *row);
  std::optional<std::string> day = DayOf(r.dtg);
  if (!day) day = DayOf(r.created);
  const int year = day ? std::atoi(day->substr(0, 4).c_str()) : YearOfId(r.id);
  q.Bind(2, *r.id).BindOptional(3, Ptr(day));
  if (year > 0) q.Bind(4, static_cast<int64_t>(year));
  else q.BindNull(4);
  q.BindOptional(5, Ptr(r.dtg)).BindOptional(6, Ptr(r.created)).BindOptional(7, Ptr(r.origin))
      .BindOptional(8, Ptr(r.from)).BindOptional(9, Ptr(r.classification))
      .BindOptional(10, Ptr(r.precedence)).BindOptional(11, Ptr(r.executive_order))
      .BindOptional(12, Ptr(r.declassify_on)).BindUncopiedOptional(13, Ptr(r.subject))
      .BindUncopiedOptional(14, Ptr(r.summary)).BindUncopiedOptional(15, Ptr(r.body))
      .Bind(16, static_cast<int64_t>(r.partial ? 1 : 0)).BindOptional(17, Ptr(r.transmission_id));
  if (r.station) q.Bind(18, r.station->route).Bind(19, r.station->serial);
  else q.BindNull(18).BindNull(19);
  // The large values are bound uncopied: `r` and the views outlive Run.
  q.Bind(20, static_cast<int64_t>(version_count)).BindUncopied(21, stored_json);
  if (markings.empty()) q.BindNull(22);
  else q.BindUncopied(22, markings);
  Status s = q.Run();
  if (!s.ok()) return s;
  if (is_new) *row = db_->LastInsertRowId();
  return InsertChildren(*row, r, tokenized_text, texts_from_body);
}

Status ArchiveWriter::DeleteChildren(int64_t cable) {
  Statements& s = *st_;
  // Its words are indexed again with the new merged record.
  Status status = text_->Forget(cable);
  if (!status.ok()) return status;
  for (Statement* q : {&s.del_recipients, &s.del_relays, &s.del_tags, &s.del_captions, &s.del_refs,
                       &s.del_signers, &s.del_classifiers, &s.del_paragraphs, &s.del_mentions}) {
    q->Reset();
    q->Bind(1, cable);
    Status st = q->Run();
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

Status ArchiveWriter::InsertChildren(int64_t cable, const Record& r, std::string_view tokenized_text,
                                     std::string_view texts_from_body) {
  Statements& s = *st_;
  Database& db = *db_;
  const std::vector<Recipient>& to = r.to;
  Status st = s.ins_recipients.Insert(db, to.size() + r.info.size(), [&](size_t k, Statement& q, int i) {
    const bool is_to = k < to.size();
    const Recipient& rc = is_to ? to[k] : r.info[k - to.size()];
    const int64_t pos = static_cast<int64_t>(is_to ? k : k - to.size());
    q.Bind(i, cable).BindUncopied(i + 1, is_to ? "to" : "info").Bind(i + 2, pos)
        .BindUncopiedOptional(i + 3, Ptr(rc.route)).BindUncopied(i + 4, rc.name)
        .BindUncopiedOptional(i + 5, Ptr(rc.precedence)).BindUncopiedOptional(i + 6, Ptr(rc.serial));
    if (rc.excluded.empty()) q.BindNull(i + 7);
    else q.Bind(i + 7, StringsJson(rc.excluded));
  });
  // Few distinct names, named again and again: each is inserted once per
  // writer.
  for (const std::vector<Recipient>* list : {&r.to, &r.info}) {
    for (const Recipient& rc : *list) {
      if (!st.ok() || !recipient_names_.insert(rc.name).second) continue;
      s.ins_recipient_name.Reset();
      s.ins_recipient_name.Bind(1, rc.name).Bind(2, FoldValue(rc.name));
      st = s.ins_recipient_name.Run();
    }
  }
  // Rows keyed (cable, position): `bind(k, q, i)` binds row k's other
  // columns from parameter i on.
  auto positioned = [&](MultiRowInsert& insert, size_t n, auto bind) {
    if (!st.ok()) return;
    st = insert.Insert(db, n, [&](size_t k, Statement& q, int i) {
      q.Bind(i, cable).Bind(i + 1, static_cast<int64_t>(k));
      bind(k, q, i + 2);
    });
  };
  auto strings = [&](MultiRowInsert& insert, const std::vector<std::string>& list) {
    positioned(insert, list.size(), [&](size_t k, Statement& q, int i) { q.BindUncopied(i, list[k]); });
  };
  strings(s.ins_relays, r.relay);
  strings(s.ins_tags, r.tags);
  strings(s.ins_captions, r.captions);
  strings(s.ins_signers, r.signers);
  positioned(s.ins_refs, r.references.size(), [&](size_t k, Statement& q, int i) {
    const auto& ref = r.references[k];
    q.BindUncopiedOptional(i, Ptr(ref.label)).BindUncopied(i + 1, ref.kind).BindUncopied(i + 2, ref.text)
        .BindUncopiedOptional(i + 3, Ptr(ref.id));
  });
  positioned(s.ins_classifiers, r.classified_by.size(), [&](size_t k, Statement& q, int i) {
    q.BindUncopied(i, r.classified_by[k].name).BindUncopiedOptional(i + 1, Ptr(r.classified_by[k].title));
  });
  if (!st.ok()) return st;
  std::string from_body;
  if (texts_from_body.size() != r.paragraphs.size()) {
    from_body = ParagraphTextsFromBody(r);
    texts_from_body = from_body;
  }
  positioned(s.ins_paragraphs, r.paragraphs.size(), [&](size_t k, Statement& q, int i) {
    const Paragraph& p = r.paragraphs[k];
    q.Bind(i, static_cast<int64_t>(p.number)).BindUncopiedOptional(i + 1, Ptr(p.marking));
    // Not stored when the body gives it (paragraph_text.h).
    if (texts_from_body[k] == '1') q.BindNull(i + 2);
    else q.BindUncopied(i + 2, p.text);
    if (p.end > p.start) {
      q.Bind(i + 3, static_cast<int64_t>(p.start)).Bind(i + 4, static_cast<int64_t>(p.end));
    } else {
      q.BindNull(i + 3).BindNull(i + 4);
    }
  });
  // The persons it names; BuildLinks (people_build.h) says who each is.
  positioned(s.ins_mentions, r.people.size(), [&](size_t k, Statement& q, int i) {
    q.BindUncopied(i, r.people[k].name).Bind(i + 1, StringsJson(r.people[k].titles));
  });
  if (!st.ok()) return st;
  if (tokenized_text.empty()) text_->Add(cable, CableTextOf(r));
  else text_->AddTokenized(cable, tokenized_text);
  return st;
}

}  // namespace cablescope::archive
