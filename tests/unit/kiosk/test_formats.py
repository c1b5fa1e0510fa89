"""The conference formats: frab schedule.xml and c3voc/pretalx schedule.json in, agenda.json ends
after midnight ("25:00"), and every bad input told plainly. The commands that convert and export
are in tests/e2e/test_formats_cli.py."""

from __future__ import annotations

import json
import time
import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from conftest import SCHEDULE_JSON, events_of, json_doc, run_kiosk, written, xml_with
from conftest import SCHEDULE_XML as XML
from kiosk.formats.to_agenda import kind_of, slugify
from kiosk.loader import convert, load_agenda, parse_agenda
from kiosk.problems import AgendaError
from kiosk.reading import MAX_FILE_BYTES

BERLIN = ZoneInfo("Europe/Berlin")
BISHKEK = ZoneInfo("Asia/Bishkek")


def at(text: str, tz: ZoneInfo = BERLIN) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=tz)


def problems_of(path) -> list[str]:
    with pytest.raises(AgendaError) as caught:
        load_agenda(path)
    lines = caught.value.lines()
    assert lines
    for line in lines:
        assert line.startswith(f"{path}: "), line
        assert "Traceback" not in line and ".items[" not in line, line  # told in the source's terms
    return lines


# --- frab schedule.xml ------------------------------------------------------------------------

def test_frab_xml_becomes_the_kiosk_model():
    agenda = load_agenda(XML)
    assert agenda.timezone.key == "Europe/Berlin"
    assert [str(d.date) for d in agenda.days] == ["2019-08-21", "2019-08-22"]
    assert len(agenda.items) == 8
    ev = agenda.event
    assert (str(ev.name), str(ev.short_name)) == ("Lobby Camp 2019", "lobbycamp19")
    # The file names no theme, venue, city or country: none is guessed for the screens.
    assert (ev.theme, ev.venue, ev.city, ev.country) == (None, None, None, None)
    assert ev.url == "https://camp.example.org/2019/"

    opening = agenda.item("opening-ceremony-101")
    assert opening.kind == "opening" and str(opening.room) == "Saal 1"
    assert str(opening.subtitle) == "Welcome to the camp"
    assert [str(b) for b in opening.description] == ["Why lobby screens matter.", "How the next two days work."]

    # Given as 09:30 at +01:00: 10:30 in Berlin's summer time (+02:00).
    talk = agenda.item("rust-python-for-lobby-screens-102")
    assert str(talk.title) == "Rust & Python for lobby screens"
    assert talk.start == at("2019-08-21T10:30") and talk.start.utcoffset() == timedelta(hours=2)
    assert talk.end == at("2019-08-21T11:30")

    # Two rooms at once on one day; the items of the day are in time order.
    panel = agenda.item("screens-in-public-spaces-201")
    assert panel.kind == "discussion" and str(panel.room) == "Saal 2" and panel.start == talk.start
    day1 = [i.id for i in agenda.days[0].items]
    assert day1 == ["opening-ceremony-101", "rust-python-for-lobby-screens-102", "screens-in-public-spaces-201",
                    "coffee-break-103", "lunch-202", "late-night-hacking-104", "midnight-film-203"]
    assert agenda.item("coffee-break-103").kind == "break"
    assert agenda.item("lunch-202").kind == "meal"  # type "other": the short title says it

    # Across midnight: ends at 01:00 the next morning; the film after midnight is still in the file's
    # day 1 (which runs until 04:00), and so is the screens' "Day 1" until then.
    night = agenda.item("late-night-hacking-104")
    assert night.start == at("2019-08-21T23:30") and night.end == at("2019-08-22T01:00")
    assert night.until == night.end and night.day_index == 0
    film = agenda.item("midnight-film-203")
    assert film.day_index == 0 and film.kind == "reception" and film.start == at("2019-08-22T00:30")
    assert agenda.day_of(at("2019-08-22T03:59")).index == 0 and agenda.day_of(at("2019-08-22T04:00")).index == 1
    assert agenda.item("closing-301").kind == "closing"


def test_frab_persons_are_people_defined_once():
    agenda = load_agenda(XML)
    assert [p.id for p in agenda.people] == ["ann-example", "bob-builder", "dana-panel", "carla-night"]
    ann = agenda.person("ann-example")
    assert str(ann.name) == "Ann Example" and ann.organisation is None and ann.position is None
    talk = agenda.item("rust-python-for-lobby-screens-102")
    assert [a.person.id for a in talk.presenters] == ["bob-builder", "ann-example"]
    assert talk.presenters[1].person is ann  # the same person object everywhere
    assert agenda.item("closing-301").presenters[0].person is ann


def test_format_is_told_by_content_not_by_name(tmp_path):
    as_json_name = written(tmp_path, "programme.json", XML.read_bytes())
    as_xml_name = written(tmp_path, "programme.xml", SCHEDULE_JSON.read_bytes())
    assert len(load_agenda(as_json_name).items) == 8
    assert len(load_agenda(as_xml_name).items) == 9


# --- schedule.json ----------------------------------------------------------------------------

def test_schedule_json_becomes_the_kiosk_model():
    agenda = load_agenda(SCHEDULE_JSON)
    assert agenda.timezone.key == "Europe/Berlin" and len(agenda.items) == 9
    ev = agenda.event
    assert (str(ev.name), str(ev.short_name)) == ("Lobby Dev Days 2024", "ldd24")
    assert (ev.venue, ev.city, ev.country) == (None, None, None)  # not in the file, so not on the screens
    kinds = {i.id: i.kind for i in agenda.items}
    assert kinds == {"registration-check-in-1": "registration", "welcome-2": "opening",
                     "keynote-calm-screens-3": "session", "coffee-4": "break", "night-owls-session-5": "session",
                     "hands-on-agenda-json-6": "session", "group-photo-7": "photo", "lunch-8": "meal",
                     "farewell-reception-9": "reception"}

    keynote = agenda.item("keynote-calm-screens-3")  # given at 08:45+01:00
    assert keynote.start == at("2024-06-13T09:45") and keynote.end == at("2024-06-13T10:45")
    assert [str(b) for b in keynote.description] == ["Screens that do not shout.",
                                                     "A tour of twenty years of lobby displays."]
    workshop = agenda.item("hands-on-agenda-json-6")  # overlaps the keynote, in another room
    assert str(workshop.room) == "Workshop Room" and workshop.start < keynote.end

    night = agenda.item("night-owls-session-5")
    assert night.start == at("2024-06-13T22:45") and night.end == at("2024-06-14T00:45")
    reception = agenda.item("farewell-reception-9")  # duration 00:00: no end given: until its day ends
    assert reception.end is None and reception.until == at("2024-06-15T03:59")


def test_schedule_json_people():
    agenda = load_agenda(SCHEDULE_JSON)
    assert [p.id for p in agenda.people] == ["ann-example", "elodie-lecuyer", "dmitri-nobio"]
    ann, elodie, dmitri = agenda.people
    assert str(ann.position) == "Chair, Test Org"
    assert str(elodie.name) == "Élodie Lécuyer" and elodie.position is None  # a biography, not an affiliation
    assert dmitri.position is None and dmitri.organisation is None  # "name", no biography
    workshop = agenda.item("hands-on-agenda-json-6")
    assert [a.person for a in workshop.presenters] == [dmitri, ann]


def test_one_name_listed_twice_in_an_event_is_shown_once():
    # FOSDEM 2024 lists a speaker twice in one event, under two ids: one person on the screen
    document = json_doc()
    event = next(e for e in events_of(document) if e.get("persons"))
    twin = dict(event["persons"][0], id=987654, guid=str(uuid.uuid4()))
    event["persons"].append(twin)
    agenda = parse_agenda(json.dumps(document).encode(), "schedule.json")
    item = next(i for i in agenda.items if str(i.title) == " ".join(event["title"].split()))
    names = [str(a.person.name) for a in item.people()]
    assert len(names) == len(set(names)) == len(event["persons"]) - 1


def test_offsets_without_a_zone_name_give_a_fixed_zone_and_say_so():
    document = json_doc()
    del document["schedule"]["conference"]["time_zone_name"]
    converted, agenda, fmt = convert(json.dumps(document).encode(), "schedule.json")
    assert fmt == "schedule.json"
    assert converted["timezone"] == "Etc/GMT-2" and agenda.timezone.key == "Etc/GMT-2"
    assert "Etc/GMT-2" in converted["$comment"] and "UTC+02:00" in converted["$comment"]
    keynote = agenda.item("keynote-calm-screens-3")  # the +01:00 event, converted to +02:00
    assert keynote.start.isoformat() == "2024-06-13T09:45:00+02:00"
    assert converted["days"][0]["items"][2]["start"] == "09:45"


def test_offsets_that_are_not_whole_hours_need_a_zone_name(tmp_path):
    document = json_doc()
    del document["schedule"]["conference"]["time_zone_name"]
    for event in events_of(document):
        event["date"] = event["date"][:19] + "+05:30"
    path = written(tmp_path, "schedule.json", json.dumps(document))
    assert problems_of(path) == [f"{path}: schedule.conference.time_zone_name: missing, and the times' offset "
                                 "+05:30 is not whole hours: add the time zone's name, e.g. Asia/Kolkata"]


@pytest.mark.parametrize("source", [XML, SCHEDULE_JSON], ids=["xml", "json"])
def test_the_machines_timezone_does_not_matter(source):
    outputs = {run_kiosk("--print-state", "--agenda", str(source), "--at", "2019-08-21T23:45+02:00",
                         env={"TZ": tz}).stdout for tz in ("UTC", "Asia/Tokyo", "America/Los_Angeles")}
    assert len(outputs) == 1
    if source == XML:
        state = json.loads(outputs.pop())
        assert state["current"]["id"] == "late-night-hacking-104"
        assert state["current"]["end"] == "2019-08-22T01:00:00+02:00"
        assert state["next"]["id"] == "midnight-film-203"


@pytest.mark.parametrize("event_type, title, kind", [
    ("Talk", "Anything", "session"), ("Lightning Talk", "x", "session"), ("lecture", "x", "session"),
    ("Workshop", "x", "session"), ("Session", "x", "session"), ("Keynote", "Coffee break", "session"),
    ("Panel discussion", "x", "discussion"), ("Podium", "x", "discussion"), ("panel", "x", "discussion"),
    ("Break", "x", "break"), ("Pause", "x", "break"), ("Coffee", "x", "break"),
    ("Lunch", "x", "meal"), ("dinner", "x", "meal"), ("Meal", "x", "meal"), ("Lunch break", "x", "meal"),
    ("Opening", "x", "opening"), ("Welcome", "x", "opening"), ("Opening session", "x", "opening"),
    ("Closing", "x", "closing"), ("Registration", "x", "registration"), ("Check-in", "x", "registration"),
    ("Party", "x", "reception"), ("Welcome reception", "x", "reception"), ("social", "x", "reception"),
    ("Photo", "x", "photo"), ("", "Group photo", "photo"), ("other", "Coffee break", "break"),
    (None, "Lunch", "meal"), ("other", "Opening the black box of machine learning", "session"),
    ("Hackathon", "x", "session"),
])
def test_types_map_to_kinds(event_type, title, kind):
    assert kind_of(event_type, title) == kind


def test_ids_are_readable_slugs():
    assert slugify("Jürgen Müller-Lüdenscheidt") == "jurgen-muller-ludenscheidt"
    assert slugify("Ибраимжанов") == ""
    document, _agenda, _fmt = convert(XML.read_bytes(), "schedule.xml")
    ids = [i["id"] for d in document["days"] for i in d["items"]]
    assert len(ids) == len(set(ids)) and "coffee-break-103" in ids


def test_same_slug_for_two_people_gets_the_source_id(tmp_path):
    path = xml_with(tmp_path, '<person id="4">Dana Panel</person>', '<person id="44">Bob Builder</person>')
    agenda = load_agenda(path)
    assert [p.id for p in agenda.people] == ["ann-example", "bob-builder", "bob-builder-44", "carla-night"]


# --- agenda.json: ends after midnight -------------------------------------------------------

def test_an_end_after_midnight_is_written_as_a_later_hour(minimal_doc, write_json):
    minimal_doc["days"][0]["items"].append(
        {"id": "late", "start": "23:30", "end": "25:00", "title": "Late", "kind": "session"})
    agenda = load_agenda(write_json(minimal_doc))
    late = agenda.item("late")
    assert late.end.isoformat() == "2018-09-28T01:00:00+06:00" and late.until == late.end
    assert late.day_index == 0


@pytest.mark.parametrize("end, words", [("48:00", "24:00 to 47:59"), ("23:00", "before start 23:30"),
                                        ("25:60", "HH:MM")])
def test_impossible_late_ends(minimal_doc, write_json, end, words):
    minimal_doc["days"][0]["items"].append(
        {"id": "late", "start": "23:30", "end": end, "title": "Late", "kind": "session"})
    path = write_json(minimal_doc)
    with pytest.raises(AgendaError) as caught:
        load_agenda(path)
    assert any(line.startswith(f"{path}: days[0].items[3].end: ") and words in line for line in caught.value.lines()), \
        caught.value.lines()


def test_an_item_past_midnight_must_not_overlap_the_next_morning(minimal_doc, write_json):
    minimal_doc["days"][0]["items"].append(
        {"id": "late", "start": "23:30", "end": "25:00", "title": "Late", "kind": "session"})
    minimal_doc["days"][1]["items"].insert(0, {"id": "early", "start": "00:30", "end": "01:30", "title": "Early",
                                               "kind": "session"})
    path = write_json(minimal_doc)
    with pytest.raises(AgendaError) as caught:
        load_agenda(path)
    assert caught.value.lines() == [f'{path}: days[1].items[0].start: 00:30 overlaps "Late" (days[0].items[3], '
                                    "23:30–25:00 the day before, until 01:00)"]
    minimal_doc["days"][1]["items"][0]["room"] = "Foyer"  # another room: fine
    assert load_agenda(write_json(minimal_doc)).item("early").start.hour == 0


def test_adjustments_may_end_after_midnight(minimal_doc, write_json):
    items = minimal_doc["days"][0]["items"]
    items[2]["start"], items[2]["end"] = "23:00", "23:50"
    minimal_doc["adjustments"] = [{"delay": 20, "from": "c"}]
    assert load_agenda(write_json(minimal_doc)).item("c").end.isoformat() == "2018-09-28T00:10:00+06:00"
    minimal_doc["adjustments"] = [{"move": "b", "start": "23:55", "end": "24:40"}, {"cancel": "c"}]
    assert load_agenda(write_json(minimal_doc)).item("b").end.isoformat() == "2018-09-28T00:40:00+06:00"

    def refused(adjustments, words):
        minimal_doc["adjustments"] = adjustments
        path = write_json(minimal_doc)
        with pytest.raises(AgendaError) as caught:
            load_agenda(path)
        assert any(line.startswith(f"{path}: adjustments[0]") and words in line for line in caught.value.lines()), \
            caught.value.lines()

    minimal_doc["adjustments"] = [{"delay": 70, "from": "c"}]  # starts at 00:10, still in its day (24:10)
    late = load_agenda(write_json(minimal_doc)).item("c")
    assert (late.start.isoformat(), late.day_index) == ("2018-09-28T00:10:00+06:00", 0)
    items[2]["end"] = "47:30"
    refused([{"delay": 30, "from": "c"}], "past 47:59 (the next morning)")
    refused([{"move": "c", "start": "23:30"}], "would end after 47:59")


# --- bad and foreign files ----------------------------------------------------------------------

GUID_102 = "c0a80001-0000-4000-8000-000000000102"
EVENT_102 = f"day[1]/room[Saal 1]/event[guid={GUID_102}]"


def test_a_bad_duration_is_located_in_the_xml(tmp_path):
    path = xml_with(tmp_path, "<duration>01:00</duration>", "<duration>1h30</duration>")
    assert problems_of(path) == [f'{path}: {EVENT_102}/duration: "1h30" is not a duration HH:MM']


def test_an_event_without_a_start_or_a_date(tmp_path):
    text = XML.read_text("utf-8").replace("<start>10:30</start>", "", 1).replace(
        "<date>2019-08-21T11:30:00+02:00</date>", "")
    path = written(tmp_path, "schedule.xml", text)
    # Without its <date>, an event is on its <day date=…> at its <start> (pentabarf, FOSDEM): only the
    # missing start is a problem.
    assert problems_of(path) == [f"{path}: {EVENT_102}/start: missing: every event needs its start time as HH:MM"]


@pytest.mark.parametrize("old, new, where, words", [
    ("<start>10:30</start>", "<start>half past ten</start>", f"{EVENT_102}/start", '"half past ten" is not a time'),
    ("<date>2019-08-21T09:30:00+01:00</date>", "<date>21.08.2019 09:30</date>", f"{EVENT_102}/date",
     "is not a date and time such as"),
    ("<title>Rust &amp; Python for lobby screens</title>", "<title> </title>", f"{EVENT_102}/title",
     "every event needs a title"),
    ("<time_zone_name>Europe/Berlin</time_zone_name>", "<time_zone_name>Mars/Olympus</time_zone_name>",
     "conference/time_zone_name", '"Mars/Olympus" is not a known time zone'),
    ("<duration>01:30</duration>", "<duration>30:00</duration>",
     "day[1]/room[Saal 1]/event[guid=c0a80001-0000-4000-8000-000000000104]/duration",
     "ends after 23:59 the next day of its day"),
    ("<title>Lobby Camp 2019</title>", "", "conference/title", "needs a title"),
])
def test_bad_xml_fields_are_located(tmp_path, old, new, where, words):
    text = XML.read_text("utf-8")
    if old == "<title>Lobby Camp 2019</title>":
        text = text.replace("<acronym>lobbycamp19</acronym>", "")
    path = written(tmp_path, "schedule.xml", text.replace(old, new, 1))
    lines = problems_of(path)
    assert any(line.startswith(f"{path}: {where}: ") and words in line for line in lines), lines


def test_an_overlap_in_one_room_is_a_warning_told_in_the_xmls_terms(tmp_path):
    path = xml_with(tmp_path, "<date>2019-08-21T11:30:00+02:00</date>\n        <start>11:30</start>",
                    "<date>2019-08-21T11:00:00+02:00</date>\n        <start>11:00</start>")
    agenda = load_agenda(path)  # another tool's double booking: loaded, both items kept
    assert [w.format(str(path)) for w in agenda.warnings] == [
        f'{path}: day[1]/room[Saal 1]/event[guid=c0a80001-0000-4000-8000-000000000103]/start: 11:00 overlaps '
        f'"Rust & Python for lobby screens" ({EVENT_102}, 10:30–11:30) in room Saal 1; both are shown']


def test_xml_syntax_error_has_line_and_column(tmp_path):
    path = written(tmp_path, "schedule.xml", '<?xml version="1.0"?>\n<schedule>\n  <conference>\n</schedule>\n')
    assert problems_of(path) == [f"{path}: line 4, column 3: not valid XML: mismatched tag"]
    path = written(tmp_path, "schedule.xml", "<schedule><title>caf&eacute;</title></schedule>")
    assert problems_of(path) == [f"{path}: line 1, column 21: not valid XML: undefined entity"]


def test_xml_that_is_not_a_schedule(tmp_path):
    path = written(tmp_path, "feed.xml", '<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>\n')
    assert problems_of(path) == [f"{path}: file: the root element is <rss>, not <schedule>: "
                                 "this is not a frab schedule.xml"]


def test_a_web_page_is_not_a_schedule(tmp_path):
    path = written(tmp_path, "schedule.xml", "<!DOCTYPE html>\n<html><body>Not found</body></html>")
    assert problems_of(path) == [f"{path}: file: is a web page (HTML), not an agenda or a schedule"]


def test_billion_laughs_is_refused_before_parsing(tmp_path):
    entities = "".join(f'  <!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">\n' for n in range(1, 10))
    bomb = ('<?xml version="1.0"?>\n<!DOCTYPE schedule [\n  <!ENTITY lol0 "lol">\n' + entities
            + ']>\n<schedule><conference><title>&lol9;</title></conference></schedule>\n')
    path = written(tmp_path, "schedule.xml", bomb)
    began = time.monotonic()
    lines = problems_of(path)
    assert time.monotonic() - began < 1
    assert lines == [f"{path}: line 2, column 1: the file declares a document type (<!DOCTYPE …>); a schedule.xml "
                     "needs none, and the kiosk refuses them because their entities can blow a small file up to "
                     "gigabytes"]
    path = written(tmp_path, "schedule.xml", '<schedule>\n<!ENTITY x "y">\n</schedule>')
    assert problems_of(path)[0].startswith(f"{path}: line 2, column 1: the file declares a document type (<!ENTITY")


def test_huge_deep_and_foreign_encoded_xml(tmp_path):
    path = written(tmp_path, "schedule.xml", b"<schedule>" + b" " * MAX_FILE_BYTES + b"</schedule>")
    assert problems_of(path) == [f"{path}: file: is 8.4 MB; an agenda can be at most 8 MB"]
    deep = ("<schedule><conference><title>" + "<b>" * 100_000 + "x" + "</b>" * 100_000
            + "</title></conference></schedule>")
    lines = problems_of(written(tmp_path, "deep.xml", deep))
    assert len(lines) < 5
    latin1 = '<?xml version="1.0" encoding="ISO-8859-1"?>\n<schedule><title>caf\xe9</title></schedule>'
    path = written(tmp_path, "latin.xml", latin1.encode("latin-1"))
    assert problems_of(path) == [f"{path}: line 2, column 21: the file is not UTF-8 text (byte 0xe9); "
                                 "save it as UTF-8"]


def test_an_empty_schedule(tmp_path):
    path = written(tmp_path, "schedule.xml", "<schedule><conference><title>X</title></conference></schedule>")
    assert problems_of(path) == [f"{path}: schedule: has no <day>: the schedule is empty"]


def test_a_bad_duration_is_located_in_the_json(tmp_path):
    document = json_doc()
    document["schedule"]["conference"]["days"][0]["rooms"]["Main Hall"][1]["duration"] = "1h30"
    path = written(tmp_path, "schedule.json", json.dumps(document))
    assert problems_of(path) == [f'{path}: schedule.conference.days[0].rooms["Main Hall"][1].duration: '
                                 '"1h30" is not a duration HH:MM']


@pytest.mark.parametrize("change, where, words", [
    (lambda d: d["schedule"].pop("conference"), "schedule", 'missing the required field "conference"'),
    (lambda d: d.update(schedule=[]), "schedule", "expected an object {…}, got a list"),
    (lambda d: d["schedule"]["conference"]["days"][1]["rooms"]["Main Hall"][0].pop("date"),
     'schedule.conference.days[1].rooms["Main Hall"][0].date', "missing"),
    (lambda d: d["schedule"]["conference"]["days"][0]["rooms"]["Main Hall"][1].update(persons="Ann"),
     'schedule.conference.days[0].rooms["Main Hall"][1].persons', "expected a list"),
    (lambda d: d["schedule"]["conference"]["days"][0]["rooms"]["Main Hall"][1].update(title=["Welcome"]),
     'schedule.conference.days[0].rooms["Main Hall"][1].title', "expected a text, got a list"),
    (lambda d: d["schedule"]["conference"]["days"][0]["rooms"].update({"Main Hall": {}}),
     'schedule.conference.days[0].rooms["Main Hall"]', "expected a list"),
])
def test_bad_schedule_json_is_located(tmp_path, change, where, words):
    document = json_doc()
    change(document)
    path = written(tmp_path, "schedule.json", json.dumps(document))
    lines = problems_of(path)
    assert any(line.startswith(f"{path}: {where}: ") and words in line for line in lines), lines
    assert len(lines) == 1, lines


def test_an_overlap_in_a_schedule_json_is_a_located_warning(tmp_path):
    document = json_doc()
    event = document["schedule"]["conference"]["days"][0]["rooms"]["Main Hall"][3]
    event.update(start="10:30", date="2024-06-13T10:30:00+02:00")
    path = written(tmp_path, "schedule.json", json.dumps(document))
    agenda = load_agenda(path)
    assert len(agenda.warnings) == 1
    assert agenda.warnings[0].where == 'schedule.conference.days[0].rooms["Main Hall"][3].start'
    assert "overlaps" in agenda.warnings[0].what and agenda.warnings[0].what.endswith("; both are shown")


def test_broken_json_is_told_as_before(tmp_path):
    path = written(tmp_path, "schedule.json", '{"schedule": {"conference": }')
    assert problems_of(path) == [f"{path}: line 1, column 29: not valid JSON: Expecting value"]
