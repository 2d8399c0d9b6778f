// `cablescope id`, run as a user runs it.
#include <gtest/gtest.h>

#include "test_support.h"

namespace cablescope {
namespace {

using testing::RunCablescope;

TEST(IdCommandTest, CanonicalIdsOnePerLine) {
  auto r = RunCablescope({"id", "09USUNNEWYORK589", "09SECTION01OF03SANJOSE525", "06EFTOBAKU1165",
                          "7575LIBREVILLE1895", "1974ATHENS02959_b", "1973STATE097844_b",
                          "06SECSTATE87686", "06 STATE 87686", "'08 BUENOS AIRES 1491",
                          "ASUNCION 701 (08)"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "09USUNNEWYORK589\n09SANJOSE525\n06BAKU1165\n75LIBREVILLE1895\n74ATHENS2959\n"
            "73STATE97844\n06STATE87686\n06STATE87686\n08BUENOSAIRES1491\n08ASUNCION701\n");
  EXPECT_EQ(r.err, "");
}

TEST(IdCommandTest, YearForStationSerialForms) {
  auto r = RunCablescope({"id", "--year", "2009", "USUN NEW YORK 000589", "usun 589"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "09USUNNEWYORK589\n09USUNNEWYORK589\n");
  r = RunCablescope({"id", "--year", "2006", "ISLAMABAD 10142"});
  EXPECT_EQ(r.out, "06ISLAMABAD10142\n");
  r = RunCablescope({"id", "--year", "1974", "STATE -097844"});
  EXPECT_EQ(r.out, "74STATE97844\n");
}

TEST(IdCommandTest, UnknownInputFailsWithAMessage) {
  auto r = RunCablescope({"id", "hello", "09BAGHDAD197", "12345", ""});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "09BAGHDAD197\n");  // the good one is still printed
  EXPECT_NE(r.err.find("'hello' is not a cable id"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("'12345' is not a cable id"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("'' is not a cable id"), std::string::npos) << r.err;
}

TEST(IdCommandTest, MissingYearIsExplained) {
  auto r = RunCablescope({"id", "ISLAMABAD 10142"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("has no year"), std::string::npos) << r.err;
}

TEST(IdCommandTest, UsageErrors) {
  EXPECT_EQ(RunCablescope({"id"}).status, 2);
  EXPECT_EQ(RunCablescope({"id", "--year", "12", "STATE 1"}).status, 2);
}

}  // namespace
}  // namespace cablescope
