"""c3voc's "schema2" schedule.json (the 38C3 hub's layout) is read: every event, its people, rooms and
times, counted and compared from the file itself (tests/data/formats/real/ORIGINS.md)."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from conftest import DATA, run_kiosk
from kiosk.loader import SCHEDULE2_JSON, load_agenda, parse_agenda, recognise
from kiosk.problems import AgendaError

SCHEMA2 = DATA / "formats" / "real" / "c3voc-schema2-38c3-excerpt.json"


def schedule() -> dict:
    return json.loads(SCHEMA2.read_text("utf-8"))


def test_it_is_recognised_by_its_content():
    assert recognise(SCHEMA2.read_bytes(), "x.json").kind == SCHEDULE2_JSON


def test_every_event_with_its_people_rooms_and_times():
    events = schedule()["schedule"]["events"]
    agenda = load_agenda(SCHEMA2)
    assert agenda.timezone.key == schedule()["schedule"]["conference"]["time_zone_name"] == "Europe/Berlin"
    assert len(agenda.items) == len(events)
    by_title = {str(i.title): i for i in agenda.items}
    for event in events:
        item = by_title[event["title"]]
        assert item.start == datetime.fromisoformat(event["start"])
        assert item.end == datetime.fromisoformat(event["end"])
        assert agenda.local(item.start).strftime("%H:%M") == event["start"][11:16]
        assert str(item.room) == event["room"]["name"]
        assert [str(a.person.name) for a in item.people()] == [p["name"] for p in event["participants"]]
        assert (str(item.subtitle) if item.subtitle else None) == event["subtitle"]
    # the hub's room order, not the alphabet
    rooms = [r["name"] for r in schedule()["schedule"]["conference"]["rooms"]]
    used = [str(i.room) for i in sorted(agenda.items, key=lambda i: rooms.index(str(i.room)))]
    assert used == ["Saal 1", "Saal ZIGZAG"]


def test_the_command_checks_and_converts_it(tmp_path):
    check = run_kiosk("--check", "--agenda", str(SCHEMA2))
    assert check.returncode == 0, check.stdout
    assert check.stdout.startswith(f"OK: {len(schedule()['schedule']['events'])} items")
    out = tmp_path / "agenda.json"
    assert run_kiosk("--convert", str(SCHEMA2), str(out)).returncode == 0
    document = json.loads(out.read_text("utf-8"))
    names = {p["name"] for p in document["people"]}
    assert names == {p["name"] for e in schedule()["schedule"]["events"] for p in e["participants"]}


@pytest.mark.parametrize("change, where, words", [
    (lambda e: e.update(start="27.12.2024 10:30"), "schedule.events[0].start", "is not a date and time"),
    (lambda e: e.update(end="2024-12-27T09:00:00+01:00"), "schedule.events[0].end", "is before the start"),
    (lambda e: e.pop("title"), "schedule.events[0].title", "missing"),
    (lambda e: e.update(participants={"name": "x"}), "schedule.events[0].participants", "expected a list"),
])
def test_a_bad_event_is_located(change, where, words):
    document = schedule()
    change(document["schedule"]["events"][0])
    with pytest.raises(AgendaError) as caught:
        parse_agenda(json.dumps(document).encode(), "hub.json")
    assert any(line.startswith(f"hub.json: {where}: ") and words in line for line in caught.value.lines()), \
        caught.value.lines()
