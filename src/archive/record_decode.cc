#include "archive/record_decode.h"

#include <simdjson.h>

#include <cstdint>
#include <string>

namespace cablescope::archive {
namespace {

using simdjson::dom::element;
using simdjson::dom::object;

OptString Opt(const element& e) {
  std::string_view s;
  if (e.get_string().get(s) == simdjson::SUCCESS) return std::string(s);
  return std::nullopt;
}

std::string Str(const element& e) {
  std::string_view s;
  if (e.get_string().get(s) == simdjson::SUCCESS) return std::string(s);
  return {};
}

uint32_t Offset(const element& e) {
  int64_t n = 0;
  if (e.get_int64().get(n) != simdjson::SUCCESS || n < 0 || n > INT32_MAX) return 0;
  return static_cast<uint32_t>(n);
}

std::vector<std::string> Strings(const element& e) {
  std::vector<std::string> out;
  simdjson::dom::array arr;
  if (e.get_array().get(arr) != simdjson::SUCCESS) return out;
  for (element v : arr) out.push_back(Str(v));
  return out;
}

std::vector<Recipient> Recipients(const element& e) {
  std::vector<Recipient> out;
  simdjson::dom::array arr;
  if (e.get_array().get(arr) != simdjson::SUCCESS) return out;
  for (element v : arr) {
    object o;
    if (v.get_object().get(o) != simdjson::SUCCESS) continue;
    Recipient r;
    for (auto field : o) {
      if (field.key == "route") r.route = Opt(field.value);
      else if (field.key == "name") r.name = Str(field.value);
      else if (field.key == "precedence") r.precedence = Opt(field.value);
      else if (field.key == "serial") r.serial = Opt(field.value);
      else if (field.key == "excluded") r.excluded = Strings(field.value);
    }
    out.push_back(std::move(r));
  }
  return out;
}

void DecodeSource(const element& e, Source* source) {
  object o;
  if (e.get_object().get(o) != simdjson::SUCCESS) return;
  for (auto field : o) {
    if (field.key == "path") {
      source->path = Str(field.value);
    } else if (field.key == "format") {
      source->format = Str(field.value);
    } else if (field.key == "offset") {
      uint64_t off = 0;
      if (field.value.get_uint64().get(off) == simdjson::SUCCESS) source->offset = off;
    } else {
      SourceField f;
      f.key = std::string(field.key);
      if (field.value.is_string()) {
        f.value = Str(field.value);
      } else {
        f.value = simdjson::minify(field.value);
        f.numeric = true;
      }
      source->fields.push_back(std::move(f));
    }
  }
}

}  // namespace

Status DecodeRecordJson(std::string_view json, Record* record) {
  *record = Record();
  // One parser per thread: parsing allocates its buffers once.
  thread_local simdjson::dom::parser parser;
  element doc;
  auto err = parser.parse(json.data(), json.size()).get(doc);
  if (err != simdjson::SUCCESS) {
    return Status::IoError(std::string("bad record JSON: ") + simdjson::error_message(err));
  }
  object o;
  if (doc.get_object().get(o) != simdjson::SUCCESS) return Status::IoError("record JSON is not an object");
  Record& r = *record;
  for (auto field : o) {
    const std::string_view k = field.key;
    const element& v = field.value;
    if (k == "id") r.id = Opt(v);
    else if (k == "published_ids") r.published_ids = Strings(v);
    else if (k == "format") r.format = Str(v);
    else if (k == "partial") { bool b = false; if (v.get_bool().get(b) == simdjson::SUCCESS) r.partial = b; }
    else if (k == "transmission_id") r.transmission_id = Opt(v);
    else if (k == "precedence") r.precedence = Opt(v);
    else if (k == "dtg") r.dtg = Opt(v);
    else if (k == "created") r.created = Opt(v);
    else if (k == "station") {
      object so;
      if (v.get_object().get(so) == simdjson::SUCCESS) {
        Station s;
        for (auto sf : so) {
          if (sf.key == "route") s.route = Str(sf.value);
          else if (sf.key == "serial") s.serial = Str(sf.value);
          else if (sf.key == "filed") s.filed = Str(sf.value);
        }
        r.station = std::move(s);
      }
    }
    else if (k == "relay") r.relay = Strings(v);
    else if (k == "from") r.from = Opt(v);
    else if (k == "origin") r.origin = Opt(v);
    else if (k == "to") r.to = Recipients(v);
    else if (k == "info") r.info = Recipients(v);
    else if (k == "classification") r.classification = Opt(v);
    else if (k == "captions") r.captions = Strings(v);
    else if (k == "executive_order") r.executive_order = Opt(v);
    else if (k == "declassify_on") r.declassify_on = Opt(v);
    else if (k == "tags") r.tags = Strings(v);
    else if (k == "subject") r.subject = Opt(v);
    else if (k == "references") {
      simdjson::dom::array arr;
      if (v.get_array().get(arr) == simdjson::SUCCESS) {
        for (element e : arr) {
          object ro;
          if (e.get_object().get(ro) != simdjson::SUCCESS) continue;
          Reference ref;
          for (auto rf : ro) {
            if (rf.key == "label") ref.label = Opt(rf.value);
            else if (rf.key == "kind") ref.kind = Str(rf.value);
            else if (rf.key == "text") ref.text = Str(rf.value);
            else if (rf.key == "id") ref.id = Opt(rf.value);
          }
          r.references.push_back(std::move(ref));
        }
      }
    }
    else if (k == "classified_by") {
      simdjson::dom::array arr;
      if (v.get_array().get(arr) == simdjson::SUCCESS) {
        for (element e : arr) {
          object po;
          if (e.get_object().get(po) != simdjson::SUCCESS) continue;
          Person p;
          for (auto pf : po) {
            if (pf.key == "name") p.name = Str(pf.value);
            else if (pf.key == "title") p.title = Opt(pf.value);
          }
          r.classified_by.push_back(std::move(p));
        }
      }
    }
    else if (k == "classification_reasons") r.classification_reasons = Strings(v);
    else if (k == "signers") r.signers = Strings(v);
    else if (k == "summary") r.summary = Opt(v);
    else if (k == "paragraphs") {
      simdjson::dom::array arr;
      if (v.get_array().get(arr) == simdjson::SUCCESS) {
        for (element e : arr) {
          object po;
          if (e.get_object().get(po) != simdjson::SUCCESS) continue;
          Paragraph p;
          for (auto pf : po) {
            if (pf.key == "number") { int64_t n = 0; if (pf.value.get_int64().get(n) == simdjson::SUCCESS) p.number = static_cast<int>(n); }
            else if (pf.key == "marking") p.marking = Opt(pf.value);
            else if (pf.key == "text") p.text = Str(pf.value);
            else if (pf.key == "start") p.start = Offset(pf.value);
            else if (pf.key == "end") p.end = Offset(pf.value);
          }
          r.paragraphs.push_back(std::move(p));
        }
      }
    }
    else if (k == "body") r.body = Opt(v);
    else if (k == "ref_links") {
      r.text_links_derived = true;
      simdjson::dom::array arr;
      if (v.get_array().get(arr) == simdjson::SUCCESS) {
        for (element e : arr) {
          object lo;
          if (e.get_object().get(lo) != simdjson::SUCCESS) continue;
          RefLink l;
          for (auto lf : lo) {
            if (lf.key == "start") l.start = Offset(lf.value);
            else if (lf.key == "end") l.end = Offset(lf.value);
            else if (lf.key == "text") l.text = Str(lf.value);
            else if (lf.key == "label") l.label = Opt(lf.value);
            else if (lf.key == "id") l.id = Opt(lf.value);
          }
          r.ref_links.push_back(std::move(l));
        }
      }
    }
    else if (k == "people") {
      r.text_links_derived = true;
      simdjson::dom::array arr;
      if (v.get_array().get(arr) == simdjson::SUCCESS) {
        for (element e : arr) {
          object po;
          if (e.get_object().get(po) != simdjson::SUCCESS) continue;
          PersonMention p;
          for (auto pf : po) {
            if (pf.key == "name") p.name = Str(pf.value);
            else if (pf.key == "titles") p.titles = Strings(pf.value);
            else if (pf.key == "spans") {
              simdjson::dom::array spans;
              if (pf.value.get_array().get(spans) != simdjson::SUCCESS) continue;
              for (element se : spans) {
                object so;
                if (se.get_object().get(so) != simdjson::SUCCESS) continue;
                PersonSpan sp;
                for (auto sf : so) {
                  if (sf.key == "field") sp.field = Str(sf.value);
                  else if (sf.key == "start") sp.start = Offset(sf.value);
                  else if (sf.key == "end") sp.end = Offset(sf.value);
                  else if (sf.key == "text") sp.text = Str(sf.value);
                }
                p.spans.push_back(std::move(sp));
              }
            }
          }
          r.people.push_back(std::move(p));
        }
      }
    }
    else if (k == "source") DecodeSource(v, &r.source);
  }
  return Status::Ok();
}

}  // namespace cablescope::archive
