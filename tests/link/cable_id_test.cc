#include "link/cable_id.h"

#include <gtest/gtest.h>

#include "link/station_table.h"

namespace cablescope::link {
namespace {

using std::optional;
using std::string;

optional<string> Id(std::string_view text, int year = 0) { return CanonicalId(text, year); }

TEST(CanonicalIdTest, CanonicalIdsStay) {
  EXPECT_EQ(Id("09USUNNEWYORK589"), "09USUNNEWYORK589");
  EXPECT_EQ(Id("06ISLAMABAD10261"), "06ISLAMABAD10261");
  EXPECT_EQ(Id("09BAGHDAD197"), "09BAGHDAD197");
  EXPECT_EQ(Id("66BUENOSAIRES2481"), "66BUENOSAIRES2481");
  // A year argument does not change an id that carries its own.
  EXPECT_EQ(Id("09USUNNEWYORK589", 2006), "09USUNNEWYORK589");
}

TEST(CanonicalIdTest, CaseAndSpaceInsensitive) {
  EXPECT_EQ(Id("  09usunnewyork589\n"), "09USUNNEWYORK589");
  EXPECT_EQ(Id("usun new york 000589", 2009), "09USUNNEWYORK589");
}

TEST(CanonicalIdTest, FusedSectionMarkers) {
  EXPECT_EQ(Id("09SECTION01OF03SANJOSE525"), "09SANJOSE525");
  // Cablegate's own misspellings of the marker.
  EXPECT_EQ(Id("07SECTON03OF04DAKAR269"), "07DAKAR269");
  EXPECT_EQ(Id("06SECTIKN01OF03MINSK1223"), "06MINSK1223");
  EXPECT_EQ(Id("06SECTION01O02HONGKONG2311"), "06HONGKONG2311");
  EXPECT_EQ(Id("08SECTION01F03BEIRUT1568"), "08BEIRUT1568");
  EXPECT_EQ(Id("09SECTION0QF05HANOI297"), "09HANOI297");
  EXPECT_EQ(Id("09SECTIOQ1OF06HARARE876"), "09HARARE876");
  EXPECT_EQ(Id("08ECTION02OF02ATHENS959"), "08ATHENS959");
  // The SECTION word lost entirely: 0901OF02RPODUBAI288.
  EXPECT_EQ(Id("0901OF02RPODUBAI288"), "09RPODUBAI288");
  // ... and a typo'd station after the marker.
  EXPECT_EQ(Id("07SECTION02OF03EIJING483"), "07BEIJING483");
  EXPECT_EQ(Id("08SECTION01GF02BISHIEK21"), "08BISHKEK21");
}

TEST(CanonicalIdTest, FusedCaptions) {
  EXPECT_EQ(Id("06EFTOBAKU1165"), "06BAKU1165");
  EXPECT_EQ(Id("06EFTOUSUNNEWYORK1234"), "06USUNNEWYORK1234");
  EXPECT_EQ(Id("07NOFORNMOGADISHU12"), "07MOGADISHU12");
  EXPECT_EQ(Id("08SIFIEDABUJA45"), "08ABUJA45");
  EXPECT_EQ(Id("09AMEMBASSYHANOI123"), "09HANOI123");
}

TEST(CanonicalIdTest, DoubledYear) { EXPECT_EQ(Id("7575LIBREVILLE1895"), "75LIBREVILLE1895"); }

TEST(CanonicalIdTest, PlusD) {
  EXPECT_EQ(Id("1974ATHENS02959_b"), "74ATHENS2959");
  EXPECT_EQ(Id("1973STATE097844_b"), "73STATE97844");
  EXPECT_EQ(Id("1974ATHENS02959"), "74ATHENS2959");
  EXPECT_EQ(Id("STATE -097844", 1974), "74STATE97844");
  EXPECT_EQ(Id("1974ATHENS02959_xyz"), std::nullopt);
}

TEST(CanonicalIdTest, Aliases) {
  EXPECT_EQ(Id("06SECSTATE87686"), "06STATE87686");
  EXPECT_EQ(Id("09USUN589"), "09USUNNEWYORK589");
  EXPECT_EQ(Id("SECSTATE 113408", 2009), "09STATE113408");
  EXPECT_EQ(Id("USUN 589", 2009), "09USUNNEWYORK589");
  EXPECT_EQ(Id("USEU BRUSSELS 12", 2009), "09USEUBRUSSELS12");
  EXPECT_EQ(Id("UNVIE 279", 2009), "09UNVIEVIENNA279");
  EXPECT_EQ(CanonicalStation("USUN"), "USUNNEWYORK");
  EXPECT_EQ(CanonicalStation("SECSTATE"), "STATE");
  EXPECT_EQ(CanonicalStation("usun new york"), "USUNNEWYORK");
  EXPECT_EQ(CanonicalStation("Buenos Aires"), "BUENOSAIRES");
  EXPECT_EQ(CanonicalStation("EFTOBAKU"), "BAKU");
  EXPECT_EQ(CanonicalStation("SAIGON"), "SAIGON");  // unknown: as written
}

TEST(CanonicalIdTest, StationTypos) {
  // Cablegate ids whose station is one edit from exactly one known station.
  EXPECT_EQ(Id("09ANOI297"), "09HANOI297");
  EXPECT_EQ(Id("08BRUSSLS12"), "08BRUSSELS12");
  EXPECT_EQ(Id("07AITTAIPIE44"), "07AITTAIPEI44");  // swapped letters
  EXPECT_EQ(Id("ISLAMABD 10142", 2006), "06ISLAMABAD10142");
  // Known rare posts are not "fixed": BONN, KRAKOW, LENINGRAD.
  EXPECT_EQ(Id("89BONN1234"), "89BONN1234");
  EXPECT_EQ(Id("08KRAKOW12"), "08KRAKOW12");
  // Ambiguous: none is guessed (KIEV and KYIV are both real).
  EXPECT_TRUE(IsKnownStation("KIEV"));
  EXPECT_TRUE(IsKnownStation("KYIV"));
  EXPECT_EQ(Id("06KIEV1"), "06KIEV1");
}

TEST(CanonicalIdTest, TrailingSecondNumbers) {
  EXPECT_EQ(Id("06MADRID002583ZFR2585"), "06MADRID2583");
  EXPECT_EQ(Id("07OSLO000160ZDK164"), "07OSLO160");
  EXPECT_EQ(Id("90STATE255195TOSEC140301"), "90STATE255195");
  EXPECT_EQ(Id("08ACCRA001382SUSPECTEDDUPLICATE1392"), "08ACCRA1382");
  EXPECT_EQ(Id("06MADRID002583XYZ2585"), std::nullopt);
}

TEST(CanonicalIdTest, StationSerialForms) {
  EXPECT_EQ(Id("USUN NEW YORK 000589", 2009), "09USUNNEWYORK589");
  EXPECT_EQ(Id("ISLAMABAD 10142", 2006), "06ISLAMABAD10142");
  EXPECT_EQ(Id("ISLAMABAD 10142", 6), "06ISLAMABAD10142");
  EXPECT_EQ(Id("06 STATE 87686"), "06STATE87686");
  EXPECT_EQ(Id("06 STATE 87686", 2009), "06STATE87686");  // written year wins
  EXPECT_EQ(Id("'08 BUENOS AIRES 1491"), "08BUENOSAIRES1491");
  EXPECT_EQ(Id("\xE2\x80\x99" "08 BUENOS AIRES 1491"), "08BUENOSAIRES1491");
  EXPECT_EQ(Id("ASUNCION 701 (08)"), "08ASUNCION701");
  EXPECT_EQ(Id("ASUNCION 701 (2008)", 2009), "08ASUNCION701");
  EXPECT_EQ(Id("2008 BAGHDAD 123"), "08BAGHDAD123");
  EXPECT_EQ(Id("08 BAGHDAD 123"), "08BAGHDAD123");
  EXPECT_EQ(Id("STATE 87686.", 2006), "06STATE87686");
  EXPECT_EQ(Id("STATE87686", 2006), "06STATE87686");
  EXPECT_EQ(Id("PORT AU PRINCE 408", 2007), "07PORTAUPRINCE408");
}

TEST(CanonicalIdTest, NeedsAYear) {
  EXPECT_EQ(Id("ISLAMABAD 10142"), std::nullopt);
  EXPECT_EQ(Id("STATE87686"), std::nullopt);
}

TEST(CanonicalIdTest, NotIds) {
  for (std::string_view text :
       {"", "   ", "hello", "12345", "09", "06ASTANA", "PARA 3", "STATE CA-3400", "09USUN",
        "STATE 0000", "ISLAMABAD 123456789", "REF A", "A. ISLAMABAD 10142", "\xff\xfe",
        "09USUNNEWYORK589 and more"}) {
    EXPECT_EQ(Id(text, 2009), std::nullopt) << text;
  }
  EXPECT_EQ(Id(std::string(10000, '9')), std::nullopt);
}

TEST(CanonicalIdTest, ArbitraryBytesAreSafe) {
  std::string s;
  for (int i = 0; i < 2000; ++i) {
    s.push_back(static_cast<char>((i * 131 + 7) % 256));
    (void)CanonicalId(s, i % 3000);
    (void)CanonicalId(std::string_view(s).substr(s.size() / 2), 0);
    (void)CanonicalStation(s);
  }
}

TEST(CanonicalIdTest, Idempotent) {
  for (std::string_view text : {"09SECTION01OF03SANJOSE525", "1974ATHENS02959_b", "06EFTOBAKU1165",
                                "7575LIBREVILLE1895", "09ANOI297"}) {
    auto once = Id(text);
    ASSERT_TRUE(once) << text;
    EXPECT_EQ(Id(*once), once) << text;
  }
}

TEST(WithinOneEditTest, Edits) {
  EXPECT_TRUE(WithinOneEdit("MINSK", "MINSK"));
  EXPECT_TRUE(WithinOneEdit("MINSI", "MINSK"));     // substitute
  EXPECT_TRUE(WithinOneEdit("ANOI", "HANOI"));      // insert
  EXPECT_TRUE(WithinOneEdit("DAMASCCUS", "DAMASCUS"));  // delete
  EXPECT_TRUE(WithinOneEdit("AITTAIPIE", "AITTAIPEI"));  // swap
  EXPECT_FALSE(WithinOneEdit("QXICO", "MEXICO"));
  EXPECT_FALSE(WithinOneEdit("AB", "BA C"));
  EXPECT_TRUE(WithinOneEdit("", "A"));
}

}  // namespace
}  // namespace cablescope::link
