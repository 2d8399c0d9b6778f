// `cablescope ingest` as a user runs it: summary, idempotence, and the crash
// test (SIGKILL at random points, then integrity check and rerun).
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <random>
#include <thread>

#include <gtest/gtest.h>

#include "archive/archive_reader.h"
#include "archive/archive_test_records.h"
#include "archive/store.h"
#include "archive/text_index_check.h"
#include "model/record_json.h"
#include "test_support.h"

namespace cablescope {
namespace {

namespace fs = std::filesystem;

// Writes `count` synthetic records (ids 08TESTPOST<first..>) as JSON Lines.
void WriteRecords(const fs::path& path, int first, int count) {
  std::ofstream out(path, std::ios::binary);
  std::string line;
  for (int i = first; i < first + count; ++i) {
    line.clear();
    AppendRecordJson(testing::SyntheticRecord(i, path.string()), &line);
    line.push_back('\n');
    out << line;
  }
}

int64_t SqlInt(const fs::path& db, const char* sql, std::string* text = nullptr) {
  sqlite3* h = nullptr;
  int64_t v = -1;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
      v = sqlite3_column_int64(st, 0);
      if (text != nullptr) {
        const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        *text = t != nullptr ? t : "";
      }
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(h);
  return v;
}

// Starts the binary with `args`, output discarded; returns its pid.
pid_t Spawn(const std::vector<std::string>& args) {
  pid_t pid = fork();
  if (pid == 0) {
    int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(null, 2);
    std::vector<std::string> copy = args;
    std::vector<char*> argv;
    std::string bin = CABLESCOPE_BINARY;
    argv.push_back(bin.data());
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  return pid;
}

TEST(IngestCommand, SummaryAndIdempotence) {
  const fs::path dir = testing::TempDir();
  WriteRecords(dir / "a.jsonl", 0, 50);
  const std::string db = (dir / "x.db").string();
  auto run = testing::RunCablescope({"ingest", "--records", "--archive", db, (dir / "a.jsonl").string()});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find("ingest: 50 new, 0 updated, 0 unchanged; 0 of 1 inputs failed"), std::string::npos)
      << run.err;
  EXPECT_EQ(run.err.find("\033["), std::string::npos) << "no progress bar when stderr is not a terminal";
  run = testing::RunCablescope({"ingest", "--records", "--archive", db, (dir / "a.jsonl").string()});
  EXPECT_EQ(run.status, 0);
  EXPECT_NE(run.err.find("0 new, 0 updated, 50 unchanged"), std::string::npos) << run.err;
  EXPECT_EQ(SqlInt(db, "SELECT count(*) FROM sources"), 50);
  // Another file with the same cables: a second version of each.
  WriteRecords(dir / "b.jsonl", 0, 10);
  run = testing::RunCablescope({"ingest", "--records", "--archive", db, (dir / "b.jsonl").string()});
  EXPECT_NE(run.err.find("0 new, 10 updated, 0 unchanged"), std::string::npos) << run.err;
  EXPECT_EQ(SqlInt(db, "SELECT count(*) FROM cables WHERE versions = 2"), 10);
  // A bad line is reported as path:line and the batch goes on; exit 1.
  {
    std::ofstream bad(dir / "c.jsonl");
    bad << "{\"id\":\"08OTHER1\",\"source\":{\"path\":\"c\",\"format\":\"json\",\"offset\":0}}\nnot json\n";
  }
  run = testing::RunCablescope({"ingest", "--records", "--archive", db, (dir / "c.jsonl").string()});
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("c.jsonl:2: bad record JSON"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("1 new, 0 updated, 0 unchanged; 1 of 1 inputs failed"), std::string::npos) << run.err;
}

TEST(IngestCommand, ArchiveFromEnvironmentOrDefault) {
  const fs::path dir = testing::TempDir();
  WriteRecords(dir / "a.jsonl", 0, 3);
  setenv("CABLESCOPE_ARCHIVE", (dir / "env.db").c_str(), 1);
  auto run = testing::RunCablescope({"ingest", "--records", (dir / "a.jsonl").string()});
  unsetenv("CABLESCOPE_ARCHIVE");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(SqlInt(dir / "env.db", "SELECT count(*) FROM cables"), 3);
}

// The lookup indexes are rebuilt at the end only by an ingest that brings
// many new cables (deferred_indexes.h): not by a small one, nor by one that
// reads again what is stored. Either way all of them are there afterwards.
TEST(IngestCommand, DefersIndexesOnlyForManyNewCables) {
  const fs::path dir = testing::TempDir();
  WriteRecords(dir / "small.jsonl", 0, 20);
  WriteRecords(dir / "large.jsonl", 20, 1200);
  const std::string db = (dir / "c.db").string();
  const char* kIndexCount = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL";
  auto small = testing::RunCablescope({"ingest", "--records", "--archive", db, (dir / "small.jsonl").string()});
  ASSERT_EQ(small.status, 0) << small.err;
  EXPECT_EQ(small.err.find("indexes:"), std::string::npos) << small.err;
  const int64_t indexes = SqlInt(db, kIndexCount);
  auto large = testing::RunCablescope({"ingest", "--records", "--archive", db, (dir / "large.jsonl").string()});
  ASSERT_EQ(large.status, 0) << large.err;
  EXPECT_NE(large.err.find("indexes: 9 built"), std::string::npos) << large.err;
  EXPECT_EQ(SqlInt(db, kIndexCount), indexes);
  auto again = testing::RunCablescope({"ingest", "--records", "--archive", db, (dir / "large.jsonl").string()});
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.err.find("0 new, 0 updated, 1200 unchanged"), std::string::npos) << again.err;
  EXPECT_EQ(again.err.find("indexes:"), std::string::npos) << again.err;
  EXPECT_EQ(SqlInt(db, kIndexCount), indexes);
  EXPECT_EQ(SqlInt(db, "SELECT count(*) FROM tags"), SqlInt(db, "SELECT count(*) FROM tags INDEXED BY tags_tag WHERE tag IS NOT NULL"));
}

// An ingest killed after its last batch, while it planned the links or
// built its indexes, leaves its cables stored and the links not yet
// written. The next run finds every cable unchanged and builds the links
// all the same (MarkLinksDue, link_build.h); once written, they are not
// built again.
TEST(IngestCommand, LinksOfAKilledIngestAreBuiltByTheNextRun) {
  const fs::path dir = testing::TempDir();
  WriteRecords(dir / "a.jsonl", 0, 40);
  const std::string db = (dir / "k.db").string();
  {
    // What the killed ingest had done: its batches, and nothing after.
    std::unique_ptr<archive::ArchiveWriter> writer;
    ASSERT_TRUE(archive::ArchiveWriter::Open(db, &writer).ok());
    for (int i = 0; i < 40; ++i) {
      archive::PutOutcome outcome;
      ASSERT_TRUE(writer->Put(testing::SyntheticRecord(i, (dir / "a.jsonl").string()), &outcome).ok());
    }
    ASSERT_TRUE(writer->Commit().ok());
  }
  const char* kDue = "SELECT count(*) FROM archive_meta WHERE key = 'links_due'";
  EXPECT_EQ(SqlInt(db, kDue), 1);
  EXPECT_EQ(SqlInt(db, "SELECT count(*) FROM cable_graph"), 0);
  auto rerun = testing::RunCablescope({"ingest", "--records", "--archive", db, (dir / "a.jsonl").string()});
  ASSERT_EQ(rerun.status, 0) << rerun.err;
  EXPECT_NE(rerun.err.find("0 new, 0 updated, 40 unchanged"), std::string::npos) << rerun.err;
  EXPECT_NE(rerun.err.find("links:"), std::string::npos) << rerun.err;
  EXPECT_EQ(SqlInt(db, "SELECT count(*) FROM cable_graph"), 40);
  EXPECT_EQ(SqlInt(db, kDue), 0);
  auto again = testing::RunCablescope({"ingest", "--records", "--archive", db, (dir / "a.jsonl").string()});
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(again.err.find("links:"), std::string::npos) << again.err;
}

// kill -9 at 30 moments of an ingest: the archive always opens, passes
// PRAGMA integrity_check, holds each cable at most once, and a rerun
// completes with every cable exactly once.
TEST(IngestCommand, SurvivesKillNineAnywhere) {
  const fs::path dir = testing::TempDir();
  const int kCables = 3000;
  WriteRecords(dir / "one.jsonl", 0, kCables / 2);
  WriteRecords(dir / "two.jsonl", kCables / 2, kCables / 2);
  const std::vector<std::string> inputs = {(dir / "one.jsonl").string(), (dir / "two.jsonl").string()};
  auto args = [&](const std::string& db) {
    std::vector<std::string> a = {"ingest", "--records", "--batch", "100", "--archive", db};
    a.insert(a.end(), inputs.begin(), inputs.end());
    return a;
  };
  // How long a whole ingest takes here, to spread the kill points over it.
  const auto t0 = std::chrono::steady_clock::now();
  auto full = testing::RunCablescope(args((dir / "full.db").string()));
  ASSERT_EQ(full.status, 0) << full.err;
  const auto full_us = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_EQ(SqlInt(dir / "full.db", "SELECT count(*) FROM cables"), kCables);

  // Kill points are spread over the measured run time. The machine may be
  // faster now than during the measurement (warm caches, less load): a run
  // that finished before its kill tested nothing, so the spread shrinks and
  // the point is tried again. The spread reaches 0 within a few misses, and
  // a kill right after spawn always lands mid-run, so the loop ends.
  std::mt19937 rng(20240611);
  std::uniform_real_distribution<double> fraction(0.0, 0.9);
  double spread_us = static_cast<double>(std::max<int64_t>(full_us, 1000));
  const int kPoints = 30;
  const int kMaxAttempts = 90;
  int killed_midway = 0;
  const fs::path db = dir / "crash.db";
  for (int attempt = 0; attempt < kMaxAttempts && killed_midway < kPoints; ++attempt) {
    const int point = killed_midway;
    // Most points start from an empty archive; every third kills a rerun on
    // top of what the previous kill left (sooner: less is left to do).
    const bool rerun = point % 3 == 2;
    if (!rerun) {
      for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db.string() + suffix);
    }
    const double wait = point == 0 ? 0.0 : fraction(rng) * spread_us / (rerun ? 3.0 : 1.0);
    const auto wait_us = static_cast<int64_t>(wait);
    pid_t pid = Spawn(args(db.string()));
    ASSERT_GT(pid, 0);
    std::this_thread::sleep_for(std::chrono::microseconds(wait_us));
    kill(pid, SIGKILL);
    int wstatus = 0;
    waitpid(pid, &wstatus, 0);
    if (WIFSIGNALED(wstatus)) {
      ++killed_midway;
    } else {
      spread_us *= 0.7;
    }
    if (!fs::exists(db)) continue;  // killed before the file was created
    std::string integrity;
    SqlInt(db, "PRAGMA integrity_check", &integrity);
    EXPECT_EQ(integrity, "ok") << "kill point " << point << " after " << wait_us << " us";
    const int64_t cables = SqlInt(db, "SELECT count(*) FROM cables");
    const int64_t distinct = SqlInt(db, "SELECT count(DISTINCT id) FROM cables");
    const int64_t sources = SqlInt(db, "SELECT count(*) FROM sources");
    if (cables >= 0) {  // -1: killed before the schema was committed
      EXPECT_EQ(cables, distinct);
      EXPECT_EQ(sources, cables);
      EXPECT_LE(cables, kCables);
    }
  }
  EXPECT_EQ(killed_midway, kPoints) << "every kill point should land while the ingest runs";
  auto rerun = testing::RunCablescope(args(db.string()));
  EXPECT_EQ(rerun.status, 0) << rerun.err;
  std::string integrity;
  SqlInt(db, "PRAGMA integrity_check", &integrity);
  EXPECT_EQ(integrity, "ok");
  EXPECT_EQ(SqlInt(db, "SELECT count(*) FROM cables"), kCables);
  EXPECT_EQ(SqlInt(db, "SELECT count(DISTINCT id) FROM cables"), kCables);
  EXPECT_EQ(SqlInt(db, "SELECT count(*) FROM sources"), kCables);
  EXPECT_EQ(SqlInt(db, "SELECT count(*) FROM text_docs"), kCables);
  EXPECT_EQ(SqlInt(db, "SELECT count(*) FROM paragraphs"), kCables);
  // Every lookup index is back (an ingest defers them: deferred_indexes.h),
  // as an uninterrupted ingest leaves them.
  const char* kIndexes = "SELECT group_concat(name || ': ' || sql, char(10)) FROM "
                         "(SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)";
  std::string indexes, full_indexes;
  SqlInt(db, kIndexes, &indexes);
  SqlInt(dir / "full.db", kIndexes, &full_indexes);
  EXPECT_EQ(indexes, full_indexes);
  EXPECT_NE(indexes.find("tags_tag: CREATE INDEX"), std::string::npos) << indexes;
  EXPECT_EQ(SqlInt(db, "SELECT count(*) FROM archive_meta WHERE key LIKE 'deferred%'"), 0);
  // The links are those of the uninterrupted ingest too (a run killed after
  // its last batch left them due: MarkLinksDue).
  for (const char* sql : {"SELECT count(*) FROM cable_graph", "SELECT count(*) FROM persons",
                          "SELECT count(*) FROM mentions WHERE person IS NOT NULL"}) {
    EXPECT_EQ(SqlInt(db, sql), SqlInt(dir / "full.db", sql)) << sql;
  }
  EXPECT_EQ(SqlInt(db, "SELECT count(*) FROM cable_graph"), kCables);
  EXPECT_EQ(SqlInt(db, "SELECT count(*) FROM archive_meta WHERE key = 'links_due'"), 0);
  // And the index agrees with the tables: exactly what indexing every
  // stored record afresh gives.
  auto search = testing::RunCablescope({"search", "--archive", db.string(), "--json", "--limit", "0", "harvest"});
  EXPECT_NE(search.out.find("\"total\":" + std::to_string(kCables)), std::string::npos) << search.out;
  std::unique_ptr<archive::ArchiveReader> reader;
  ASSERT_TRUE(archive::ArchiveReader::Open(db.string(), &reader).ok());
  archive::Status check = archive::CheckTextIndex(*reader);
  EXPECT_TRUE(check.ok()) << check.message();
}

// The real inputs, through the binary (whose parser threads tokenize each
// cable for the writer): the text index holds exactly the words of every
// stored merged record, and a word is found in the cables whose record has it.
TEST(IngestCommand, CorpusTextIndexIsExact) {
  REQUIRE_SHARED();
  const fs::path db = testing::TempDir() / "corpus.db";
  auto run = testing::RunCablescope({"ingest", "--archive", db.string(), (testing::SharedDir() / "seeds").string(),
                                     (testing::SharedDir() / "corpus").string()});
  ASSERT_NE(run.status, 2) << run.err;
  std::unique_ptr<archive::ArchiveReader> reader;
  ASSERT_TRUE(archive::ArchiveReader::Open(db.string(), &reader).ok());
  EXPECT_GT(archive::QueryInt(reader->db(), "SELECT count(*) FROM text_docs"), 1000);
  archive::Status check = archive::CheckTextIndex(*reader);
  EXPECT_TRUE(check.ok()) << check.message();
}

}  // namespace
}  // namespace cablescope
