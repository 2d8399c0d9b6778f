#include "parse/text_encoding.h"

#include <gtest/gtest.h>

#include <string>

#include "parse/created_time.h"

namespace cablescope::parse {
namespace {

TEST(TextEncodingTest, ValidatesUtf8) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("SUBJECT: FM KASURI TELLS IRAN \xE2\x80\x9CTAKE THE OFFER\xE2\x80\x9D"));
  EXPECT_FALSE(
      IsValidUtf8("\xB6"
                  "1. (C)"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));      // overlong
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));  // surrogate
  EXPECT_FALSE(IsValidUtf8("\xE2\x80"));      // cut sequence
}

TEST(TextEncodingTest, Latin1AndCp1252BecomeUtf8) {
  std::string out;
  AppendAsUtf8(
      "\xB6"
      "1. CAF\xC9 \x93QUOTED\x94 \x96 \x80",
      &out);
  EXPECT_EQ(out,
            "\xC2\xB6"
            "1. CAF\xC3\x89 \xE2\x80\x9CQUOTED\xE2\x80\x9D \xE2\x80\x93 \xE2\x82\xAC");
  out.clear();
  AppendAsUtf8("\x81\x8D", &out);  // undefined in CP1252
  EXPECT_EQ(out, "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(TextEncodingTest, GoodUtf8IsKeptInMixedText) {
  std::string out;
  AppendAsUtf8("\xC3\xA9 and \xE9 and \xE2\x80\x9C", &out);
  EXPECT_EQ(out, "\xC3\xA9 and \xC3\xA9 and \xE2\x80\x9C");
  EXPECT_TRUE(IsValidUtf8(out));
}

TEST(TextEncodingTest, EnsureUtf8OnlyTouchesInvalidText) {
  std::string good =
      "\xC2\xB6"
      "1.";
  EXPECT_FALSE(EnsureUtf8(&good));
  EXPECT_EQ(good,
            "\xC2\xB6"
            "1.");
  std::string bad =
      "\xB6"
      "1.";
  EXPECT_TRUE(EnsureUtf8(&bad));
  EXPECT_EQ(bad,
            "\xC2\xB6"
            "1.");
}

TEST(TextEncodingTest, EveryByteStringBecomesValidUtf8) {
  std::string all;
  for (int i = 0; i < 256; ++i) all.push_back(static_cast<char>(i));
  for (int i = 255; i >= 0; --i) all.push_back(static_cast<char>(i));
  EXPECT_TRUE(EnsureUtf8(&all));
  EXPECT_TRUE(IsValidUtf8(all));
}

TEST(TextEncodingTest, LineEndsBecomeLf) {
  std::string text = "A\r\nB\r\r\nC\rD\n";
  EXPECT_TRUE(NormalizeLineEnds(&text));
  EXPECT_EQ(text, "A\nB\nC\nD\n");
  std::string unix_text = "A\nB\n";
  EXPECT_FALSE(NormalizeLineEnds(&unix_text));
  std::string trailing = "A\r";
  NormalizeLineEnds(&trailing);
  EXPECT_EQ(trailing, "A\n");
}

TEST(TextEncodingTest, NulsAreRemoved) {
  std::string text("\0A\0\0B\0", 6);
  EXPECT_EQ(RemoveNuls(&text), 4u);
  EXPECT_EQ(text, "AB");
  EXPECT_EQ(RemoveNuls(&text), 0u);
}

TEST(TextEncodingTest, ByteOrderMarks) {
  EXPECT_EQ(ByteOrderMarkLength("\xEF\xBB\xBF\"1\""), 3u);
  EXPECT_EQ(ByteOrderMarkLength("\xC3\xAF\xC2\xBB\xC2\xBF\"1\""), 6u);
  EXPECT_EQ(ByteOrderMarkLength("\xC3\x83\xC2\xAF\xC3\x82\xC2\xBB\xC3\x82\xC2\xBF\"1\""), 12u);
  EXPECT_EQ(ByteOrderMarkLength("\"1\""), 0u);
  EXPECT_EQ(ByteOrderMarkLength("\xEF\xBB"), 0u);
}

TEST(TextEncodingTest, BinaryDetection) {
  EXPECT_FALSE(LooksBinary(""));
  EXPECT_FALSE(LooksBinary("UNCLAS STATE 000001\r\n\f\tE.O. 12958: N/A\n"));
  EXPECT_TRUE(
      LooksBinary(std::string("\x7F"
                              "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                              16)));
  std::string mostly_text(1000, 'A');
  mostly_text[10] = '\1';
  EXPECT_FALSE(LooksBinary(mostly_text));
  // NUL padding after a telegram is damage to repair, not binary data.
  EXPECT_FALSE(LooksBinary("UNCLAS STATE 000001\n" + std::string(4096, '\0')));
}

TEST(CreatedTimeTest, NormalisesTheContainersForms) {
  EXPECT_EQ(NormalizeCreatedTime("12/21/1988 9:23"), "1988-12-21T09:23");
  EXPECT_EQ(NormalizeCreatedTime("1/2/2004 14:19"), "2004-01-02T14:19");
  EXPECT_EQ(NormalizeCreatedTime("2004-01-20 12:12"), "2004-01-20T12:12");
  EXPECT_EQ(NormalizeCreatedTime(" 2004-01-20T12:12:59 "), "2004-01-20T12:12");
  EXPECT_EQ(NormalizeCreatedTime("13/1/2004 14:19"), "");
  EXPECT_EQ(NormalizeCreatedTime("1/2/04 14:19"), "");
  EXPECT_EQ(NormalizeCreatedTime("2004-01-20"), "");
  EXPECT_EQ(NormalizeCreatedTime("2004-01-20 12:12 junk"), "");
  EXPECT_EQ(NormalizeCreatedTime(""), "");
}

}  // namespace
}  // namespace cablescope::parse
