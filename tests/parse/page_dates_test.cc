#include "parse/page_dates.h"

#include <gtest/gtest.h>

namespace cablescope::parse {
namespace {

TEST(PageDatesTest, DashedDates) {
  EXPECT_EQ(IsoFromDashedDate("1979-08-13 04:04"), "1979-08-13T04:04");
  EXPECT_EQ(IsoFromDashedDate(" 2010-11-28T18:06:59"), "2010-11-28T18:06");
  EXPECT_EQ(IsoFromDashedDate("2010-11-28"), "2010-11-28");
  EXPECT_EQ(IsoFromDashedDate("2010-02-30 10:00"), "");
  EXPECT_EQ(IsoFromDashedDate("2010-11-28 25:00"), "2010-11-28");
  EXPECT_EQ(IsoFromDashedDate("28/11/2010"), "");
  EXPECT_EQ(IsoFromDashedDate(""), "");
}

TEST(PageDatesTest, WordDates) {
  EXPECT_EQ(IsoFromWordDate("1974 May 17, 16:00 (Friday)"), "1974-05-17T16:00");
  EXPECT_EQ(IsoFromWordDate("Published 09 Jul, 2011 09:24am"), "2011-07-09T09:24");
  EXPECT_EQ(IsoFromWordDate("Published 15 Sep, 2011 11:02pm"), "2011-09-15T23:02");
  EXPECT_EQ(IsoFromWordDate("Posted 1 Sept 2011 12:05 am"), "2011-09-01T00:05");
  EXPECT_EQ(IsoFromWordDate("Today's Paper | December 19, 2024"), "2024-12-19");
  EXPECT_EQ(IsoFromWordDate("Mayor speaks 19, 2024"), "");  // no month
  EXPECT_EQ(IsoFromWordDate("February 30, 2011"), "");
  EXPECT_EQ(IsoFromWordDate("July 2011"), "");  // no day: not guessed
  EXPECT_EQ(IsoFromWordDate(""), "");
}

TEST(PageDatesTest, UsDates) {
  EXPECT_EQ(IsoFromUsDate("06/02/2006 12:46"), "2006-06-02T12:46");
  EXPECT_EQ(IsoFromUsDate("6/2/2006 2:46"), "2006-06-02T02:46");
  EXPECT_EQ(IsoFromUsDate("12/31/1999"), "1999-12-31");
  EXPECT_EQ(IsoFromUsDate("13/02/2006 12:46"), "");
  EXPECT_EQ(IsoFromUsDate("06/02/06 12:46"), "");
  EXPECT_EQ(IsoFromUsDate("06-02-2006"), "");
}

}  // namespace
}  // namespace cablescope::parse
