#include "archive/text_fold.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

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

// The three ways to fold (a copy, into a string, a view) agree, on tokens
// and on what is not one (the query passes its words through FoldToken):
// only a run of digits loses its leading zeros.
TEST(TextFold, EveryFoldAgrees) {
  const std::pair<std::string, std::string> cases[] = {
      {"Muttaki", "muttaki"}, {"\xc3\x89LYS\xc3\x89" "E", "elysee"}, {"010261", "10261"}, {"0", "0"},
      {"000", "0"},           {"", ""},                       {"00-", "00-"},     {"-0", "-0"},
      {"P5", "p5"},           {"007A", "007a"},               {"MIX\xc3\xa9" "d", "mixed"}};
  std::string scratch = "left over from an earlier, longer token";
  for (const auto& [token, folded] : cases) {
    EXPECT_EQ(FoldToken(token), folded) << token;
    EXPECT_EQ(std::string(FoldTokenView(token, &scratch)), folded) << token;
    std::string into = "x";
    FoldTokenInto(token, &into);
    EXPECT_EQ(into, folded) << token;
  }
}

TEST(TextFold, Tokens) {
  EXPECT_EQ(FoldedTokens("Ban's non-proliferation, 1.4(b)"),
            (std::vector<std::string>{"ban", "s", "non", "proliferation", "1", "4", "b"}));
  EXPECT_EQ(FoldedTokens("ISLAMABAD 010261 and 0280, not X0280"),
            (std::vector<std::string>{"islamabad", "10261", "and", "280", "not", "x0280"}));
  EXPECT_EQ(FoldValue("Embassy   Islamabad"), "embassy islamabad");
}

// Token boundaries around what is not ASCII: letters with accents and
// combining marks are inside a token; punctuation, symbols and invalid
// bytes separate tokens, at the byte offsets where they stand.
TEST(TextFold, TokensAcrossMultibyteAndInvalidBytes) {
  const std::string text = "Mottak\xc3\xad\xff\xfeKASURI e\xcc\x81t\xc3\xa9\xe2\x80\x94ok \xe2\x82\xac" "5 \xc3";
  const std::vector<TokenSpan> spans = Tokenize(text);
  ASSERT_EQ(spans.size(), 5u);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].end - spans[0].begin), "Mottak\xc3\xad");
  EXPECT_EQ(spans[1].begin, 10u);  // after the two invalid bytes
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin), "KASURI");
  EXPECT_EQ(text.substr(spans[2].begin, spans[2].end - spans[2].begin), "e\xcc\x81t\xc3\xa9");
  EXPECT_EQ(text.substr(spans[3].begin, spans[3].end - spans[3].begin), "ok");  // after an em dash
  EXPECT_EQ(text.substr(spans[4].begin, spans[4].end - spans[4].begin), "5");   // after the euro sign
  EXPECT_EQ(FoldedTokens(text), (std::vector<std::string>{"mottaki", "kasuri", "ete", "ok", "5"}));
}

// The tokenizer reads 16 bytes at a time where it can (text_fold.h); it
// must cut and fold exactly as a byte at a time does. Random texts of
// ASCII words, numbers with zeros, punctuation, accented letters, a dash
// and invalid bytes, long enough that tokens straddle the 16-byte blocks
// and the byte loop takes each text's tail.
TEST(TextFold, BlockTokenizerAgreesWithByteLoop) {
  const std::vector<std::string> pieces = {"a", "Z", "m", "Q", "0", "7", "00", " ", "  ", "\n", ".", ",", "(",
                                           "-", "'", "@", "[", "`", "{", "\xc3\xa9", "\xc3\x89", "\xe2\x80\x94",
                                           "\xff", "\xcc\x81", "MOTTAKI", "islamabad", "010261", "x0280"};
  std::mt19937 rng(20261124);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const size_t parts = rng() % 60;
    for (size_t k = 0; k < parts; ++k) text += pieces[rng() % pieces.size()];

    // The reference: a byte at a time, each token folded on its own.
    std::vector<std::pair<TokenSpan, std::string>> expected;
    size_t i = 0;
    while (i < text.size()) {
      size_t length = 1;
      const auto c = static_cast<unsigned char>(text[i]);
      const bool word = c < 0x80 ? text_fold_internal::IsAsciiWordByte(c)
                                 : text_fold_internal::NonAsciiTokenChar(text, i, &length);
      if (!word) {
        i += length;
        continue;
      }
      const size_t start = i;
      i += length;
      while (i < text.size()) {
        const auto d = static_cast<unsigned char>(text[i]);
        if (d < 0x80 ? !text_fold_internal::IsAsciiWordByte(d)
                     : !text_fold_internal::NonAsciiTokenChar(text, i, &length)) {
          break;
        }
        i += d < 0x80 ? 1 : length;
      }
      expected.push_back({TokenSpan{start, i}, FoldToken(text.substr(start, i - start))});
    }

    std::vector<std::pair<TokenSpan, std::string>> folded;
    std::string scratch;
    ForEachFoldedToken(text, &scratch, [&](TokenSpan span, std::string_view term, bool padded) {
      folded.push_back({span, std::string(term)});
      if (padded) {
        ASSERT_LT(term.size(), 16u);
        for (size_t k = term.size(); k < 16; ++k) ASSERT_EQ(term.data()[k], '\0') << text;
      }
    });
    const std::vector<TokenSpan> spans = Tokenize(text);
    ASSERT_EQ(folded.size(), expected.size()) << text;
    ASSERT_EQ(spans.size(), expected.size()) << text;
    for (size_t k = 0; k < expected.size(); ++k) {
      EXPECT_EQ(folded[k].first.begin, expected[k].first.begin) << text;
      EXPECT_EQ(folded[k].first.end, expected[k].first.end) << text;
      EXPECT_EQ(folded[k].second, expected[k].second) << text;
      EXPECT_EQ(spans[k].begin, expected[k].first.begin) << text;
      EXPECT_EQ(spans[k].end, expected[k].first.end) << text;
    }
  }
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
