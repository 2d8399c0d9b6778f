#include "serve/static_files.h"

#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <string>
#include <vector>

namespace cablescope::serve {
namespace {

std::string RealPath(const std::string& path) {
  char buf[PATH_MAX];
  if (realpath(path.c_str(), buf) == nullptr) return "";
  return buf;
}

bool IsRegularFile(const std::string& path, struct stat* out = nullptr) {
  struct stat sb{};
  const bool regular = stat(path.c_str(), &sb) == 0 && S_ISREG(sb.st_mode);
  if (out != nullptr) *out = sb;
  return regular;
}

bool IsDirectory(const std::string& path) {
  struct stat sb{};
  return stat(path.c_str(), &sb) == 0 && S_ISDIR(sb.st_mode);
}

// A segment that names a file in the directory, and nothing else.
bool PlainSegment(std::string_view s) {
  if (s.empty() || s.front() == '.') return false;  // "", ".", "..", dotfiles
  for (char c : s) {
    if (c == '\\' || c == '\0' || c == ':') return false;
  }
  return true;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

StaticFiles::StaticFiles(const std::string& root) {
  if (root.empty()) return;
  root_ = RealPath(root);
  if (!root_.empty() && !IsDirectory(root_)) root_.clear();
}

StaticFile StaticFiles::Resolve(std::string_view url_path) const {
  StaticFile out;
  if (root_.empty()) return out;
  if (url_path.empty() || url_path.front() != '/') {
    out.status = 403;
    return out;
  }
  std::string rel;
  size_t pos = 1;
  while (pos < url_path.size()) {
    size_t end = url_path.find('/', pos);
    if (end == std::string_view::npos) end = url_path.size();
    const std::string_view segment = url_path.substr(pos, end - pos);
    if (!PlainSegment(segment)) {
      // `..` and friends, and `//` (an absolute path after the first slash).
      out.status = 403;
      return out;
    }
    rel += '/';
    rel += segment;
    pos = end + 1;
  }
  std::string candidate = root_ + rel;
  if (IsDirectory(candidate)) candidate += "/index.html";
  const std::string real = RealPath(candidate);
  if (real.empty()) return out;  // 404
  if (real.compare(0, root_.size() + 1, root_ + "/") != 0) {
    out.status = 403;  // a symlink that leads out of the root
    return out;
  }
  struct stat sb{};
  if (!IsRegularFile(real, &sb)) return out;
  out.status = 200;
  out.path = real;
  out.content_type = std::string(MimeType(real));
  out.etag = "\"" + std::to_string(sb.st_size) + "-" + std::to_string(sb.st_mtim.tv_sec) + "." +
             std::to_string(sb.st_mtim.tv_nsec) + "\"";
  return out;
}

std::string_view MimeType(std::string_view path) {
  static const std::pair<std::string_view, std::string_view> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".map", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".txt", "text/plain; charset=utf-8"},
      {".md", "text/plain; charset=utf-8"},
  };
  for (const auto& [ext, type] : kTypes) {
    if (EndsWith(path, ext)) return type;
  }
  return "application/octet-stream";
}

std::string DefaultWebDir() {
  std::vector<std::string> candidates;
  if (const char* env = std::getenv("CABLESCOPE_WEB"); env != nullptr && *env != '\0') candidates.emplace_back(env);
  char exe[PATH_MAX];
  const ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    std::string dir(exe, static_cast<size_t>(n));
    dir = dir.substr(0, dir.rfind('/'));
    candidates.push_back(dir + "/../share/cablescope/web");
    candidates.push_back(dir + "/web");
  }
  candidates.push_back(std::string(CABLESCOPE_SOURCE_DIR) + "/web");
  for (const auto& c : candidates) {
    if (IsRegularFile(c + "/index.html")) return RealPath(c);
  }
  return "";
}

}  // namespace cablescope::serve
