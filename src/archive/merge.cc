#include "archive/merge.h"

#include <functional>
#include <span>

#include "link/text_links.h"
#include "model/json_writer.h"
#include "model/record_json.h"

namespace cablescope::archive {
namespace {

bool IsRedaction(std::string_view token) {
  if (token.size() < 3) return false;
  for (char c : token) {
    if (c != 'x' && c != 'X') return false;
  }
  return true;
}

// A comparable measure of how complete a value is; larger is better, and
// {-1, 0} means absent.
struct Completeness {
  long long primary = -1;
  long long secondary = 0;
  bool operator>(const Completeness& o) const {
    return primary != o.primary ? primary > o.primary : secondary > o.secondary;
  }
};

// `full`: the whole measure, else only whether there is a value ({0, 0}):
// a cable seen once has nothing to compare, and measuring its body and
// paragraphs for redactions was a tenth of an ingest's preparation of it.
Completeness OfText(const OptString& s, bool full) {
  if (!s || s->empty()) return {};
  if (!full) return {0, 0};
  return {static_cast<long long>(CompleteLength(*s)), static_cast<long long>(s->size())};
}

template <class T>
Completeness OfList(const std::vector<T>& list, bool full, const std::function<size_t(const T&)>& text_size) {
  if (list.empty()) return {};
  long long total = 0;
  if (full) {
    for (const auto& item : list) total += static_cast<long long>(text_size(item));
  }
  return {static_cast<long long>(list.size()), total};
}

Completeness OfStrings(const std::vector<std::string>& list, bool full) {
  return OfList<std::string>(list, full, [](const std::string& s) { return CompleteLength(s); });
}

// A version as the merger reads it.
struct VersionRef {
  int version = 0;
  const Record* record = nullptr;
};

// Picks, for one field, the version with the most complete value, notes it
// in the provenance and, when there is a merged record to fill, copies that
// value into it.
class FieldMerger {
 public:
  FieldMerger(std::span<const VersionRef> versions, Record* out, std::vector<FieldProvenance>* provenance)
      : versions_(versions), out_(out), provenance_(provenance) {}

  // measure(record, full) -> Completeness (see OfText); copy(from, to)
  // copies the field. Returns the version picked.
  int Pick(const char* field, const std::function<Completeness(const Record&, bool)>& measure,
           const std::function<void(const Record&, Record*)>& copy) {
    const bool full = versions_.size() > 1;
    const VersionRef* best = nullptr;
    Completeness best_c;
    for (const auto& v : versions_) {
      Completeness c = measure(*v.record, full);
      if (best == nullptr || c > best_c) {
        best = &v;
        best_c = c;
      }
    }
    if (out_ != nullptr) copy(*best->record, out_);
    if (best_c.primary >= 0) provenance_->push_back({field, best->version});
    return best->version;
  }

  // `field` from `version`, whatever its value.
  void Take(const char* field, int version, const std::function<void(const Record&, Record*)>& copy) {
    for (const auto& v : versions_) {
      if (v.version != version) continue;
      if (out_ != nullptr) copy(*v.record, out_);
      provenance_->push_back({field, version});
    }
  }

 private:
  std::span<const VersionRef> versions_;
  Record* out_;  // nullptr: the provenance alone
  std::vector<FieldProvenance>* provenance_;
};

#define MERGE_TEXT(name)                                                          \
  m.Pick(#name, [](const Record& r, bool full) { return OfText(r.name, full); }, \
         [](const Record& from, Record* to) { to->name = from.name; })
#define MERGE_STRINGS(name)                                                          \
  m.Pick(#name, [](const Record& r, bool full) { return OfStrings(r.name, full); }, \
         [](const Record& from, Record* to) { to->name = from.name; })

// Every field of the record, in the order of the provenance. Returns the
// versions that gave the paragraphs and the body.
std::pair<int, int> PickFields(FieldMerger& m) {
  MERGE_TEXT(id);
  MERGE_STRINGS(published_ids);
  m.Pick("partial", [](const Record& r, bool) { return Completeness{r.partial ? 0 : 1, 0}; },
         [](const Record& from, Record* to) { to->partial = from.partial; });
  MERGE_TEXT(transmission_id);
  MERGE_TEXT(precedence);
  MERGE_TEXT(dtg);
  MERGE_TEXT(created);
  m.Pick("station",
         [](const Record& r, bool) {
           if (!r.station) return Completeness{};
           return Completeness{1, static_cast<long long>(r.station->route.size() +
                                                         r.station->serial.size() +
                                                         r.station->filed.size())};
         },
         [](const Record& from, Record* to) { to->station = from.station; });
  MERGE_STRINGS(relay);
  MERGE_TEXT(from);
  MERGE_TEXT(origin);
  auto recipient_size = [](const Recipient& r) { return r.name.size() + (r.route ? r.route->size() : 0); };
  m.Pick("to", [&](const Record& r, bool full) { return OfList<Recipient>(r.to, full, recipient_size); },
         [](const Record& from, Record* to) { to->to = from.to; });
  m.Pick("info", [&](const Record& r, bool full) { return OfList<Recipient>(r.info, full, recipient_size); },
         [](const Record& from, Record* to) { to->info = from.info; });
  MERGE_TEXT(classification);
  MERGE_STRINGS(captions);
  MERGE_TEXT(executive_order);
  MERGE_TEXT(declassify_on);
  MERGE_STRINGS(tags);
  MERGE_TEXT(subject);
  m.Pick("references",
         [](const Record& r, bool full) {
           return OfList<Reference>(r.references, full, [](const Reference& x) {
             return x.text.size() + (x.id ? x.id->size() : 0);
           });
         },
         [](const Record& from, Record* to) { to->references = from.references; });
  m.Pick("classified_by",
         [](const Record& r, bool full) {
           return OfList<Person>(r.classified_by, full, [](const Person& p) {
             return CompleteLength(p.name) + (p.title ? p.title->size() : 0);
           });
         },
         [](const Record& from, Record* to) { to->classified_by = from.classified_by; });
  MERGE_STRINGS(classification_reasons);
  MERGE_STRINGS(signers);
  MERGE_TEXT(summary);
  const int paragraphs_version = m.Pick("paragraphs",
         [](const Record& r, bool full) {
           return OfList<Paragraph>(r.paragraphs, full, [](const Paragraph& p) { return CompleteLength(p.text); });
         },
         [](const Record& from, Record* to) { to->paragraphs = from.paragraphs; });
  const int body_version = MERGE_TEXT(body);
  m.Take("format", body_version, [](const Record& from, Record* to) { to->format = from.format; });
  m.Take("source", body_version, [](const Record& from, Record* to) { to->source = from.source; });
  return {paragraphs_version, body_version};
}

}  // namespace

size_t CompleteLength(std::string_view text) {
  size_t n = 0;
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == 'x' || c == 'X') {
      size_t j = i;
      while (j < text.size() && (text[j] == 'x' || text[j] == 'X')) ++j;
      if (!IsRedaction(text.substr(i, j - i))) n += j - i;
      i = j;
    } else {
      ++n;
      ++i;
    }
  }
  return n;
}

MergedCable MergeVersions(const std::vector<CableVersion>& versions) {
  MergedCable out;
  if (versions.empty()) return out;
  std::vector<VersionRef> refs;
  for (const auto& v : versions) refs.push_back({v.version, &v.record});
  FieldMerger m(refs, &out.record, &out.provenance);
  const auto [paragraphs_version, body_version] = PickFields(m);
  // Paragraph offsets point into their own version's body.
  if (paragraphs_version != body_version) {
    for (auto& p : out.record.paragraphs) p.start = p.end = 0;
  }
  // REF pointers and people are spans of the body: derive them again from
  // the merged fields (one version's body, another's REF list).
  // A single version keeps its own (the fields above do not copy them).
  if (versions.size() > 1) {
    link::DeriveTextLinks(&out.record);
  } else {
    out.record.ref_links = versions[0].record.ref_links;
    out.record.people = versions[0].record.people;
    out.record.text_links_derived = versions[0].record.text_links_derived;
  }
  return out;
}

std::vector<FieldProvenance> OneVersionProvenance(const Record& record) {
  // On the parser threads, for every new cable: the one version needs no
  // vector of its own.
  const VersionRef one{1, &record};
  std::vector<FieldProvenance> provenance;
  FieldMerger m(std::span<const VersionRef>(&one, 1), nullptr, &provenance);
  PickFields(m);
  return provenance;
}

void AppendMergedJson(const MergedCable& merged, int version_count, std::string* out, bool text_as_null) {
  AppendMergedJson(merged.record, merged.provenance, version_count, out, text_as_null);
}

void AppendMergedJson(const Record& record, const std::vector<FieldProvenance>& provenance, int version_count,
                      std::string* out, bool text_as_null) {
  const size_t start = out->size();
  if (text_as_null) AppendRecordJsonWithoutText(record, out);
  else AppendRecordJson(record, out, 0);
  // Reopen the object to add the archive's own keys.
  while (out->size() > start && out->back() != '}') out->pop_back();
  if (out->size() > start) out->pop_back();
  out->append(",\"provenance\":{");
  bool first = true;
  for (const auto& p : provenance) {
    if (!first) out->push_back(',');
    first = false;
    out->push_back('"');
    JsonWriter::AppendEscaped(p.field, out);
    out->append("\":");
    out->append(std::to_string(p.version));
  }
  out->append("},\"versions\":");
  out->append(std::to_string(version_count));
  out->push_back('}');
}

std::string SingleVersionJson(std::string_view merged_json) {
  // The last one: the provenance object holds only field names and numbers.
  const size_t cut = merged_json.rfind(",\"provenance\":{");
  if (cut == std::string_view::npos) return std::string(merged_json);
  std::string out(merged_json.substr(0, cut));
  out.push_back('}');
  return out;
}

}  // namespace cablescope::archive
