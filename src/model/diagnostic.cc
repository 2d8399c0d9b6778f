#include "model/diagnostic.h"

namespace cablescope {

std::string Diagnostic::ToString() const {
  std::string s = path;
  if (line > 0) {
    s += ':';
    s += std::to_string(line);
  }
  s += ": ";
  s += message;
  return s;
}

}  // namespace cablescope
