#include "link/references.h"

#include <gtest/gtest.h>

namespace cablescope::link {
namespace {

using std::nullopt;
using std::optional;
using std::string;

struct Want {
  optional<string> label;
  string kind;
  string text;
  optional<string> id;
};

void ExpectRefs(const std::vector<Reference>& got, const std::vector<Want>& want) {
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(got[i].label, want[i].label) << i;
    EXPECT_EQ(got[i].kind, want[i].kind) << i;
    EXPECT_EQ(got[i].text, want[i].text) << i;
    EXPECT_EQ(got[i].id, want[i].id) << i;
  }
}

std::vector<Reference> Parse(std::string_view block, int year = 2006,
                             std::vector<string> meta = {}) {
  return ParseReferences(block, meta, year);
}

TEST(ReferencesTest, Seed003) {
  ExpectRefs(Parse("REF: A. ISLAMABAD 10142\n\nB. STATE 87686"),
             {{"A", "cable", "ISLAMABAD 10142", "06ISLAMABAD10142"},
              {"B", "cable", "STATE 87686", "06STATE87686"}});
  // The same list from a press reprint: no newlines, no-break spaces.
  ExpectRefs(Parse("REF: A. ISLAMABAD\xC2\xA0" "10142 B. STATE 87686"),
             {{"A", "cable", "ISLAMABAD 10142", "06ISLAMABAD10142"},
              {"B", "cable", "STATE 87686", "06STATE87686"}});
}

TEST(ReferencesTest, Empty) {
  EXPECT_TRUE(Parse("").empty());
  EXPECT_TRUE(Parse("REF:").empty());
  EXPECT_TRUE(Parse("  \n ").empty());
}

TEST(ReferencesTest, LabelStyles) {
  ExpectRefs(Parse("REF: A) ANKARA 1074 B) ANKARA 1231"),
             {{"A", "cable", "ANKARA 1074", "06ANKARA1074"},
              {"B", "cable", "ANKARA 1231", "06ANKARA1231"}});
  ExpectRefs(Parse("REFS: (A) ANKARA 1074; (B) ANKARA 1231"),
             {{"A", "cable", "ANKARA 1074", "06ANKARA1074"},
              {"B", "cable", "ANKARA 1231", "06ANKARA1231"}});
  ExpectRefs(Parse("REF: A- ANKARA 1074\n     B- ANKARA 1231"),
             {{"A", "cable", "ANKARA 1074", "06ANKARA1074"},
              {"B", "cable", "ANKARA 1231", "06ANKARA1231"}});
  // WikiLeaks pages put a paragraph sign before each item.
  ExpectRefs(Parse("REF: A. ANKARA 1074\xC2\xB6" "B. ANKARA 1231"),
             {{"A", "cable", "ANKARA 1074", "06ANKARA1074"},
              {"B", "cable", "ANKARA 1231", "06ANKARA1231"}});
  // Lower-case labels.
  ExpectRefs(Parse("ref: a. Ankara 1074 b. Ankara 1231"),
             {{"A", "cable", "Ankara 1074", "06ANKARA1074"},
              {"B", "cable", "Ankara 1231", "06ANKARA1231"}});
}

TEST(ReferencesTest, LabelWrittenTwice) {
  // cables.csv, AIT Taipei: `REF: A. A) TAIPEI 3001 B. B) TAIPEI 3019`.
  ExpectRefs(Parse("REF: A. A) TAIPEI 3001 \n\n     B. B) TAIPEI 3019", 2006),
             {{"A", "cable", "TAIPEI 3001", "06TAIPEI3001"},
              {"B", "cable", "TAIPEI 3019", "06TAIPEI3019"}});
}

TEST(ReferencesTest, LettersOutOfSequenceAreNotLabels) {
  // The U of U.S. and the D of D.C. do not start items.
  ExpectRefs(Parse("REF: A. EMAIL FROM U.S. EMBASSY 6/1/2006 B. STATE 87686"),
             {{"A", "email", "EMAIL FROM U.S. EMBASSY 6/1/2006", nullopt},
              {"B", "cable", "STATE 87686", "06STATE87686"}});
}

TEST(ReferencesTest, Unlabelled) {
  ExpectRefs(Parse("REF: STATE 12345"), {{nullopt, "cable", "STATE 12345", "06STATE12345"}});
  ExpectRefs(Parse("REFTEL: ISLAMABAD 10142"),
             {{nullopt, "cable", "ISLAMABAD 10142", "06ISLAMABAD10142"}});
  ExpectRefs(Parse("STATE 12345"), {{nullopt, "cable", "STATE 12345", "06STATE12345"}});
  // cables.csv row 1 (1966): two items separated by a semicolon.
  ExpectRefs(Parse("REF: STATE 106206 CIRCULAR; STATE CA-3400 NOV 2, 1966", 1966),
             {{nullopt, "cable", "STATE 106206 CIRCULAR", "66STATE106206"},
              {nullopt, "other", "STATE CA-3400 NOV 2, 1966", nullopt}});
}

TEST(ReferencesTest, Lists) {
  ExpectRefs(Parse("REF: KABUL 936/935", 2008),
             {{nullopt, "cable", "KABUL 936", "08KABUL936"},
              {nullopt, "cable", "KABUL 935", "08KABUL935"}});
  ExpectRefs(Parse("REF: A. SECSTATE 113408 AND SECSTATE 113635", 2009),
             {{"A", "cable", "SECSTATE 113408", "09STATE113408"},
              {"A", "cable", "SECSTATE 113635", "09STATE113635"}});
  ExpectRefs(Parse("REF: ANKARA 1074 AND 1231, 1275"),
             {{nullopt, "cable", "ANKARA 1074", "06ANKARA1074"},
              {nullopt, "cable", "ANKARA 1231", "06ANKARA1231"},
              {nullopt, "cable", "ANKARA 1275", "06ANKARA1275"}});
  ExpectRefs(Parse("REF: '08 BUENOS AIRES 1491/1492", 2009),
             {{nullopt, "cable", "'08 BUENOS AIRES 1491", "08BUENOSAIRES1491"},
              {nullopt, "cable", "'08 BUENOS AIRES 1492", "08BUENOSAIRES1492"}});
}

TEST(ReferencesTest, ExplicitYears) {
  ExpectRefs(Parse("REF: A. 06 STATE 87686 B. '08 BUENOS AIRES 1491 C. ASUNCION 701 (08) "
                   "D. 08 BAGHDAD 123 E. ISLAMABAD 10142",
                   2009),
             {{"A", "cable", "06 STATE 87686", "06STATE87686"},
              {"B", "cable", "'08 BUENOS AIRES 1491", "08BUENOSAIRES1491"},
              {"C", "cable", "ASUNCION 701 (08)", "08ASUNCION701"},
              {"D", "cable", "08 BAGHDAD 123", "08BAGHDAD123"},
              {"E", "cable", "ISLAMABAD 10142", "09ISLAMABAD10142"}});
}

TEST(ReferencesTest, TrailingWordsStayInTheText) {
  ExpectRefs(Parse("REF: A. STATE 87686 (NOTAL) B. USUN NEW YORK 589 AND PREVIOUS", 2009),
             {{"A", "cable", "STATE 87686 (NOTAL)", "09STATE87686"},
              {"B", "cable", "USUN NEW YORK 589 AND PREVIOUS", "09USUNNEWYORK589"}});
}

TEST(ReferencesTest, NonCableKinds) {
  ExpectRefs(Parse("REF: A. EMAIL FROM POL/C TO NEA/I 6/1/2006 B. E-MAIL OF JUNE 3 "
                   "C. TELCON 5/30 D. TELECON WITH DESK E. PHONE CALL FROM AMBASSADOR "
                   "F. MEMO OF 3/4 G. MEMCON H. INR REPORT OF MAY 1 I. IIR 6 832 0123 06 "
                   "J. STATE-EMBASSY EMAILS K. 2007 INCSR"),
             {{"A", "email", "EMAIL FROM POL/C TO NEA/I 6/1/2006", nullopt},
              {"B", "email", "E-MAIL OF JUNE 3", nullopt},
              {"C", "telcon", "TELCON 5/30", nullopt},
              {"D", "telcon", "TELECON WITH DESK", nullopt},
              {"E", "telcon", "PHONE CALL FROM AMBASSADOR", nullopt},
              {"F", "memo", "MEMO OF 3/4", nullopt},
              {"G", "memo", "MEMCON", nullopt},
              {"H", "report", "INR REPORT OF MAY 1", nullopt},
              {"I", "report", "IIR 6 832 0123 06", nullopt},
              {"J", "other", "STATE-EMBASSY EMAILS", nullopt},
              {"K", "other", "2007 INCSR", nullopt}});
}

TEST(ReferencesTest, CitingYearUnknown) {
  ExpectRefs(Parse("REF: A. ISLAMABAD 10142 B. 06 STATE 87686", 0),
             {{"A", "cable", "ISLAMABAD 10142", nullopt},
              {"B", "cable", "06 STATE 87686", "06STATE87686"}});
}

TEST(ReferencesTest, MetaReferencesOnly) {
  ExpectRefs(Parse("", 1966, {"66STATE106206"}),
             {{nullopt, "cable", "66STATE106206", "66STATE106206"}});
  ExpectRefs(Parse("", 2009, {"09SECTION01OF03SANJOSE525", "09USUNNEWYORK589"}),
             {{nullopt, "cable", "09SECTION01OF03SANJOSE525", "09SANJOSE525"},
              {nullopt, "cable", "09USUNNEWYORK589", "09USUNNEWYORK589"}});
}

TEST(ReferencesTest, MetaReferencesConfirmTheYear) {
  // A January 2007 cable citing December's STATE 198765 without a year: the
  // container's references column knows it is 06STATE198765.
  ExpectRefs(Parse("REF: A. STATE 198765 B. ANKARA 12", 2007, {"06STATE198765", "07ANKARA12"}),
             {{"A", "cable", "STATE 198765", "06STATE198765"},
              {"B", "cable", "ANKARA 12", "07ANKARA12"}});
  // Text and container agree: the text's labels are kept.
  ExpectRefs(Parse("REF: A. ISLAMABAD 10142", 2006, {"06ISLAMABAD10142"}),
             {{"A", "cable", "ISLAMABAD 10142", "06ISLAMABAD10142"}});
}

TEST(ReferencesTest, ArbitraryBytesAreSafe) {
  std::string s = "REF: A. ";
  for (int i = 0; i < 3000; ++i) {
    s.push_back(static_cast<char>((i * 37 + 11) % 256));
    if (i % 50 == 0) (void)ParseReferences(s, {"x", s}, i);
  }
  (void)ParseReferences(std::string(200000, 'A'), {}, 2006);
  (void)ParseReferences("A. B. C. D. E. F. G. H. I. J. K. L. M. N. O. P. Q. R. S. T. U. V. W. X. "
                        "Y. Z.",
                        {}, 2006);
}

}  // namespace
}  // namespace cablescope::link
