#include "archive/text_fold.h"

#include <gtest/gtest.h>

#include "archive/merge.h"
#include "archive/word_diff.h"

namespace cablescope::archive {
namespace {

TEST(TextFold, CaseAccentsAndLeadingZeros) {
  EXPECT_EQ(FoldToken("Muttaki"), "muttaki");
  EXPECT_EQ(FoldToken("Mottakí"), "mottaki");
  EXPECT_EQ(FoldToken("ÉLYSÉE"), "elysee");
  EXPECT_EQ(FoldToken("010261"), "10261");
  EXPECT_EQ(FoldToken("0"), "0");
  EXPECT_EQ(FoldToken("000"), "0");
  EXPECT_EQ(FoldToken("P5"), "p5");
}

TEST(TextFold, Tokens) {
  EXPECT_EQ(FoldedTokens("Ban's non-proliferation, 1.4(b)"),
            (std::vector<std::string>{"ban", "s", "non", "proliferation", "1", "4", "b"}));
  EXPECT_EQ(NormalizeNumbers("ISLAMABAD 010261 and 0280, not X0280"), "ISLAMABAD 10261 and 280, not X0280");
  EXPECT_EQ(FoldValue("Embassy   Islamabad"), "embassy islamabad");
}

TEST(Merge, RedactionsDoNotCount) {
  EXPECT_EQ(CompleteLength("Minister xxxxxxxxxxxx said"), 14u);
  EXPECT_EQ(CompleteLength("Minister Kasuri said"), 20u);
  EXPECT_EQ(CompleteLength("box"), 3u);
}

TEST(WordDiff, ShowsWhatARedactionRemoved) {
  auto runs = WordDiff("Foreign Minister Kasuri said  yes", "Foreign Minister\nxxxxxxxx said yes");
  ASSERT_EQ(runs.size(), 4u);
  EXPECT_EQ(runs[0].op, DiffRun::Op::kEqual);
  EXPECT_EQ(runs[0].text, "Foreign Minister");
  EXPECT_EQ(runs[1].op, DiffRun::Op::kDelete);
  EXPECT_EQ(runs[1].text, "Kasuri");
  EXPECT_EQ(runs[2].op, DiffRun::Op::kInsert);
  EXPECT_EQ(runs[2].text, "xxxxxxxx");
  EXPECT_EQ(runs[3].text, "said yes");
  EXPECT_TRUE(WordDiff("", "").empty());
}

}  // namespace
}  // namespace cablescope::archive
