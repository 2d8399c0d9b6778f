// `cablescope parse` end to end: the binary on real and damaged inputs.
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_support.h"

namespace cablescope {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::FixturePath;
using testing::RunCablescope;
using testing::SharedDir;

std::vector<json> Records(const std::string& out) {
  std::vector<json> records;
  size_t start = 0;
  while (start < out.size()) {
    size_t end = out.find('\n', start);
    if (end == std::string::npos) end = out.size();
    if (end > start) records.push_back(json::parse(out.substr(start, end - start)));
    start = end + 1;
  }
  return records;
}

fs::path SeedPath(const std::string& prefix) {
  for (const auto& e : fs::directory_iterator(SharedDir() / "seeds")) {
    if (e.path().filename().string().rfind(prefix, 0) == 0) return e.path();
  }
  return {};
}

void WriteFile(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

json Recipient(const char* route, const char* name, const char* precedence, json serial) {
  return json{{"route", route}, {"name", name}, {"precedence", precedence},
              {"serial", serial}, {"excluded", json::array()}};
}

TEST(ParseCommand, Seed000RawTelegramGivesEveryField) {
  REQUIRE_SHARED();
  auto run = RunCablescope({"parse", SeedPath("000").string()});
  ASSERT_EQ(run.status, 0) << run.err;
  auto records = Records(run.out);
  ASSERT_EQ(records.size(), 1u);
  const json& r = records[0];
  EXPECT_EQ(r["id"], "09USUNNEWYORK589");
  EXPECT_EQ(r["published_ids"], json::array());
  EXPECT_EQ(r["format"], "telegram");
  EXPECT_EQ(r["partial"], false);
  EXPECT_EQ(r["transmission_id"], "VZCZCXRO7935");
  EXPECT_EQ(r["precedence"], "IMMEDIATE");
  EXPECT_EQ(r["dtg"], "2009-06-13T00:23Z");
  EXPECT_TRUE(r["created"].is_null());
  EXPECT_EQ(r["station"], (json{{"route", "RUCNDT"}, {"serial", "0589"}, {"filed", "1640023"}}));
  EXPECT_EQ(r["relay"], (json{"RUEHBC", "RUEHDE", "RUEHDIR", "RUEHKUK", "RUEHTRO"}));
  EXPECT_EQ(r["from"], "USMISSION USUN NEW YORK");
  EXPECT_EQ(r["origin"], "USUN New York");
  EXPECT_EQ(r["to"], json::array({Recipient("RUEHC", "SECSTATE WASHDC", "IMMEDIATE", "6721")}));
  EXPECT_EQ(r["info"], json::array({
                           Recipient("RUCNIRA", "IRAN COLLECTIVE", "IMMEDIATE", nullptr),
                           Recipient("RUEHGG", "UN SECURITY COUNCIL COLLECTIVE", "IMMEDIATE", nullptr),
                           Recipient("RUEHBUL", "AMEMBASSY KABUL", "IMMEDIATE", "0280"),
                           Recipient("RUEHDE", "AMCONSUL DUBAI", "IMMEDIATE", "0033"),
                       }));
  EXPECT_EQ(r["classification"], "CONFIDENTIAL");
  EXPECT_EQ(r["captions"], json{"SIPDIS"});
  EXPECT_EQ(r["executive_order"], "12958");
  EXPECT_EQ(r["declassify_on"], "2019-06-09");
  EXPECT_EQ(r["tags"], (json{"PREL", "ZP", "IR", "IS", "UNSC"}));
  EXPECT_EQ(r["subject"],
            "AMBASSADORS DENNIS ROSS AND SUSAN RICE DISCUSS IRAN WITH UN SECRETARY-GENERAL");
  EXPECT_EQ(r["references"], json::array());
  EXPECT_EQ(r["classified_by"], json::array({{{"name", "Susan E. Rice"}, {"title", "Ambassador"}}}));
  EXPECT_EQ(r["classification_reasons"], (json{"1.4(b)", "1.4(d)"}));
  EXPECT_EQ(r["signers"], json{"RICE"});
  EXPECT_TRUE(r["summary"].is_null());
  ASSERT_EQ(r["paragraphs"].size(), 5u);
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(r["paragraphs"][i]["number"], i + 1);
    EXPECT_EQ(r["paragraphs"][i]["marking"], "C");
  }
  // Paragraph 5 runs across a page break (a blank line before "him.").
  EXPECT_NE(r["paragraphs"][4]["text"].get<std::string>().find("against him. Ban said"),
            std::string::npos);
  const std::string body = r["body"];
  EXPECT_EQ(body.find("](#)"), std::string::npos);
  EXPECT_EQ(body.find("VZCZC"), std::string::npos);
  EXPECT_EQ(body.rfind("RICE"), body.size() - 4);
  EXPECT_EQ(r["source"]["format"], "telegram");
}

TEST(ParseCommand, Seed003PressReprintGivesTheEmbeddedCable) {
  REQUIRE_SHARED();
  auto run = RunCablescope({"parse", SeedPath("003").string()});
  ASSERT_EQ(run.status, 0) << run.err;
  auto records = Records(run.out);
  ASSERT_EQ(records.size(), 1u);
  const json& r = records[0];
  EXPECT_EQ(r["id"], "06ISLAMABAD10261");
  EXPECT_EQ(r["format"], "press");
  EXPECT_EQ(r["source"]["site"], "DAWN.COM");
  EXPECT_EQ(r["source"]["published"], "2011-07-09T09:24");
  EXPECT_EQ(r["source"]["headline"],
            "2006: Kasuri tried to convince Iran to accept American offer of dialogue on nuclear "
            "issues");
  EXPECT_EQ(r["created"], "2006-06-02T12:46");
  EXPECT_EQ(r["origin"], "Embassy Islamabad");
  EXPECT_EQ(r["transmission_id"], "VZCZCXRO6094");
  EXPECT_EQ(r["relay"], (json{"RUEHDBU", "RUEHLH", "RUEHPW"}));
  EXPECT_EQ(r["station"], (json{{"route", "RUEHIL"}, {"serial", "0261"}, {"filed", "1531246"}}));
  EXPECT_EQ(r["dtg"], "2006-06-02T12:46Z");
  EXPECT_EQ(r["precedence"], "PRIORITY");
  EXPECT_EQ(r["from"], "AMEMBASSY ISLAMABAD");
  EXPECT_EQ(r["to"], json::array({Recipient("RUEHC", "SECSTATE WASHDC", "PRIORITY", "0369")}));
  ASSERT_EQ(r["info"].size(), 18u);
  EXPECT_EQ(r["info"][0], Recipient("RUEHTA", "AMEMBASSY ALMATY", "PRIORITY", "9470"));
  EXPECT_EQ(r["info"][6], Recipient("RUEHDBU", "AMEMBASSY DUSHANBE", "PRIORITY", nullptr));
  EXPECT_EQ(r["info"][17], Recipient("RHWSMRC", "USCINCCENT MACDILL AFB FL", "PRIORITY", nullptr));
  EXPECT_EQ(r["classification"], "CONFIDENTIAL");
  EXPECT_EQ(r["captions"], json{"SIPDIS"});
  EXPECT_EQ(r["executive_order"], "12958");
  EXPECT_EQ(r["declassify_on"], "2016-06-02");
  EXPECT_EQ(r["tags"], (json{"PK", "PREL", "PGOV", "IR", "KNNP"}));
  EXPECT_EQ(r["subject"], "FM KASURI TELLS IRAN \u201cTAKE THE OFFER\u201d");
  EXPECT_EQ(r["references"],
            json::array({{{"label", "A"}, {"kind", "cable"}, {"text", "ISLAMABAD 10142"},
                          {"id", "06ISLAMABAD10142"}},
                         {{"label", "B"}, {"kind", "cable"}, {"text", "STATE 87686"},
                          {"id", "06STATE87686"}}}));
  EXPECT_EQ(r["classified_by"],
            json::array({{{"name", "Ryan C. Crocker"}, {"title", "Ambassador"}}}));
  EXPECT_EQ(r["classification_reasons"], (json{"1.4(b)", "1.4(d)"}));
  EXPECT_EQ(r["signers"], json{"CROCKER"});
  ASSERT_EQ(r["paragraphs"].size(), 5u);
  for (const auto& p : r["paragraphs"]) EXPECT_EQ(p["marking"], "C");
  const std::string body = r["body"];
  ASSERT_GE(body.size(), 7u);
  EXPECT_EQ(body.substr(body.size() - 7), "CROCKER");
  EXPECT_EQ(body.find("Read Comments"), std::string::npos);
}

// The text scans (REF pointers, people) run only on request: without
// --links the two derived fields are absent (not an empty list, which would
// say "names nobody"); with it they are there, and nothing else changes.
TEST(ParseCommand, LinksFlagAddsRefLinksAndPeopleAndChangesNothingElse) {
  REQUIRE_SHARED();
  auto plain = RunCablescope({"parse", SeedPath("003").string()});
  auto linked = RunCablescope({"parse", "--links", SeedPath("003").string()});
  ASSERT_EQ(plain.status, 0) << plain.err;
  ASSERT_EQ(linked.status, 0) << linked.err;
  json without = Records(plain.out).at(0);
  json with = Records(linked.out).at(0);
  EXPECT_FALSE(without.contains("ref_links"));
  EXPECT_FALSE(without.contains("people"));
  ASSERT_TRUE(with.contains("people"));
  std::set<std::string> names;
  for (const auto& p : with["people"]) names.insert(p["name"].get<std::string>());
  EXPECT_TRUE(names.count("Kasuri")) << with["people"].dump();
  EXPECT_TRUE(names.count("Ryan C. Crocker")) << with["people"].dump();
  // "(Ref B)" in paragraph 1 points at STATE 87686.
  bool ref_b = false;
  for (const auto& l : with["ref_links"]) {
    ref_b = ref_b || (l["label"] == "B" && l["id"] == "06STATE87686");
  }
  EXPECT_TRUE(ref_b) << with["ref_links"].dump();
  with.erase("ref_links");
  with.erase("people");
  EXPECT_EQ(with, without);
}

TEST(ParseCommand, EveryFormatOfTheSampleSetGivesItsId) {
  auto run = RunCablescope({"parse", FixturePath("samples").string()});
  ASSERT_EQ(run.status, 0) << run.err;
  std::set<std::string> ids;
  std::set<std::string> formats;
  for (const auto& r : Records(run.out)) {
    ids.insert(r["id"].is_null() ? "null" : r["id"].get<std::string>());
    formats.insert(r["format"]);
  }
  EXPECT_EQ(ids, (std::set<std::string>{"05LIMASSOL88", "08VALLETTA412", "09WINDHOEK77",
                                        "04ODESSA19"}));
  EXPECT_EQ(formats, (std::set<std::string>{"wikileaks-html", "telegram", "cables-csv", "json"}));
}

TEST(ParseCommand, FragmentTakesItsIdAndYearFromTheCommandLine) {
  const std::string fragment =
      "SUBJECT: HARBOUR TALKS\n\nREF: VALLETTA 398\n\n1. (C) The talks resumed.\n\nHARBOR\n";
  auto run = RunCablescope({"parse", "--id", "08VALLETTA412", "-"}, fragment);
  ASSERT_EQ(run.status, 0) << run.err;
  auto records = Records(run.out);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0]["id"], "08VALLETTA412");
  EXPECT_EQ(records[0]["subject"], "HARBOUR TALKS");
  ASSERT_EQ(records[0]["references"].size(), 1u);
  EXPECT_EQ(records[0]["references"][0]["id"], "08VALLETTA398");
  EXPECT_TRUE(records[0]["dtg"].is_null());
  EXPECT_TRUE(records[0]["transmission_id"].is_null());
}

TEST(ParseCommand, GzipIsReadUnderAnyName) {
  const fs::path dir = testing::TempDir();
  const std::string plain = testing::ReadFile(FixturePath("samples/08VALLETTA412.txt"));
  const fs::path gz = dir / "cable.dat";
  gzFile f = gzopen(gz.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  gzwrite(f, plain.data(), static_cast<unsigned>(plain.size()));
  gzclose(f);
  auto run = RunCablescope({"parse", gz.string()});
  ASSERT_EQ(run.status, 0) << run.err;
  auto records = Records(run.out);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0]["id"], "08VALLETTA412");
}

TEST(ParseCommand, OutputKeepsInputOrderOnEveryThreadCount) {
  auto one = RunCablescope({"parse", "--threads", "1", FixturePath("samples").string()});
  auto four = RunCablescope({"parse", "--threads", "4", FixturePath("samples").string()});
  ASSERT_EQ(one.status, 0);
  EXPECT_EQ(one.out, four.out);
}

// Bad input is normal input: each gets `path:line: what is wrong`, the run
// goes on, and the exit status says some inputs had errors.
TEST(ParseCommand, DamagedInputsAreReportedAndSkipped) {
  const fs::path dir = testing::TempDir();
  WriteFile(dir / "a-empty.txt", "");
  WriteFile(dir / "b-binary.bin", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0", 20) +
                                      std::string(4000, '\0'));
  WriteFile(dir / "c-unterminated.csv",
            "\"1\",\"1/2/2009 10:00\",\"09ROME1\",\"Embassy Rome\",\"UNCLASSIFIED\",\"\",\"R "
            "021000Z JAN 09\",\"UNCLAS ROME 000001\n\nSUBJECT: UNFINISHED\n");
  WriteFile(dir / "d-truncated.html",
            "<html><body><table class='cable'><tr><th>Reference ID</th><th>Created</th></tr>"
            "<tr><td><a href='x'>09ROME2</a></td><td>2009-01-0");
  fs::copy_file(FixturePath("samples/08VALLETTA412.txt"), dir / "e-good.txt");
  auto run = RunCablescope({"parse", dir.string()});
  EXPECT_EQ(run.status, 1) << run.err;
  auto records = Records(run.out);
  bool good_seen = false;
  for (const auto& r : records) good_seen |= r["id"] == "08VALLETTA412";
  EXPECT_TRUE(good_seen) << "the good input after the damaged ones must still be parsed";
  const std::regex diagnostic(R"(^[^\n:]+(:\d+)?: [^\n]+$)");
  std::istringstream err(run.err);
  std::string line;
  std::set<std::string> reported;
  while (std::getline(err, line)) {
    EXPECT_TRUE(std::regex_match(line, diagnostic)) << line;
    reported.insert(fs::path(line.substr(0, line.find(':'))).filename().string());
  }
  EXPECT_TRUE(reported.count("a-empty.txt")) << run.err;
  EXPECT_TRUE(reported.count("b-binary.bin")) << run.err;
  EXPECT_TRUE(reported.count("c-unterminated.csv")) << run.err;
  EXPECT_TRUE(reported.count("d-truncated.html")) << run.err;
  EXPECT_FALSE(reported.count("e-good.txt")) << run.err;
}

TEST(ParseCommand, InvalidUtf8AndNulBytesNeverReachTheOutput) {
  std::string text = testing::ReadFile(FixturePath("samples/08VALLETTA412.txt"));
  text.insert(text.find("Borg"), std::string("\xFF\xFE\0\x80", 4));
  auto run = RunCablescope({"parse", "-"}, text);
  auto records = Records(run.out);  // json::parse throws on invalid UTF-8
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0]["id"], "08VALLETTA412");
  EXPECT_EQ(run.out.find('\0'), std::string::npos);
}

TEST(ParseCommand, AHugeLineIsSkippedWithBoundedWork) {
  const fs::path dir = testing::TempDir();
  const fs::path big = dir / "huge.csv";
  {
    std::ofstream out(big, std::ios::binary);
    out << "\"1\",\"1/2/2009 10:00\",\"09ROME1\",\"Embassy Rome\",\"UNCLASSIFIED\",\"\",\"\",\"";
    std::string block(1 << 20, 'x');
    for (int i = 0; i < 200; ++i) out << block;  // a 200 MB line
    out << "\"\n";
    out << testing::ReadFile(FixturePath("samples/cables-sample.csv"));
  }
  auto run = RunCablescope({"parse", big.string()}, "", 300);
  EXPECT_EQ(run.status, 1) << run.err;
  EXPECT_NE(run.err.find("huge.csv:1:"), std::string::npos) << run.err;
  auto records = Records(run.out);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0]["id"], "09WINDHOEK77");
}

TEST(ParseCommand, UsageErrorsExitWithTwo) {
  EXPECT_EQ(RunCablescope({"parse"}).status, 2);
  EXPECT_EQ(RunCablescope({"parse", "--format", "word", "x"}).status, 2);
  EXPECT_EQ(RunCablescope({"frobnicate"}).status, 2);
  auto missing = RunCablescope({"parse", "/nonexistent/cable.txt"});
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.err.find("/nonexistent/cable.txt: cannot open"), std::string::npos);
  auto help = RunCablescope({"parse", "--help"});
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("2 usage error"), std::string::npos);
}

}  // namespace
}  // namespace cablescope
