// RecordStream: inputs in, linked records out, in input order, on all cores.
//
// One producer thread walks the inputs (directories recursively, in sorted
// order), detects each one's format and cuts it into CableChunks; worker
// threads parse and link the chunks in batches and run the caller's
// per-record work (e.g. serialising JSON); the calling thread receives the
// results in exactly the order of the inputs. Memory is bounded by the
// number of batches in flight, not by the size of the inputs.
#ifndef CABLESCOPE_LINK_RECORD_STREAM_H_
#define CABLESCOPE_LINK_RECORD_STREAM_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/record.h"
#include "parse/format.h"

namespace cablescope::link {

struct StreamOptions {
  parse::Format format = parse::Format::kAuto;
  std::string id_hint;  // --id: names a fragment that does not say its id
  int threads = 0;      // workers; 0 = one per core
  bool text_links = true;  // derive ref_links and people (link_record.h)
  // Niceness added to the reader and parser threads (Linux sets it per
  // thread; elsewhere ignored), so that the sink's thread runs whenever it
  // can. An ingest's writer is its bottleneck: as equals, the parser threads
  // filled their lookahead, then waited while it worked alone, and a core
  // idled (docs/PERFORMANCE.md, session 21).
  int yield_to_sink = 0;
};

struct StreamSummary {
  size_t inputs = 0;              // files (or stdin) opened or attempted
  size_t inputs_with_errors = 0;  // inputs that produced at least one diagnostic
  size_t cables = 0;              // records delivered
  size_t errors = 0;              // diagnostics reported
  uint64_t bytes = 0;             // input bytes read (after decompression)
};

// Runs on a worker thread for each record, after linking. May modify the
// record and fill `payload` (e.g. with its JSON line).
using RecordWork = std::function<void(Record& record, std::string* payload)>;
// Runs on the calling thread, in input order.
using RecordSink = std::function<void(Record&& record, std::string&& payload)>;

// Streams every cable of `paths` ("-" = standard input) through parse and
// link. Diagnostics go to `diagnostics`, called from the producer thread only.
StreamSummary StreamRecords(const std::vector<std::string>& paths, const StreamOptions& options,
                            const DiagnosticSink& diagnostics, const RecordWork& work,
                            const RecordSink& sink);

// Lists the files under `path` (itself if a file), sorted, skipping hidden
// entries. Unreadable directories are reported to `diagnostics`.
std::vector<std::string> ExpandInputPath(const std::string& path,
                                         const DiagnosticSink& diagnostics);

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_RECORD_STREAM_H_
