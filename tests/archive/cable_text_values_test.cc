// CableTextOf: each word of a cable in one column of the full-text row.
#include "archive/cable_text_values.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "archive/text_fold.h"
#include "parse/cable_text.h"

namespace cablescope::archive {
namespace {

size_t Column(const char* name) {
  for (size_t i = 0; i < kMarkingColumns.size(); ++i) {
    if (std::string(kMarkingColumns[i]) == name) return i;
  }
  ADD_FAILURE() << name;
  return 0;
}

bool Has(const std::string& column, const char* word) { return column.find(word) != std::string::npos; }

// A cable as the parser reads it: the paragraphs carry their offsets.
Record Parsed() {
  Record r;
  r.id = "08TESTPOST1";
  parse::ParseCableText(
      "C O N F I D E N T I A L SECTION 01 OF 02 TESTPOST 000001\n\n"
      "SUBJECT: A SYNTHETIC CABLE\n\n"
      "Classified By: Ambassador Quill for reasons 1.4 (b).\n\n"
      "1. (C) The minister spoke of walruses and 007 boats.\n\n"
      "2. (S/NF) Missiles were moved at night.\n\n"
      "3. (SBU) Budget talk.\n\n"
      "4. (LOU) Old marking here.\n\n"
      "5. Unmarked marmots.\n\n"
      "QUILL\n",
      {}, &r);
  return r;
}

TEST(CableTextValues, MarkedParagraphsGoToTheirColumnOnce) {
  const Record r = Parsed();
  ASSERT_EQ(r.paragraphs.size(), 5u);
  for (const auto& p : r.paragraphs) ASSERT_LT(p.start, p.end) << p.number;
  const CableTextValues v = CableTextOf(r);
  EXPECT_TRUE(Has(v.marked[Column("m_c")], "walruses"));
  // The text as the record has it; the tokenizer folds `007` to `7`.
  EXPECT_TRUE(Has(v.marked[Column("m_c")], " 007 boats")) << v.marked[Column("m_c")];
  const std::vector<std::string> words = FoldedTokens(v.marked[Column("m_c")]);
  EXPECT_NE(std::find(words.begin(), words.end(), "7"), words.end());
  EXPECT_TRUE(Has(v.marked[Column("m_s")], "Missiles"));
  EXPECT_TRUE(Has(v.marked[Column("m_sbu")], "Budget"));
  EXPECT_TRUE(Has(v.marked[Column("m_other")], "Old marking"));
  EXPECT_TRUE(v.marked[Column("m_u")].empty());
  EXPECT_TRUE(v.marked[Column("m_ts")].empty());
  // The body keeps what is in no marked paragraph, and nothing twice.
  EXPECT_FALSE(Has(v.body, "walruses"));
  EXPECT_FALSE(Has(v.body, "Missiles"));
  EXPECT_TRUE(Has(v.body, "Unmarked marmots"));
  EXPECT_TRUE(Has(v.body, "Quill"));
  EXPECT_TRUE(Has(v.body, "QUILL"));
  EXPECT_FALSE(Has(v.marked[Column("m_c")], "Missiles"));
}

TEST(CableTextValues, WithoutOffsetsEveryWordStaysFindable) {
  Record r = Parsed();
  for (auto& p : r.paragraphs) p.start = p.end = 0;  // an older record
  const CableTextValues v = CableTextOf(r);
  EXPECT_TRUE(Has(v.body, "walruses"));
  EXPECT_TRUE(Has(v.body, "Missiles"));
  EXPECT_TRUE(Has(v.marked[Column("m_c")], "walruses"));
  EXPECT_TRUE(Has(v.marked[Column("m_s")], "Missiles"));
  // Offsets that do not fit the body are not used either.
  Record shifted = Parsed();
  shifted.paragraphs[1].end = static_cast<uint32_t>(shifted.body->size() + 10);
  const CableTextValues w = CableTextOf(shifted);
  EXPECT_TRUE(Has(w.body, "walruses"));
  EXPECT_TRUE(Has(w.marked[Column("m_c")], "walruses"));
  // No body: the summary and paragraphs are the text.
  Record bare = Parsed();
  bare.body.reset();
  const CableTextValues b = CableTextOf(bare);
  EXPECT_TRUE(Has(b.body, "Missiles"));
  EXPECT_TRUE(Has(b.marked[Column("m_s")], "Missiles"));
}

TEST(CableTextValues, MarkingsMapToColumns) {
  EXPECT_STREQ(kMarkingColumns[MarkingColumn("S/NF")], "m_s");
  EXPECT_STREQ(kMarkingColumns[MarkingColumn("S")], "m_s");
  EXPECT_STREQ(kMarkingColumns[MarkingColumn("SBU")], "m_sbu");
  EXPECT_STREQ(kMarkingColumns[MarkingColumn("TS//NF")], "m_ts");
  EXPECT_STREQ(kMarkingColumns[MarkingColumn("U")], "m_u");
  EXPECT_STREQ(kMarkingColumns[MarkingColumn("LOU")], "m_other");
  EXPECT_TRUE(MarkingIsBase("C"));
  EXPECT_FALSE(MarkingIsBase("C/NF"));
  EXPECT_FALSE(MarkingIsBase("LOU"));
}

}  // namespace
}  // namespace cablescope::archive
