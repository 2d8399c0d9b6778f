// FindRefLinks on invented bodies and on the Islamabad seed.
#include "link/ref_links.h"

#include <gtest/gtest.h>

#include "link/record_stream.h"
#include "test_support.h"

namespace cablescope::link {
namespace {

Record WithRefs(std::string body, std::vector<Reference> refs, std::string id = "06ISLAMABAD10261") {
  Record r;
  r.id = id;
  r.body = std::move(body);
  r.references = std::move(refs);
  return r;
}

Reference Ref(const char* label, const char* text, const char* id) {
  Reference ref;
  if (label != nullptr) ref.label = label;
  ref.kind = "cable";
  ref.text = text;
  if (id != nullptr) ref.id = id;
  return ref;
}

const std::vector<Reference> kTwo = {Ref("A", "ISLAMABAD 10142", "06ISLAMABAD10142"),
                                     Ref("B", "STATE 87686", "06STATE87686")};

// Every span is exact: body[start, end) is the text.
void ExpectExact(const Record& r, const std::vector<RefLink>& links) {
  for (const auto& l : links) {
    ASSERT_LE(l.end, r.body->size());
    EXPECT_EQ(r.body->substr(l.start, l.end - l.start), l.text);
  }
}

TEST(RefLinksTest, LabelledPointers) {
  Record r = WithRefs("1. (C) As reported in ref A, the FM called. Per REF B, the offer stands.\n"
                      "2. (C) As para 3 ref B makes clear, nothing changed (Ref B).\n",
                      kTwo);
  auto links = FindRefLinks(r);
  ExpectExact(r, links);
  ASSERT_EQ(links.size(), 4u);
  EXPECT_EQ(links[0].text, "ref A");
  EXPECT_EQ(links[0].label, "A");
  EXPECT_EQ(links[0].id, "06ISLAMABAD10142");
  EXPECT_EQ(links[1].text, "REF B");
  EXPECT_EQ(links[1].id, "06STATE87686");
  EXPECT_EQ(links[2].text, "para 3 ref B");
  EXPECT_EQ(links[2].label, "B");
  EXPECT_EQ(links[3].text, "Ref B");
}

TEST(RefLinksTest, SeveralLabels) {
  Record r = WithRefs("REFS A AND B discussed this; see also reftels a, b.", kTwo);
  auto links = FindRefLinks(r);
  ExpectExact(r, links);
  ASSERT_EQ(links.size(), 4u);
  EXPECT_EQ(links[0].text, "REFS A");
  EXPECT_EQ(links[0].label, "A");
  EXPECT_EQ(links[1].text, "B");
  EXPECT_EQ(links[1].label, "B");
  EXPECT_EQ(links[2].text, "reftels a");
  EXPECT_EQ(links[3].text, "b");
  EXPECT_EQ(links[3].id, "06STATE87686");
}

TEST(RefLinksTest, ReftelMeansTheOnlyItem) {
  Record one = WithRefs("1. Embassy delivered reftel demarche. REFTEL A also says so.",
                        {Ref("A", "STATE 87686", "06STATE87686")});
  auto links = FindRefLinks(one);
  ExpectExact(one, links);
  ASSERT_EQ(links.size(), 2u);
  EXPECT_EQ(links[0].text, "reftel");
  EXPECT_FALSE(links[0].label.has_value());  // REFTEL names no label
  EXPECT_EQ(links[0].id, "06STATE87686");
  EXPECT_EQ(links[1].text, "REFTEL A");
  EXPECT_EQ(links[1].label, "A");
  // With two items, a bare REFTEL is ambiguous: no link.
  Record two = WithRefs("1. Embassy delivered reftel demarche.", kTwo);
  EXPECT_TRUE(FindRefLinks(two).empty());
}

TEST(RefLinksTest, InlineCitations) {
  Record r = WithRefs("1. See Islamabad 010142 on the call; STATE 87686 set out the offer, "
                      "and ISLAMABAD 9999 is not in the list. See KABUL 10142.",
                      kTwo);
  auto links = FindRefLinks(r);
  ExpectExact(r, links);
  ASSERT_EQ(links.size(), 2u);
  EXPECT_EQ(links[0].text, "Islamabad 010142");
  EXPECT_EQ(links[0].id, "06ISLAMABAD10142");
  EXPECT_FALSE(links[0].label.has_value());
  EXPECT_EQ(links[1].text, "STATE 87686");
  EXPECT_EQ(links[1].id, "06STATE87686");
}

TEST(RefLinksTest, MultiWordStationAndLastYearsCable) {
  // A January cable citing last December's USUN NEW YORK 1491: the list has
  // the id with the right year; the inline citation matches it.
  Record r = WithRefs("1. As USUN NEW YORK 1491 reported, the vote passed.",
                      {Ref("A", "USUN NEW YORK 1491", "08USUNNEWYORK1491")}, "09STATE2");
  auto links = FindRefLinks(r);
  ExpectExact(r, links);
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].text, "USUN NEW YORK 1491");
  EXPECT_EQ(links[0].id, "08USUNNEWYORK1491");
}

TEST(RefLinksTest, NotPointers) {
  // Unknown labels, a lower-case `a` before a word, the REF: list itself,
  // words that merely start with REF, and no REF list at all.
  Record r = WithRefs("REF: A. ISLAMABAD 10142 B. STATE 87686\n\n1. Ref C was lost. Refer to a ref a "
                      "cable. The referendum (REF) passed. References A.\n",
                      kTwo);
  r.raw.ref_block = "REF: A. ISLAMABAD 10142 B. STATE 87686";
  auto links = FindRefLinks(r);
  ExpectExact(r, links);
  EXPECT_TRUE(links.empty()) << links.size() << " " << (links.empty() ? "" : links[0].text);
  Record none = WithRefs("1. Per ref A and ISLAMABAD 10142.", {});
  EXPECT_TRUE(FindRefLinks(none).empty());
}

TEST(RefLinksTest, AnyBytesAreSafe) {
  std::string body = "REF";
  for (int i = 0; i < 512; ++i) body.push_back(static_cast<char>((i * 37) & 0xFF));
  body += " ref A ISLAMABAD 10142 REFS A AND";
  Record r = WithRefs(body, kTwo);
  auto links = FindRefLinks(r);
  ExpectExact(r, links);
  EXPECT_FALSE(links.empty());
  EXPECT_TRUE(FindRefLinks(WithRefs("ref", kTwo)).empty());
  EXPECT_TRUE(FindRefLinks(WithRefs("REFS A,", kTwo)).size() == 1u);
}

// Seed 003 (06ISLAMABAD10261) cites ISLAMABAD 10142 (A) and STATE 87686
// (B); its paragraph 1 points at the Secretary's statement as `(Ref B)`.
TEST(RefLinksTest, IslamabadSeed) {
  REQUIRE_SHARED();
  std::vector<Record> records;
  StreamRecords({(testing::SharedDir() / "seeds" / "003_af97382bb149904b.txt").string()}, {}, [](const Diagnostic&) {},
                nullptr, [&](Record&& r, std::string&&) { records.push_back(std::move(r)); });
  ASSERT_EQ(records.size(), 1u);
  const Record& r = records[0];
  ASSERT_TRUE(r.body.has_value());
  ASSERT_FALSE(r.ref_links.empty());
  ExpectExact(r, r.ref_links);
  for (const auto& l : r.ref_links) EXPECT_EQ(l.text, "Ref B");
  EXPECT_EQ(r.ref_links[0].label, "B");
  EXPECT_EQ(r.ref_links[0].id, "06STATE87686");
}

}  // namespace
}  // namespace cablescope::link
