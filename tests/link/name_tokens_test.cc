// TokenizeNames: the upper-cased views, the capitals count and the word
// flags, on texts longer than the 16-byte blocks of the upper-casing loop.
#include "link/name_tokens.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "link/person_words.h"

namespace cablescope::link {
namespace {

std::vector<std::string> Uppers(const NameTokens& t) {
  std::vector<std::string> out;
  for (const auto& tok : t.list) out.emplace_back(tok.upper);
  return out;
}

TEST(TokenizeNames, UpperCasesEachWordInPlaceOfTheText) {
  const std::string text = "Foreign Minister Mottaki met Ban Ki-moon; Rice's aide, \xC5\x9E\x65nol and P.M. Gilani.";
  const NameTokens t = TokenizeNames(text);
  EXPECT_EQ(Uppers(t), (std::vector<std::string>{"FOREIGN", "MINISTER", "MOTTAKI", "MET", "BAN", "KI-MOON", "RICE",
                                                 "AIDE", "\xC5\x9E\x45NOL", "AND", "P.M.", "GILANI"}));
  ASSERT_EQ(t.list.size(), 12u);
  EXPECT_FALSE(t.capitals);
  EXPECT_TRUE(t.list[6].possessive);
  EXPECT_TRUE(t.list[5].punctuated);   // KI-MOON
  EXPECT_FALSE(t.list[2].punctuated);  // MOTTAKI
  EXPECT_FALSE(t.list[10].alpha);      // P.M.
  EXPECT_TRUE(t.list[4].break_before == false && t.list[6].break_before);  // `;` before Rice's
  // Offsets are the text's: the view and the original span have one length.
  for (const auto& tok : t.list) EXPECT_LE(tok.upper.size(), tok.end - tok.start);
  EXPECT_NE(t.list[3].lists & kStopWord, 0);  // MET is a verb after a title
  EXPECT_TRUE(t.list[0].title_start);
}

TEST(TokenizeNames, CountsCapitalsOverTheWholeText) {
  std::string caps;
  for (int i = 0; i < 20; ++i) caps += "AMBASSADOR RICE TOLD THE COUNCIL. ";
  EXPECT_TRUE(TokenizeNames(caps).capitals);
  EXPECT_FALSE(TokenizeNames(caps + std::string(400, 'x')).capitals);
  EXPECT_FALSE(TokenizeNames("1234 -- 5678").capitals);
  // Past 4,080 bytes (255 blocks of 16, after which the per-lane counts
  // are summed) every letter still counts, also in the lanes that hold a
  // capital in every block (the first eight here): exactly 80% capitals
  // is capitals, 70% is not.
  const std::string caps16 = "ABCDEFGHIJKLMNOP", half16 = "ABCDEFGHabcdefgh";
  std::string eighty, seventy;
  for (int i = 0; i < 200; ++i) {
    eighty += caps16 + caps16 + caps16 + half16 + half16;    // 64 of 80 letters
    seventy += caps16 + caps16 + half16 + half16 + half16;   // 56 of 80
  }
  EXPECT_TRUE(TokenizeNames(eighty).capitals);
  EXPECT_FALSE(TokenizeNames(seventy).capitals);
}

}  // namespace
}  // namespace cablescope::link
