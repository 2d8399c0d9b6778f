// ExtractPeople: titles and their forms, UPPER CASE telegram text, the
// in-cable join of a bare surname to the fullest name, exact spans, and
// names from the Classified By line, signers and person tags.
#include "link/people.h"

#include <gtest/gtest.h>

#include <string>

namespace cablescope::link {
namespace {

Record WithBody(std::string body) {
  Record r;
  r.body = std::move(body);
  return r;
}

const PersonMention* Find(const std::vector<PersonMention>& people, const std::string& name) {
  for (const auto& p : people) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

bool HasTitle(const PersonMention& p, const std::string& title) {
  for (const auto& t : p.titles) {
    if (t == title) return true;
  }
  return false;
}

// Every body span is the text it says, at the offsets it says.
void ExpectSpansExact(const Record& r, const std::vector<PersonMention>& people) {
  for (const auto& p : people) {
    for (const auto& s : p.spans) {
      if (s.field != "body") continue;
      ASSERT_LE(s.end, r.body->size());
      EXPECT_EQ(r.body->substr(s.start, s.end - s.start), s.text) << p.name;
    }
  }
}

std::string Names(const std::vector<PersonMention>& people) {
  std::string out;
  for (const auto& p : people) out += p.name + "; ";
  return out;
}

TEST(PeopleTest, TitlesInMixedCase) {
  Record r = WithBody(
      "1. (C) Ambassador Rice and Special Advisor for the Gulf and Southwest Asia Ambassador "
      "Dennis Ross on June 9 met with UN Secretary-General Ban Ki-moon. Ban said he has plans to "
      "send UN Undersecretary-General Lynn Pascoe to Iran. He intervened with Iranian Foreign "
      "Minister Mottaki. The SYG said the Iranians asked him to change Javier Solana.");
  r.classified_by.push_back(Person{"Susan E. Rice", std::string("Ambassador")});
  auto people = ExtractPeople(r);
  ExpectSpansExact(r, people);
  const PersonMention* rice = Find(people, "Susan E. Rice");
  ASSERT_NE(rice, nullptr) << Names(people);
  EXPECT_TRUE(HasTitle(*rice, "Ambassador"));
  ASSERT_EQ(rice->spans.size(), 2u);  // Classified By + "Ambassador Rice"
  EXPECT_EQ(rice->spans[0].field, "classified_by");
  EXPECT_EQ(rice->spans[1].text, "Ambassador Rice");
  const PersonMention* ross = Find(people, "Dennis Ross");
  ASSERT_NE(ross, nullptr) << Names(people);
  EXPECT_TRUE(HasTitle(*ross, "Special Advisor"));
  EXPECT_TRUE(HasTitle(*ross, "Ambassador"));
  const PersonMention* ban = Find(people, "Ban Ki-moon");
  ASSERT_NE(ban, nullptr) << Names(people);
  EXPECT_TRUE(HasTitle(*ban, "Secretary-General"));
  EXPECT_EQ(ban->spans.size(), 2u);  // "Ban said" joins
  const PersonMention* pascoe = Find(people, "Lynn Pascoe");
  ASSERT_NE(pascoe, nullptr) << Names(people);
  EXPECT_TRUE(HasTitle(*pascoe, "Under-Secretary-General"));
  const PersonMention* mottaki = Find(people, "Mottaki");
  ASSERT_NE(mottaki, nullptr) << Names(people);
  EXPECT_TRUE(HasTitle(*mottaki, "Foreign Minister"));
  EXPECT_NE(Find(people, "Javier Solana"), nullptr) << Names(people);
  EXPECT_EQ(people.size(), 6u) << Names(people);
}

TEST(PeopleTest, AbbreviatedTitlesInCapitals) {
  Record r = WithBody(
      "1. (C) FM MOTTAKI TOLD THE AMBASSADOR THAT PM MALIKI AND P.M. GILANI WOULD MEET. "
      "SYG BAN RAISED IT. NSA JONES AND AMB. CROCKER AGREED. AT 3 PM THE AMBASSADOR NOTED "
      "THAT MOTTAKI WAS LATE.");
  auto people = ExtractPeople(r);
  ExpectSpansExact(r, people);
  const PersonMention* mottaki = Find(people, "Mottaki");
  ASSERT_NE(mottaki, nullptr) << Names(people);
  EXPECT_EQ(mottaki->titles, std::vector<std::string>{"Foreign Minister"});
  EXPECT_EQ(mottaki->spans.size(), 2u);  // the bare MOTTAKI later joins
  EXPECT_EQ(mottaki->spans[0].text, "FM MOTTAKI");
  const PersonMention* maliki = Find(people, "Maliki");
  ASSERT_NE(maliki, nullptr) << Names(people);
  EXPECT_TRUE(HasTitle(*maliki, "Prime Minister"));
  const PersonMention* gilani = Find(people, "Gilani");
  ASSERT_NE(gilani, nullptr) << Names(people);
  EXPECT_TRUE(HasTitle(*gilani, "Prime Minister"));
  EXPECT_EQ(gilani->spans[0].text, "P.M. GILANI");
  EXPECT_NE(Find(people, "Jones"), nullptr) << Names(people);
  const PersonMention* crocker = Find(people, "Crocker");
  ASSERT_NE(crocker, nullptr) << Names(people);
  EXPECT_TRUE(HasTitle(*crocker, "Ambassador"));
  // `THE AMBASSADOR NOTED`, `3 PM THE`: roles and times, not names.
  EXPECT_EQ(people.size(), 6u) << Names(people);
}

TEST(PeopleTest, SlashedDepartmentTitles) {
  Record r = WithBody(
      "3. (C) A/S Boucher and U/S Burns met the Foreign Secretary. The EUR/CE office and S/P "
      "drafted the points; A/S GORDON WILL TRAVEL. a/s Hill is no title in lower case.");
  auto people = ExtractPeople(r);
  ExpectSpansExact(r, people);
  const PersonMention* boucher = Find(people, "Boucher");
  ASSERT_NE(boucher, nullptr) << Names(people);
  EXPECT_EQ(boucher->titles, std::vector<std::string>{"Assistant Secretary"});
  EXPECT_EQ(boucher->spans[0].text, "A/S Boucher");
  const PersonMention* burns = Find(people, "Burns");
  ASSERT_NE(burns, nullptr) << Names(people);
  EXPECT_EQ(burns->titles, std::vector<std::string>{"Under Secretary"});
  const PersonMention* gordon = Find(people, "Gordon");
  ASSERT_NE(gordon, nullptr) << Names(people);
  EXPECT_TRUE(HasTitle(*gordon, "Assistant Secretary"));
  EXPECT_EQ(Find(people, "Hill"), nullptr) << Names(people);
  EXPECT_EQ(people.size(), 3u) << Names(people);
}

TEST(PeopleTest, PublicFiguresNamedBare) {
  Record r = WithBody(
      "4. (C) Musharraf said the Zapatero government agreed; Putin's aides and Karzai,s "
      "brother disagreed. Erdogan Colak of the pharmacists' union spoke. Musharraf left.");
  auto people = ExtractPeople(r);
  ExpectSpansExact(r, people);
  const PersonMention* musharraf = Find(people, "Musharraf");
  ASSERT_NE(musharraf, nullptr) << Names(people);
  EXPECT_EQ(musharraf->spans.size(), 2u);  // one person, both mentions
  EXPECT_TRUE(musharraf->titles.empty());
  EXPECT_NE(Find(people, "Zapatero"), nullptr) << Names(people);
  const PersonMention* putin = Find(people, "Putin");
  ASSERT_NE(putin, nullptr) << Names(people);
  EXPECT_EQ(putin->spans[0].text, "Putin");  // the possessive left out
  EXPECT_NE(Find(people, "Karzai"), nullptr) << Names(people);
  // `Erdogan Colak`: a given name here, not the figure.
  EXPECT_EQ(Find(people, "Erdogan"), nullptr) << Names(people);
  EXPECT_EQ(people.size(), 4u) << Names(people);

  // In capitals too, but not a place (`LA URIBE`).
  Record caps = WithBody("2. (C) FARC LEFT LA URIBE. URIBE TOLD THE AMBASSADOR THAT CHAVEZ,S MEN ARE NEAR.");
  auto in_caps = ExtractPeople(caps);
  ExpectSpansExact(caps, in_caps);
  const PersonMention* uribe = Find(in_caps, "Uribe");
  ASSERT_NE(uribe, nullptr) << Names(in_caps);
  ASSERT_EQ(uribe->spans.size(), 1u);
  EXPECT_EQ(uribe->spans[0].start, caps.body->find("URIBE TOLD"));
  EXPECT_NE(Find(in_caps, "Chavez"), nullptr) << Names(in_caps);
}

TEST(PeopleTest, NameFollowedByCommaAndTitle) {
  Record r = WithBody(
      "1. (S) A meeting with Anatoliy Antonov, MFA Director for Disarmament. Antonov replied. "
      "A letter from Theodora Bertzi, Secretary of State for Adoptions. They met Asif Zardari, "
      "Foreign Minister Shah Mehmood Qureshi and the Panel on Climate Change, Director for Science.");
  auto people = ExtractPeople(r);
  ExpectSpansExact(r, people);
  const PersonMention* antonov = Find(people, "Anatoliy Antonov");
  ASSERT_NE(antonov, nullptr) << Names(people);
  EXPECT_EQ(antonov->titles, std::vector<std::string>{"Director"});
  EXPECT_EQ(antonov->spans.size(), 2u);  // the bare `Antonov` joins
  const PersonMention* bertzi = Find(people, "Theodora Bertzi");
  ASSERT_NE(bertzi, nullptr) << Names(people);
  EXPECT_EQ(bertzi->titles, std::vector<std::string>{"Secretary"});
  // A list: the title is Qureshi's, not Zardari's.
  const PersonMention* qureshi = Find(people, "Shah Mehmood Qureshi");
  ASSERT_NE(qureshi, nullptr) << Names(people);
  EXPECT_TRUE(HasTitle(*qureshi, "Foreign Minister"));
  const PersonMention* zardari = Find(people, "Asif Zardari");
  ASSERT_NE(zardari, nullptr) << Names(people);
  EXPECT_TRUE(zardari->titles.empty());
  // After `on`: no name in apposition.
  EXPECT_EQ(Find(people, "Climate Change"), nullptr) << Names(people);
}

TEST(PeopleTest, OfPhrasesAndPluralTitles) {
  Record r = WithBody(
      "Minister of Defense Uribe said that Minister of Interior and Justice Pretelt agreed. "
      "The Minister of Health said nothing.");
  auto people = ExtractPeople(r);
  ExpectSpansExact(r, people);
  Record caps = WithBody("2. (C) AMBASSADORS ROSS AND RICE MET THE MINISTER OF HEALTH.");
  for (auto& p : ExtractPeople(caps)) people.push_back(p);
  EXPECT_NE(Find(people, "Uribe"), nullptr) << Names(people);
  EXPECT_NE(Find(people, "Pretelt"), nullptr) << Names(people);
  EXPECT_NE(Find(people, "Ross"), nullptr) << Names(people);
  EXPECT_NE(Find(people, "Rice"), nullptr) << Names(people);
  EXPECT_EQ(Find(people, "Health"), nullptr);
  EXPECT_EQ(people.size(), 4u) << Names(people);
}

// Session 9's titles: `MG`, `COAS` with its parenthesised form, an envoy's
// post (`Ambassador to Islamabad`), an acronym in an `of` phrase.
TEST(PeopleTest, ArmyTitlesEnvoyPostsAndAcronymOffices) {
  Record r = WithBody(
      "12. (C) Miliband described ISI MG Pasha as a new broom. Chief of "
      "Army Staff (COAS) Ashfaq Kayani would stay out. Brinkley called on Chinese Ambassador to "
      "Islamabad Hui and met Ambassador-designate to the U.S. Husain Haqqani and Director General "
      "of ISI Hamid Gul. The Ambassador to Pakistan said nothing. The Prime Minister of the UAE "
      "and Ruler of Dubai met the vice president of AIG Aviation, Ambassador to Sierra Leone John "
      "Hirsch and Ambassador to Burkina Faso Jeanine Jackson. Jean Grabling, Ambassador to Burkina "
      "Faso, agreed.");
  auto people = ExtractPeople(r);
  ExpectSpansExact(r, people);
  const PersonMention* pasha = Find(people, "Pasha");
  ASSERT_NE(pasha, nullptr) << Names(people);
  EXPECT_EQ(pasha->titles, std::vector<std::string>{"Major General"});
  const PersonMention* kayani = Find(people, "Ashfaq Kayani");
  ASSERT_NE(kayani, nullptr) << Names(people);
  EXPECT_EQ(kayani->titles, std::vector<std::string>{"Chief of Army Staff"});
  EXPECT_EQ(kayani->spans[0].text, "Chief of Army Staff (COAS) Ashfaq Kayani");
  const PersonMention* hui = Find(people, "Hui");
  ASSERT_NE(hui, nullptr) << Names(people);
  EXPECT_TRUE(HasTitle(*hui, "Ambassador"));
  const PersonMention* haqqani = Find(people, "Husain Haqqani");
  ASSERT_NE(haqqani, nullptr) << Names(people);
  EXPECT_TRUE(HasTitle(*haqqani, "Ambassador"));
  const PersonMention* gul = Find(people, "Hamid Gul");
  ASSERT_NE(gul, nullptr) << Names(people);
  EXPECT_TRUE(HasTitle(*gul, "Director General"));
  EXPECT_NE(Find(people, "Miliband"), nullptr) << Names(people);
  EXPECT_NE(Find(people, "John Hirsch"), nullptr) << Names(people);
  EXPECT_NE(Find(people, "Jeanine Jackson"), nullptr) << Names(people);
  EXPECT_NE(Find(people, "Jean Grabling"), nullptr) << Names(people);
  EXPECT_EQ(Find(people, "Faso"), nullptr) << Names(people);
  EXPECT_EQ(people.size(), 9u) << Names(people);

  // In capitals: the post is country words, then the name; `500 MG` is a dose.
  Record caps = WithBody(
      "2. (C) AMBASSADOR TO PAKISTAN ANNE PATTERSON MET COAS KAYANI. THE AMBASSADOR TO MOSCOW "
      "SAID. "
      "TAKE 500 MG TABLETS.\nSUBJECT: AMBASSADOR TO IRAN DESCRIBES ELECTIONS");
  auto in_caps = ExtractPeople(caps);
  ExpectSpansExact(caps, in_caps);
  EXPECT_NE(Find(in_caps, "Anne Patterson"), nullptr) << Names(in_caps);
  EXPECT_NE(Find(in_caps, "Kayani"), nullptr) << Names(in_caps);
  EXPECT_EQ(in_caps.size(), 2u) << Names(in_caps);
}

// A known name repeated whole is one mention, not one per word.
TEST(PeopleTest, RepeatedFullNameIsOneSpan) {
  Record r = WithBody(
      "1. (C) He asked about Dr. Aafia Siddiqi's case and pushed to repatriate Aafia Siddiqi. "
      "Siddiqi is held in New York.");
  r.classified_by.push_back(Person{"Bob Patterson", std::string("Political Officer")});
  r.body->append(" Classified By: Political Officer Bob Patterson: 1.4 (d).");
  auto people = ExtractPeople(r);
  ExpectSpansExact(r, people);
  const PersonMention* siddiqi = Find(people, "Aafia Siddiqi");
  ASSERT_NE(siddiqi, nullptr) << Names(people);
  ASSERT_EQ(siddiqi->spans.size(), 3u);
  EXPECT_EQ(siddiqi->spans[1].text, "Aafia Siddiqi");
  EXPECT_EQ(siddiqi->spans[2].text, "Siddiqi");
  const PersonMention* patterson = Find(people, "Bob Patterson");
  ASSERT_NE(patterson, nullptr) << Names(people);
  ASSERT_EQ(patterson->spans.size(), 2u);
  EXPECT_EQ(patterson->spans[1].text, "Bob Patterson");
  EXPECT_EQ(people.size(), 2u) << Names(people);

  // Initials as one word go with the surname after them; `U.S.` does not.
  Record khan = WithBody(
      "1. (S) Pakistan may release A.Q. Khan. Dr. Khan sold centrifuges; the U.S. Khan file.");
  auto khans = ExtractPeople(khan);
  ExpectSpansExact(khan, khans);
  const PersonMention* aq = Find(khans, "A.Q. Khan");
  ASSERT_NE(aq, nullptr) << Names(khans);
  ASSERT_EQ(aq->spans.size(), 3u);
  EXPECT_EQ(aq->spans[0].text, "A.Q. Khan");
  EXPECT_EQ(aq->spans[2].text, "Khan");
}

TEST(PeopleTest, PossessivesAndCablesCsvApostrophes) {
  Record r = WithBody("Secretary Rice's May 31 statement. President Karzai,s support. Karzai,s office.");
  auto people = ExtractPeople(r);
  ExpectSpansExact(r, people);
  const PersonMention* rice = Find(people, "Rice");
  ASSERT_NE(rice, nullptr) << Names(people);
  EXPECT_EQ(rice->spans[0].text, "Secretary Rice");
  EXPECT_TRUE(HasTitle(*rice, "Secretary"));
  const PersonMention* karzai = Find(people, "Karzai");
  ASSERT_NE(karzai, nullptr) << Names(people);
  EXPECT_EQ(karzai->spans.size(), 2u);
}

TEST(PeopleTest, SignersTagsAndClassifiedByJoinTheFullName) {
  Record r = WithBody("1. (C) Kasuri told the Ambassador. Ambassador Crocker replied.");
  r.subject = "FM KASURI TELLS IRAN \"TAKE THE OFFER\"";
  r.classified_by.push_back(Person{"Ryan C. Crocker", std::string("Ambassador")});
  r.signers.push_back("CROCKER");
  r.tags = {"PREL", "OVIP (RICE, CONDOLEEZZA)", "(CLINTON, HILLARY)"};
  auto people = ExtractPeople(r);
  ExpectSpansExact(r, people);
  const PersonMention* crocker = Find(people, "Ryan C. Crocker");
  ASSERT_NE(crocker, nullptr) << Names(people);
  // Classified By, body, signer: one person.
  EXPECT_EQ(crocker->spans.size(), 3u);
  EXPECT_EQ(crocker->spans.back().field, "signers");
  const PersonMention* kasuri = Find(people, "Kasuri");
  ASSERT_NE(kasuri, nullptr) << Names(people);
  EXPECT_TRUE(HasTitle(*kasuri, "Foreign Minister"));
  EXPECT_EQ(kasuri->spans.size(), 2u);  // subject (titled), body (bare, mixed case)
  EXPECT_EQ(kasuri->spans[0].field, "subject");
  EXPECT_NE(Find(people, "Condoleezza Rice"), nullptr) << Names(people);
  EXPECT_NE(Find(people, "Hillary Clinton"), nullptr) << Names(people);
}

TEST(PeopleTest, CapitalsWithoutAnchorsAreNotNames) {
  Record r = WithBody(
      "1. (SBU) RICE EXPORTS ROSE. THE TEST BAN TREATY WAS DISCUSSED. THE PRESIDENT NOTED THE "
      "MINISTER OF FOREIGN AFFAIRS STATEMENT. GENERAL ASSEMBLY VOTE.");
  auto people = ExtractPeople(r);
  EXPECT_TRUE(people.empty()) << Names(people);
}

TEST(PeopleTest, TwoPeopleOfOneSurnameWithDifferentGivenNames) {
  Record r = WithBody("Condoleezza Rice met Susan Rice.");
  auto people = ExtractPeople(r);
  EXPECT_NE(Find(people, "Condoleezza Rice"), nullptr) << Names(people);
  EXPECT_NE(Find(people, "Susan Rice"), nullptr) << Names(people);
  EXPECT_EQ(people.size(), 2u);
}

// Session 10: names no list anchors, taught by the text (docs/PEOPLE.md
// section 1).
TEST(PeopleTest, SpeakersOfTheCableAreNames) {
  Record r = WithBody(
      "1. (C) SUMMARY: FRANCK GELLET, FRENCH DAS-EQUIVALENT FOR THE GULF, MET POLOFF. GELLET SAID "
      "THE IRANIANS ARE OVERCONFIDENT. THE REGION, FRANCK GELLET, SHARED HIS VIEWS.\n\n"
      "2. (C) GELLET NOTED THAT TEHRAN SAID NOTHING. \"WE WILL SEE,\" SAID GELLET. TEHRAN "
      "NOTED THE VISIT. SOURCE SAID IT. SOURCE ADDED THAT THE SOURCE WAS IN TEHRAN.");
  auto people = ExtractPeople(r);
  ExpectSpansExact(r, people);
  const PersonMention* gellet = Find(people, "Franck Gellet");
  ASSERT_NE(gellet, nullptr) << Names(people);
  EXPECT_EQ(gellet->spans.size(), 5u);  // twice in full, three times bare
  EXPECT_EQ(gellet->spans[0].text, "FRANCK GELLET");
  // A place and a common noun speak too: `in Tehran`, `the source`.
  EXPECT_EQ(Find(people, "Tehran"), nullptr) << Names(people);
  EXPECT_EQ(Find(people, "Source"), nullptr) << Names(people);
  EXPECT_EQ(people.size(), 1u) << Names(people);

  // Once is not enough; a company's staff tell it from a person.
  Record once = WithBody("Moscow said nothing. Pfizer said it would pay. Pfizer told the "
                         "Ambassador so, and Pfizer lawyers agreed.");
  EXPECT_TRUE(ExtractPeople(once).empty()) << Names(ExtractPeople(once));
}

TEST(PeopleTest, ParticipantsListsAndListLines) {
  Record r = WithBody(
      "2. (U) Participants:\n\nUnited States:\nDeputy Secretary Steinberg\nD Staff Lourdes Cue\n"
      "Brazil Desk David Schnier (notetaker)\n\nBrazil:\nAmbassador Antonio Patriota\n"
      "PolCounselor Carlos Ceglia\n\n3. (C) Summary: Deputy Secretary Steinberg met Brazilian "
      "President Luiz Inacio Lula da Silva.");
  auto people = ExtractPeople(r);
  ExpectSpansExact(r, people);
  EXPECT_NE(Find(people, "Lourdes Cue"), nullptr) << Names(people);
  EXPECT_NE(Find(people, "David Schnier"), nullptr) << Names(people);
  // The name of a list line ends with the line.
  EXPECT_NE(Find(people, "Antonio Patriota"), nullptr) << Names(people);
  EXPECT_NE(Find(people, "Carlos Ceglia"), nullptr) << Names(people);
  // One particle is not counted in the four words of a name.
  EXPECT_NE(Find(people, "Luiz Inacio Lula da Silva"), nullptr) << Names(people);
  EXPECT_EQ(people.size(), 6u) << Names(people);

  // Prose that wraps early now and then is not a list.
  Record prose = WithBody(
      "Ayrow returned to Afghanistan in 2001, reportedly meeting with Osama\nbin Laden. Ayrow "
      "emerged in the 2002/2003 timeframe as a leader of the group that we describe here.");
  auto in_prose = ExtractPeople(prose);
  EXPECT_NE(Find(in_prose, "Osama bin Laden"), nullptr) << Names(in_prose);
}

TEST(PeopleTest, GivenNamesRoleNounsAndNamesBeforeAnd) {
  Record r = WithBody(
      "Zardari is frustrated with Nawaz Sharif. The court holds Nawaz's eligibility over his head. "
      "They visited French Presidency official Richier, indigenous activist Aida Quilcue and "
      "all official Americans. Gonzalez attended a meeting chaired by Vice Minister of Defense "
      "Sergio Jaramillo and Armed Forces Commander General Freddy Padilla.");
  auto people = ExtractPeople(r);
  ExpectSpansExact(r, people);
  const PersonMention* nawaz = Find(people, "Nawaz Sharif");
  ASSERT_NE(nawaz, nullptr) << Names(people);
  EXPECT_EQ(nawaz->spans.size(), 2u);
  EXPECT_NE(Find(people, "Richier"), nullptr) << Names(people);
  EXPECT_NE(Find(people, "Aida Quilcue"), nullptr) << Names(people);
  EXPECT_EQ(Find(people, "Americans"), nullptr) << Names(people);
  const PersonMention* jaramillo = Find(people, "Sergio Jaramillo");
  ASSERT_NE(jaramillo, nullptr) << Names(people);
  EXPECT_TRUE(HasTitle(*jaramillo, "Deputy Minister"));  // `Vice Minister`, normalised
  const PersonMention* padilla = Find(people, "Freddy Padilla");
  ASSERT_NE(padilla, nullptr) << Names(people);
  EXPECT_FALSE(HasTitle(*padilla, "Deputy Minister"));
}

TEST(PeopleTest, SmallParticlesPhrasesEndingInAndAndPlaces) {
  Record r = WithBody(
      "Deputy Prime Minister Rashad al-Alimi met Ambassador Adel al-Jubeir. Later al-Jubeir "
      "said al-Qaeda was weak, and Alimi agreed. Minister of National Defense Sekouba Konate and an assistant "
      "arrived; Konate spoke. We met the Director General for Iberoamerica Javier Sandomingo. "
      "As reported, magistrate Baltasar Garzon wrote an op-ed. The Ruler of Dubai came. The "
      "Secretary of State for Iberoamerica Trinidad Lopez and the Director General Pedro Gil met.");
  auto people = ExtractPeople(r);
  ExpectSpansExact(r, people);
  const PersonMention* alimi = Find(people, "Rashad al-Alimi");
  ASSERT_NE(alimi, nullptr) << Names(people);
  EXPECT_EQ(alimi->spans.size(), 2u);  // and `Alimi` alone
  const PersonMention* jubeir = Find(people, "Adel al-Jubeir");
  ASSERT_NE(jubeir, nullptr) << Names(people);
  EXPECT_EQ(jubeir->spans.size(), 2u);
  EXPECT_EQ(Find(people, "al-Qaeda"), nullptr) << Names(people);
  const PersonMention* konate = Find(people, "Sekouba Konate");
  ASSERT_NE(konate, nullptr) << Names(people);
  EXPECT_EQ(konate->spans.size(), 2u);
  EXPECT_NE(Find(people, "Javier Sandomingo"), nullptr) << Names(people);
  EXPECT_NE(Find(people, "Baltasar Garzon"), nullptr) << Names(people);
  EXPECT_EQ(Find(people, "Dubai"), nullptr) << Names(people);
  const PersonMention* gil = Find(people, "Pedro Gil");
  ASSERT_NE(gil, nullptr) << Names(people);
  EXPECT_FALSE(HasTitle(*gil, "Secretary")) << "a title after `and the` is another person's";
}

// Session 11's anchors, each with what it must not take.
TEST(PeopleTest, AddressLinesStatusNounsAndRanks) {
  Record r = WithBody(
      "AF/S FOR B.WALCH\nNSC FOR M. GAVIN\nSTATE PASS TO USAID FOR J. HARMON AND L. DOBBINS\n"
      "COMMERCE FOR DSTARKS/EHOUSE\nINFO FOR A. MADRID 1257\nTHANKS FOR A. LOT OF HELP\n\n"
      "1. (C) The court released Iranian national Majid Kakavand, whom French citizen Clothilde "
      "Reiss knew; Afghan national army units and the official press noted it. The acting police "
      "chief, Major Babamyrat, left. A major concern and Major League games remain. Province "
      "resident Tamils met.\n");
  auto people = ExtractPeople(r);
  ExpectSpansExact(r, people);
  for (const char* name : {"B. Walch", "M. Gavin", "J. Harmon", "L. Dobbins", "Majid Kakavand", "Clothilde Reiss"}) {
    EXPECT_NE(Find(people, name), nullptr) << name << ": " << Names(people);
  }
  const PersonMention* major = Find(people, "Babamyrat");
  ASSERT_NE(major, nullptr) << Names(people);
  EXPECT_TRUE(HasTitle(*major, "Major"));
  for (const char* junk : {"Dstarks", "A. Madrid", "Madrid", "A. Lot", "Lot", "League", "League games", "Tamils"}) {
    EXPECT_EQ(Find(people, junk), nullptr) << junk << ": " << Names(people);
  }
  // In capitals a rank that is a plain word anchors nothing.
  Record caps = WithBody("1. (C) MAJOR ISSUES REMAIN AND CAPTAIN OBVIOUS SPOKE.\n");
  EXPECT_TRUE(ExtractPeople(caps).empty()) << Names(ExtractPeople(caps));
}

TEST(PeopleTest, AliasesParticlesAndRepeatedNames) {
  Record r = WithBody(
      "1. (C) A front company for arms dealer Mr. Slobodan Tesic (alt. Tezic), registered by "
      "SLOBODAN TESIC/TEZIC/, signed it. Later Tezic left. Some fear that bin Laden would get "
      "the bomb. The court heard that, as the judge put it, Mirko Vandrel had fled; Vandrel "
      "said he was in June, and Vandrel's wife stayed. Taiwan avoided Avian Influenza; Influenza "
      "was rare and Influenza cases fell.\n"
      "2. (C) It is said that despite Dadis Camara's injuries, Dadis will return, and Dadis Camara knows it; "
      "Dadis told us so. Staff of Sacyr Vallehermoso said that Sacyr will sell, and Sacyr agreed. "
      "As planned, Upper Kolvar voted; Kolvar was calm, Kolvar stayed calm, and in Kolvar all "
      "agreed. Finally Tarvos said so. Tarvos left.\n");
  auto people = ExtractPeople(r);
  ExpectSpansExact(r, people);
  const PersonMention* tesic = Find(people, "Slobodan Tesic");
  ASSERT_NE(tesic, nullptr) << Names(people);
  EXPECT_EQ(tesic->spans.size(), 5u);  // the name, the alias, `SLOBODAN TESIC`, and `TEZIC`, `Tezic` alone
  EXPECT_EQ(Find(people, "Tezic"), nullptr) << "an alias is its name's person: " << Names(people);
  // The alias alone anchors the name before it; not an organisation's.
  Record alias = WithBody(
      "1. (C) A firm of arms dealer Ratko Velmic (alt. Velmitch) and the Qods Aviation Industries "
      "(aka Qods Aviation) met. Officers visited Dona Marta (aka Santa Marta).\n");
  const auto aliased = ExtractPeople(alias);
  ExpectSpansExact(alias, aliased);
  const PersonMention* velmic = Find(aliased, "Ratko Velmic");
  ASSERT_NE(velmic, nullptr) << Names(aliased);
  EXPECT_EQ(velmic->spans.size(), 2u);
  EXPECT_EQ(aliased.size(), 1u) << Names(aliased);
  const PersonMention* laden = Find(people, "bin Laden");
  ASSERT_NE(laden, nullptr) << Names(people);
  EXPECT_EQ(laden->spans[0].text, "bin Laden");
  const PersonMention* vandrel = Find(people, "Mirko Vandrel");
  ASSERT_NE(vandrel, nullptr) << Names(people);
  EXPECT_EQ(vandrel->spans.size(), 3u);
  const PersonMention* dadis = Find(people, "Dadis Camara");
  ASSERT_NE(dadis, nullptr) << Names(people);
  EXPECT_EQ(dadis->spans.size(), 4u);
  // Named in full once, then by its first word: a company, not a person;
  // and a word found after `in` is a place.
  EXPECT_EQ(Find(people, "Sacyr Vallehermoso"), nullptr) << Names(people);
  EXPECT_EQ(Find(people, "Sacyr"), nullptr) << Names(people);
  EXPECT_EQ(Find(people, "Upper Kolvar"), nullptr) << Names(people);
  EXPECT_EQ(Find(people, "Avian Influenza"), nullptr) << "it never speaks: " << Names(people);
  EXPECT_EQ(Find(people, "Finally Tarvos"), nullptr) << "a sentence's first word: " << Names(people);
  // Without the repetition, two capitalised words are no name.
  Record once = WithBody("1. (C) The plan, said Mirko Vandrel, is bad; Vandrel left.\n");
  EXPECT_EQ(Find(ExtractPeople(once), "Mirko Vandrel"), nullptr) << Names(ExtractPeople(once));
}

TEST(PeopleTest, BadInputIsNormalInput) {
  Record r = WithBody(std::string("AMBASSADOR \xff\xfe PRESIDENT ") + std::string(3, '\0') + " FM");
  r.tags = {"OVIP (", "(,)", "X (A, )"};
  r.signers = {"", "."};
  r.classified_by.push_back(Person{"", std::nullopt});
  auto people = ExtractPeople(r);
  ExpectSpansExact(r, people);
  EXPECT_TRUE(people.empty()) << Names(people) << people[0].spans[0].field;
}

// A text with hundreds of speakers: each is learned and found, also past the
// few dozen names that the lookups keep in a list (then a map).
TEST(PeopleTest, ManySpeakersInOneText) {
  std::string body = "1. (C) ";
  std::vector<std::string> names;
  for (int n = 0; n < 300; ++n) {
    std::string name = "Zorv";
    for (int v = n; v > 0 || name.size() == 4; v /= 26) name.push_back(static_cast<char>('a' + v % 26));
    names.push_back(name);
    body += "It was clear and " + name + " said so.\n";
  }
  for (const std::string& name : names) body += "then " + name + " said it again.\n";
  const Record r = WithBody(body);
  const auto people = ExtractPeople(r);
  for (const std::string& name : names) {
    const PersonMention* p = Find(people, name);
    ASSERT_NE(p, nullptr) << name;
    EXPECT_EQ(p->spans.size(), 2u) << name;
  }
}

}  // namespace
}  // namespace cablescope::link
