// `cablescope people` and `person:` on real cables: the seed acceptance
// (issue 4), 09BAGHDAD197's Motaki, and the precision and recall of
// extraction and cross-cable merging on the labelled set
// tests/fixtures/people/labels.tsv (how it was made: docs/PEOPLE.md).
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "archive/record_decode.h"
#include "archive/sqlite_db.h"
#include "test_support.h"

namespace cablescope::testing {
namespace {

namespace fs = std::filesystem;
using archive::Database;
using archive::Statement;

std::string Ingest(const std::vector<std::string>& paths) {
  const std::string db = (TempDir() / "people.db").string();
  std::vector<std::string> args = {"ingest", "--archive", db};
  args.insert(args.end(), paths.begin(), paths.end());
  RunResult r = RunCablescope(args);
  EXPECT_EQ(r.status, 0) << r.err;
  return db;
}

nlohmann::json PeopleJson(const std::string& db, const std::string& query) {
  RunResult r = RunCablescope({"people", "--archive", db, "--json", "--limit", "0", query});
  EXPECT_EQ(r.status, 0) << r.err;
  return nlohmann::json::parse(r.out, nullptr, false);
}

std::vector<std::string> SearchIds(const std::string& db, const std::string& query) {
  RunResult r = RunCablescope({"search", "--archive", db, "--json", query});
  EXPECT_EQ(r.status, 0) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out, nullptr, false);
  std::vector<std::string> ids;
  for (const auto& h : j["hits"]) ids.push_back(h["id"].get<std::string>());
  std::sort(ids.begin(), ids.end());
  return ids;
}

bool HasVariant(const nlohmann::json& person, const std::string& v) {
  for (const auto& x : person["variants"]) {
    if (x.get<std::string>() == v) return true;
  }
  return false;
}

TEST(PeopleCommand, SeedAcceptance) {
  REQUIRE_SHARED();
  const std::string db = Ingest({(SharedDir() / "seeds").string()});
  nlohmann::json all = PeopleJson(db, "");
  ASSERT_TRUE(all.is_object());
  std::set<std::string> names;
  for (const auto& p : all["people"]) names.insert(p["name"].get<std::string>());
  for (const char* expected : {"Susan E. Rice", "Dennis Ross", "Ban Ki-moon", "Javier Solana", "Lynn Pascoe",
                               "Mottaki", "Kasuri", "Ryan C. Crocker"}) {
    EXPECT_TRUE(names.count(expected)) << expected;
  }
  // Mottaki and Muttaki are one person; the two Rices are two.
  nlohmann::json mottaki = PeopleJson(db, "Mottaki");
  ASSERT_EQ(mottaki["total"], 1);
  EXPECT_TRUE(HasVariant(mottaki["people"][0], "Muttaki"));
  EXPECT_EQ(mottaki["people"][0]["cables"], 2);
  nlohmann::json rices = PeopleJson(db, "Rice");
  ASSERT_EQ(rices["total"], 2);
  std::set<std::string> rice_titles;
  for (const auto& p : rices["people"]) rice_titles.insert(p["titles"][0].get<std::string>());
  EXPECT_EQ(rice_titles, (std::set<std::string>{"Ambassador", "Secretary"}));
  // person: under any spelling.
  EXPECT_EQ(SearchIds(db, "person:Muttaki"), (std::vector<std::string>{"06ISLAMABAD10261", "09USUNNEWYORK589"}));
  EXPECT_EQ(SearchIds(db, "person:Mottaki"), SearchIds(db, "person:Muttaki"));
  EXPECT_EQ(SearchIds(db, "person:\"Susan E. Rice\""), (std::vector<std::string>{"09USUNNEWYORK589"}));
  RunResult show = RunCablescope({"people", "--archive", db, "show", "Kasuri"});
  EXPECT_EQ(show.status, 0);
  EXPECT_NE(show.out.find("06ISLAMABAD10261"), std::string::npos);
  RunResult none = RunCablescope({"people", "--archive", db, "show", "Nobody"});
  EXPECT_EQ(none.status, 1);
}

TEST(PeopleCommand, MergeSplitUndoFromTheCommandLine) {
  REQUIRE_SHARED();
  const std::string db = Ingest({(SharedDir() / "seeds").string()});
  RunResult merge = RunCablescope({"people", "--archive", db, "--json", "merge", "Kasuri", "Solana"});
  ASSERT_EQ(merge.status, 0) << merge.err;
  EXPECT_EQ(PeopleJson(db, "Solana")["people"][0]["name"], PeopleJson(db, "Kasuri")["people"][0]["name"]);
  // Ingesting again keeps the correction.
  Ingest({(SharedDir() / "seeds").string()});
  EXPECT_EQ(PeopleJson(db, "Solana")["total"], 1);
  EXPECT_TRUE(HasVariant(PeopleJson(db, "Solana")["people"][0], "Kasuri"));
  RunResult undo = RunCablescope({"people", "--archive", db, "undo", "1"});
  ASSERT_EQ(undo.status, 0) << undo.err;
  EXPECT_FALSE(HasVariant(PeopleJson(db, "Solana")["people"][0], "Kasuri"));
  RunResult edits = RunCablescope({"people", "--archive", db, "edits"});
  EXPECT_NE(edits.out.find("(undone)"), std::string::npos);
  EXPECT_EQ(RunCablescope({"people", "--archive", db, "merge", "Kasuri"}).status, 2);
}

TEST(PeopleCommand, MotakiInBaghdadIsMottaki) {
  REQUIRE_SHARED();
  const fs::path baghdad = SharedDir() / "corpus/wikileaks-html-2010/2009/01/09BAGHDAD197.html";
  ASSERT_TRUE(fs::exists(baghdad));
  const std::string db = Ingest({(SharedDir() / "seeds").string(), baghdad.string()});
  nlohmann::json p = PeopleJson(db, "Motaki");
  ASSERT_EQ(p["total"], 1);
  EXPECT_TRUE(HasVariant(p["people"][0], "Mottaki"));
  EXPECT_TRUE(HasVariant(p["people"][0], "Muttaki"));
  EXPECT_EQ(p["people"][0]["cables"], 3);
}

// --- The labelled set --------------------------------------------------

struct Label {
  std::string cable, field, surface, person;
  int count = 0;
};

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Spaces and newlines folded to one space, lower case.
std::string Norm(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return Lower(out);
}

std::vector<Label> ReadLabels(const std::string& file) {
  std::ifstream in(FixturePath(file));
  std::vector<Label> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::stringstream ss(line);
    Label l;
    std::string count;
    std::getline(ss, l.cable, '\t');
    std::getline(ss, l.field, '\t');
    std::getline(ss, l.surface, '\t');
    std::getline(ss, count, '\t');
    std::getline(ss, l.person, '\t');
    l.count = std::stoi(count);
    out.push_back(l);
  }
  return out;
}

bool EndsWithWord(const std::string& text, const std::string& word) {
  if (word.size() > text.size() || text.compare(text.size() - word.size(), word.size(), word) != 0) return false;
  return text.size() == word.size() || !std::isalpha(static_cast<unsigned char>(text[text.size() - word.size() - 1]));
}

struct Scores {
  double precision = 0, recall = 0, merge_precision = 0, merge_recall = 0;
  int gold = 0, merge_gold = 0;
};

// Ingests the labelled cables (WikiLeaks pages of the corpus, and the seeds
// when `with_seeds`) and scores extraction and cross-cable merging against
// the labels of `file` (docs/PEOPLE.md section 3 says how).
void ScoreLabelledSet(const std::string& file, bool with_seeds, Scores* out) {
  const std::vector<Label> labels = ReadLabels(file);
  std::set<std::string> cables;
  int gold_total = 0;
  for (const auto& l : labels) {
    cables.insert(l.cable);
    gold_total += l.count;
  }
  ASSERT_GE(gold_total, with_seeds ? 100 : 50);  // issue 4 asks for 100 in the main set
  // The labelled cables: the seeds and WikiLeaks pages (one cable per file).
  std::vector<std::string> paths;
  if (with_seeds) paths.push_back((SharedDir() / "seeds").string());
  for (const auto& e : fs::recursive_directory_iterator(SharedDir() / "corpus/wikileaks-html-2010")) {
    if (cables.count(e.path().stem().string())) paths.push_back(e.path().string());
  }
  ASSERT_EQ(paths.size(), with_seeds ? cables.size() - 2 + 1 : cables.size());
  const std::string path = Ingest(paths);
  std::unique_ptr<Database> db;
  ASSERT_TRUE(Database::Open(path, Database::Mode::kReadOnly, &db).ok());

  // Gold: (cable, field, surface) -> count, person.
  std::map<std::tuple<std::string, std::string, std::string>, std::pair<int, std::string>> gold;
  for (const auto& l : labels) {
    auto& g = gold[{l.cable, l.field, Norm(l.surface)}];
    g.first += l.count;
    g.second = l.person;
  }
  // CABLESCOPE_LABEL_DEBUG=1 lists what is missed and what is extra
  // (docs/PEOPLE.md section 3).
  const bool debug = std::getenv("CABLESCOPE_LABEL_DEBUG") != nullptr;
  // Each extracted span goes to the longest gold surface it ends with.
  std::map<std::tuple<std::string, std::string, std::string>, std::vector<int64_t>> found;  // -> persons
  int extracted = 0;
  Statement st;
  ASSERT_TRUE(db->Prepare("SELECT c.id, c.record, c.cable FROM cables c", &st).ok());
  Statement ms;
  ASSERT_TRUE(db->Prepare("SELECT person FROM mentions WHERE cable = ?1 AND position = ?2", &ms).ok());
  while (st.Step()) {
    const std::string id = st.String(0);
    if (!cables.count(id)) continue;
    Record r;
    ASSERT_TRUE(archive::DecodeRecordJson(st.Text(1), &r).ok());
    for (size_t pi = 0; pi < r.people.size(); ++pi) {
      ms.Reset();
      ms.Bind(1, st.Int(2)).Bind(2, static_cast<int64_t>(pi));
      ASSERT_TRUE(ms.Step());
      const int64_t person = ms.Int(0);
      for (const auto& sp : r.people[pi].spans) {
        if (sp.field != "body" && sp.field != "signers") continue;
        ++extracted;
        const std::string text = Norm(sp.text);
        std::string best;
        for (const auto& [key, value] : gold) {
          if (std::get<0>(key) == id && std::get<1>(key) == sp.field && EndsWithWord(text, std::get<2>(key)) &&
              std::get<2>(key).size() > best.size()) {
            best = std::get<2>(key);
          }
        }
        if (!best.empty()) found[{id, sp.field, best}].push_back(person);
        if (best.empty() && debug) std::printf("  extra: %s %s %s\n", id.c_str(), sp.field.c_str(), sp.text.c_str());
      }
    }
  }
  ASSERT_TRUE(st.status().ok());

  // Extraction: matched = min(gold, found) per surface.
  int matched = 0;
  // Merging units: (cable, gold person) with the predicted person of its spans.
  std::set<std::tuple<std::string, std::string, int64_t>> units;
  for (const auto& [key, value] : gold) {
    auto it = found.find(key);
    if (it == found.end()) continue;
    matched += std::min<int>(value.first, static_cast<int>(it->second.size()));
    for (int64_t person : it->second) units.insert({std::get<0>(key), value.second, person});
  }
  const double precision = extracted == 0 ? 0 : static_cast<double>(matched) / extracted;
  const double recall = static_cast<double>(matched) / gold_total;

  if (debug) {
    for (const auto& [key, value] : gold) {
      auto it = found.find(key);
      const int got = it == found.end() ? 0 : static_cast<int>(it->second.size());
      if (got < value.first) {
        std::printf("  missed %d of %d: %s %s %s\n", value.first - got, value.first, std::get<0>(key).c_str(),
                    std::get<1>(key).c_str(), std::get<2>(key).c_str());
      }
    }
  }
  // Cross-cable merging: pairs of units in different cables.
  std::vector<std::tuple<std::string, std::string, int64_t>> u(units.begin(), units.end());
  int same_both = 0, same_pred = 0, same_gold = 0;
  for (size_t i = 0; i < u.size(); ++i) {
    for (size_t j = i + 1; j < u.size(); ++j) {
      if (std::get<0>(u[i]) == std::get<0>(u[j])) continue;
      const bool g = std::get<1>(u[i]) == std::get<1>(u[j]);
      const bool p = std::get<2>(u[i]) == std::get<2>(u[j]);
      same_gold += g;
      same_pred += p;
      same_both += g && p;
      if (debug && g != p) {
        std::printf("  %s pair: %s (%s) / %s (%s)\n", g ? "missed" : "false", std::get<1>(u[i]).c_str(),
                    std::get<0>(u[i]).c_str(), std::get<1>(u[j]).c_str(), std::get<0>(u[j]).c_str());
      }
    }
  }
  const double merge_precision = same_pred == 0 ? 0 : static_cast<double>(same_both) / same_pred;
  const double merge_recall = same_gold == 0 ? 0 : static_cast<double>(same_both) / same_gold;
  std::printf("%s: %d gold mentions, %d extracted, %d matched: precision %.3f, recall %.3f\n", file.c_str(),
              gold_total, extracted, matched, precision, recall);
  std::printf("cross-cable merging: %d gold pairs, %d predicted pairs, %d both: precision %.3f, recall %.3f\n",
              same_gold, same_pred, same_both, merge_precision, merge_recall);
  *out = Scores{precision, recall, merge_precision, merge_recall, gold_total, same_gold};
}

TEST(PeopleCommand, LabelledSetPrecisionAndRecall) {
  REQUIRE_SHARED();
  Scores s;
  ScoreLabelledSet("people/labels.tsv", true, &s);
  // Issue 4's targets: 0.9 for each (docs/PEOPLE.md section 3 lists every
  // miss and how the figures moved).
  EXPECT_GE(s.precision, 0.9);
  EXPECT_GE(s.recall, 0.9);
  EXPECT_GE(s.merge_precision, 0.9);
  EXPECT_GE(s.merge_recall, 0.9);
}

// A held-out set's extraction precision and recall are at least the
// measured levels (merging is not scored: few of its cables share a person).
void ExpectHeldOutScores(const char* labels, double precision, double recall) {
  Scores s;
  ScoreLabelledSet(labels, false, &s);
  EXPECT_GE(s.precision, precision) << labels;
  EXPECT_GE(s.recall, recall) << labels;
}

// Six pages drawn after the public-figure list and labelled before the
// extractor saw them: a check that the set above was not merely fitted.
// Blind, recall was 0.734; the appositive rule (`Anatoliy Antonov, MFA
// Director`) then took it to 0.851, and session 9's rules, written after
// reading its misses too, to 87/94 = 0.926 (precision 87/87). Few of these
// cables name the same person, so merging is not scored here
// (docs/PEOPLE.md section 3).
TEST(PeopleCommand, HeldOutSetPrecisionAndRecall) {
  REQUIRE_SHARED();
  ExpectHeldOutScores("people/labels-heldout.tsv", 0.9, 0.9);
}

// A second held-out set (session 9), labelled before that session's code
// changes and scored once after them: how the extraction does on cables
// nobody tuned it on (docs/PEOPLE.md section 3). Before those changes
// (a0b3fe3): precision 106/123 = 0.862, recall 106/141 = 0.752; after:
// 110/119 = 0.924 and 110/141 = 0.780. Session 10's rules were written from
// its misses (so it no longer measures them): 139/145 = 0.959 and 139/141 =
// 0.986. The checks hold the measured level.
TEST(PeopleCommand, HeldOutSet2PrecisionAndRecall) {
  REQUIRE_SHARED();
  ExpectHeldOutScores("people/labels-heldout2.tsv", 0.95, 0.98);
}

// A third held-out set (session 10), labelled before that session's code
// changes, scored blind with the code as it was (5641e6f): precision
// 119/128 = 0.930, recall 119/196 = 0.607; and once after session 10's
// rules, tuned only on the sets above: 128/138 = 0.928 and 128/196 = 0.653,
// far below issue 4's 0.9 for recall (docs/PEOPLE.md section 3 lists the
// misses). Session 10's second round wrote rules from those misses (so it
// no longer measures them): 175/177 = 0.989 and 175/196 = 0.893; session
// 11's ranks and `bin Laden` (also written from them): 177/179 = 0.989 and
// 177/196 = 0.903. The checks hold the measured level.
TEST(PeopleCommand, HeldOutSet3PrecisionAndRecall) {
  REQUIRE_SHARED();
  ExpectHeldOutScores("people/labels-heldout3.tsv", 0.98, 0.90);
}

// A fourth held-out set (session 10, second round), labelled before that
// round's code changes and scored blind with the code as it was (61c3ecf):
// precision 90/91 = 0.989, recall 90/108 = 0.833; and once after that
// round's rules (written from set 3's misses): the same, 90/91 and 90/108
// (none of them applies to these pages). Session 11 wrote rules from its
// misses (so it no longer measures them): 108/109 = 0.991 and 108/108 =
// 1.000. The checks hold the measured level.
TEST(PeopleCommand, HeldOutSet4PrecisionAndRecall) {
  REQUIRE_SHARED();
  ExpectHeldOutScores("people/labels-heldout4.tsv", 0.99, 1.0);
}

// A fifth held-out set (session 11), labelled before that session's code
// changes and scored blind with the code as it was (81231f4): precision
// 157/162 = 0.969, recall 157/190 = 0.826 (docs/PEOPLE.md section 3); and
// once after session 11's rules, written from sets 3 and 4 and the corpus
// only: 173/178 = 0.972 and 173/190 = 0.911 (all 16 gained are Moussa
// Dadis Camara's, anchored by the rank `Captain`). The checks hold the
// measured level.
TEST(PeopleCommand, HeldOutSet5PrecisionAndRecall) {
  REQUIRE_SHARED();
  ExpectHeldOutScores("people/labels-heldout5.tsv", 0.97, 0.91);
}

// A sixth held-out set (session 11), labelled after session 11's rules and
// before the extractor saw its pages, scored once, blind, with the code as it
// is (main at aa1c433): precision 190/195 = 0.974, recall 190/205 = 0.927
// (docs/PEOPLE.md section 3 lists the misses). The checks hold the measured
// level.
TEST(PeopleCommand, HeldOutSet6PrecisionAndRecall) {
  REQUIRE_SHARED();
  ExpectHeldOutScores("people/labels-heldout6.tsv", 0.97, 0.92);
}

}  // namespace
}  // namespace cablescope::testing
