// The parser on the real corpus in ../shared/corpus: coverage and agreement
// rates of issue 2's acceptance. Skips where ../shared is absent.
//
// The whole corpus is parsed once by the binary (as a user would) and the
// records are shared by the tests below. Each test prints its rate.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>
#include <map>
#include <regex>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_support.h"

namespace cablescope {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct Corpus {
  int status = -1;
  std::string err;
  std::vector<json> records;
  std::map<std::string, std::vector<const json*>> by_path;
};

const Corpus& ParsedCorpus() {
  static Corpus corpus = [] {
    Corpus c;
    auto run = testing::RunCablescope({"parse", (testing::SharedDir() / "corpus").string(),
                                       (testing::SharedDir() / "seeds").string()},
                                      "", 600);
    c.status = run.status;
    c.err = run.err;
    std::istringstream in(run.out);
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty()) c.records.push_back(json::parse(line));
    }
    for (const auto& r : c.records) c.by_path[r["source"]["path"]].push_back(&r);
    return c;
  }();
  return corpus;
}

std::string Str(const json& v) { return v.is_string() ? v.get<std::string>() : std::string(); }

// Case- and space-insensitive form for comparing subjects across sources.
std::string Fold(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c)) out.push_back(static_cast<char>(std::toupper(c)));
  }
  return out;
}

bool IsWikileaksPage(const std::string& path) {
  return path.find("/wikileaks-html-2010/") != std::string::npos;
}

double Percent(size_t part, size_t whole) { return whole == 0 ? 100.0 : 100.0 * part / whole; }

TEST(CorpusAcceptance, EveryFileParsesWithoutACrash) {
  REQUIRE_SHARED();
  const auto& c = ParsedCorpus();
  EXPECT_TRUE(c.status == 0 || c.status == 1) << "status " << c.status << "\n" << c.err;
  EXPECT_GT(c.records.size(), 3000u);
  std::cout << "records: " << c.records.size() << ", diagnostics: "
            << std::count(c.err.begin(), c.err.end(), '\n') << "\n"
            << c.err.substr(0, 2000);
}

TEST(CorpusAcceptance, EveryWikileaksPageGivesOneRecordNamedLikeItsFile) {
  REQUIRE_SHARED();
  const auto& c = ParsedCorpus();
  size_t pages = 0;
  for (const auto& e : fs::recursive_directory_iterator(testing::SharedDir() / "corpus" /
                                                        "wikileaks-html-2010")) {
    if (!e.is_regular_file()) continue;
    ++pages;
    auto it = c.by_path.find(e.path().string());
    ASSERT_NE(it, c.by_path.end()) << e.path();
    ASSERT_EQ(it->second.size(), 1u) << e.path();
    EXPECT_EQ(Str((*it->second[0])["id"]), e.path().stem().string());
    EXPECT_EQ(Str((*it->second[0])["format"]), "wikileaks-html");
  }
  EXPECT_EQ(pages, 1211u);
}

TEST(CorpusAcceptance, EveryCablesCsvRowGivesOneRecord) {
  REQUIRE_SHARED();
  const auto& c = ParsedCorpus();
  // A row starts at a line `"N","M/D/YYYY H:MM","`; counted here independently of the reader.
  const std::regex row_start(R"(^"\d+","\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}",")");
  for (const auto& e :
       fs::recursive_directory_iterator(testing::SharedDir() / "corpus" / "cables-csv")) {
    if (!e.is_regular_file()) continue;
    std::istringstream in(testing::ReadFile(e.path()));
    std::string line;
    size_t rows = 0;
    while (std::getline(in, line)) rows += std::regex_search(line, row_start) ? 1 : 0;
    auto it = c.by_path.find(e.path().string());
    size_t records = it == c.by_path.end() ? 0 : it->second.size();
    if (e.path().filename() == "raw-chunk-aa") {
      // A byte chunk of the dump: its last row is cut off mid-record.
      EXPECT_EQ(records + 1, rows) << e.path();
    } else {
      EXPECT_EQ(records, rows) << e.path();
    }
    for (const json* r : it == c.by_path.end() ? std::vector<const json*>{} : it->second) {
      EXPECT_EQ(Str((*r)["format"]), "cables-csv");
      EXPECT_FALSE((*r)["id"].is_null());
    }
  }
}

// The same cable in two sources (a JSON export and a WikiLeaks page, a
// cables.csv row and a page ...) must give the same fields.
TEST(CorpusAcceptance, SourcesOfOneCableAgree) {
  REQUIRE_SHARED();
  const auto& c = ParsedCorpus();
  std::map<std::string, std::vector<const json*>> by_id;
  for (const auto& r : c.records) {
    if (r["id"].is_string()) by_id[r["id"]].push_back(&r);
  }
  const std::vector<std::string> fields = {"id", "dtg", "classification", "subject",
                                           "tags", "references", "signers"};
  size_t compared = 0, agreed = 0, cables = 0;
  std::map<std::string, size_t> disagreements;
  std::ostringstream examples;
  for (const auto& [id, versions] : by_id) {
    if (versions.size() < 2) continue;
    ++cables;
    const json& a = *versions[0];
    for (size_t k = 1; k < versions.size(); ++k) {
      const json& b = *versions[k];
      for (const auto& f : fields) {
        json va = a[f], vb = b[f];
        if (va.is_null() || vb.is_null()) continue;  // a source that lacks the field
        if (f == "subject") {
          va = Fold(Str(va));
          vb = Fold(Str(vb));
        } else if (f == "references") {
          std::set<std::string> ia, ib;
          for (const auto& ref : a[f]) ia.insert(Str(ref["id"]));
          for (const auto& ref : b[f]) ib.insert(Str(ref["id"]));
          va = ia;
          vb = ib;
        }
        ++compared;
        if (va == vb) {
          ++agreed;
        } else {
          ++disagreements[f];
          if (disagreements[f] <= 3) {
            examples << id << " " << f << ": " << a["format"] << "=" << va.dump().substr(0, 120)
                     << " vs " << b["format"] << "=" << vb.dump().substr(0, 120) << "\n";
          }
        }
      }
    }
  }
  std::cout << "cables in several sources: " << cables << "; fields agreeing: " << agreed << "/"
            << compared << " = " << Percent(agreed, compared) << "%\n";
  for (const auto& [f, n] : disagreements) std::cout << "  " << f << ": " << n << "\n";
  std::cout << examples.str();
  EXPECT_GT(cables, 50u);
  EXPECT_GE(Percent(agreed, compared), 98.0);
}

TEST(CorpusAcceptance, WikileaksHeadersGiveDtgFromAndTo) {
  REQUIRE_SHARED();
  const auto& c = ParsedCorpus();
  size_t with_header = 0, complete = 0;
  std::ostringstream missing;
  for (const auto& [path, records] : c.by_path) {
    if (!IsWikileaksPage(path) || records.size() != 1) continue;
    const std::string page = testing::ReadFile(path);
    const size_t pre = page.find("<pre>");
    const size_t end = page.find("</pre>", pre);
    if (pre == std::string::npos || end == std::string::npos) continue;
    const std::string header = page.substr(pre + 5, end - pre - 5);
    if (header.find("FM ") == std::string::npos) continue;  // no header, or only a DTG
    ++with_header;
    const json& r = *records[0];
    if (!r["dtg"].is_null() && !r["from"].is_null() && !r["to"].empty()) {
      ++complete;
    } else {
      missing << "  " << path << "\n";
    }
  }
  std::cout << "pages with a header: " << with_header << "; with dtg, from and to: " << complete
            << " = " << Percent(complete, with_header) << "%\n"
            << missing.str().substr(0, 3000);
  EXPECT_GE(Percent(complete, with_header), 99.0);
}

TEST(CorpusAcceptance, NonPartialCablesHaveSubjectAndTags) {
  REQUIRE_SHARED();
  const auto& c = ParsedCorpus();
  size_t whole = 0, with_subject = 0, with_tags = 0;
  std::ostringstream missing;
  for (const auto& r : c.records) {
    if (r["partial"] == true || r["format"] == "press") continue;
    ++whole;
    with_subject += r["subject"].is_string() ? 1 : 0;
    with_tags += r["tags"].empty() ? 0 : 1;
    if (!r["subject"].is_string() || r["tags"].empty()) {
      missing << "  " << Str(r["id"]) << " " << Str(r["source"]["path"]) << " subject="
              << r["subject"].is_string() << " tags=" << !r["tags"].empty() << "\n";
    }
  }
  std::cout << "non-partial cables: " << whole << "; subject " << Percent(with_subject, whole)
            << "%, tags " << Percent(with_tags, whole) << "%\n"
            << missing.str().substr(0, 4000);
  EXPECT_GE(Percent(with_subject, whole), 97.0);
  EXPECT_GE(Percent(with_tags, whole), 97.0);
}

TEST(CorpusAcceptance, SubjectsAgreeWithTheReleaseIndex) {
  REQUIRE_SHARED();
  const auto& c = ParsedCorpus();
  // Release index pages: rows of <td><a ...>ID</a></td><td>SUBJECT</td>.
  const std::regex row(R"(<a href='/cable/[^']+'>([^<]+)</a>\s*</td>\s*<td>([^<]*)</td>)");
  std::map<std::string, std::string> index;
  for (const auto& e : fs::directory_iterator(testing::SharedDir() / "reference" /
                                              "wikileaks-release-index")) {
    const std::string page = testing::ReadFile(e.path());
    for (std::sregex_iterator it(page.begin(), page.end(), row), end; it != end; ++it) {
      index[(*it)[1]] = (*it)[2];
    }
  }
  std::map<std::string, std::string> ours;
  for (const auto& r : c.records) {
    if (r["id"].is_string() && r["subject"].is_string() && r["format"] == "wikileaks-html") {
      ours[r["id"]] = r["subject"];
    }
  }
  size_t listed = 0, agreed = 0, index_ran_on = 0;
  std::ostringstream mismatches;
  for (const auto& [id, subject] : index) {
    auto it = ours.find(id);
    if (it == ours.end()) continue;
    ++listed;
    // The index cuts long subjects and keeps entities: compare as a prefix of letters/digits.
    std::string want = subject;
    for (const auto& [ent, ch] : std::vector<std::pair<std::string, std::string>>{
             {"&amp;", "&"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}}) {
      for (size_t p; (p = want.find(ent)) != std::string::npos;) want.replace(p, ent.size(), ch);
    }
    // The index lost the "(" of a leading marking: "S/NF) ARGENTINA: ..." for
    // "(S/NF) ARGENTINA: ...". Our subject has no marking, as record.md says.
    static const std::regex cut_marking(R"(^\s*\(?(U|C|S|TS|SBU|S/NF|C/NF|S//NF|U/FOUO)\)\s*)",
                                        std::regex::icase);
    want = std::regex_replace(want, cut_marking, "");
    const std::string a = Fold(want), b = Fold(it->second);
    if (b.rfind(a, 0) == 0) {
      ++agreed;
    } else if (a.rfind(b, 0) == 0 && std::regex_search(want, std::regex(R"(\bREF:|\d OF \d)"))) {
      // The index ran the subject on into the REF line or a page-break line
      // (08BRASILIA1378, 08TEGUCIGALPA459): the index's fault, counted apart.
      ++index_ran_on;
      mismatches << "  (index ran on) " << id << ": \"" << subject << "\"\n";
    } else {
      mismatches << "  " << id << ": index \"" << subject << "\" vs \"" << it->second << "\"\n";
    }
  }
  std::cout << "cables in the release index: " << listed << "; subjects agreeing: " << agreed
            << " = " << Percent(agreed, listed) << "%; the index ran on past the subject: "
            << index_ran_on << " (agreeing with those: " << Percent(agreed + index_ran_on, listed)
            << "%)\n"
            << mismatches.str().substr(0, 4000);
  EXPECT_GT(listed, 500u);
  EXPECT_GE(Percent(agreed + index_ran_on, listed), 99.0);
}

}  // namespace
}  // namespace cablescope
