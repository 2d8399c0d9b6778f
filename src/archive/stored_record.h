// The merged record as cables.record stores it: without its body and
// paragraphs.
//
// The body and the paragraphs are most of a record, and the archive holds
// them already (cables.body; the paragraph_spans table, for SQL users and
// the searcher, which gives a paragraph's text only when the body does not:
// paragraph_text.h). cables.record keeps `"paragraphs":null` and `"body":null` in
// their places; readers put them back (ArchiveReader, and the writer when it
// re-merges). The nulls are written by the record's own JSON writer
// (AppendRecordJsonWithoutText), not cut out of the full JSON afterwards, so
// putting the text back gives the merged JSON byte for byte
// (tests/archive/compact_storage_test.cc); cutting, and checking the cut,
// cost an ingest a serialisation and a copy of every record more.
#ifndef CABLESCOPE_ARCHIVE_STORED_RECORD_H_
#define CABLESCOPE_ARCHIVE_STORED_RECORD_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "archive/merge.h"
#include "archive/sqlite_db.h"
#include "archive/status.h"
#include "model/record.h"

namespace cablescope::archive {

// What to store in cables.record for `merged`: AppendMergedJson with the
// text as null.
std::string StoredRecordJson(const MergedCable& merged, int version_count);

// The record JSON back from cables.record, cables.body (NULL: nullptr) and
// the cable's rows of the paragraphs table in position order.
std::string LoadedRecordJson(std::string_view stored_json, const std::string* body,
                             const std::vector<Paragraph>& paragraphs);

// True when `stored_json` needs the paragraphs table to be read back.
bool NeedsParagraphs(std::string_view stored_json);

// The cable's paragraphs, in order, their texts not stored taken from
// `body` (the cable's cables.body); `st` is prepared on first use and
// reused.
Status ReadParagraphs(Database& db, int64_t cable, std::string_view body, Statement* st,
                      std::vector<Paragraph>* out);

// The merged record JSON of `cable` from a row whose columns `column` and
// `column + 1` are its cables.record and cables.body.
Status MergedJsonAt(Database& db, Statement* paragraphs, int64_t cable, const Statement& row, int column,
                    std::string* out);

// The merged record JSON of `cable`, read from the cables table; NotFound
// when there is no such row. `by_row` and `paragraphs` are prepared on
// first use and reused.
Status ReadMergedJson(Database& db, Statement* by_row, Statement* paragraphs, int64_t cable, std::string* out);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_STORED_RECORD_H_
