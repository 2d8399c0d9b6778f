// The OpenAPI 3 document of the API, written by hand as documentation is;
// tests/serve/openapi_test.cc checks that its paths are exactly the
// server's routes and that answers carry the `required` keys it lists.
#include "serve/api.h"

namespace cablescope::serve {

std::string_view OpenApiDocument() {
  static constexpr std::string_view kDocument = R"json({
  "openapi": "3.0.3",
  "info": {
    "title": "cablescope",
    "version": "1",
    "description": "Read-only JSON API over an archive of US diplomatic cables. Queries use the language of docs/QUERY.md. Errors are {\"error\": message, \"status\": code} (400 malformed query or parameter, with \"column\" for a query error; 404 unknown id; 405 any method but GET/HEAD; 413 query over 4096 bytes or URI too long; 503 over the per-request time limit or busy)."
  },
  "paths": {
    "/api/health": {
      "get": {
        "summary": "Liveness and archive size",
        "responses": {
          "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}},
          "503": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/openapi.json": {
      "get": {
        "summary": "This document",
        "responses": {"200": {"description": "OpenAPI 3 document", "content": {"application/json": {"schema": {"type": "object", "required": ["openapi", "info", "paths"]}}}}}
      }
    },
    "/api/search": {
      "get": {
        "summary": "Search: a ranked page of hits with snippets, and facet counts",
        "parameters": [
          {"$ref": "#/components/parameters/q"},
          {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["relevance", "date", "-date", "citations", "rank"], "default": "relevance"}},
          {"name": "limit", "in": "query", "description": "hits per page; more than 1000 is a 400", "schema": {"type": "integer", "minimum": 0, "maximum": 1000, "default": 20}},
          {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "default": 0}},
          {"$ref": "#/components/parameters/facets"},
          {"$ref": "#/components/parameters/facet_limit"}
        ],
        "responses": {
          "200": {"description": "results", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResult"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "413": {"$ref": "#/components/responses/Error"},
          "503": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/facets": {
      "get": {
        "summary": "Facet counts of the matches of a query",
        "parameters": [{"$ref": "#/components/parameters/q"}, {"$ref": "#/components/parameters/facets"}, {"$ref": "#/components/parameters/facet_limit"}],
        "responses": {
          "200": {"description": "counts", "content": {"application/json": {"schema": {"type": "object", "required": ["query", "total", "facets"], "properties": {"query": {"type": "string"}, "total": {"type": "integer"}, "facets": {"$ref": "#/components/schemas/Facets"}}}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "413": {"$ref": "#/components/responses/Error"},
          "503": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/timeline": {
      "get": {
        "summary": "Matches per month or year, in date order (every bucket)",
        "parameters": [{"$ref": "#/components/parameters/q"}, {"name": "by", "in": "query", "schema": {"type": "string", "enum": ["month", "year"], "default": "month"}}],
        "responses": {
          "200": {"description": "buckets", "content": {"application/json": {"schema": {"type": "object", "required": ["query", "by", "total", "buckets"], "properties": {"query": {"type": "string"}, "by": {"type": "string"}, "total": {"type": "integer"}, "buckets": {"type": "array", "items": {"$ref": "#/components/schemas/Count"}}}}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "413": {"$ref": "#/components/responses/Error"},
          "503": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/export": {
      "get": {
        "summary": "Every match, streamed (chunked), no cap; the time limit applies to the query, not to the download. X-Total-Count gives the number of cables.",
        "parameters": [
          {"$ref": "#/components/parameters/q"},
          {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["jsonl", "csv", "opensearch"], "default": "jsonl"}},
          {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["relevance", "date", "-date", "citations", "rank"], "default": "date"}}
        ],
        "responses": {
          "200": {"description": "JSON Lines (merged records), CSV with a header line, or OpenSearch bulk NDJSON", "content": {"application/x-ndjson": {"schema": {"type": "string"}}, "text/csv": {"schema": {"type": "string"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "413": {"$ref": "#/components/responses/Error"},
          "503": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/cables/{id}": {
      "get": {
        "summary": "One cable: the merged record, its TAGS and routing indicators decoded, the people named",
        "parameters": [{"$ref": "#/components/parameters/id"}],
        "responses": {
          "200": {"description": "the cable", "content": {"application/json": {"schema": {"type": "object", "required": ["id", "record", "tags", "routes", "people"], "properties": {"id": {"type": "string"}, "record": {"type": "object", "description": "the merged record (docs/RECORD.md) with provenance and version count"}, "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}}, "routes": {"type": "array", "items": {"$ref": "#/components/schemas/Route"}}, "people": {"type": "array", "items": {"$ref": "#/components/schemas/Person"}}}}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/cables/{id}/versions": {
      "get": {
        "summary": "The cable's versions (its sources), each with the record as parsed from it",
        "parameters": [{"$ref": "#/components/parameters/id"}],
        "responses": {
          "200": {"description": "versions", "content": {"application/json": {"schema": {"type": "object", "required": ["id", "versions"], "properties": {"id": {"type": "string"}, "versions": {"type": "array", "items": {"type": "object", "required": ["version", "path", "format", "offset", "metadata", "text_hash", "ingested_at", "record"]}}}}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/cables/{id}/diff": {
      "get": {
        "summary": "Word diff between two versions of the cable",
        "parameters": [
          {"$ref": "#/components/parameters/id"},
          {"name": "a", "in": "query", "schema": {"type": "integer", "minimum": 1, "default": 1}},
          {"name": "b", "in": "query", "schema": {"type": "integer", "minimum": 1, "default": 2}}
        ],
        "responses": {
          "200": {"description": "runs of equal, deleted and inserted words", "content": {"application/json": {"schema": {"type": "object", "required": ["id", "a", "b", "runs"], "properties": {"id": {"type": "string"}, "a": {"type": "object"}, "b": {"type": "object"}, "runs": {"type": "array", "items": {"type": "object", "required": ["op", "text"], "properties": {"op": {"type": "string", "enum": ["equal", "delete", "insert"]}, "text": {"type": "string"}}}}}}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/cables/{id}/refs": {
      "get": {
        "summary": "What the cable cites, what cites it, and its thread (held or missing)",
        "parameters": [{"$ref": "#/components/parameters/id"}],
        "responses": {
          "200": {"description": "links", "content": {"application/json": {"schema": {"type": "object", "required": ["id", "held", "cites", "cited_by", "thread"], "properties": {"id": {"type": "string"}, "held": {"type": "boolean"}, "cites": {"type": "array", "items": {"$ref": "#/components/schemas/CableLink"}}, "cited_by": {"type": "array", "items": {"$ref": "#/components/schemas/CableLink"}}, "thread": {"type": "array", "items": {"$ref": "#/components/schemas/CableLink"}}}}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/people": {
      "get": {
        "summary": "Persons whose names match the words of q (empty: everyone), most cables first",
        "parameters": [
          {"name": "q", "in": "query", "schema": {"type": "string", "maxLength": 4096}},
          {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 1000, "default": 20}},
          {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "default": 0}}
        ],
        "responses": {
          "200": {"description": "persons", "content": {"application/json": {"schema": {"type": "object", "required": ["query", "total", "offset", "limit", "people"], "properties": {"query": {"type": "string"}, "total": {"type": "integer"}, "offset": {"type": "integer"}, "limit": {"type": "integer"}, "people": {"type": "array", "items": {"$ref": "#/components/schemas/Person"}}}}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "413": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/people/{id}": {
      "get": {
        "summary": "One person (by number, or by a name) and the cables naming them",
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
        "responses": {
          "200": {"description": "the person", "content": {"application/json": {"schema": {"type": "object", "required": ["person", "cables"], "properties": {"person": {"$ref": "#/components/schemas/Person"}, "cables": {"type": "array", "items": {"type": "object", "required": ["id", "date", "subject", "name", "titles"]}}}}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/tags": {
      "get": {
        "summary": "TAGS codes whose code is q or whose meaning contains its words",
        "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}, {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 1000, "default": 100}}],
        "responses": {
          "200": {"description": "tags", "content": {"application/json": {"schema": {"type": "object", "required": ["query", "total", "tags"], "properties": {"query": {"type": "string"}, "total": {"type": "integer"}, "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}}}}}}},
          "400": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/tags/{code}": {
      "get": {
        "summary": "What a TAGS code means",
        "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}, "example": "KNNP"}],
        "responses": {
          "200": {"description": "the tag", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Tag"}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/routes/{route}": {
      "get": {
        "summary": "The station a routing indicator (RUEHIL) or post name stands for",
        "parameters": [{"name": "route", "in": "path", "required": true, "schema": {"type": "string"}, "example": "RUEHIL"}],
        "responses": {
          "200": {"description": "the route", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Route"}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    }
  },
  "components": {
    "parameters": {
      "q": {"name": "q", "in": "query", "description": "a query in the language of docs/QUERY.md (at most 4096 bytes; longer is a 413)", "schema": {"type": "string", "maxLength": 4096}, "example": "tag:KNNP date:2006"},
      "facets": {"name": "facets", "in": "query", "description": "comma list of origin, tag, classification, year, month, cited; absent = the first five; empty = none", "schema": {"type": "string"}},
      "facet_limit": {"name": "facet_limit", "in": "query", "description": "values per facet, largest counts first (0 = all)", "schema": {"type": "integer", "minimum": 0, "maximum": 1000, "default": 20}},
      "id": {"name": "id", "in": "path", "required": true, "description": "a cable id in any form (06ISLAMABAD010261 finds 06ISLAMABAD10261)", "schema": {"type": "string"}, "example": "06ISLAMABAD10261"}
    },
    "responses": {
      "Error": {"description": "an error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    },
    "schemas": {
      "Error": {"type": "object", "required": ["error", "status"], "properties": {"error": {"type": "string"}, "status": {"type": "integer"}, "column": {"type": "integer", "description": "for a malformed query: the 1-based column"}}},
      "Health": {"type": "object", "required": ["status", "version", "cables", "generation", "cache"], "properties": {"status": {"type": "string"}, "version": {"type": "string"}, "cables": {"type": "integer"}, "generation": {"type": "integer", "description": "moves on at every ingest commit"}, "cache": {"type": "object", "required": ["entries", "hits", "stale", "misses", "refreshed"], "properties": {"entries": {"type": "integer"}, "hits": {"type": "integer"}, "stale": {"type": "integer", "description": "answers served from an older generation while recomputed"}, "misses": {"type": "integer"}, "refreshed": {"type": "integer", "description": "stale answers recomputed in the background"}}}}},
      "Count": {"type": "object", "required": ["value", "count"], "properties": {"value": {"type": "string"}, "count": {"type": "integer"}}},
      "Facets": {"type": "object", "additionalProperties": {"type": "array", "items": {"$ref": "#/components/schemas/Count"}}},
      "SearchResult": {
        "type": "object",
        "required": ["query", "total", "offset", "limit", "sort", "hits", "facets"],
        "properties": {
          "query": {"type": "string"}, "total": {"type": "integer"}, "offset": {"type": "integer"}, "limit": {"type": "integer"}, "sort": {"type": "string"},
          "hits": {"type": "array", "items": {"type": "object", "required": ["id", "date", "origin", "classification", "subject", "score", "snippet"], "properties": {
            "id": {"type": "string"}, "date": {"type": "string", "nullable": true}, "origin": {"type": "string", "nullable": true}, "classification": {"type": "string", "nullable": true}, "subject": {"type": "string", "nullable": true}, "score": {"type": "number"},
            "snippet": {"type": "object", "required": ["text", "highlights"], "properties": {"text": {"type": "string"}, "highlights": {"type": "array", "description": "[begin, end) byte offsets in text", "items": {"type": "array", "items": {"type": "integer"}}}}}}}},
          "facets": {"$ref": "#/components/schemas/Facets"}
        }
      },
      "Tag": {"type": "object", "required": ["code", "known", "kind", "meaning", "person"], "properties": {"code": {"type": "string"}, "known": {"type": "boolean"}, "kind": {"type": "string", "nullable": true, "enum": ["subject", "program", "geographic", "organization", "person", null]}, "meaning": {"type": "string", "nullable": true}, "person": {"type": "string", "nullable": true}}},
      "Route": {"type": "object", "required": ["route", "name", "post"], "properties": {"route": {"type": "string"}, "name": {"type": "string", "nullable": true}, "post": {"type": "object", "nullable": true, "properties": {"station": {"type": "string"}, "name": {"type": "string"}, "names": {"type": "array", "items": {"type": "string"}}, "routes": {"type": "array", "items": {"type": "string"}}, "country": {"type": "string", "nullable": true}}}}},
      "Person": {"type": "object", "required": ["person", "name", "variants", "titles", "first_date", "last_date", "cables"], "properties": {"person": {"type": "integer"}, "name": {"type": "string"}, "variants": {"type": "array", "items": {"type": "string"}}, "titles": {"type": "array", "items": {"type": "string"}}, "first_date": {"type": "string", "nullable": true}, "last_date": {"type": "string", "nullable": true}, "cables": {"type": "integer"}}},
      "CableLink": {"type": "object", "required": ["id", "held", "date", "date_estimated", "origin", "subject", "classification", "label"], "properties": {"id": {"type": "string"}, "held": {"type": "boolean"}, "date": {"type": "string", "nullable": true}, "date_estimated": {"type": "boolean"}, "origin": {"type": "string", "nullable": true}, "subject": {"type": "string", "nullable": true}, "classification": {"type": "string", "nullable": true}, "label": {"type": "string", "nullable": true}}}
    }
  }
}
)json";
  return kDocument;
}

}  // namespace cablescope::serve
