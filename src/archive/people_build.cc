#include "archive/people_build.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "archive/cable_dates.h"
#include "archive/link_build_report.h"
#include "archive/multi_row_insert.h"
#include "archive/people_names.h"
#include "archive/text_fold.h"
#include "link/person_titles.h"
#include "model/json_writer.h"

namespace cablescope::archive {
namespace {

// Thresholds (docs/PEOPLE.md): a bare surname joins a person known by that
// surname when they share a title within kTitledYears of the person's
// years, or (no title on either side) within kUntitledYears.
constexpr int kTitledYears = 4;
constexpr int kUntitledYears = 3;

const std::vector<std::string> kNoTitles;

struct Mention {
  int64_t cable = 0, position = 0;
  std::string name;
  std::string titles_json;  // as stored
  // The titles_json parsed, shared by every mention with the same titles
  // (Builder::titles_of_): a copy per mention was a vector and its strings
  // allocated ~1 million times.
  const std::vector<std::string>* titles = &kNoTitles;
  std::string date;
  int day = 0;   // YYYYMMDD of date, for sorting
  int year = 0;
  NameKey key;
  GivenKey given;           // KeyOfGiven(key.given), when there is a given name
  uint64_t title_mask = 0;  // bit t: the title numbered t (< 64) is among `titles`
  bool title_overflow = false;  // a title numbered 64 or more is
  size_t cluster = 0;
  int64_t person = 0;  // persons.person once written
};

// What the clustering scans read of a cluster, stored beside the other
// clusters of the same surname key: a bare surname is tested against every
// person of its key, and a common surname has hundreds, so the scan must
// read consecutive memory and compare bits, not chase each cluster's title
// map and recompute spelling keys.
struct Candidate {
  size_t cluster = 0;
  uint64_t title_mask = 0;  // titles numbered < 64 (Mention::title_mask)
  int first_year = 0, last_year = 0;
  GivenKey given;  // KeyOfGiven(PersonCluster::given); first == 0: no given name
};

struct PersonCluster {
  std::string phonetic;  // surname key
  std::string given;     // the fullest given name seen ("" for bare-surname persons)
  std::map<std::string, int> titles;
  int first_year = 0, last_year = 0;
  std::vector<size_t> mentions;
  bool alive = true;
  std::vector<Candidate>* bucket = nullptr;  // its key's candidates (by_key_)
  size_t slot = 0;                           // and its place there
};

int YearDistance(const Candidate& c, int year) {
  if (year == 0 || c.first_year == 0) return 0;
  if (year < c.first_year) return c.first_year - year;
  if (year > c.last_year) return year - c.last_year;
  return 0;
}

// Titled as a person (`Ambassador`), not only by an office a Classified By
// line names (`SCA Richard A. Boucher`).
bool HasTableTitle(const PersonCluster& c) {
  for (const auto& [title, count] : c.titles) {
    if (link::IsTableTitle(title)) return true;
  }
  return false;
}

bool SharesTitle(const PersonCluster& c, const std::vector<std::string>& titles) {
  for (const auto& t : titles) {
    if (c.titles.count(t)) return true;
  }
  return false;
}

constexpr size_t kNone = static_cast<size_t>(-1);

void AddTo(PersonCluster* c, size_t index, Mention* m) {
  c->mentions.push_back(index);
  for (const auto& t : *m->titles) ++c->titles[t];
  if (m->year > 0) {
    if (c->first_year == 0 || m->year < c->first_year) c->first_year = m->year;
    if (m->year > c->last_year) c->last_year = m->year;
  }
  Candidate& cand = (*c->bucket)[c->slot];
  cand.title_mask |= m->title_mask;
  cand.first_year = c->first_year;
  cand.last_year = c->last_year;
}

// Keeps the candidate's copy of the given name's facts in step.
void SetGiven(PersonCluster* c, std::string given) {
  c->given = std::move(given);
  (*c->bucket)[c->slot].given = KeyOfGiven(c->given);
}

class Builder {
 public:
  // Reads the mentions and the corrections through `db` and clusters them.
  Status Compute(Database& db) {
    Status s = Load(db);
    if (s.ok()) {
      ClusterNames();
      s = ApplyEdits(db);
    }
    if (s.ok()) MakeRows();
    return s;
  }

  // Writes the persons through `db` (the writer's connection).
  Status Write(Database& db, LinkBuildReport* report) {
    Status s = WriteRows(db);
    if (report != nullptr) {
      report->mentions = static_cast<int64_t>(mentions_.size());
      report->persons = static_cast<int64_t>(person_rows_.size());
    }
    return s;
  }

 private:
  Status Load(Database& db) {
    // The cables' dates from an index, not a join: each cables row holds a
    // body, and the join read them all (cable_dates.h).
    std::vector<CableDate> cables;
    Status s = LoadCableDates(db, /*with_ids=*/false, &cables);
    if (!s.ok()) return s;
    Statement st;
    s = db.Prepare(
        // In cable order, the table's own: a rebuild clusters exactly as
        // the first build did.
        "SELECT cable, position, name, titles FROM mentions ORDER BY cable, position", &st);
    if (!s.ok()) return s;
    std::unordered_map<std::string, std::pair<NameKey, GivenKey>> key_cache;
    // Room for every mention at once: grown by doubling, the vector (~300
    // bytes a mention, 3.75 million at 1,000,000 cables) was moved and
    // faulted into fresh pages again at each step.
    mentions_.reserve(static_cast<size_t>(std::max<int64_t>(0, QueryInt(db, "SELECT count(*) FROM mentions", 0))));
    auto cable = cables.begin();
    while (st.Step()) {
      Mention m;
      m.cable = st.Int(0);
      while (cable != cables.end() && cable->cable < m.cable) ++cable;
      if (cable == cables.end() || cable->cable != m.cable) continue;  // a mention of no cable
      m.position = st.Int(1);
      m.name = st.String(2);
      m.titles_json = st.String(3);
      m.date = cable->date;
      m.year = cable->year;
      if (m.date.size() >= 10) {
        m.day = std::atoi(m.date.substr(0, 4).c_str()) * 10000 + std::atoi(m.date.substr(5, 2).c_str()) * 100 +
                std::atoi(m.date.substr(8, 2).c_str());
      }
      // Few distinct names and title lists among many mentions: fold each once.
      auto title_it = titles_of_.find(m.titles_json);
      if (title_it == titles_of_.end()) {
        title_it = titles_of_.emplace(m.titles_json, TitlesFromJson(m.titles_json)).first;
      }
      m.titles = &title_it->second;
      for (const std::string& t : *m.titles) {
        const size_t number = title_numbers_.emplace(t, title_numbers_.size()).first->second;
        if (number < 64) {
          m.title_mask |= uint64_t{1} << number;
        } else {
          m.title_overflow = true;
        }
      }
      auto key_it = key_cache.find(m.name);
      if (key_it == key_cache.end()) {
        NameKey key = KeyOfName(m.name);
        GivenKey given = KeyOfGiven(key.given);
        key_it = key_cache.emplace(m.name, std::make_pair(std::move(key), std::move(given))).first;
      }
      m.key = key_it->second.first;
      m.given = key_it->second.second;
      m.cluster = kNone;
      mentions_.push_back(std::move(m));
    }
    return st.status();
  }

  // By value: callers pass fields of other clusters, which emplace_back may move.
  size_t NewCluster(std::string phonetic, std::string given) {
    const size_t index = clusters_.size();
    std::vector<Candidate>& bucket = by_key_[phonetic];  // node-based map: the address stays
    bucket.push_back(Candidate{});
    bucket.back().cluster = index;
    clusters_.emplace_back();
    PersonCluster& c = clusters_.back();
    c.bucket = &bucket;
    c.slot = bucket.size() - 1;
    c.phonetic = std::move(phonetic);
    SetGiven(&c, std::move(given));
    return index;
  }

  void Assign(size_t cluster, size_t m) {
    AddTo(&clusters_[cluster], m, &mentions_[m]);
    mentions_[m].cluster = cluster;
  }

  // Full names (a given name or an initial) first: they define the persons;
  // then bare surnames in date order join the person that fits by title and
  // date, or start a person of their own.
  void ClusterNames() {
    std::vector<size_t> full, bare;
    for (size_t i = 0; i < mentions_.size(); ++i) {
      if (mentions_[i].key.phonetic.empty()) continue;  // no name left after folding
      (mentions_[i].key.given.empty() ? bare : full).push_back(i);
    }
    auto by_date = [&](size_t a, size_t b) {
      if (mentions_[a].day != mentions_[b].day) return mentions_[a].day < mentions_[b].day;
      return a < b;
    };
    std::sort(full.begin(), full.end(), by_date);
    std::sort(bare.begin(), bare.end(), by_date);
    for (size_t i : full) {
      const Mention& m = mentions_[i];
      const NameKey& k = m.key;
      size_t target = static_cast<size_t>(-1);
      // The candidates keep their given names' keys: no spelling key is
      // computed and no cluster visited in this scan.
      for (const Candidate& cand : by_key_[k.phonetic]) {
        if (cand.given.first != 0 && GivenKeysAgree(cand.given, m.given)) {
          target = cand.cluster;
          break;
        }
      }
      if (target == static_cast<size_t>(-1)) target = NewCluster(k.phonetic, k.given);
      if (k.given.size() > clusters_[target].given.size()) SetGiven(&clusters_[target], k.given);
      Assign(target, i);
    }
    for (size_t i : bare) {
      const Mention& m = mentions_[i];
      const std::vector<Candidate>& candidates = by_key_[m.key.phonetic];
      size_t best = static_cast<size_t>(-1);
      int best_distance = 1 << 30;
      auto consider = [&](const Candidate& c, int window) {
        const int d = YearDistance(c, m.year);
        if (d <= window && d < best_distance) {
          best = c.cluster;
          best_distance = d;
        }
      };
      if (!m.titles->empty()) {
        // The same title: the person who held it nearest in time. The bits
        // answer for titles numbered below 64; the map for the others.
        for (const Candidate& c : candidates) {
          if ((c.title_mask & m.title_mask) != 0 ||
              (m.title_overflow && SharesTitle(clusters_[c.cluster], *m.titles))) {
            consider(c, kTitledYears);
          }
        }
        // No holder of the title: the one person of this spelling key named
        // within kUntitledYears, when that person never had a title of the
        // title table (`Asif Zardari`, May 2008, becomes `President Zardari`
        // by December; a bare `Davutoglu` of 2006, `FM Davutoglu` in 2009).
        // Only when there is exactly one: with `Mustafa Erdogan (PM's
        // brother)` (09ANKARA321) and `Recep Tayyip Erdogan` both untitled,
        // `PM Erdogan` joins neither.
        if (best == static_cast<size_t>(-1)) {
          size_t sole = static_cast<size_t>(-1);
          int near = 0;
          for (const Candidate& c : candidates) {
            if (YearDistance(c, m.year) <= kUntitledYears && ++near == 1) sole = c.cluster;
          }
          if (near == 1 && !HasTableTitle(clusters_[sole])) best = sole;
        }
      } else {
        for (const Candidate& c : candidates) consider(c, kUntitledYears);
      }
      if (best == static_cast<size_t>(-1)) best = NewCluster(m.key.phonetic, "");
      Assign(best, i);
    }
  }

  // The cluster holding a mention named `name` (folded), most mentions first.
  size_t Find(const std::string& folded) const {
    size_t best = static_cast<size_t>(-1);
    size_t most = 0;
    for (size_t c = 0; c < clusters_.size(); ++c) {
      if (!clusters_[c].alive) continue;
      size_t n = 0;
      for (size_t m : clusters_[c].mentions) {
        if (folded_[m] == folded) ++n;
      }
      if (n > most) {
        most = n;
        best = c;
      }
    }
    return best;
  }

  Status ApplyEdits(Database& db) {
    Statement st;
    Status s = db.Prepare("SELECT action, args FROM person_edits WHERE undone = 0 ORDER BY edit", &st);
    if (!s.ok()) return s;
    while (st.Step()) {
      // Folded names, once, when there are edits at all.
      if (folded_.size() != mentions_.size()) {
        folded_.clear();
        for (const Mention& m : mentions_) folded_.push_back(FoldValue(m.name));
      }
      const std::string action = st.String(0);
      std::vector<std::string> args = TitlesFromJson(st.Text(1));  // a JSON array of strings
      if (args.size() != 2) continue;
      const size_t a = Find(FoldValue(args[0]));
      if (a == static_cast<size_t>(-1)) continue;
      if (action == "merge") {
        const size_t b = Find(FoldValue(args[1]));
        if (b == static_cast<size_t>(-1) || b == a) continue;
        for (size_t m : clusters_[b].mentions) Assign(a, m);
        clusters_[b].mentions.clear();
        clusters_[b].alive = false;
      } else if (action == "split") {
        const std::string variant = FoldValue(args[1]);
        std::vector<size_t> keep, moved;
        for (size_t m : clusters_[a].mentions) {
          (folded_[m] == variant ? moved : keep).push_back(m);
        }
        if (moved.empty() || keep.empty()) continue;
        const size_t n = NewCluster(clusters_[a].phonetic, "");
        PersonCluster& old = clusters_[a];
        old.mentions.clear();
        old.titles.clear();
        old.first_year = old.last_year = 0;
        Candidate& cand = (*old.bucket)[old.slot];
        cand.title_mask = 0;
        cand.first_year = cand.last_year = 0;
        for (size_t m : keep) Assign(a, m);
        for (size_t m : moved) Assign(n, m);
      }
    }
    return st.status();
  }

  // The rows of persons, person_variants and person_keys, and each
  // mention's person: everything Write needs but the statements, made here
  // so that an ingest makes it on the planner's thread while the writer
  // builds indexes (link_build.h), not on the writer's after them.
  void MakeRows() {
    int64_t number = 0;
    for (const auto& c : clusters_) {
      if (!c.alive || c.mentions.empty()) continue;
      ++number;
      // Variants by frequency; the display name is the fullest, mixed case first.
      std::map<std::string, int> variants;
      std::vector<int64_t> cables;
      PersonRow row;
      row.person = number;
      for (size_t mi : c.mentions) {
        const Mention& m = mentions_[mi];
        ++variants[m.name];
        cables.push_back(m.cable);
        if (!m.date.empty()) {
          if (row.first_date.empty() || m.date < row.first_date) row.first_date = m.date;
          if (row.last_date.empty() || m.date > row.last_date) row.last_date = m.date;
        }
      }
      std::sort(cables.begin(), cables.end());
      cables.erase(std::unique(cables.begin(), cables.end()), cables.end());
      row.cables = static_cast<int64_t>(cables.size());
      int display_score = -1;
      for (const auto& [v, n] : variants) {
        int words = 1;
        bool lower = false;
        for (char ch : v) {
          words += ch == ' ' ? 1 : 0;
          lower = lower || (ch >= 'a' && ch <= 'z');
        }
        const int score = words * 1000000 + (lower ? 500000 : 0) + std::min(n, 499999);
        if (score > display_score) {
          display_score = score;
          row.name = v;
        }
      }
      std::vector<std::pair<std::string, int>> titles(c.titles.begin(), c.titles.end());
      std::stable_sort(titles.begin(), titles.end(),
                       [](const auto& a, const auto& b) { return a.second > b.second; });
      JsonWriter w(&row.titles_json);
      w.BeginArray();
      for (const auto& t : titles) w.String(t.first);
      w.EndArray();
      person_rows_.push_back(std::move(row));
      for (const auto& [v, n] : variants) {
        variant_rows_.push_back({number, v, FoldValue(v)});
        for (std::string& k : SearchKeysOfName(v)) key_rows_.emplace_back(std::move(k), number);
      }
      for (size_t mi : c.mentions) mentions_[mi].person = number;
    }
    // person_keys in its key order: appended to its b-tree rather than
    // inserted at scattered keys, person by person.
    std::sort(key_rows_.begin(), key_rows_.end());
    key_rows_.erase(std::unique(key_rows_.begin(), key_rows_.end()), key_rows_.end());
  }

  Status WriteRows(Database& db) {
    Status s = db.Exec("DELETE FROM persons; DELETE FROM person_variants; DELETE FROM person_keys;");
    if (!s.ok()) return s;
    // Several rows a statement (multi_row_insert.h): ~2.5 million rows at
    // 251,287 cables, written while the other core has nothing to do.
    MultiRowInsert ins_person("persons(person, name, titles, first_date, last_date, cables)", 6);
    MultiRowInsert ins_variant("person_variants(person, variant, key)", 3, MultiRowInsert::OnConflict::kIgnore);
    MultiRowInsert ins_key("person_keys(key, person)", 2, MultiRowInsert::OnConflict::kIgnore);
    MultiRowInsert ins_mention("mentions(cable, position, name, titles, person)", 5);
    s = ins_person.Insert(db, person_rows_.size(), [&](size_t k, Statement& q, int i) {
      const PersonRow& row = person_rows_[k];
      q.Bind(i, row.person).BindUncopied(i + 1, row.name).BindUncopied(i + 2, row.titles_json);
      if (row.first_date.empty()) q.BindNull(i + 3).BindNull(i + 4);
      else q.BindUncopied(i + 3, row.first_date).BindUncopied(i + 4, row.last_date);
      q.Bind(i + 5, row.cables);
    });
    if (!s.ok()) return s;
    s = ins_variant.Insert(db, variant_rows_.size(), [&](size_t k, Statement& q, int i) {
      const VariantRow& row = variant_rows_[k];
      q.Bind(i, row.person).BindUncopied(i + 1, row.variant).BindUncopied(i + 2, row.key);
    });
    if (!s.ok()) return s;
    s = ins_key.Insert(db, key_rows_.size(), [&](size_t k, Statement& q, int i) {
      q.BindUncopied(i, key_rows_[k].first).Bind(i + 1, key_rows_[k].second);
    });
    if (!s.ok()) return s;
    // mentions are rewritten whole, in key order: an append to the b-tree,
    // much cheaper than 1.6 million UPDATEs in place. Load read them in
    // (cable, position) order, mentions' key order.
    s = db.Exec("DELETE FROM mentions");
    if (!s.ok()) return s;
    s = ins_mention.Insert(db, mentions_.size(), [&](size_t k, Statement& q, int i) {
      const Mention& m = mentions_[k];
      q.Bind(i, m.cable).Bind(i + 1, m.position).BindUncopied(i + 2, m.name).BindUncopied(i + 3, m.titles_json);
      if (m.person > 0) q.Bind(i + 4, m.person);
      else q.BindNull(i + 4);
    });
    if (!s.ok()) return s;
    return Status::Ok();
  }

  // MakeRows' rows.
  struct PersonRow {
    int64_t person = 0;
    std::string name, titles_json, first_date, last_date;  // dates empty: none known
    int64_t cables = 0;
  };
  struct VariantRow {
    int64_t person = 0;
    std::string variant, key;
  };
  std::vector<PersonRow> person_rows_;
  std::vector<VariantRow> variant_rows_;
  std::vector<std::pair<std::string, int64_t>> key_rows_;  // (key, person), sorted

  std::vector<Mention> mentions_;
  std::vector<std::string> folded_;  // FoldValue of each mention's name (edits only)
  std::vector<PersonCluster> clusters_;
  std::unordered_map<std::string, std::vector<Candidate>> by_key_;  // surname key -> its persons
  std::unordered_map<std::string, size_t> title_numbers_;  // title -> bit of the masks
  // titles_json -> its titles; Mention::titles point at the values, which
  // a node-based map keeps in place.
  std::unordered_map<std::string, std::vector<std::string>> titles_of_;
};

}  // namespace

struct PeoplePlan::State {
  Builder builder;
};

PeoplePlan::PeoplePlan() = default;
PeoplePlan::~PeoplePlan() = default;
PeoplePlan::PeoplePlan(PeoplePlan&&) noexcept = default;
PeoplePlan& PeoplePlan::operator=(PeoplePlan&&) noexcept = default;

Status PeoplePlan::Compute(Database& db) {
  state_ = std::make_unique<State>();
  return state_->builder.Compute(db);
}

Status PeoplePlan::Write(Database& db, LinkBuildReport* report) {
  if (state_ == nullptr) state_ = std::make_unique<State>();  // nothing computed: no persons
  return state_->builder.Write(db, report);
}

}  // namespace cablescope::archive
