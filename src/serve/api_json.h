// JSON pieces that several API handlers write: a TAGS code's meaning, a
// routing indicator's station, a person, a cable at the end of a link.
#ifndef CABLESCOPE_SERVE_API_JSON_H_
#define CABLESCOPE_SERVE_API_JSON_H_

#include <string>
#include <string_view>

#include "archive/citation_graph.h"
#include "archive/people_store.h"
#include "link/post_table.h"
#include "link/tag_info.h"
#include "model/json_writer.h"

namespace cablescope::serve {

// {"code", "known", "kind", "meaning", "person"} (kind/meaning/person null
// when the code is unknown).
void WriteTagJson(std::string_view code, JsonWriter* w);
void WriteTagInfoJson(const link::TagInfo& info, JsonWriter* w);

// {"route", "name", "post": {station, name, names, routes, country} | null}
void WriteRouteJson(std::string_view route, JsonWriter* w);

// {person, name, variants, titles, first_date, last_date, cables}
void WritePersonSummaryJson(const archive::PersonSummary& p, JsonWriter* w);

// {id, held, date, date_estimated, origin, subject, classification, label}
void WriteCableLinkJson(const archive::CableLink& link, JsonWriter* w);

// A string, or null when empty.
void WriteOptString(std::string_view value, JsonWriter* w);
void WriteStringList(const std::vector<std::string>& values, JsonWriter* w);

}  // namespace cablescope::serve

#endif  // CABLESCOPE_SERVE_API_JSON_H_
