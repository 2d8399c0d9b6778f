// PreparedRecord: what ArchiveWriter::Put needs of a record that does not
// depend on the archive, made where the record was parsed.
//
// The writer thread is an ingest's bottleneck (one SQLite connection), and
// serialising, hashing and merging a record cost it as much as its rows'
// INSERTs did. An ingest prepares each record on the parser threads
// (AppendPreparedRecord, into RecordStream's payload) and hands the writer
// the finished pieces (ParsePreparedRecord): the record's JSON, its
// tokenized text, its text hash and metadata, and what its cables row
// stores as a new cable (its one version is its merged record). A cable the
// archive holds already is merged with its versions on the writer, as
// before: that needs the stored ones.
#ifndef CABLESCOPE_ARCHIVE_PREPARED_RECORD_H_
#define CABLESCOPE_ARCHIVE_PREPARED_RECORD_H_

#include <string>
#include <string_view>

#include "model/record.h"

namespace cablescope::archive {

// Views into a payload (or into strings the caller keeps).
struct PreparedRecord {
  std::string_view json;       // AppendRecordJson, when TextHash needs it; else empty (the writer writes it if needed)
  std::string_view tokenized;  // AppendTokenizedText (text_tokenize.h)
  std::string_view hash;       // TextHash
  std::string_view metadata;   // MetadataJson of record.source
  // As a new cable, whose merged record is the record itself: cables.record
  // and cables.markings.
  std::string_view stored_json;
  std::string_view markings;
  // ParagraphTextsFromBody of the record (paragraph_text.h), one byte per
  // paragraph, '1' where the body gives its text.
  std::string_view texts_from_body;
};

// How an archive hashes a version's text (sources.text_hash), named in its
// archive_meta under `text_hash`. An archive made before the key existed
// has FNV-1a hashes and keeps them: a version is found again by its hash.
enum class TextHashKind {
  kFnv1a,  // `fnv1a-64`: FNV-1a, a multiply per byte in one chain (~9 µs a cable)
  kLanes,  // `lanes-64`: parse::swar::LaneHash, eight bytes a step in four lanes; new archives
};

// The archive_meta key, and the name of each kind under it.
inline constexpr const char* kTextHashKey = "text_hash";
const char* TextHashKindName(TextHashKind kind);

// Appends the pieces of `record` to *payload in the layout
// ParsePreparedRecord reads (length-prefixed, for this process only), its
// text hashed as `hash` says (the archive's kind).
void AppendPreparedRecord(const Record& record, TextHashKind hash, std::string* payload);

// Views the pieces of a payload made by AppendPreparedRecord; false when it
// is not one (cut short).
bool ParsePreparedRecord(std::string_view payload, PreparedRecord* out);

// The text hash of a version: a 64-bit hash of the cable's text as this
// source has it (its body; else its subject and paragraphs, and for a
// fragment its JSON without the source), in hex. `record_json` is the
// record's JSON.
std::string TextHash(const Record& record, std::string_view record_json, TextHashKind kind);

// True when TextHash reads `record_json`: a record without body and
// paragraphs (a fragment), whose whole record stands for its text.
bool TextHashUsesJson(const Record& record);

// sources.metadata: what the container said, as a JSON object.
std::string MetadataJson(const Source& source);

// cables.markings: the distinct markings of the paragraphs, sorted, one
// per line.
std::string MarkingsOf(const Record& record);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_PREPARED_RECORD_H_
