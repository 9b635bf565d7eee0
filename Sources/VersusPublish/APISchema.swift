import VersusCore

/// The JSON Schema (draft 2020-12) of `/api/models.json`,
/// `/api/articles.json`, `/api/changes.json` and `/api/pairs.json`, published beside them so that a script can check
/// what it reads. The tests validate both files against it.
enum APISchema {
    static func text(id: String) -> String {
        """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": \(JSON.string(id)),
          "title": "Versus API",
          "description": "models.json holds every model's typed data, with the value, source and date of every figure; articles.json every comparison article's metadata; changes.json every dated change of a model's figures, newest first; pairs.json every pair of models with a compare page, with the monthly cost of the site's reference workload on each (null without both prices). URLs are paths from the site root; permalinks are absolute when the site has an absolute base_url.",
          "oneOf": [{"$ref": "#/$defs/modelsFile"}, {"$ref": "#/$defs/articlesFile"}, {"$ref": "#/$defs/changesFile"}, {"$ref": "#/$defs/pairsFile"}],
          "$defs": {
            "modelsFile": {
              "type": "object",
              "required": ["version", "models"],
              "additionalProperties": false,
              "properties": {
                "version": {"const": 1},
                "models": {"type": "array", "items": {"$ref": "#/$defs/model"}}
              }
            },
            "articlesFile": {
              "type": "object",
              "required": ["version", "articles"],
              "additionalProperties": false,
              "properties": {
                "version": {"const": 1},
                "articles": {"type": "array", "items": {"$ref": "#/$defs/article"}}
              }
            },
            "changesFile": {
              "type": "object",
              "required": ["version", "changes"],
              "additionalProperties": false,
              "properties": {
                "version": {"const": 1},
                "changes": {"type": "array", "items": {"$ref": "#/$defs/change"}}
              }
            },
            "pairsFile": {
              "type": "object",
              "required": ["version", "workload", "pairs"],
              "additionalProperties": false,
              "properties": {
                "version": {"const": 1},
                "workload": {
                  "type": "object",
                  "description": "The reference workload: tokens a month.",
                  "required": ["input", "output"],
                  "additionalProperties": false,
                  "properties": {"input": {"type": "number", "minimum": 0}, "output": {"type": "number", "minimum": 0}}
                },
                "pairs": {"type": "array", "items": {"$ref": "#/$defs/pair"}}
              }
            },
            "pair": {
              "type": "object",
              "required": ["id", "url", "models", "monthly_cost", "articles", "written"],
              "additionalProperties": false,
              "properties": {
                "id": {"type": "string", "pattern": "^[^/]+-vs-[^/]+$"},
                "url": {"$ref": "#/$defs/path"},
                "models": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 2, "maxItems": 2},
                "monthly_cost": {"type": "array", "items": {"type": ["number", "null"], "minimum": 0}, "minItems": 2, "maxItems": 2},
                "articles": {"type": "array", "items": {"$ref": "#/$defs/path"}},
                "written": {"type": "boolean", "description": "Whether an editor wrote the pair's page (compare: [a, b])."}
              }
            },
            "path": {"type": "string", "pattern": "^/"},
            "source": {
              "type": "object",
              "description": "Where a figure comes from: the source's key in the site, its title, its URL (absolute, or a path from the host's root, like the other urls) and the date its figures were true.",
              "required": ["id", "title"],
              "additionalProperties": false,
              "properties": {
                "id": {"type": "string", "minLength": 1},
                "title": {"type": "string", "minLength": 1},
                "url": {"type": "string", "minLength": 1},
                "as_of": {"$ref": "#/$defs/day"}
              }
            },
            "figure": {
              "type": "object",
              "description": "One figure: its value, its source and the date it was true (its own as_of, else its page's, else its source's).",
              "required": ["value"],
              "additionalProperties": false,
              "properties": {
                "value": {"type": "number"},
                "source": {"$ref": "#/$defs/source"},
                "as_of": {"$ref": "#/$defs/day"}
              }
            },
            "change": {
              "type": "object",
              "required": ["date", "model", "url", "figure", "from", "to"],
              "additionalProperties": false,
              "properties": {
                "date": {"$ref": "#/$defs/day"},
                "model": {"type": "string", "minLength": 1, "description": "The model's id."},
                "url": {"$ref": "#/$defs/path"},
                "figure": {"type": "string", "minLength": 1, "description": "pricing.input, pricing.output, scores.<category> or a numeric key of the site's own."},
                "from": {"type": "number"},
                "to": {"type": "number"},
                "note": {"type": "string"},
                "source": {"$ref": "#/$defs/source"}
              }
            },
            "day": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
            "model": {
              "type": "object",
              "required": ["id", "title", "url", "aliases", "scores", "figures", "articles"],
              "additionalProperties": false,
              "properties": {
                "id": {"type": "string", "minLength": 1},
                "title": {"type": "string", "minLength": 1},
                "url": {"$ref": "#/$defs/path"},
                "permalink": {"type": "string", "format": "uri"},
                "vendor": {"type": "string"},
                "weights": {"enum": ["open", "proprietary"]},
                "license": {"type": "string"},
                "aliases": {"type": "array", "items": {"type": "string"}},
                "parameters": {"type": "string"},
                "released": {"$ref": "#/$defs/day"},
                "pricing": {
                  "type": "object",
                  "description": "US dollars per million tokens.",
                  "additionalProperties": false,
                  "properties": {"input": {"type": "number", "minimum": 0}, "output": {"type": "number", "minimum": 0}}
                },
                "scores": {
                  "type": "object",
                  "description": "Score by category, 0 to 100.",
                  "additionalProperties": {"type": "number", "minimum": 0, "maximum": 100}
                },
                "hardware": {"type": "string"},
                "figures": {
                  "type": "object",
                  "description": "Every figure by path (pricing.input, scores.math, a numeric key of the site's own).",
                  "additionalProperties": {"$ref": "#/$defs/figure"}
                },
                "articles": {"type": "array", "items": {"$ref": "#/$defs/path"}, "description": "The articles that mention the model, newest first."}
              }
            },
            "article": {
              "type": "object",
              "required": ["id", "title", "url", "tags", "models", "reading_minutes"],
              "additionalProperties": false,
              "properties": {
                "id": {"type": "string", "minLength": 1},
                "title": {"type": "string", "minLength": 1},
                "url": {"$ref": "#/$defs/path"},
                "permalink": {"type": "string", "format": "uri"},
                "description": {"type": "string"},
                "last_updated": {"$ref": "#/$defs/day"},
                "tags": {"type": "array", "items": {"type": "string"}},
                "models": {"type": "array", "items": {"type": "string"}, "description": "Ids of the models the article mentions."},
                "reading_minutes": {"type": "integer", "minimum": 1}
              }
            }
          }
        }

        """
    }
}
