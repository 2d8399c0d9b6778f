// `cablescope refs`, `missing` and `graph` on the two seeds, as a user runs
// them: 06ISLAMABAD10261 cites 06ISLAMABAD10142 and 06STATE87686, neither
// held; 09USUNNEWYORK589 cites nothing.
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_support.h"

namespace cablescope {
namespace {

using nlohmann::json;

const std::string& SeedArchive() {
  static const std::string db = [] {
    const std::string path = (testing::TempDir() / "seeds.db").string();
    auto run = testing::RunCablescope({"ingest", "--archive", path, (testing::SharedDir() / "seeds").string()});
    EXPECT_EQ(run.status, 0) << run.err;
    return path;
  }();
  return db;
}

// Well-formed XML, checked by hand: tags balance, attribute values are
// quoted, `&` starts one of the five entities, no `<` in text.
std::string XmlProblem(const std::string& xml) {
  std::vector<std::string> open;
  size_t i = 0;
  auto entity_ok = [&](size_t at) {
    for (const char* e : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"}) {
      if (xml.compare(at, std::char_traits<char>::length(e), e) == 0) return true;
    }
    return false;
  };
  while (i < xml.size()) {
    if (xml[i] == '&' && !entity_ok(i)) return "bad entity at " + std::to_string(i);
    if (xml[i] != '<') {
      if (xml[i] == '>') return "stray > at " + std::to_string(i);
      ++i;
      continue;
    }
    if (xml.compare(i, 2, "<?") == 0) {
      const size_t e = xml.find("?>", i);
      if (e == std::string::npos) return "unclosed <?";
      i = e + 2;
      continue;
    }
    const bool closing = i + 1 < xml.size() && xml[i + 1] == '/';
    size_t p = i + (closing ? 2 : 1);
    size_t name_end = p;
    while (name_end < xml.size() && (std::isalnum(static_cast<unsigned char>(xml[name_end])) || xml[name_end] == ':' ||
                                     xml[name_end] == '_' || xml[name_end] == '-')) {
      ++name_end;
    }
    const std::string name = xml.substr(p, name_end - p);
    if (name.empty()) return "empty tag name at " + std::to_string(i);
    p = name_end;
    bool self_closing = false;
    while (p < xml.size() && xml[p] != '>') {
      if (xml[p] == '"') {
        const size_t e = xml.find('"', p + 1);
        if (e == std::string::npos) return "unclosed attribute";
        for (size_t k = p + 1; k < e; ++k) {
          if (xml[k] == '<') return "< in attribute at " + std::to_string(k);
          if (xml[k] == '&' && !entity_ok(k)) return "bad entity in attribute at " + std::to_string(k);
        }
        p = e + 1;
        continue;
      }
      if (xml[p] == '/') self_closing = true;
      ++p;
    }
    if (p >= xml.size()) return "unclosed tag " + name;
    if (closing) {
      if (open.empty() || open.back() != name) return "mismatched </" + name + ">";
      open.pop_back();
    } else if (!self_closing) {
      open.push_back(name);
    }
    i = p + 1;
  }
  return open.empty() ? "" : "unclosed <" + open.back() + ">";
}

TEST(XmlCheck, CatchesMalformedXml) {
  EXPECT_EQ(XmlProblem("<a x=\"1\"><b/>t &amp; u</a>"), "");
  EXPECT_NE(XmlProblem("<a><b></a>"), "");
  EXPECT_NE(XmlProblem("<a>AT&T</a>"), "");
  EXPECT_NE(XmlProblem("<a x=\"<\"/>"), "");
}

TEST(RefsCommand, IslamabadCitesTwoMissingCables) {
  REQUIRE_SHARED();
  const std::string& db = SeedArchive();
  auto run = testing::RunCablescope({"refs", "--archive", db, "--json", "06ISLAMABAD010261"});
  ASSERT_EQ(run.status, 0) << run.err;
  json j = json::parse(run.out);
  EXPECT_EQ(j["id"], "06ISLAMABAD10261");
  EXPECT_EQ(j["held"], true);
  ASSERT_EQ(j["cites"].size(), 2u);
  EXPECT_EQ(j["cites"][0]["id"], "06ISLAMABAD10142");
  EXPECT_EQ(j["cites"][0]["label"], "A");
  EXPECT_EQ(j["cites"][1]["id"], "06STATE87686");
  EXPECT_EQ(j["cites"][1]["label"], "B");
  for (const auto& c : j["cites"]) {
    EXPECT_EQ(c["held"], false);
    EXPECT_EQ(c["date_estimated"], true);
    ASSERT_TRUE(c["date"].is_string());
    // Cited by a cable of 2006-06-02, so sent in 2006 on or before that day.
    const std::string date = c["date"];
    EXPECT_GE(date, "2006-01-01");
    EXPECT_LE(date, "2006-06-02");
  }
  EXPECT_TRUE(j["cited_by"].empty());
  EXPECT_EQ(j["thread"].size(), 3u);

  run = testing::RunCablescope({"refs", "--archive", db, "06ISLAMABAD10261"});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("06ISLAMABAD10142"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("missing"), std::string::npos) << run.out;

  // The missing cable is known as cited.
  run = testing::RunCablescope({"refs", "--archive", db, "--json", "06STATE87686"});
  ASSERT_EQ(run.status, 0) << run.err;
  j = json::parse(run.out);
  EXPECT_EQ(j["held"], false);
  ASSERT_EQ(j["cited_by"].size(), 1u);
  EXPECT_EQ(j["cited_by"][0]["id"], "06ISLAMABAD10261");
}

TEST(RefsCommand, UsunCitesNothing) {
  REQUIRE_SHARED();
  const std::string& db = SeedArchive();
  auto run = testing::RunCablescope({"refs", "--archive", db, "--json", "09USUNNEWYORK589"});
  ASSERT_EQ(run.status, 0) << run.err;
  json j = json::parse(run.out);
  EXPECT_TRUE(j["cites"].empty());
  EXPECT_TRUE(j["cited_by"].empty());
  ASSERT_EQ(j["thread"].size(), 1u);
  run = testing::RunCablescope({"refs", "--archive", db, "09NOWHERE1"});
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("09NOWHERE1"), std::string::npos);
}

TEST(RefsCommand, MissingListsPlaceholders) {
  REQUIRE_SHARED();
  const std::string& db = SeedArchive();
  auto run = testing::RunCablescope({"missing", "--archive", db, "--json"});
  ASSERT_EQ(run.status, 0) << run.err;
  json j = json::parse(run.out);
  EXPECT_EQ(j["total"], 2);
  for (const auto& m : j["missing"]) {
    EXPECT_EQ(m["cited"], 1);
    EXPECT_TRUE(m["estimated_date"].is_string());
  }
  run = testing::RunCablescope({"missing", "--archive", db, "--json", "origin:USUN"});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(json::parse(run.out)["total"], 0);  // the USUN cable cites nothing
  run = testing::RunCablescope({"missing", "--archive", db, "--json", "tag:KNNP"});
  EXPECT_EQ(json::parse(run.out)["total"], 2);
  run = testing::RunCablescope({"missing", "--archive", db, "date:("});
  EXPECT_EQ(run.status, 2);
}

TEST(RefsCommand, GraphExports) {
  REQUIRE_SHARED();
  const std::string& db = SeedArchive();
  auto run = testing::RunCablescope({"graph", "--archive", db, "--format", "json"});
  ASSERT_EQ(run.status, 0) << run.err;
  json j = json::parse(run.out);
  EXPECT_EQ(j["nodes"].size(), 4u);  // two held, two missing
  ASSERT_EQ(j["edges"].size(), 2u);
  for (const auto& e : j["edges"]) EXPECT_EQ(e["source"], "06ISLAMABAD10261");

  // The query keeps the matches and their neighbours only.
  run = testing::RunCablescope({"graph", "--archive", db, "--format", "json", "origin:USUN"});
  j = json::parse(run.out);
  EXPECT_EQ(j["nodes"].size(), 1u);
  EXPECT_TRUE(j["edges"].empty());

  for (const char* format : {"graphml", "gexf"}) {
    run = testing::RunCablescope({"graph", "--archive", db, "--format", format});
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(XmlProblem(run.out), "") << format;
    EXPECT_NE(run.out.find("06STATE87686"), std::string::npos);
    // The USUN subject has no markup, but subjects with `&` (`U.S. & EU`) exist.
    EXPECT_EQ(run.out.find(" & "), std::string::npos);
  }
}

}  // namespace
}  // namespace cablescope
