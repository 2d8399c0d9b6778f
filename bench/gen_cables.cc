// cablescope-gen: writes a synthetic corpus of invented but realistic
// cables, deterministic from a seed, for benchmarks and load tests.
//
//   cablescope-gen --format cables-csv --count 251287 --seed 1 --out cables.csv
//   cablescope-gen --format telegram --count 1000 --out dir/      (one file per cable)
//   cablescope-gen --format wikileaks-html --count 1000 --out dir/ (dir/YYYY/MM/ID.html)
//   cablescope-gen --format json --count 1000 --out cables.json   (JSON lines)
//
// --bytes N stops once N bytes are written (for the bounded-memory check).
// --out - writes the one-file formats to standard output.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_set>

#include "gen/synthetic_cable.h"
#include "gen/writers.h"

namespace {

using cablescope::gen::GenerateCable;
using cablescope::gen::SynthCable;

struct Options {
  std::string format = "cables-csv";
  uint64_t count = 1000;
  uint64_t seed = 1;
  uint64_t max_bytes = 0;  // 0 = no limit
  std::string out;
};

int Usage(const char* why) {
  std::fprintf(stderr,
               "cablescope-gen: %s\n"
               "usage: cablescope-gen --format cables-csv|telegram|wikileaks-html|json\n"
               "                      [--count N] [--seed S] [--bytes N] --out PATH\n",
               why);
  return 2;
}

bool WriteFile(const std::filesystem::path& path, const std::string& data) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return false;
  bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
  return std::fclose(f) == 0 && ok;
}

// Two cables may draw the same post, year and serial; files must not
// overwrite each other, or the corpus would hold fewer cables than asked.
std::string UniqueName(std::unordered_set<std::string>* used, const std::string& name,
                       const std::string& ext) {
  std::string candidate = name + ext;
  for (int i = 2; !used->insert(candidate).second; ++i) {
    candidate = name + "_" + std::to_string(i) + ext;
  }
  return candidate;
}

int WriteStream(const Options& o) {
  std::FILE* out = o.out == "-" ? stdout : std::fopen(o.out.c_str(), "wb");
  if (!out) return Usage(("cannot write " + o.out).c_str());
  std::string buf;
  buf.reserve(2 << 20);
  uint64_t written = 0;
  for (uint64_t i = 0; i < o.count; ++i) {
    SynthCable c = GenerateCable(o.seed, i);
    if (o.format == "json") {
      cablescope::gen::AppendJsonLine(c, &buf);
    } else {
      cablescope::gen::AppendCablesCsvRow(c, i + 1, &buf);
    }
    if (buf.size() >= (1u << 20) || i + 1 == o.count) {
      if (std::fwrite(buf.data(), 1, buf.size(), out) != buf.size()) return Usage("write failed");
      written += buf.size();
      buf.clear();
      if (o.max_bytes > 0 && written >= o.max_bytes) break;
    }
  }
  if (!buf.empty() && std::fwrite(buf.data(), 1, buf.size(), out) != buf.size()) {
    return Usage("write failed");
  }
  if (out != stdout && std::fclose(out) != 0) return Usage("write failed");
  return 0;
}

int WriteFiles(const Options& o) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(o.out, ec);
  if (ec) return Usage(("cannot create " + o.out).c_str());
  std::unordered_set<std::string> used;
  uint64_t written = 0;
  for (uint64_t i = 0; i < o.count; ++i) {
    SynthCable c = GenerateCable(o.seed, i);
    fs::path path;
    std::string data;
    if (o.format == "telegram") {
      path = fs::path(o.out) / UniqueName(&used, c.id, ".txt");
      data = cablescope::gen::TelegramText(c);
    } else {
      std::string rel = cablescope::gen::WikileaksPagePath(c);
      rel.resize(rel.size() - 5);  // ".html"
      path = fs::path(o.out) / UniqueName(&used, rel, ".html");
      fs::create_directories(path.parent_path(), ec);
      data = cablescope::gen::WikileaksPage(c);
    }
    if (!WriteFile(path, data)) return Usage(("cannot write " + path.string()).c_str());
    written += data.size();
    if (o.max_bytes > 0 && written >= o.max_bytes) break;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (i + 1 >= argc) return Usage(("missing value for " + std::string(arg)).c_str());
    const char* value = argv[++i];
    if (arg == "--format") {
      o.format = value;
    } else if (arg == "--count") {
      o.count = std::strtoull(value, nullptr, 10);
    } else if (arg == "--seed") {
      o.seed = std::strtoull(value, nullptr, 10);
    } else if (arg == "--bytes") {
      o.max_bytes = std::strtoull(value, nullptr, 10);
    } else if (arg == "--out") {
      o.out = value;
    } else {
      return Usage(("unknown option " + std::string(arg)).c_str());
    }
  }
  if (o.out.empty()) return Usage("--out is required");
  if (o.format == "cables-csv" || o.format == "json") return WriteStream(o);
  if (o.format == "telegram" || o.format == "wikileaks-html") return WriteFiles(o);
  return Usage(("unknown format " + o.format).c_str());
}
