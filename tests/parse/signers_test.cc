// FindSigners on invented cable endings, one per shape the corpus shows.
#include "parse/signers.h"

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace cablescope::parse {
namespace {

using Strings = std::vector<std::string>;

Strings Signers(std::string_view body, size_t* start = nullptr) {
  Strings s;
  size_t at = FindSigners(body, 0, &s);
  if (start != nullptr) *start = at;
  return s;
}

TEST(SignersTest, LastLineSurname) {
  size_t at = 0;
  EXPECT_EQ(Signers("1. (C) Text.\n\nRICE", &at), Strings{"RICE"});
  EXPECT_EQ(at, 14u);
  EXPECT_EQ(Signers("of the pier. END COMMENT.\nCurran"), Strings{"CURRAN"});
  EXPECT_EQ(Signers("he said.\n\nLeBaron"), Strings{"LEBARON"});
  EXPECT_EQ(Signers("he said.\ntuttle"), Strings{"TUTTLE"});
}

TEST(SignersTest, TrailersAreSkipped) {
  EXPECT_EQ(Signers("text.\n\nLAINGEN\n\nCONFIDENTIAL"), Strings{"LAINGEN"});
  EXPECT_EQ(Signers("text.\nYATES\nNNNN"), Strings{"YATES"});
  EXPECT_EQ(Signers("text.\nTALBOTT\nNNNN\nEnd Cable Text"), Strings{"TALBOTT"});
  EXPECT_EQ(Signers("text.\nPATTERSON\n>"), Strings{"PATTERSON"});
  EXPECT_EQ(Signers("text.\nWOOD\n#5135"), Strings{"WOOD"});
}

TEST(SignersTest, VariantsOfTheSignatureLine) {
  EXPECT_EQ(Signers("x.\nSHANNON SHANNON"), Strings{"SHANNON"});
  EXPECT_EQ(Signers("x.\nSHANNON Shannon"), Strings{"SHANNON"});
  EXPECT_EQ(Signers("x.\nTIMKEN JR"), Strings{"TIMKEN"});
  EXPECT_EQ(Signers("x.\nLA LIME"), Strings{"LA LIME"});
  EXPECT_EQ(Signers("x.\nMANZANARES ."), Strings{"MANZANARES"});
  EXPECT_EQ(Signers("x.\n.FARRAR"), Strings{"FARRAR"});
  EXPECT_EQ(Signers("x.\nSOBEL 2008-01-08"), Strings{"SOBEL"});
  EXPECT_EQ(Signers("x.\nSMITH, ACTING"), Strings{"SMITH"});
  EXPECT_EQ(Signers("x.\nThompson-Jones"), Strings{"THOMPSON-JONES"});
}

TEST(SignersTest, SignatureAtTheEndOfAProseLine) {
  size_t at = 0;
  std::string body = "1. (C) Text here. End comment. RIVKIN";
  EXPECT_EQ(Signers(body, &at), Strings{"RIVKIN"});
  EXPECT_EQ(body.substr(at), "RIVKIN");
  EXPECT_EQ(Signers("integrated into Europe. Edelman"), Strings{"EDELMAN"});
  EXPECT_EQ(Signers("the government. END COMMENT THORNE"), Strings{"THORNE"});
  EXPECT_EQ(Signers("in the region, he said.\" CLINTON"), Strings{"CLINTON"});
  EXPECT_EQ(Signers("for South Africa in 2009. LA LIME", &at), Strings{"LA LIME"});
  EXPECT_EQ(at, 26u);
}

TEST(SignersTest, WhatIsNoSignature) {
  EXPECT_TRUE(Signers("the pier will be worth taking.").empty());
  EXPECT_TRUE(Signers("x.\nThank you.").empty());
  EXPECT_TRUE(Signers("x.\nXXXXXXXXXXXX").empty());
  EXPECT_TRUE(Signers("x.\nEND COMMENT.").empty());
  EXPECT_TRUE(Signers("it will be built in the").empty());
  EXPECT_TRUE(Signers("the minister of\nrequired").empty());  // a wrapped last word
  EXPECT_TRUE(Signers("x.\nSIPDIS").empty());
  EXPECT_TRUE(Signers("").empty());
  size_t at = 0;
  EXPECT_TRUE(Signers("no signer here at all", &at).empty());
  EXPECT_EQ(at, 21u);
  Strings s;
  EXPECT_EQ(FindSigners("abc", 10, &s), 3u);
}

}  // namespace
}  // namespace cablescope::parse
