// QueryDeadline: cancels the SQLite work of one request when its time is up.
//
// While a QueryDeadline lives, SQLite calls it back every few hundred
// virtual-machine steps on the connection (sqlite3_progress_handler); past
// the deadline the callback makes the running statement fail with
// SQLITE_INTERRUPT, which surfaces as an error Status. The handler then asks
// `expired()` to tell a cancelled request (503) from a failed one (500).
//
// One per connection at a time; lives on the request's thread.
#ifndef CABLESCOPE_SERVE_QUERY_DEADLINE_H_
#define CABLESCOPE_SERVE_QUERY_DEADLINE_H_

#include <chrono>

#include "archive/sqlite_db.h"

namespace cablescope::serve {

class QueryDeadline {
 public:
  QueryDeadline(archive::Database& db, std::chrono::steady_clock::time_point deadline);
  ~QueryDeadline();
  QueryDeadline(const QueryDeadline&) = delete;
  QueryDeadline& operator=(const QueryDeadline&) = delete;

  // True once the deadline has passed (whether or not SQLite noticed).
  bool expired() const;
  // No deadline from now on (a stream that has started its body).
  void Disarm() { deadline_ = std::chrono::steady_clock::time_point::max(); }

 private:
  static int OnProgress(void* self);

  archive::Database& db_;
  std::chrono::steady_clock::time_point deadline_;
  bool fired_ = false;
};

}  // namespace cablescope::serve

#endif  // CABLESCOPE_SERVE_QUERY_DEADLINE_H_
