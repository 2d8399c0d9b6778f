// ParseParagraphs on invented, cable-shaped text.
#include "parse/paragraphs.h"

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace cablescope::parse {
namespace {

std::vector<Paragraph> Parse(std::string_view body) {
  std::vector<Paragraph> paragraphs;
  std::vector<ParagraphSpan> spans;
  ParseParagraphs(body, 0, body.size(), &paragraphs, &spans);
  EXPECT_EQ(paragraphs.size(), spans.size());
  return paragraphs;
}

TEST(ParagraphsTest, NumbersMarkingsAndFoldedText) {
  auto p = Parse(
      "Classified By: Someone, reason 1.4 (b).\n\n"
      "1. (C) The envoy said\nthat the pier\n\n"
      "2.  (S/NF) Two spaces.\n"
      "3. (SBU) Three.\n\n"
      "4. (U) Four.\n\n"
      "5. (c) Lower-case marking.\n\n"
      "6. (C/NF) Six.");
  ASSERT_EQ(p.size(), 6u);
  for (int i = 0; i < 6; ++i) EXPECT_EQ(p[i].number, i + 1);
  EXPECT_EQ(p[0].marking, "C");
  EXPECT_EQ(p[0].text, "The envoy said that the pier");
  EXPECT_EQ(p[1].marking, "S/NF");
  EXPECT_EQ(p[1].text, "Two spaces.");
  EXPECT_EQ(p[2].marking, "SBU");
  EXPECT_EQ(p[3].marking, "U");
  EXPECT_EQ(p[4].marking, "C");
  EXPECT_EQ(p[5].marking, "C/NF");
}

TEST(ParagraphsTest, BlankLineInsideAParagraphIsNoNewParagraph) {
  // Seed 000, paragraph 5: `...and against` / blank / `him. Ban said`.
  auto p = Parse("4. (C) Four.\n\n5. (C) Soften attacks against\n\nhim. Ban said so.\n\nRICE");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[1].text, "Soften attacks against him. Ban said so. RICE");
}

TEST(ParagraphsTest, NestedListDoesNotBreakTheNumbering) {
  auto p = Parse(
      "1. (C) The minister listed:\n"
      "1. first the cranes,\n"
      "2. then the schedule.\n"
      "A. Sub item.\n"
      "-- a dash item\n"
      "(1) a numbered item\n\n"
      "2. (C) Next paragraph.");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].text,
            "The minister listed: 1. first the cranes, 2. then the schedule. A. Sub item. -- a "
            "dash item (1) a numbered item");
  EXPECT_EQ(p[1].number, 2);
}

TEST(ParagraphsTest, WrappedNumbersAreNoParagraphs) {
  auto p = Parse("1. (C) Exports grew by\n2.3 percent, reasons 1.4\n1.5 (b); in\n2009. they fell.\n\n2. (C) Two.");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].text, "Exports grew by 2.3 percent, reasons 1.4 1.5 (b); in 2009. they fell.");
}

TEST(ParagraphsTest, DuplicateNumberAfterABlankLineIsKept) {
  // 79TEHRAN8980 has two paragraphs 6.
  auto p = Parse("5. FIVE.\n\n6. THE PERSIAN PROCLIVITY.\n\n6. FINALLY, THERE ARE.\n\n7. SEVEN.");
  ASSERT_EQ(p.size(), 4u);
  EXPECT_EQ(p[1].number, 6);
  EXPECT_EQ(p[2].number, 6);
  EXPECT_EQ(p[2].text, "FINALLY, THERE ARE.");
  EXPECT_EQ(p[3].number, 7);
}

TEST(ParagraphsTest, EntireTextMarkingsAndUnmarkedOldStyle) {
  auto p = Parse("1. (C - ENTIRE TEXT).\n\n2. INTRODUCTION: RECENT TALKS.\n\n3. THIRD.");
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].marking, "C");
  EXPECT_EQ(p[0].text, "");
  EXPECT_FALSE(p[1].marking.has_value());
  EXPECT_EQ(p[1].text, "INTRODUCTION: RECENT TALKS.");
  // The 1990 style says the classification in words: kept as its text.
  auto q = Parse("1.  CONFIDENTIAL - ENTIRE TEXT.\n\n2.  ATTORNEY MOOSA SAYS.\n- \n3.  THE SAG.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_FALSE(q[0].marking.has_value());
  EXPECT_EQ(q[0].text, "CONFIDENTIAL - ENTIRE TEXT.");
  EXPECT_EQ(q[1].text, "ATTORNEY MOOSA SAYS. -");
}

TEST(ParagraphsTest, UnmarkedLineAfterMarkedParagraphsNeedsToStandApart) {
  auto p = Parse("1. (C) One says the\n2. items follow\n\n2. (C) Two.");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].text, "One says the 2. items follow");
  EXPECT_EQ(p[1].marking, "C");
}

TEST(ParagraphsTest, SectionTitlesAndRulesAreLeftOut) {
  auto p = Parse(
      "1. (C) One.\n\nA Who's Who of Persons\n------------------\n\n2. (U) Two.\n"
      "--------\nSUMMARY\n--------\n3. (U) Three.");
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].text, "One.");
  EXPECT_EQ(p[1].text, "Two.");
}

TEST(ParagraphsTest, GapOfOneNumberWithMarkingIsAccepted) {
  auto p = Parse("1. (C) One.\n\n3. (C) Three, two was lost.\n\n4. (C) Four.");
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[1].number, 3);
}

TEST(ParagraphsTest, PartialExtractMayStartLater) {
  auto p = Parse("5. (S) Five.\n\n6. (S) Six.");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].number, 5);
}

TEST(ParagraphsTest, NoNumbersNoParagraphsAndBadOffsets) {
  EXPECT_TRUE(Parse("Just prose.\nMore prose.").empty());
  std::vector<Paragraph> paragraphs;
  std::vector<ParagraphSpan> spans;
  ParseParagraphs("1. (C) x", 50, 10, &paragraphs, &spans);
  ParseParagraphs("1. (C) x", 0, 999, &paragraphs, &spans);
  ASSERT_EQ(paragraphs.size(), 1u);
  EXPECT_EQ(paragraphs[0].text, "x");
}

// Each paragraph says where its text lies in the body: from after the
// marking to where the next paragraph (or the end) starts. The words there
// are the paragraph's text (the text folds the newlines).
TEST(ParagraphsTest, OffsetsPointAtTheTextInTheBody) {
  const std::string body =
      "Classified By: Someone, reason 1.4 (b).\n\n"
      "1. (C) The envoy said\nthat the pier\n\n"
      "2.  (S/NF) Two spaces.\n"
      "3. Unmarked three.\n\nRICE";
  auto p = Parse(body);
  ASSERT_EQ(p.size(), 3u);
  auto words = [](std::string_view text) {
    std::string out;
    for (char c : text) {
      if (c == '\n' || c == ' ') {
        if (!out.empty() && out.back() != ' ') out.push_back(' ');
      } else {
        out.push_back(c);
      }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  };
  for (const auto& para : p) {
    ASSERT_LT(para.start, para.end) << para.number;
    ASSERT_LE(para.end, body.size());
    EXPECT_EQ(words(std::string_view(body).substr(para.start, para.end - para.start)), para.text) << para.number;
  }
  EXPECT_EQ(body.substr(p[0].start, 4), "The ");
  EXPECT_EQ(p[0].end, p[1].start - std::string_view("2.  (S/NF) ").size());
  EXPECT_LE(p[1].end, p[2].start);
  // The last paragraph runs to the end of the range given.
  EXPECT_EQ(p[2].end, body.size());
}

}  // namespace
}  // namespace cablescope::parse
