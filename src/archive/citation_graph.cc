#include "archive/citation_graph.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "archive/cable_dates.h"
#include "archive/link_build_report.h"
#include "archive/multi_row_insert.h"
#include "link/cable_id.h"

namespace cablescope::archive {
namespace {

// PageRank: the usual damping; iterate until the ranks move less than
// kTolerance in L1 (a few dozen passes), at most kMaxIterations.
constexpr double kDamping = 0.85;
constexpr double kTolerance = 1e-9;
constexpr int kMaxIterations = 100;
// A thread as `refs` prints it: the cables of the component nearest in date.
constexpr int kThreadLimit = 500;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// A canonical id's parts: 06ISLAMABAD10142 -> (ISLAMABAD, 10142, 2006).
struct IdParts {
  std::string station;
  int64_t serial = 0;
  int year = 0;
};

std::optional<IdParts> SplitId(std::string_view id) {
  if (id.size() < 4 || !IsDigit(id[0]) || !IsDigit(id[1])) return std::nullopt;
  size_t end = id.size();
  size_t digits = end;
  while (digits > 2 && IsDigit(id[digits - 1])) --digits;
  if (digits == end || digits <= 2 || end - digits > 9) return std::nullopt;
  IdParts p;
  p.station = std::string(id.substr(2, digits - 2));
  for (size_t i = digits; i < end; ++i) p.serial = p.serial * 10 + (id[i] - '0');
  const int yy = (id[0] - '0') * 10 + (id[1] - '0');
  p.year = yy >= 60 ? 1900 + yy : 2000 + yy;  // Cablegate starts in 1966, PlusD in 1973
  return p;
}

// Days since 1970-01-01 for a YYYY-MM-DD date (Howard Hinnant's
// days_from_civil), and back. -1 when `date` is not one.
int64_t DaysFromDate(std::string_view date) {
  if (date.size() < 10 || date[4] != '-' || date[7] != '-') return -1;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!IsDigit(date[i])) return -1;
  }
  int64_t y = std::stoi(std::string(date.substr(0, 4)));
  const int64_t m = std::stoi(std::string(date.substr(5, 2)));
  const int64_t d = std::stoi(std::string(date.substr(8, 2)));
  if (m < 1 || m > 12 || d < 1 || d > 31) return -1;
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string DateFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp + (mp < 10 ? 3 : -9);
  const int64_t y = yoe + era * 400 + (m <= 2);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld", static_cast<long long>(y), static_cast<long long>(m),
                static_cast<long long>(d));
  return buf;
}

std::string Canonical(std::string_view id) {
  if (auto c = link::CanonicalId(id)) return *c;
  std::string up(id);
  for (char& c : up) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  return up;
}

// A held cable of a station with a dated serial, for estimating the dates
// of the missing ones.
struct DatedSerial {
  int64_t serial;
  int64_t days;
};

struct Estimate {
  int64_t days = -1;
  const char* method = "";
};

// The estimated date of a missing cable. A station numbers its cables from
// 1 each year, so the date lies between the dates of the nearest held lower
// and higher serials of the same station and year: linear interpolation by
// serial, with serial 0 on January 1 standing in for a missing lower
// neighbour (`interpolated`). With a lower neighbour only, the station's
// pace so far in the year (days per serial from January 1 to it) is carried
// forward (`extrapolated`). With neither, the earliest citing cable's date
// (`citing`). Always clamped to the id's year and to the earliest citing
// date: a cable is cited after it is sent.
Estimate EstimateDate(const std::vector<DatedSerial>* serials, int64_t serial, int year, int64_t citing) {
  const int64_t year_lo = DaysFromDate(std::to_string(year) + "-01-01");
  const int64_t year_hi = DaysFromDate(std::to_string(year) + "-12-31");
  Estimate e;
  const DatedSerial* lo = nullptr;
  const DatedSerial* hi = nullptr;
  if (serials != nullptr && !serials->empty()) {
    auto it = std::lower_bound(serials->begin(), serials->end(), serial,
                               [](const DatedSerial& a, int64_t s) { return a.serial < s; });
    if (it != serials->end()) hi = &*it;
    if (it != serials->begin()) lo = &*(it - 1);
  }
  const DatedSerial year_start{0, year_lo};
  if (hi != nullptr && (lo != nullptr || year_lo >= 0)) {
    if (lo == nullptr) lo = &year_start;
    const double f = hi->serial == lo->serial ? 0.5
                                              : static_cast<double>(serial - lo->serial) /
                                                    static_cast<double>(hi->serial - lo->serial);
    e.days = lo->days + static_cast<int64_t>(std::llround(f * static_cast<double>(hi->days - lo->days)));
    e.method = "interpolated";
  } else if (lo != nullptr && year_lo >= 0 && lo->serial > 0 && lo->days >= year_lo) {
    const double pace = static_cast<double>(lo->days - year_lo) / static_cast<double>(lo->serial);
    e.days = lo->days + static_cast<int64_t>(std::llround(pace * static_cast<double>(serial - lo->serial)));
    e.method = "extrapolated";
  } else if (citing >= 0) {
    e.days = citing;
    e.method = "citing";
  } else {
    return e;
  }
  if (citing >= 0) e.days = std::min(e.days, citing);
  if (year_lo >= 0) e.days = std::clamp(e.days, year_lo, year_hi);
  return e;
}

struct UnionFind {
  std::vector<int32_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  int32_t Find(int32_t x) {
    while (parent[static_cast<size_t>(x)] != x) {
      parent[static_cast<size_t>(x)] = parent[static_cast<size_t>(parent[static_cast<size_t>(x)])];
      x = parent[static_cast<size_t>(x)];
    }
    return x;
  }
  void Join(int32_t a, int32_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent[static_cast<size_t>(std::max(a, b))] = std::min(a, b);
  }
};

}  // namespace

// What the graph's tables get, computed from a snapshot of the archive.
// Nodes are numbered densely: the held cables first (in row order), then
// the missing ones. The graph lives in CSR arrays (out_begin/out_to) so that
// PageRank is a few passes over flat memory.
struct CitationPlan::State {
  std::vector<int64_t> rows;        // held node -> cables.cable
  std::vector<std::string> dates;   // held node -> its date
  std::vector<std::string> missing_ids;  // node held + k -> its id
  std::unordered_map<std::string, std::vector<DatedSerial>> serials;  // station|year -> serials, sorted
  std::vector<uint32_t> out_begin;  // node -> its first edge; n + 1 entries
  std::vector<int32_t> in_degree;
  std::vector<double> rank;
  std::vector<int64_t> thread;      // node -> the smallest held row of its component
  std::vector<int64_t> citing;      // missing k -> the earliest citing day, or -1
  int64_t edges = 0;
};

CitationPlan::CitationPlan() = default;
CitationPlan::~CitationPlan() = default;
CitationPlan::CitationPlan(CitationPlan&&) noexcept = default;
CitationPlan& CitationPlan::operator=(CitationPlan&&) noexcept = default;

Status CitationPlan::Compute(Database& db, LinkBuildReport* report) {
  state_ = std::make_unique<State>();
  State& g = *state_;
  std::unordered_map<std::string, int32_t> node_of;
  {
    std::vector<CableDate> cables;
    Status s = LoadCableDates(db, /*with_ids=*/true, &cables);
    if (!s.ok()) return s;
    g.rows.reserve(cables.size());
    g.dates.reserve(cables.size());
    for (CableDate& c : cables) {
      const auto node = static_cast<int32_t>(g.rows.size());
      g.rows.push_back(c.cable);
      g.dates.push_back(std::move(c.date));
      const int64_t days = DaysFromDate(g.dates.back());
      if (days >= 0) {
        if (auto p = SplitId(c.id)) {
          g.serials[p->station + "|" + std::to_string(p->year)].push_back({p->serial, days});
        }
      }
      node_of.emplace(std::move(c.id), node);
    }
  }
  for (auto& [key, v] : g.serials) {
    std::sort(v.begin(), v.end(), [](const DatedSerial& a, const DatedSerial& b) { return a.serial < b.serial; });
  }
  const size_t held = g.rows.size();
  std::unordered_map<int64_t, int32_t> node_of_row;
  node_of_row.reserve(held);
  for (size_t i = 0; i < held; ++i) node_of_row.emplace(g.rows[i], static_cast<int32_t>(i));

  // Edges, distinct per (citing, cited); a cable citing itself is no edge.
  std::vector<std::pair<int32_t, int32_t>> edges;
  {
    Statement st;
    // No DISTINCT: a temporary b-tree over 500,000 rows costs more than
    // the sort-and-unique of the edges below.
    Status s = db.Prepare("SELECT cable, ref_id FROM refs WHERE ref_id IS NOT NULL", &st);
    if (!s.ok()) return s;
    while (st.Step()) {
      auto from = node_of_row.find(st.Int(0));
      if (from == node_of_row.end()) continue;
      std::string id(st.Text(1));
      auto [it, inserted] = node_of.emplace(id, static_cast<int32_t>(held + g.missing_ids.size()));
      if (inserted) g.missing_ids.push_back(std::move(id));
      if (it->second != from->second) edges.emplace_back(from->second, it->second);
    }
    if (!st.status().ok()) return st.status();
  }
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  g.edges = static_cast<int64_t>(edges.size());
  const size_t n = held + g.missing_ids.size();

  g.out_begin.assign(n + 1, 0);
  g.in_degree.assign(n, 0);
  for (const auto& [from, to] : edges) {
    ++g.out_begin[static_cast<size_t>(from) + 1];
    ++g.in_degree[static_cast<size_t>(to)];
  }
  for (size_t i = 0; i < n; ++i) g.out_begin[i + 1] += g.out_begin[i];
  std::vector<int32_t> out_to(edges.size());
  for (size_t i = 0; i < edges.size(); ++i) out_to[i] = edges[i].second;  // edges are sorted by `from`

  // PageRank over every node, held or missing: a missing cable is a real
  // document that others point at, and leaving it out would hand its
  // citations' weight to unrelated cables. Dangling nodes (every missing
  // cable, every held one citing nothing) spread their rank uniformly, so
  // the ranks sum to 1.
  const auto pagerank_start = std::chrono::steady_clock::now();
  const std::vector<uint32_t>& out_begin = g.out_begin;
  std::vector<double>& rank = g.rank;
  rank.assign(n, n > 0 ? 1.0 / static_cast<double>(n) : 0.0);
  std::vector<double> next(n);
  for (int iter = 0; iter < kMaxIterations && n > 0; ++iter) {
    report->pagerank_iterations = iter + 1;
    double dangling = 0;
    for (size_t i = 0; i < n; ++i) {
      if (out_begin[i] == out_begin[i + 1]) dangling += rank[i];
    }
    const double base = (1.0 - kDamping + kDamping * dangling) / static_cast<double>(n);
    std::fill(next.begin(), next.end(), base);
    for (size_t i = 0; i < n; ++i) {
      const uint32_t b = out_begin[i], e = out_begin[i + 1];
      if (b == e) continue;
      const double share = kDamping * rank[i] / static_cast<double>(e - b);
      for (uint32_t k = b; k < e; ++k) next[static_cast<size_t>(out_to[k])] += share;
    }
    double delta = 0;
    for (size_t i = 0; i < n; ++i) delta += std::fabs(next[i] - rank[i]);
    rank.swap(next);
    if (delta < kTolerance) break;
  }
  report->pagerank_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - pagerank_start).count();

  // Threads: connected components of the undirected graph, named by their
  // smallest held row.
  UnionFind uf(n);
  for (const auto& [from, to] : edges) uf.Join(from, to);
  g.thread.resize(n);
  for (size_t i = 0; i < n; ++i) g.thread[i] = g.rows[static_cast<size_t>(uf.Find(static_cast<int32_t>(i)))];

  // The earliest citing date of each missing cable bounds its estimate.
  g.citing.assign(g.missing_ids.size(), -1);
  for (const auto& [from, to] : edges) {
    if (static_cast<size_t>(to) < held) continue;
    const int64_t d = DaysFromDate(g.dates[static_cast<size_t>(from)]);
    int64_t& c = g.citing[static_cast<size_t>(to) - held];
    if (d >= 0 && (c < 0 || d < c)) c = d;
  }
  return Status::Ok();
}

Status CitationPlan::Write(Database& db, LinkBuildReport* report) const {
  Status s = db.Exec("DELETE FROM cable_graph; DELETE FROM missing_cables;");
  if (!s.ok()) return s;
  if (state_ == nullptr) return Status::Ok();  // nothing computed: no graph
  const State& g = *state_;
  const size_t held = g.rows.size();
  // Several rows a statement (multi_row_insert.h): ~560,000 rows at
  // 251,287 cables, written while the other core has nothing to do.
  MultiRowInsert put("cable_graph(cable, cites, cited_by, rank, thread, date)", 6);
  s = put.Insert(db, held, [&](size_t i, Statement& q, int p) {
    q.Bind(p, g.rows[i])
        .Bind(p + 1, static_cast<int64_t>(g.out_begin[i + 1] - g.out_begin[i]))
        .Bind(p + 2, static_cast<int64_t>(g.in_degree[i]))
        .BindDouble(p + 3, g.rank[i])
        .Bind(p + 4, g.thread[i]);
    if (g.dates[i].empty()) q.BindNull(p + 5);
    else q.BindUncopied(p + 5, g.dates[i]);
  });
  if (!s.ok()) return s;

  MultiRowInsert miss(
      "missing_cables(id, station, serial, year, cited_count, estimated_date, estimate, rank, thread)", 9);
  s = miss.Insert(db, g.missing_ids.size(), [&](size_t k, Statement& q, int p) {
    const size_t node = held + k;
    q.BindUncopied(p, g.missing_ids[k]);
    if (auto id = SplitId(g.missing_ids[k])) {
      auto it = g.serials.find(id->station + "|" + std::to_string(id->year));
      const Estimate e = EstimateDate(it == g.serials.end() ? nullptr : &it->second, id->serial, id->year, g.citing[k]);
      q.Bind(p + 1, id->station).Bind(p + 2, id->serial).Bind(p + 3, static_cast<int64_t>(id->year));
      if (e.days >= 0) q.Bind(p + 5, DateFromDays(e.days)).Bind(p + 6, std::string_view(e.method));
      else q.BindNull(p + 5).BindNull(p + 6);
    } else {
      q.BindNull(p + 1).BindNull(p + 2).BindNull(p + 3);
      if (g.citing[k] >= 0) q.Bind(p + 5, DateFromDays(g.citing[k])).Bind(p + 6, std::string_view("citing"));
      else q.BindNull(p + 5).BindNull(p + 6);
    }
    q.Bind(p + 4, static_cast<int64_t>(g.in_degree[node]));
    q.BindDouble(p + 7, g.rank[node]);
    q.Bind(p + 8, g.thread[node]);
  });
  if (!s.ok()) return s;
  if (report != nullptr) {
    report->edges = g.edges;
    report->missing = static_cast<int64_t>(g.missing_ids.size());
  }
  return Status::Ok();
}

namespace {

// Fills a CableLink for `id` from cables (held) or missing_cables.
Status DescribeCable(Database& db, const std::string& id, CableLink* link) {
  link->id = id;
  Statement st;
  Status s = db.Prepare("SELECT date, origin, subject, classification FROM cables WHERE id = ?1", &st);
  if (!s.ok()) return s;
  st.Bind(1, id);
  if (st.Step()) {
    link->held = true;
    link->date = st.String(0);
    link->origin = st.String(1);
    link->subject = st.String(2);
    link->classification = st.String(3);
    return Status::Ok();
  }
  if (!st.status().ok()) return st.status();
  Statement m;
  s = db.Prepare("SELECT estimated_date FROM missing_cables WHERE id = ?1", &m);
  if (!s.ok()) return s;
  m.Bind(1, id);
  if (m.Step()) {
    link->date = m.String(0);
    link->date_estimated = !link->date.empty();
  }
  return m.status();
}

bool ByDate(const CableLink& a, const CableLink& b) {
  // Undated last; ties by id, so that the order is stable.
  if (a.date.empty() != b.date.empty()) return b.date.empty();
  if (a.date != b.date) return a.date < b.date;
  return a.id < b.id;
}

// The members of thread `thread` nearest in date to `date`: up to
// kThreadLimit / 2 on each side (held and missing), then the nearest
// kThreadLimit of those.
Status LoadThread(Database& db, int64_t thread, const std::string& date, std::vector<CableLink>* out) {
  const int half = kThreadLimit / 2;
  // Each a range of the (thread, date) index, so that a thread of 200,000
  // cables costs what one of 500 does: before the date, after it, undated.
  // Held cables give id, date, origin, subject, classification; missing
  // ones id and estimated date.
  struct Part {
    const char* sql;
    bool held;
  };
  static constexpr Part kParts[] = {
      {"SELECT c.id, c.date, c.origin, c.subject, c.classification FROM cable_graph g JOIN cables c "
       "ON c.cable = g.cable WHERE g.thread = ?1 AND g.date <= ?2 ORDER BY g.date DESC LIMIT ?3", true},
      {"SELECT c.id, c.date, c.origin, c.subject, c.classification FROM cable_graph g JOIN cables c "
       "ON c.cable = g.cable WHERE g.thread = ?1 AND g.date > ?2 ORDER BY g.date LIMIT ?3", true},
      {"SELECT c.id, c.date, c.origin, c.subject, c.classification FROM cable_graph g JOIN cables c "
       "ON c.cable = g.cable WHERE g.thread = ?1 AND g.date IS NULL AND ?2 IS NOT NULL LIMIT ?3", true},
      {"SELECT id, estimated_date FROM missing_cables WHERE thread = ?1 AND estimated_date <= ?2 "
       "ORDER BY estimated_date DESC LIMIT ?3", false},
      {"SELECT id, estimated_date FROM missing_cables WHERE thread = ?1 AND estimated_date > ?2 "
       "ORDER BY estimated_date LIMIT ?3", false},
      {"SELECT id, estimated_date FROM missing_cables WHERE thread = ?1 AND estimated_date IS NULL "
       "AND ?2 IS NOT NULL LIMIT ?3", false},
  };
  for (const Part& part : kParts) {
    Statement st;
    Status s = db.Prepare(part.sql, &st);
    if (!s.ok()) return s;
    st.Bind(1, thread).Bind(2, date).Bind(3, static_cast<int64_t>(half));
    while (st.Step()) {
      CableLink l;
      l.id = st.String(0);
      l.held = part.held;
      l.date = st.String(1);
      if (part.held) {
        l.origin = st.String(2);
        l.subject = st.String(3);
        l.classification = st.String(4);
      } else {
        l.date_estimated = !l.date.empty();
      }
      out->push_back(std::move(l));
    }
    if (!st.status().ok()) return st.status();
  }
  if (out->size() > static_cast<size_t>(kThreadLimit)) {
    const int64_t at = DaysFromDate(date);
    std::stable_sort(out->begin(), out->end(), [at](const CableLink& a, const CableLink& b) {
      const int64_t da = DaysFromDate(a.date), dbb = DaysFromDate(b.date);
      const int64_t ka = da < 0 || at < 0 ? INT64_MAX : std::llabs(da - at);
      const int64_t kb = dbb < 0 || at < 0 ? INT64_MAX : std::llabs(dbb - at);
      return ka < kb;
    });
    out->resize(static_cast<size_t>(kThreadLimit));
  }
  std::sort(out->begin(), out->end(), ByDate);
  return Status::Ok();
}

}  // namespace

Status LoadCableRefs(Database& db, std::string_view id_text, CableRefs* out) {
  *out = CableRefs();
  out->id = Canonical(id_text);
  const std::string& id = out->id;
  int64_t row = -1;
  int64_t thread = -1;
  std::string date;
  {
    Statement st;
    Status s = db.Prepare("SELECT c.cable, c.date, g.thread FROM cables c LEFT JOIN cable_graph g "
                          "ON g.cable = c.cable WHERE c.id = ?1", &st);
    if (!s.ok()) return s;
    st.Bind(1, id);
    if (st.Step()) {
      row = st.Int(0);
      date = st.String(1);
      thread = st.IsNull(2) ? -1 : st.Int(2);
      out->held = true;
    }
    if (!st.status().ok()) return st.status();
  }
  if (!out->held) {
    Statement st;
    Status s = db.Prepare("SELECT estimated_date, thread FROM missing_cables WHERE id = ?1", &st);
    if (!s.ok()) return s;
    st.Bind(1, id);
    if (!st.Step()) {
      if (!st.status().ok()) return st.status();
      return Status::NotFound("no cable " + id + " in the archive, held or cited");
    }
    date = st.String(0);
    thread = st.IsNull(1) ? -1 : st.Int(1);
  }
  if (out->held) {
    Statement st;
    Status s = db.Prepare("SELECT label, ref_id FROM refs WHERE cable = ?1 AND ref_id IS NOT NULL "
                          "ORDER BY position", &st);
    if (!s.ok()) return s;
    st.Bind(1, row);
    std::vector<std::pair<std::string, std::string>> cited;  // (ref_id, label)
    while (st.Step()) {
      std::string ref = st.String(1);
      if (ref == id) continue;
      bool seen = false;
      for (const auto& c : cited) seen = seen || c.first == ref;
      if (!seen) cited.emplace_back(std::move(ref), st.String(0));
    }
    if (!st.status().ok()) return st.status();
    for (const auto& [ref, label] : cited) {
      CableLink l;
      s = DescribeCable(db, ref, &l);
      if (!s.ok()) return s;
      l.label = label;
      out->cites.push_back(std::move(l));
    }
  }
  {
    Statement st;
    Status s = db.Prepare("SELECT DISTINCT c.id, c.date, c.origin, c.subject, c.classification FROM refs r "
                          "JOIN cables c ON c.cable = r.cable WHERE r.ref_id = ?1 AND c.id <> ?1", &st);
    if (!s.ok()) return s;
    st.Bind(1, id);
    while (st.Step()) {
      CableLink l;
      l.id = st.String(0);
      l.held = true;
      l.date = st.String(1);
      l.origin = st.String(2);
      l.subject = st.String(3);
      l.classification = st.String(4);
      out->cited_by.push_back(std::move(l));
    }
    if (!st.status().ok()) return st.status();
    std::sort(out->cited_by.begin(), out->cited_by.end(), ByDate);
  }
  if (thread >= 0) return LoadThread(db, thread, date, &out->thread);
  return Status::Ok();
}

}  // namespace cablescope::archive
