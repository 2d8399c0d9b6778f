// ArchiveWriter: stores linked Records in the archive, as versions of cables.
//
// Each Put() files a record under its canonical id. A cable seen again from
// the same source path with the same text is unchanged; a new path, or new
// text at a known path (a changed file), adds a version; the cable's row and
// its child rows (recipients, tags, references, paragraphs, captions, full
// text) are then rebuilt from the merge of all its versions (see merge.h).
// The version's identity is (cable, source path, text hash), so ingesting
// the same files again changes nothing.
//
// Writes are batched: a transaction is opened by the first Put and committed
// every `batch_size` puts and by Commit(). A killed process loses at most the
// open batch; the archive stays consistent (SQLite WAL) and a rerun stores
// what was lost. Readers on other connections see each committed batch.
//
// Not thread-safe: one writer per archive at a time (a second one waits for
// the first's transaction, up to the busy timeout).
#ifndef CABLESCOPE_ARCHIVE_STORE_H_
#define CABLESCOPE_ARCHIVE_STORE_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>

#include "archive/archive_path.h"
#include "archive/prepared_record.h"
#include "archive/sqlite_db.h"
#include "archive/status.h"
#include "model/record.h"

namespace cablescope::archive {

class TextIndexWriter;
class WalCheckpointer;
struct MergedCable;

// What a Put did to the archive.
enum class PutOutcome {
  kNew,        // a cable id the archive did not have
  kUpdated,    // a known cable got a new version (or a re-read of one)
  kUnchanged,  // this version was already stored, identical
};

class ArchiveWriter {
 public:
  // Opens (creating if needed) the archive at `path` and brings its schema
  // to the current version. On failure *out is empty.
  static Status Open(const std::string& path, std::unique_ptr<ArchiveWriter>* out);

  // Rolls back a batch that was not committed.
  ~ArchiveWriter();
  ArchiveWriter(const ArchiveWriter&) = delete;
  ArchiveWriter& operator=(const ArchiveWriter&) = delete;

  // Stores `record` (which must have an id) as described above. A failed
  // Put leaves the open batch unusable: the caller should stop.
  Status Put(const Record& record, PutOutcome* outcome);
  // The same, with what does not depend on the archive prepared already
  // (on a parser thread: prepared_record.h). Its tokenized text is not
  // checked here (TextIndexWriter::AddTokenized).
  Status Put(const Record& record, const PreparedRecord& prepared, PutOutcome* outcome);

  // Commits the open batch, if any.
  Status Commit();

  void set_batch_size(size_t n) { batch_size_ = n == 0 ? 1 : n; }

  // How this archive hashes a version's text: a PreparedRecord for it must
  // be made with this kind.
  TextHashKind text_hash() const { return text_hash_; }

  // The writer's connection, for the link build (link_build.h) once the
  // cables are committed.
  Database& db() { return *db_; }

 private:
  explicit ArchiveWriter(std::unique_ptr<Database> db);
  Status Prepare();
  Status Begin();
  // *row: the cable's row; a new cable's is set here.
  // `stored_json` and `markings`: the cables row's record and markings
  // columns (StoredRecordJson, MarkingsOf). `tokenized_text` and
  // `texts_from_body` (ParagraphTextsFromBody), when the parser threads made
  // them; else they are made here.
  Status StoreCable(int64_t* row, bool is_new, int version_count, const Record& merged_source,
                    std::string_view stored_json, std::string_view markings, std::string_view tokenized_text = {},
                    std::string_view texts_from_body = {});
  // The same for a merge of versions: its JSON written and stripped here.
  Status StoreMerged(int64_t* row, bool is_new, int version_count, const MergedCable& merged);
  Status DeleteChildren(int64_t cable);
  Status InsertChildren(int64_t cable, const Record& record, std::string_view tokenized_text,
                        std::string_view texts_from_body);
  Status Remerge(int64_t cable, int version_count);
  // The cable's merged record as the record JSON of one version (without
  // provenance and version count), body and paragraphs put back.
  Status LoadMergedJson(int64_t cable, std::string* json);
  Status IndexUnindexedText();
  // Commits the open batch; the full-text index writes its queued cables
  // first if they are many (Commit: whatever their number).
  Status CommitBatch();

  std::unique_ptr<Database> db_;
  TextHashKind text_hash_ = TextHashKind::kFnv1a;
  std::unordered_set<std::string> recipient_names_;  // inserted into recipient_names by this writer
  bool in_txn_ = false;
  bool links_marked_ = false;  // MarkLinksDue done by this writer
  size_t pending_ = 0;
  size_t batch_size_ = 1000;

  struct Statements;
  std::unique_ptr<Statements> st_;
  std::unique_ptr<TextIndexWriter> text_;
  std::unique_ptr<WalCheckpointer> checkpointer_;  // declared after db_, destroyed before it
};

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_STORE_H_
