#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "parse/readers.h"
#include "test_support.h"

namespace cablescope::parse {
namespace {

using ::cablescope::testing::FixturePath;
using ::cablescope::testing::ReadFile;
using ::cablescope::testing::SharedDir;

struct Result {
  std::vector<CableChunk> chunks;
  std::vector<Diagnostic> diagnostics;
};

Result ReadPage(const std::string& page) {
  Result r;
  auto reader = NewPressReader(InputStream::FromString(page), "press.txt",
                               [&](const Diagnostic& d) { r.diagnostics.push_back(d); });
  CableChunk chunk;
  while (reader->Next(&chunk)) r.chunks.push_back(chunk);
  return r;
}

const SourceField* Field(const CableChunk& c, const std::string& key) {
  for (const SourceField& f : c.source_fields) {
    if (f.key == key) return &f;
  }
  return nullptr;
}

std::string Value(const CableChunk& c, const std::string& key) {
  const SourceField* f = Field(c, key);
  return f ? f->value : "<absent>";
}

TEST(PressReaderTest, ReprintedCablesCsvRow) {
  Result r = ReadPage(ReadFile(FixturePath("press/row_reprint.txt")));
  ASSERT_EQ(r.chunks.size(), 1u);
  const CableChunk& c = r.chunks[0];
  EXPECT_EQ(c.format, Format::kPress);
  EXPECT_EQ(c.meta_id, "08GONDOR42");
  EXPECT_EQ(c.meta_created, "2008-03-04T07:15");
  EXPECT_EQ(c.meta_origin, "Embassy Minas Tirith");
  EXPECT_EQ(c.meta_classification, "SECRET//NOFORN");
  EXPECT_EQ(c.meta_references, (std::vector<std::string>{"08GONDOR41", "08STATE9999"}));
  EXPECT_TRUE(c.header_separate);
  EXPECT_TRUE(c.flattened);
  EXPECT_EQ(c.header.rfind("VZCZCXRO1111PP RUEHGO #0042", 0), 0u);
  EXPECT_EQ(c.header.back(), '7');  // no closing quote
  EXPECT_EQ(c.text.rfind("S E C R E T MINAS TIRITH 000042\n\nNOFORN", 0), 0u);
  EXPECT_NE(c.text.find("SUBJECT: THE STEWARD SAYS \"NO\" TO ROHAN"), std::string::npos);
  EXPECT_EQ(c.text.substr(c.text.size() - 7), "FARAMIR");
  EXPECT_EQ(c.text.find("Read Comments"), std::string::npos);
  EXPECT_EQ(c.text.find("Next Story"), std::string::npos);
  EXPECT_EQ(c.line, 9u);

  EXPECT_EQ(Value(c, "site"), "THE WHITE CITY TIMES");
  EXPECT_EQ(Value(c, "published"), "2011-09-15T23:02");
  EXPECT_EQ(Value(c, "headline"), "2008: Steward refused to light the beacons");
  ASSERT_NE(Field(c, "row"), nullptr);
  EXPECT_EQ(Field(c, "row")->value, "12345");
  EXPECT_TRUE(Field(c, "row")->numeric);
}

TEST(PressReaderTest, RowWithClosingQuoteAndPlainSpaces) {
  // A site that turned the no-break spaces into plain ones, kept the
  // closing quote, and put more article text after it.
  std::string page =
      "SITE\n\nPublished 01 Jan, 2011 10:00am\n\nHeadline here\n\n"
      "ID: 7    1/2/2003 4:05    03ABC1    Embassy Abc    UNCLASSIFIED        "
      "\"R 020405Z JAN 03 FM AMEMBASSY ABC\"    \"UNCLAS ABC 0001\n\n1. Text.\n\nDOE\"\n\n"
      "The newspaper's own analysis follows.\n";
  Result r = ReadPage(page);
  ASSERT_EQ(r.chunks.size(), 1u);
  const CableChunk& c = r.chunks[0];
  EXPECT_EQ(c.meta_id, "03ABC1");
  EXPECT_EQ(c.meta_created, "2003-01-02T04:05");
  EXPECT_EQ(c.meta_origin, "Embassy Abc");
  EXPECT_TRUE(c.meta_references.empty());
  EXPECT_EQ(c.header, "R 020405Z JAN 03 FM AMEMBASSY ABC");
  EXPECT_EQ(c.text, "UNCLAS ABC 0001\n\n1. Text.\n\nDOE");
}

TEST(PressReaderTest, PlainTelegramInsideAnArticle) {
  Result r = ReadPage(ReadFile(FixturePath("press/telegram_article.txt")));
  ASSERT_EQ(r.chunks.size(), 1u);
  const CableChunk& c = r.chunks[0];
  EXPECT_FALSE(c.header_separate);
  EXPECT_FALSE(c.flattened);
  EXPECT_EQ(c.meta_id, "");
  EXPECT_EQ(c.text.rfind("VZCZCXRO2222\nOO RUEHRO\nDE RUEHGO #0043 0650800\n", 0), 0u);
  EXPECT_NE(c.text.find("SUBJECT: BEACONS LIT AFTER ALL"), std::string::npos);
  EXPECT_EQ(c.text.substr(c.text.size() - 7), "FARAMIR");
  EXPECT_EQ(c.text.find("Copyright"), std::string::npos);
  EXPECT_EQ(Value(c, "site"), "GONDOR GAZETTE");
  EXPECT_EQ(Value(c, "published"), "2011-03-15");
  EXPECT_EQ(Value(c, "headline"), "Leaked cable: the beacons of Gondor");
}

TEST(PressReaderTest, TelegramStartingWithItsClassification) {
  std::string page =
      "The Daily Invented\nSecret cables show the plan\n\n"
      "C O N F I D E N T I A L SECTION 01 OF 02 ABC 000123\n\nSUBJECT: X\n\n1. (C) Y.\n\nDOE\n"
      "Related stories\n";
  Result r = ReadPage(page);
  ASSERT_EQ(r.chunks.size(), 1u);
  EXPECT_EQ(r.chunks[0].text,
            "C O N F I D E N T I A L SECTION 01 OF 02 ABC 000123\n\nSUBJECT: X\n\n1. (C) Y.\n\nDOE");
  EXPECT_EQ(Value(r.chunks[0], "headline"), "Secret cables show the plan");
  EXPECT_EQ(r.chunks[0].line, 4u);
}

TEST(PressReaderTest, PagesWithoutACable) {
  for (std::string page : {std::string(""), std::string("\n\n"),
                           std::string("DAWN.COM\n\nSecret talks held\n\nRead Comments\n"),
                           std::string("ID: x\n"), std::string(5000, '\xC2')}) {
    Result r = ReadPage(page);
    EXPECT_TRUE(r.chunks.empty());
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].path, "press.txt");
  }
}

TEST(PressReaderTest, TruncatedRowPages) {
  std::string page = ReadFile(FixturePath("press/row_reprint.txt"));
  for (size_t n = 0; n < page.size(); n += 3) {
    Result r = ReadPage(page.substr(0, n));
    EXPECT_EQ(r.chunks.size() + r.diagnostics.size(), 1u) << "prefix " << n;
  }
}

// Seed 003: DAWN.COM's 2011 reprint of 06ISLAMABAD10261.
TEST(PressReaderTest, Seed003) {
  REQUIRE_SHARED();
  std::filesystem::path seed = SharedDir() / "seeds" / "003_af97382bb149904b.txt";
  if (!std::filesystem::exists(seed)) GTEST_SKIP() << seed << " is absent";
  Result r = ReadPage(ReadFile(seed));
  ASSERT_EQ(r.chunks.size(), 1u);
  const CableChunk& c = r.chunks[0];
  EXPECT_EQ(c.meta_id, "06ISLAMABAD10261");
  EXPECT_EQ(c.meta_created, "2006-06-02T12:46");
  EXPECT_EQ(c.meta_origin, "Embassy Islamabad");
  EXPECT_EQ(c.meta_classification, "CONFIDENTIAL");
  EXPECT_EQ(c.meta_references, std::vector<std::string>{"06ISLAMABAD10142"});
  EXPECT_TRUE(c.header_separate);
  EXPECT_TRUE(c.flattened);
  EXPECT_EQ(c.header.rfind("VZCZCXRO6094PP RUEHDBU", 0), 0u);
  EXPECT_TRUE(c.header.ends_with("RHWSMRC/USCINCCENT MACDILL AFB FL PRIORITY")) << c.header;
  EXPECT_EQ(c.text.rfind("C O N F I D E N T I A L ISLAMABAD 010261", 0), 0u);
  EXPECT_NE(c.text.find("DECL: 06/02/2016TAGS: PK"), std::string::npos);
  EXPECT_EQ(c.text.substr(c.text.size() - 7), "CROCKER");
  EXPECT_EQ(Value(c, "site"), "DAWN.COM");
  EXPECT_EQ(Value(c, "published"), "2011-07-09T09:24");
  EXPECT_EQ(Value(c, "headline"),
            "2006: Kasuri tried to convince Iran to accept American offer of dialogue on "
            "nuclear issues");
  ASSERT_NE(Field(c, "row"), nullptr);
  EXPECT_EQ(Field(c, "row")->value, "66432");
  EXPECT_TRUE(Field(c, "row")->numeric);
}

}  // namespace
}  // namespace cablescope::parse
