#include "archive/deferred_indexes.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace cablescope::archive {
namespace {

// The secondary indexes of schema.cc that no ingest step reads, on the
// child tables. Not cables_date and cables_station_route: one entry a cable
// each, and building them means reading the whole cables table, bodies and
// all: 2.6 of the 3.5 s the ten took at 50,000 cables.
constexpr const char* kDeferrable[] = {
    "recipients_route", "recipients_name",  "relays_route", "tags_tag",
    "captions_caption", "refs_ref_id",      "signers_name", "mentions_person",
    "person_variants_key",
};

// The deferrable indexes on tables the link build rewrites.
constexpr std::string_view kOnLinkTables[] = {"mentions_person", "person_variants_key"};

// archive_meta keys: the prefix, then the index's name.
constexpr std::string_view kMetaPrefix = "deferred_index:";

struct Index {
  std::string name;
  std::string sql;  // its CREATE INDEX statement
};

// Runs `step` for each index in the open transaction, or in one of its own.
template <typename Step>
Status ForEachInTransaction(Database& db, const std::vector<Index>& indexes, Step step) {
  auto all = [&] {
    for (const Index& index : indexes) {
      Status s = step(index);
      if (!s.ok()) return s;
    }
    return Status::Ok();
  };
  if (indexes.empty()) return Status::Ok();
  return sqlite3_get_autocommit(db.handle()) == 0 ? all() : InWriteTransaction(db, all);
}

}  // namespace

int64_t DeferIndexesAfter(int64_t held_cables) { return std::max<int64_t>(1000, held_cables / 4); }

Status DeferIndexes(Database& db) {
  std::vector<Index> present;
  {
    Statement q;
    Status s = db.Prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?1", &q);
    if (!s.ok()) return s;
    for (const char* name : kDeferrable) {
      q.Reset();
      q.Bind(1, std::string_view(name));
      if (q.Step()) present.push_back({name, q.String(0)});
      else if (!q.status().ok()) return q.status();
      // else: deferred already (by a killed ingest)
    }
  }
  Statement record;
  Status s = db.Prepare("INSERT OR REPLACE INTO archive_meta(key, value) VALUES (?1, ?2)", &record);
  if (!s.ok()) return s;
  return ForEachInTransaction(db, present, [&](const Index& index) {
    record.Reset();
    record.Bind(1, std::string(kMetaPrefix) + index.name).Bind(2, index.sql);
    Status st = record.Run();
    return st.ok() ? db.Exec("DROP INDEX " + index.name) : st;
  });
}

namespace {

// The indexes recorded as deferred, by name, with their CREATE statements.
Status RecordedIndexes(Database& db, std::vector<Index>* out) {
  Statement q;
  Status s = db.Prepare("SELECT substr(key, ?2 + 1), value FROM archive_meta WHERE substr(key, 1, ?2) = ?1", &q);
  if (!s.ok()) return s;
  q.Bind(1, kMetaPrefix).Bind(2, static_cast<int64_t>(kMetaPrefix.size()));
  while (q.Step()) out->push_back({q.String(0), q.String(1)});
  return q.status();
}

}  // namespace

Status RestoreDeferredIndexes(Database& db, int64_t* built, RestoreIndexes which) {
  std::vector<Index> recorded;
  Status s = RecordedIndexes(db, &recorded);
  if (!s.ok()) return s;
  if (which == RestoreIndexes::kAllButLinkTables) {
    std::erase_if(recorded, [](const Index& index) {
      return std::find(std::begin(kOnLinkTables), std::end(kOnLinkTables), index.name) != std::end(kOnLinkTables);
    });
  }
  Statement forget;
  s = db.Prepare("DELETE FROM archive_meta WHERE key = ?1", &forget);
  if (!s.ok()) return s;
  s = ForEachInTransaction(db, recorded, [&](const Index& index) {
    forget.Reset();
    forget.Bind(1, std::string(kMetaPrefix) + index.name);
    Status st = forget.Run();
    return st.ok() ? db.Exec(index.sql) : st;
  });
  if (s.ok() && built != nullptr) *built = static_cast<int64_t>(recorded.size());
  return s;
}

int64_t DeferredIndexCount(Database& db) {
  std::vector<Index> recorded;
  return RecordedIndexes(db, &recorded).ok() ? static_cast<int64_t>(recorded.size()) : 0;
}

}  // namespace cablescope::archive
