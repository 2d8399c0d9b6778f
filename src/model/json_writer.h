// JsonWriter: appends JSON text to a std::string.
//
// Written by hand rather than with nlohmann-json because `cablescope parse`
// prints every record of a 1.7 GB corpus: building a DOM per record costs
// more than parsing the cable (see docs/PERFORMANCE.md). This writer does no
// allocation beyond growing the output string, and escapes as RFC 8259
// requires. Invalid UTF-8 in strings is replaced by U+FFFD so that output
// is always valid JSON.
//
// Not thread-safe; use one writer per thread.
#ifndef CABLESCOPE_MODEL_JSON_WRITER_H_
#define CABLESCOPE_MODEL_JSON_WRITER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cablescope {

class JsonWriter {
 public:
  // Appends to *out. With `indent` > 0 the output is pretty-printed.
  explicit JsonWriter(std::string* out, int indent = 0) : out_(out), indent_(indent) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  void Key(std::string_view key);
  void String(std::string_view value);
  void OptionalString(const std::optional<std::string>& value);
  void Int(int64_t value);
  void Bool(bool value);
  void Null();
  // Inserts already-valid JSON text as a value.
  void Raw(std::string_view json);

  // Appends `s` escaped as the inside of a JSON string (no quotes).
  static void AppendEscaped(std::string_view s, std::string* out);

 private:
  void BeforeValue();
  void Newline();

  std::string* out_;
  int indent_;
  int depth_ = 0;
  bool first_ = true;      // no value yet at this depth
  bool after_key_ = false; // the next value follows a key
};

}  // namespace cablescope

#endif  // CABLESCOPE_MODEL_JSON_WRITER_H_
