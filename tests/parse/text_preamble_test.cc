// ParsePreamble on invented, cable-shaped preambles: every form the brief
// and cable-anatomy.md §3-5 describe.
#include "parse/text_preamble.h"

#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "model/record.h"

namespace cablescope::parse {
namespace {

size_t Parse(std::string_view text, Record* r, bool flattened = false) {
  TextOptions options;
  options.flattened = flattened;
  return ParsePreamble(text, options, r);
}

using Strings = std::vector<std::string>;

TEST(TextPreambleTest, SpacedConfidentialLineWithEveryField) {
  const std::string text =
      "C O N F I D E N T I A L USUN NEW YORK 000123\n"
      "\n"
      "SIPDIS\n"
      "\n"
      "E.O. 12958: DECL: 06/09/2019\n"
      "\n"
      "TAGS: PREL ZP IR IS UNSC\n"
      "\n"
      "SUBJECT: AMBASSADORS MEET THE SECRETARY-GENERAL ON  \n"
      "REGIONAL OUTREACH\n"
      "\n"
      "Classified By: Ambassador Jane Q. Doe, reason 1.4 (b) and (d).\n"
      "\n"
      "1. (C) Ambassador Doe met the SYG on June 9.\n";
  Record r;
  size_t end = Parse(text, &r);
  EXPECT_EQ(text.substr(end, 7), "1. (C) ");
  EXPECT_EQ(r.classification, "CONFIDENTIAL");
  EXPECT_EQ(r.raw.text_station, "USUN NEW YORK");
  EXPECT_EQ(r.raw.text_serial, "000123");
  EXPECT_EQ(r.captions, Strings{"SIPDIS"});
  EXPECT_EQ(r.executive_order, "12958");
  EXPECT_EQ(r.declassify_on, "2019-06-09");
  EXPECT_EQ(r.tags, (Strings{"PREL", "ZP", "IR", "IS", "UNSC"}));
  EXPECT_EQ(r.subject, "AMBASSADORS MEET THE SECRETARY-GENERAL ON REGIONAL OUTREACH");
  ASSERT_EQ(r.classified_by.size(), 1u);
  EXPECT_EQ(r.classified_by[0].name, "Jane Q. Doe");
  EXPECT_EQ(r.classified_by[0].title, "Ambassador");
  EXPECT_EQ(r.classification_reasons, (Strings{"1.4(b)", "1.4(d)"}));
  EXPECT_TRUE(r.raw.ref_block.empty());
}

TEST(TextPreambleTest, ContainerClassificationWins) {
  Record r;
  r.classification = "SECRET//NOFORN";
  Parse("C O N F I D E N T I A L LIMA 000042\n\nSUBJECT: X\n\n1. (C) Text.\n", &r);
  EXPECT_EQ(r.classification, "SECRET//NOFORN");
  EXPECT_EQ(r.raw.text_station, "LIMA");
}

TEST(TextPreambleTest, SectionLineAndCrLfAndWebLeftovers) {
  const std::string text =
      "CONFIDENTIAL SECTION 01 OF 08 NEW DELHI 005555 \r\n"
      "\r\n"
      "SIPDIS \r\n"
      "NOFORN \r\n"
      "\r\n"
      "E.O. 12958: DECL: 11/20/2016 \r\n"
      "TAGS: [PREL](#) [PGOV](#) [IN](#)  \r\n"
      "SUBJECT: (C) A QUIET WEEK IN PARLIAMENT \r\n"
      "\r\n"
      "[¶1.](#) (C) Summary: nothing happened.\r\n";
  Record r;
  size_t end = Parse(text, &r);
  EXPECT_EQ(text.substr(end, 6), "[¶1.]");  // not cleaned: ends at the first prose line
  EXPECT_EQ(r.raw.text_station, "NEW DELHI");
  EXPECT_EQ(r.raw.text_serial, "005555");
  EXPECT_EQ(r.captions, (Strings{"SIPDIS", "NOFORN"}));
  EXPECT_EQ(r.tags, (Strings{"PREL", "PGOV", "IN"}));
  EXPECT_EQ(r.subject, "A QUIET WEEK IN PARLIAMENT");
}

TEST(TextPreambleTest, MixedCaseExtract) {
  const std::string text =
      "C o n f i d e n t i a l section 01 of 04 ankara 000999\n"
      "Sipdis\n"
      "E.o. 12958: decl: 01/07/2014\n"
      "Tags: prel, pgov, pins, tu\n"
      "Subject: turkish p.m. goes to washington (u)\n"
      "\n"
      "Classified by Ambassador John Roe; reasons: 1.5 (b,d).\n"
      "\n"
      "1. (C) Summary: text.\n";
  Record r;
  Parse(text, &r);
  EXPECT_EQ(r.classification, "CONFIDENTIAL");
  EXPECT_EQ(r.raw.text_station, "ANKARA");
  EXPECT_EQ(r.raw.text_serial, "000999");
  EXPECT_EQ(r.captions, Strings{"SIPDIS"});
  EXPECT_EQ(r.declassify_on, "2014-01-07");
  EXPECT_EQ(r.tags, (Strings{"PREL", "PGOV", "PINS", "TU"}));
  EXPECT_EQ(r.subject, "turkish p.m. goes to washington");
  ASSERT_EQ(r.classified_by.size(), 1u);
  EXPECT_EQ(r.classified_by[0].name, "John Roe");
  EXPECT_EQ(r.classification_reasons, (Strings{"1.5(b)", "1.5(d)"}));
}

TEST(TextPreambleTest, RefListWithBlankLinesEndsAtClassifiedBy) {
  const std::string text =
      "C O N F I D E N T I A L ISLAMABAD 000777\n"
      "\n"
      "E.O. 12958: DECL: 06/02/2016\n"
      "TAGS: PK, PREL, PGOV, IR, KNNP\n"
      "SUBJECT: FM TELLS IRAN “TAKE THE OFFER”\n"
      "\n"
      "REF: A. ISLAMABAD 10001\n"
      "\n"
      "B. STATE 80002\n"
      "\n"
      "Classified By: Ambassador Ann B. Coe, Reasons 1.4 (b) and (d)\n"
      "\n"
      "1. (C) On June 2 ...\n";
  Record r;
  Parse(text, &r);
  EXPECT_EQ(r.tags, (Strings{"PK", "PREL", "PGOV", "IR", "KNNP"}));
  EXPECT_EQ(r.subject, "FM TELLS IRAN “TAKE THE OFFER”");
  EXPECT_EQ(r.raw.ref_block, "REF: A. ISLAMABAD 10001\n\nB. STATE 80002");
  ASSERT_EQ(r.classified_by.size(), 1u);
  EXPECT_EQ(r.classified_by[0].name, "Ann B. Coe");
}

TEST(TextPreambleTest, RefListEndsAtProseAndNumberedParagraph) {
  Record r;
  std::string text =
      "UNCLAS STATE 001234\n\nTAGS: PREL\nSUBJECT: X\n\nREFS: A) STATE 1111\nB) PARIS 2222\n"
      "\nThis cable asks posts to deliver a demarche.\n";
  size_t end = Parse(text, &r);
  EXPECT_EQ(r.raw.ref_block, "REFS: A) STATE 1111\nB) PARIS 2222");
  EXPECT_EQ(text.substr(end, 10), "This cable");

  Record r2;
  std::string text2 = "UNCLAS STATE 001234\nSUBJECT: X\nREF: STATE -097844\n1. Posts should...\n";
  end = Parse(text2, &r2);
  EXPECT_EQ(r2.raw.ref_block, "REF: STATE -097844");
  EXPECT_EQ(text2.substr(end, 3), "1. ");

  Record r3;
  Parse("UNCLAS ROME 000111\nSUBJECT: X\nREFTEL: ROME 100\n\n1. Text\n", &r3);
  EXPECT_EQ(r3.raw.ref_block, "REFTEL: ROME 100");
}

TEST(TextPreambleTest, ClassificationForms) {
  struct Case {
    const char* line;
    const char* classification;
    const char* station;
    const char* serial;
  };
  const Case cases[] = {
      {"UNCLAS SECTION 01 OF 02 BRASILIA 000321", "UNCLASSIFIED", "BRASILIA", "000321"},
      {"UNCLASSIFIED BUENOS AIRES 2481", "UNCLASSIFIED", "BUENOS AIRES", "2481"},
      {"S E C R E T", "SECRET", "", ""},
      {"SECRET//NOFORN", "SECRET//NOFORN", "", ""},
      {"LIMITED OFFICIAL USE ATHENS 2959", "LIMITED OFFICIAL USE", "ATHENS", "2959"},
      {"SENSITIVE BUT UNCLASSIFIED", "SENSITIVE BUT UNCLASSIFIED", "", ""},
      {"T O P S E C R E T STATE 000017", "TOP SECRET", "STATE", "000017"},
      {"SS E C R E T SECTION 01 OF 02 PARIS 001111", "SECRET", "PARIS", "001111"},
      {"O N F I D E N T I A L BAGHDAD 000290", "CONFIDENTIAL", "BAGHDAD", "000290"},
  };
  for (const Case& c : cases) {
    Record r;
    Parse(std::string(c.line) + "\n\nSUBJECT: X\n\n1. Text.\n", &r);
    EXPECT_EQ(r.classification, c.classification) << c.line;
    EXPECT_EQ(r.raw.text_station, c.station) << c.line;
    EXPECT_EQ(r.raw.text_serial, c.serial) << c.line;
  }
}

TEST(TextPreambleTest, CaptionsAreUniqueAndAddressingLinesAreNot) {
  const std::string text =
      "S E C R E T BEIJING 000555\n"
      "\n"
      "NOFORN\n"
      "SIPDIS\n"
      "SIPDIS\n"
      "STATE FOR INR/B\n"
      "BEIJING PLEASE PASS CHENGDU\n"
      "EXDIS - NODIS\n"
      "E.O. 12958: DECL: 1/5/2034\n"
      "TAGS: PREL CH\n"
      "SUBJECT: X\n";
  Record r;
  size_t end = Parse(text, &r);
  EXPECT_EQ(end, text.size());
  EXPECT_EQ(r.captions, (Strings{"NOFORN", "SIPDIS", "EXDIS", "NODIS"}));
  EXPECT_EQ(r.declassify_on, "2034-01-05");
}

TEST(TextPreambleTest, DateLineBeforeClassification) {
  // WikiLeaks pages put the creation time above some texts.
  Record r;
  Parse("Friday, 01 February 2008, 13:41\nC O N F I D E N T I A L LIMA 000483\nSIPDIS\n"
        "EO 12958 DECL: 02/01/2018\nTAGS PREL PE\nSUBJECT: X\n",
        &r);
  EXPECT_EQ(r.classification, "CONFIDENTIAL");
  EXPECT_EQ(r.raw.text_serial, "000483");
  EXPECT_EQ(r.executive_order, "12958");
  EXPECT_EQ(r.declassify_on, "2018-02-01");
  EXPECT_EQ(r.tags, (Strings{"PREL", "PE"}));
}

TEST(TextPreambleTest, TagsContinuationAndPersonTags) {
  Record r;
  Parse("S E C R E T SINGAPORE 000529\n"
        "EO 12958 DECL: 06/04/2029\n"
        "TAGS OVIP (DOE, JOHN B.), PREL, MNUC, ECON, SN,\n"
        "CH, KN\n"
        "SUBJECT: DEPUTY SECRETARY MEETS LEADERS\n",
        &r);
  EXPECT_EQ(r.tags, (Strings{"OVIP", "(DOE, JOHN B.)", "PREL", "MNUC", "ECON", "SN", "CH", "KN"}));
  EXPECT_EQ(r.subject, "DEPUTY SECRETARY MEETS LEADERS");
}

TEST(TextPreambleTest, SubjectEndsAtNextLabelAndStripsMarkings) {
  Record r;
  Parse("UNCLAS PARIS 000001\nSUBJECT: (SBU) FIRST LINE\nSECOND LINE (SBU)\nREF: PARIS 12\n", &r);
  EXPECT_EQ(r.subject, "FIRST LINE SECOND LINE");
  EXPECT_EQ(r.raw.ref_block, "REF: PARIS 12");
}

TEST(TextPreambleTest, ClassifiedByWrappedMidWord) {
  Record r;
  Parse("C O N F I D E N T I A L BAGHDAD 000100\n"
        "SUBJECT: X\n"
        "\n"
        "Classified By: Deputy Chief of Mission Michae\n"
        "l Corbin for reasons 1.4 (b) and (d)\n"
        "\n"
        "1. (C) Text.\n",
        &r);
  ASSERT_EQ(r.classified_by.size(), 1u);
  EXPECT_EQ(r.classified_by[0].name, "Michael Corbin");
  EXPECT_EQ(r.classified_by[0].title, "Deputy Chief of Mission");
  EXPECT_EQ(r.classification_reasons, (Strings{"1.4(b)", "1.4(d)"}));
}

TEST(TextPreambleTest, PageBreakLineInsideRefIsSkipped) {
  Record r;
  Parse("S E C R E T SECTION 01 OF 02 PARIS 002000\n"
        "SUBJECT: X\n"
        "\n"
        "REF: A. 05 PARIS 7000 AND PREVIOUS\n"
        "¶B. 01/11/06 PARIS POINTS\n"
        "\n"
        "PARIS 00002000 001.2 OF 002\n"
        "\n"
        "Classified By: POLITICAL MINISTER-COUNSELOR JOHN ROE, FOR REAS\n"
        "ONS 1.4 B/D\n"
        "\n"
        "1. (S) Summary: text.\n",
        &r);
  EXPECT_EQ(r.raw.ref_block, "REF: A. 05 PARIS 7000 AND PREVIOUS\n¶B. 01/11/06 PARIS POINTS");
  ASSERT_EQ(r.classified_by.size(), 1u);
  EXPECT_EQ(r.classified_by[0].name, "JOHN ROE");
  EXPECT_EQ(r.classified_by[0].title, "POLITICAL MINISTER-COUNSELOR");
  EXPECT_EQ(r.classification_reasons, (Strings{"1.4(b)", "1.4(d)"}));
}

TEST(TextPreambleTest, FlattenedJsonBody) {
  const std::string text =
      "C o n f i d e n t i a l section 01 of 04 ankara 000999SipdisE.o. 12958: decl: "
      "01/07/2014 Tags: prel, pgov, pins, tu Subject: turkish p.m. goes to washington: how "
      "strong a leader?(U) Classified by Ambassador John Roe; reasons: 1.5 (b,d).¶1. (C) "
      "Summary: text.¶2. (C) More.";
  Record r;
  size_t end = Parse(text, &r, /*flattened=*/true);
  EXPECT_EQ(text.substr(end, 4), "¶1.");
  EXPECT_EQ(r.raw.text_station, "ANKARA");
  EXPECT_EQ(r.raw.text_serial, "000999");
  EXPECT_EQ(r.captions, Strings{"SIPDIS"});
  EXPECT_EQ(r.declassify_on, "2014-01-07");
  EXPECT_EQ(r.tags, (Strings{"PREL", "PGOV", "PINS", "TU"}));
  EXPECT_EQ(r.subject, "turkish p.m. goes to washington: how strong a leader?");
  ASSERT_EQ(r.classified_by.size(), 1u);
  EXPECT_EQ(r.classified_by[0].name, "John Roe");
  EXPECT_EQ(r.classification_reasons, (Strings{"1.5(b)", "1.5(d)"}));
}

TEST(TextPreambleTest, FlattenedFusedLabels) {
  const std::string text =
      "C O N F I D E N T I A L SECTION 01 OF 03 ANKARA 001000SENSITIVESIPDISE.O. 12958: DECL: "
      "03/19/2015TAGS: PREL PGOV PINS MARR TUSUBJECT: TURKEY ADRIFTREF: A. ANKARA 1074¶B. "
      "ANKARA 1231 (U) Classified by CDA John Roe; E.O. 12958, reasons 1.4 (b) and (d).1. (C) "
      "Summary: Turkey is stuck.";
  Record r;
  size_t end = Parse(text, &r, /*flattened=*/true);
  EXPECT_EQ(text.substr(end, 6), "1. (C)");
  EXPECT_EQ(r.captions, (Strings{"SENSITIVE", "SIPDIS"}));
  EXPECT_EQ(r.declassify_on, "2015-03-19");
  EXPECT_EQ(r.tags, (Strings{"PREL", "PGOV", "PINS", "MARR", "TU"}));
  EXPECT_EQ(r.subject, "TURKEY ADRIFT");
  EXPECT_EQ(r.raw.ref_block, "REF: A. ANKARA 1074¶B. ANKARA 1231");
  ASSERT_EQ(r.classified_by.size(), 1u);
  EXPECT_EQ(r.classified_by[0].title, "CDA");
  EXPECT_EQ(r.classified_by[0].name, "John Roe");
}

TEST(TextPreambleTest, FlattenedWithSomeNewlines) {
  // Shape of seed 003, a press reprint: labels fused, blank lines kept.
  const std::string text =
      "C O N F I D E N T I A L ISLAMABAD 010000\n\nSIPDIS\n\nSIPDIS\n\n"
      "E.O. 12958: DECL: 06/02/2016TAGS: PK, PREL, PGOV, IR, KNNPSUBJECT: FM TELLS IRAN "
      "“TAKE THE OFFER”\n\nREF: A. ISLAMABAD 10001\n\nB. STATE 80002\n\n"
      "Classified By: Ambassador Ann B. Coe, Reasons 1.4 (b) and (d)\n\n1. (C) On June 2.";
  Record r;
  size_t end = Parse(text, &r, /*flattened=*/true);
  EXPECT_EQ(text.substr(end, 6), "1. (C)");
  EXPECT_EQ(r.executive_order, "12958");
  EXPECT_EQ(r.declassify_on, "2016-06-02");
  EXPECT_EQ(r.tags, (Strings{"PK", "PREL", "PGOV", "IR", "KNNP"}));
  EXPECT_EQ(r.subject, "FM TELLS IRAN “TAKE THE OFFER”");
  EXPECT_EQ(r.raw.ref_block, "REF: A. ISLAMABAD 10001\n\nB. STATE 80002");
  ASSERT_EQ(r.classified_by.size(), 1u);
}

TEST(TextPreambleTest, FlattenedDateLineAndTagsWithoutColon) {
  // JSON export shape: the WikiLeaks creation time fused to the
  // classification, `TAGS` without its colon, a misspelt `Classfied By`.
  const std::string text =
      "Thursday, 23 October 2008, 09:20S E C R E T SECTION 01 OF 03 RPO DUBAI 000049 SIPDIS "
      "EO 12958 DECL:  10/23/2018 TAGS PINR, PINS, IR SUBJECT: A VIEW FROM THE GULF "
      "Classfied By: Director Ann Roe, reasons 1.4 (b) and (d).¶1. (S) Text.";
  Record r;
  size_t end = Parse(text, &r, /*flattened=*/true);
  EXPECT_EQ(text.substr(end, 4), "¶1.");
  EXPECT_EQ(r.classification, "SECRET");
  EXPECT_EQ(r.raw.text_station, "RPO DUBAI");
  EXPECT_EQ(r.raw.text_serial, "000049");
  EXPECT_EQ(r.declassify_on, "2018-10-23");
  EXPECT_EQ(r.tags, (Strings{"PINR", "PINS", "IR"}));
  EXPECT_EQ(r.subject, "A VIEW FROM THE GULF");
  ASSERT_EQ(r.classified_by.size(), 1u);
  EXPECT_EQ(r.classified_by[0].name, "Ann Roe");
}

TEST(TextPreambleTest, ClassifiedByInFirstParagraphAndRefItemsInParentheses) {
  const std::string text =
      "UNCLAS STATE 000001\nSUBJECT: GUIDANCE\n\nREF: (A) 08 STATE 061194\n(B) 7 FAM 180\n"
      "(C) 09 STATE 030541\n\n1. (U) Classified by Ambassador Ann Roe for reasons 1.5 (B) and "
      "(D).\n\n2. (U) Text.\n";
  Record r;
  size_t end = Parse(text, &r);
  EXPECT_EQ(text.substr(end, 6), "1. (U)");
  EXPECT_EQ(r.raw.ref_block, "REF: (A) 08 STATE 061194\n(B) 7 FAM 180\n(C) 09 STATE 030541");
  ASSERT_EQ(r.classified_by.size(), 1u);
  EXPECT_EQ(r.classified_by[0].name, "Ann Roe");
  EXPECT_EQ(r.classification_reasons, (Strings{"1.5(b)", "1.5(d)"}));
}

TEST(TextPreambleTest, SubjectTailAfterBlankLineDoesNotEndThePreamble) {
  // 09LONDON1946: a subject wrapped across a blank line, then REF and
  // Classified By; a heading after Classified By is the body's.
  const std::string text =
      "C O N F I D E N T I A L LONDON 000001\n\nEO 12958 DECL: 08/24/2019\nTAGS PREF, UK\n"
      "SUBJECT: PARLIAMENT HOLDS EMERGENCY\nSESSION AS\n\nDEBATE REACHES FEVER PITCH\n\n"
      "REF: A. LONDON 1925\n\nClassified By: Ambassador Ann Roe, reasons 1.4 (b/d).\n\n"
      "----------\nBACKGROUND\n----------\n\n1. (C) Text.\n";
  Record r;
  size_t end = Parse(text, &r);
  EXPECT_EQ(text.substr(end, 10), "----------");
  EXPECT_EQ(r.subject, "PARLIAMENT HOLDS EMERGENCY SESSION AS");
  EXPECT_EQ(r.raw.ref_block, "REF: A. LONDON 1925");
  ASSERT_EQ(r.classified_by.size(), 1u);
  EXPECT_EQ(r.classification_reasons, (Strings{"1.4(b)", "1.4(d)"}));
}

TEST(TextPreambleTest, EndsAtEntireTextParagraph) {
  std::string text = "UNCLAS ATHENS 2959\nE.O. 11652: N/A\nTAGS: PFOR, GR\nSUBJ: GREEK NOTE\n"
                     "\n1. CONFIDENTIAL-ENTIRE TEXT.\n";
  Record r;
  size_t end = Parse(text, &r);
  EXPECT_EQ(text.substr(end, 4), "1. C");
  EXPECT_EQ(r.executive_order, "11652");
  EXPECT_FALSE(r.declassify_on.has_value());
  EXPECT_EQ(r.subject, "GREEK NOTE");
}

TEST(TextPreambleTest, NoPreambleGivesNothing) {
  Record r;
  std::string prose =
      "The ambassador met the minister on Tuesday and they discussed the budget, the "
      "elections and the weather at some length.\n";
  EXPECT_EQ(Parse(prose, &r), 0u);
  EXPECT_FALSE(r.subject.has_value());
  EXPECT_FALSE(r.classification.has_value());
  EXPECT_TRUE(r.tags.empty());
  Record empty;
  EXPECT_EQ(Parse("", &empty), 0u);
}

TEST(TextPreambleTest, FieldsAreBoundedWhenTheBodyNeverBreaks) {
  // A flattened body with no paragraph mark after SUBJECT: the subject must
  // not swallow the body, and the preamble ends right after it.
  std::string text = "UNCLAS ROME 000001 SIPDIS E.O. 12958: N/A TAGS: PREL SUBJECT: ";
  while (text.size() < 200000) text += "words and more words without any mark ";
  Record r;
  size_t end = Parse(text, &r, /*flattened=*/true);
  ASSERT_TRUE(r.subject.has_value());
  EXPECT_LE(r.subject->size(), 600u);
  EXPECT_LT(end, 1000u);

  std::string tags = "UNCLAS ROME 000001\nTAGS: ";
  while (tags.size() < 100000) tags += "AB CD EF ";
  Record r2;
  end = Parse(tags, &r2);
  EXPECT_LE(r2.tags.size(), 3u);
  EXPECT_LT(end, 1100u);
}

TEST(TextPreambleTest, ArbitraryBytesDoNotCrash) {
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>((i * 131 + 7) % 256));
  const std::string fragments[] = {"TAGS:", "SUBJECT:", "E.O. 1", "REF:", "Classified By:",
                                   "\xC2\xB6", "1. (", "(", "C O N", "\n", "1.4 (b-"};
  for (const std::string& f : fragments) {
    for (int cut = 0; cut < 40; ++cut) {
      std::string text = junk.substr(0, static_cast<size_t>(cut) * 50) + f;
      for (bool flattened : {false, true}) {
        Record r;
        size_t end = Parse(text, &r, flattened);
        EXPECT_LE(end, text.size());
      }
    }
  }
}

// Flattened preambles (JSON exports without newlines).
TEST(TextPreambleTest, FlattenedSubjectEndsAtAFusedPageMark) {
  const std::string text =
      "S E C R E T SECTION 01 OF 03 RPO LIMA 000012 SIPDIS E.O. 12958: DECL: 10/23/2018 "
      "TAGS: PREL, PE SUBJECT: OFFICIALS OUTLINE THE PLAN, LIMA 00000012 001.2 OF 003CLASSIFIED "
      "BY: Jane Doe, Director. REASON: 1.4 (b), (d)\xC2\xB6" "1. (S) Text of the cable here.";
  Record r;
  Parse(text, &r, true);
  EXPECT_EQ(r.subject, "OFFICIALS OUTLINE THE PLAN,");
  ASSERT_EQ(r.classified_by.size(), 1u);
  EXPECT_EQ(r.classified_by[0].name, "Jane Doe");
  Record fused;
  Parse("CONFIDENTIAL QUITO 000757 SIPDIS E.O. 12958: DECL: 06/15/2019 TAGS: PGOV SUBJECT: "
        "VOTERS DEMAND A RECOUNTQUITO 00000757 001.2 OF 002Classified By: John Roe, reasons "
        "1.4 (b) and (d).\xC2\xB6" "1. (C) Text.",
        &fused, true);
  EXPECT_EQ(fused.subject, "VOTERS DEMAND A RECOUNT");
}

TEST(TextPreambleTest, FlattenedSubjectEndsBeforeProseOrABanner) {
  Record prose;
  Parse("UNCLASSIFIED LIMA 001594 E.O. 12958: N/A TAGS: OPRC KMDR PESUBJECT: PERUVIAN MEDIA "
        "REACTION MONDAY, MARCH 2, 2009  Media Highlights:  The President's Trip; New Case "
        "Against the Mayor; Commentary on the Budget and many other things in the papers",
        &prose, true);
  EXPECT_EQ(prose.subject, "PERUVIAN MEDIA REACTION MONDAY, MARCH 2, 2009");
  Record banner;
  Parse("UNCLAS SECTION 01 OF 02 LIMA 000025 SENSITIVE SIPDIS E.O. 12958: N/A TAGS: ECON "
        "PESUBJECT: YOUNG POLITICIANS RISE  SENSITIVE BUT UNCLASSIFIED.  REFS: A) LIMA 169 "
        "\xC2\xB6" "1.  (SBU) Text.",
        &banner, true);
  EXPECT_EQ(banner.subject, "YOUNG POLITICIANS RISE");
  EXPECT_EQ(banner.raw.ref_block, "REFS: A) LIMA 169");
  Record redacted;
  Parse("SECRET LIMA 000757 TAGS: PGOV SUBJECT: ELECTIONS:  [Source removed] CALLS THE RESULTS "
        "A COUP Classified By: John Roe, reasons 1.4 (b) and (d).\xC2\xB6" "1. (C) Text.",
        &redacted, true);
  EXPECT_EQ(redacted.subject, "ELECTIONS: [Source removed] CALLS THE RESULTS A COUP");
}

TEST(TextPreambleTest, FlattenedRefListAfterTheClassifiedByLine) {
  Record r;
  Parse("SECRET PARIS 000170 NOFORN SIPDIS E.O. 12958: DECL: 02/12/20 TAGS: PREL MOPS FR "
        "NATOSUBJECT:  A MEETING WITH THE MINISTER  Classified By: Jane Doe, ASD/ISA. Reasons "
        "1.4 (b/d).  Ref: USNATO 12  \xC2\xB6" "1. (S/NF) SUMMARY: Text.",
        &r, true);
  EXPECT_EQ(r.raw.ref_block, "Ref: USNATO 12");
  EXPECT_EQ(r.classification_reasons, (Strings{"1.4(b)", "1.4(d)"}));
  Record lettered;
  Parse("CONFIDENTIAL STATE 009124 SIPDIS E.O. 12958: DECL: 12/13/2030 TAGS: PARM IR "
        "SUBJECT: PRESSURE ON THE PROGRAM  Classified by Assistant Secretary John Roe for "
        "Reasons 1.4 (b) and (d).  REF A: STATE 1288  \xC2\xB6" "1.  (U) Text.",
        &lettered, true);
  EXPECT_EQ(lettered.raw.ref_block, "REF A: STATE 1288");
  // Prose after the line is not a REF list.
  Record prose;
  Parse("CONFIDENTIAL STATE 009124 TAGS: PARM SUBJECT: PRESSURE  Classified by John Roe for "
        "Reasons 1.4 (b) and (d).  Reference is made to the talks  \xC2\xB6" "1.  (U) Text.",
        &prose, true);
  EXPECT_EQ(prose.raw.ref_block, "");
}

TEST(TextPreambleTest, FlattenedHeadNotesAndADeclassificationNote) {
  Record r;
  Parse("UNCLASSIFIED LIMA 2481  Original Telegram was Confidential but has since been "
        "de-classified and is now open to the public  ----- ---- Copy from the National "
        "Archives  E.O. 12958: DECL: DECLASSIFIED BY NARA 09/02/2009 TAGS: EFIS PBTS "
        "PESUBJECT:  NATIONAL JURISDICTION OVER THE SEAS  REF: STATE 106 CIRCULAR\n\n1.  PRESS "
        "REPORTS CONFIRM.",
        &r, true);
  EXPECT_EQ(r.executive_order, "12958");
  EXPECT_EQ(r.tags, (Strings{"EFIS", "PBTS", "PE"}));
  EXPECT_EQ(r.subject, "NATIONAL JURISDICTION OVER THE SEAS");
  EXPECT_TRUE(r.classified_by.empty());
}

}  // namespace
}  // namespace cablescope::parse
