// LinkRecord: derives the canonical values of a parsed Record.
//
// After src/parse has filled a Record with what the input says, this fills
// what follows from it: the year, the canonical id (from published ids, the
// classification line's station and serial, or the user's --id), the
// references (split from raw.ref_block, typed, with canonical ids), the
// canonical TAGS (typos fixed, run-together codes split), and the origin's
// name (`USUN New York` from `FM USMISSION USUN NEW YORK`).
#ifndef CABLESCOPE_LINK_LINK_RECORD_H_
#define CABLESCOPE_LINK_LINK_RECORD_H_

#include "model/record.h"

namespace cablescope::link {

// Whether LinkRecord also runs DeriveTextLinks (text_links.h: REF pointers
// and people), which reads every word of the body and costs about twice
// the rest of parse + link together. `cablescope parse` skips it unless
// asked (--links); ingest always derives.
enum class TextLinks { kDerive, kSkip };

// Fills, from what the parse stage left:
//  * raw.year when 0: from dtg (`2009-06-13T00:23Z`), created, the first
//    published id's YY, or raw.id_hint's YY (YY >= 50 is 19YY); stays 0
//    when none says;
//  * id: the canonical form of the first published id that has one; else
//    raw.text_station + raw.text_serial with the year
//    (`USUN NEW YORK` `000589` 2009 -> 09USUNNEWYORK589); else raw.id_hint's
//    canonical form. Left as it was when none gives an id;
//  * references: ParseReferences(raw.ref_block, raw.meta_references, year);
//  * tags: CanonicalTags(tags);
//  * origin: raw.origin_meta when the container named the post (WikiLeaks'
//    and cables.csv's "Embassy Islamabad"), else OriginFromOriginator(from);
//    left as it was when neither gives one;
//  * ref_links and people (DeriveTextLinks) unless `text_links` is kSkip.
// Idempotent (linking twice gives the same record); thread-safe (reads only
// immutable tables); never throws on any field contents.
void LinkRecord(Record* record, TextLinks text_links = TextLinks::kDerive);

// The 4-digit year a record's own fields give, as LinkRecord computes it
// (0 when unknown). Exposed for tests and for the stream's --id handling.
int RecordYear(const Record& record);

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_LINK_RECORD_H_
