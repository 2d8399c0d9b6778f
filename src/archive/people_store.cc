#include "archive/people_store.h"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <iterator>
#include <set>

#include "archive/link_build.h"
#include "archive/people_names.h"
#include "archive/text_fold.h"
#include "archive/utc_now.h"
#include "model/json_writer.h"

namespace cablescope::archive {
namespace {

// Fills a summary from persons row `person` (its variants too).
Status LoadSummary(Database& db, int64_t person, PersonSummary* out) {
  Statement st;
  Status s = db.Prepare("SELECT name, titles, first_date, last_date, cables FROM persons WHERE person = ?1", &st);
  if (!s.ok()) return s;
  st.Bind(1, person);
  if (!st.Step()) {
    if (!st.status().ok()) return st.status();
    return Status::NotFound("no person " + std::to_string(person));
  }
  out->person = person;
  out->name = st.String(0);
  out->titles = TitlesFromJson(st.Text(1));
  out->first_date = st.String(2);
  out->last_date = st.String(3);
  out->cables = st.Int(4);
  Statement v;
  s = db.Prepare("SELECT variant FROM person_variants WHERE person = ?1", &v);
  if (!s.ok()) return s;
  v.Bind(1, person);
  out->variants.clear();
  while (v.Step()) out->variants.push_back(v.String(0));
  return v.status();
}

// Persons that have a key equal to every word of `query` (folded).
Status MatchingPersons(Database& db, std::string_view query, std::vector<int64_t>* out) {
  const std::string whole = FoldValue(query);
  Statement st;
  Status s = db.Prepare("SELECT DISTINCT person FROM person_keys WHERE key = ?1", &st);
  if (!s.ok()) return s;
  std::set<int64_t> result;
  bool first = true;
  std::vector<std::string> words = FoldedTokens(query);
  // The whole name as one key (`susan e rice`), else each word in turn.
  st.Bind(1, whole);
  while (st.Step()) result.insert(st.Int(0));
  if (result.empty()) {
    for (const auto& w : words) {
      std::set<int64_t> these;
      st.Reset();
      st.Bind(1, w);
      while (st.Step()) these.insert(st.Int(0));
      if (first) result = these;
      else {
        std::set<int64_t> both;
        std::set_intersection(result.begin(), result.end(), these.begin(), these.end(),
                              std::inserter(both, both.begin()));
        result = both;
      }
      first = false;
    }
  }
  out->assign(result.begin(), result.end());
  return st.status();
}

// The person named `a`: a number, else the one with most cables among those
// with that name.
Status ResolvePerson(Database& db, std::string_view a, int64_t* person) {
  bool digits = !a.empty();
  for (char c : a) digits = digits && c >= '0' && c <= '9';
  if (digits) {
    *person = std::atoll(std::string(a).c_str());
    if (QueryInt(db, "SELECT count(*) FROM persons WHERE person = " + std::to_string(*person)) == 0) {
      return Status::NotFound("no person " + std::string(a));
    }
    return Status::Ok();
  }
  std::vector<int64_t> ids;
  Status s = MatchingPersons(db, a, &ids);
  if (!s.ok()) return s;
  if (ids.empty()) return Status::NotFound("no person named " + std::string(a));
  int64_t best = ids[0], most = -1;
  for (int64_t id : ids) {
    const int64_t n = QueryInt(db, "SELECT cables FROM persons WHERE person = " + std::to_string(id));
    if (n > most) {
      most = n;
      best = id;
    }
  }
  *person = best;
  return Status::Ok();
}

Status Rebuild(Database& db) {
  LinkBuildReport report;
  return BuildLinks(db, &report);
}

// Records an edit and rebuilds.
Status AddEdit(Database& db, std::string_view action, std::string_view a, std::string_view b, int64_t* edit) {
  std::string args;
  JsonWriter w(&args);
  w.BeginArray();
  w.String(a);
  w.String(b);
  w.EndArray();
  Statement st;
  Status s = db.Prepare("INSERT INTO person_edits(action, args, created_at) VALUES (?1, ?2, ?3)", &st);
  if (!s.ok()) return s;
  st.Bind(1, action).Bind(2, args).Bind(3, UtcNow());
  s = st.Run();
  if (!s.ok()) return s;
  *edit = db.LastInsertRowId();
  return Rebuild(db);
}

}  // namespace

Status ListPeople(Database& db, std::string_view query, size_t limit, size_t offset,
                  std::vector<PersonSummary>* out, int64_t* total) {
  out->clear();
  *total = 0;
  std::vector<int64_t> ids;
  Status s;
  if (FoldValue(query).empty()) {
    Statement st;
    s = db.Prepare("SELECT person FROM persons ORDER BY cables DESC, name", &st);
    if (!s.ok()) return s;
    while (st.Step()) ids.push_back(st.Int(0));
    if (!st.status().ok()) return st.status();
  } else {
    s = MatchingPersons(db, query, &ids);
    if (!s.ok()) return s;
    std::vector<std::pair<int64_t, int64_t>> ranked;
    for (int64_t id : ids) {
      ranked.emplace_back(-QueryInt(db, "SELECT cables FROM persons WHERE person = " + std::to_string(id)), id);
    }
    std::sort(ranked.begin(), ranked.end());
    ids.clear();
    for (const auto& r : ranked) ids.push_back(r.second);
  }
  *total = static_cast<int64_t>(ids.size());
  for (size_t i = offset; i < ids.size() && (limit == 0 || out->size() < limit); ++i) {
    PersonSummary p;
    s = LoadSummary(db, ids[i], &p);
    if (!s.ok()) return s;
    out->push_back(std::move(p));
  }
  return Status::Ok();
}

Status LoadPerson(Database& db, std::string_view number_or_name, PersonDetail* out) {
  int64_t person = 0;
  Status s = ResolvePerson(db, number_or_name, &person);
  if (!s.ok()) return s;
  s = LoadSummary(db, person, &out->summary);
  if (!s.ok()) return s;
  Statement st;
  s = db.Prepare(
      "SELECT c.id, c.date, c.subject, m.name, m.titles FROM mentions m JOIN cables c ON c.cable = m.cable "
      "WHERE m.person = ?1 ORDER BY c.date, c.id",
      &st);
  if (!s.ok()) return s;
  st.Bind(1, person);
  out->cables.clear();
  while (st.Step()) {
    PersonCable c;
    c.id = st.String(0);
    c.date = st.String(1);
    c.subject = st.String(2);
    c.name = st.String(3);
    c.titles = TitlesFromJson(st.Text(4));
    out->cables.push_back(std::move(c));
  }
  return st.status();
}

Status PeopleOfCable(Database& db, int64_t cable, std::vector<PersonSummary>* out) {
  out->clear();
  Statement st;
  Status s = db.Prepare("SELECT person FROM mentions WHERE cable = ?1 AND person IS NOT NULL ORDER BY position", &st);
  if (!s.ok()) return s;
  st.Bind(1, cable);
  std::vector<int64_t> ids;
  while (st.Step()) ids.push_back(st.Int(0));
  if (!st.status().ok()) return st.status();
  for (int64_t id : ids) {
    PersonSummary p;
    s = LoadSummary(db, id, &p);
    if (!s.ok()) return s;
    out->push_back(std::move(p));
  }
  return Status::Ok();
}

Status MergePeople(Database& db, std::string_view a, std::string_view b, int64_t* edit) {
  int64_t pa = 0, pb = 0;
  Status s = ResolvePerson(db, a, &pa);
  if (s.ok()) s = ResolvePerson(db, b, &pb);
  if (!s.ok()) return s;
  // Edits name persons by a variant, not by number: numbers change with
  // every build, names survive it.
  PersonSummary sa, sb;
  s = LoadSummary(db, pa, &sa);
  if (s.ok()) s = LoadSummary(db, pb, &sb);
  if (!s.ok()) return s;
  if (pa == pb) return Status::InvalidQuery(std::string(a) + " and " + std::string(b) + " are already one person");
  return AddEdit(db, "merge", sa.name, sb.name, edit);
}

Status SplitPerson(Database& db, std::string_view person, std::string_view variant, int64_t* edit) {
  int64_t p = 0;
  Status s = ResolvePerson(db, person, &p);
  if (!s.ok()) return s;
  PersonSummary sp;
  s = LoadSummary(db, p, &sp);
  if (!s.ok()) return s;
  const std::string folded = FoldValue(variant);
  bool found = false;
  for (const auto& v : sp.variants) found = found || FoldValue(v) == folded;
  if (!found) return Status::NotFound(sp.name + " has no variant " + std::string(variant));
  if (sp.variants.size() < 2) return Status::InvalidQuery(sp.name + " has only the variant " + std::string(variant));
  return AddEdit(db, "split", sp.name, variant, edit);
}

Status UndoPeopleEdit(Database& db, int64_t edit) {
  Statement st;
  Status s = db.Prepare("UPDATE person_edits SET undone = 1 WHERE edit = ?1 AND undone = 0", &st);
  if (!s.ok()) return s;
  st.Bind(1, edit);
  s = st.Run();
  if (!s.ok()) return s;
  if (sqlite3_changes(db.handle()) == 0) return Status::NotFound("no edit " + std::to_string(edit) + " to undo");
  return Rebuild(db);
}

Status ListPeopleEdits(Database& db, std::vector<PeopleEdit>* out) {
  out->clear();
  Statement st;
  Status s = db.Prepare("SELECT edit, action, args, created_at, undone FROM person_edits ORDER BY edit", &st);
  if (!s.ok()) return s;
  while (st.Step()) {
    PeopleEdit e;
    e.edit = st.Int(0);
    e.action = st.String(1);
    e.args = st.String(2);
    e.created_at = st.String(3);
    e.undone = st.Int(4) != 0;
    out->push_back(std::move(e));
  }
  return st.status();
}

}  // namespace cablescope::archive
