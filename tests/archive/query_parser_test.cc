#include "archive/query_parser.h"

#include <gtest/gtest.h>

namespace cablescope::archive {
namespace {

std::string Tree(const std::string& q) {
  ParsedQuery parsed;
  Status s = ParseQuery(q, &parsed);
  EXPECT_TRUE(s.ok()) << q << ": " << s.message();
  return DescribeQuery(parsed);
}

std::string ErrorOf(const std::string& q) {
  ParsedQuery parsed;
  Status s = ParseQuery(q, &parsed);
  EXPECT_FALSE(s.ok()) << q;
  EXPECT_EQ(s.code(), Status::Code::kInvalidQuery);
  return s.message();
}

TEST(QueryParser, WordsPhrasesPrefixes) {
  EXPECT_EQ(Tree("Muttaki"), "word:Muttaki");
  EXPECT_EQ(Tree("iran nuclear"), "(AND word:iran word:nuclear)");
  EXPECT_EQ(Tree("\"without any preconditions\""), "\"without any preconditions\"");
  EXPECT_EQ(Tree("prolif*"), "word:prolif*");
}

TEST(QueryParser, BooleanOperatorsAndPrecedence) {
  EXPECT_EQ(Tree("a OR b c"), "(OR word:a (AND word:b word:c))");
  EXPECT_EQ(Tree("a AND b OR c"), "(OR (AND word:a word:b) word:c)");
  EXPECT_EQ(Tree("(a OR b) c"), "(AND (OR word:a word:b) word:c)");
  EXPECT_EQ(Tree("iran NOT israel"), "(AND word:iran (NOT word:israel))");
  EXPECT_EQ(Tree("iran -israel"), "(AND word:iran (NOT word:israel))");
  EXPECT_EQ(Tree("iran -(a OR b)"), "(AND word:iran (NOT (OR word:a word:b)))");
  // Lower-case operators are words.
  EXPECT_EQ(Tree("war and peace"), "(AND word:war word:and word:peace)");
}

TEST(QueryParser, Fields) {
  EXPECT_EQ(Tree("tag:KNNP date:2006"), "(AND tag:KNNP date:20060101-20061231)");
  EXPECT_EQ(Tree("id:06ISLAMABAD10261"), "id:06ISLAMABAD10261");
  EXPECT_EQ(Tree("origin:\"Embassy Islamabad\""), "origin:\"Embassy Islamabad\"");
  EXPECT_EQ(Tree("from:ISLAMABAD to:RUCNIRA route:RUEHBUL"),
            "(AND from:ISLAMABAD to:RUCNIRA route:RUEHBUL)");
  EXPECT_EQ(Tree("class:secret caption:NOFORN precedence:immediate"),
            "(AND class:secret caption:NOFORN precedence:immediate)");
  EXPECT_EQ(Tree("subject:iran signer:RICE classified_by:rice ref:09USUNNEWYORK589"),
            "(AND subject:iran signer:RICE classified_by:rice ref:09USUNNEWYORK589)");
  EXPECT_EQ(Tree("tag:K*"), "tag:K*");
}

TEST(QueryParser, Dates) {
  EXPECT_EQ(Tree("date:2009"), "date:20090101-20091231");
  EXPECT_EQ(Tree("date:2006-01..2009-12"), "date:20060101-20091231");
  EXPECT_EQ(Tree("date:>=2006-06-02"), "date:20060602-99999999");
  EXPECT_EQ(Tree("decl:<2015-01-01"), "decl:0-20150100");
  EXPECT_EQ(Tree("date:>2009"), "date:20091232-99999999");
  EXPECT_EQ(Tree("date:2009-06..") , "date:20090601-99999999");
  EXPECT_NE(ErrorOf("date:2009-13").find("bad date '2009-13' "), std::string::npos);
  EXPECT_NE(ErrorOf("iran date:June").find("at column 6"), std::string::npos);
}

TEST(QueryParser, ParaIsAModifierOfTheWholeQuery) {
  EXPECT_EQ(Tree("para:C Solana"), "word:Solana para:C");
  EXPECT_EQ(Tree("para:s/nf missile iran"), "(AND word:missile word:iran) para:S/NF");
  EXPECT_EQ(Tree("para:S"), "* para:S");
  EXPECT_NE(ErrorOf("a OR para:C").find("para:"), std::string::npos);
}

TEST(QueryParser, MatchAll) {
  EXPECT_EQ(Tree(""), "*");
  EXPECT_EQ(Tree("  *  "), "*");
}

TEST(QueryParser, ErrorsNameTheColumn) {
  EXPECT_EQ(ErrorOf("tag:KNNP and \"missile"), "unbalanced quote at column 14");
  EXPECT_EQ(ErrorOf("(iran OR iraq"), "unbalanced parenthesis at column 1");
  EXPECT_EQ(ErrorOf("iran)"), "unbalanced parenthesis at column 5");
  EXPECT_EQ(ErrorOf("iran AND"), "AND needs a term after it at column 6");
  EXPECT_EQ(ErrorOf("OR iran"), "OR needs a term before it at column 1");
  EXPECT_EQ(ErrorOf("iran NOT"), "NOT needs a term after it at column 6");
  EXPECT_EQ(ErrorOf("tag: KNNP"), "field 'tag:' has no value at column 1");
  EXPECT_NE(ErrorOf("colour:red").find("unknown field 'colour:'"), std::string::npos);
  EXPECT_EQ(ErrorOf("()"), "empty parentheses at column 2");
  // Columns count characters, not bytes.
  EXPECT_EQ(ErrorOf("Motakí \"x"), "unbalanced quote at column 8");
}

}  // namespace
}  // namespace cablescope::archive
