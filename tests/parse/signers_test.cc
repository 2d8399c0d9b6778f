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

// Flattened JSON bodies: the name fused to what precedes it, and end marks,
// banners and web footers run on after it in the same line.
Strings Flat(std::string_view body, size_t* start = nullptr) {
  Strings s;
  size_t at = FindSigners(body, 0, &s, /*flattened=*/true);
  if (start != nullptr) *start = at;
  return s;
}

TEST(SignersTest, FlattenedNameFusedToAFooterOrARedaction) {
  size_t at = 0;
  std::string body = "End note.Visit Lisbon's Classified Web Site at http://www.state.sgov.gov/p/x/ALVES";
  EXPECT_EQ(Flat(body, &at), Strings{"ALVES"});
  EXPECT_EQ(body.substr(at), "ALVES");
  EXPECT_EQ(Flat("the talks.Visit our Web Site at http://www.intelink.sgov.gov/wiki/Portal:Mal taBorg"),
            Strings{"BORG"});
  EXPECT_EQ(Flat("agreed.Visit our Web Site at http://x.sgov.gov/wiki/Portal:Mal taValletta 00000012 "
                 "002 of 002Borg"),
            Strings{"BORG"});
  EXPECT_EQ(Flat("Track reporting at atxxxxxPettersen"), Strings{"PETTERSEN"});
  EXPECT_EQ(Flat("using ITsolutions xxxxx.OKAFOR"), Strings{"OKAFOR"});
  EXPECT_EQ(Flat("can be an eternity.End comment.Lindqvist"), Strings{"LINDQVIST"});
  EXPECT_EQ(Flat("it is unrealistic.HALVORSEN"), Strings{"HALVORSEN"});
}

TEST(SignersTest, FlattenedTrailersAfterTheName) {
  EXPECT_EQ(Flat("has begun to sour.  MORENO             \"Visit Quito's Classified Web Site at "
                 "http://www.intelink.s gov.gov/wiki/Portal:Ecuador\""),
            Strings{"MORENO"});
  EXPECT_EQ(Flat("is a factor.MORENO\xE2\x80\x9CVisit Quito's Classified Web Site at http://x.sgov.gov/\xE2\x80\x9D"),
            Strings{"MORENO"});
  EXPECT_EQ(Flat("Interpreter, Embassy of Chile DUARTE   NNNN  End Cable Text"), Strings{"DUARTE"});
  EXPECT_EQ(Flat("THE NEGOTIATING PROCESS.   KOVAC  CONFIDENTIAL"), Strings{"KOVAC"});
  EXPECT_EQ(Flat("cleared this message.  MINIMIZE CONSIDERED  TANAKA ."), Strings{"TANAKA"});
}

TEST(SignersTest, FlattenedNameAfterProseWithoutAFullStop) {
  EXPECT_EQ(Flat("threat to your security.  End Talking Points DUARTE"), Strings{"DUARTE"});
  EXPECT_EQ(Flat("where the council  nothing away.8 ABERNATHY"), Strings{"ABERNATHY"});
  EXPECT_EQ(Flat("MOST LIKELY TO SUCCEED.  GP-3 FONSECA"), Strings{"FONSECA"});
  EXPECT_EQ(Flat("COUNTRIES: PERU- PRIORITY 4   DUARTE"), Strings{"DUARTE"});
  EXPECT_EQ(Flat("turn out well.\" HALLORAN JR"), Strings{"HALLORAN"});
  EXPECT_EQ(Flat("cleared by U/S Smith. WU"), Strings{"WU"});
  EXPECT_EQ(Flat("Chile, Peru International Organizations:  UN DUARTE"), Strings{"DUARTE"});
}

TEST(SignersTest, FlattenedProseIsNoSignature) {
  EXPECT_TRUE(Flat("the talks will resume in March with the IAEA.").empty());
  EXPECT_TRUE(Flat("relations with the US").empty());
  EXPECT_TRUE(Flat("as stated by the U.S.Embassy").empty());
  EXPECT_TRUE(Flat("he met LeBaron").empty());
  EXPECT_TRUE(Flat("see http://www.state.sgov.gov/p/eur/index.cfm").empty());
  EXPECT_TRUE(Flat("x.  NNNN  End Cable Text").empty());
  EXPECT_TRUE(Flat("").empty());
}

}  // namespace
}  // namespace cablescope::parse
