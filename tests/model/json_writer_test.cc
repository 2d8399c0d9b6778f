#include "model/json_writer.h"

#include <cstdio>

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

TEST(RecordJson, NumericSourceFieldsThatAreNotJsonNumbersArePrintedAsStrings) {
  Record r;
  r.format = "cables-csv";
  r.source.fields = {{"row", "66432", true}, {"a", "068", true}, {"b", "12x", true},
                     {"c", "", true}, {"d", "99999999999999999999", true}};
  std::string out;
  AppendRecordJson(r, &out);
  EXPECT_NE(out.find("\"row\":66432"), std::string::npos) << out;
  EXPECT_NE(out.find("\"a\":\"068\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"b\":\"12x\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"c\":\"\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"d\":\"99999999999999999999\""), std::string::npos) << out;
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

TEST(RecordJson, DerivedTextLinksArePrintedOnlyOnceDerived) {
  Record r;
  r.format = "telegram";
  std::string before;
  AppendRecordJson(r, &before);
  EXPECT_EQ(before.find("\"people\""), std::string::npos) << before;
  EXPECT_EQ(before.find("\"ref_links\""), std::string::npos) << before;
  r.text_links_derived = true;  // derived, and the cable names nobody
  std::string after;
  AppendRecordJson(r, &after);
  EXPECT_NE(after.find("\"ref_links\":[],\"people\":[]"), std::string::npos) << after;
}

}  // namespace
}  // namespace cablescope

namespace cablescope {
namespace {

// The byte-at-a-time definition of JSON string escaping, to check the
// word-at-a-time fast path against (special bytes at every offset of a word).
std::string ReferenceEscape(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  return out;
}

TEST(JsonWriter, FastPathAgreesWithByteAtATimeEscaping) {
  const std::string specials[] = {"\"", "\\", "\n", "\x01", "\x1f", "\xC3\xA9", "\xE2\x80\x9C"};
  for (const auto& special : specials) {
    for (size_t pos = 0; pos < 19; ++pos) {
      std::string s(24, 'a');
      s.insert(pos, special);
      std::string out;
      JsonWriter::AppendEscaped(s, &out);
      EXPECT_EQ(out, ReferenceEscape(s)) << "special at " << pos;
    }
  }
}

// Keys take a path of their own when they are plain ASCII and short
// (JsonWriter::Key); every other key is escaped as a string is.
TEST(JsonWriter, KeysAreEscapedAsStringsAreWhateverTheirLengthAndBytes) {
  const std::string keys[] = {"id", "", std::string(59, 'k'), std::string(60, 'k'), std::string(200, 'k'),
                              "a\"b", "back\\slash", "tab\there", "\x01", "caf\xC3\xA9",
                              std::string(70, 'q') + "\""};
  for (const auto& key : keys) {
    std::string out;
    JsonWriter w(&out);
    w.BeginObject();
    w.Key(key);
    w.Int(1);
    w.EndObject();
    EXPECT_EQ(out, "{\"" + ReferenceEscape(key) + "\":1}") << key;
  }
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("x\xFFy");
  w.Null();
  w.EndObject();
  EXPECT_EQ(out, "{\"x\xEF\xBF\xBDy\":null}");
}

TEST(JsonWriter, PrettyKeysHaveASpaceAfterTheColonOnEitherPath) {
  std::string out;
  JsonWriter w(&out, 2);
  w.BeginObject();
  w.Key("plain");
  w.Int(1);
  w.Key("quo\"te");
  w.Int(2);
  w.EndObject();
  EXPECT_NE(out.find("\"plain\": 1"), std::string::npos) << out;
  EXPECT_NE(out.find("\"quo\\\"te\": 2"), std::string::npos) << out;
}

TEST(JsonWriter, InvalidUtf8AnywhereInAWordBecomesReplacementCharacter) {
  for (size_t pos = 0; pos < 17; ++pos) {
    std::string s(20, 'b');
    s[pos] = '\xFF';
    std::string out;
    JsonWriter::AppendEscaped(s, &out);
    std::string want(20, 'b');
    want.replace(pos, 1, "\xEF\xBF\xBD");
    EXPECT_EQ(out, want) << pos;
  }
}

}  // namespace
}  // namespace cablescope
