// What every reader fuzzer does with a reader: pull every chunk, parse,
// link and serialise it, and check the few things that must hold for any
// input (see src/parse/cable_reader.h):
//   - no crash, leak, overflow or UB (ASan+UBSan);
//   - the reader ends: it cannot yield more cables than the input has bytes;
//   - every record serialises to valid JSON (simdjson also checks UTF-8,
//     which the record contract promises whatever bytes came in).
#ifndef CABLESCOPE_FUZZ_FUZZ_SUPPORT_H_
#define CABLESCOPE_FUZZ_FUZZ_SUPPORT_H_

#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "link/link_record.h"
#include "model/record.h"
#include "model/record_json.h"
#include "parse/cable_chunk.h"
#include "parse/cable_parser.h"
#include "parse/cable_reader.h"
#include "parse/input_stream.h"

namespace cablescope::fuzz {

inline std::string_view AsView(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

[[noreturn]] inline void Fail(const char* what, std::string_view detail) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n%.*s\n", what,
               static_cast<int>(detail.size() > 2000 ? 2000 : detail.size()), detail.data());
  std::abort();
}

// Serialises `record` compact and pretty; both must be valid JSON.
inline void CheckJson(const Record& record) {
  static simdjson::dom::parser parser;
  std::string json;
  AppendRecordJson(record, &json);
  if (parser.parse(json).error()) Fail("record JSON does not parse", json);
  // Pretty printing goes through other code paths of the writer.
  std::string pretty;
  AppendRecordJson(record, &pretty, 2);
  if (parser.parse(pretty).error()) Fail("pretty record JSON does not parse", pretty);
}

// Parses, links and serialises one chunk.
inline void CheckRecord(const parse::CableChunk& chunk) {
  Record record;
  parse::ParseCable(chunk, &record);
  link::LinkRecord(&record);
  CheckJson(record);
}

// Drains `reader`, checking every chunk. `input_size` bounds the count.
inline void Drain(std::unique_ptr<parse::CableReader> reader, size_t input_size) {
  if (!reader) return;
  parse::CableChunk chunk;
  size_t cables = 0;
  while (reader->Next(&chunk)) {
    if (++cables > input_size + 1) Fail("reader yields more cables than input bytes", "");
    CheckRecord(chunk);
  }
}

inline std::unique_ptr<parse::InputStream> Stream(const uint8_t* data, size_t size) {
  return parse::InputStream::FromString(AsView(data, size));
}

inline void IgnoreDiagnostic(const Diagnostic& d) {
  // Building the string exercises the diagnostic's formatting too.
  (void)d.ToString();
}

}  // namespace cablescope::fuzz

#endif  // CABLESCOPE_FUZZ_FUZZ_SUPPORT_H_
