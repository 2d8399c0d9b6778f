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

ReadResult ReadTelegram(const std::string& bytes, Format format = Format::kTelegram,
                        const std::string& path = "t.txt") {
  return ReadAllChunks([&](DiagnosticSink sink) {
    return NewTelegramReader(InputStream::FromString(bytes), path, format, std::move(sink));
  });
}

TEST(TelegramReaderTest, WholeInputIsOneCable) {
  const std::string text = "VZCZCXRO0001\nOO RUEHXX\nDE RUEHFD #0001 0010000\n\nUNCLAS\n";
  ReadResult r = ReadTelegram(text);
  EXPECT_TRUE(r.diagnostics.empty());
  ASSERT_EQ(r.chunks.size(), 1u);
  EXPECT_EQ(r.chunks[0].text, text);
  EXPECT_EQ(r.chunks[0].format, Format::kTelegram);
  EXPECT_EQ(r.chunks[0].path, "t.txt");
  EXPECT_EQ(r.chunks[0].line, 1u);
  EXPECT_EQ(r.chunks[0].offset, 0u);
  EXPECT_FALSE(r.chunks[0].header_separate);
}

TEST(TelegramReaderTest, PdfTextIsTranscodedAndGetsLfLineEnds) {
  const std::string bytes = cablescope::testing::ReadFile(
      cablescope::testing::FixturePath("readers/telegram-latin1-crlf.txt"));
  ReadResult r = ReadTelegram(bytes, Format::kPdfText);
  EXPECT_TRUE(r.diagnostics.empty());
  ASSERT_EQ(r.chunks.size(), 1u);
  const std::string& text = r.chunks[0].text;
  EXPECT_EQ(r.chunks[0].format, Format::kPdfText);
  EXPECT_TRUE(IsValidUtf8(text));
  EXPECT_EQ(text.find('\r'), std::string::npos);
  EXPECT_NE(text.find("SUBJECT: CAF\xC3\x89 DIPLOMACY"), std::string::npos);
  EXPECT_NE(text.find("\n\xC2\xB6"
                      "1. (C) The Caf\xC3\xA9 Rufus"),
            std::string::npos);
  EXPECT_EQ(text.rfind("\nVZCZCXRO1234\n", 0), 0u);
}

TEST(TelegramReaderTest, FormFeedsBecomeNewlines) {
  ReadResult r = ReadTelegram("PAGE ONE\n\fPAGE TWO\n", Format::kPdfText);
  ASSERT_EQ(r.chunks.size(), 1u);
  EXPECT_EQ(r.chunks[0].text, "PAGE ONE\n\nPAGE TWO\n");
}

TEST(TelegramReaderTest, NulBytesAreRemovedAndReported) {
  ReadResult r = ReadTelegram(std::string("UNCLAS\0\0 STATE 000001\n", 22));
  ASSERT_EQ(r.chunks.size(), 1u);
  EXPECT_EQ(r.chunks[0].text, "UNCLAS STATE 000001\n");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0], "t.txt:1: 2 NUL bytes removed");
}

TEST(TelegramReaderTest, EmptyAndBlankInputsAreReported) {
  for (const std::string& bytes : {std::string(), std::string(" \r\n\t\n  ")}) {
    ReadResult r = ReadTelegram(bytes);
    EXPECT_TRUE(r.chunks.empty());
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0], "t.txt: empty input");
  }
}

TEST(TelegramReaderTest, BinaryInputIsRejected) {
  std::string bytes;
  for (int i = 0; i < 4096; ++i) bytes.push_back(static_cast<char>((i * 7919) & 0xFF));
  ReadResult r = ReadTelegram(bytes);
  EXPECT_TRUE(r.chunks.empty());
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0], "t.txt:1: binary data, not a cable");
}

TEST(TelegramReaderTest, OversizedInputIsSkipped) {
  ReadResult r = ReadAllChunks([](DiagnosticSink sink) {
    return NewTelegramReader(
        std::make_unique<testing::GeneratedStream>("UNCLAS\n", 'A', kMaxCableBytes, "\n"),
        "huge.txt", Format::kTelegram, std::move(sink));
  });
  EXPECT_TRUE(r.chunks.empty());
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].rfind("huge.txt:1: input over 16 MiB", 0), 0u);
}

TEST(TelegramReaderTest, OtherFormatsAreReadAsTelegrams) {
  ReadResult r = ReadTelegram("UNCLAS\n", Format::kCablesCsv);
  ASSERT_EQ(r.chunks.size(), 1u);
  EXPECT_EQ(r.chunks[0].format, Format::kTelegram);
}

TEST(TelegramCorpusTest, PdfTextGivesSixteenUtf8CablesWithParagraphSigns) {
  REQUIRE_SHARED();
  namespace fs = std::filesystem;
  const fs::path dir = cablescope::testing::SharedDir() / "corpus/telegram-text-from-pdf";
  size_t chunks = 0, with_pilcrow = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    ReadResult r = ReadTelegram(cablescope::testing::ReadFile(entry.path()), Format::kPdfText,
                                entry.path().string());
    EXPECT_TRUE(r.diagnostics.empty()) << entry.path();
    for (const CableChunk& c : r.chunks) {
      EXPECT_TRUE(IsValidUtf8(c.text)) << entry.path();
      EXPECT_EQ(c.text.find('\r'), std::string::npos) << entry.path();
      if (c.text.find("\xC2\xB6") != std::string::npos) ++with_pilcrow;
    }
    chunks += r.chunks.size();
  }
  EXPECT_EQ(chunks, 16u);
  EXPECT_GE(with_pilcrow, 15u);  // 07KUALALUMPUR1376 has no numbered paragraphs
}

}  // namespace
}  // namespace cablescope::parse
