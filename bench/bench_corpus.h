// The in-memory data of the parse benchmarks: synthetic cables (bench/gen)
// written in each format once per process, so that the benchmarks measure
// parsing, not disk. BENCH_CABLES (default 2000, ~15 MB of cables.csv)
// sets how many cables each format holds.
#ifndef CABLESCOPE_BENCH_BENCH_CORPUS_H_
#define CABLESCOPE_BENCH_BENCH_CORPUS_H_

#include <cstdlib>
#include <string>
#include <vector>

#include "gen/synthetic_cable.h"
#include "gen/writers.h"
#include "parse/format.h"

namespace cablescope::bench {

// One format's data: either one stream holding every cable (cables.csv,
// JSON lines) or one document per cable (telegrams, pages).
struct FormatCorpus {
  parse::Format format = parse::Format::kTelegram;
  std::vector<std::string> documents;
  size_t bytes = 0;
  size_t cables = 0;
};

inline size_t BenchCableCount() {
  const char* env = std::getenv("BENCH_CABLES");
  long n = env ? std::atol(env) : 0;
  return n > 0 ? static_cast<size_t>(n) : 2000;
}

inline FormatCorpus BuildCorpus(parse::Format format) {
  FormatCorpus c;
  c.format = format;
  c.cables = BenchCableCount();
  std::string stream;
  for (size_t i = 0; i < c.cables; ++i) {
    gen::SynthCable cable = gen::GenerateCable(/*seed=*/1, i);
    switch (format) {
      case parse::Format::kCablesCsv: gen::AppendCablesCsvRow(cable, i + 1, &stream); break;
      case parse::Format::kJson: gen::AppendJsonLine(cable, &stream); break;
      case parse::Format::kWikileaksHtml: c.documents.push_back(gen::WikileaksPage(cable)); break;
      default: c.documents.push_back(gen::TelegramText(cable)); break;
    }
  }
  if (!stream.empty()) c.documents.push_back(std::move(stream));
  for (const auto& d : c.documents) c.bytes += d.size();
  return c;
}

// Built on first use, kept for the process; a format is only built when a
// benchmark of it runs, so profiles of one benchmark show no generator.
inline const FormatCorpus& Corpus(parse::Format format) {
  switch (format) {
    case parse::Format::kCablesCsv: {
      static const FormatCorpus csv = BuildCorpus(format);
      return csv;
    }
    case parse::Format::kJson: {
      static const FormatCorpus json = BuildCorpus(format);
      return json;
    }
    case parse::Format::kWikileaksHtml: {
      static const FormatCorpus html = BuildCorpus(format);
      return html;
    }
    default: {
      static const FormatCorpus telegram = BuildCorpus(parse::Format::kTelegram);
      return telegram;
    }
  }
}

}  // namespace cablescope::bench

#endif  // CABLESCOPE_BENCH_BENCH_CORPUS_H_
