// MakeSnippet without terms reads only a prefix of the text; it must give
// exactly what the full scan gives (a term that matches nothing takes the
// full path), whatever the words' lengths, spacing and encoding.
#include "archive/snippet.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace cablescope::archive {
namespace {

TEST(MakeSnippet, WithoutTermsTheStartOfTheTextAsTheFullScanGivesIt) {
  const std::vector<HighlightTerm> none;
  const std::vector<HighlightTerm> unmatched = {HighlightTerm{{"qqqqzzzz"}, false}};
  // Mixed words, and long words only (the prefix must then grow).
  for (const std::vector<std::string>& words :
       {std::vector<std::string>{"a", "Minister", "Muttaki", "\xC3\xA9t\xC3\xA9", "1.4(b)",
                                 "supercalifragilisticexpialidocious-and-more", "--", "Z"},
        std::vector<std::string>{"supercalifragilisticexpialidocious-and-more"}}) {
    for (size_t n : {0, 1, 29, 30, 31, 32, 33, 60, 200, 1500}) {
      for (const char* gap : {" ", "\n\n   ", "\t"}) {
        std::string text;
        for (size_t i = 0; i < n; ++i) {
          text += words[(i * 7 + n) % words.size()];
          text += gap;
        }
        for (size_t width : {1, 5, 30}) {
          Snippet fast = MakeSnippet(text, none, width);
          Snippet full = MakeSnippet(text, unmatched, width);
          EXPECT_EQ(fast.text, full.text) << n << " words, width " << width;
          EXPECT_TRUE(fast.highlights.empty());
        }
      }
    }
  }
}

}  // namespace
}  // namespace cablescope::archive
