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

// A word read from a padded buffer (the tokenizer's upper-case copy, with
// other bytes after the word) is found as the word alone, at every length.
TEST(WordSet, APaddedWordIsLookedUpAsTheWord) {
  WordSet set;
  std::vector<std::string> members;
  for (int n = 1; n <= 20; ++n) members.push_back(std::string(static_cast<size_t>(n), 'Q') + "R");
  for (size_t i = 0; i < members.size(); ++i) set.Add(members[i], static_cast<uint8_t>(1 + i % 7));
  for (const std::string& w : members) {
    for (const std::string& after : {std::string(8, '\0'), std::string(" QQQQQQQQ"), std::string("RRRRRRRR")}) {
      const std::string buffer = w + after;
      EXPECT_EQ(set.FlagsPadded(buffer.data(), w.size()), set.Flags(w)) << w;
      EXPECT_NE(set.FlagsPadded(buffer.data(), w.size()), 0) << w;
      // One byte shorter or longer is another word.
      EXPECT_EQ(set.FlagsPadded(buffer.data(), w.size() - 1), set.Flags(buffer.substr(0, w.size() - 1))) << w;
      EXPECT_EQ(set.FlagsPadded(buffer.data(), w.size() + 1), set.Flags(buffer.substr(0, w.size() + 1))) << w;
    }
  }
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
