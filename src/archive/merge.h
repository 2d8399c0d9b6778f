// Merging the versions of one cable into its record, field by field.
//
// One cable is often seen in several sources (a WikiLeaks page, a
// cables.csv row, a newspaper reprint, a later release). Each is a version.
// The cable's record takes each field from the version whose value is the
// most complete, and records which version that was (its provenance):
//
//   text fields   the longest value, not counting redactions (runs of x:
//                 `xxxxxxxxxxxx` in one release, the name in another)
//   lists         the most entries, then the most text
//   station       present beats absent
//   partial       false as soon as one version is a full cable
//   source, format  those of the version that gave the body
//
// Ties go to the earliest version, so that merging is stable as versions are
// added. Pure functions; thread-safe.
#ifndef CABLESCOPE_ARCHIVE_MERGE_H_
#define CABLESCOPE_ARCHIVE_MERGE_H_

#include <string>
#include <string_view>
#include <vector>

#include "model/record.h"

namespace cablescope::archive {

// One version of a cable: its number (1-based, in order of ingestion) and
// its record as parsed.
struct CableVersion {
  int version = 0;
  Record record;
};

// Which version a field of the merged record came from.
struct FieldProvenance {
  std::string field;  // record field name, as in docs/RECORD.md
  int version = 0;
};

struct MergedCable {
  Record record;
  std::vector<FieldProvenance> provenance;  // only fields that have a value
};

// Merges `versions` (at least one) as described above.
MergedCable MergeVersions(const std::vector<CableVersion>& versions);

// The provenance MergeVersions gives a cable seen once, as `record`: each
// field that has a value, from version 1. Its merged record is `record`
// itself (every field copied; test MergeVersions.OneVersionIsItsOwnMerge),
// so an ingest asks this of a new cable instead of copying it.
std::vector<FieldProvenance> OneVersionProvenance(const Record& record);

// The merged record as one JSON object: the fields of docs/RECORD.md, then
// "provenance": {field: version, ...} and "versions": `version_count`.
// `text_as_null`: "paragraphs" and "body" written as null, as cables.record
// stores them (stored_record.h).
void AppendMergedJson(const MergedCable& merged, int version_count, std::string* out,
                      bool text_as_null = false);
// The same for a record and its provenance.
void AppendMergedJson(const Record& record, const std::vector<FieldProvenance>& provenance, int version_count,
                      std::string* out, bool text_as_null = false);

// The inverse for the record part: `merged_json` (as AppendMergedJson wrote
// it) without "provenance" and "versions". For a cable with one version
// this is usually that version's record JSON, byte for byte, which the
// archive then stores once (store.cc).
std::string SingleVersionJson(std::string_view merged_json);

// Bytes of `text` that are not redaction (runs of 3 or more x or X).
size_t CompleteLength(std::string_view text);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_MERGE_H_
