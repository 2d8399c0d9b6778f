// Records shaped like the two seed cables (09USUNNEWYORK589, 06ISLAMABAD10261)
// and a generator of many small ones, built in code for the archive's tests.
#ifndef CABLESCOPE_TESTS_ARCHIVE_ARCHIVE_TEST_RECORDS_H_
#define CABLESCOPE_TESTS_ARCHIVE_ARCHIVE_TEST_RECORDS_H_

#include <string>
#include <utility>
#include <vector>

#include "link/text_links.h"
#include "model/record.h"

namespace cablescope::testing {

inline Recipient Rcpt(const char* route, const char* name, const char* serial = nullptr) {
  Recipient r;
  r.route = route;
  r.name = name;
  r.precedence = "IMMEDIATE";
  if (serial != nullptr) r.serial = serial;
  return r;
}

// 09USUNNEWYORK589 as the telegram seed has it.
inline Record UsunRecord(const std::string& path = "seeds/000.txt") {
  Record r;
  r.id = "09USUNNEWYORK589";
  r.format = "telegram";
  r.transmission_id = "VZCZCXRO7935";
  r.precedence = "IMMEDIATE";
  r.dtg = "2009-06-13T00:23Z";
  r.station = Station{"RUCNDT", "0589", "1640023"};
  r.relay = {"RUEHBC", "RUEHDE", "RUEHDIR", "RUEHKUK", "RUEHTRO"};
  r.from = "USMISSION USUN NEW YORK";
  r.origin = "USUN New York";
  r.to = {Rcpt("RUEHC", "SECSTATE WASHDC", "6721")};
  r.info = {Rcpt("RUCNIRA", "IRAN COLLECTIVE"), Rcpt("RUEHGG", "UN SECURITY COUNCIL COLLECTIVE"),
            Rcpt("RUEHBUL", "AMEMBASSY KABUL", "0280"), Rcpt("RUEHDE", "AMCONSUL DUBAI", "0033")};
  r.classification = "CONFIDENTIAL";
  r.captions = {"SIPDIS"};
  r.executive_order = "12958";
  r.declassify_on = "2019-06-09";
  r.tags = {"PREL", "ZP", "IR", "IS", "UNSC"};
  r.subject = "AMBASSADORS DENNIS ROSS AND SUSAN RICE DISCUSS IRAN WITH UN SECRETARY-GENERAL";
  r.classified_by = {Person{"Susan E. Rice", std::string("Ambassador")}};
  r.classification_reasons = {"1.4(b)", "1.4(d)"};
  r.signers = {"RICE"};
  r.paragraphs = {
      {1, std::string("C"), "Ambassador Rice and Ambassador Dennis Ross met with UN Secretary-General "
                            "Ban Ki-moon. The USG will engage Iran without any preconditions."},
      {2, std::string("C"), "The SYG said the Iranians had asked that he persuade the Europeans to "
                            "change their negotiating team, principally Javier Solana."},
      {3, std::string("C"), "Iran is currently sanctioned over its nuclear programme; Mottaki was "
                            "mentioned."},
  };
  std::string body;
  for (const auto& p : r.paragraphs) body += std::to_string(p.number) + ". (C) " + p.text + "\n\n";
  body += "RICE\n";
  r.body = body;
  r.source.path = path;
  r.source.format = "telegram";
  return r;
}

// 06ISLAMABAD10261 as a newspaper reprints it (`press`): the header fields
// of cables.csv, the text with a redaction.
inline Record IslamabadRecord(const std::string& path = "seeds/003.txt", bool redacted = false) {
  Record r;
  r.id = "06ISLAMABAD10261";
  r.format = "press";
  r.precedence = "PRIORITY";
  r.dtg = "2006-06-02T12:46Z";
  r.station = Station{"RUEHPW", "0261", "1531246"};
  r.from = "AMEMBASSY ISLAMABAD";
  r.origin = "Embassy Islamabad";
  r.to = {Rcpt("RUEHC", "SECSTATE WASHDC", "0369")};
  r.info = {Rcpt("RUEHTA", "AMEMBASSY ALMATY", "9470"), Rcpt("RUEHBUL", "AMEMBASSY KABUL", "1234")};
  r.classification = "CONFIDENTIAL";
  r.captions = {"SIPDIS"};
  r.declassify_on = "2016-06-02";
  r.tags = {"PREL", "PGOV", "KNNP", "PK", "IR"};
  r.subject = "IRANIAN FM MUTTAKI IN ISLAMABAD";
  r.signers = {"CROCKER"};
  r.paragraphs = {
      {1, std::string("C"), redacted ? "Foreign Minister xxxxxxxxxxxx discussed the nuclear issue with Iran."
                                     : "Foreign Minister Kasuri discussed the nuclear issue with Muttaki of Iran."},
      {2, std::string("S"), "The missile programme was raised; reference ISLAMABAD 010261."},
  };
  std::string body;
  for (const auto& p : r.paragraphs) body += std::to_string(p.number) + ". (" + *p.marking + ") " + p.text + "\n\n";
  r.body = body;
  r.source.path = path;
  r.source.format = "press";
  r.source.fields = {{"site", "Dawn", false}, {"headline", "Cable reprint", false}};
  r.references = {Reference{std::string("A"), "cable", "USUN NEW YORK 589", std::string("09USUNNEWYORK589")}};
  return r;
}

// A small synthetic cable number `n` (ids 08TESTPOSTn), for bulk tests.
inline Record SyntheticRecord(int n, const std::string& path) {
  Record r;
  r.id = "08TESTPOST" + std::to_string(n);
  r.format = "telegram";
  const int month = 1 + n % 12;
  char dtg[32];
  std::snprintf(dtg, sizeof dtg, "2008-%02d-%02dT10:00Z", month, 1 + n % 28);
  r.dtg = dtg;
  static const char* kOrigins[] = {"Embassy Kabul", "Embassy Paris", "Embassy Tokyo"};
  static const char* kClasses[] = {"UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "SECRET//NOFORN"};
  static const char* kTags[] = {"PREL", "PGOV", "ECON", "KNNP", "MARR"};
  r.origin = kOrigins[n % 3];
  r.classification = kClasses[n % 4];
  r.tags = {kTags[n % 5], kTags[(n / 5) % 5]};
  if (r.tags[0] == r.tags[1]) r.tags.pop_back();
  r.subject = "SYNTHETIC CABLE NUMBER " + std::to_string(n);
  r.paragraphs = {{1, std::string(n % 2 ? "C" : "U"), "Routine words about topic" + std::to_string(n % 7) +
                                                          " and the harvest."}};
  r.body = "1. " + r.paragraphs[0].text + "\n";
  r.source.path = path;
  r.source.format = "telegram";
  r.source.offset = static_cast<uint64_t>(n) * 100;
  return r;
}

// A telegram with an id, a DTG, a body and what it cites or who classified
// it, its REF links and people derived as a parse with links derives them.
inline Record TextRecord(const std::string& id, const std::string& dtg, const std::string& body,
                         std::vector<Reference> references = {}, std::vector<Person> classified_by = {}) {
  Record r;
  r.id = id;
  r.format = "telegram";
  r.dtg = dtg;
  r.body = body;
  r.references = std::move(references);
  r.classified_by = std::move(classified_by);
  r.source.path = "text/" + id + ".txt";
  r.source.format = "telegram";
  link::DeriveTextLinks(&r);
  return r;
}

}  // namespace cablescope::testing

#endif  // CABLESCOPE_TESTS_ARCHIVE_ARCHIVE_TEST_RECORDS_H_
