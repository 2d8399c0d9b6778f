// The cable record: what cablescope knows about one cable.
//
// A Record is the contract of `cablescope parse` (see docs/RECORD.md and
// ../shared/docs/record.md): field names and meanings never change, fields
// may be added. A value the input does not contain is absent (std::nullopt,
// printed as null) or an empty list; it is never invented.
//
// Records are plain values: copyable, movable, no hidden sharing. A Record
// is filled in two stages: a reader and the parsers of src/parse fill what
// the text says as written; src/link then derives canonical values (the id,
// reference ids, canonical TAGS, the origin's name). Fields that only the
// parse stage needs to hand to the link stage live in `RawFields` and are
// never printed.
#ifndef CABLESCOPE_MODEL_RECORD_H_
#define CABLESCOPE_MODEL_RECORD_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cablescope {

using OptString = std::optional<std::string>;

// One addressee of the TO or INFO part of a routing header:
// `RUEHC/SECSTATE WASHDC IMMEDIATE 6721`.
struct Recipient {
  OptString route;       // routing indicator (RUEHC); null in headers without one
  std::string name;      // SECSTATE WASHDC
  OptString precedence;  // IMMEDIATE, PRIORITY, ...; null when not written
  OptString serial;      // message continuity number as written ("0280")
  std::vector<std::string> excluded;  // posts an XMT line removes from a collective
};

// The DE line: `DE RUCNDT #0589 1640023`.
struct Station {
  std::string route;   // RUCNDT
  std::string serial;  // 0589, as written
  std::string filed;   // 1640023: day of year + time, as written
};

// One item of the REF: list.
struct Reference {
  OptString label;   // "A" for `A. ISLAMABAD 10142`, null when unlettered
  std::string kind;  // cable, email, telcon, memo, report, other
  std::string text;  // as written: "ISLAMABAD 10142"
  OptString id;      // canonical id for cables (06ISLAMABAD10142), else null
};

// A person on the Classified By line.
struct Person {
  std::string name;  // Susan E. Rice
  OptString title;   // Ambassador
};

// A place in `body` where the text points at an item of the REF list:
// `REFTEL`, `ref A`, `para 3 ref B`, `REF B`, or an inline `ISLAMABAD 10142`.
// Offsets are UTF-8 byte offsets into `body`, [start, end).
struct RefLink {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string text;   // the span as written: "ref A"
  OptString label;    // the REF item's label ("A"); null for REFTEL/inline
  OptString id;       // the canonical id it points at, when known
};

// Where a person is named: a span of `body` (field "body"), or a whole
// field ("classified_by", "signers", "tags", "subject"), offsets then 0.
struct PersonSpan {
  std::string field;  // "body", "classified_by", "signers", "tags", "subject"
  uint32_t start = 0;  // UTF-8 byte offsets into `body`, [start, end)
  uint32_t end = 0;
  std::string text;   // as written: "FM Mottaki", "Rice"
};

// A person named in the cable. Mentions of one person within the cable are
// joined (a bare surname joins the fullest form of that name in the cable).
struct PersonMention {
  std::string name;                 // fullest form in this cable: "Susan E. Rice"
  std::vector<std::string> titles;  // as normalised: "Ambassador", "Foreign Minister"
  std::vector<PersonSpan> spans;    // every place it is named
};

// A numbered paragraph: `1. (C) Ambassador Rice and ...`.
struct Paragraph {
  int number = 0;     // 1
  OptString marking;  // "C", "S/NF", "SBU"; null when unmarked
  std::string text;   // text after the number and marking, newlines folded
  // Where that text lies in `body`: UTF-8 byte offsets [start, end), from
  // after the marking to the next paragraph (or the signature). 0, 0 when
  // not known (a record from an older cablescope, a body from another
  // source). The archive indexes each marked paragraph's words once, under
  // its marking, by these offsets (archive/cable_text_values.h).
  uint32_t start = 0;
  uint32_t end = 0;
  // Taken by the parser, which makes `text` by folding body[start, end)
  // (parse::SpanFoldCheck): while text and span still give this value,
  // the text is that fold, and the archive need not fold the span again to
  // know it (archive/paragraph_text.h). 0 when none was taken (a record
  // read from JSON or from the archive). Not part of the JSON record.
  uint64_t fold_check = 0;
};

// A name/value that a container said about the cable (cables.csv row number,
// press site and headline, WikiLeaks release date ...).
struct SourceField {
  std::string key;
  std::string value;
  bool numeric = false;  // print unquoted (when `value` is a plain JSON integer)
};

// Where a record came from.
struct Source {
  std::string path;    // input path as given, "-" for standard input
  std::string format;  // same as Record::format
  uint64_t offset = 0; // byte offset of the cable in the (decompressed) input
  std::vector<SourceField> fields;
};

// What the parse stage hands to the link stage and nobody prints.
struct RawFields {
  std::string ref_block;     // the REF: list as written, labels included
  std::string origin_meta;   // origin as the container named it ("Embassy Islamabad")
  std::string id_hint;       // --id given by the user for a fragment
  std::string text_station;  // station on the classification line ("USUN NEW YORK")
  std::string text_serial;   // serial on the classification line ("000589")
  std::vector<std::string> meta_references;  // ids from a container's references column
  int year = 0;              // 4-digit year of the cable when known (DTG, created, id)
  bool flattened = false;    // the text lost its newlines (CableChunk::flattened)
};

struct Record {
  OptString id;
  std::vector<std::string> published_ids;
  std::string format;
  bool partial = false;
  OptString transmission_id;
  OptString precedence;
  OptString dtg;
  OptString created;
  std::optional<Station> station;
  std::vector<std::string> relay;
  OptString from;
  OptString origin;
  std::vector<Recipient> to;
  std::vector<Recipient> info;
  OptString classification;
  std::vector<std::string> captions;
  OptString executive_order;
  OptString declassify_on;
  std::vector<std::string> tags;
  OptString subject;
  std::vector<Reference> references;
  std::vector<Person> classified_by;
  std::vector<std::string> classification_reasons;
  std::vector<std::string> signers;
  OptString summary;
  std::vector<Paragraph> paragraphs;
  OptString body;
  std::vector<RefLink> ref_links;       // derived (src/link): REF pointers in body
  std::vector<PersonMention> people;    // derived (src/link): persons named
  // Whether ref_links and people were derived (link::DeriveTextLinks, or
  // read back from a record that had them). The text scans cost more than
  // the rest of a parse, so `cablescope parse` runs them only on request;
  // the JSON writer prints the two fields only when they were derived, so
  // an absent field never reads as "names nobody".
  bool text_links_derived = false;
  Source source;

  RawFields raw;
};

}  // namespace cablescope

#endif  // CABLESCOPE_MODEL_RECORD_H_
