// FindPageMark on invented lines where a flattened text runs into the mark.
#include "parse/page_breaks.h"

#include <gtest/gtest.h>

namespace cablescope::parse {
namespace {

TEST(PageBreaksTest, TheLastTagBeforeAMarkIsNoStation) {
  PageMark mark;
  // `TX, IR BAKU 00000478 001.2 OF 003` (09BAKU478): IR is the last tag.
  ASSERT_TRUE(FindPageMark("TAGS PREL, AJ, IR LIMA 00000478 001.2 OF 003 SUBJECT", 0, &mark));
  EXPECT_EQ(mark.begin, 18u);
  EXPECT_EQ(mark.end, 44u);
  // Two-word stations stay whole.
  ASSERT_TRUE(FindPageMark("the end. LA PAZ 00000012 002 OF 002", 0, &mark));
  EXPECT_EQ(mark.begin, 9u);
  ASSERT_TRUE(FindPageMark("PREL, LA PAZ 00000012 002 OF 002", 0, &mark));
  EXPECT_EQ(mark.begin, 9u);  // after `CODE, ` the first word is taken as a tag
}

}  // namespace
}  // namespace cablescope::parse
