#include "archive/cable_columns.h"

#include <algorithm>

#include "archive/cable_text_values.h"
#include "archive/text_fold.h"

namespace cablescope::archive {
namespace {

// "2009-06-13" -> 20090613; anything else -> 0.
int32_t DayNumber(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return 0;
  int32_t v = 0;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return 0;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

// " value ": a folded value between spaces, so that a run of its words is
// a substring test.
std::string Spaced(std::string_view folded) {
  std::string out;
  out.reserve(folded.size() + 2);
  out.push_back(' ');
  out.append(folded);
  out.push_back(' ');
  return out;
}

// Values grouped by row as CSR arrays: row r's are
// (*values)[(*begin)[r] .. (*begin)[r + 1]). `pairs` (row, value) must be
// in row order; rows outside [0, n) are dropped.
template <class T>
void GroupByRow(size_t n, std::vector<std::pair<int64_t, T>>* pairs, std::vector<uint32_t>* begin,
                std::vector<T>* values) {
  begin->assign(n + 1, 0);
  values->clear();
  values->reserve(pairs->size());
  size_t p = 0;
  for (size_t r = 0; r < n; ++r) {
    (*begin)[r] = static_cast<uint32_t>(values->size());
    for (; p < pairs->size() && (*pairs)[p].first <= static_cast<int64_t>(r); ++p) {
      if ((*pairs)[p].first == static_cast<int64_t>(r)) values->push_back(std::move((*pairs)[p].second));
    }
  }
  (*begin)[n] = static_cast<uint32_t>(values->size());
}

}  // namespace

int32_t Dictionary::Intern(std::string_view value) {
  auto it = index_.find(std::string(value));
  if (it != index_.end()) return it->second;
  const auto id = static_cast<int32_t>(values_.size());
  values_.emplace_back(value);
  index_.emplace(std::string(value), id);
  return id;
}

Status CableColumns::Load(Database& db) {
  *this = CableColumns();
  const int64_t max_row = QueryInt(db, "SELECT max(cable) FROM cables", 0);
  capacity = max_row + 1;
  const auto n = static_cast<size_t>(capacity);
  all = RowSet(capacity);
  day.assign(n, 0);
  decl.assign(n, 0);
  year.assign(n, 0);
  origin.assign(n, -1);
  from.assign(n, -1);
  classification.assign(n, -1);
  precedence.assign(n, -1);
  markings.assign(n, -1);
  Statement st;
  Status s = db.Prepare(
      "SELECT cable, date, declassify_on, year, origin, from_line, classification, precedence, markings "
      "FROM cables",
      &st);
  if (!s.ok()) return s;
  auto intern = [&](Dictionary& dict, int column) -> int32_t {
    return st.IsNull(column) ? -1 : dict.Intern(st.Text(column));
  };
  while (st.Step()) {
    const int64_t row = st.Int(0);
    if (row < 0 || row >= capacity) continue;
    const auto r = static_cast<size_t>(row);
    all.Add(row);
    day[r] = DayNumber(st.Text(1));
    decl[r] = DayNumber(st.Text(2));
    year[r] = static_cast<int16_t>(st.Int(3));
    origin[r] = intern(origins, 4);
    from[r] = intern(froms, 5);
    classification[r] = intern(classifications, 6);
    precedence[r] = intern(precedences, 7);
    markings[r] = intern(marking_sets, 8);
  }
  if (!st.status().ok()) return st.status();
  {
    std::vector<uint32_t> columns_of(marking_sets.size(), 0);  // bit c: a paragraph in marking column c
    for (size_t i = 0; i < columns_of.size(); ++i) {
      ForEachMarking(marking_sets.values()[i], [&](std::string_view m) { columns_of[i] |= 1u << MarkingColumn(m); });
    }
    with_marking_column.assign(kMarkingColumns.size(), RowSet(capacity));
    for (size_t r = 0; r < n; ++r) {
      if (markings[r] < 0) continue;
      const uint32_t bits = columns_of[static_cast<size_t>(markings[r])];
      for (size_t c = 0; c < kMarkingColumns.size(); ++c) {
        if (bits >> c & 1) with_marking_column[c].Add(static_cast<int64_t>(r));
      }
    }
  }
  // Tags in row order, as CSR arrays.
  Statement tags;
  s = db.Prepare("SELECT cable, tag FROM tags ORDER BY cable, position", &tags);
  if (!s.ok()) return s;
  std::vector<std::pair<int64_t, int32_t>> pairs;
  while (tags.Step()) pairs.emplace_back(tags.Int(0), tag_names.Intern(tags.Text(1)));
  if (!tags.status().ok()) return tags.status();
  GroupByRow(n, &pairs, &tag_begin, &tag_ids);
  tag_row_begin.assign(tag_names.size() + 1, 0);
  for (int32_t t : tag_ids) ++tag_row_begin[static_cast<size_t>(t) + 1];
  for (size_t t = 0; t < tag_names.size(); ++t) tag_row_begin[t + 1] += tag_row_begin[t];
  tag_rows.assign(tag_ids.size(), 0);
  {
    std::vector<uint32_t> fill(tag_row_begin.begin(), tag_row_begin.end() - 1);
    for (size_t r = 0; r < n; ++r) {
      for (uint32_t i = tag_begin[r]; i < tag_begin[r + 1]; ++i) {
        tag_rows[fill[static_cast<size_t>(tag_ids[i])]++] = static_cast<int32_t>(r);
      }
    }
  }
  by_day.clear();
  for (size_t r = 0; r < n; ++r) {
    if (day[r] > 0) by_day.push_back(static_cast<int32_t>(r));
  }
  // Rows were added in order: a stable sort by date keeps them so within a day.
  std::stable_sort(by_day.begin(), by_day.end(),
                   [&](int32_t a, int32_t b) { return day[static_cast<size_t>(a)] < day[static_cast<size_t>(b)]; });
  cited_by.assign(n, 0);
  rank.assign(n, 0.0f);
  Statement graph;
  s = db.Prepare("SELECT cable, cited_by, rank FROM cable_graph", &graph);
  if (!s.ok()) return s;
  while (graph.Step()) {
    const int64_t row = graph.Int(0);
    if (row < 0 || row >= capacity) continue;
    cited_by[static_cast<size_t>(row)] = static_cast<int32_t>(graph.Int(1));
    rank[static_cast<size_t>(row)] = static_cast<float>(graph.Double(2));
  }
  if (!graph.status().ok()) return graph.status();
  {
    Statement who;
    s = db.Prepare("SELECT cable, name, title FROM classifiers ORDER BY cable, position", &who);
    if (!s.ok()) return s;
    std::vector<std::pair<int64_t, std::string>> keys;
    while (who.Step()) {
      const std::string_view name = who.Text(1);
      keys.emplace_back(who.Int(0), Spaced(FoldValue(name)));
      if (!who.IsNull(2)) {
        std::string titled(who.Text(2));
        titled.append(" ").append(name);
        keys.emplace_back(who.Int(0), Spaced(FoldValue(titled)));
      }
    }
    if (!who.status().ok()) return who.status();
    GroupByRow(n, &keys, &classifier_begin, &classifier_keys);
  }
  text_segment.assign(n, 0);
  text_tokens.assign(n, 0);
  Statement text;
  s = db.Prepare("SELECT cable, segment, tokens FROM text_docs", &text);
  if (!s.ok()) return s;
  double tokens = 0;
  while (text.Step()) {
    const int64_t row = text.Int(0);
    if (row < 0 || row >= capacity) continue;
    text_segment[static_cast<size_t>(row)] = static_cast<int32_t>(text.Int(1));
    text_tokens[static_cast<size_t>(row)] = static_cast<uint32_t>(text.Int(2));
    tokens += static_cast<double>(text.Int(2));
    ++text_docs;
  }
  if (!text.status().ok()) return text.status();
  text_avg_tokens = text_docs > 0 ? tokens / static_cast<double>(text_docs) : 0;
  return Status::Ok();
}

}  // namespace cablescope::archive
