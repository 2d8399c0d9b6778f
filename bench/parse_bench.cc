// Single-core throughput of the parse pipeline, per input format and per
// stage, on synthetic cables held in memory (bench_corpus.h).
//
//   Pipeline/<format>   reader -> ParseCable -> LinkRecord -> AppendRecordJson
//   Reader/<format>     the reader alone (container decoding, cutting)
//   RoutingHeader       ParseRoutingHeader on the headers of the cables
//   CableText           ParseCableText on their texts
//   ParseCable          both, plus the chunk's metadata
//   LinkRecord          canonical ids, references, TAGS, origin
//   RecordJson          AppendRecordJson
//   IndexTokens         AppendTokenizedText (the full-text index's tokens)
//   PreparedRecord      AppendPreparedRecord: what an ingest's parser
//                       threads make of a linked record for the writer
//                       (its tokens included)
//   SegmentAdd          TextSegmentBuilder::AddTokenized: the indexer
//                       thread's share, ~32,000 cables into one segment
//                       (the corpus in rounds, numbered anew each round)
//
// bytes_per_second counts input bytes of the stage (whole documents for
// Pipeline and Reader; header or text bytes for the stages); items_per_second
// counts cables. Targets (docs/PERFORMANCE.md): >= 200 MB/s per core on
// cables.csv and telegrams, >= 100 MB/s on WikiLeaks pages.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "archive/prepared_record.h"
#include "archive/text_segment_builder.h"
#include "archive/text_tokenize.h"
#include "bench_corpus.h"
#include "link/link_record.h"
#include "link/text_links.h"
#include "model/record.h"
#include "model/record_json.h"
#include "parse/cable_chunk.h"
#include "parse/cable_parser.h"
#include "parse/cable_reader.h"
#include "parse/cable_text.h"
#include "parse/input_stream.h"
#include "parse/routing_header.h"

namespace cablescope::bench {
namespace {

using parse::Format;

std::unique_ptr<parse::CableReader> Open(const std::string& document, Format format) {
  return parse::OpenCableReader(parse::InputStream::FromString(document), "bench", format,
                                [](const Diagnostic&) {});
}

// All chunks of a format, cut once (input of the stage benchmarks).
const std::vector<parse::CableChunk>& Chunks(Format format) {
  static std::vector<parse::CableChunk> chunks[8];
  auto& out = chunks[static_cast<int>(format)];
  if (out.empty()) {
    for (const auto& doc : Corpus(format).documents) {
      auto reader = Open(doc, format);
      parse::CableChunk chunk;
      while (reader->Next(&chunk)) out.push_back(chunk);
    }
  }
  return out;
}

std::vector<Record> ParsedRecords(Format format) {
  std::vector<Record> records;
  for (const auto& chunk : Chunks(format)) {
    records.emplace_back();
    parse::ParseCable(chunk, &records.back());
  }
  return records;
}

// The records linked: kSkip as `parse` prints them, kDerive as an ingest's
// parser threads have them (people and REF pointers included).
std::vector<Record> LinkedRecords(Format format, link::TextLinks text_links) {
  std::vector<Record> records = ParsedRecords(format);
  for (auto& r : records) link::LinkRecord(&r, text_links);
  return records;
}

// What `cablescope parse` does a cable (`text_links` kDerive: `parse --links`).
void Pipeline(benchmark::State& state, Format format, link::TextLinks text_links) {
  const FormatCorpus& corpus = Corpus(format);
  size_t cables = 0;
  Record record;
  std::string json;
  for (auto _ : state) {
    for (const auto& doc : corpus.documents) {
      auto reader = Open(doc, format);
      parse::CableChunk chunk;
      while (reader->Next(&chunk)) {
        parse::ParseCable(chunk, &record);
        link::LinkRecord(&record, text_links);
        json.clear();
        AppendRecordJson(record, &json);
        benchmark::DoNotOptimize(json.data());
        ++cables;
      }
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(cables));
}

void Reader(benchmark::State& state, Format format) {
  const FormatCorpus& corpus = Corpus(format);
  size_t cables = 0;
  for (auto _ : state) {
    for (const auto& doc : corpus.documents) {
      auto reader = Open(doc, format);
      parse::CableChunk chunk;
      while (reader->Next(&chunk)) {
        benchmark::DoNotOptimize(chunk.text.data());
        ++cables;
      }
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(cables));
}

// The header of a chunk, wherever the container keeps it.
std::string_view HeaderOf(const parse::CableChunk& chunk) {
  if (chunk.header_separate) return chunk.header;
  std::string_view text = chunk.text;
  return text.substr(0, parse::RoutingHeaderLength(text));
}

std::string_view TextOf(const parse::CableChunk& chunk) {
  std::string_view text = chunk.text;
  if (!chunk.header_separate) text.remove_prefix(parse::RoutingHeaderLength(text));
  return text;
}

void RoutingHeader(benchmark::State& state, Format format) {
  const auto& chunks = Chunks(format);
  size_t bytes = 0;
  for (const auto& c : chunks) bytes += HeaderOf(c).size();
  Record record;
  for (auto _ : state) {
    for (const auto& c : chunks) {
      record.to.clear();
      record.info.clear();
      record.relay.clear();
      parse::ParseRoutingHeader(HeaderOf(c), &record);
      benchmark::DoNotOptimize(record.info.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * chunks.size()));
}

void CableText(benchmark::State& state, Format format) {
  const auto& chunks = Chunks(format);
  size_t bytes = 0;
  for (const auto& c : chunks) bytes += TextOf(c).size();
  for (auto _ : state) {
    for (const auto& c : chunks) {
      Record record;
      parse::TextOptions options;
      options.flattened = c.flattened;
      parse::ParseCableText(TextOf(c), options, &record);
      benchmark::DoNotOptimize(record.paragraphs.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * chunks.size()));
}

void ParseCable(benchmark::State& state, Format format) {
  const auto& chunks = Chunks(format);
  size_t bytes = 0;
  for (const auto& c : chunks) bytes += c.header.size() + c.text.size();
  Record record;
  for (auto _ : state) {
    for (const auto& c : chunks) {
      parse::ParseCable(c, &record);
      benchmark::DoNotOptimize(record.paragraphs.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * chunks.size()));
}

void Link(benchmark::State& state, Format format) {
  const std::vector<Record> parsed = ParsedRecords(format);
  std::vector<Record> work;
  for (auto _ : state) {
    // Linking changes the records, so each round links fresh copies.
    state.PauseTiming();
    work = parsed;
    state.ResumeTiming();
    for (auto& r : work) link::LinkRecord(&r, link::TextLinks::kSkip);
    benchmark::DoNotOptimize(work.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * parsed.size()));
}

// The text scans alone (REF pointers, people) on linked records.
void TextLinks(benchmark::State& state, Format format) {
  std::vector<Record> records = LinkedRecords(format, link::TextLinks::kSkip);
  for (auto _ : state) {
    for (auto& r : records) link::DeriveTextLinks(&r);
    benchmark::DoNotOptimize(records.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * records.size()));
}

void Json(benchmark::State& state, Format format) {
  std::vector<Record> records = LinkedRecords(format, link::TextLinks::kSkip);  // as `parse` prints
  std::string json;
  size_t bytes = 0;
  for (auto _ : state) {
    for (const auto& r : records) {
      json.clear();
      AppendRecordJson(r, &json);
      bytes += json.size();
      benchmark::DoNotOptimize(json.data());
    }
  }
  // Output bytes: what the writer produced.
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * records.size()));
}

// Calls append(record, &out) for every linked record; input bytes are the
// records' bodies.
template <class Append>
void PerRecord(benchmark::State& state, Format format, Append append) {
  const std::vector<Record> records = LinkedRecords(format, link::TextLinks::kDerive);
  size_t body_bytes = 0;
  for (const auto& r : records) body_bytes += r.body ? r.body->size() : 0;
  std::string out;
  for (auto _ : state) {
    for (const auto& r : records) {
      out.clear();
      append(r, &out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * body_bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * records.size()));
}

void IndexTokens(benchmark::State& state, Format format) {
  PerRecord(state, format, [](const Record& r, std::string* out) { archive::AppendTokenizedText(r, out); });
}

void PreparedRecord(benchmark::State& state, Format format) {
  PerRecord(state, format, [](const Record& r, std::string* out) { archive::AppendPreparedRecord(r, archive::TextHashKind::kLanes, out); });
}

void SegmentAdd(benchmark::State& state, Format format) {
  std::vector<std::string> tokenized;
  for (const auto& r : LinkedRecords(format, link::TextLinks::kDerive)) {
    tokenized.emplace_back();
    archive::AppendTokenizedText(r, &tokenized.back());
  }
  // ~32,000 cables a segment, as in an ingest (a segment holds ~19,000):
  // the corpus again and again when it is smaller. BENCH_CABLES=20000
  // makes them distinct, with a vocabulary as large as an ingest's.
  const size_t rounds = std::max<size_t>(1, 32000 / std::max<size_t>(1, tokenized.size()));
  for (auto _ : state) {
    archive::TextSegmentBuilder builder;
    int64_t cable = 0;
    for (size_t round = 0; round < rounds; ++round) {
      for (const auto& t : tokenized) builder.AddTokenized(++cable, t);
    }
    benchmark::DoNotOptimize(builder.memory_bytes());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * rounds * tokenized.size()));
}

constexpr std::pair<const char*, Format> kFormats[] = {
    {"cables-csv", Format::kCablesCsv},
    {"telegram", Format::kTelegram},
    {"wikileaks-html", Format::kWikileaksHtml},
    {"json", Format::kJson},
};

// "Pipeline/cables-csv". Appends rather than `"literal" + string`, which
// GCC 12 flags with a false -Wrestrict at -O2 (GCC bug 105651).
std::string Name(std::string_view stage, std::string_view format) {
  std::string name(stage);
  name += '/';
  name += format;
  return name;
}

// Registered at start-up so that names carry the format.
const bool kRegistered = [] {
  for (const auto& [name, format] : kFormats) {
    std::string n(name);
    benchmark::RegisterBenchmark(Name("Pipeline", n).c_str(), Pipeline, format,
                                 link::TextLinks::kSkip)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(Name("PipelineLinks", n).c_str(), Pipeline, format,
                                 link::TextLinks::kDerive)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(Name("Reader", n).c_str(), Reader, format)
        ->Unit(benchmark::kMillisecond);
  }
  // The stages on cables.csv data (header kept apart, text with newlines)
  // and on JSON data (flattened text).
  using Stage = void (*)(benchmark::State&, Format);
  constexpr std::pair<const char*, Stage> kStages[] = {
      {"RoutingHeader", RoutingHeader}, {"CableText", CableText},     {"ParseCable", ParseCable},
      {"LinkRecord", Link},             {"TextLinks", TextLinks},     {"RecordJson", Json},
      {"IndexTokens", IndexTokens},     {"PreparedRecord", PreparedRecord}, {"SegmentAdd", SegmentAdd},
  };
  for (Format format : {Format::kCablesCsv, Format::kJson}) {
    std::string n(parse::FormatName(format));
    for (const auto& [stage, run] : kStages) {
      benchmark::RegisterBenchmark(Name(stage, n).c_str(), run, format)->Unit(benchmark::kMillisecond);
    }
  }
  return true;
}();

}  // namespace
}  // namespace cablescope::bench

BENCHMARK_MAIN();
