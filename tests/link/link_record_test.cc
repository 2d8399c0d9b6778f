#include "link/link_record.h"

#include <gtest/gtest.h>

namespace cablescope::link {
namespace {

// Seed 000 as the parse stage hands it over.
Record Seed000() {
  Record r;
  r.format = "telegram";
  r.dtg = "2009-06-13T00:23Z";
  r.from = "USMISSION USUN NEW YORK";
  r.tags = {"[PREL](#)", "[ZP](#)", "[IR](#)", "[IS](#)", "[UNSC](#)"};
  r.raw.text_station = "USUN NEW YORK";
  r.raw.text_serial = "000589";
  return r;
}

// Seed 003: a cables.csv row inside a press page.
Record Seed003() {
  Record r;
  r.format = "press";
  r.published_ids = {"06ISLAMABAD10261"};
  r.created = "2006-06-02T12:46";
  r.dtg = "2006-06-02T12:46Z";
  r.from = "AMEMBASSY ISLAMABAD";
  r.tags = {"PK", "PREL", "PGOV", "IR", "KNNP"};
  r.raw.ref_block = "REF: A. ISLAMABAD 10142\n\nB. STATE 87686";
  r.raw.origin_meta = "Embassy Islamabad";
  r.raw.meta_references = {"06ISLAMABAD10142"};
  r.raw.text_station = "ISLAMABAD";
  r.raw.text_serial = "010261";
  return r;
}

TEST(LinkRecordTest, Seed000) {
  Record r = Seed000();
  LinkRecord(&r);
  EXPECT_EQ(r.raw.year, 2009);
  EXPECT_EQ(r.id, "09USUNNEWYORK589");
  EXPECT_EQ(r.origin, "USUN New York");
  EXPECT_EQ(r.tags, (std::vector<std::string>{"PREL", "ZP", "IR", "IS", "UNSC"}));
  EXPECT_TRUE(r.references.empty());
}

TEST(LinkRecordTest, Seed003) {
  Record r = Seed003();
  LinkRecord(&r);
  EXPECT_EQ(r.id, "06ISLAMABAD10261");
  EXPECT_EQ(r.origin, "Embassy Islamabad");
  ASSERT_EQ(r.references.size(), 2u);
  EXPECT_EQ(r.references[0].label, "A");
  EXPECT_EQ(r.references[0].kind, "cable");
  EXPECT_EQ(r.references[0].text, "ISLAMABAD 10142");
  EXPECT_EQ(r.references[0].id, "06ISLAMABAD10142");
  EXPECT_EQ(r.references[1].label, "B");
  EXPECT_EQ(r.references[1].text, "STATE 87686");
  EXPECT_EQ(r.references[1].id, "06STATE87686");
}

TEST(LinkRecordTest, YearSources) {
  Record r;
  EXPECT_EQ(RecordYear(r), 0);
  r.raw.id_hint = "09FOO1";
  EXPECT_EQ(RecordYear(r), 2009);
  r.published_ids = {"1974ATHENS02959_b"};
  EXPECT_EQ(RecordYear(r), 1974);
  r.created = "2006-01-02T03:04";
  EXPECT_EQ(RecordYear(r), 2006);
  r.dtg = "2007-01-02T03:04Z";
  EXPECT_EQ(RecordYear(r), 2007);
  r.raw.year = 2008;
  EXPECT_EQ(RecordYear(r), 2008);
}

TEST(LinkRecordTest, IdSources) {
  Record malformed;
  malformed.published_ids = {"09SECTION01OF03SANJOSE525"};
  LinkRecord(&malformed);
  EXPECT_EQ(malformed.id, "09SANJOSE525");
  EXPECT_EQ(malformed.published_ids[0], "09SECTION01OF03SANJOSE525");  // as written

  Record plusd;
  plusd.published_ids = {"1974ATHENS02959_b"};
  plusd.raw.text_station = "ATHENS";
  plusd.raw.text_serial = "02959";
  LinkRecord(&plusd);
  EXPECT_EQ(plusd.id, "74ATHENS2959");
  EXPECT_EQ(plusd.raw.year, 1974);

  Record fragment;
  fragment.raw.id_hint = "06secstate87686";
  LinkRecord(&fragment);
  EXPECT_EQ(fragment.id, "06STATE87686");

  Record nothing;
  nothing.raw.text_station = "ISLAMABAD";
  nothing.raw.text_serial = "10142";  // but no year anywhere
  LinkRecord(&nothing);
  EXPECT_EQ(nothing.id, std::nullopt);
}

TEST(LinkRecordTest, OriginFromContainerWins) {
  Record r;
  r.from = "AMEMBASSY BONN";
  r.raw.origin_meta = "Embasy  Bonn";  // Cablegate's own spelling, kept
  LinkRecord(&r);
  EXPECT_EQ(r.origin, "Embasy Bonn");
  Record s;
  s.from = "JOINT STAFF WASHINGTON DC";
  LinkRecord(&s);
  EXPECT_EQ(s.origin, std::nullopt);
}

TEST(LinkRecordTest, MetaReferencesWithoutText) {
  Record r;
  r.published_ids = {"66BUENOSAIRES2481"};
  r.raw.meta_references = {"66STATE106206"};
  LinkRecord(&r);
  ASSERT_EQ(r.references.size(), 1u);
  EXPECT_EQ(r.references[0].label, std::nullopt);
  EXPECT_EQ(r.references[0].kind, "cable");
  EXPECT_EQ(r.references[0].id, "66STATE106206");
}

TEST(LinkRecordTest, MetaReferenceToItselfIsDropped) {
  Record r;
  r.published_ids = {"90LUSAKA123"};
  r.raw.meta_references = {"90LUSAKA123", "90STATE4567"};
  LinkRecord(&r);
  ASSERT_EQ(r.references.size(), 1u);
  EXPECT_EQ(r.references[0].id, "90STATE4567");
}

TEST(LinkRecordTest, Idempotent) {
  for (Record r : {Seed000(), Seed003()}) {
    r.tags.push_back("POGOV");
    r.tags.push_back("PRELPGOV");
    LinkRecord(&r);
    Record again = r;
    LinkRecord(&again);
    EXPECT_EQ(again.id, r.id);
    EXPECT_EQ(again.tags, r.tags);
    EXPECT_EQ(again.origin, r.origin);
    EXPECT_EQ(again.raw.year, r.raw.year);
    ASSERT_EQ(again.references.size(), r.references.size());
    for (size_t i = 0; i < r.references.size(); ++i) {
      EXPECT_EQ(again.references[i].id, r.references[i].id);
      EXPECT_EQ(again.references[i].text, r.references[i].text);
    }
  }
}

}  // namespace
}  // namespace cablescope::link
