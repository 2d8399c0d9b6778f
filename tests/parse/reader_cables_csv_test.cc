#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "parse/cables_csv_row.h"
#include "parse/readers.h"
#include "parse/text_encoding.h"
#include "reader_test_util.h"
#include "test_support.h"

namespace cablescope::parse {
namespace {

using testing::GeneratedStream;
using testing::ReadAllChunks;
using testing::ReadResult;

ReadResult ReadCsv(const std::string& bytes, const std::string& path = "x.csv") {
  return ReadAllChunks([&](DiagnosticSink sink) {
    return NewCablesCsvReader(InputStream::FromString(bytes), path, std::move(sink));
  });
}

// A row as the dump writes it (fields already escaped).
std::string Row(int n, const std::string& id, const std::string& body,
                const std::string& header = "R 010000Z JAN 00\nFM AMEMBASSY ELBONIA\n") {
  // Appends, not a chain of operator+: GCC 12 at -O3 warns (-Wrestrict, a
  // known false positive) on the chained temporaries.
  std::string row = "\"";
  row += std::to_string(n);
  row += "\",\"1/2/2000 3:04\",\"";
  row += id;
  row += "\",\"Embassy Elbonia\",\"UNCLASSIFIED\",\"\",\"";
  row += header;
  row += "\",\"";
  row += body;
  row += "\"\n";
  return row;
}

TEST(CablesCsvRowStartTest, RecognisesTheFirstTwoFields) {
  EXPECT_TRUE(IsCablesCsvRowStart("\"1\",\"12/28/1966 18:48\",\"66X1\""));
  EXPECT_TRUE(IsCablesCsvRowStart("\"251287\",\"2/28/2010 23:59\",\""));
  EXPECT_FALSE(IsCablesCsvRowStart("\"1\",\"12/28/66 18:48\",\""));
  EXPECT_FALSE(IsCablesCsvRowStart("\"x\",\"12/28/1966 18:48\",\""));
  EXPECT_FALSE(IsCablesCsvRowStart("\"1\",\"12/28/1966 18:48\""));
  EXPECT_FALSE(IsCablesCsvRowStart(""));
}

TEST(CablesCsvReaderTest, ReadsTheFixtureExtract) {
  const std::string bytes =
      cablescope::testing::ReadFile(cablescope::testing::FixturePath("readers/extract.csv"));
  ReadResult r = ReadCsv(bytes, "extract.csv");
  EXPECT_TRUE(r.diagnostics.empty()) << r.diagnostics.front();
  ASSERT_EQ(r.chunks.size(), 3u);
  const CableChunk& c = r.chunks[0];
  EXPECT_EQ(c.format, Format::kCablesCsv);
  EXPECT_EQ(c.path, "extract.csv");
  EXPECT_EQ(c.line, 2u);
  EXPECT_EQ(c.offset, 1u);
  EXPECT_EQ(c.meta_id, "87ELBONIA412");
  EXPECT_EQ(c.meta_created, "1987-03-14T08:05");
  EXPECT_EQ(c.meta_origin, "Embassy Elbonia");
  EXPECT_EQ(c.meta_classification, "CONFIDENTIAL");
  EXPECT_EQ(c.meta_references, (std::vector<std::string>{"87STATE1200", "87ELBONIA399"}));
  EXPECT_TRUE(c.header_separate);
  EXPECT_EQ(c.header.substr(0, 17), "R 140805Z MAR 87\n");
  EXPECT_EQ(c.header.back(), '\n');
  EXPECT_NE(c.text.find("MUD MINISTER'S VISIT TO THE \"NEW\" CAPITAL"), std::string::npos);
  EXPECT_EQ(c.text.find('\\'), std::string::npos);
  EXPECT_FALSE(c.partial);
  ASSERT_EQ(c.source_fields.size(), 1u);
  EXPECT_EQ(c.source_fields[0].key, "row");
  EXPECT_EQ(c.source_fields[0].value, "101");
  EXPECT_TRUE(c.source_fields[0].numeric);

  EXPECT_EQ(r.chunks[1].line, 17u);
  EXPECT_EQ(r.chunks[1].offset, 433u);
  EXPECT_TRUE(r.chunks[1].meta_references.empty());
  EXPECT_EQ(r.chunks[2].line, 29u);
  EXPECT_EQ(r.chunks[2].meta_classification, "SECRET//NOFORN");
  EXPECT_TRUE(r.chunks[2].partial);
}

TEST(CablesCsvReaderTest, EscapesAreResolvedAndOtherBackslashesKept) {
  ReadResult r = ReadCsv(Row(1, "00A1", "HU\\'S \\\"IDEA\\\" IN C:\\DOCS AND \\\\ END \\\\"));
  ASSERT_EQ(r.chunks.size(), 1u) << (r.diagnostics.empty() ? "" : r.diagnostics[0]);
  EXPECT_EQ(r.chunks[0].text, "HU'S \"IDEA\" IN C:\\DOCS AND \\ END \\");
}

TEST(CablesCsvReaderTest, StripsRawAndMojibakeByteOrderMarks) {
  for (std::string bom : {std::string("\xEF\xBB\xBF"),
                          std::string("\xC3\x83\xC2\xAF\xC3\x82\xC2\xBB\xC3\x82\xC2\xBF")}) {
    ReadResult r = ReadCsv(bom + Row(7, "00A7", "TEXT"));
    EXPECT_TRUE(r.diagnostics.empty());
    ASSERT_EQ(r.chunks.size(), 1u);
    EXPECT_EQ(r.chunks[0].meta_id, "00A7");
    EXPECT_EQ(r.chunks[0].offset, bom.size());
  }
}

TEST(CablesCsvReaderTest, CrlfRowsAndNoFinalNewline) {
  std::string row = Row(1, "00A1", "LINE ONE\r\nLINE TWO");
  row.pop_back();
  row += "\r\n";  // the row ends with \r\n
  std::string last = Row(2, "00A2", "LAST");
  last.pop_back();  // no final newline
  ReadResult r = ReadCsv(row + last);
  EXPECT_TRUE(r.diagnostics.empty());
  ASSERT_EQ(r.chunks.size(), 2u);
  EXPECT_EQ(r.chunks[0].text, "LINE ONE\nLINE TWO");
  EXPECT_EQ(r.chunks[1].text, "LAST");
}

TEST(CablesCsvReaderTest, ChunkCutMidRecordSkipsBothEndsWithOneDiagnosticEach) {
  std::string bytes = "TEXT OF THE ROW BEFORE\nMORE OF IT\n\"\n" + Row(1, "00A1", "ONE") +
                      Row(2, "00A2", "TWO") + Row(3, "00A3", "THREE CUT OFF");
  bytes.resize(bytes.size() - 12);  // cut inside row 3's body
  ReadResult r = ReadCsv(bytes, "chunk-aa");
  ASSERT_EQ(r.chunks.size(), 2u);
  EXPECT_EQ(r.chunks[0].meta_id, "00A1");
  EXPECT_EQ(r.chunks[0].line, 4u);
  EXPECT_EQ(r.chunks[1].meta_id, "00A2");
  ASSERT_EQ(r.diagnostics.size(), 2u);
  EXPECT_EQ(r.diagnostics[0].rfind("chunk-aa:1: incomplete record", 0), 0u) << r.diagnostics[0];
  EXPECT_EQ(r.diagnostics[1].rfind("chunk-aa:10: incomplete record", 0), 0u) << r.diagnostics[1];
}

TEST(CablesCsvReaderTest, MissingClosingQuoteSkipsOnlyThatRow) {
  std::string broken = Row(2, "00A2", "NO CLOSING QUOTE");
  broken.erase(broken.size() - 2, 1);  // drop the body's closing quote
  ReadResult r = ReadCsv(Row(1, "00A1", "ONE") + broken + Row(3, "00A3", "THREE"));
  ASSERT_EQ(r.chunks.size(), 2u);
  EXPECT_EQ(r.chunks[0].meta_id, "00A1");
  EXPECT_EQ(r.chunks[1].meta_id, "00A3");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].rfind("x.csv:4: malformed record", 0), 0u) << r.diagnostics[0];
}

TEST(CablesCsvReaderTest, UnterminatedQuoteAtEndOfInput) {
  std::string bytes = Row(1, "00A1", "ONE") + Row(2, "00A2", "TWO");
  bytes.resize(bytes.size() - 2);  // `..."TWO` : the quote never closes
  ReadResult r = ReadCsv(bytes);
  ASSERT_EQ(r.chunks.size(), 1u);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_NE(r.diagnostics[0].find("x.csv:4: incomplete record"), std::string::npos);
  EXPECT_NE(r.diagnostics[0].find("unterminated quote"), std::string::npos);
}

TEST(CablesCsvReaderTest, WrongFieldCountAndUnquotedFieldAreReported) {
  std::string seven = "\"5\",\"1/2/2000 3:04\",\"00A5\",\"E\",\"U\",\"\",\"BODY\"\n";
  std::string unquoted = "\"6\",\"1/2/2000 3:04\",\"00A6\",E,\"U\",\"\",\"H\",\"B\"\n";
  ReadResult r = ReadCsv(seven + unquoted + Row(7, "00A7", "OK"));
  ASSERT_EQ(r.chunks.size(), 1u);
  EXPECT_EQ(r.chunks[0].meta_id, "00A7");
  ASSERT_EQ(r.diagnostics.size(), 2u);
  EXPECT_NE(r.diagnostics[0].find("7 fields instead of 8"), std::string::npos);
  EXPECT_NE(r.diagnostics[1].find("field 4 is not quoted"), std::string::npos);
}

TEST(CablesCsvReaderTest, InvalidUtf8AndNulsAreRepaired) {
  ReadResult r = ReadCsv(Row(1, "00A1", std::string("CAF\xC9 \xB6") + '\0' + "1."));
  ASSERT_EQ(r.chunks.size(), 1u);
  EXPECT_EQ(r.chunks[0].text,
            "CAF\xC3\x89 \xC2\xB6"
            "1.");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_NE(r.diagnostics[0].find("1 NUL bytes removed"), std::string::npos);
}

TEST(CablesCsvReaderTest, EmptyAndBlankInputsGiveNothing) {
  EXPECT_TRUE(ReadCsv("").chunks.empty());
  EXPECT_TRUE(ReadCsv("").diagnostics.empty());
  ReadResult r = ReadCsv("\n \n\t\n  ");
  EXPECT_TRUE(r.chunks.empty());
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(CablesCsvReaderTest, TwoHundredMegabyteLineIsSkippedWithBoundedMemory) {
  const std::string head =
      Row(1, "00A1", "ONE") + "\"2\",\"1/2/2000 3:04\",\"00A2\",\"E\",\"U\",\"\",\"H\",\"";
  const std::string tail = "\"\n" + Row(3, "00A3", "THREE");
  const size_t before = testing::PeakRssBytes();
  ReadResult r = ReadAllChunks([&](DiagnosticSink sink) {
    return NewCablesCsvReader(std::make_unique<GeneratedStream>(head, 'A', 200u << 20, tail),
                              "big.csv", std::move(sink));
  });
  const size_t after = testing::PeakRssBytes();
  ASSERT_EQ(r.chunks.size(), 2u);
  EXPECT_EQ(r.chunks[0].meta_id, "00A1");
  EXPECT_EQ(r.chunks[1].meta_id, "00A3");
  EXPECT_EQ(r.chunks[1].line, 5u);
  EXPECT_EQ(r.chunks[1].offset, head.size() + (200u << 20) + 2);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0], "big.csv:4: record over 16 MiB, skipped");
  EXPECT_LT(after - before, size_t{100} << 20);
}

TEST(CablesCsvReaderTest, HugeUnterminatedFieldThenRowsStillReadsTheRows) {
  // A quote that never closes, followed by 40 MB of lines and then rows.
  const std::string head = "\"1\",\"1/2/2000 3:04\",\"00A1\",\"E\",\"U\",\"\",\"H\",\"";
  ReadResult r = ReadAllChunks([&](DiagnosticSink sink) {
    return NewCablesCsvReader(
        std::make_unique<GeneratedStream>(head, '\n', 40u << 20, Row(2, "00A2", "TWO")), "q.csv",
        std::move(sink));
  });
  ASSERT_EQ(r.chunks.size(), 1u);
  EXPECT_EQ(r.chunks[0].meta_id, "00A2");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0], "q.csv:1: record over 16 MiB, skipped");
}

// Counts row starts the way a person would with grep: lines that begin
// with `"<digits>","<M/D/YYYY H:MM>","`.
size_t CountRowStarts(const std::string& bytes) {
  size_t rows = 0;
  for (size_t pos = 0; pos < bytes.size();) {
    if (IsCablesCsvRowStart(std::string_view(bytes).substr(pos, 64))) ++rows;
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string::npos) break;
    pos = nl + 1;
  }
  return rows;
}

TEST(CablesCsvCorpusTest, EveryExtractGivesOneChunkPerRow) {
  REQUIRE_SHARED();
  namespace fs = std::filesystem;
  const fs::path dir = cablescope::testing::SharedDir() / "corpus/cables-csv/by-origin";
  size_t files = 0, total = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string bytes = cablescope::testing::ReadFile(entry.path());
    ReadResult r = ReadCsv(bytes, entry.path().string());
    EXPECT_TRUE(r.diagnostics.empty()) << entry.path() << ": " << r.diagnostics.front();
    EXPECT_EQ(r.chunks.size(), CountRowStarts(bytes)) << entry.path();
    for (const CableChunk& c : r.chunks) {
      EXPECT_FALSE(c.meta_id.empty());
      EXPECT_EQ(c.meta_created.size(), 16u) << c.meta_id;
      EXPECT_FALSE(c.text.empty()) << c.meta_id;
      EXPECT_TRUE(IsValidUtf8(c.text)) << c.meta_id;
      EXPECT_EQ(c.meta_origin, entry.path().filename().string()) << c.meta_id;
    }
    ++files;
    total += r.chunks.size();
  }
  EXPECT_GE(files, 30u);
  EXPECT_GE(total, 1700u);
}

TEST(CablesCsvCorpusTest, RawChunkGivesItsCompleteRowsAndTwoDiagnostics) {
  REQUIRE_SHARED();
  const auto path = cablescope::testing::SharedDir() / "corpus/cables-csv/raw-chunk-aa";
  const std::string bytes = cablescope::testing::ReadFile(path);
  ASSERT_EQ(CountRowStarts(bytes), 37u);
  ReadResult r = ReadCsv(bytes, "raw-chunk-aa");
  // Row 37 is cut at the end of the chunk; the chunk starts with the tail
  // (a lone quote) of the row before row 1.
  ASSERT_EQ(r.chunks.size(), 36u);
  EXPECT_EQ(r.chunks.front().source_fields[0].value, "1");
  EXPECT_EQ(r.chunks.front().meta_id, "66BUENOSAIRES2481");
  EXPECT_EQ(r.chunks.front().line, 2u);
  EXPECT_EQ(r.chunks.back().source_fields[0].value, "36");
  ASSERT_EQ(r.diagnostics.size(), 2u);
  EXPECT_EQ(r.diagnostics[0].rfind("raw-chunk-aa:1: incomplete record", 0), 0u);
  EXPECT_EQ(r.diagnostics[1].rfind("raw-chunk-aa:4363: incomplete record", 0), 0u);
}

}  // namespace
}  // namespace cablescope::parse
