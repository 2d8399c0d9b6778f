#include "model/record_json.h"

#include "model/json_writer.h"

namespace cablescope {
namespace {

void WriteStrings(JsonWriter& w, const std::vector<std::string>& values) {
  w.BeginArray();
  for (const auto& v : values) w.String(v);
  w.EndArray();
}

void WriteRecipients(JsonWriter& w, const std::vector<Recipient>& recipients) {
  w.BeginArray();
  for (const auto& r : recipients) {
    w.BeginObject();
    w.Key("route");
    w.OptionalString(r.route);
    w.Key("name");
    w.String(r.name);
    w.Key("precedence");
    w.OptionalString(r.precedence);
    w.Key("serial");
    w.OptionalString(r.serial);
    w.Key("excluded");
    WriteStrings(w, r.excluded);
    w.EndObject();
  }
  w.EndArray();
}

// A container's "number" is only printed as a JSON number when it is one:
// a damaged cables.csv row numbered `068` (found by fuzzing) must not make
// the whole record invalid JSON, so anything else is printed as a string.
bool IsJsonInteger(std::string_view s) {
  if (s.empty() || s.size() > 15) return false;  // stays exact in a double
  if (s[0] == '0' && s.size() > 1) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

void WriteRefLinks(JsonWriter& w, const std::vector<RefLink>& links) {
  w.BeginArray();
  for (const auto& l : links) {
    w.BeginObject();
    w.Key("start");
    w.Int(l.start);
    w.Key("end");
    w.Int(l.end);
    w.Key("text");
    w.String(l.text);
    w.Key("label");
    w.OptionalString(l.label);
    w.Key("id");
    w.OptionalString(l.id);
    w.EndObject();
  }
  w.EndArray();
}

void WritePeople(JsonWriter& w, const std::vector<PersonMention>& people) {
  w.BeginArray();
  for (const auto& p : people) {
    w.BeginObject();
    w.Key("name");
    w.String(p.name);
    w.Key("titles");
    WriteStrings(w, p.titles);
    w.Key("spans");
    w.BeginArray();
    for (const auto& sp : p.spans) {
      w.BeginObject();
      w.Key("field");
      w.String(sp.field);
      w.Key("start");
      w.Int(sp.start);
      w.Key("end");
      w.Int(sp.end);
      w.Key("text");
      w.String(sp.text);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

void WriteParagraphsJson(const std::vector<Paragraph>& paragraphs, JsonWriter* w) {
  w->BeginArray();
  for (const auto& p : paragraphs) {
    w->BeginObject();
    w->Key("number");
    w->Int(p.number);
    w->Key("marking");
    w->OptionalString(p.marking);
    w->Key("text");
    w->String(p.text);
    if (p.end > p.start) {
      w->Key("start");
      w->Int(p.start);
      w->Key("end");
      w->Int(p.end);
    }
    w->EndObject();
  }
  w->EndArray();
}

namespace {

void AppendRecordJsonWith(const Record& r, std::string* out, int indent, bool text_as_null) {
  JsonWriter w(out, indent);
  w.BeginObject();
  w.Key("id");
  w.OptionalString(r.id);
  w.Key("published_ids");
  WriteStrings(w, r.published_ids);
  w.Key("format");
  w.String(r.format);
  w.Key("partial");
  w.Bool(r.partial);
  w.Key("transmission_id");
  w.OptionalString(r.transmission_id);
  w.Key("precedence");
  w.OptionalString(r.precedence);
  w.Key("dtg");
  w.OptionalString(r.dtg);
  w.Key("created");
  w.OptionalString(r.created);
  w.Key("station");
  if (r.station) {
    w.BeginObject();
    w.Key("route");
    w.String(r.station->route);
    w.Key("serial");
    w.String(r.station->serial);
    w.Key("filed");
    w.String(r.station->filed);
    w.EndObject();
  } else {
    w.Null();
  }
  w.Key("relay");
  WriteStrings(w, r.relay);
  w.Key("from");
  w.OptionalString(r.from);
  w.Key("origin");
  w.OptionalString(r.origin);
  w.Key("to");
  WriteRecipients(w, r.to);
  w.Key("info");
  WriteRecipients(w, r.info);
  w.Key("classification");
  w.OptionalString(r.classification);
  w.Key("captions");
  WriteStrings(w, r.captions);
  w.Key("executive_order");
  w.OptionalString(r.executive_order);
  w.Key("declassify_on");
  w.OptionalString(r.declassify_on);
  w.Key("tags");
  WriteStrings(w, r.tags);
  w.Key("subject");
  w.OptionalString(r.subject);
  w.Key("references");
  w.BeginArray();
  for (const auto& ref : r.references) {
    w.BeginObject();
    w.Key("label");
    w.OptionalString(ref.label);
    w.Key("kind");
    w.String(ref.kind);
    w.Key("text");
    w.String(ref.text);
    w.Key("id");
    w.OptionalString(ref.id);
    w.EndObject();
  }
  w.EndArray();
  w.Key("classified_by");
  w.BeginArray();
  for (const auto& p : r.classified_by) {
    w.BeginObject();
    w.Key("name");
    w.String(p.name);
    w.Key("title");
    w.OptionalString(p.title);
    w.EndObject();
  }
  w.EndArray();
  w.Key("classification_reasons");
  WriteStrings(w, r.classification_reasons);
  w.Key("signers");
  WriteStrings(w, r.signers);
  w.Key("summary");
  w.OptionalString(r.summary);
  w.Key("paragraphs");
  if (text_as_null) w.Null();
  else WriteParagraphsJson(r.paragraphs, &w);
  w.Key("body");
  if (text_as_null) w.Null();
  else w.OptionalString(r.body);
  // Derived fields: printed only when derived (Record::text_links_derived).
  if (r.text_links_derived) {
    w.Key("ref_links");
    WriteRefLinks(w, r.ref_links);
    w.Key("people");
    WritePeople(w, r.people);
  }
  w.Key("source");
  w.BeginObject();
  w.Key("path");
  w.String(r.source.path);
  w.Key("format");
  w.String(r.source.format);
  w.Key("offset");
  w.Int(static_cast<int64_t>(r.source.offset));
  for (const auto& f : r.source.fields) {
    w.Key(f.key);
    if (f.numeric && IsJsonInteger(f.value)) {
      w.Raw(f.value);
    } else {
      w.String(f.value);
    }
  }
  w.EndObject();
  w.EndObject();
}

}  // namespace

void AppendRecordJson(const Record& r, std::string* out, int indent) {
  AppendRecordJsonWith(r, out, indent, /*text_as_null=*/false);
}

void AppendRecordJsonWithoutText(const Record& r, std::string* out) {
  AppendRecordJsonWith(r, out, 0, /*text_as_null=*/true);
}

}  // namespace cablescope
