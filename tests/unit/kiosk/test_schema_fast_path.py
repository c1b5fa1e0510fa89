"""The schema checker's compiled fast path accepts exactly what its plain-words walk accepts.

``kiosk.schema`` compiles the schema into small ``ok(value)`` functions so that a valid agenda is
checked without making a path or a message; the walk that says what is wrong runs only where
``ok`` says no. These properties prove that shortcut changes nothing: over documents generated
from the schema itself (each value at or just past each of its limits: lengths, patterns, ranges,
list sizes, required and unknown fields, fields given twice, the wrong type), over the bundled
agenda mutated at random places, and over documents generated from nothing, at every place the
walk looks ``ok`` answers what the walk alone finds, and the problems said with and without the
fast path are the same, word for word.
"""

from __future__ import annotations

import copy
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import AGENDA_PATH
from kiosk.reading import _object_pairs, parse_json
from kiosk.schema import SchemaChecker, _Compiler, _Node, _resolve, agenda_schema, entry_fits


def _schema_keys(schema) -> set[str]:
    """Every field name the schema knows, so that generated objects often hit real properties."""
    found: set[str] = set()
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            found.update(node.get("properties", {}))
            found.update(node.get("required", []))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


KEYS = sorted(_schema_keys(agenda_schema()) | {"en", "ru", "de", "list", "EN", "e", "$x"})
EDGE_STRINGS = ["", " ", "x", "9:00", "09:00", "23:59", "24:00", "25:30", "47:59", "48:00", "12:60", "1:5",
                "2018-09-27", "2018-9-27", "2018-09-27\n", "2018-02-30", "2018-09-27T10:00", "2018-09-27 10:00",
                "2018-09-27T24:00", "a\tb", "a\nb", "\x00", "\x1b[0m", "\u2028", "\x85", "x" * 101, "x" * 2001,
                "session", "break", "meal", "info", "important", "d1-coffee", "kasabyan-victoria", "-id", "a b",
                "Asia/Bishkek", "https://example.org", "https://a b", "$comment", "en", "ru"]
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-3, 1200), st.sampled_from([0.5, 1.0, -0.0, 1e308]),
                    st.text(max_size=8), st.sampled_from(EDGE_STRINGS))


def _objects(children):
    return st.lists(st.tuples(st.one_of(st.sampled_from(KEYS), st.text(max_size=5)), children),
                    max_size=4).map(_object_pairs)  # a key drawn twice is a field given twice


VALUES = st.recursive(SCALARS, lambda children: st.one_of(st.lists(children, max_size=3), _objects(children)),
                      max_leaves=10)
ADJUSTMENT_KEYS = ["delay", "from", "until", "note", "by", "cancel", "move", "start", "end"]
ADJUSTMENTS = st.lists(st.dictionaries(st.sampled_from(ADJUSTMENT_KEYS), st.one_of(
    st.sampled_from(["d1-coffee", "d1-registration", "ghost", "15:30", "25:00", "staff panel", "x" * 41]),
    st.integers(-1, 700), SCALARS), max_size=5).map(lambda d: _object_pairs(list(d.items()))), max_size=4)
ANNOUNCEMENTS = st.lists(_objects(st.one_of(st.sampled_from(["2018-09-27T10:00", "2018-09-27 16:00",
                                                             "2018-09-27T9:00", "soon", "info", "urgent"]),
                                            SCALARS)), max_size=3)


def _near(schema: dict, depth: int = 0, strict: bool = False):
    """Values for one place of the schema: mostly what it asks for, often just past one of its
    limits, sometimes of another type altogether; with ``strict``, only what it asks for."""
    schema = _resolve(agenda_schema(), schema)
    wrong = [] if strict else [SCALARS if depth >= 3 else VALUES]
    valid = [] if strict else [_near(schema, depth, strict=True)]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return st.one_of(*[_near(option, depth + 1, strict) for option in schema[key]], *wrong)
    if "enum" in schema:
        return st.one_of(st.sampled_from(schema["enum"]), *([] if strict else [st.sampled_from(["", "Session"])]),
                         *wrong)
    kind = schema.get("type")
    if kind == "string":
        return st.one_of(_strings(schema, strict), *wrong)
    if kind == "integer":
        low, high = schema.get("minimum", -5), schema.get("maximum", 5000)
        if strict:
            return st.integers(low, high)
        return st.one_of(st.integers(low - 1, high + 1), st.sampled_from([low - 1, low, high, high + 1, 1.5, True]))
    if kind == "boolean":
        return st.one_of(st.booleans(), *wrong)
    if kind == "array":
        fewest = schema.get("minItems", 0)
        entries = _near(schema["items"], depth + 1, strict) if "items" in schema else VALUES
        if strict:
            return st.lists(entries, min_size=fewest, max_size=fewest + 1)
        # Now and then one entry too many: the same fitting entry over and over (as good as any to
        # count). Only for the shorter limits (100, 366): every limit is the same compiled check,
        # and 1,001 or 20,001 entries would make each example slow.
        lists = st.lists(entries, min_size=max(0, fewest - 1), max_size=max(fewest, 2))
        if schema.get("maxItems", 10**6) <= 400 and "items" in schema:
            over = st.builds(lambda v: [v] * (schema["maxItems"] + 1), _near(schema["items"], depth + 1, True))
            lists = st.integers(0, 5).flatmap(lambda n: over if n == 0 else lists)
        return st.one_of(lists, *valid, *wrong)
    if kind == "object":
        return st.one_of(_objects_near(schema, depth, strict), *valid, *wrong)
    return VALUES


def _strings(schema: dict, strict: bool):
    low, high = schema.get("minLength", 0), schema.get("maxLength", 10**6)
    if "pattern" in schema:
        fitting = st.from_regex(re.compile(schema["pattern"]), fullmatch=True)
        fitting = fitting.filter(lambda t: low <= len(t) <= min(high, 60))
    else:
        fitting = st.text(min_size=low, max_size=max(low, min(high, 6)))
    if strict:
        return fitting
    lengths = [n for n in (low - 1, low, high, high + 1) if 0 <= n <= 10**5]
    return st.one_of(fitting, st.sampled_from(EDGE_STRINGS), st.sampled_from(lengths).map(lambda n: "a" * n))


@st.composite
def _objects_near(draw, schema: dict, depth: int, strict: bool):
    properties = schema.get("properties", {})
    required = schema.get("required", [])
    patterns = schema.get("patternProperties", {})
    keys = [k for k in required if strict or draw(st.integers(0, 12))]  # now and then one is missing
    keys += [k for k in properties if k not in required and draw(st.booleans())]

    def place(key):
        return properties.get(key) or next((sub for p, sub in patterns.items() if re.search(p, key)), {})

    pairs = [(key, draw(_near(place(key), depth + 1, strict))) for key in keys]
    names = ["en", "ru", "de"] if strict else ["en", "ru", "de", "EN", "e", "eng"]
    for sub in patterns.values():
        for key in draw(st.lists(st.sampled_from(names), max_size=2, unique=True)):
            if key not in keys:
                pairs.append((key, draw(_near(sub, depth + 1, strict))))
    if not strict and draw(st.integers(0, 5)) == 0:
        pairs.append((draw(st.sampled_from(KEYS + ["unknown", "titel"])), draw(SCALARS)))
    if not strict and pairs and draw(st.integers(0, 8)) == 0:
        pairs.append(draw(st.sampled_from(pairs)))  # a field given twice
    return _object_pairs(pairs)


def _places(value, path=()):
    """Every place in a document, as the keys and indices that lead there."""
    yield path
    if isinstance(value, dict):
        for key, entry in value.items():
            yield from _places(entry, path + (key,))
    elif isinstance(value, list):
        for index, entry in enumerate(value):
            yield from _places(entry, path + (index,))


def _at(document, path):
    for step in path:
        document = document[step]
    return document


def _put(document, path, value):
    if not path:
        return value
    _at(document, path[:-1])[path[-1]] = value
    return document


@st.composite
def mutated_agendas(draw):
    document = parse_json(AGENDA_PATH.read_bytes(), "agenda.json")
    document = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, 4))):
        places = list(_places(document))
        path = draw(st.sampled_from(places))
        target = _at(document, path)
        action = draw(st.sampled_from(["replace", "replace", "move", "remove", "add", "twice", "grow", "empty",
                                       "adjustments", "announcements"]))
        if action == "replace":
            document = _put(document, path, draw(VALUES))
        elif action == "move":  # a valid subtree in the wrong place (a text where a list goes …)
            document = _put(document, path, copy.deepcopy(_at(document, draw(st.sampled_from(places)))))
        elif action == "remove" and isinstance(target, dict) and target:
            del target[draw(st.sampled_from(sorted(target)))]
        elif action == "add" and isinstance(target, dict):
            target[draw(st.one_of(st.sampled_from(KEYS), st.text(max_size=5)))] = draw(VALUES)
        elif action == "twice" and isinstance(target, dict) and target:
            key = draw(st.sampled_from(sorted(target)))
            document = _put(document, path, _object_pairs(list(target.items()) + [(key, target[key])]))
        elif action == "grow" and isinstance(target, list) and target:
            target.append(copy.deepcopy(draw(st.sampled_from(target))))
        elif action == "empty" and isinstance(target, (list, dict)):
            target.clear()
        elif action == "adjustments" and isinstance(document, dict):
            document["adjustments"] = draw(ADJUSTMENTS)
        elif action == "announcements" and isinstance(document, dict):
            document["announcements"] = draw(ANNOUNCEMENTS)
    return document


class _Compared(SchemaChecker):
    """The plain walk, asking the compiled ``ok`` too at every place it looks, and noting each
    place where the two disagree."""

    def __init__(self, node: _Node | None = None):
        super().__init__(plain=True)
        if node is not None:  # one definition of the schema rather than the whole agenda
            self._node = node
        self.disagreements: list[tuple[dict, object, bool]] = []
        self._fits = self._compare

    def _compare(self, node: _Node, value) -> bool:
        plain = self._walk_finds_nothing(node, value)
        if node.fits(value) != plain:
            self.disagreements.append((node.schema, value, plain))
        return plain


def _same_answers(document) -> None:
    compared = _Compared()
    plain = compared.problems(document)
    assert compared.disagreements == [], compared.disagreements[:3]
    assert SchemaChecker().problems(document) == plain
    assert SchemaChecker()._fits(SchemaChecker()._node, document) is (plain == [])


DEFINITIONS = sorted(agenda_schema()["$defs"])
_COMPILED = _Compiler(agenda_schema())


@pytest.mark.parametrize("name", DEFINITIONS)
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                 HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_each_definition_gets_the_same_answers_with_and_without_the_fast_path(name, data):
    """Each part of the schema on its own (a time, a text, an item, an adjustment …): values at and
    just past its limits get the same answer from ``ok`` as from the walk, at every place inside."""
    node = _COMPILED.node({"$ref": f"#/$defs/{name}"})
    value = data.draw(_near(agenda_schema()["$defs"][name]))
    compared = _Compared(node)
    plain = compared.problems(value)
    assert compared.disagreements == [], compared.disagreements[:3]
    fast = SchemaChecker()
    fast._node = node
    assert fast.problems(value) == plain
    assert node.fits(value) is (plain == [])


def test_the_bundled_agenda_passes_both_ways():
    document = parse_json(AGENDA_PATH.read_bytes(), "agenda.json")
    assert SchemaChecker().problems(document) == SchemaChecker(plain=True).problems(document) == []
    _same_answers(document)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_agendas())
def test_mutated_agendas_get_the_same_answers_with_and_without_the_fast_path(document):
    _same_answers(document)


@settings(max_examples=200, deadline=None)
@given(VALUES)
def test_generated_documents_get_the_same_answers_with_and_without_the_fast_path(document):
    _same_answers(document)


@settings(max_examples=120, deadline=None)
@given(ADJUSTMENTS)
def test_an_adjustment_fits_exactly_when_the_walk_finds_nothing(adjustments):
    """``entry_fits`` decides which adjustments the loader applies: the same answer as the walk,
    and the same at every place inside an adjustment."""
    fits = entry_fits("adjustments")
    node = SchemaChecker()._node.properties["adjustments"].items
    for entry in adjustments:
        compared = _Compared(node)
        plain = compared.problems(entry)
        assert compared.disagreements == [], compared.disagreements[:3]
        assert fits(entry) is (plain == [])


@pytest.mark.parametrize("text", ['{"timezone": "Asia/Bishkek", "timezone": "UTC"}', '[]', '"agenda"', '{}'])
def test_small_documents_get_the_same_answers(text):
    _same_answers(parse_json(text.encode(), "x.json"))


def test_the_comparison_would_notice_a_fast_path_that_lets_a_problem_through(monkeypatch):
    """The check above can fail: a compiled ``ok`` that accepts every text is caught at once."""
    document = json.loads(AGENDA_PATH.read_text("utf-8"))
    document["$comment"] = "a\x00b"  # a NUL in a note: refused by its pattern
    checker = _Compared()
    node = checker._node.properties["$comment"]
    monkeypatch.setattr(node, "ok", lambda value: isinstance(value, str))
    checker.problems(document)
    assert ("a\x00b", False) in [(value, plain) for _schema, value, plain in checker.disagreements]
