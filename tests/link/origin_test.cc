#include "link/origin.h"

#include <gtest/gtest.h>

namespace cablescope::link {
namespace {

TEST(OriginTest, CablegateNames) {
  EXPECT_EQ(OriginFromOriginator("AMEMBASSY ISLAMABAD"), "Embassy Islamabad");
  EXPECT_EQ(OriginFromOriginator("AMCONSUL DUBAI"), "Consulate Dubai");
  EXPECT_EQ(OriginFromOriginator("USMISSION USUN NEW YORK"), "USUN New York");
  EXPECT_EQ(OriginFromOriginator("SECSTATE WASHDC"), "Secretary of State");
  EXPECT_EQ(OriginFromOriginator("USMISSION GENEVA"), "Mission Geneva");
  EXPECT_EQ(OriginFromOriginator("USMISSION USNATO"), "Mission USNATO");
  EXPECT_EQ(OriginFromOriginator("USEU BRUSSELS"), "USEU Brussels");
  EXPECT_EQ(OriginFromOriginator("USMISSION UNVIE VIENNA"), "UNVIE");
  EXPECT_EQ(OriginFromOriginator("AMEMBASSY PORT AU PRINCE"), "Embassy Port Au Prince");
  EXPECT_EQ(OriginFromOriginator("USINT HAVANA"), "US Interests Section Havana");
  EXPECT_EQ(OriginFromOriginator("AIT TAIPEI"), "American Institute Taiwan, Taipei");
  EXPECT_EQ(OriginFromOriginator("AMCONSUL RIO DE JANEIRO"), "Consulate Rio De Janeiro");
  EXPECT_EQ(OriginFromOriginator("RPO DUBAI"), "Iran RPO Dubai");
  EXPECT_EQ(OriginFromOriginator("IRAN RPO DUBAI"), "Iran RPO Dubai");
  EXPECT_EQ(OriginFromOriginator("AMEMBASSY KIEV"), "Embassy Kyiv");
}

TEST(OriginTest, TolerantOfCaseSpacesAndTrailers) {
  EXPECT_EQ(OriginFromOriginator("  amembassy   the hague "), "Embassy The Hague");
  EXPECT_EQ(OriginFromOriginator("AMEMBASSY KABUL IMMEDIATE 0280"), "Embassy Kabul");
}

TEST(OriginTest, UnknownPostsGiveNothing) {
  EXPECT_EQ(OriginFromOriginator(""), std::nullopt);
  EXPECT_EQ(OriginFromOriginator("AMEMBASSY"), std::nullopt);
  EXPECT_EQ(OriginFromOriginator("JOINT STAFF WASHINGTON DC"), std::nullopt);
  EXPECT_EQ(OriginFromOriginator(std::string(1000, 'A')), std::nullopt);
}

}  // namespace
}  // namespace cablescope::link
