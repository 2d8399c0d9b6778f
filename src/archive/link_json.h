// The JSON of the link layer's values, one form for the HTTP API and the
// CLI's --json output: a TAGS code's meaning, a routing indicator's
// station, a post, a person, a cable at the end of a citation.
#ifndef CABLESCOPE_ARCHIVE_LINK_JSON_H_
#define CABLESCOPE_ARCHIVE_LINK_JSON_H_

#include <string>
#include <string_view>
#include <vector>

#include "archive/citation_graph.h"
#include "archive/people_store.h"
#include "link/post_table.h"
#include "link/tag_info.h"
#include "model/json_writer.h"

namespace cablescope::archive {

// {"code", "known", "kind", "meaning", "person"} (kind/meaning/person null
// when the code is unknown).
void WriteTagJson(std::string_view code, JsonWriter* w);
void WriteTagInfoJson(const link::TagInfo& info, JsonWriter* w);

// {"route", "name", "post": {station, name, names, routes, country} | null}
void WriteRouteJson(std::string_view route, JsonWriter* w);

// {station, name, names, routes, country} (station, country null when empty)
void WritePostJson(const link::PostInfo& post, JsonWriter* w);

// {person, name, variants, titles, first_date, last_date, cables}
void WritePersonSummaryJson(const PersonSummary& p, JsonWriter* w);

// {id, held, date, date_estimated, origin, subject, classification, label}
void WriteCableLinkJson(const CableLink& link, JsonWriter* w);

// {id, held, cites: [link], cited_by: [link], thread: [link]}: `refs ID`.
void WriteCableRefsJson(const CableRefs& refs, JsonWriter* w);

// A string, or null when empty.
void WriteOptString(std::string_view value, JsonWriter* w);
void WriteStringList(const std::vector<std::string>& values, JsonWriter* w);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_LINK_JSON_H_
