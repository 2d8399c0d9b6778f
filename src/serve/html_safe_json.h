// Makes JSON text safe to meet an HTML parser: `<`, `>` and `&` become
// \u003c, \u003e, \u0026. Cables contain them (`<<END ITEM>>`, `AT&T`);
// the API's answers keep the text exact while no byte of it can open a
// tag or an entity if a browser ever renders the JSON as a page.
//
// These three characters can only occur inside JSON strings, where the
// \u escape means the same character, so the value is unchanged. Pure.
#ifndef CABLESCOPE_SERVE_HTML_SAFE_JSON_H_
#define CABLESCOPE_SERVE_HTML_SAFE_JSON_H_

#include <string>

namespace cablescope::serve {

inline void MakeHtmlSafe(std::string* json) {
  if (json->find_first_of("<>&") == std::string::npos) return;
  std::string out;
  out.reserve(json->size() + 64);
  for (char c : *json) {
    switch (c) {
      case '<': out += "\\u003c"; break;
      case '>': out += "\\u003e"; break;
      case '&': out += "\\u0026"; break;
      default: out.push_back(c);
    }
  }
  json->swap(out);
}

}  // namespace cablescope::serve

#endif  // CABLESCOPE_SERVE_HTML_SAFE_JSON_H_
