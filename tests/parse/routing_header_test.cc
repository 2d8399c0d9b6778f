// Unit tests of the routing header on our own cable-shaped fixtures (invented
// addressees and serials), plus the two seeds when ../shared is present.
#include "parse/routing_header.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "test_support.h"

namespace cablescope::parse {
namespace {

using cablescope::testing::ReadFile;
using cablescope::testing::SharedDir;

Record Parse(std::string_view header) {
  Record r;
  ParseRoutingHeader(header, &r);
  return r;
}

std::string Opt(const OptString& s) { return s ? *s : std::string("<null>"); }

// route|name|precedence|serial, "<null>" for absent fields.
std::string Show(const Recipient& r) {
  std::string out = Opt(r.route) + "|" + r.name + "|" + Opt(r.precedence) + "|" + Opt(r.serial);
  for (const std::string& e : r.excluded) out += "|-" + e;
  return out;
}

std::vector<std::string> Show(const std::vector<Recipient>& list) {
  std::vector<std::string> out;
  for (const Recipient& r : list) out.push_back(Show(r));
  return out;
}

// An invented clean header in the 2000s VZCZC shape.
constexpr std::string_view kCleanHeader =
    "VZCZCXRO4411\n"
    "PP RUEHAB RUEHCD RUEHQQX\n"
    "RUEHZZ\n"
    "DE RUEHXY #0456/01 0451230\n"
    "ZNY SSSSS ZZH\n"
    "P 141230Z FEB 08\n"
    "FM AMEMBASSY PORT LOUIS\n"
    "TO RUEHC/SECSTATE WASHDC PRIORITY 4567\n"
    "INFO RUCNXYZ/INDIAN OCEAN COLLECTIVE PRIORITY\n"
    "RUEHAB/AMEMBASSY ANTANANARIVO PRIORITY 0012\n"
    "RUEHKT/AMEMBASSY KATHMANDU 0398\n"
    "RHEHNSC/NSC WASHDC\n"
    "RUEKJCS/SECDEF WASHDC//USDP:ISA//\n";

TEST(DtgToIsoTest, ReadsTheForms) {
  EXPECT_EQ(DtgToIso("130023Z JUN 09"), "2009-06-13T00:23Z");
  EXPECT_EQ(DtgToIso("  281848Z DEC 66"), "1966-12-28T18:48Z");
  EXPECT_EQ(DtgToIso("221828 Z MAY 73"), "1973-05-22T18:28Z");  // PlusD spacing
  EXPECT_EQ(DtgToIso("291359Z Nov 00"), "2000-11-29T13:59Z");   // partial extracts
  EXPECT_EQ(DtgToIso("010000Z JAN 2010"), "2010-01-01T00:00Z");
  EXPECT_EQ(DtgToIso("021246Z JUN 06FM AMEMBASSY"), "2006-06-02T12:46Z");  // glued
  EXPECT_EQ(DtgToIso("151200Z SEPT 88"), "1988-09-15T12:00Z");
  EXPECT_EQ(DtgToIso("010000Z JAN 49"), "2049-01-01T00:00Z");
  EXPECT_EQ(DtgToIso("010000Z JAN 50"), "1950-01-01T00:00Z");
  EXPECT_EQ(DtgToIso("290000Z FEB 08"), "2008-02-29T00:00Z");
}

TEST(DtgToIsoTest, RejectsWhatIsNotADtg) {
  EXPECT_EQ(DtgToIso(""), "");
  EXPECT_EQ(DtgToIso("130023Z"), "");
  EXPECT_EQ(DtgToIso("320023Z JUN 09"), "");  // day 32
  EXPECT_EQ(DtgToIso("300000Z FEB 09"), "");  // no 30 February
  EXPECT_EQ(DtgToIso("132400Z JUN 09"), "");  // hour 24
  EXPECT_EQ(DtgToIso("130060Z JUN 09"), "");
  EXPECT_EQ(DtgToIso("130023Z JUX 09"), "");
  EXPECT_EQ(DtgToIso("1130023Z JUN 09"), "");  // seven digits: a DE filing time
  EXPECT_EQ(DtgToIso("130023Z JUN 091"), "");
  EXPECT_EQ(DtgToIso("O 130023Z JUN 09"), "");  // the prosign is not part of it
}

TEST(RoutingHeaderTest, CleanVzczcHeader) {
  Record r = Parse(kCleanHeader);
  EXPECT_EQ(Opt(r.transmission_id), "VZCZCXRO4411");
  EXPECT_EQ(r.relay, (std::vector<std::string>{"RUEHAB", "RUEHCD", "RUEHQQX", "RUEHZZ"}));
  ASSERT_TRUE(r.station);
  EXPECT_EQ(r.station->route, "RUEHXY");
  EXPECT_EQ(r.station->serial, "0456");  // section /01 dropped
  EXPECT_EQ(r.station->filed, "0451230");
  EXPECT_EQ(Opt(r.classification), "SECRET");
  EXPECT_EQ(Opt(r.precedence), "PRIORITY");
  EXPECT_EQ(Opt(r.dtg), "2008-02-14T12:30Z");
  EXPECT_EQ(r.raw.year, 2008);
  EXPECT_EQ(Opt(r.from), "AMEMBASSY PORT LOUIS");
  EXPECT_EQ(Show(r.to), (std::vector<std::string>{"RUEHC|SECSTATE WASHDC|PRIORITY|4567"}));
  EXPECT_EQ(Show(r.info), (std::vector<std::string>{
                              "RUCNXYZ|INDIAN OCEAN COLLECTIVE|PRIORITY|<null>",
                              "RUEHAB|AMEMBASSY ANTANANARIVO|PRIORITY|0012",
                              "RUEHKT|AMEMBASSY KATHMANDU|<null>|0398",
                              "RHEHNSC|NSC WASHDC|<null>|<null>",
                              "RUEKJCS|SECDEF WASHDC//USDP:ISA//|<null>|<null>",
                          }));
}

TEST(RoutingHeaderTest, KeepsWhatTheRecordAlreadyHas) {
  Record r;
  r.classification = "SECRET//NOFORN";
  r.dtg = "2001-01-01T00:00Z";
  ParseRoutingHeader(kCleanHeader, &r);
  EXPECT_EQ(Opt(r.classification), "SECRET//NOFORN");
  EXPECT_EQ(Opt(r.dtg), "2001-01-01T00:00Z");
  EXPECT_EQ(Opt(r.from), "AMEMBASSY PORT LOUIS");
}

TEST(RoutingHeaderTest, TrailingSpacesCrlfAndLeadingBlankLines) {
  std::string header = "\r\n\n";
  for (char c : kCleanHeader) {
    if (c == '\n') header += "  \r\n";
    else header += c;
  }
  Record clean = Parse(kCleanHeader);
  Record r = Parse(header);
  EXPECT_EQ(Opt(r.transmission_id), Opt(clean.transmission_id));
  EXPECT_EQ(r.relay, clean.relay);
  EXPECT_EQ(Opt(r.from), Opt(clean.from));
  EXPECT_EQ(Show(r.to), Show(clean.to));
  EXPECT_EQ(Show(r.info), Show(clean.info));
}

TEST(RoutingHeaderTest, HeaderWithoutRoutingIndicators) {
  // cables.csv / WikiLeaks 1980s shape: TO continues until INFO.
  Record r = Parse(
      "O 210923Z DEC 88\n"
      "FM AMCONSUL CHENGDU\n"
      "TO SECSTATE WASHDC IMMEDIATE 1439\n"
      "AMEMBASSY BEIJING IMMEDIATE\n"
      "EC COLLECTIVE\n"
      "INFO AMCONSUL HONG KONG PRIORITY\n"
      "USCINCPAC HONOLULU HI//J5//\n"
      "USIA WASHDC 8090\n");
  EXPECT_EQ(Opt(r.precedence), "IMMEDIATE");
  EXPECT_EQ(Opt(r.dtg), "1988-12-21T09:23Z");
  EXPECT_FALSE(r.transmission_id);
  EXPECT_FALSE(r.station);
  EXPECT_EQ(Opt(r.from), "AMCONSUL CHENGDU");
  EXPECT_EQ(Show(r.to), (std::vector<std::string>{"<null>|SECSTATE WASHDC|IMMEDIATE|1439",
                                                  "<null>|AMEMBASSY BEIJING|IMMEDIATE|<null>",
                                                  "<null>|EC COLLECTIVE|<null>|<null>"}));
  EXPECT_EQ(Show(r.info),
            (std::vector<std::string>{"<null>|AMCONSUL HONG KONG|PRIORITY|<null>",
                                      "<null>|USCINCPAC HONOLULU HI//J5//|<null>|<null>",
                                      "<null>|USIA WASHDC|<null>|8090"}));
}

TEST(RoutingHeaderTest, ActionAndInfoPrecedencesTakeTheFirst) {
  EXPECT_EQ(Opt(Parse("P R 281848Z DEC 66\nFM AMEMBASSY X\nTO SECSTATE WASHDC\n").precedence),
            "PRIORITY");
  EXPECT_EQ(Opt(Parse("O P 072258Z FEB 85\n").precedence), "IMMEDIATE");
  EXPECT_EQ(Opt(Parse("Z 020934Z AUG 90 ZFF4\n").precedence), "FLASH");
  EXPECT_EQ(Opt(Parse("0 241208Z OCT 79\n").precedence), "IMMEDIATE");  // OCR'd O
  EXPECT_EQ(Opt(Parse("R 181313Z JUN 09 ZDK MANY SVCS\n").precedence), "ROUTINE");
}

TEST(RoutingHeaderTest, NiactOnTheActionAddresseeMakesTheMessageNiact) {
  Record r = Parse(
      "O 051200Z MAR 91\n"
      "FM AMEMBASSY VALLETTA\n"
      "TO SECSTATE WASHDC NIACT IMMEDIATE 2224\n"
      "INFO ZEN/AMEMBASSY ROME IMMEDIATE 0101-0104\n");
  EXPECT_EQ(Opt(r.precedence), "NIACT IMMEDIATE");
  EXPECT_EQ(Show(r.to), (std::vector<std::string>{"<null>|SECSTATE WASHDC|NIACT IMMEDIATE|2224"}));
  EXPECT_EQ(Show(r.info), (std::vector<std::string>{"ZEN|AMEMBASSY ROME|IMMEDIATE|0101-0104"}));
}

TEST(RoutingHeaderTest, XmtExcludesFromThePrecedingCollective) {
  // The collective is the TO addressee; an INFO line comes between.
  Record r = Parse(
      "P 031812Z NOV 08\n"
      "FM SECSTATE WASHDC\n"
      "TO SECURITY OFFICER COLLECTIVE PRIORITY\n"
      "AMEMBASSY VADUZ PRIORITY\n"
      "INFO AMCONSUL FLORENCE PRIORITY\n"
      "XMT AMCONSUL NAPLES\n"
      "AMCONSUL NAPLES\n"
      "AMCONSUL MILAN\n");
  ASSERT_EQ(r.to.size(), 2u);
  EXPECT_EQ(r.to[0].excluded, (std::vector<std::string>{"AMCONSUL NAPLES", "AMCONSUL MILAN"}));
  EXPECT_TRUE(r.to[1].excluded.empty());
  ASSERT_EQ(r.info.size(), 1u);
  EXPECT_TRUE(r.info[0].excluded.empty());
}

TEST(RoutingHeaderTest, XmtAfterRoutedCollectiveInInfo) {
  Record r = Parse(
      "R 091233Z FEB 10\nFM AMEMBASSY LJUBLJANA\nTO RUEHC/SECSTATE WASHDC 1374\n"
      "INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE\nRHEHNSC/NSC WASHDC\n"
      "XMT AMCONSUL STRASBOURG\n");
  ASSERT_EQ(r.info.size(), 2u);
  EXPECT_EQ(r.info[0].excluded, (std::vector<std::string>{"AMCONSUL STRASBOURG"}));
}

TEST(RoutingHeaderTest, PlusdPrintHeaderIgnoresOfficeCodes) {
  constexpr std::string_view kPlusd =
      "LIMITED OFFICIAL USE\n"
      "\n"
      "PAGE 01  VALLETTA 01234  171944Z\n"
      "\n"
      "11\n"
      "ACTION EUR-25\n"
      "\n"
      "INFO  OCT-01  EA-11  ISO-00  CIAE-00\n"
      "\n"
      "LAB-06  NSAE-00  RSC-01\n"
      "\n"
      "/096 W\n"
      "---------------------     064536\n"
      "R 171600Z MAY 74\n"
      "FM AMEMBASSY VALLETTA\n"
      "TO SECSTATE WASHDC 3410\n"
      "INFO AMEMBASSY LONDON\n"
      "AMEMBASSY TUNIS\n"
      "\n"
      "\n"
      "LIMITED OFFICIAL USE VALLETTA 1234\n"
      "\n"
      "E.O. 11652: N/A\n";
  size_t len = RoutingHeaderLength(kPlusd);
  ASSERT_GT(len, 0u);
  EXPECT_EQ(kPlusd.substr(len, 32), "LIMITED OFFICIAL USE VALLETTA 12");
  Record r = Parse(kPlusd.substr(0, len));
  EXPECT_EQ(Opt(r.dtg), "1974-05-17T16:00Z");
  EXPECT_EQ(Opt(r.precedence), "ROUTINE");
  EXPECT_EQ(Opt(r.from), "AMEMBASSY VALLETTA");
  EXPECT_EQ(Show(r.to), (std::vector<std::string>{"<null>|SECSTATE WASHDC|<null>|3410"}));
  EXPECT_EQ(Show(r.info), (std::vector<std::string>{"<null>|AMEMBASSY LONDON|<null>|<null>",
                                                    "<null>|AMEMBASSY TUNIS|<null>|<null>"}));
}

TEST(RoutingHeaderTest, StatePrintHeaderWithDraftersAndPageBreak) {
  // Drafting lines precede the DTG; a second page splits the address list.
  Record r = Parse(
      "UNCLASSIFIED     PTQ1111\n\nSIPDIS\n\nPAGE 01        STATE   123456  010044Z\n"
      "ORIGIN ALS-01\n\nINFO  LOG-00   AF-00    /001W\n"
      "DRAFTED BY: A/OPR:JDOE -- 11/30/00 X31121\nAPPROVED BY: A:RROE\n"
      "DESIRED DISTRIBUTION:\nAF/EX, WHA/EX\n"
      "                  ------------------A612B7  010046Z /38\n"
      "P 010042Z DEC 00\nFM SECSTATE WASHDC\nTO ALL DIPLOMATIC AND CONSULAR POSTS PRIORITY\n"
      "INFO NAVSTA ROTA SP//HRO//\nUNCLASSIFIED\n\nPAGE 02        STATE   123456  010044Z\n"
      "RRF CROUGHTON 0000\n");
  EXPECT_EQ(Opt(r.dtg), "2000-12-01T00:42Z");
  EXPECT_EQ(Show(r.to),
            (std::vector<std::string>{"<null>|ALL DIPLOMATIC AND CONSULAR POSTS|PRIORITY|<null>"}));
  EXPECT_EQ(Show(r.info), (std::vector<std::string>{"<null>|NAVSTA ROTA SP//HRO//|<null>|<null>",
                                                    "<null>|RRF CROUGHTON|<null>|0000"}));
}

TEST(RoutingHeaderTest, PartialExtractGivesOnlyTheDtg) {
  Record r = Parse(
      "This record is a partial extract of the original cable. The full text of the original "
      "cable is not available.\n\n201247Z Jan 04\n");
  EXPECT_EQ(Opt(r.dtg), "2004-01-20T12:47Z");
  EXPECT_FALSE(r.precedence);
  EXPECT_FALSE(r.from);
  EXPECT_TRUE(r.to.empty());
}

TEST(RoutingHeaderTest, NoiseBeforeTheHeaderIsIgnored) {
  // An e-mail printout wrapped around a header (a WikiLeaks 2003 page).
  Record r = Parse(
      "To:       No Action Addressee\nFrom:     AMEMBASSY NOWHERE\n"
      "CXABU:\n    ACTION: POL\n    INFO:   AMB DCM\n"
      "VZCZCADI319\nOO RUEHC RUEHAM\nRUEAIIA\nDE RUEHAD #2641 1541250\nZNY CCCCC ZZH\n"
      "O 031250Z JUN 03\nFM AMEMBASSY ABU DHABI\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 0227\n");
  EXPECT_EQ(Opt(r.transmission_id), "VZCZCADI319");
  EXPECT_EQ(r.relay, (std::vector<std::string>{"RUEHC", "RUEHAM", "RUEAIIA"}));
  EXPECT_EQ(Opt(r.from), "AMEMBASSY ABU DHABI");
  EXPECT_EQ(r.to.size(), 1u);
  EXPECT_TRUE(r.info.empty());
}

TEST(RoutingHeaderLengthTest, TelegramWithHeaderAndText) {
  std::string telegram = "\n\n" + std::string(kCleanHeader) +
                         "\nS E C R E T PORT LOUIS 000456\n\nSIPDIS\n\n"
                         "E.O. 12958: DECL: 02/14/2018\n";
  size_t len = RoutingHeaderLength(telegram);
  EXPECT_EQ(telegram.substr(len, 13), "S E C R E T P");
  // With CRLF line ends and the text right after the last addressee.
  std::string crlf;
  for (char c : std::string(kCleanHeader) + "SECRET SECTION 01 OF 02 PORT LOUIS 000456\n") {
    if (c == '\n') crlf += "\r";
    crlf += c;
  }
  len = RoutingHeaderLength(crlf);
  EXPECT_EQ(crlf.substr(len, 14), "SECRET SECTION");
}

TEST(RoutingHeaderLengthTest, EndsAtBtOrTheFirstTextLine) {
  std::string bt = "R 130458Z AUG 79\nFM AMEMBASSY X\nTO SECSTATE WASHDC 3182\nBT\nUNCLAS X 1\n";
  EXPECT_EQ(bt.substr(RoutingHeaderLength(bt)), "UNCLAS X 1\n");
  std::string subject = "R 130458Z AUG 79\nFM AMEMBASSY X\nTO SECSTATE WASHDC 3182\n\nSUBJECT: Y\n";
  EXPECT_EQ(subject.substr(RoutingHeaderLength(subject)), "SUBJECT: Y\n");
  std::string only = "R 130458Z AUG 79\nFM AMEMBASSY X\nTO SECSTATE WASHDC 3182\n";
  EXPECT_EQ(RoutingHeaderLength(only), only.size());
}

TEST(RoutingHeaderLengthTest, ZeroWithoutAHeader) {
  EXPECT_EQ(RoutingHeaderLength(""), 0u);
  EXPECT_EQ(RoutingHeaderLength("\n\n  \n"), 0u);
  EXPECT_EQ(RoutingHeaderLength("C O N F I D E N T I A L USUN NEW YORK 000589\n\nSIPDIS\n"), 0u);
  EXPECT_EQ(RoutingHeaderLength("CONFIDENTIAL\n\nE.O. 12958: DECL: 1/1/19\n"), 0u);
  EXPECT_EQ(RoutingHeaderLength("Dear reader, VZCZC is a prosign.\n"), 0u);
  EXPECT_EQ(RoutingHeaderLength("ORDER 130023Z JUN 09\n"), 0u);
}

TEST(RoutingHeaderTest, FlattenedEqualsClean) {
  std::string flat;
  for (char c : kCleanHeader) {
    if (c != '\n') flat += c;
  }
  Record clean = Parse(kCleanHeader);
  Record r = Parse(flat);
  EXPECT_EQ(Opt(r.transmission_id), Opt(clean.transmission_id));
  EXPECT_EQ(r.relay, clean.relay);
  ASSERT_TRUE(r.station);
  EXPECT_EQ(r.station->route, clean.station->route);
  EXPECT_EQ(r.station->serial, clean.station->serial);
  EXPECT_EQ(r.station->filed, clean.station->filed);
  EXPECT_EQ(Opt(r.classification), Opt(clean.classification));
  EXPECT_EQ(Opt(r.precedence), Opt(clean.precedence));
  EXPECT_EQ(Opt(r.dtg), Opt(clean.dtg));
  EXPECT_EQ(Opt(r.from), Opt(clean.from));
  EXPECT_EQ(Show(r.to), Show(clean.to));
  EXPECT_EQ(Show(r.info), Show(clean.info));
}

// The header of 06ISLAMABAD10261 as the press reprint (seed 003) carries it.
constexpr std::string_view kIslamabadFlat =
    "VZCZCXRO6094PP RUEHDBU RUEHLH RUEHPWDE RUEHIL #0261 1531246ZNY CCCCC ZZHP 021246Z JUN 06FM "
    "AMEMBASSY ISLAMABADTO RUEHC/SECSTATE WASHDC PRIORITY 0369INFO RUEHTA/AMEMBASSY ALMATY "
    "PRIORITY 9470RUEHAK/AMEMBASSY ANKARA PRIORITY 3287RUEHAH/AMEMBASSY ASHGABAT PRIORITY "
    "0653RUEHEK/AMEMBASSY BISHKEK PRIORITY 3662RUEHLM/AMEMBASSY COLOMBO PRIORITY "
    "0777RUEHKA/AMEMBASSY DHAKA PRIORITY 1517RUEHDBU/AMEMBASSY DUSHANBE PRIORITYRUEHBUL/AMEMBASSY "
    "KABUL PRIORITY 5470RUEHKT/AMEMBASSY KATHMANDU PRIORITY 6576RUEHNE/AMEMBASSY NEW DELHI "
    "PRIORITY 8553RUEHNT/AMEMBASSY TASHKENT PRIORITY 1321RUEHKP/AMCONSUL KARACHI PRIORITY "
    "1265RUEHLH/AMCONSUL LAHORE PRIORITY 8925RUEHPW/AMCONSUL PESHAWAR PRIORITY "
    "6776RUEKJCS/JOINT STAFF WASHINGTON DC PRIORITYRHEHNSC/NSC WASHDC PRIORITYRUEKJCS/SECDEF "
    "WASHINGTON DC PRIORITYRHWSMRC/USCINCCENT MACDILL AFB FL PRIORITY";

void ExpectIslamabad(const Record& r) {
  EXPECT_EQ(Opt(r.transmission_id), "VZCZCXRO6094");
  EXPECT_EQ(r.relay, (std::vector<std::string>{"RUEHDBU", "RUEHLH", "RUEHPW"}));
  ASSERT_TRUE(r.station);
  EXPECT_EQ(r.station->route, "RUEHIL");
  EXPECT_EQ(r.station->serial, "0261");
  EXPECT_EQ(r.station->filed, "1531246");
  EXPECT_EQ(Opt(r.dtg), "2006-06-02T12:46Z");
  EXPECT_EQ(Opt(r.precedence), "PRIORITY");
  EXPECT_EQ(Opt(r.from), "AMEMBASSY ISLAMABAD");
  EXPECT_EQ(Show(r.to), (std::vector<std::string>{"RUEHC|SECSTATE WASHDC|PRIORITY|0369"}));
  ASSERT_EQ(r.info.size(), 18u);
  EXPECT_EQ(Show(r.info[0]), "RUEHTA|AMEMBASSY ALMATY|PRIORITY|9470");
  EXPECT_EQ(Show(r.info[6]), "RUEHDBU|AMEMBASSY DUSHANBE|PRIORITY|<null>");
  EXPECT_EQ(Show(r.info[7]), "RUEHBUL|AMEMBASSY KABUL|PRIORITY|5470");
  EXPECT_EQ(Show(r.info[8]), "RUEHKT|AMEMBASSY KATHMANDU|PRIORITY|6576");
  EXPECT_EQ(Show(r.info[9]), "RUEHNE|AMEMBASSY NEW DELHI|PRIORITY|8553");
  EXPECT_EQ(Show(r.info[14]), "RUEKJCS|JOINT STAFF WASHINGTON DC|PRIORITY|<null>");
  EXPECT_EQ(Show(r.info[17]), "RHWSMRC|USCINCCENT MACDILL AFB FL|PRIORITY|<null>");
}

TEST(RoutingHeaderTest, FlattenedPressReprintOfIslamabad10261) {
  Record r = Parse(kIslamabadFlat);
  ExpectIslamabad(r);
  EXPECT_EQ(Opt(r.classification), "CONFIDENTIAL");
}

TEST(RoutingHeaderTest, FlattenedGluedRoutesAfterNamesAndCollectives) {
  // JSON export shapes: a routing indicator glued to a name's last word
  // (`GERUEHAK/`, `TURUEUITH/`, `DCRHEHNSC/`) or to COLLECTIVE.
  Record r = Parse(
      "VZCZCXRO9827PP RUEHDBU RUEHFLDE RUEHAK #1091/01 1291142ZNY CCCCC ZZHP 091142Z MAY 07FM "
      "AMCONSUL TORONTOTO RUEHC/SECSTATE WASHDC PRIORITY 2012INFO RUEHZL/EUROPEAN POLITICAL "
      "COLLECTIVERUCNFRG/FRG COLLECTIVERHMFISS/HQ USEUCOM VAIHINGEN GERUEHAK/USDAO ANKARA "
      "TURUEUITH/TLO ANKARA TURUEKJCS/JOINT STAFF WASHDC//J-3/J-5//RHMFISS/425ABS IZMIR "
      "TU//CC//RHEHAAA/NSC WASHDCRUEAIIA/CIA WASHDC");
  EXPECT_EQ(r.relay, (std::vector<std::string>{"RUEHDBU", "RUEHFL"}));
  EXPECT_EQ(Opt(r.from), "AMCONSUL TORONTO");
  EXPECT_EQ(Show(r.to), (std::vector<std::string>{"RUEHC|SECSTATE WASHDC|PRIORITY|2012"}));
  EXPECT_EQ(Show(r.info), (std::vector<std::string>{
                              "RUEHZL|EUROPEAN POLITICAL COLLECTIVE|<null>|<null>",
                              "RUCNFRG|FRG COLLECTIVE|<null>|<null>",
                              "RHMFISS|HQ USEUCOM VAIHINGEN GE|<null>|<null>",
                              "RUEHAK|USDAO ANKARA TU|<null>|<null>",
                              "RUEUITH|TLO ANKARA TU|<null>|<null>",
                              "RUEKJCS|JOINT STAFF WASHDC//J-3/J-5//|<null>|<null>",
                              "RHMFISS|425ABS IZMIR TU//CC//|<null>|<null>",
                              "RHEHAAA|NSC WASHDC|<null>|<null>",
                              "RUEAIIA|CIA WASHDC|<null>|<null>",
                          }));
}

TEST(RoutingHeaderTest, FlattenedWithoutRoutingIndicators) {
  Record r = Parse(
      "O 221014Z MAR 09FM AMEMBASSY MUSCATTO NSC WASHDC IMMEDIATESECSTATE WASHDC IMMEDIATE "
      "0402INFO ARAB ISRAELI COLLECTIVE IMMEDIATEAMEMBASSY ABU DHABI IMMEDIATE AMEMBASSY DOHA "
      "1234AMCONSUL DUBAI IMMEDIATE");
  EXPECT_EQ(Opt(r.dtg), "2009-03-22T10:14Z");
  EXPECT_EQ(Opt(r.from), "AMEMBASSY MUSCAT");
  EXPECT_EQ(Show(r.to), (std::vector<std::string>{"<null>|NSC WASHDC|IMMEDIATE|<null>",
                                                  "<null>|SECSTATE WASHDC|IMMEDIATE|0402"}));
  EXPECT_EQ(Show(r.info), (std::vector<std::string>{
                              "<null>|ARAB ISRAELI COLLECTIVE|IMMEDIATE|<null>",
                              "<null>|AMEMBASSY ABU DHABI|IMMEDIATE|<null>",
                              "<null>|AMEMBASSY DOHA|<null>|1234",
                              "<null>|AMCONSUL DUBAI|IMMEDIATE|<null>",
                          }));
}

TEST(RoutingHeaderTest, FlattenedStatePrintWithPageBreakAndGluedEndings) {
  // JSON export of a State print: office codes, then a page line inside INFO;
  // route-less names glued at their last word (`WASHDCDIA`, `DCJOINT`, `FLNSC`).
  Record r = Parse(
      "INFO  LOG-00   EEB-00   AF-00      /001R  R 161417Z APR 09FM SECSTATE WASHDCTO "
      "AMEMBASSY BAMAKO AMEMBASSY BANJUL INFO PAGE 02        STATE   037566  161435Z NSC "
      "WASHDCDIA WASHINGTON DCJOINT STAFF WASHINGTON DC//J-5//CDR USCENTCOM MACDILL AFB FLNSC "
      "WASHDC 0000AMEMBASSY LONDON");
  EXPECT_EQ(Opt(r.dtg), "2009-04-16T14:17Z");
  EXPECT_EQ(Opt(r.precedence), "ROUTINE");
  EXPECT_EQ(Show(r.to), (std::vector<std::string>{"<null>|AMEMBASSY BAMAKO|<null>|<null>",
                                                  "<null>|AMEMBASSY BANJUL|<null>|<null>"}));
  EXPECT_EQ(Show(r.info), (std::vector<std::string>{
                              "<null>|NSC WASHDC|<null>|<null>",
                              "<null>|DIA WASHINGTON DC|<null>|<null>",
                              "<null>|JOINT STAFF WASHINGTON DC//J-5//CDR USCENTCOM MACDILL AFB "
                              "FL|<null>|<null>",
                              "<null>|NSC WASHDC|<null>|0000",
                              "<null>|AMEMBASSY LONDON|<null>|<null>",
                          }));
}

TEST(RoutingHeaderTest, FlattenedOfficePathsAreNotRoutes) {
  // `EURNATO//` ends an office path; `RHRMAKS/` is a whole route, not RH + RMAKS.
  Record r = Parse(
      "VZCZCXRO0001RR RUEHSLDE RUEHFR #0170/01 0431349ZNY SSSSS ZZHR 121349Z FEB 10 ZDKFM "
      "AMEMBASSY PARISTO RUEHC/SECSTATE WASHDC 8302INFO RUEKJCS/SECDEF WASHINGTON "
      "DC//USDP/ISA/ISA-EURNATO//RUEHMO/AMEMBASSY MOSCOW 6557RHRMAKS/COMUSNAVCENT  "
      "IMMEDIATERBDHDZA/COMUSNAVCENTRHMFISS/HQ USCENTCOM MACDILL AFB FL");
  EXPECT_EQ(Opt(r.from), "AMEMBASSY PARIS");
  EXPECT_EQ(Show(r.info), (std::vector<std::string>{
                              "RUEKJCS|SECDEF WASHINGTON DC//USDP/ISA/ISA-EURNATO//|<null>|"
                              "<null>",
                              "RUEHMO|AMEMBASSY MOSCOW|<null>|6557",
                              "RHRMAKS|COMUSNAVCENT|IMMEDIATE|<null>",
                              "RBDHDZA|COMUSNAVCENT|<null>|<null>",
                              "RHMFISS|HQ USCENTCOM MACDILL AFB FL|<null>|<null>",
                          }));
}

TEST(RoutingHeaderTest, SourceTyposInKeywords) {
  // `INFO/RUEHSA/...` (a slash after INFO) and a TO keyword lost after FM.
  Record r = Parse(
      "R 131626Z FEB 90\nFM AMEMBASSY MINSK\nAMEMBASSY VILNIUS PRIORITY\nSECSTATE WASHDC 6874\n"
      "INFO/RUEHSA/AMEMBASSY PRETORIA 1186\nAMCONSUL DURBAN\n");
  EXPECT_EQ(Show(r.to), (std::vector<std::string>{"<null>|AMEMBASSY VILNIUS|PRIORITY|<null>",
                                                  "<null>|SECSTATE WASHDC|<null>|6874"}));
  EXPECT_EQ(Show(r.info), (std::vector<std::string>{"RUEHSA|AMEMBASSY PRETORIA|<null>|1186",
                                                    "<null>|AMCONSUL DURBAN|<null>|<null>"}));
}

TEST(RoutingHeaderTest, ArbitraryBytesNeverCrash) {
  // A cheap stand-in for the fuzzer: prefixes and mutations of real shapes.
  std::string base = std::string(kIslamabadFlat) + "\n" + std::string(kCleanHeader);
  for (size_t cut = 0; cut < base.size(); cut += 7) {
    Record r;
    ParseRoutingHeader(std::string_view(base).substr(0, cut), &r);
    (void)RoutingHeaderLength(std::string_view(base).substr(cut));
  }
  std::string noise;
  uint32_t x = 12345;
  for (int i = 0; i < 20000; ++i) {
    x = x * 1103515245u + 12345u;
    static constexpr char kAlphabet[] = "VZCDE #/0123456789RUEHTOINFOXMTPZ \n\r\xEF\xBB\xBFJUN";
    noise += kAlphabet[(x >> 16) % (sizeof(kAlphabet) - 1)];
  }
  Record r;
  ParseRoutingHeader(noise, &r);
  (void)RoutingHeaderLength(noise);
  SUCCEED();
}

TEST(RoutingHeaderSeedTest, Seed000CleanHeader) {
  REQUIRE_SHARED();
  std::string text;
  for (const auto& entry : std::filesystem::directory_iterator(SharedDir() / "seeds")) {
    if (entry.path().filename().string().rfind("000_", 0) == 0) text = ReadFile(entry.path());
  }
  ASSERT_FALSE(text.empty());
  size_t len = RoutingHeaderLength(text);
  ASSERT_GT(len, 0u);
  EXPECT_EQ(text.substr(len, 25), "C O N F I D E N T I A L U");
  Record r = Parse(std::string_view(text).substr(0, len));
  EXPECT_EQ(Opt(r.transmission_id), "VZCZCXRO7935");
  EXPECT_EQ(r.relay,
            (std::vector<std::string>{"RUEHBC", "RUEHDE", "RUEHDIR", "RUEHKUK", "RUEHTRO"}));
  ASSERT_TRUE(r.station);
  EXPECT_EQ(r.station->route, "RUCNDT");
  EXPECT_EQ(r.station->serial, "0589");
  EXPECT_EQ(r.station->filed, "1640023");
  EXPECT_EQ(Opt(r.dtg), "2009-06-13T00:23Z");
  EXPECT_EQ(Opt(r.precedence), "IMMEDIATE");
  EXPECT_EQ(Opt(r.classification), "CONFIDENTIAL");
  EXPECT_EQ(Opt(r.from), "USMISSION USUN NEW YORK");
  EXPECT_EQ(Show(r.to), (std::vector<std::string>{"RUEHC|SECSTATE WASHDC|IMMEDIATE|6721"}));
  EXPECT_EQ(Show(r.info), (std::vector<std::string>{
                              "RUCNIRA|IRAN COLLECTIVE|IMMEDIATE|<null>",
                              "RUEHGG|UN SECURITY COUNCIL COLLECTIVE|IMMEDIATE|<null>",
                              "RUEHBUL|AMEMBASSY KABUL|IMMEDIATE|0280",
                              "RUEHDE|AMCONSUL DUBAI|IMMEDIATE|0033",
                          }));
}

TEST(RoutingHeaderSeedTest, Seed003FlattenedHeader) {
  REQUIRE_SHARED();
  std::string text;
  for (const auto& entry : std::filesystem::directory_iterator(SharedDir() / "seeds")) {
    if (entry.path().filename().string().rfind("003_", 0) == 0) text = ReadFile(entry.path());
  }
  size_t b = text.find("\"VZCZC");
  ASSERT_NE(b, std::string::npos);
  size_t e = text.find('"', b + 1);
  ASSERT_NE(e, std::string::npos);
  std::string_view header = std::string_view(text).substr(b + 1, e - b - 1);
  EXPECT_EQ(header, kIslamabadFlat);
  ExpectIslamabad(Parse(header));
}

}  // namespace
}  // namespace cablescope::parse
