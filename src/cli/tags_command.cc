// `cablescope tags [CODE|WORDS]`: what TAGS codes mean (link/tag_info.h).
// A code gives its kind and meaning; words give the tags whose meaning has
// them; nothing lists every tag by kind. When an archive exists (--archive,
// $CABLESCOPE_ARCHIVE, else cables.db), each tag shown also says how many of
// its cables carry it.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "archive/archive_path.h"
#include "archive/archive_reader.h"
#include "cli/commands.h"
#include "link/tag_info.h"
#include "model/json_writer.h"

namespace cablescope::cli {
namespace {

// Counts of cables per tag, from the archive's tags table (indexed by tag).
class TagCounter {
 public:
  explicit TagCounter(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return;
    if (!archive::ArchiveReader::Open(path, &reader_).ok()) reader_.reset();
  }
  bool available() const { return reader_ != nullptr; }
  std::optional<int64_t> Count(const std::string& code) {
    if (!reader_) return std::nullopt;
    if (!stmt_.valid() &&
        !reader_->db().Prepare("SELECT count(DISTINCT cable) FROM tags WHERE tag = ?1", &stmt_).ok()) {
      return std::nullopt;
    }
    stmt_.Reset();
    stmt_.Bind(1, code);
    if (!stmt_.Step()) return std::nullopt;
    return stmt_.Int(0);
  }

 private:
  std::unique_ptr<archive::ArchiveReader> reader_;
  archive::Statement stmt_;
};

void PrintJson(const std::string& query, const std::vector<link::TagInfo>& tags, TagCounter& counter) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("query");
  if (query.empty()) w.Null();
  else w.String(query);
  w.Key("tags");
  w.BeginArray();
  for (const auto& t : tags) {
    w.BeginObject();
    w.Key("code");
    w.String(t.code);
    w.Key("kind");
    w.String(link::TagClassName(t.kind));
    w.Key("meaning");
    if (t.meaning.empty()) w.Null();
    else w.String(t.meaning);
    if (!t.person.empty()) {
      w.Key("person");
      w.String(t.person);
    }
    if (auto n = counter.Count(t.code)) {
      w.Key("cables");
      w.Int(*n);
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out.push_back('\n');
  std::fwrite(out.data(), 1, out.size(), stdout);
}

void PrintLine(const link::TagInfo& t, TagCounter& counter, bool with_kind) {
  std::string line = "  " + t.code;
  if (line.size() < 10) line.resize(10, ' ');
  else line.push_back(' ');
  if (with_kind) {
    std::string kind(link::TagClassName(t.kind));
    kind.resize(14, ' ');
    line += kind;
  }
  line += t.meaning.empty() ? "(meaning not recorded)" : t.meaning;
  if (auto n = counter.Count(t.code)) line += "  [" + std::to_string(*n) + " cables]";
  std::printf("%s\n", line.c_str());
}

}  // namespace

void RegisterTagsCommand(CLI::App& app, int* status) {
  auto* cmd = app.add_subcommand(
      "tags", "What TAGS codes mean: a code (KNNP, IR, 'OVIP (RICE, CONDOLEEZZA)'), words of a meaning "
              "('nuclear non-proliferation'), or every tag by kind.");
  struct Options {
    std::vector<std::string> words;
    std::string archive;
    bool json = false;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("query", opts->words, "A TAGS code or words of a meaning (none: list every tag)");
  cmd->add_option("--archive", opts->archive,
                  "Archive whose cables are counted per tag (default: $CABLESCOPE_ARCHIVE, else cables.db, if it exists)");
  cmd->add_flag("--json", opts->json, "Print one JSON object");
  cmd->callback([opts, status] {
    const std::string query = JoinArgs(opts->words);
    TagCounter counter(archive::ResolveArchivePath(opts->archive));
    std::vector<link::TagInfo> tags;
    if (query.empty()) {
      tags = link::AllTags();
    } else if (auto t = link::DescribeTag(query)) {
      tags.push_back(std::move(*t));  // a code (or a person tag): that tag alone
    } else {
      tags = link::FindTags(query);
    }
    if (!query.empty() && tags.empty()) {
      if (opts->json) PrintJson(query, tags, counter);
      std::fprintf(stderr, "cablescope tags: no tag is or means '%s'\n", query.c_str());
      *status = kExitInputErrors;
      return;
    }
    *status = kExitOk;
    if (opts->json) {
      PrintJson(query, tags, counter);
      return;
    }
    if (!query.empty()) {
      for (const auto& t : tags) {
        PrintLine(t, counter, true);
        if (!t.person.empty()) std::printf("            person: %s\n", t.person.c_str());
      }
      return;
    }
    const link::TagClass kinds[] = {link::TagClass::kSubject, link::TagClass::kProgram,
                                    link::TagClass::kGeographic, link::TagClass::kOrganization};
    bool first = true;
    for (link::TagClass kind : kinds) {
      if (!first) std::printf("\n");
      first = false;
      std::printf("%s:\n", std::string(link::TagClassName(kind)).c_str());
      for (const auto& t : tags) {
        if (t.kind == kind) PrintLine(t, counter, false);
      }
    }
    std::printf("\nperson tags: a name in parentheses, `OVIP (RICE, CONDOLEEZZA)` (try: cablescope tags "
                "'OVIP (RICE, CONDOLEEZZA)')\n");
  });
}

}  // namespace cablescope::cli
