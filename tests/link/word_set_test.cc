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

}  // namespace
}  // namespace cablescope::link
