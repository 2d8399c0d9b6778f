#include "archive/link_json.h"

namespace cablescope::archive {

void WriteOptString(std::string_view value, JsonWriter* w) {
  if (value.empty()) w->Null();
  else w->String(value);
}

void WriteStringList(const std::vector<std::string>& values, JsonWriter* w) {
  w->BeginArray();
  for (const auto& v : values) w->String(v);
  w->EndArray();
}

void WriteTagInfoJson(const link::TagInfo& info, JsonWriter* w) {
  w->BeginObject();
  w->Key("code");
  w->String(info.code);
  w->Key("known");
  w->Bool(true);
  w->Key("kind");
  w->String(link::TagClassName(info.kind));
  w->Key("meaning");
  w->String(info.meaning);
  w->Key("person");
  WriteOptString(info.person, w);
  w->EndObject();
}

void WriteTagJson(std::string_view code, JsonWriter* w) {
  if (auto info = link::DescribeTag(code)) {
    WriteTagInfoJson(*info, w);
    return;
  }
  w->BeginObject();
  w->Key("code");
  w->String(code);
  w->Key("known");
  w->Bool(false);
  w->Key("kind");
  w->Null();
  w->Key("meaning");
  w->Null();
  w->Key("person");
  w->Null();
  w->EndObject();
}

void WriteRouteJson(std::string_view route, JsonWriter* w) {
  w->BeginObject();
  w->Key("route");
  w->String(route);
  w->Key("name");
  const auto name = link::RouteName(route);
  WriteOptString(name.value_or(""), w);
  w->Key("post");
  const link::PostInfo* post = link::FindPost(route);
  if (post == nullptr) w->Null();
  else WritePostJson(*post, w);
  w->EndObject();
}

void WritePostJson(const link::PostInfo& post, JsonWriter* w) {
  w->BeginObject();
  w->Key("station");
  WriteOptString(post.station, w);
  w->Key("name");
  w->String(post.name);
  w->Key("names");
  WriteStringList(post.names, w);
  w->Key("routes");
  WriteStringList(post.routes, w);
  w->Key("country");
  WriteOptString(post.country, w);
  w->EndObject();
}

void WritePersonSummaryJson(const PersonSummary& p, JsonWriter* w) {
  w->BeginObject();
  w->Key("person");
  w->Int(p.person);
  w->Key("name");
  w->String(p.name);
  w->Key("variants");
  WriteStringList(p.variants, w);
  w->Key("titles");
  WriteStringList(p.titles, w);
  w->Key("first_date");
  WriteOptString(p.first_date, w);
  w->Key("last_date");
  WriteOptString(p.last_date, w);
  w->Key("cables");
  w->Int(p.cables);
  w->EndObject();
}

void WriteCableLinkJson(const CableLink& l, JsonWriter* w) {
  w->BeginObject();
  w->Key("id");
  w->String(l.id);
  w->Key("held");
  w->Bool(l.held);
  w->Key("date");
  WriteOptString(l.date, w);
  w->Key("date_estimated");
  w->Bool(l.date_estimated);
  w->Key("origin");
  WriteOptString(l.origin, w);
  w->Key("subject");
  WriteOptString(l.subject, w);
  w->Key("classification");
  WriteOptString(l.classification, w);
  w->Key("label");
  WriteOptString(l.label, w);
  w->EndObject();
}

void WriteCableRefsJson(const CableRefs& refs, JsonWriter* w) {
  w->BeginObject();
  w->Key("id");
  w->String(refs.id);
  w->Key("held");
  w->Bool(refs.held);
  for (const auto& [key, list] : {std::pair{"cites", &refs.cites}, std::pair{"cited_by", &refs.cited_by},
                                  std::pair{"thread", &refs.thread}}) {
    w->Key(key);
    w->BeginArray();
    for (const auto& l : *list) WriteCableLinkJson(l, w);
    w->EndArray();
  }
  w->EndObject();
}

}  // namespace cablescope::archive
