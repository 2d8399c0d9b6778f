// Reads back a Record from the JSON that AppendRecordJson wrote.
//
// The archive keeps each version of a cable as its record's JSON (the
// contract of docs/RECORD.md), so that versions can be merged again when a
// new one arrives and shown exactly as parsed. `ingest --records` also reads
// `cablescope parse` output through this. Unknown keys are ignored (the
// contract only grows); RawFields stay empty.
//
// Thread-safe (no shared state).
#ifndef CABLESCOPE_ARCHIVE_RECORD_DECODE_H_
#define CABLESCOPE_ARCHIVE_RECORD_DECODE_H_

#include <string_view>

#include "archive/status.h"
#include "model/record.h"

namespace cablescope::archive {

// Parses one JSON object into *record (reset first). On malformed JSON
// returns a non-ok status and leaves *record unspecified.
Status DecodeRecordJson(std::string_view json, Record* record);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_RECORD_DECODE_H_
