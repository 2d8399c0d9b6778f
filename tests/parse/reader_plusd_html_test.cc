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
  auto reader = NewPlusdHtmlReader(InputStream::FromString(page), "plusd.html",
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

TEST(PlusdHtmlReaderTest, ReadsMetadataAndRawContent) {
  Result r = ReadPage(ReadFile(FixturePath("html/plusd_page.html")));
  ASSERT_EQ(r.chunks.size(), 1u);
  EXPECT_TRUE(r.diagnostics.empty());
  const CableChunk& c = r.chunks[0];
  EXPECT_EQ(c.format, Format::kPlusdHtml);
  EXPECT_EQ(c.meta_id, "1975GONDOR00042_b");  // as written
  EXPECT_EQ(c.meta_created, "1975-03-03T07:45");
  EXPECT_EQ(c.meta_classification, "CONFIDENTIAL");
  EXPECT_EQ(c.meta_origin, "Gondor Minas Tirith");
  EXPECT_FALSE(c.header_separate);
  EXPECT_TRUE(c.header.empty());
  EXPECT_FALSE(c.partial);

  ASSERT_NE(Field(c, "subject"), nullptr);
  EXPECT_EQ(Field(c, "subject")->value, "BEACONS OF GONDOR & ROHAN");
  ASSERT_NE(Field(c, "tags"), nullptr);
  EXPECT_EQ(Field(c, "tags")->value, "PREL | GD");  // link text without the nested gloss
  ASSERT_NE(Field(c, "to"), nullptr);
  EXPECT_EQ(Field(c, "to")->value, "Rohan Edoras | Department of State");
  ASSERT_NE(Field(c, "character_count"), nullptr);
  EXPECT_TRUE(Field(c, "character_count")->numeric);
  EXPECT_EQ(Field(c, "current_classification")->value, "UNCLASSIFIED");
  // "-- N/A or Blank --" is no value.
  EXPECT_EQ(Field(c, "handling_restrictions"), nullptr);

  // Only the "References in this document" column.
  EXPECT_EQ(c.meta_references, (std::vector<std::string>{"1975STATE012345", "1974STATE012345"}));

  // The raw telegram: header and text together, entities decoded, PAGE
  // lines kept, the archive's `*** ... ***` trailer dropped.
  EXPECT_EQ(c.text.rfind("CONFIDENTIAL\n\nPAGE 01  GONDOR 00042  030800Z\n", 0), 0u);
  EXPECT_NE(c.text.find("R 030745Z MAR 75\nFM AMEMBASSY MINAS TIRITH\n"), std::string::npos);
  EXPECT_NE(c.text.find("GONDOR CALLS FOR \"AID\"."), std::string::npos);
  EXPECT_NE(c.text.find("PAGE 02  GONDOR 00042  030800Z"), std::string::npos);
  EXPECT_EQ(c.text.find("Tagged"), std::string::npos);
  EXPECT_EQ(c.text.find("***"), std::string::npos);
  EXPECT_EQ(c.text.substr(c.text.size() - 3), "NNN");
  EXPECT_GT(c.line, 30u);
}

TEST(PlusdHtmlReaderTest, EmptyTruncatedAndForeignPages) {
  Result r = ReadPage("");
  EXPECT_TRUE(r.chunks.empty());
  EXPECT_EQ(r.diagnostics.size(), 1u);

  r = ReadPage("<html><body><table class='cable'></table></body></html>");
  EXPECT_TRUE(r.chunks.empty());
  EXPECT_EQ(r.diagnostics.size(), 1u);

  std::string page = ReadFile(FixturePath("html/plusd_page.html"));
  size_t cut = page.find("2. ROHAN WILL ANSWER");
  ASSERT_NE(cut, std::string::npos);
  r = ReadPage(page.substr(0, cut));
  ASSERT_EQ(r.chunks.size(), 1u);
  EXPECT_EQ(r.chunks[0].meta_id, "1975GONDOR00042_b");
  EXPECT_NE(r.chunks[0].text.find("THE BEACONS ARE LIT"), std::string::npos);
  EXPECT_TRUE(r.chunks[0].meta_references.empty());

  for (size_t n = 0; n < page.size(); n += 11) {
    Result p = ReadPage(page.substr(0, n));
    EXPECT_EQ(p.chunks.size() + p.diagnostics.size(), 1u) << "prefix " << n;
  }
}

TEST(PlusdHtmlReaderTest, CorpusPages) {
  REQUIRE_SHARED();
  std::filesystem::path dir = SharedDir() / "corpus" / "plusd-1970s-html";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << dir << " is absent";
  size_t pages = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() != ".html") continue;
    ++pages;
    Result r = ReadPage(ReadFile(e.path()));
    ASSERT_EQ(r.chunks.size(), 1u) << e.path();
    const CableChunk& c = r.chunks[0];
    EXPECT_EQ(c.meta_id, e.path().stem().string());
    EXPECT_EQ(c.meta_created.size(), 16u) << c.meta_created;
    EXPECT_FALSE(c.meta_classification.empty());
    EXPECT_NE(Field(c, "subject"), nullptr);
    EXPECT_NE(c.text.find("PAGE 01"), std::string::npos);
    EXPECT_EQ(c.text.find("&quot;"), std::string::npos);
    if (c.meta_id == "1974ATHENS02959_b") {
      EXPECT_EQ(c.meta_created, "1974-05-17T16:00");
      EXPECT_EQ(c.meta_classification, "LIMITED OFFICIAL USE");
      EXPECT_EQ(c.meta_references,
                (std::vector<std::string>{"1974STATE097844", "1973STATE097844"}));
    }
    if (c.meta_id == "1973STATE097844_b") {
      // Its table lists cables that cite it, not cables it cites.
      EXPECT_TRUE(c.meta_references.empty());
    }
  }
  EXPECT_GE(pages, 2u);
}

}  // namespace
}  // namespace cablescope::parse
