// Diagnostics: what a reader says about input it could not use.
//
// Bad input is normal input. A reader that meets damage reports one
// Diagnostic per skipped cable (or per unreadable input) and goes on; it
// never throws for bad bytes. A Diagnostic prints as `path:line: message`.
#ifndef CABLESCOPE_MODEL_DIAGNOSTIC_H_
#define CABLESCOPE_MODEL_DIAGNOSTIC_H_

#include <cstdint>
#include <functional>
#include <string>

namespace cablescope {

struct Diagnostic {
  std::string path;
  uint64_t line = 0;  // 1-based; 0 when the whole input is concerned
  std::string message;

  // "path:line: message" (or "path: message" when line is 0).
  std::string ToString() const;
};

// Where readers send diagnostics. Must be safe to call from the thread that
// owns the reader; callers that share one sink across threads synchronise it.
using DiagnosticSink = std::function<void(const Diagnostic&)>;

}  // namespace cablescope

#endif  // CABLESCOPE_MODEL_DIAGNOSTIC_H_
