"""Checks a parsed agenda against ``agenda.schema.json`` and says what is wrong in plain words.

The schema file is standard JSON Schema (draft 2020-12), so editors can use it too; this module
interprets the part of the standard that file uses, because a general validator's messages
("... is not valid under any of the given schemas") are no help to venue staff, and its import
would cost start-up time on every lobby PC.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from typing import Any, Iterator

SCHEMA_FILE = "agenda.schema.json"
# Beside this module, from source and in the packaged build alike (build_spec/kiosk.spec puts it in
# the bundle's kiosk/ folder, where PyInstaller points this module's __file__). A plain open():
# importlib.resources would pull in tempfile, shutil, zipfile, bz2 and lzma on every start.
SCHEMA_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), SCHEMA_FILE)

_TYPE_NAMES = {
    "object": "an object {…}", "array": "a list […]", "string": "a text in quotes",
    "integer": "a whole number", "number": "a number", "boolean": "true or false", "null": "null",
}


@lru_cache(maxsize=1)
def agenda_schema() -> dict:
    with open(SCHEMA_PATH, encoding="utf-8") as handle:
        return json.loads(handle.read())


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def describe(value: Any) -> str:
    """A short, safe rendering of a value for a message."""
    kind = json_type(value)
    if kind == "string":
        shown = value if len(value) <= 40 else value[:37] + "…"
        return json.dumps(shown, ensure_ascii=False)
    if kind in ("object", "array"):
        return {"object": "an object", "array": "a list"}[kind]
    return json.dumps(value)


def join_path(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    if re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$]*", key):
        return f"{path}.{key}" if path else key
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


class SchemaChecker:
    """Walks a document along the schema and yields ``(where, what)`` for each problem."""

    def __init__(self, schema: dict | None = None):
        self.root = schema if schema is not None else agenda_schema()

    def problems(self, value: Any, path: str = "") -> list[tuple[str, str]]:
        return list(self._check(value, self.root, path))

    def _resolve(self, schema: dict) -> dict:
        while "$ref" in schema:
            ref = schema["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"unsupported $ref {ref}")
            target = self.root
            for part in ref[2:].split("/"):
                target = target[part]
            schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
        return schema

    def _expected(self, schema: dict) -> str:
        schema = self._resolve(schema)
        if "title" in schema:
            return schema["title"]
        if "enum" in schema:
            return "one of " + ", ".join(map(str, schema["enum"]))
        types = schema.get("type")
        if isinstance(types, list):
            return " or ".join(_TYPE_NAMES[t] for t in types)
        if types:
            return _TYPE_NAMES[types]
        return "something else"

    def _check(self, value: Any, schema: dict, path: str) -> Iterator[tuple[str, str]]:
        schema = self._resolve(schema)
        where = path or "top level"

        for key in ("anyOf", "oneOf"):
            if key in schema:
                options = schema[key]
                if any(not list(self._check(value, option, path)) for option in options):
                    break
                # Name the failure from the option that matches the value's type, so a broken
                # map-of-languages is told what is wrong inside it rather than "not a text".
                typed = [o for o in options if self._type_matches(value, self._resolve(o))]
                if len(typed) > 1 and isinstance(value, dict):
                    # Objects of several shapes are told apart by their first required key.
                    keyed = [o for o in typed if self._resolve(o).get("required", [None])[0] in value]
                    typed = keyed or typed
                if len(typed) == 1:
                    yield from self._check(value, typed[0], path)
                else:
                    yield where, f"expected {self._expected(schema)}, got {describe(value)}"
                return

        if "enum" in schema and value not in schema["enum"]:
            yield where, f"{describe(value)} is not one of: {', '.join(map(str, schema['enum']))}"
            return
        if "const" in schema and value != schema["const"]:
            yield where, f"must be {describe(schema['const'])}"
            return
        if "type" in schema and not self._type_matches(value, schema):
            yield where, f"expected {self._expected(schema)}, got {describe(value)}"
            return

        kind = json_type(value)
        if kind == "string":
            yield from self._check_string(value, schema, where)
        elif kind in ("integer", "number"):
            if "minimum" in schema and value < schema["minimum"]:
                yield where, f"{value} is less than {schema['minimum']}"
            if "maximum" in schema and value > schema["maximum"]:
                yield where, f"{value} is more than {schema['maximum']}"
        elif kind == "array":
            yield from self._check_array(value, schema, path, where)
        elif kind == "object":
            yield from self._check_object(value, schema, path, where)

    @staticmethod
    def _type_matches(value: Any, schema: dict) -> bool:
        wanted = schema.get("type")
        if wanted is None:
            return True
        wanted = wanted if isinstance(wanted, list) else [wanted]
        actual = json_type(value)
        return actual in wanted or (actual == "integer" and "number" in wanted)

    def _check_string(self, value: str, schema: dict, where: str) -> Iterator[tuple[str, str]]:
        if "minLength" in schema and len(value) < schema["minLength"]:
            yield where, "is empty" if schema["minLength"] == 1 else f"is shorter than {schema['minLength']} characters"
            return
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            yield where, f"is {len(value)} characters long; at most {schema['maxLength']} are allowed"
            return
        if "pattern" in schema and not re.search(schema["pattern"], value):
            yield where, f"{describe(value)} is not {self._expected(schema)}"

    def _check_array(self, value: list, schema: dict, path: str, where: str) -> Iterator[tuple[str, str]]:
        if "minItems" in schema and len(value) < schema["minItems"]:
            yield where, "is empty" if schema["minItems"] == 1 else f"needs at least {schema['minItems']} entries"
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            yield where, f"has {len(value)} entries; at most {schema['maxItems']} are allowed"
            return
        if "items" in schema:
            for index, entry in enumerate(value):
                yield from self._check(entry, schema["items"], join_path(path, index))

    def _check_object(self, value: dict, schema: dict, path: str, where: str) -> Iterator[tuple[str, str]]:
        for key in getattr(value, "duplicate_keys", ()):
            yield where, f'the field "{key}" is given more than once'
        properties = schema.get("properties", {})
        patterns = schema.get("patternProperties", {})
        for key in schema.get("required", ()):
            if key not in value:
                yield where, f'missing the required field "{key}"'
        if "minProperties" in schema and len(value) < schema["minProperties"]:
            yield where, "is empty"
        for key, entry in value.items():
            sub = join_path(path, key)
            if key in properties:
                yield from self._check(entry, properties[key], sub)
                continue
            matched = [p for p in patterns if re.search(p, key)]
            for pattern in matched:
                yield from self._check(entry, patterns[pattern], sub)
            if matched:
                continue
            extra = schema.get("additionalProperties", True)
            if extra is False:
                yield sub, self._unknown_field(key, properties, patterns)
            elif isinstance(extra, dict):
                yield from self._check(entry, extra, sub)

    @staticmethod
    def _unknown_field(key: str, properties: dict, patterns: dict) -> str:
        import difflib  # only a misspelt field needs it
        known = [k for k in properties if not k.startswith("$")]
        close = difflib.get_close_matches(key, known, n=1)
        if close:
            return f'unknown field; did you mean "{close[0]}"?'
        if known:
            return "unknown field (allowed here: " + ", ".join(known) + ")"
        if patterns:
            return "unknown field (allowed here: two-letter language codes such as en, ru)"
        return "unknown field"
