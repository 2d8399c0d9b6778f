// `cablescope people`: the persons the archive's cables name, with their
// spellings, titles and dates (people_build.h), and the users' corrections:
//   people [QUERY]            persons matching QUERY (any variant's words)
//   people show NAME|NUMBER   one person and the cables naming them
//   people merge A B          A and B are one person
//   people split PERSON VAR   the variant VAR of PERSON is someone else
//   people undo EDIT          takes an edit back
//   people edits              the corrections, in order
// Corrections are kept in the archive and re-applied after every ingest.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "archive/archive_path.h"
#include "archive/archive_reader.h"
#include "archive/link_json.h"
#include "archive/people_store.h"
#include "archive/sqlite_db.h"
#include "archive/store.h"
#include "cli/commands.h"
#include "model/json_writer.h"

namespace cablescope::cli {
namespace {

using namespace archive;

void PrintSummary(const PersonSummary& p) {
  std::printf("%6lld  %s", static_cast<long long>(p.person), p.name.c_str());
  if (!p.titles.empty()) std::printf(" (%s)", Join(p.titles, ", ").c_str());
  std::printf("\n        variants: %s\n", Join(p.variants, ", ").c_str());
  std::printf("        %lld cable%s, %s .. %s\n", static_cast<long long>(p.cables), p.cables == 1 ? "" : "s",
              p.first_date.empty() ? "?" : p.first_date.c_str(), p.last_date.empty() ? "?" : p.last_date.c_str());
}

void Emit(const std::string& json) {
  std::fwrite(json.data(), 1, json.size(), stdout);
  std::fputc('\n', stdout);
}

// Opens the archive for writing (corrections) without creating one.
Status OpenForEdit(const std::string& path, std::unique_ptr<Database>* db) {
  std::unique_ptr<ArchiveReader> probe;
  Status s = ArchiveReader::Open(path, &probe);  // NotFound / schema errors, as every command
  if (!s.ok()) return s;
  probe.reset();
  return Database::Open(path, Database::Mode::kReadWriteCreate, db);
}

int Fail(const Status& s) {
  std::fprintf(stderr, "cablescope people: %s\n", s.message().c_str());
  return s.code() == Status::Code::kInvalidQuery ? kExitUsage : kExitInputErrors;
}

}  // namespace

void RegisterPeopleCommand(CLI::App& app, int* status) {
  auto* cmd = app.add_subcommand(
      "people",
      "Persons named in the archive's cables, with their spellings, titles, first and last cable.\n"
      "  people [QUERY]              persons whose names have these words (all when none)\n"
      "  people show NAME|NUMBER     one person and the cables naming them\n"
      "  people merge A B            A and B are one person (B joins A)\n"
      "  people split PERSON VARIANT the variant is another person\n"
      "  people undo EDIT            take a correction back\n"
      "  people edits                the corrections, kept in the archive and re-applied after each ingest\n"
      "Example: cablescope people Mottaki");
  struct Options {
    std::string archive;
    bool json = false;
    size_t limit = 50;
    std::vector<std::string> args;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--archive", opts->archive, "Archive file (default: $CABLESCOPE_ARCHIVE, else cables.db)");
  cmd->add_option("--limit", opts->limit, "Persons to list (default 50; 0 = all)");
  cmd->add_flag("--json", opts->json, "Print JSON");
  cmd->add_option("args", opts->args, "QUERY, or show|merge|split|undo|edits and their arguments");
  cmd->footer("Exit status: 0 success, 1 the archive cannot be read or no such person, 2 usage error.");
  cmd->callback([opts, status] {
    const std::string path = ResolveArchivePath(opts->archive);
    const std::vector<std::string>& a = opts->args;
    const std::string verb = a.empty() ? "" : a[0];
    auto usage = [&](const char* what) {
      std::fprintf(stderr, "cablescope people: usage: people %s\n", what);
      *status = kExitUsage;
    };
    if (verb == "merge" || verb == "split" || verb == "undo") {
      if ((verb == "undo" && a.size() != 2) || (verb != "undo" && a.size() != 3)) {
        return usage(verb == "merge" ? "merge A B" : verb == "split" ? "split PERSON VARIANT" : "undo EDIT");
      }
      std::unique_ptr<Database> db;
      Status s = OpenForEdit(path, &db);
      int64_t edit = 0;
      if (s.ok()) {
        if (verb == "merge") s = MergePeople(*db, a[1], a[2], &edit);
        else if (verb == "split") s = SplitPerson(*db, a[1], a[2], &edit);
        else {
          char* end = nullptr;
          edit = std::strtoll(a[1].c_str(), &end, 10);
          if (end == a[1].c_str() || *end != '\0') return usage("undo EDIT (an edit number, see `people edits`)");
          s = UndoPeopleEdit(*db, edit);
        }
      }
      if (!s.ok()) {
        *status = Fail(s);
        return;
      }
      if (opts->json) Emit("{\"edit\":" + std::to_string(edit) + "}");
      else if (verb == "undo") std::printf("edit %lld undone\n", static_cast<long long>(edit));
      else std::printf("edit %lld: %s %s %s\n", static_cast<long long>(edit), verb.c_str(), a[1].c_str(), a[2].c_str());
      *status = kExitOk;
      return;
    }
    std::unique_ptr<ArchiveReader> reader;
    Status s = ArchiveReader::Open(path, &reader);
    if (!s.ok()) {
      *status = Fail(s);
      return;
    }
    ReadTransaction snapshot(reader->db());
    if (verb == "edits") {
      std::vector<PeopleEdit> edits;
      s = ListPeopleEdits(reader->db(), &edits);
      if (!s.ok()) {
        *status = Fail(s);
        return;
      }
      std::string out;
      JsonWriter w(&out);
      if (opts->json) w.BeginArray();
      for (const auto& e : edits) {
        if (opts->json) {
          w.BeginObject();
          w.Key("edit");
          w.Int(e.edit);
          w.Key("action");
          w.String(e.action);
          w.Key("args");
          w.Raw(e.args);
          w.Key("created_at");
          w.String(e.created_at);
          w.Key("undone");
          w.Bool(e.undone);
          w.EndObject();
        } else {
          std::printf("%4lld  %s  %-5s %s%s\n", static_cast<long long>(e.edit), e.created_at.c_str(),
                      e.action.c_str(), e.args.c_str(), e.undone ? "  (undone)" : "");
        }
      }
      if (opts->json) {
        w.EndArray();
        Emit(out);
      }
      *status = kExitOk;
      return;
    }
    if (verb == "show") {
      if (a.size() < 2) return usage("show NAME|NUMBER");
      const std::string name = JoinArgs({a.begin() + 1, a.end()});
      PersonDetail d;
      s = LoadPerson(reader->db(), name, &d);
      if (!s.ok()) {
        *status = Fail(s);
        return;
      }
      if (opts->json) {
        std::string out;
        JsonWriter w(&out);
        w.BeginObject();
        w.Key("person");
        WritePersonSummaryJson(d.summary, &w);
        w.Key("cables");
        w.BeginArray();
        for (const auto& c : d.cables) {
          w.BeginObject();
          w.Key("id");
          w.String(c.id);
          w.Key("date");
          w.String(c.date);
          w.Key("subject");
          w.String(c.subject);
          w.Key("name");
          w.String(c.name);
          w.Key("titles");
          w.BeginArray();
          for (const auto& t : c.titles) w.String(t);
          w.EndArray();
          w.EndObject();
        }
        w.EndArray();
        w.EndObject();
        Emit(out);
      } else {
        PrintSummary(d.summary);
        std::printf("\n");
        for (const auto& c : d.cables) {
          std::printf("  %-10s %-22s %-24s %s\n", c.date.c_str(), c.id.c_str(), c.name.c_str(), c.subject.c_str());
        }
      }
      *status = kExitOk;
      return;
    }
    const std::string query = JoinArgs(a);
    std::vector<PersonSummary> people;
    int64_t total = 0;
    s = ListPeople(reader->db(), query, opts->limit, 0, &people, &total);
    if (!s.ok()) {
      *status = Fail(s);
      return;
    }
    if (opts->json) {
      std::string out;
      JsonWriter w(&out);
      w.BeginObject();
      w.Key("query");
      w.String(query);
      w.Key("total");
      w.Int(total);
      w.Key("people");
      w.BeginArray();
      for (const auto& p : people) WritePersonSummaryJson(p, &w);
      w.EndArray();
      w.EndObject();
      Emit(out);
    } else {
      std::printf("%lld person%s%s\n", static_cast<long long>(total), total == 1 ? "" : "s",
                  static_cast<int64_t>(people.size()) < total
                      ? (" (showing " + std::to_string(people.size()) + ")").c_str()
                      : "");
      for (const auto& p : people) PrintSummary(p);
    }
    *status = kExitOk;
  });
}

}  // namespace cablescope::cli
