// StaticFiles: the web UI's files (web/), served by the binary, confined to
// their directory.
//
// A URL path maps to a file under the root only if every segment is a
// plain name: no `..`, `.`, empty segment, backslash, NUL or leading dot
// (httplib has already decoded %2e%2e to `..`, so encoded escapes are
// caught here too), and only if the file's real path (symlinks resolved)
// is still under the root's real path. Directories serve their index.html.
//
// Immutable after construction; thread-safe.
#ifndef CABLESCOPE_SERVE_STATIC_FILES_H_
#define CABLESCOPE_SERVE_STATIC_FILES_H_

#include <string>
#include <string_view>

namespace cablescope::serve {

struct StaticFile {
  int status = 404;           // 200, 403 (outside the root), 404
  std::string path;           // the file to send when 200
  std::string content_type;
  // A validator of the file's contents as they are now (size and
  // modification time): the browser revalidates with If-None-Match and gets
  // 304 instead of the file while it has not changed.
  std::string etag;
};

class StaticFiles {
 public:
  // `root` is resolved once (realpath); an empty or missing root serves
  // nothing (every path 404).
  explicit StaticFiles(const std::string& root);

  StaticFile Resolve(std::string_view url_path) const;
  const std::string& root() const { return root_; }

 private:
  std::string root_;  // real path, no trailing slash; empty = none
};

// The MIME type for a file name's extension (text types with charset).
std::string_view MimeType(std::string_view path);

// Where the web UI is when --web is not given: $CABLESCOPE_WEB, else the
// first of <exe dir>/../share/cablescope/web (installed), <exe dir>/web,
// <source tree>/web that has an index.html; empty when none has.
std::string DefaultWebDir();

}  // namespace cablescope::serve

#endif  // CABLESCOPE_SERVE_STATIC_FILES_H_
