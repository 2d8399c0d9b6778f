#include "archive/word_diff.h"

#include <cstdint>

namespace cablescope::archive {
namespace {

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r')) ++i;
    size_t j = i;
    while (j < s.size() && !(s[j] == ' ' || s[j] == '\n' || s[j] == '\t' || s[j] == '\r')) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

void Emit(std::vector<DiffRun>* out, DiffRun::Op op, std::string_view word) {
  if (out->empty() || out->back().op != op) out->push_back({op, std::string()});
  std::string& t = out->back().text;
  if (!t.empty()) t.push_back(' ');
  t.append(word);
}

}  // namespace

std::vector<DiffRun> WordDiff(std::string_view before, std::string_view after, size_t max_cells) {
  const auto a = Words(before), b = Words(after);
  size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) ++tail;
  std::vector<DiffRun> out;
  for (size_t i = 0; i < head; ++i) Emit(&out, DiffRun::Op::kEqual, a[i]);
  const size_t n = a.size() - head - tail, m = b.size() - head - tail;
  if (static_cast<uint64_t>(n) * m > max_cells) {
    for (size_t i = 0; i < n; ++i) Emit(&out, DiffRun::Op::kDelete, a[head + i]);
    for (size_t j = 0; j < m; ++j) Emit(&out, DiffRun::Op::kInsert, b[head + j]);
  } else {
    // lcs[i][j]: LCS length of a[head+i..] and b[head+j..].
    std::vector<uint32_t> lcs((n + 1) * (m + 1), 0);
    auto at = [&](size_t i, size_t j) -> uint32_t& { return lcs[i * (m + 1) + j]; };
    for (size_t i = n; i-- > 0;) {
      for (size_t j = m; j-- > 0;) {
        at(i, j) = a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
      }
    }
    size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[head + i] == b[head + j]) {
        Emit(&out, DiffRun::Op::kEqual, a[head + i]);
        ++i;
        ++j;
      } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
        Emit(&out, DiffRun::Op::kDelete, a[head + i++]);
      } else {
        Emit(&out, DiffRun::Op::kInsert, b[head + j++]);
      }
    }
  }
  for (size_t k = a.size() - tail; k < a.size(); ++k) Emit(&out, DiffRun::Op::kEqual, a[k]);
  return out;
}

}  // namespace cablescope::archive
