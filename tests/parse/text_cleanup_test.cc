// CleanCableText and the page-break recognisers on invented, cable-shaped
// text: each test is one damage shape seen in real cables.
#include "parse/text_cleanup.h"

#include <cstdint>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "parse/page_breaks.h"

namespace cablescope::parse {
namespace {

std::string Clean(std::string_view text) {
  std::string out;
  CleanCableText(text, &out);
  return out;
}

TEST(TextCleanupTest, LineEndsAndTrailingSpaces) {
  EXPECT_EQ(Clean("SIPDIS  \r\n\r\nE.O. 12958: DECL: 01/02/2019 \r\nTAGS: PREL\rSUBJECT: X\t\n"),
            "SIPDIS\n\nE.O. 12958: DECL: 01/02/2019\nTAGS: PREL\nSUBJECT: X");
}

TEST(TextCleanupTest, BlankRunsCollapseAndEndsAreTrimmed) {
  EXPECT_EQ(Clean("\n\n  \nfirst line\n\n\n\n   \nsecond line\n\n\n"), "first line\n\nsecond line");
  EXPECT_EQ(Clean(""), "");
  EXPECT_EQ(Clean("\n \r\n\t\n"), "");
}

TEST(TextCleanupTest, WebLeftoversBecomeTheirText) {
  EXPECT_EQ(Clean("TAGS: [PREL](#) [ZP](#) [IR](#)"), "TAGS: PREL ZP IR");
  EXPECT_EQ(Clean("[\xC2\xB6" "1.](#) (C) The envoy said"), "1. (C) The envoy said");
  EXPECT_EQ(Clean("[\xC2\xB6" "12.](#par12) (S/NF) Text"), "12. (S/NF) Text");
  // Brackets that are not links stay.
  EXPECT_EQ(Clean("the [sic] remark [text](http://x) and [unclosed"),
            "the [sic] remark [text](http://x) and [unclosed");
}

TEST(TextCleanupTest, ParagraphSignAtLineStartIsDropped) {
  EXPECT_EQ(Clean("\xC2\xB6" "1. (C) One.\n\n\xC2\xB6" "2.  (U) Two.\n\xC2\xB6" "G. Sub item"),
            "1. (C) One.\n\n2.  (U) Two.\nG. Sub item");
  // A sign that is no paragraph anchor stays.
  EXPECT_EQ(Clean("see \xC2\xB6 above"), "see \xC2\xB6 above");
}

TEST(TextCleanupTest, MidLineParagraphSignStartsAParagraph) {
  // JSON exports lost their newlines: `...(b,d).¶1. (C) Summary: ...`.
  EXPECT_EQ(Clean("Classified by X; reasons: 1.5 (b,d).\xC2\xB6" "1. (C) Summary: A. End summary."
                  "\xC2\xB6" "2. (C) B. SMITH"),
            "Classified by X; reasons: 1.5 (b,d).\n\n1. (C) Summary: A. End summary.\n\n2. (C) B. SMITH");
  EXPECT_EQ(Clean("text one.[\xC2\xB6" "2.](#) (C) text two"), "text one.\n\n2. (C) text two");
}

TEST(TextCleanupTest, ModernPageBreakLineIsRemovedAndTheSidesJoined) {
  EXPECT_EQ(Clean("and against\nBAGHDAD 00000197 002 OF 002\nhim. Ban said"),
            "and against\nhim. Ban said");
  // A blank line on both sides stays one blank line.
  EXPECT_EQ(Clean("them.\n\nBAGHDAD 00000197 002 OF 002 \n\n\n\n7. (S/NF) Next"),
            "them.\n\n7. (S/NF) Next");
  EXPECT_EQ(Clean("a\nNEW DELHI 00005135  002 OF 008 \nb"), "a\nb");
  EXPECT_EQ(Clean("a\nBUENOS AIR 00001462 003 OF 005\nb"), "a\nb");
  EXPECT_EQ(Clean("a\nUNVIE VIEN 00000285  036.2 OF 036 \nb"), "a\nb");
}

TEST(TextCleanupTest, PageMarkInsideARewrappedLineIsCut) {
  EXPECT_EQ(Clean("from Long-Term Planning BRASILIA 00000129 002 OF 002 Minister Unger"),
            "from Long-Term Planning Minister Unger");
  EXPECT_EQ(Clean("Like counter-insurgency, the RIO DE JAN 00000329 004 OF 004 popular"),
            "Like counter-insurgency, the popular");
  // Not a page mark: too few serial digits, or a section line.
  EXPECT_EQ(Clean("SECTION 01 OF 02 VALDORIA 000412"), "SECTION 01 OF 02 VALDORIA 000412");
  EXPECT_EQ(Clean("paid 1234 002 OF 003 bills"), "paid 1234 002 OF 003 bills");
}

TEST(TextCleanupTest, OldPageHeaderAndItsBannersAreRemoved) {
  // PlusD, 1970s: banner at the foot, banner at the head, PAGE line.
  EXPECT_EQ(Clean("BUT BECAUSE OF THEIR\nLIMITED OFFICIAL USE\n\nLIMITED OFFICIAL USE\n\n"
                  "PAGE 02  ATHENS 02959  171944Z\n\nACKNOWLEDGED COMMUNIST"),
            "BUT BECAUSE OF THEIR\nACKNOWLEDGED COMMUNIST");
  // cables.csv, 1990.
  EXPECT_EQ(Clean("THE RETURN OF EXILES AND THE\nCONFIDENTIAL\n \nCONFIDENTIAL\n \n"
                  "PAGE 02        CAPE T  00097  01 OF 03  182017Z\n \nRELEASE OF PRISONERS"),
            "THE RETURN OF EXILES AND THE\nRELEASE OF PRISONERS");
  EXPECT_EQ(Clean("A\nPAGE 02 STATE 023763 071504Z\nB"), "A\nB");
  EXPECT_EQ(Clean("A\n C O N F I D E N T I A L\nPAGE 03 RUEHFRA2440 C O N F I D E N T I A L PARIS 002440\nB"),
            "A\nB");
}

TEST(TextCleanupTest, TextFusedAfterAPageHeaderIsKept) {
  EXPECT_EQ(Clean("THE CRISIS\n CONFIDENTIAL\nPAGE 04 HARARE 06677 01 OF 03 291400Z COALITION GOVERNMENT."),
            "THE CRISIS\nCOALITION GOVERNMENT.");
  EXPECT_EQ(Clean("X\nPAGE 01 HARARE 06677 02 OF 03 291401Z ACTION AF-00\nY"), "X\nY");
}

TEST(TextCleanupTest, QArtefactRepeatingThePreviousLineIsDropped) {
  EXPECT_EQ(Clean("would determine\nwhether they faced charges. If not, they \n"
                  "Qwhether they faced charges. If not, they \nwould be released."),
            "would determine\nwhether they faced charges. If not, they\nwould be released.");
  // Words that start with Q stay.
  EXPECT_EQ(Clean("some studying in\nQom as well.\nHuang\nQi. China"),
            "some studying in\nQom as well.\nHuang\nQi. China");
}

TEST(TextCleanupTest, TrailingBannerAndEndOfMessageMarksGo) {
  EXPECT_EQ(Clean("1. (C) Text.\n\nLAINGEN\n\nCONFIDENTIAL\n\n\n\nNNN\n"), "1. (C) Text.\n\nLAINGEN");
  EXPECT_EQ(Clean("A.\nB.\nTASCA\n\n\nLIMITED OFFICIAL USE\n\n\n\n\nNNN\n"), "A.\nB.\nTASCA");
  EXPECT_EQ(Clean("A.\nBT\n#5135\nB."), "A.\nB.");
}

TEST(TextCleanupTest, BannerAtTheTopIsTheClassificationLineAndStays) {
  EXPECT_EQ(Clean("CONFIDENTIAL\n\nSUBJECT: X\n\n1. Text."), "CONFIDENTIAL\n\nSUBJECT: X\n\n1. Text.");
}

TEST(TextCleanupTest, AppendFoldedJoinsWords) {
  std::string out;
  AppendFolded("  one\n two\t\tthree \xC2\xA0 four  ", &out);
  EXPECT_EQ(out, "one two three four");
  AppendFolded("five", &out);
  EXPECT_EQ(out, "one two three four five");
  AppendFolded(" \n ", &out);
  EXPECT_EQ(out, "one two three four five");
  std::string pilcrow;
  AppendFolded("a\xC2\xB6" "b", &pilcrow);
  EXPECT_EQ(pilcrow, "a\xC2\xB6" "b");
}

TEST(PageBreaksTest, Recognisers) {
  PageMark mark;
  ASSERT_TRUE(FindPageMark("x TEGUCIGALP 00000459 004 OF 004 y", 0, &mark));
  EXPECT_EQ(mark.begin, 2u);
  EXPECT_EQ(mark.end, 32u);
  // A station longer than 10 characters keeps only its last words.
  ASSERT_TRUE(FindPageMark("OF THEIR BAGHDAD 00000197 002 OF 002", 0, &mark));
  EXPECT_EQ(mark.begin, 9u);
  EXPECT_FALSE(FindPageMark("002 OF 002", 0, &mark));
  EXPECT_EQ(PageHeaderLength("PAGE 02 STATE 023763 071504Z"), 28u);
  EXPECT_EQ(PageHeaderLength("PAGE 04 HARARE 06677 01 OF 03 291400Z TEXT"), 37u);
  EXPECT_EQ(PageHeaderLength("Page 2 of the report said"), 0u);
  EXPECT_EQ(PageHeaderLength("PAGE 2 of the report"), 0u);
  EXPECT_TRUE(IsClassificationBanner("CONFIDENTIAL"));
  EXPECT_TRUE(IsClassificationBanner(" S E C R E T"));
  EXPECT_TRUE(IsClassificationBanner("SECRET//NOFORN"));
  EXPECT_TRUE(IsClassificationBanner("LIMITED OFFICIAL USE"));
  EXPECT_TRUE(IsClassificationBanner(" CONFIDENTIAL PTQ1865"));
  EXPECT_FALSE(IsClassificationBanner("CONFIDENTIAL SECTION 01 OF 08 NEW DELHI 005135"));
  EXPECT_FALSE(IsClassificationBanner("SECRET."));
  EXPECT_FALSE(IsClassificationBanner("SECRETARY"));
  EXPECT_TRUE(IsTransmissionMark("NNNN"));
  EXPECT_TRUE(IsTransmissionMark("#5135"));
  EXPECT_FALSE(IsTransmissionMark("#5135 and more"));
}

// Arbitrary bytes: no crash, no throw, output never longer than input.
TEST(TextCleanupTest, ArbitraryBytesAreSafe) {
  uint32_t state = 12345;
  const char alphabet[] = "\n\r \t[]()#.0123456789OFPAGE QZNB\xC2\xB6\xA0xX-C";
  std::string out;
  for (int round = 0; round < 2000; ++round) {
    std::string in;
    size_t length = state % 200;
    for (size_t i = 0; i < length; ++i) {
      state = state * 1103515245u + 12345u;
      in.push_back((state >> 20) % 3 == 0 ? static_cast<char>(state >> 8)
                                          : alphabet[(state >> 12) % (sizeof(alphabet) - 1)]);
    }
    state = state * 1103515245u + 12345u;
    CleanCableText(in, &out);
    EXPECT_LE(out.size(), in.size() + in.size());  // mid-line signs add at most 2 bytes each
    EXPECT_TRUE(out.empty() || out.back() != '\n');
  }
}

}  // namespace
}  // namespace cablescope::parse
