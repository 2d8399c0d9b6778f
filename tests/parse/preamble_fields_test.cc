// The parts of the preamble on their own: Classified By, E.O./DECL, TAGS,
// the classification line and captions. Invented inputs in real shapes.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "parse/classification_line.h"
#include "parse/classified_by.h"
#include "parse/preamble_captions.h"
#include "parse/preamble_decl.h"
#include "parse/tags_line.h"

namespace cablescope::parse {
namespace {

using Strings = std::vector<std::string>;

struct ByResult {
  std::vector<Person> people;
  Strings reasons;
};

ByResult By(std::string_view text) {
  ByResult r;
  ParseClassifiedBy(text, &r.people, &r.reasons);
  return r;
}

TEST(ClassifiedByTest, TitleNameAndReasonForms) {
  struct Case {
    const char* text;
    const char* name;
    const char* title;  // nullptr: none
    Strings reasons;
  };
  const Case cases[] = {
      {": Ambassador Jane Q. Doe, reason 1.4 (b) and (d).", "Jane Q. Doe", "Ambassador",
       {"1.4(b)", "1.4(d)"}},
      {": A/PolCouns Jon Roe for Reasons 1.4 (B, D)", "Jon Roe", "A/PolCouns",
       {"1.4(b)", "1.4(d)"}},
      {" Ambassador Eric Roe; reasons: 1.5 (b,d).", "Eric Roe", "Ambassador",
       {"1.5(b)", "1.5(d)"}},
      {": Ambassador Ryan C. Roe, Reasons 1.4 (b) and (d)", "Ryan C. Roe", "Ambassador",
       {"1.4(b)", "1.4(d)"}},
      {": CDA Ann Roe for reasons 1.4 (b-d)", "Ann Roe", "CDA", {"1.4(b)", "1.4(c)", "1.4(d)"}},
      {": Tom Roe, DCM; REASON: 1.4(B), (D)", "Tom Roe", "DCM", {"1.4(b)", "1.4(d)"}},
      {": Anne W. Roe, for reasons 1.4 (b)(d)", "Anne W. Roe", nullptr, {"1.4(b)", "1.4(d)"}},
      {": Charge d'Affaires, a.i., Tim Roe, reasons 1.4 b/d", "Tim Roe",
       "Charge d'Affaires, a.i.", {"1.4(b)", "1.4(d)"}},
      {": POL/C Mark Roe, reasons 1.4(c)", "Mark Roe", "POL/C", {"1.4(c)"}},
      {": EEB/ESC/IEC Dana Roe for reason 1.4 (e)", "Dana Roe", "EEB/ESC/IEC", {"1.4(e)"}},
      {": Ambassador Clark T. Roe, Jr. Reasons 1.4 (b) and (d).", "Clark T. Roe, Jr.",
       "Ambassador", {"1.4(b)", "1.4(d)"}},
      {": DCM Tom Roe for reasons b, d.", "Tom Roe", "DCM", {"1.4(b)", "1.4(d)"}},
      {": T U/S Ellen O. Roe for Reasons 1.4 a,b,and d.", "Ellen O. Roe", "T U/S",
       {"1.4(a)", "1.4(b)", "1.4(d)"}},
      {": U/S Maria Roe (G). Reason: 1.4 (b) and (d)", "Maria Roe", "U/S", {"1.4(b)", "1.4(d)"}},
      {": Political Minister-Counselor Kay Roe, 1.4 (b/ d).", "Kay Roe",
       "Political Minister-Counselor", {"1.4(b)", "1.4(d)"}},
      {": Principal Officer Dennis W. Roe. Reasons (1.4 b,d)", "Dennis W. Roe",
       "Principal Officer", {"1.4(b)", "1.4(d)"}},
      {": SUZANNE ROE, DIRECTOR, INR/OPS. REASON: 1.4(C).", "SUZANNE ROE", "DIRECTOR, INR/OPS",
       {"1.4(c)"}},
      {" Polcounselor John Roe; reasons: E.O. 12958 1.4 (b,d).", "John Roe", "Polcounselor",
       {"1.4(b)", "1.4(d)"}},
      {": USEU Charge d’Affaires Chris Roe, for reasons 1 .4(b) and (d)", "Chris Roe",
       "USEU Charge d’Affaires", {"1.4(b)", "1.4(d)"}},
  };
  for (const Case& c : cases) {
    ByResult r = By(c.text);
    ASSERT_EQ(r.people.size(), 1u) << c.text;
    EXPECT_EQ(r.people[0].name, c.name) << c.text;
    if (c.title == nullptr) {
      EXPECT_FALSE(r.people[0].title.has_value()) << c.text;
    } else {
      EXPECT_EQ(r.people[0].title, c.title) << c.text;
    }
    EXPECT_EQ(r.reasons, c.reasons) << c.text;
  }
}

TEST(ClassifiedByTest, SeveralPeople) {
  ByResult r = By(": DCM Xavier Yates and PolCouns Zoe Woods, reasons 1.4 (b) and (d)");
  ASSERT_EQ(r.people.size(), 2u);
  EXPECT_EQ(r.people[0].name, "Xavier Yates");
  EXPECT_EQ(r.people[0].title, "DCM");
  EXPECT_EQ(r.people[1].name, "Zoe Woods");
  EXPECT_EQ(r.people[1].title, "PolCouns");
}

TEST(ClassifiedByTest, NobodyNamed) {
  EXPECT_TRUE(By(": xxxxx for Reasons 1.4 (b) and (d").people.empty());
  ByResult derived = By(": Derived from Multiple Sources");
  EXPECT_TRUE(derived.people.empty());
  EXPECT_TRUE(derived.reasons.empty());
  EXPECT_EQ(By(": xxxxx for Reasons 1.4 (b) and (d").reasons, (Strings{"1.4(b)", "1.4(d)"}));
}

TEST(ClassifiedByTest, RepeatedLabelAndConsumedLength) {
  std::string text = ": Classified By: Ambassador Ann Roe, reasons 1.4 (b) and (d).Summary: text";
  std::vector<Person> people;
  Strings reasons;
  size_t used = ParseClassifiedBy(text, &people, &reasons);
  ASSERT_EQ(people.size(), 1u);
  EXPECT_EQ(people[0].name, "Ann Roe");
  EXPECT_EQ(text.substr(used), "Summary: text");
}

TEST(ClassifiedByTest, JoinsWrappedLines) {
  std::string joined = "Deputy Chief of Mission Michae";
  AppendClassifiedByLine("l Corbin for reasons 1.4 (b) and (d)", &joined);
  EXPECT_EQ(joined, "Deputy Chief of Mission Michael Corbin for reasons 1.4 (b) and (d)");
  joined = "POLITICAL COUNSELOR JOHN ROE, FOR REAS ";
  AppendClassifiedByLine("ONS 1.4 B/D ", &joined);
  EXPECT_EQ(joined, "POLITICAL COUNSELOR JOHN ROE, FOR REASONS 1.4 B/D");
  joined = "Charge d'Affaires John Roe,";
  AppendClassifiedByLine("for reasons 1.4 (b) and (d).", &joined);
  EXPECT_EQ(joined, "Charge d'Affaires John Roe, for reasons 1.4 (b) and (d).");
}

TEST(ExecutiveOrderTest, Forms) {
  struct Case {
    const char* text;
    const char* order;
    const char* date;  // nullptr: none
  };
  const Case cases[] = {
      {" 12958: DECL: 06/09/2019", "12958", "2019-06-09"},
      {" 12958 DECL: 2019/06/09", "12958", "2019-06-09"},
      {" 12958: decl: 01/07/2014", "12958", "2014-01-07"},
      {" 12065: GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P", "12065", "1985-08-12"},
      {" 12356: DECL:OADR", "12356", nullptr},
      {" 11652: N/A", "11652", nullptr},
      {" 12958: DECL: 6/1/16", "12958", "2016-06-01"},
      {" 12958: DNG: CO 12/31/2010", "12958", nullptr},
      {" 12958: 03/12/2018", "12958", "2018-03-12"},
      {" 12958: DECL: 13/45/2019", "12958", nullptr},
      {" 13526: DECL: AFTER KOREAN UNIFICATION", "13526", nullptr},
  };
  for (const Case& c : cases) {
    ExecutiveOrderLine eo = ParseExecutiveOrder(c.text);
    EXPECT_EQ(eo.order, c.order) << c.text;
    if (c.date == nullptr) {
      EXPECT_FALSE(eo.declassify_on.has_value()) << c.text;
    } else {
      EXPECT_EQ(eo.declassify_on, c.date) << c.text;
    }
  }
}

TEST(TagsTest, Forms) {
  Strings tags;
  SplitTags(" PREL ZP IR IS UNSC", &tags);
  EXPECT_EQ(tags, (Strings{"PREL", "ZP", "IR", "IS", "UNSC"}));
  tags.clear();
  SplitTags(" prel, pgov; pins, tu, prel.", &tags);
  EXPECT_EQ(tags, (Strings{"PREL", "PGOV", "PINS", "TU"}));
  tags.clear();
  SplitTags(" [PREL](#) [POGOV](#) OVIP (RICE,  CONDOLEEZZA) KNNP", &tags);
  EXPECT_EQ(tags, (Strings{"PREL", "POGOV", "OVIP", "(RICE, CONDOLEEZZA)", "KNNP"}));
  tags.clear();
  SplitTags(" OVIP (UNCLOSED, NAME", &tags);
  EXPECT_EQ(tags, (Strings{"OVIP", "(UNCLOSED, NAME)"}));
  EXPECT_TRUE(LooksLikeTagsContinuation("CH, KN, (DOE, JANE)"));
  EXPECT_FALSE(LooksLikeTagsContinuation("SUBJECT: X"));
  EXPECT_FALSE(LooksLikeTagsContinuation("Ambassador Rice met the Secretary-General"));
}

TEST(ClassificationLineTest, LengthStopsAtFusedSerial) {
  auto line = ParseClassificationLine("UNCLAS MUNICH 002345SENSITIVESIPDISE.O. 12958");
  ASSERT_TRUE(line.has_value());
  EXPECT_EQ(line->classification, "UNCLASSIFIED");
  EXPECT_EQ(line->station, "MUNICH");
  EXPECT_EQ(line->serial, "002345");
  EXPECT_EQ(line->length, 20u);
}

TEST(ClassificationLineTest, RejectsProseAndOtherLines) {
  EXPECT_FALSE(ParseClassificationLine("Secret talks in Geneva went well").has_value());
  EXPECT_FALSE(ParseClassificationLine("SIPDIS").has_value());
  EXPECT_FALSE(ParseClassificationLine("E.O. 12958: DECL: 06/09/2019").has_value());
  EXPECT_FALSE(ParseClassificationLine("").has_value());
  auto efto = ParseClassificationLine("UNCLAS E F T O BAKU 001165");
  ASSERT_TRUE(efto.has_value());
  EXPECT_EQ(efto->station, "BAKU");
}

TEST(CaptionsTest, Lines) {
  Strings captions;
  EXPECT_TRUE(ParseCaptionLine("NOFORN/NOCONTRACT", &captions));
  EXPECT_TRUE(ParseCaptionLine("SIPDIS ", &captions));
  EXPECT_TRUE(ParseCaptionLine("sensitive", &captions));
  EXPECT_FALSE(ParseCaptionLine("STATE FOR INR/B", &captions));
  EXPECT_FALSE(ParseCaptionLine("SENSITIVE BUT UNCLASSIFIED", &captions));
  EXPECT_FALSE(ParseCaptionLine("ROGERS MEETS THE PRESS", &captions));
  EXPECT_EQ(captions, (Strings{"NOFORN", "NOCONTRACT", "SIPDIS", "SENSITIVE"}));
}

}  // namespace
}  // namespace cablescope::parse
