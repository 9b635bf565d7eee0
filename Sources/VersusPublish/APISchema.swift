import VersusCore

/// The JSON Schema (draft 2020-12) of `/api/models.json` and
/// `/api/articles.json`, published beside them so that a script can check
/// what it reads. The tests validate both files against it.
enum APISchema {
    static func text(id: String) -> String {
        """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": \(JSON.string(id)),
          "title": "Versus API",
          "description": "models.json holds every model's typed data; articles.json every comparison article's metadata. URLs are paths from the site root; permalinks are absolute when the site has an absolute base_url.",
          "oneOf": [{"$ref": "#/$defs/modelsFile"}, {"$ref": "#/$defs/articlesFile"}],
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
            "path": {"type": "string", "pattern": "^/"},
            "day": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
            "model": {
              "type": "object",
              "required": ["id", "title", "url", "aliases", "scores", "articles"],
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
