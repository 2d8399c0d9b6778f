#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "parse/readers.h"
#include "parse/text_encoding.h"
#include "reader_test_util.h"
#include "test_support.h"

namespace cablescope::parse {
namespace {

using testing::ReadAllChunks;
using testing::ReadResult;

ReadResult ReadJson(const std::string& bytes, const std::string& path = "x.json") {
  return ReadAllChunks([&](DiagnosticSink sink) {
    return NewJsonLinesReader(InputStream::FromString(bytes), path, std::move(sink));
  });
}

std::string Line(const std::string& id, const std::string& body) {
  return "{ \"_id\" : \"" + id + "\", \"origin\" : \"Embassy Elbonia\", \"date_time\" : " +
         "\"2009-02-03 11:22\", \"classification\" : \"UNCLASSIFIED\", \"body\" : \"" + body +
         "\" }\n";
}

TEST(JsonLinesReaderTest, ReadsTheFixtureExport) {
  const std::string bytes =
      cablescope::testing::ReadFile(cablescope::testing::FixturePath("readers/export.json"));
  ReadResult r = ReadJson(bytes, "export.json");
  EXPECT_TRUE(r.diagnostics.empty());
  ASSERT_EQ(r.chunks.size(), 2u);
  const CableChunk& c = r.chunks[0];
  EXPECT_EQ(c.format, Format::kJson);
  EXPECT_EQ(c.line, 1u);
  EXPECT_EQ(c.offset, 0u);
  EXPECT_EQ(c.meta_id, "09FREEDONIA77");
  EXPECT_EQ(c.meta_origin, "Embassy Freedonia");
  EXPECT_EQ(c.meta_created, "2009-02-03T11:22");
  EXPECT_EQ(c.meta_classification, "UNCLASSIFIED");
  EXPECT_TRUE(c.header_separate);
  EXPECT_EQ(c.header.rfind("VZCZCXYZ0000", 0), 0u);
  EXPECT_NE(c.text.find("\xC2\xB6"
                        "1. (U) Summary"),
            std::string::npos);
  EXPECT_TRUE(c.flattened);
  EXPECT_FALSE(c.partial);
  EXPECT_EQ(r.chunks[1].line, 2u);
  EXPECT_EQ(r.chunks[1].offset, bytes.find('\n') + 1);
  EXPECT_TRUE(r.chunks[1].partial);
  EXPECT_EQ(r.chunks[1].meta_classification, "CONFIDENTIAL");
}

TEST(JsonLinesReaderTest, BadLinesAreReportedAndSkipped) {
  const std::string bytes = Line("00A1", "ONE") + "{ \"_id\" : \"00A2\", \"body\" : \"cut\n" +
                            "\n" + "[1, 2]\n" + "{ \"_id\" : \"00A4\" }\n" +
                            "{ \"body\" : \"x\" } trailing\n" + Line("00A6", "SIX");
  ReadResult r = ReadJson(bytes);
  ASSERT_EQ(r.chunks.size(), 2u);
  EXPECT_EQ(r.chunks[0].meta_id, "00A1");
  EXPECT_EQ(r.chunks[1].meta_id, "00A6");
  EXPECT_EQ(r.chunks[1].line, 7u);
  ASSERT_EQ(r.diagnostics.size(), 4u);
  EXPECT_EQ(r.diagnostics[0].rfind("x.json:2: invalid JSON: ", 0), 0u) << r.diagnostics[0];
  EXPECT_EQ(r.diagnostics[1].rfind("x.json:4: invalid JSON: ", 0), 0u) << r.diagnostics[1];
  EXPECT_EQ(r.diagnostics[2], "x.json:5: invalid JSON: no \"body\" field");
  EXPECT_EQ(r.diagnostics[3].rfind("x.json:6: invalid JSON: ", 0), 0u) << r.diagnostics[3];
}

TEST(JsonLinesReaderTest, ShortOrWrappedBodiesAreNotFlattened) {
  std::string wrapped;
  for (int i = 0; i < 40; ++i) wrapped += "A LINE OF A CABLE WRAPPED AT SEVENTY COLUMNS OR SO\\n";
  ReadResult r = ReadJson(Line("00A1", "SHORT") + Line("00A2", wrapped) +
                          Line("00A3", std::string(3000, 'X')));
  ASSERT_EQ(r.chunks.size(), 3u);
  EXPECT_FALSE(r.chunks[0].flattened);
  EXPECT_FALSE(r.chunks[1].flattened);
  EXPECT_EQ(r.chunks[1].text.find("SO\nA LINE"), 48u);
  EXPECT_TRUE(r.chunks[2].flattened);
}

TEST(JsonLinesReaderTest, ReferenceIdWinsAndNonStringIdIsIgnored) {
  ReadResult r = ReadJson(
      "{\"_id\": {\"$oid\": \"5f0c\"}, \"reference_id\": \"09X1\", \"body\": \"B\"}\n"
      "{\"_id\": \"09X2\", \"reference_id\": \"\", \"body\": \"B\", \"extra\": [1, {\"a\": 2}]}\n");
  ASSERT_EQ(r.chunks.size(), 2u) << (r.diagnostics.empty() ? "" : r.diagnostics[0]);
  EXPECT_EQ(r.chunks[0].meta_id, "09X1");
  EXPECT_EQ(r.chunks[1].meta_id, "09X2");
  EXPECT_FALSE(r.chunks[1].header_separate);
}

TEST(JsonLinesReaderTest, Latin1LineIsTranscoded) {
  ReadResult r = ReadJson(
      "{\"_id\": \"09X1\", \"body\": \"CAF\xC9 \xB6"
      "1.\"}\r\n");
  ASSERT_EQ(r.chunks.size(), 1u);
  EXPECT_EQ(r.chunks[0].text,
            "CAF\xC3\x89 \xC2\xB6"
            "1.");
}

TEST(JsonLinesReaderTest, ReadsAJsonArray) {
  ReadResult r = ReadJson(
      "\xEF\xBB\xBF[\n  {\"_id\": \"09X1\", \"body\": \"ONE\"},\n  7,\n"
      "  {\"_id\": \"09X3\", \"date_time\": \"2009-01-01 00:00\", \"body\": \"THREE\"}\n]\n");
  ASSERT_EQ(r.chunks.size(), 2u);
  EXPECT_EQ(r.chunks[0].meta_id, "09X1");
  EXPECT_EQ(r.chunks[0].line, 2u);
  EXPECT_EQ(r.chunks[1].meta_id, "09X3");
  EXPECT_EQ(r.chunks[1].line, 4u);
  EXPECT_EQ(r.chunks[1].meta_created, "2009-01-01T00:00");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].rfind("x.json:3: invalid JSON", 0), 0u) << r.diagnostics[0];
}

TEST(JsonLinesReaderTest, HugeLineIsSkipped) {
  const std::string tail = "\"}\n" + Line("00A2", "TWO");
  ReadResult r = ReadAllChunks([&](DiagnosticSink sink) {
    return NewJsonLinesReader(std::make_unique<testing::GeneratedStream>(
                                  "{\"_id\": \"00A1\", \"body\": \"", 'x', 20u << 20, tail),
                              "big.json", std::move(sink));
  });
  ASSERT_EQ(r.chunks.size(), 1u);
  EXPECT_EQ(r.chunks[0].meta_id, "00A2");
  EXPECT_EQ(r.chunks[0].line, 2u);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0], "big.json:1: line over 16 MiB, skipped");
}

TEST(JsonLinesCorpusTest, ExportGives219CablesWithIds) {
  REQUIRE_SHARED();
  namespace fs = std::filesystem;
  const fs::path dir = cablescope::testing::SharedDir() / "corpus/json";
  size_t total = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    ReadResult r = ReadJson(cablescope::testing::ReadFile(entry.path()), entry.path().string());
    EXPECT_TRUE(r.diagnostics.empty()) << r.diagnostics.front();
    for (const CableChunk& c : r.chunks) {
      EXPECT_FALSE(c.meta_id.empty());
      EXPECT_EQ(c.meta_created.size(), 16u) << c.meta_id;
      EXPECT_FALSE(c.meta_origin.empty()) << c.meta_id;
      EXPECT_FALSE(c.text.empty()) << c.meta_id;
      EXPECT_TRUE(c.flattened) << c.meta_id;
      EXPECT_TRUE(IsValidUtf8(c.text));
    }
    total += r.chunks.size();
  }
  EXPECT_EQ(total, 219u);
}

}  // namespace
}  // namespace cablescope::parse
