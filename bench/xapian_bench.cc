// xapian_bench: the same corpus and the same queries in Xapian, so that
// every archive figure has a yardstick (issue 3, section 4).
//
//   xapian_bench index --archive cables.db --db xapian-dir
//   xapian_bench query --db xapian-dir --queries bench/queries.txt [--repeat 20]
//
// `index` reads the cables from a cablescope archive (the parsed records, so
// both engines index the same fields; parsing is not part of Xapian's time)
// and writes a Xapian database: text (subject and body, positions for
// phrases, no stemming, like FTS5's unicode61), free-text prefixes for
// origin (XO), subject (S) and classified-by (XB), boolean terms for id (Q),
// tag (XT), classification parts (XC), cited ids (XR) and paragraph markings
// (XP), and values for the date and the facets. The document data holds the
// fields a hit shows plus the body, for snippets.
//
// `query` runs the third column of the query file through QueryParser and
// does what Searcher::Search does: the exact total (check_at_least = all
// documents), facets for origin, tag, classification, year and month (match
// spies), the first 20 hits with their fields and a snippet each. Output
// as archive_bench (bench_queries.h).
//
// Known differences, so the ratio is read right: para:S here only requires
// a paragraph marked S somewhere in the cable (cablescope matches the words
// inside such a paragraph); class:, origin: and dates are the nearest
// Xapian forms; cites:, person:, decl: and sort citations have none.
#include <xapian.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "archive/archive_reader.h"
#include "archive/sqlite_db.h"
#include "bench_queries.h"

namespace {

using cablescope::archive::ArchiveReader;
using cablescope::archive::Statement;
using cablescope::archive::Status;
using cablescope::bench::BenchQuery;
using cablescope::bench::LatencyTable;

enum Slot : Xapian::valueno { kDate = 0, kOrigin = 1, kClass = 2, kYear = 3, kMonth = 4, kTags = 5 };

double Ms(std::chrono::steady_clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return s;
}

// Counts the tags of the matching documents (tags are several per cable, so
// ValueCountMatchSpy, one value per slot, does not fit).
class TagSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double) override {
    const std::string v = doc.get_value(kTags);
    size_t start = 0;
    while (start < v.size()) {
      size_t end = v.find('\n', start);
      if (end == std::string::npos) end = v.size();
      ++counts_[v.substr(start, end - start)];
      start = end + 1;
    }
  }
  // The `n` largest counts (what a facet shows).
  size_t Top(size_t n) const {
    std::vector<std::pair<int64_t, std::string>> v;
    v.reserve(counts_.size());
    for (const auto& [tag, count] : counts_) v.emplace_back(-count, tag);
    std::partial_sort(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(std::min(n, v.size())), v.end());
    return std::min(n, v.size());
  }

 private:
  std::unordered_map<std::string, int64_t> counts_;
};

// A boolean term. QueryParser writes a value that starts with a capital
// after a multi-letter prefix with a colon between (tag:PTER -> XT:PTER);
// both spellings are added so that either convention finds it.
void AddBoolean(Xapian::Document* doc, const std::string& prefix, const std::string& value) {
  doc->add_boolean_term(prefix + value);
  if (!value.empty() && value[0] >= 'A' && value[0] <= 'Z') doc->add_boolean_term(prefix + ":" + value);
}

// Rows of `sql` (cable, text) appended per cable row.
Status Group(cablescope::archive::Database& db, const char* sql,
             std::unordered_map<int64_t, std::vector<std::string>>* out) {
  Statement st;
  Status s = db.Prepare(sql, &st);
  if (!s.ok()) return s;
  while (st.Step()) (*out)[st.Int(0)].push_back(st.String(1));
  return st.status();
}

int Index(const std::string& archive, const std::string& dir) {
  std::unique_ptr<ArchiveReader> reader;
  Status s = ArchiveReader::Open(archive, &reader);
  if (!s.ok()) {
    std::fprintf(stderr, "xapian_bench: %s\n", s.message().c_str());
    return 1;
  }
  auto& db = reader->db();
  const auto t0 = std::chrono::steady_clock::now();
  std::unordered_map<int64_t, std::vector<std::string>> tags, refs, markings, classifiers;
  if (!(s = Group(db, "SELECT cable, tag FROM tags", &tags)).ok() ||
      !(s = Group(db, "SELECT cable, ref_id FROM refs WHERE ref_id IS NOT NULL", &refs)).ok() ||
      !(s = Group(db, "SELECT DISTINCT cable, marking FROM paragraph_spans WHERE marking IS NOT NULL", &markings)).ok() ||
      !(s = Group(db, "SELECT cable, coalesce(title || ' ', '') || name FROM classifiers", &classifiers)).ok()) {
    std::fprintf(stderr, "xapian_bench: %s\n", s.message().c_str());
    return 1;
  }
  Xapian::WritableDatabase xdb(dir, Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator tg;
  tg.set_stemming_strategy(Xapian::TermGenerator::STEM_NONE);
  Statement st;
  s = db.Prepare("SELECT cable, id, coalesce(date, ''), coalesce(origin, ''), coalesce(classification, ''), "
                 "coalesce(subject, ''), coalesce(body, '') FROM cables ORDER BY cable", &st);
  if (!s.ok()) {
    std::fprintf(stderr, "xapian_bench: %s\n", s.message().c_str());
    return 1;
  }
  int64_t docs = 0;
  while (st.Step()) {
    const int64_t row = st.Int(0);
    const std::string id = st.String(1), date = st.String(2), origin = st.String(3), cls = st.String(4),
                      subject = st.String(5), body = st.String(6);
    Xapian::Document doc;
    tg.set_document(doc);
    tg.index_text(subject, 1, "S");
    tg.index_text(subject);
    tg.increase_termpos();
    tg.index_text(body);
    tg.index_text(origin, 1, "XO");
    for (const auto& c : classifiers[row]) tg.index_text(c, 1, "XB");
    doc.add_boolean_term("Q" + id);
    std::string tag_value;
    for (const auto& t : tags[row]) {
      AddBoolean(&doc, "XT", t);
      if (!tag_value.empty()) tag_value.push_back('\n');
      tag_value += t;
    }
    for (const auto& r : refs[row]) doc.add_boolean_term("XR" + r);
    for (const auto& m : markings[row]) {
      AddBoolean(&doc, "XP", m);
      const size_t slash = m.find('/');
      if (slash != std::string::npos) AddBoolean(&doc, "XP", m.substr(0, slash));
    }
    // class:secret matches SECRET//NOFORN, as in cablescope.
    size_t start = 0;
    while (start <= cls.size() && !cls.empty()) {
      size_t end = cls.find("//", start);
      if (end == std::string::npos) end = cls.size();
      std::string part = Lower(cls.substr(start, end - start));
      for (auto& c : part) c = c == ' ' ? '_' : c;
      if (!part.empty()) doc.add_boolean_term("XC" + part);
      start = end + 2;
    }
    std::string day;
    for (char c : date) {
      if (c != '-') day.push_back(c);
    }
    doc.add_value(kDate, day);
    doc.add_value(kOrigin, origin);
    doc.add_value(kClass, cls);
    if (date.size() >= 7) {
      doc.add_value(kYear, date.substr(0, 4));
      doc.add_value(kMonth, date.substr(0, 7));
    }
    doc.add_value(kTags, tag_value);
    doc.set_data(id + '\x1f' + date + '\x1f' + origin + '\x1f' + cls + '\x1f' + subject + '\x1f' + body);
    xdb.replace_document(static_cast<Xapian::docid>(row), doc);
    ++docs;
  }
  xdb.commit();
  std::printf("xapian index: %lld documents in %.1f s\n", static_cast<long long>(docs),
              Ms(std::chrono::steady_clock::now() - t0) / 1000);
  return st.status().ok() ? 0 : 1;
}

int Query(const std::string& dir, const std::string& queries_path, int repeat) {
  std::vector<BenchQuery> queries;
  if (!cablescope::bench::LoadQueries(queries_path, &queries)) {
    std::fprintf(stderr, "xapian_bench: cannot read %s\n", queries_path.c_str());
    return 1;
  }
  std::erase_if(queries, [](const BenchQuery& q) { return q.xapian == "-" || !q.sort.empty(); });
  Xapian::Database db(dir);
  Xapian::QueryParser qp;
  qp.set_database(db);
  qp.set_default_op(Xapian::Query::OP_AND);
  qp.add_prefix("origin", "XO");
  qp.add_prefix("subject", "S");
  qp.add_prefix("classified_by", "XB");
  qp.add_boolean_prefix("id", "Q");
  qp.add_boolean_prefix("tag", "XT");
  qp.add_boolean_prefix("class", "XC");
  qp.add_boolean_prefix("ref", "XR");
  qp.add_boolean_prefix("para", "XP");
  Xapian::RangeProcessor dates(kDate, "date:");
  qp.add_rangeprocessor(&dates);
  const unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD;
  const Xapian::doccount all = db.get_doccount();

  std::vector<Xapian::Query> parsed;
  for (const auto& q : queries) parsed.push_back(qp.parse_query(q.xapian, flags));
  auto run = [&](size_t i) -> int64_t {
    Xapian::Enquire enquire(db);
    enquire.set_query(parsed[i]);
    enquire.set_docid_order(Xapian::Enquire::DESCENDING);
    Xapian::ValueCountMatchSpy origin(kOrigin), cls(kClass), year(kYear), month(kMonth);
    TagSpy tags;
    enquire.add_matchspy(&origin);
    enquire.add_matchspy(&cls);
    enquire.add_matchspy(&year);
    enquire.add_matchspy(&month);
    enquire.add_matchspy(&tags);
    Xapian::MSet mset = enquire.get_mset(0, 20, all);
    size_t facet_values = tags.Top(20);
    for (auto* spy : {&origin, &cls, &year, &month}) {
      for (auto t = spy->top_values_begin(20); t != spy->top_values_end(20); ++t) ++facet_values;
    }
    size_t bytes = facet_values;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      const std::string data = it.get_document().get_data();
      const size_t body = data.rfind('\x1f');
      // Flags 0: a plain best-window snippet, as cablescope's (the default
      // flags add a background model and an exhaustive search).
      bytes += mset.snippet(data.substr(body == std::string::npos ? 0 : body + 1), 200, Xapian::Stem(), 0).size();
    }
    if (bytes == static_cast<size_t>(-1)) std::puts("");  // keep the work observable
    return static_cast<int64_t>(mset.get_matches_estimated());
  };
  std::vector<int64_t> totals(queries.size());
  for (size_t i = 0; i < queries.size(); ++i) totals[i] = run(i);  // warm-up
  LatencyTable table, cpu;
  for (const auto& q : queries) table.CountQuery(q.kind), cpu.CountQuery(q.kind);
  for (int round = 0; round < repeat; ++round) {
    for (size_t i = 0; i < queries.size(); ++i) {
      const double c0 = cablescope::bench::ThreadCpuMs();
      const auto t0 = std::chrono::steady_clock::now();
      const int64_t total = run(i);
      table.Add(queries[i].kind, Ms(std::chrono::steady_clock::now() - t0), total);
      cpu.Add(queries[i].kind, cablescope::bench::ThreadCpuMs() - c0, total);
    }
  }
  std::printf("# xapian %s: %zu queries x %d rounds, facets on, snippets on\n", dir.c_str(), queries.size(), repeat);
  std::printf("# wall-clock ms\n");
  table.Print(stdout);
  std::printf("# thread CPU ms\n");
  cpu.Print(stdout);
  return 0;
}

int Usage() {
  std::fprintf(stderr,
               "usage: xapian_bench index --archive FILE --db DIR\n"
               "       xapian_bench query --db DIR --queries FILE [--repeat N]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return Usage();
  const std::string mode = argv[1];
  std::string archive, dir, queries;
  int repeat = 20;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    const char* v = i + 1 < argc ? argv[i + 1] : nullptr;
    if (!v) return Usage();
    ++i;
    if (a == "--archive") archive = v;
    else if (a == "--db") dir = v;
    else if (a == "--queries") queries = v;
    else if (a == "--repeat") repeat = std::max(1, std::atoi(v));
    else return Usage();
  }
  try {
    if (mode == "index" && !archive.empty() && !dir.empty()) return Index(archive, dir);
    if (mode == "query" && !dir.empty() && !queries.empty()) return Query(dir, queries, repeat);
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "xapian_bench: %s\n", e.get_description().c_str());
    return 1;
  }
  return Usage();
}
