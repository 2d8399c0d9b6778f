#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "parse/format.h"
#include "test_support.h"

namespace cablescope::parse {
namespace {

namespace fs = std::filesystem;

std::string Fixture(const std::string& name) {
  return cablescope::testing::ReadFile(cablescope::testing::FixturePath(name));
}

TEST(DetectFormatTest, OurFixtures) {
  EXPECT_EQ(DetectFormat(Fixture("readers/extract.csv")), Format::kCablesCsv);
  EXPECT_EQ(DetectFormat(Fixture("readers/export.json")), Format::kJson);
  EXPECT_EQ(DetectFormat(Fixture("readers/telegram-latin1-crlf.txt")), Format::kPdfText);
}

TEST(DetectFormatTest, Telegram) {
  EXPECT_EQ(DetectFormat("\n\nVZCZCXRO0001\nOO RUEHXX\nDE RUEHFD #0001 0010000\n"),
            Format::kTelegram);
  EXPECT_EQ(DetectFormat(""), Format::kTelegram);
  EXPECT_EQ(DetectFormat("   \n"), Format::kTelegram);
  EXPECT_EQ(DetectFormat(std::string("\0\1\2\3", 4)), Format::kTelegram);
  // CRLF alone (an ASCII telegram saved on Windows) is not PDF text.
  EXPECT_EQ(DetectFormat("VZCZCXRO0001\r\nUNCLAS STATE 000001\r\n"), Format::kTelegram);
  // Latin-1 alone neither.
  EXPECT_EQ(DetectFormat("UNCLAS STATE 000001\n\xB6"
                         "1. TEXT\n"),
            Format::kTelegram);
}

TEST(DetectFormatTest, WikileaksAndPlusdPages) {
  EXPECT_EQ(DetectFormat("<?xml version='1.0' encoding='utf-8' ?>\n<html>\n<head>\n"
                         "<title>Cable Viewer</title>\n</head><body>\n"),
            Format::kWikileaksHtml);
  EXPECT_EQ(DetectFormat("<html><body><table class='cable'>\n<tr><th>Reference ID</th>"),
            Format::kWikileaksHtml);
  EXPECT_EQ(DetectFormat("<!DOCTYPE html>\n<html><script src=\"/plusd/js/a.js\"></script>\n"
                         "<td>Canonical ID:</td><td>1975FREEDO00001_b</td>"),
            Format::kPlusdHtml);
}

TEST(DetectFormatTest, Json) {
  EXPECT_EQ(DetectFormat("{ \"_id\" : \"09X1\", \"body\" : \"TEXT\" }\n"), Format::kJson);
  EXPECT_EQ(DetectFormat("\xEF\xBB\xBF\n [ {\"reference_id\": \"09X1\"} ]"), Format::kJson);
  EXPECT_EQ(DetectFormat("{ \"name\" : \"not a cable\" }\n"), Format::kTelegram);
}

TEST(DetectFormatTest, CablesCsvWholeExtractAndChunkCutMidRow) {
  EXPECT_EQ(DetectFormat("\n\"1\",\"12/28/1966 18:48\",\"66X1\",\"Embassy Elbonia\","),
            Format::kCablesCsv);
  EXPECT_EQ(DetectFormat("\xC3\x83\xC2\xAF\xC3\x82\xC2\xBB\xC3\x82\xC2\xBF\"1\",\"1/2/2000 "
                         "3:04\",\"00X1\","),
            Format::kCablesCsv);
  EXPECT_EQ(DetectFormat("END OF A BODY CUT BY SPLIT \nSMITH \n\"\n\"2\",\"2/25/1972 9:30\",\""),
            Format::kCablesCsv);
}

TEST(DetectFormatTest, PressPages) {
  // A row flattened with no-break spaces after page chrome (seed 003's shape).
  const std::string nbsp = "\xC2\xA0";
  EXPECT_EQ(DetectFormat("THE ELBONIAN TIMES\n\nPublished 01 Apr, 2011 09:24am\n\nID: 123" + nbsp +
                         nbsp + " 04/01/1987 10:00" + nbsp + nbsp + " 87ELBONIA500" + nbsp +
                         " Embassy Elbonia\n"),
            Format::kPress);
  // A cable that starts after several lines of prose.
  EXPECT_EQ(DetectFormat("Elbonia Daily News\n"
                         "Today's paper | April 2, 2011\n"
                         "Cable shows envoy doubted the mud reform plan\n"
                         "Published 02 Apr, 2011 10:15am\n\n"
                         "VZCZCXRO0001\nPP RUEHXX\nDE RUEHEB #0500 0911000\n"),
            Format::kPress);
  // WikiLeaks' own chrome above a telegram is not a news page.
  EXPECT_EQ(DetectFormat("Viewing cable 87ELBONIA500, A SHORT ONE\n"
                         "If you are new to these pages, please read an introduction\n"
                         "Reference ID  Created  Released  Classification  Origin\n"
                         "Understanding cables: every cable message has three parts\n"
                         "VZCZCXRO0001\nPP RUEHXX\n"),
            Format::kTelegram);
}

TEST(DetectFormatTest, PdfText) {
  EXPECT_EQ(DetectFormat("VZCZCXRO0001\r\nUNCLAS STATE 000001\r\n\xB6"
                         "1. TEXT\r\n"),
            Format::kPdfText);
  EXPECT_EQ(DetectFormat("UNCLAS STATE 000001\n\fPAGE 02\n"), Format::kPdfText);
}

// Every corpus file by its folder; the file name plays no part.
TEST(DetectFormatCorpusTest, EveryCorpusFileIsRecognised) {
  REQUIRE_SHARED();
  const fs::path corpus = cablescope::testing::SharedDir() / "corpus";
  const std::pair<const char*, Format> dirs[] = {
      {"wikileaks-html-2010", Format::kWikileaksHtml},
      {"plusd-1970s-html", Format::kPlusdHtml},
      {"cables-csv", Format::kCablesCsv},
      {"json", Format::kJson},
      {"telegram-text-from-pdf", Format::kPdfText},
  };
  size_t files = 0;
  for (const auto& [dir, want] : dirs) {
    for (const auto& entry : fs::recursive_directory_iterator(corpus / dir)) {
      if (!entry.is_regular_file()) continue;
      std::string head = cablescope::testing::ReadFile(entry.path()).substr(0, 64 << 10);
      Format expected = want;
      // 07KUALALUMPUR1376 is pure ASCII with CRLF and no page breaks: nothing
      // tells it from a telegram saved on Windows (both readers are one).
      if (entry.path().filename() == "07KUALALUMPUR1376.txt") expected = Format::kTelegram;
      EXPECT_EQ(FormatName(DetectFormat(head)), FormatName(expected)) << entry.path();
      ++files;
    }
  }
  EXPECT_GT(files, 1200u);
}

TEST(DetectFormatCorpusTest, Seeds) {
  REQUIRE_SHARED();
  for (const auto& entry : fs::directory_iterator(cablescope::testing::SharedDir() / "seeds")) {
    const std::string name = entry.path().filename().string();
    const std::string head = cablescope::testing::ReadFile(entry.path()).substr(0, 64 << 10);
    if (name.rfind("000_", 0) == 0) {
      EXPECT_EQ(FormatName(DetectFormat(head)), "telegram");
    }
    if (name.rfind("003_", 0) == 0) {
      EXPECT_EQ(FormatName(DetectFormat(head)), "press");
    }
  }
}

}  // namespace
}  // namespace cablescope::parse
