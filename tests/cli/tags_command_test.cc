// `cablescope tags` and `cablescope posts` as a user runs them.
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "archive/archive_test_records.h"
#include "model/record_json.h"
#include "test_support.h"

namespace cablescope {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

TEST(TagsCommand, ACodeGivesItsKindAndMeaning) {
  auto run = testing::RunCablescope({"tags", "--archive", "/nonexistent/cables.db", "KNNP"});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("KNNP"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("program"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("Nuclear Non-Proliferation"), std::string::npos) << run.out;

  run = testing::RunCablescope({"tags", "--archive", "/nonexistent/cables.db", "--json", "iz"});
  ASSERT_EQ(run.status, 0) << run.err;
  json j = json::parse(run.out);
  ASSERT_EQ(j["tags"].size(), 1u) << run.out;
  EXPECT_EQ(j["tags"][0]["code"], "IZ");
  EXPECT_EQ(j["tags"][0]["kind"], "geographic");
  EXPECT_EQ(j["tags"][0]["meaning"], "Iraq");
  EXPECT_FALSE(j["tags"][0].contains("cables"));  // no archive: no counts
}

TEST(TagsCommand, WordsFindTagsAndPersonTagsNameThePerson) {
  auto run = testing::RunCablescope({"tags", "--archive", "/nonexistent/cables.db", "--json", "nuclear", "non-proliferation"});
  ASSERT_EQ(run.status, 0) << run.err;
  json j = json::parse(run.out);
  bool knnp = false;
  for (const auto& t : j["tags"]) knnp |= t["code"] == "KNNP";
  EXPECT_TRUE(knnp) << run.out;

  run = testing::RunCablescope({"tags", "--archive", "/nonexistent/cables.db", "--json", "OVIP (RICE, CONDOLEEZZA)"});
  ASSERT_EQ(run.status, 0) << run.err;
  j = json::parse(run.out);
  ASSERT_EQ(j["tags"].size(), 1u);
  EXPECT_EQ(j["tags"][0]["kind"], "person");
  EXPECT_EQ(j["tags"][0]["person"], "Condoleezza Rice");

  run = testing::RunCablescope({"tags", "--archive", "/nonexistent/cables.db", "zanzibar", "quartz"});
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("no tag"), std::string::npos) << run.err;
}

TEST(TagsCommand, NoArgumentListsEveryTagByKind) {
  auto run = testing::RunCablescope({"tags", "--archive", "/nonexistent/cables.db"});
  ASSERT_EQ(run.status, 0) << run.err;
  const size_t subject = run.out.find("subject:");
  const size_t program = run.out.find("program:");
  const size_t geographic = run.out.find("geographic:");
  const size_t organization = run.out.find("organization:");
  ASSERT_NE(subject, std::string::npos);
  EXPECT_LT(subject, program);
  EXPECT_LT(program, geographic);
  EXPECT_LT(geographic, organization);
  EXPECT_NE(run.out.find("PREL"), std::string::npos);
  EXPECT_NE(run.out.find("Iran"), std::string::npos);
}

TEST(TagsCommand, CountsCablesInAnArchive) {
  const fs::path dir = testing::TempDir();
  {
    std::ofstream out(dir / "records.jsonl");
    for (const Record& r : {testing::UsunRecord(), testing::IslamabadRecord()}) {
      std::string line;
      AppendRecordJson(r, &line);
      out << line << "\n";
    }
  }
  const std::string db = (dir / "cables.db").string();
  auto run = testing::RunCablescope({"ingest", "--records", "--archive", db, (dir / "records.jsonl").string()});
  ASSERT_EQ(run.status, 0) << run.err;
  run = testing::RunCablescope({"tags", "--archive", db, "--json", "IR"});
  ASSERT_EQ(run.status, 0) << run.err;
  json j = json::parse(run.out);
  EXPECT_EQ(j["tags"][0]["cables"], 2);
  run = testing::RunCablescope({"tags", "--archive", db, "--json", "KNNP"});
  j = json::parse(run.out);
  EXPECT_EQ(j["tags"][0]["cables"], 1);
}

TEST(PostsCommand, ANameOrRouteGivesThePost) {
  auto run = testing::RunCablescope({"posts", "--json", "RUEHIL"});
  ASSERT_EQ(run.status, 0) << run.err;
  json j = json::parse(run.out);
  ASSERT_EQ(j["posts"].size(), 1u);
  EXPECT_EQ(j["posts"][0]["station"], "ISLAMABAD");
  EXPECT_EQ(j["posts"][0]["name"], "Embassy Islamabad");
  EXPECT_EQ(j["posts"][0]["country"], "Pakistan");
  EXPECT_EQ(j["route_name"], "AMEMBASSY ISLAMABAD");

  run = testing::RunCablescope({"posts", "Embassy", "Islamabad"});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("RUEHIL"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("Pakistan"), std::string::npos) << run.out;

  run = testing::RunCablescope({"posts", "RUEKJCS"});  // an office, not a post of cable ids
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("JOINT STAFF WASHINGTON DC"), std::string::npos) << run.out;

  run = testing::RunCablescope({"posts", "nowhere", "at", "all"});
  EXPECT_EQ(run.status, 1);

  run = testing::RunCablescope({"posts"});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("USUNNEWYORK"), std::string::npos);
  EXPECT_EQ(run.out.find("JOINT STAFF"), std::string::npos);  // offices only with --all
}

}  // namespace
}  // namespace cablescope
