#include "link/tags.h"

#include <gtest/gtest.h>

#include "link/tag_table.h"

namespace cablescope::link {
namespace {

using V = std::vector<std::string>;

TEST(TagTableTest, Kinds) {
  EXPECT_EQ(LookupTag("PREL"), TagKind::kSubject);
  EXPECT_EQ(LookupTag("KNNP"), TagKind::kSubject);
  EXPECT_EQ(LookupTag("IR"), TagKind::kGeographic);
  EXPECT_EQ(LookupTag("IZ"), TagKind::kGeographic);
  EXPECT_EQ(LookupTag("ZP"), TagKind::kGeographic);
  EXPECT_EQ(LookupTag("UNSC"), TagKind::kOrganization);
  EXPECT_EQ(LookupTag("IAEA"), TagKind::kOrganization);
  EXPECT_EQ(LookupTag("POGOV"), TagKind::kUnknown);
}

TEST(CanonicalTagsTest, Seeds) {
  EXPECT_EQ(CanonicalTags({"PREL", "ZP", "IR", "IS", "UNSC"}), (V{"PREL", "ZP", "IR", "IS", "UNSC"}));
  EXPECT_EQ(CanonicalTags({"PK", "PREL", "PGOV", "IR", "KNNP"}),
            (V{"PK", "PREL", "PGOV", "IR", "KNNP"}));
}

TEST(CanonicalTagsTest, UpperCaseOrderNoDuplicates) {
  EXPECT_EQ(CanonicalTags({"prel", "PGOV", "PREL", "pgov", "IR"}), (V{"PREL", "PGOV", "IR"}));
}

TEST(CanonicalTagsTest, Leftovers) {
  EXPECT_EQ(CanonicalTags({"[PREL](#)", "PHUM.", "PGOV,", "IR:"}), (V{"PREL", "PHUM", "PGOV", "IR"}));
  // An unsplit line: commas or spaces between codes.
  EXPECT_EQ(CanonicalTags({"PK, PREL,PGOV  IR"}), (V{"PK", "PREL", "PGOV", "IR"}));
}

TEST(CanonicalTagsTest, FiveLetterTypos) {
  EXPECT_EQ(CanonicalTags({"POGOV"}), (V{"PGOV"}));
  EXPECT_EQ(CanonicalTags({"PAREL"}), (V{"PREL"}));
  EXPECT_EQ(CanonicalTags({"KJUST"}), (V{"KJUS"}));
  EXPECT_EQ(CanonicalTags({"PTGOV"}), (V{"PGOV"}));
  EXPECT_EQ(CanonicalTags({"MOPPS"}), (V{"MOPS"}));
  // A 5-letter word that deletion does not turn into a tag stays.
  EXPECT_EQ(CanonicalTags({"ADANA", "LABOR"}), (V{"ADANA", "LABOR"}));
}

TEST(CanonicalTagsTest, FourLetterTypos) {
  EXPECT_EQ(CanonicalTags({"PGOB"}), (V{"PGOV"}));
  EXPECT_EQ(CanonicalTags({"ENIV"}), (V{"EINV"}));   // swapped neighbours
  EXPECT_EQ(CanonicalTags({"MPOS"}), (V{"MOPS"}));
  EXPECT_EQ(CanonicalTags({"AGMT"}), (V{"AMGT"}));
  // KIFR is one swap from KIRF but one substitution from KIPR: no guess.
  EXPECT_EQ(CanonicalTags({"KIFR"}), (V{"KIFR"}));
  // Two tags fit (ECON, EFIN): no guess. First letters differ: no fix.
  EXPECT_EQ(CanonicalTags({"ECIN"}), (V{"ECIN"}));
  EXPECT_EQ(CanonicalTags({"SHUM"}), (V{"SHUM"}));
  EXPECT_EQ(CanonicalTags({"PROL"}), (V{"PROL"}));  // PREL and PROP both fit
}

TEST(CanonicalTagsTest, RunTogether) {
  EXPECT_EQ(CanonicalTags({"PRELPGOV"}), (V{"PREL", "PGOV"}));
  EXPECT_EQ(CanonicalTags({"PTERIR"}), (V{"PTER", "IR"}));
  EXPECT_EQ(CanonicalTags({"KDEMAF"}), (V{"KDEM", "AF"}));
  EXPECT_EQ(CanonicalTags({"KCRMKJUS"}), (V{"KCRM", "KJUS"}));
  EXPECT_EQ(CanonicalTags({"KHLSUNSC"}), (V{"KHLS", "UNSC"}));
  EXPECT_EQ(CanonicalTags({"PREL", "PRELPGOV"}), (V{"PREL", "PGOV"}));
  // Geographic codes alone are not split: GTMO is Guantanamo, not GT + MO.
  EXPECT_EQ(CanonicalTags({"GTMO", "IRPK"}), (V{"GTMO", "IRPK"}));
}

// A flattened TAGS line fuses the two codes around a lost line break.
TEST(CanonicalTagsTest, FlattenedGeographicPairsAreSplit) {
  EXPECT_EQ(CanonicalTags({"PREL", "IZ", "ZPJO", "EG"}, true), (V{"PREL", "IZ", "ZP", "JO", "EG"}));
  EXPECT_EQ(CanonicalTags({"PTER", "LE", "TUIS"}, true), (V{"PTER", "LE", "TU", "IS"}));
  EXPECT_EQ(CanonicalTags({"MCAP", "SAAE", "UK"}, true), (V{"MCAP", "SA", "AE", "UK"}));
  // Not without a geographic neighbour, not in clean text, not a code
  // written in mixed case, not one a letter off a subject tag, never a
  // known code.
  EXPECT_EQ(CanonicalTags({"PREL", "SAQA", "PGOV"}, true), (V{"PREL", "SAQA", "PGOV"}));
  EXPECT_EQ(CanonicalTags({"IZ", "ZPJO", "EG"}, false), (V{"IZ", "ZPJO", "EG"}));
  EXPECT_EQ(CanonicalTags({"IZ", "Zpjo"}, true), (V{"IZ", "ZPJO"}));
  EXPECT_EQ(CanonicalTags({"PGOV", "ECUN", "EU"}, true), (V{"PGOV", "ECUN", "EU"}));
  EXPECT_EQ(CanonicalTags({"PTER", "EG", "GTMO"}, true), (V{"PTER", "EG", "GTMO"}));
  EXPECT_EQ(CanonicalTags({"GH", "ENERGY"}, true), (V{"GH", "ENERGY"}));
}

TEST(CanonicalTagsTest, PersonTagsKept) {
  EXPECT_EQ(CanonicalTags({"OVIP", "(RICE,  CONDOLEEZZA)", "(STEINBERG, JAMES B.)"}),
            (V{"OVIP", "(RICE, CONDOLEEZZA)", "(STEINBERG, JAMES B.)"}));
}

TEST(CanonicalTagsTest, UnknownKept) {
  EXPECT_EQ(CanonicalTags({"Press", "KXYZ", "A1B2"}), (V{"PRESS", "KXYZ", "A1B2"}));
  EXPECT_EQ(CanonicalTags({"", " ", ","}), V{});
}

TEST(CanonicalTagsTest, Idempotent) {
  V in = {"POGOV", "PRELPGOV", "(RICE, CONDOLEEZZA)", "[IR](#)", "gtmo", "ECIN", "KDEMAF"};
  V once = CanonicalTags(in);
  EXPECT_EQ(CanonicalTags(once), once);
}

TEST(CanonicalTagsTest, ArbitraryBytesAreSafe) {
  std::string s;
  for (int i = 0; i < 2000; ++i) {
    s.push_back(static_cast<char>((i * 53 + 3) % 256));
    if (i % 40 == 0) (void)CanonicalTags({s, s.substr(i / 2), std::string(i % 30, 'P')});
  }
}

}  // namespace
}  // namespace cablescope::link
