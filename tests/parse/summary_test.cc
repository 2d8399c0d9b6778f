// FindSummary on invented text.
#include "parse/summary.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "model/record.h"
#include "parse/paragraphs.h"

namespace cablescope::parse {
namespace {

std::optional<std::string> Summary(std::string_view body) {
  std::vector<Paragraph> paragraphs;
  std::vector<ParagraphSpan> spans;
  ParseParagraphs(body, 0, body.size(), &paragraphs, &spans);
  return FindSummary(body, 0, body.size(), spans);
}

TEST(SummaryTest, InsideTheFirstParagraph) {
  EXPECT_EQ(Summary("1. (C) Summary: The pier\nwill open.  End summary.\n\n2. (C) More."),
            "The pier will open.");
  EXPECT_EQ(Summary("1. (S) SUMMARY. THE PIER WILL OPEN. END SUMMARY.\n\n2. (S) MORE."),
            "THE PIER WILL OPEN.");
  EXPECT_EQ(Summary("1.  (C) Begin Summary:  The pier. End of Summary.\n2. (C) x"), "The pier.");
  EXPECT_EQ(Summary("1. (C) Summary and Comment: The pier. End Summary and Comment.\n"),
            "The pier.");
  EXPECT_EQ(Summary("1. (C) Summary: The pier opened. (End Summary.)\n\n2. (C) x"),
            "The pier opened.");
}

TEST(SummaryTest, WithoutEndMarkTheParagraphIsTheSummary) {
  EXPECT_EQ(Summary("1. (C) Summary: The pier opened.\n\n2. (C) The cranes."), "The pier opened.");
}

TEST(SummaryTest, FramedTitleOverSeveralParagraphs) {
  EXPECT_EQ(Summary("1.  CONFIDENTIAL - ENTIRE TEXT.\n\n--------\nSUMMARY\n--------\n"
                    "2.  THE PIER OPENED.\n- \n3.  THE CRANES WORK.  END SUMMARY.\n- \n4.  MORE."),
            "2. THE PIER OPENED. - 3. THE CRANES WORK.");
  EXPECT_EQ(Summary("SUMMARY\n-------\n1. (U) The pier.\n\n2. (U) x"), "The pier.");
}

TEST(SummaryTest, ProseMentionIsNoLabel) {
  EXPECT_EQ(Summary("1. (C) He gave a summary of the talks.\n\n2. (C) Summary is overrated."),
            std::nullopt);
  EXPECT_EQ(Summary("no paragraphs, the summary: none"), std::nullopt);
  EXPECT_EQ(Summary(""), std::nullopt);
}

TEST(SummaryTest, EndMarkWithoutLabel) {
  EXPECT_EQ(Summary("1. (C) The pier opened. End Summary.\n\n2. (C) x"), "The pier opened.");
}

TEST(SummaryTest, EmptySummaryIsNull) {
  EXPECT_EQ(Summary("1. (C) Summary: End summary.\n"), std::nullopt);
}

}  // namespace
}  // namespace cablescope::parse
