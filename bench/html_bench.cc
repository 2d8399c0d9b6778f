// Throughput of the HTML page readers on real pages.
//
// Reads up to 300 Cablegate pages from ../shared/corpus/wikileaks-html-2010
// (or $CABLESCOPE_SHARED/corpus/...) and the PlusD pages, and runs the
// reader over each page held in memory. Skips when the corpus is absent.
//
// Measured on the shared 2-core dev machine (GCC 12, -O2, CPU time of one
// core; wall time is not meaningful there under a load average of 8):
//   gumbo 0.10.1, building the DOM only           ~10 MB/s   (300 pages)
//   this reader, whole corpus (1,211 pages)     ~1150 MB/s   (ReadAll included)
//   the same with ReadAll appending 64 KiB reads ~1500 MB/s  (ReadAll now
//                                               zero-fills a 1 MiB block per page)
//   BM_WikileaksHtmlReader here                   ~890 MB/s CPU
// which is why the readers scan instead of building a DOM.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "parse/readers.h"

namespace {

namespace fs = std::filesystem;
using cablescope::parse::CableChunk;
using cablescope::parse::InputStream;

fs::path SharedDir() {
  if (const char* env = std::getenv("CABLESCOPE_SHARED"); env != nullptr && *env != '\0') {
    return env;
  }
  return fs::path(CABLESCOPE_SOURCE_DIR) / ".." / "shared";
}

std::vector<std::string> LoadPages(const fs::path& dir, size_t limit) {
  std::vector<std::string> pages;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return pages;
  std::vector<fs::path> paths;
  for (const auto& e : fs::recursive_directory_iterator(dir, ec)) {
    if (e.path().extension() == ".html") paths.push_back(e.path());
  }
  std::sort(paths.begin(), paths.end());
  for (const fs::path& p : paths) {
    if (pages.size() >= limit) break;
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    pages.push_back(ss.str());
  }
  return pages;
}

template <typename NewReader>
void RunPages(benchmark::State& state, const std::vector<std::string>& pages,
              NewReader new_reader) {
  if (pages.empty()) {
    state.SkipWithError("corpus absent (../shared/corpus)");
    return;
  }
  size_t bytes = 0;
  for (const std::string& p : pages) bytes += p.size();
  CableChunk chunk;
  for (auto _ : state) {
    for (const std::string& p : pages) {
      auto reader = new_reader(InputStream::FromString(p), "bench.html", nullptr);
      while (reader->Next(&chunk)) benchmark::DoNotOptimize(chunk.text.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["pages"] = static_cast<double>(pages.size());
}

void BM_WikileaksHtmlReader(benchmark::State& state) {
  static const std::vector<std::string> pages =
      LoadPages(SharedDir() / "corpus" / "wikileaks-html-2010", 300);
  RunPages(state, pages, cablescope::parse::NewWikileaksHtmlReader);
}
BENCHMARK(BM_WikileaksHtmlReader)->Unit(benchmark::kMillisecond);

void BM_PlusdHtmlReader(benchmark::State& state) {
  static const std::vector<std::string> pages =
      LoadPages(SharedDir() / "corpus" / "plusd-1970s-html", 300);
  RunPages(state, pages, cablescope::parse::NewPlusdHtmlReader);
}
BENCHMARK(BM_PlusdHtmlReader)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
