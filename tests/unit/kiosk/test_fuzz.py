"""Fuzzing the loaders: hypothesis mutates the bundled agenda.json, a frab schedule.xml and a
schedule.json (types, values, deletions, unicode, huge numbers, calendar edges, deep nesting).

Every load must end either in an agenda or in an AgendaError whose lines are located, one line
each and writable as UTF-8; and a loaded agenda must survive what the commands do with it (the
state at many instants as JSON, the iCalendar and schedule.json exports). Any other exception is
a bug. The runs are derandomized and use no example database, so CI sees the same cases every
time; KIOSK_FUZZ_EXAMPLES=20000 runs each test that many times with fresh random cases (a long
hunt, by hand).
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import AGENDA_PATH, DATA
from kiosk.formats.ics import export as export_ics
from kiosk.formats.schedule_json import export as export_schedule_json
from kiosk.loader import parse_agenda
from kiosk.problems import AgendaError
from kiosk.schedule import later_today, state_as_json, state_at

SCALE = int(os.environ.get("KIOSK_FUZZ_EXAMPLES", "0"))


def fuzz_settings(examples: int):
    """Bounded and repeatable in CI; a long hunt (KIOSK_FUZZ_EXAMPLES) draws fresh cases each run."""
    return settings(max_examples=SCALE or examples, deadline=None, derandomize=not SCALE, database=None,
                    suppress_health_check=list(HealthCheck), print_blob=bool(SCALE))


# --- what every load must satisfy ------------------------------------------------------------

STAMP = datetime(2020, 1, 1, tzinfo=UTC)


def instants(agenda):
    """Moments worth asking about: around every boundary, and the edges of --at's years."""
    found = [datetime(1970, 1, 1, tzinfo=UTC), datetime(2199, 12, 31, 23, 59, tzinfo=UTC)]
    for item in agenda.items[:40]:
        found += [item.start - timedelta(minutes=1), item.start, item.until]
    for note in agenda.announcements[:10]:
        found += [note.start, note.end]
    return found


class Sample(bytes):
    """A mutated file; its repr is short (hypothesis prints it for a failure, and warns past 30 kB)."""

    def __repr__(self) -> str:
        return f"<{len(self)} bytes: {bytes(self[:120])!r}…>"


def outcome(data: bytes, source: str) -> str:
    """Load the bytes as the kiosk does; "agenda" or "refused". Anything else raised fails the test,
    and the file is kept in the temporary folder to reproduce it with ``kiosk --check --agenda``."""
    try:
        return _outcome(data, source)
    except Exception as err:
        kept = os.path.join(tempfile.gettempdir(), f"kiosk-fuzz-{hashlib.sha256(data).hexdigest()[:12]}-{source}")
        with open(kept, "wb") as handle:
            handle.write(data)
        err.add_note(f"the file is kept as {kept}")
        raise


def _outcome(data: bytes, source: str) -> str:
    try:
        agenda = parse_agenda(data, source)
    except AgendaError as err:
        lines = err.lines()
        assert lines, "an AgendaError must say why"
        for line in lines:
            assert line.startswith(f"{source}: "), line
            assert "\n" not in line and "\r" not in line, line
            line.encode("utf-8")  # printable and loggable whatever the file held
        return "refused"
    for now in instants(agenda):
        state = state_at(agenda, now)
        json.dumps(state_as_json(state, agenda), ensure_ascii=False).encode("utf-8")
        later_today(agenda, state)
    export_ics(agenda, STAMP)
    json.dumps(export_schedule_json(agenda), ensure_ascii=False).encode("utf-8")
    return "agenda"


# --- values a careless or hostile hand writes ------------------------------------------------

DEEP, HUGE = "\u0000deep\u0000", "\u0000huge\u0000"  # replaced in the serialised text
ODD_CHARACTERS = ["\ud800", "\udfff", "\x00", "\x07", "\x1b", "\n", "\t", "\r", "\x7f", "\x85", "\u2028",
                  "\u202e", "\u200f", "\u0301", "\ufeff", "\uffff", "\U0001F389", "\u05d0", "\u0627", "𝔸"]
EDGE_STRINGS = [
    "9999-12-31", "0001-01-01", "2199-12-31", "2200-01-01", "2000-01-01", "1999-12-31", "2018-02-29",
    "2018-09-27", "2018-09-28", "2018-09-29", "24:00", "47:59", "48:00", "23:59", "00:00", "25:00", "9:5",
    "9999-12-31T23:59", "0001-01-01T00:00", "2018-09-27T25:00", "2018-09-27T12:00", "2199-12-31T23:59",
    "2018-09-27T10:00", "localtime", "posixrules", "Factory", "right/UTC", "posix/Asia/Bishkek", "UTC",
    "Etc/GMT-14", "Etc/GMT+12", "Pacific/Kiritimati", "Europe/Berlin", "Asia/Bishkek", "asia/bishkek", "",
    " ", "d1-registration", "d1-coffee", "d2-dialogue", "session", "break", "reception", "important", "en",
    "ru", "\ud800", "a\nb", "\u202eevil", "e\u0301", "-1", "1e309", "NaN",
]
KEYS = ["id", "start", "end", "title", "kind", "date", "items", "days", "delay", "from", "until", "cancel",
        "move", "note", "text", "level", "en", "ru", "list", "person", "tbc", "video", "name", "room",
        "description", "talks", "presenters", "moderators", "points", "label", "subtitle", "people", "$comment",
        "timezone", "event", "adjustments", "announcements", "dates", "\ud800", "", "title\n"]

characters = st.one_of(st.characters(), st.sampled_from(ODD_CHARACTERS))
texts = st.one_of(st.text(characters, max_size=24), st.sampled_from(EDGE_STRINGS))
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-2**70, 2**70), st.sampled_from([0, 1, -1, 600, 601, 10**18]),
    st.floats(), texts, st.just(DEEP), st.just(HUGE))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.one_of(st.sampled_from(KEYS), texts), inner, max_size=3)),
    max_leaves=6)


def serialised(doc) -> bytes:
    text = json.dumps(doc, ensure_ascii=True)  # a lone surrogate as its \ud800 escape, as a hand would write it
    text = text.replace(json.dumps(DEEP), "[" * 3000 + "]" * 3000)
    text = text.replace(json.dumps(HUGE), "1" + "0" * 5000)
    return text.encode("utf-8")


# --- agenda.json ---------------------------------------------------------------------------------

BUNDLED = json.loads(AGENDA_PATH.read_text(encoding="utf-8"))
BASE = copy.deepcopy(BUNDLED)
BASE["adjustments"] = [{"delay": 10, "from": "d1-coffee", "note": "Late"}, {"cancel": "d2-dialogue"},
                       {"move": "d1-qa", "start": "18:00", "end": "25:00"}]
BASE["announcements"] = [{"from": "2018-09-27T12:00", "until": "2018-09-27T18:00", "text": {"en": "Hi\nthere"},
                          "level": "important"}]
BASE["days"][-1]["items"][-1]["end"] = "26:30"  # one item past midnight


def alike(value):
    """A value of the same kind: mostly still valid, so that loads succeed and the agenda gets used."""
    if isinstance(value, bool) or value is None:
        return st.sampled_from([True, False, None])
    if isinstance(value, int):
        return st.integers(-5, 700)
    if isinstance(value, str):
        return st.one_of(st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Zl", "Zp")),
                                 min_size=1, max_size=40), texts)
    return st.just(value)


def containers(node, path=()):
    """Every list and object in a document, with its path."""
    found = [(path, node)]
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        if isinstance(child, (dict, list)):
            found += containers(child, path + (key,))
    return found


@st.composite
def mutated_documents(draw):
    doc = copy.deepcopy(BASE)
    if draw(st.integers(0, 9)) == 7:  # the whole programme moved to an edge of the calendar
        first = datetime.fromisoformat(draw(st.sampled_from(
            ["9999-12-30", "0001-01-01", "2199-12-30", "2000-01-01", "1999-12-31", "2199-12-31"])))
        for index, day in enumerate(doc["days"]):
            day["date"] = (first + timedelta(days=min(index, (datetime.max - first).days))).date().isoformat()
        doc["event"]["dates"] = {"start": doc["days"][0]["date"], "end": doc["days"][-1]["date"]}
        for note in doc["announcements"]:
            note["from"], note["until"] = doc["days"][0]["date"] + "T08:00", doc["days"][-1]["date"] + "T23:00"
        doc["timezone"] = draw(st.sampled_from(["Pacific/Kiritimati", "Etc/GMT+12", "Asia/Bishkek", "UTC"]))
    for _ in range(draw(st.integers(1, 4))):
        places = containers(doc)
        _path, node = places[draw(st.integers(0, len(places) - 1))]
        action = draw(st.sampled_from(["alike", "alike", "alike", "replace", "delete", "add", "duplicate",
                                       "retype"]))
        if isinstance(node, dict):
            keys = list(node)
            key = draw(st.sampled_from(keys)) if keys else None
            if action == "add" or key is None:
                node[draw(st.one_of(st.sampled_from(KEYS), texts))] = draw(values)
            elif action == "delete":
                del node[key]
            elif action == "duplicate":
                node[draw(st.sampled_from(KEYS))] = copy.deepcopy(node[key])
            elif action == "retype":
                node[key] = draw(st.sampled_from([[node[key]], str(node[key]), {"en": node[key]}, None, 0]))
            elif action == "alike":
                node[key] = draw(alike(node[key]))
            else:
                node[key] = draw(values)
        elif isinstance(node, list):
            index = draw(st.integers(0, len(node) - 1)) if node else None
            if action == "add" or index is None:
                node.insert(draw(st.integers(0, len(node))), draw(values))
            elif action == "delete":
                del node[index]
            elif action == "duplicate":
                node.insert(index, copy.deepcopy(node[index]))
            elif action == "retype":
                node[index] = draw(st.sampled_from([[node[index]], str(node[index]), None]))
            elif action == "alike":
                node[index] = draw(alike(node[index]))
            else:
                node[index] = draw(values)
    data = serialised(doc)
    if draw(st.integers(0, 19)) == 7:  # a file cut short or with a byte changed
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] if draw(st.booleans()) else data[:cut] + bytes([draw(st.integers(0, 255))]) + data[cut + 1:]
    return Sample(data)


def test_the_base_documents_load():
    assert outcome(serialised(BASE), "agenda.json") == "agenda"
    assert outcome(XML_BASE.encode(), "schedule.xml") == "agenda"
    assert outcome(json.dumps(SCHEDULE_JSON_BASE).encode(), "schedule.json") == "agenda"


@pytest.mark.slow
@fuzz_settings(400)
@given(mutated_documents())
def test_mutated_agenda_json_loads_or_is_refused_located(data):
    outcome(data, "agenda.json")


# --- schedule.xml --------------------------------------------------------------------------------

XML_BASE = (DATA / "formats" / "schedule.xml").read_text(encoding="utf-8")
XML_EDGES = ["9999-12-31T23:59:00-12:00", "0001-01-01T00:00:00+14:00", "2199-12-31T23:30:00-12:00",
             "2000-01-01T00:30:00+14:00", "2019-08-21", "2019-08-21T10:00:00", "99:99", "00:00", "999:59", "23:59:59",
             "localtime", "Factory", "Etc/GMT-14", "Europe/Berlin", "", "\ud800", "a\nb", "\u202e"]
xml_texts = st.one_of(st.text(characters, max_size=24), st.sampled_from(XML_EDGES))


@st.composite
def mutated_schedules(draw):
    root = ET.fromstring(XML_BASE)
    nest = None
    for _ in range(draw(st.integers(1, 4))):
        elements = list(root.iter())
        element = elements[draw(st.integers(0, len(elements) - 1))]
        parents = {child: parent for parent in root.iter() for child in parent}
        action = draw(st.sampled_from(["text", "text", "text", "delete", "duplicate", "attribute", "nest", "add"]))
        if action == "text":
            element.text = draw(xml_texts)
        elif action == "delete" and element in parents:
            parents[element].remove(element)
        elif action == "duplicate" and element in parents:
            parents[element].append(copy.deepcopy(element))
        elif action == "attribute":
            element.set(draw(st.sampled_from(["guid", "id", "index", "name", "date"])), draw(xml_texts))
        elif action == "nest":  # last, so that no later copy has to recurse through it
            nest = element
        else:
            tag = draw(st.sampled_from(["event", "day", "room", "date", "start", "duration", "title", "persons",
                                        "person", "conference", "time_zone_name"]))
            ET.SubElement(element, tag).text = draw(xml_texts)
    if nest is not None:
        for _ in range(draw(st.sampled_from([2, 50, 2000]))):
            nest = ET.SubElement(nest, "event")
    try:
        text = ET.tostring(root, encoding="unicode")
    except RecursionError:  # the writer's own limit: nest less deeply
        return Sample(XML_BASE.encode())
    return Sample(text.encode("utf-8", "surrogatepass"))  # a lone surrogate written as bytes: not UTF-8


@fuzz_settings(200)
@given(mutated_schedules())
def test_mutated_schedule_xml_loads_or_is_refused_located(data):
    outcome(data, "schedule.xml")


def test_character_references_the_parser_refuses_are_told_plainly():
    for reference in ("&#xD800;", "&#0;", "&#x1b;"):
        assert outcome(XML_BASE.replace("Opening ceremony", reference).encode(), "schedule.xml") == "refused"


# --- schedule.json -------------------------------------------------------------------------------

SCHEDULE_JSON_BASE = json.loads((DATA / "formats" / "schedule.json").read_text(encoding="utf-8"))


@st.composite
def mutated_schedule_json(draw):
    doc = copy.deepcopy(SCHEDULE_JSON_BASE)
    for _ in range(draw(st.integers(1, 4))):
        places = containers(doc)
        _path, node = places[draw(st.integers(0, len(places) - 1))]
        if isinstance(node, dict) and node:
            key = draw(st.sampled_from(list(node)))
            if draw(st.booleans()):
                node[key] = draw(st.one_of(values, st.sampled_from(XML_EDGES)))
            else:
                del node[key]
        elif isinstance(node, list) and node:
            index = draw(st.integers(0, len(node) - 1))
            node[index] = draw(values)
    return Sample(serialised(doc))


@fuzz_settings(150)
@given(mutated_schedule_json())
def test_mutated_schedule_json_loads_or_is_refused_located(data):
    outcome(data, "schedule.json")


def test_the_fuzzers_reach_both_outcomes():
    """Guards the fuzzers themselves: mutations that never load, or never fail, test little."""
    seen = Counter()

    @settings(max_examples=60, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(mutated_documents())
    def sample(data):
        seen[outcome(data, "agenda.json")] += 1

    sample()
    assert seen["agenda"] >= 6 and seen["refused"] >= 6, seen
