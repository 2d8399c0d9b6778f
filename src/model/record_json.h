// Serialises a Record as the JSON object of docs/RECORD.md.
#ifndef CABLESCOPE_MODEL_RECORD_JSON_H_
#define CABLESCOPE_MODEL_RECORD_JSON_H_

#include <string>

#include "model/json_writer.h"
#include "model/record.h"

namespace cablescope {

// Appends `record` as one JSON object to *out (no trailing newline). Every
// field of the contract is written, in contract order; absent values are
// null or []. RawFields are not written. `indent` > 0 pretty-prints.
void AppendRecordJson(const Record& record, std::string* out, int indent = 0);

// The same, compact, with "paragraphs" and "body" written as null: what the
// archive stores beside the text it holds in columns of its own
// (archive/stored_record.h).
void AppendRecordJsonWithoutText(const Record& record, std::string* out);

// Writes `paragraphs` as the record's "paragraphs" array value; for other
// JSON documents (exports) that carry the paragraphs in the same shape.
void WriteParagraphsJson(const std::vector<Paragraph>& paragraphs, JsonWriter* w);

}  // namespace cablescope

#endif  // CABLESCOPE_MODEL_RECORD_JSON_H_
