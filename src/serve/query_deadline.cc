#include "serve/query_deadline.h"

namespace cablescope::serve {

// SQLite calls the handler every kSteps VM instructions: often enough to
// stop within a fraction of a millisecond, rarely enough to cost nothing
// measurable (a clock read per call).
constexpr int kSteps = 1000;

QueryDeadline::QueryDeadline(archive::Database& db, std::chrono::steady_clock::time_point deadline)
    : db_(db), deadline_(deadline) {
  sqlite3_progress_handler(db_.handle(), kSteps, &QueryDeadline::OnProgress, this);
}

QueryDeadline::~QueryDeadline() { sqlite3_progress_handler(db_.handle(), 0, nullptr, nullptr); }

bool QueryDeadline::expired() const { return fired_ || std::chrono::steady_clock::now() >= deadline_; }

int QueryDeadline::OnProgress(void* self) {
  auto* d = static_cast<QueryDeadline*>(self);
  if (std::chrono::steady_clock::now() < d->deadline_) return 0;
  d->fired_ = true;
  return 1;  // interrupt the statement
}

}  // namespace cablescope::serve
