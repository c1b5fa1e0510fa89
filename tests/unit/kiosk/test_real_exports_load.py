"""Real conference exports (tests/data/formats/real, see ORIGINS.md) load as the schedule apps load them.

Each expectation is worked out from the file itself, independently of the kiosk's readers (with
ElementTree or json): how many events, who is on each, the wall-clock start, which of the file's
days it is in, and that no place the file does not name reaches the screens.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from conftest import DATA
from kiosk.loader import convert, parse_agenda
from kiosk.problems import AgendaError
from kiosk.schedule import state_at
from kiosk.zones import zone_city, zone_country

REAL = DATA / "formats" / "real"
BRUSSELS = ZoneInfo("Europe/Brussels")
FILES = ["frab-31c3-excerpt.xml", "c3voc-merged-36c3-excerpt.xml", "c3voc-hub-38c3-excerpt.xml",
         "fosdem-2021-excerpt.xml", "wafer-debconf23-excerpt.xml", "frab-camp2019-excerpt.json",
         "pretalx-democon.json", "pretalx-rc3-channels-2020-excerpt.json", "c3voc-merged-jev22-excerpt.json",
         "fosdem-2012-excerpt.xml"]
# c3voc-schema2-38c3-excerpt.json (the schema2 layout) is read by helper json16's part of issue 16.
ZONE_FOR = {"fosdem-2021-excerpt.xml": BRUSSELS, "fosdem-2012-excerpt.xml": BRUSSELS}  # name no zone: as --timezone


def plain(text: str | None) -> str:
    return " ".join((text or "").split())


def file_events(name: str) -> list[dict]:
    """Every event of the file as it says: title, room, start "HH:MM", its instant or local date and
    time, the index of its day among the file's days with events, and its people's names."""
    path = REAL / name
    events = []
    if name.endswith(".xml"):
        days = [d for d in ET.parse(path).getroot().iter("day") if any(True for _ in d.iter("event"))]
        for d_index, day in enumerate(days):
            # <day><room name><event>, or (FOSDEM 2007-2012) <day><event> naming its <room>
            placed = [(room.get("name"), room.findall("event")) for room in day.findall("room")]
            placed += [(event.findtext("room"), [event]) for event in day.findall("event")]
            for room_name, listed in placed:
                for event in listed:
                    names = [plain("".join(p.itertext())) for p in event.iter("person")]
                    date_text = (event.findtext("date") or "").strip() or day.get("date")
                    events.append({"title": plain(event.findtext("title")), "room": plain(room_name),
                                   "start": event.findtext("start").strip()[:5], "date": date_text,
                                   "day": d_index, "people": [n for n in names if n]})
        return events
    document = json.loads(path.read_text("utf-8"))
    days = [d for d in document["schedule"]["conference"]["days"] if any(d["rooms"].values())]
    for d_index, day in enumerate(days):
        for room, listed in day["rooms"].items():
            for event in listed:
                names = [plain(p.get("public_name") or p.get("name")) for p in event.get("persons", [])]
                events.append({"title": plain(event["title"]), "room": plain(room), "start": event["start"][:5],
                               "date": event["date"], "day": d_index, "people": [n for n in names if n]})
    return events


def load(name: str):
    with open(REAL / name, "rb") as handle:
        return convert(handle.read(), name, ZONE_FOR.get(name))


def key(title: str, room: str, start: datetime) -> tuple:
    return plain(title), plain(room), start.astimezone(UTC).isoformat()


def file_instant(event: dict, tz: ZoneInfo) -> datetime:
    moment = datetime.fromisoformat(event["date"])
    if len(event["date"]) == 10:  # the day's date: the time is the event's start
        hours, minutes = map(int, event["start"].split(":"))
        moment = moment.replace(hour=hours, minute=minutes)
    return moment if moment.tzinfo else moment.replace(tzinfo=tz)


@pytest.mark.parametrize("name", FILES)
def test_every_event_loads_with_its_own_people_time_and_day(name):
    _document, agenda, _fmt = load(name)
    events = file_events(name)
    assert len(agenda.items) == len(events) > 0
    tz = agenda.timezone

    # The same events, by title, room and instant, each with the people the file lists for it.
    expected = Counter((key(e["title"], e["room"], file_instant(e, tz)), tuple(sorted(set(e["people"]))))
                       for e in events)
    shown = Counter((key(str(i.title), str(i.room), i.start), tuple(sorted(str(a.person.name) for a in i.people())))
                    for i in agenda.items)
    assert shown == expected

    # The file's wall-clock times, wherever the event's own offset is the zone's (the rest keep the
    # instant: pretalx-democon's "UTC" with +01:00 times is issue 16's item 4, helper json16's part).
    # (wafer writes its dates in UTC and its <start> in Kochi's time: the <start> is the wall clock.)
    by_key = {key(str(i.title), str(i.room), i.start): i for i in agenda.items}
    checked = 0
    for event in events:
        given = file_instant(event, tz)
        item = by_key[key(event["title"], event["room"], given)]
        local = item.start.astimezone(tz)
        foreign = given.utcoffset() != local.utcoffset() and given.strftime("%H:%M") == event["start"]
        if not foreign:
            assert local.strftime("%H:%M") == event["start"], event
            checked += 1
    assert checked >= len(events) - 1 or name == "pretalx-democon.json"

    # The file's days: as many, and every event in the day the file lists it in.
    assert len(agenda.days) == len({e["day"] for e in events})
    for event in events:
        assert by_key[key(event["title"], event["room"], file_instant(event, tz))].day_index == event["day"], event


@pytest.mark.parametrize("name", FILES)
def test_people_are_one_per_id_and_name_with_unique_ids(name):
    document, agenda, _fmt = load(name)
    ids = [p["id"] for p in document["people"]]
    assert len(ids) == len(set(ids))
    named = {str(a.person.name) for i in agenda.items for a in i.people()}
    assert named == {n for e in file_events(name) for n in e["people"]}


def test_merged_schedules_keep_apart_the_people_who_share_an_id():
    """36C3's merge gives id 85 to Chaos-West, Adam Wight and MacSnider, and 135 to Heiko Borchers
    and Lars Rokita: each event shows its own speaker."""
    _document, agenda, _fmt = load("c3voc-merged-36c3-excerpt.xml")
    people = {str(i.title): [str(a.person.name) for a in i.people()] for i in agenda.items}
    hamnet = next(t for t in people if t.startswith("Hamnet"))
    assert people[hamnet] == ["Lars Rokita"]
    assert sum(1 for names in people.values() if names == ["Adam Wight"]) >= 1
    kidspace = {str(a.person.name) for i in agenda.items if str(i.room) == "Kidspace" for a in i.people()}
    assert len(kidspace) >= 7  # seven people all with id="0"


@pytest.mark.parametrize("name", FILES)
def test_no_place_the_file_does_not_name(name):
    document, agenda, _fmt = load(name)
    text = (REAL / name).read_text("utf-8")
    for part in ("city", "country"):
        named = re.search(rf'<{part}>\s*[^<\s]|"{part}":\s*"[^"\s]', text)
        assert (part in document["event"]) == bool(named)
        assert (getattr(agenda.event, part) is not None) == bool(named)
    said = json.dumps(document["event"], ensure_ascii=False)
    for guess in (zone_city(agenda.timezone.key), zone_country(agenda.timezone.key), "not given"):
        if guess and guess not in text:
            assert guess not in said
            assert guess in document["$comment"] or "not given" == guess


def test_a_file_without_a_zone_asks_for_one():
    data = (REAL / "fosdem-2021-excerpt.xml").read_bytes()
    with pytest.raises(AgendaError) as caught:
        parse_agenda(data, "fosdem.xml")
    assert caught.value.lines() == [
        "fosdem.xml: names no time zone; give it with --timezone ZONE (or timezone in kiosk.toml)"]
    agenda = convert(data, "fosdem.xml", BRUSSELS)[1]
    welcome = agenda.items[0]
    assert str(welcome.title) == "Welcome to FOSDEM 2021"
    assert welcome.start == datetime(2021, 2, 6, 9, 0, tzinfo=BRUSSELS)
    assert [d.date for d in agenda.days] == [date(2021, 2, 6), date(2021, 2, 7)]


def test_fosdem_events_straight_in_the_day_are_read_with_their_rooms_in_file_order():
    """FOSDEM 2007-2012 have no <room> blocks: each <event> sits in its <day> and names its <room>."""
    data = (REAL / "fosdem-2012-excerpt.xml").read_bytes()
    with pytest.raises(AgendaError) as caught:
        parse_agenda(data, "fosdem.xml")
    assert caught.value.lines() == [
        "fosdem.xml: names no time zone; give it with --timezone ZONE (or timezone in kiosk.toml)"]
    document, agenda, _fmt = load("fosdem-2012-excerpt.xml")
    rooms_in_file = list(dict.fromkeys(plain(e.findtext("room")) for e in ET.fromstring(data).iter("event")))
    assert document["rooms"] == rooms_in_file
    bsda = [i for i in agenda.items if str(i.room) == "UA2.114"]
    assert [i.start.isoformat() for i in bsda] == ["2012-02-04T14:00:00+01:00"] * 2


def test_after_midnight_talks_stay_in_the_evening_before():
    """31C3: frab days run 11:00 to 04:00; Citizenfour at 00:00 on the 28th is day 1."""
    document, agenda, _fmt = load("frab-31c3-excerpt.xml")
    film = next(i for i in agenda.items if str(i.title) == "Citizenfour")
    assert film.day_index == 0 and film.start.isoformat() == "2014-12-28T00:00:00+01:00"
    assert document["days"][0]["ends"] == "28:00"
    assert [e["start"] for d in document["days"] for e in d["items"] if e["title"] == "Citizenfour"] == ["24:00"]
    at = film.start.tzinfo
    assert agenda.day_of(datetime(2014, 12, 28, 3, 59, tzinfo=at)).index == 0
    assert agenda.day_of(datetime(2014, 12, 28, 4, 0, tzinfo=at)).index == 1
    # The converted agenda.json loads again, as the same days.
    again = parse_agenda(json.dumps(document).encode(), "agenda.json")
    assert [(i.id, i.start, i.day_index) for i in again.items] == [(i.id, i.start, i.day_index) for i in agenda.items]


def test_wafer_days_are_local_days_though_written_in_utc():
    _document, agenda, _fmt = load("wafer-debconf23-excerpt.xml")
    assert [str(d.date) for d in agenda.days] == ["2023-09-10", "2023-09-11", "2023-09-12", "2023-09-13"]
    opening = next(i for i in agenda.items if "Opening" in str(i.title))
    assert opening.start.astimezone(agenda.timezone).strftime("%Y-%m-%d %H:%M") == "2023-09-10 10:30"


@pytest.mark.parametrize("name, instant, room", [
    ("c3voc-merged-36c3-excerpt.xml", "2019-12-27T12:30:00+01:00", "Kidspace"),
    ("fosdem-2021-excerpt.xml", "2021-02-06T15:40:00+01:00", "S.ow2"),
    ("fosdem-2012-excerpt.xml", "2012-02-04T15:00:00+01:00", "UA2.114"),
    ("c3voc-merged-jev22-excerpt.json", "2022-12-28T20:30:00+01:00", "Warpzone"),
])
def test_both_items_of_a_double_booking_are_on(name, instant, room):
    _document, agenda, _fmt = load(name)
    assert any(f"in room {room}" in w.what for w in agenda.warnings)
    state = state_at(agenda, datetime.fromisoformat(instant))
    assert len([i for i in state.running if str(i.room) == room]) >= 2
    assert state.current is not None and state.parallel


def test_an_overlap_in_the_kiosks_own_agenda_stays_an_error(minimal_doc):
    minimal_doc["days"][0]["items"][1]["start"] = "09:30"  # inside the opening, same (no) room
    with pytest.raises(AgendaError) as caught:
        parse_agenda(json.dumps(minimal_doc).encode(), "agenda.json")
    assert any("overlaps" in line for line in caught.value.lines())
