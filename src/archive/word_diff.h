// Word diff between two texts: what one version of a cable has that the
// other does not (a redaction, a newspaper's dateline, a rewrapped line).
//
// Whitespace is not significant: the texts are compared as sequences of
// words (runs of non-space characters). The result alternates runs of
// equal, deleted and inserted words. Longest common subsequence after
// trimming the common head and tail; when the differing middles exceed
// `max_cells` word pairs they are reported as one deletion and one
// insertion. Pure function; thread-safe.
#ifndef CABLESCOPE_ARCHIVE_WORD_DIFF_H_
#define CABLESCOPE_ARCHIVE_WORD_DIFF_H_

#include <string>
#include <string_view>
#include <vector>

namespace cablescope::archive {

struct DiffRun {
  enum class Op { kEqual, kDelete, kInsert };
  Op op = Op::kEqual;
  std::string text;  // the run's words joined by single spaces
};

std::vector<DiffRun> WordDiff(std::string_view before, std::string_view after,
                              size_t max_cells = 25'000'000);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_WORD_DIFF_H_
