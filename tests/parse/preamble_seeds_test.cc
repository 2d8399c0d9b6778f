// ParsePreamble on the two seeds and on the flattened JSON export in
// ../shared (skipped without it).
#include <string>
#include <string_view>

#include <gtest/gtest.h>
#include <simdjson.h>

#include "model/record.h"
#include "parse/text_preamble.h"
#include "test_support.h"

namespace cablescope::parse {
namespace {

namespace fs = std::filesystem;
using Strings = std::vector<std::string>;

std::string Seed(std::string_view prefix) {
  for (const auto& entry : fs::directory_iterator(testing::SharedDir() / "seeds")) {
    if (entry.path().filename().string().rfind(prefix, 0) == 0)
      return testing::ReadFile(entry.path());
  }
  return "";
}

TEST(PreambleSeedsTest, Seed000RawTelegramWithWebLeftovers) {
  REQUIRE_SHARED();
  std::string seed = Seed("000_");
  size_t start = seed.find("C O N F I D E N T I A L");
  ASSERT_NE(start, std::string::npos);
  std::string_view text = std::string_view(seed).substr(start);
  Record r;
  size_t end = ParsePreamble(text, TextOptions{}, &r);
  EXPECT_EQ(text.substr(end, 6), "[¶1.]");
  EXPECT_EQ(r.classification, "CONFIDENTIAL");
  EXPECT_EQ(r.raw.text_station, "USUN NEW YORK");
  EXPECT_EQ(r.raw.text_serial, "000589");
  EXPECT_EQ(r.captions, Strings{"SIPDIS"});
  EXPECT_EQ(r.executive_order, "12958");
  EXPECT_EQ(r.declassify_on, "2019-06-09");
  EXPECT_EQ(r.tags, (Strings{"PREL", "ZP", "IR", "IS", "UNSC"}));
  EXPECT_EQ(r.subject,
            "AMBASSADORS DENNIS ROSS AND SUSAN RICE DISCUSS IRAN WITH UN SECRETARY-GENERAL");
  ASSERT_EQ(r.classified_by.size(), 1u);
  EXPECT_EQ(r.classified_by[0].name, "Susan E. Rice");
  EXPECT_EQ(r.classified_by[0].title, "Ambassador");
  EXPECT_EQ(r.classification_reasons, (Strings{"1.4(b)", "1.4(d)"}));
}

TEST(PreambleSeedsTest, Seed003PressReprintFlattened) {
  REQUIRE_SHARED();
  std::string seed = Seed("003_");
  size_t start = seed.find("C O N F I D E N T I A L ISLAMABAD");
  ASSERT_NE(start, std::string::npos);
  std::string_view text = std::string_view(seed).substr(start);
  Record r;
  TextOptions options;
  options.flattened = true;
  size_t end = ParsePreamble(text, options, &r);
  EXPECT_EQ(text.substr(end, 6), "1. (C)");
  EXPECT_EQ(r.raw.text_station, "ISLAMABAD");
  EXPECT_EQ(r.raw.text_serial, "010261");
  EXPECT_EQ(r.declassify_on, "2016-06-02");
  EXPECT_EQ(r.tags, (Strings{"PK", "PREL", "PGOV", "IR", "KNNP"}));
  EXPECT_EQ(r.subject, "FM KASURI TELLS IRAN “TAKE THE OFFER”");
  EXPECT_EQ(r.raw.ref_block, "REF: A. ISLAMABAD 10142\n\nB. STATE 87686");
  ASSERT_EQ(r.classified_by.size(), 1u);
  EXPECT_EQ(r.classified_by[0].name, "Ryan C. Crocker");
  EXPECT_EQ(r.classification_reasons, (Strings{"1.4(b)", "1.4(d)"}));
}

TEST(PreambleSeedsTest, FlattenedJsonExportRates) {
  REQUIRE_SHARED();
  std::string data = testing::ReadFile(testing::SharedDir() / "corpus" / "json" /
                                       "wikileaks-11-28-10.json");
  ASSERT_FALSE(data.empty());
  simdjson::dom::parser parser;
  int cables = 0, subject = 0, tags = 0, classified = 0, ended = 0;
  size_t pos = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string::npos) nl = data.size();
    std::string_view line = std::string_view(data).substr(pos, nl - pos);
    pos = nl + 1;
    if (line.find('{') == std::string_view::npos) continue;
    simdjson::dom::element doc;
    if (parser.parse(line.data(), line.size()).get(doc)) continue;
    std::string_view body;
    if (doc["body"].get(body)) continue;
    ++cables;
    Record r;
    TextOptions options;
    options.flattened = true;
    size_t end = ParsePreamble(body, options, &r);
    ASSERT_LE(end, body.size());
    subject += r.subject ? 1 : 0;
    tags += r.tags.empty() ? 0 : 1;
    classified += r.classified_by.empty() ? 0 : 1;
    // The preamble is short: ending within 3 kB means the body was not swallowed.
    ended += (end > 0 && end < 3000) ? 1 : 0;
    if (!r.subject || r.tags.empty() || r.subject->size() > 300)
      std::cout << "  json: " << doc["_id"].get_string().value_unsafe() << " subject="
                << r.subject.value_or("<null>").substr(0, 120) << " tags=" << r.tags.size()
                << "\n";
  }
  std::cout << "json cables: " << cables << ", subject " << 100.0 * subject / cables
            << "%, tags " << 100.0 * tags / cables << "%, classified_by "
            << 100.0 * classified / cables << "%, preamble end found " << 100.0 * ended / cables
            << "%\n";
  ASSERT_GT(cables, 100);
  EXPECT_GE(100.0 * subject / cables, 97.0);
  EXPECT_GE(100.0 * tags / cables, 97.0);
}

}  // namespace
}  // namespace cablescope::parse
