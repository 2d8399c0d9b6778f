// WordSet: the filter in front of the set never turns a member away.
#include "link/word_set.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace cablescope::link {
namespace {

TEST(WordSet, MembersAreFoundAndOthersAreNot) {
  // Words of every length around the filter's 8-byte loads.
  static const std::vector<std::string> words = [] {
    std::vector<std::string> w;
    for (int n = 1; n <= 24; ++n) {
      for (char c = 'A'; c <= 'Z'; ++c) w.push_back(std::string(static_cast<size_t>(n), c) + "X");
    }
    return w;
  }();
  WordSet set;
  for (size_t i = 0; i < words.size(); i += 2) set.Add(words[i]);
  EXPECT_EQ(set.size(), (words.size() + 1) / 2);
  for (size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(set.Contains(words[i]), i % 2 == 0) << words[i];
  }
  // Same bytes at both ends, a different middle: the set decides.
  WordSet long_words{"ABCDEFGHIJKLMNOPQRSTUVWX"};
  EXPECT_TRUE(long_words.Contains("ABCDEFGHIJKLMNOPQRSTUVWX"));
  EXPECT_FALSE(long_words.Contains("ABCDEFGHIJK_MNOPQRSTUVWX"));
  EXPECT_FALSE(long_words.Contains(""));
}

TEST(WordSet, AWordKeepsTheFlagsOfEveryListItIsIn) {
  WordSet set;
  set.Add("RICE", 1);
  set.Add("WOOD", 2);
  set.Add("RICE", 8);
  EXPECT_EQ(set.size(), 2u);
  EXPECT_EQ(set.Flags("RICE"), 9);
  EXPECT_EQ(set.Flags("WOOD"), 2);
  EXPECT_EQ(set.Flags("RIC"), 0);
  EXPECT_EQ(set.Flags("RICES"), 0);
  // Enough words to make the table grow several times: all still found.
  std::vector<std::string> words;
  for (int i = 0; i < 500; ++i) {
    words.push_back("W");  // appended, not "W" + ...: GCC 12 -O3 -Wrestrict false positive
    words.back() += std::to_string(i * 7919);
  }
  for (const auto& w : words) set.Add(w, 4);
  for (const auto& w : words) EXPECT_EQ(set.Flags(w), 4) << w;
  EXPECT_EQ(set.Flags("RICE"), 9);
  EXPECT_EQ(set.size(), 502u);
}

}  // namespace
}  // namespace cablescope::link
