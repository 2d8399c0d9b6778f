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
  auto reader = NewWikileaksHtmlReader(InputStream::FromString(page), "page.html",
                                       [&](const Diagnostic& d) { r.diagnostics.push_back(d); });
  CableChunk chunk;
  while (reader->Next(&chunk)) r.chunks.push_back(chunk);
  return r;
}

std::string Field(const CableChunk& c, const std::string& key) {
  for (const SourceField& f : c.source_fields) {
    if (f.key == key) return f.value;
  }
  return "<absent>";
}

TEST(WikileaksHtmlReaderTest, ReadsAFullPage) {
  Result r = ReadPage(ReadFile(FixturePath("html/wikileaks_full.html")));
  ASSERT_EQ(r.chunks.size(), 1u);
  EXPECT_TRUE(r.diagnostics.empty());
  const CableChunk& c = r.chunks[0];
  EXPECT_EQ(c.format, Format::kWikileaksHtml);
  EXPECT_EQ(c.path, "page.html");
  EXPECT_EQ(c.meta_id, "08FREEDONIA123");
  EXPECT_EQ(c.meta_created, "2008-03-14T09:05");
  EXPECT_EQ(Field(c, "released"), "2011-08-30T01:44");
  // The cell's text, not its link's title ('unclassified').
  EXPECT_EQ(c.meta_classification, "CONFIDENTIAL//NOFORN");
  EXPECT_EQ(c.meta_origin, "Embassy Freedonia");
  EXPECT_FALSE(c.partial);
  EXPECT_TRUE(c.header_separate);
  EXPECT_FALSE(c.flattened);
  EXPECT_EQ(c.line, 15u);  // the <table class='cable'> line
  EXPECT_EQ(c.header,
            "VZCZCXYZ0001\nPP RUEHWEB\n\nDE RUEHFR #0123 0740905\nZNY CCCCC ZZH\n"
            "P 140905Z MAR 08\nFM AMEMBASSY FREEDONIA\nTO RUEHC/SECSTATE WASHDC PRIORITY 4242");
  EXPECT_EQ(c.text,
            "C O N F I D E N T I A L FREEDONIA 000123\n\nNOFORN\nSIPDIS\n\n"
            "E.O. 12958: DECL: 03/14/2018\nTAGS: PREL ECON FD\n"
            "SUBJECT: HARVEST FESTIVAL & THE R&D; BUDGET\n\n"
            "1. (C) The minister's \"plan\" for the caf\xC3\xA9 \xE2\x80\x93 invented text.\n"
            "CROPS,\nBUT NOT RAIN\n\n"
            "2. (C) Quota <<12345>> and <<67890>> stay as written; so does AT&T.\n\nSMITH");
}

TEST(WikileaksHtmlReaderTest, MapsColumnsByNameNotPosition) {
  // Four columns, no "Created": the second column is "Released" and must
  // not become the created time.
  Result r = ReadPage(ReadFile(FixturePath("html/wikileaks_four_columns.html")));
  ASSERT_EQ(r.chunks.size(), 1u);
  const CableChunk& c = r.chunks[0];
  EXPECT_EQ(c.meta_id, "09GONDOR77");
  EXPECT_EQ(c.meta_created, "");
  EXPECT_EQ(Field(c, "released"), "2011-08-30T01:44");
  EXPECT_EQ(c.meta_classification, "UNCLASSIFIED");
  EXPECT_EQ(c.meta_origin, "Consulate Minas Tirith");
  EXPECT_EQ(c.text, "UNCLAS MINAS TIRITH 000077\n\nSUBJECT: BEACONS LIT\n\n1. The beacons are lit.\n\nJONES");
}

TEST(WikileaksHtmlReaderTest, ReordersColumnsAndUsesLinksWithoutHeaderRow) {
  std::string page =
      "<table class='cable'><tr><th>Released</th><th>Reference ID</th><th>Created</th></tr>"
      "<tr><td>2010-12-01 21:09</td><td>06X1</td><td>2006-02-17 19:07</td></tr></table>"
      "<pre>H</pre><pre>T</pre>";
  Result r = ReadPage(page);
  ASSERT_EQ(r.chunks.size(), 1u);
  EXPECT_EQ(r.chunks[0].meta_id, "06X1");
  EXPECT_EQ(r.chunks[0].meta_created, "2006-02-17T19:07");
  EXPECT_EQ(Field(r.chunks[0], "released"), "2010-12-01T21:09");

  std::string no_header =
      "<table class=\"cable\"><tr><td><a href='/cable/2006/02/06X2.html'>06X2</a></td>"
      "<td><a href='/reldate/2010-12-01_0.html'>2010-12-01 21:09</a></td></tr></table>"
      "<pre>H</pre><pre>T</pre>";
  r = ReadPage(no_header);
  ASSERT_EQ(r.chunks.size(), 1u);
  EXPECT_EQ(r.chunks[0].meta_id, "06X2");
  EXPECT_EQ(r.chunks[0].meta_created, "");
  EXPECT_EQ(Field(r.chunks[0], "released"), "2010-12-01T21:09");
}

TEST(WikileaksHtmlReaderTest, PartialExtract) {
  Result r = ReadPage(ReadFile(FixturePath("html/wikileaks_partial.html")));
  ASSERT_EQ(r.chunks.size(), 1u);
  const CableChunk& c = r.chunks[0];
  EXPECT_TRUE(c.partial);
  EXPECT_EQ(c.meta_id, "05LILLIPUT9");
  EXPECT_EQ(c.header, "141216Z Jul 05");  // the notice is gone, the bare DTG stays
  EXPECT_EQ(c.text.rfind("S E C R E T SECTION 01 OF 02 LILLIPUT 000009", 0), 0u);

  // With nothing after the notice the header is empty.
  std::string page =
      "<table class='cable'><tr><th>Reference ID</th></tr><tr><td>06Y</td></tr></table>"
      "<pre>This record is a partial extract of the original cable. The full text of the "
      "original cable is not available.</pre><pre>TEXT</pre>";
  r = ReadPage(page);
  ASSERT_EQ(r.chunks.size(), 1u);
  EXPECT_TRUE(r.chunks[0].partial);
  EXPECT_EQ(r.chunks[0].header, "");
  EXPECT_EQ(r.chunks[0].text, "TEXT");
}

TEST(WikileaksHtmlReaderTest, TruncatedPages) {
  std::string page = ReadFile(FixturePath("html/wikileaks_full.html"));
  // Cut inside the text <pre>: the chunk has what there is.
  size_t cut = page.find("1. (C) The minister");
  ASSERT_NE(cut, std::string::npos);
  Result r = ReadPage(page.substr(0, cut + 10));
  ASSERT_EQ(r.chunks.size(), 1u);
  EXPECT_EQ(r.chunks[0].meta_id, "08FREEDONIA123");
  EXPECT_NE(r.chunks[0].text.find("SUBJECT: HARVEST FESTIVAL"), std::string::npos);

  // Cut inside the table: metadata read so far, no cable text: reported, skipped.
  cut = page.find("Embassy Freedonia");
  r = ReadPage(page.substr(0, cut));
  EXPECT_TRUE(r.chunks.empty());
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].path, "page.html");
  EXPECT_NE(r.diagnostics[0].message.find("no cable text"), std::string::npos);

  // Every prefix of the page: never a crash, at most one chunk.
  for (size_t n = 0; n < page.size(); n += 7) {
    Result p = ReadPage(page.substr(0, n));
    EXPECT_LE(p.chunks.size(), 1u);
    EXPECT_EQ(p.chunks.size() + p.diagnostics.size(), 1u) << "prefix " << n;
  }
}

TEST(WikileaksHtmlReaderTest, EmptyPageAndPageWithoutTable) {
  Result r = ReadPage("");
  EXPECT_TRUE(r.chunks.empty());
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_NE(r.diagnostics[0].message.find("no cable"), std::string::npos);

  r = ReadPage("<html><body><p>Not found</p></body></html>");
  EXPECT_TRUE(r.chunks.empty());
  EXPECT_EQ(r.diagnostics.size(), 1u);

  // No metadata table but the two <pre>s: the cable is still there.
  r = ReadPage("<html><pre>R 130458Z AUG 79</pre><pre>UNCLAS TEXT&#x000A;END</pre></html>");
  ASSERT_EQ(r.chunks.size(), 1u);
  EXPECT_EQ(r.chunks[0].meta_id, "");
  EXPECT_EQ(r.chunks[0].header, "R 130458Z AUG 79");
  EXPECT_EQ(r.chunks[0].text, "UNCLAS TEXT\nEND");
}

TEST(WikileaksHtmlReaderTest, HostileMarkupDoesNotCrash) {
  std::string page = "<table class='cable'>" + std::string(100000, '<') + "<th" +
                     std::string(50000, 'x') + "<pre><a " + std::string(100000, '&') + "</pre>";
  Result r = ReadPage(page);
  EXPECT_EQ(r.chunks.size() + r.diagnostics.size(), 1u);
  Result r2 = ReadPage(std::string("<pre>") + std::string(1000, '\0') + "<pre");
  EXPECT_EQ(r2.chunks.size() + r2.diagnostics.size(), 1u);
}

TEST(WikileaksHtmlReaderTest, OneChunkPerInputThenEnd) {
  auto reader = NewWikileaksHtmlReader(
      InputStream::FromString(ReadFile(FixturePath("html/wikileaks_full.html"))), "p", nullptr);
  CableChunk chunk;
  EXPECT_TRUE(reader->Next(&chunk));
  EXPECT_FALSE(reader->Next(&chunk));
  EXPECT_EQ(reader->error_count(), 0u);
}

// Every page of the corpus gives exactly one chunk whose id is the file's
// name; 87 pages say they are partial extracts.
TEST(WikileaksHtmlReaderTest, CorpusPages) {
  REQUIRE_SHARED();
  std::filesystem::path dir = SharedDir() / "corpus" / "wikileaks-html-2010";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << dir << " is absent";
  size_t pages = 0, partial = 0, mentions = 0, with_text = 0, with_created = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    if (e.path().extension() != ".html") continue;
    ++pages;
    std::string page = ReadFile(e.path());
    mentions += page.find("partial extract") != std::string::npos;
    Result r = ReadPage(page);
    ASSERT_EQ(r.chunks.size(), 1u) << e.path();
    const CableChunk& c = r.chunks[0];
    EXPECT_EQ(c.meta_id, e.path().stem().string()) << e.path();
    partial += c.partial;
    with_text += !c.text.empty();
    with_created += c.meta_created.size() == 16;
    // Decoded: no entity, no tag, no pilcrow anchor left.
    EXPECT_EQ(c.text.find("&#x000A;"), std::string::npos) << e.path();
    EXPECT_EQ(c.text.find("<a "), std::string::npos) << e.path();
    EXPECT_EQ(c.text.find("\xC2\xB6"), std::string::npos) << e.path();
    EXPECT_EQ(c.header.find("partial extract"), std::string::npos) << e.path();
  }
  EXPECT_GT(pages, 1000u);
  EXPECT_EQ(partial, mentions);
  EXPECT_EQ(partial, 87u);
  EXPECT_EQ(with_text, pages);
  EXPECT_EQ(with_created, pages);
}

}  // namespace
}  // namespace cablescope::parse
