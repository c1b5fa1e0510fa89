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
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from kiosk.problems import describe, join_path, json_type
from kiosk.textcheck import CONTROL, character_name

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


def _resolve(root: dict, schema: dict) -> dict:
    while "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"unsupported $ref {ref}")
        target = root
        for part in ref[2:].split("/"):
            target = target[part]
        schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema


def _type_matches(value: Any, schema: dict) -> bool:
    wanted = schema.get("type")
    if wanted is None:
        return True
    wanted = wanted if isinstance(wanted, list) else [wanted]
    actual = json_type(value)
    return actual in wanted or (actual == "integer" and "number" in wanted)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


_NONE_TYPE = type(None)
_CLASSES = {"string": str, "array": list, "object": dict, "boolean": bool, "null": _NONE_TYPE,
            "integer": int, "number": (int, float)}


def _type_test(wanted: Any):
    """A fast stand-in for ``_type_matches`` with this ``type``: plain isinstance checks."""
    names = wanted if isinstance(wanted, list) else [wanted]
    if not all(isinstance(n, str) and n in _CLASSES for n in names):
        return lambda value: _type_matches(value, {"type": wanted})  # a name json_type may still give
    classes = tuple(_CLASSES[n] for n in names)
    if ("integer" in names or "number" in names) and "boolean" not in names:
        return lambda value: isinstance(value, classes) and not isinstance(value, bool)
    if len(classes) == 1:
        only = classes[0]
        return lambda value: isinstance(value, only)
    return lambda value: isinstance(value, classes)


# What a schema may ask of a value's contents once its type is right (all but the object's
# duplicate keys, which are checked whatever the schema says).
_KIND_KEYWORDS = ("minLength", "maxLength", "pattern", "minimum", "maximum", "minItems", "maxItems", "items",
                  "properties", "patternProperties", "additionalProperties", "required", "minProperties")


def _ecma(pattern: str) -> str:
    """A JSON Schema (ECMA-262) pattern for Python's re: there ``$`` is the very end of the text;
    in Python it also matches before a final line break, so "2018-09-27\\n" would pass as a date."""
    out, in_class, escaped = [], False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "$" and not in_class:
            char = r"\Z"
        out.append(char)
    return "".join(out)


def _search(pattern: str):
    try:
        return re.compile(_ecma(pattern)).search
    except Exception:  # a broken pattern fails when a value reaches it, not when compiled
        return lambda text: re.search(_ecma(pattern), text)


def _all(check, values) -> bool:
    for value in values:
        if not check(value):
            return False
    return True


class _Node:
    """One place in the schema, resolved and compiled once.

    ``ok(value)`` answers quickly whether a value has no problem there (no paths, no messages);
    only when it says no does the checker walk that part again to say what and where.
    """

    __slots__ = ("schema", "error", "options", "items", "properties", "patterns", "extra", "ok")

    def __init__(self):
        self.schema: dict = {}
        self.error: Exception | None = None
        self.options: list[_Node] | None = None
        self.items: _Node | None = None
        self.properties: dict[str, _Node] = {}
        self.patterns: list[tuple[str, Any, _Node]] = []
        self.extra: _Node | None = None
        self.ok = self._broken

    def _broken(self, value: Any) -> bool:
        raise self.error

    def fits(self, value: Any) -> bool:
        """``ok(value)``, the compiled answer."""
        return self.ok(value)


class _Compiler:
    def __init__(self, root: dict):
        self.root = root
        self.nodes: dict[int, _Node] = {}
        self.keep: list[dict] = []  # the schemas whose ids key ``nodes``
        self.refs: dict[str, _Node] = {}

    def node(self, raw: dict) -> _Node:
        found = self.nodes.get(id(raw))
        if found is not None:
            return found
        # Every bare {"$ref": "#/$defs/text"} in the schema is the same check: compiled once.
        bare_ref = raw.get("$ref") if isinstance(raw, dict) and len(raw) == 1 else None
        if isinstance(bare_ref, str) and bare_ref in self.refs:
            return self.refs[bare_ref]
        node = self.nodes[id(raw)] = _Node()
        self.keep.append(raw)
        if isinstance(bare_ref, str):
            self.refs[bare_ref] = node
        try:
            if not isinstance(raw, dict):
                raise TypeError(f"unsupported schema {raw!r}")
            self._compile(node, raw)
        except Exception as err:  # an unusable part fails when a value reaches it, not when compiled
            node.error = err
        return node

    def _compile(self, node: _Node, raw: dict) -> None:
        schema = node.schema = _resolve(self.root, raw)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                node.options = [self.node(option) for option in schema[key]]
                break
        if "items" in schema:
            node.items = self.node(schema["items"])
        node.properties = {key: self.node(sub) for key, sub in schema.get("properties", {}).items()}
        node.patterns = [(p, _search(p), self.node(sub)) for p, sub in schema.get("patternProperties", {}).items()]
        extra = schema.get("additionalProperties", True)
        if isinstance(extra, dict):
            node.extra = self.node(extra)
        node.ok = self._ok(node)

    @staticmethod
    def _call(node: _Node):
        """``node.ok`` itself, or a call through the node while it is still being compiled (a schema
        that refers to itself)."""
        if node.error is None and node.ok == node._broken:
            return lambda value: node.ok(value)
        return node.ok

    def _ok(self, node: _Node):
        """``ok(value)``: True exactly when ``SchemaChecker`` would find no problem in ``value`` here."""
        schema = node.schema
        options = [self._call(o) for o in node.options] if node.options is not None else None
        has_enum, has_const, wanted = "enum" in schema, "const" in schema, schema.get("type")
        if options is None and not has_enum and not has_const:
            # The common cases, spelt out: the type, then what that type must satisfy.
            if wanted == "string":
                if "pattern" in schema and "minLength" not in schema and "maxLength" not in schema:
                    search = _search(schema["pattern"])
                    return lambda value: isinstance(value, str) and search(value) is not None
                string_ok = self._string_ok(schema)
                if string_ok is None:
                    return lambda value: isinstance(value, str)
                return lambda value: isinstance(value, str) and string_ok(value)
            if wanted == "object":
                object_ok = self._object_ok(schema, node)
                return lambda value: isinstance(value, dict) and object_ok(value)
            if wanted == "array":
                array_ok = self._array_ok(schema, node)
                if array_ok is None:
                    return lambda value: isinstance(value, list)
                return lambda value: isinstance(value, list) and array_ok(value)

        if (options is not None and not has_enum and not has_const and wanted is None
                and not any(key in schema for key in _KIND_KEYWORDS)):
            # Only a choice (a text, a block, an end): once an option fits, all that is left to
            # check is, for an object, that no field is given twice.
            if len(options) == 2:
                first, second = options
                return lambda value: ((first(value) or second(value))
                                      and not (isinstance(value, dict) and getattr(value, "duplicate_keys", ())))
            return lambda value: (any(option(value) for option in options)
                                  and not (isinstance(value, dict) and getattr(value, "duplicate_keys", ())))

        string_ok = self._string_ok(schema)
        number_ok = self._number_ok(schema)
        array_ok = self._array_ok(schema, node)
        object_ok = self._object_ok(schema, node)
        checks_number = number_ok is not None

        def by_kind(value: Any) -> bool:
            if isinstance(value, str):
                return string_ok is None or string_ok(value)
            if isinstance(value, dict):
                return object_ok(value)
            if isinstance(value, list):
                return array_ok is None or array_ok(value)
            if checks_number and _is_number(value):
                return number_ok(value)
            return True

        enum = schema.get("enum")
        const = schema.get("const")
        type_ok = _type_test(wanted) if wanted is not None else None

        def ok(value: Any) -> bool:
            if options is not None:
                for option in options:
                    if option(value):
                        break
                else:
                    return False
            if has_enum and value not in enum:
                return False
            if has_const and value != const:
                return False
            if type_ok is not None and not type_ok(value):
                return False
            return by_kind(value)
        return ok

    @staticmethod
    def _string_ok(schema: dict):
        if not any(key in schema for key in ("minLength", "maxLength", "pattern")):
            return None
        shortest = schema["minLength"] if "minLength" in schema else 0
        longest = schema["maxLength"] if "maxLength" in schema else float("inf")
        search = _search(schema["pattern"]) if "pattern" in schema else None
        if search is None:
            return lambda text: shortest <= len(text) <= longest
        if "minLength" not in schema and "maxLength" not in schema:
            return lambda text: search(text) is not None
        return lambda text: shortest <= len(text) <= longest and search(text) is not None

    @staticmethod
    def _number_ok(schema: dict):
        has_min, has_max = "minimum" in schema, "maximum" in schema
        if not has_min and not has_max:
            return None
        low, high = schema.get("minimum"), schema.get("maximum")
        return lambda number: not (has_min and number < low) and not (has_max and number > high)

    def _array_ok(self, schema: dict, node: _Node):
        has_min, has_max = "minItems" in schema, "maxItems" in schema
        if node.items is None and not has_min and not has_max:
            return None
        fewest, most = schema.get("minItems"), schema.get("maxItems")
        entry_ok = self._call(node.items) if node.items is not None else None

        def ok(values: list) -> bool:
            if has_min and len(values) < fewest:
                return False
            if has_max and len(values) > most:
                return False
            return entry_ok is None or _all(entry_ok, values)
        return ok

    def _object_ok(self, schema: dict, node: _Node):
        required = schema.get("required", ())
        try:
            needed = frozenset(required)
        except TypeError:
            needed = None
        has_min, fewest = "minProperties" in schema, schema.get("minProperties")
        properties = {key: self._call(sub) for key, sub in node.properties.items()}
        known = properties.get
        patterns = [(search, self._call(sub)) for _, search, sub in node.patterns]
        extra = schema.get("additionalProperties", True)
        extra_ok = self._call(node.extra) if node.extra is not None else None
        closed = extra is False

        def fields_ok(value: dict) -> bool:
            if getattr(value, "duplicate_keys", ()):
                return False
            if needed is not None:
                if not value.keys() >= needed:
                    return False
            elif not all(key in value for key in required):
                return False
            return not (has_min and len(value) < fewest)

        if not patterns and extra_ok is None:
            if closed:
                def ok(value: dict) -> bool:
                    if not fields_ok(value):
                        return False
                    for key, entry in value.items():
                        check = known(key)
                        if check is None or not check(entry):
                            return False
                    return True
            else:
                def ok(value: dict) -> bool:
                    if not fields_ok(value):
                        return False
                    for key, entry in value.items():
                        check = known(key)
                        if check is not None and not check(entry):
                            return False
                    return True
            return ok

        def ok(value: dict) -> bool:
            if not fields_ok(value):
                return False
            for key, entry in value.items():
                check = known(key)
                if check is not None:
                    if not check(entry):
                        return False
                    continue
                matched = False
                for search, check in patterns:
                    if search(key):
                        matched = True
                        if not check(entry):
                            return False
                if matched:
                    continue
                if closed:
                    return False
                if extra_ok is not None and not extra_ok(entry):
                    return False
            return True
        return ok


@lru_cache(maxsize=1)
def _agenda_root() -> tuple[dict, _Node]:
    schema = agenda_schema()
    return schema, _Compiler(schema).node(schema)


def entry_fits(field: str):
    """A quick ``ok(value)``: whether one entry of the agenda's top-level list ``field`` (e.g.
    "adjustments") has no problem the schema can see."""
    return _agenda_root()[1].properties[field].items.ok


class SchemaChecker:
    """Walks a document along the schema and yields ``(where, what)`` for each problem.

    The schema is compiled once (see :class:`_Node`): a valid document is only asked ``ok``, and
    paths and messages are made only along the parts that are not. With ``plain=True`` the walk
    never asks ``ok`` and decides everything itself (slower); tests/unit/kiosk/test_schema_fast_path.py
    proves the two give the same answers.
    """

    def __init__(self, schema: dict | None = None, *, plain: bool = False):
        if schema is None:
            self.root, self._node = _agenda_root()
        else:
            self.root, self._node = schema, _Compiler(schema).node(schema)
        self._fits = self._walk_finds_nothing if plain else _Node.fits

    def problems(self, value: Any, path: str = "") -> list[tuple[str, str]]:
        if self._fits(self._node, value):
            return []
        return list(self._check(value, self._node, path))

    def _walk_finds_nothing(self, node: _Node, value: Any) -> bool:
        """Whether the plain walk finds no problem in ``value`` at ``node`` (``ok`` without the fast path)."""
        return next(self._check(value, node, ""), None) is None

    def _expected(self, schema: dict) -> str:
        schema = _resolve(self.root, schema)
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

    def _check(self, value: Any, node: _Node, path: str) -> Iterator[tuple[str, str]]:
        if node.error is not None:
            raise node.error
        schema = node.schema
        where = path or "top level"

        if node.options is not None:
            options = node.options
            if not any(self._fits(option, value) for option in options):
                # Name the failure from the option that matches the value's type, so a broken
                # map-of-languages is told what is wrong inside it rather than "not a text".
                typed = [o for o in options if _type_matches(value, o.schema)]
                if len(typed) > 1 and isinstance(value, dict):
                    # Objects of several shapes are told apart by their first required key.
                    keyed = [o for o in typed if o.schema.get("required", [None])[0] in value]
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
        if "type" in schema and not _type_matches(value, schema):
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
            yield from self._check_array(value, node, path, where)
        elif kind == "object":
            yield from self._check_object(value, node, path, where)

    def _check_string(self, value: str, schema: dict, where: str) -> Iterator[tuple[str, str]]:
        if "minLength" in schema and len(value) < schema["minLength"]:
            yield where, "is empty" if schema["minLength"] == 1 else f"is shorter than {schema['minLength']} characters"
            return
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            yield where, f"is {len(value)} characters long; at most {schema['maxLength']} are allowed"
            return
        search = _search(schema["pattern"]) if "pattern" in schema else None
        if search is not None and not search(value):
            # A control character the pattern refuses is named and placed: it is invisible in an editor.
            control = next((m for m in re.finditer(CONTROL, value) if not search(m[0])), None)
            if control is not None:
                yield where, (f"has {character_name(control[0])} at character {control.start() + 1}; "
                              f"expected {self._expected(schema)}")
            else:
                yield where, f"{describe(value)} is not {self._expected(schema)}"

    def _check_array(self, value: list, node: _Node, path: str, where: str) -> Iterator[tuple[str, str]]:
        schema = node.schema
        if "minItems" in schema and len(value) < schema["minItems"]:
            yield where, "is empty" if schema["minItems"] == 1 else f"needs at least {schema['minItems']} entries"
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            yield where, f"has {len(value)} entries; at most {schema['maxItems']} are allowed"
            return
        items = node.items
        if items is not None:
            for index, entry in enumerate(value):
                if not self._fits(items, entry):
                    yield from self._check(entry, items, join_path(path, index))

    def _check_object(self, value: dict, node: _Node, path: str, where: str) -> Iterator[tuple[str, str]]:
        schema = node.schema
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
            if key in properties:
                sub = node.properties[key]
                if not self._fits(sub, entry):
                    yield from self._check(entry, sub, join_path(path, key))
                continue
            matched = [(p, sub) for p, search, sub in node.patterns if search(key)]
            for _, sub in matched:
                if not self._fits(sub, entry):
                    yield from self._check(entry, sub, join_path(path, key))
            if matched:
                continue
            extra = schema.get("additionalProperties", True)
            if extra is False:
                yield join_path(path, key), self._unknown_field(key, properties, patterns)
            elif isinstance(extra, dict):
                if not self._fits(node.extra, entry):
                    yield from self._check(entry, node.extra, join_path(path, key))

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
