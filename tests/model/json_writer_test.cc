#include "model/json_writer.h"

#include <gtest/gtest.h>

#include "model/record_json.h"

namespace cablescope {
namespace {

TEST(JsonWriter, EscapesControlQuotesAndInvalidUtf8) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("s");
  w.String(std::string("a\"b\\c\n\x01\xC3\xA9\xFF", 10));
  w.EndObject();
  EXPECT_EQ(out, "{\"s\":\"a\\\"b\\\\c\\n\\u0001\xC3\xA9\xEF\xBF\xBD\"}");
}

TEST(JsonWriter, NestsArraysAndObjectsWithCommas) {
  std::string out;
  JsonWriter w(&out);
  w.BeginArray();
  w.Int(1);
  w.BeginObject();
  w.Key("a");
  w.Null();
  w.Key("b");
  w.Bool(true);
  w.EndObject();
  w.BeginArray();
  w.EndArray();
  w.EndArray();
  EXPECT_EQ(out, "[1,{\"a\":null,\"b\":true},[]]");
}

TEST(RecordJson, AbsentValuesAreNullOrEmptyLists) {
  Record r;
  r.format = "telegram";
  std::string out;
  AppendRecordJson(r, &out);
  EXPECT_NE(out.find("\"id\":null"), std::string::npos);
  EXPECT_NE(out.find("\"tags\":[]"), std::string::npos);
  EXPECT_NE(out.find("\"station\":null"), std::string::npos);
  EXPECT_EQ(out.find("ref_block"), std::string::npos);  // raw fields are never printed
}

}  // namespace
}  // namespace cablescope
