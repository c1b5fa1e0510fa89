"""Export schedule.json, import it again: the same programme and the same state at every instant
(issue 16, item 11), and another tool's edits to the exported file are followed."""

from __future__ import annotations

import json
from datetime import timedelta
from itertools import pairwise

import pytest

from conftest import AGENDA_PATH
from kiosk.formats.schedule_json import export
from kiosk.loader import load_agenda, parse_agenda
from kiosk.problems import AgendaError
from kiosk.schedule import state_as_json, state_at

ADJUSTMENTS = [{"delay": 15, "from": "d1-emergency-tajikistan", "note": "Running late"},
               {"cancel": "d1-photo", "note": "Postponed to Friday"},
               {"delay": 10, "from": "d2-dialogue", "until": "d2-lunch"},
               {"move": "d2-coffee-pm", "start": "16:05", "end": "16:30"}]
ANNOUNCEMENTS = [{"from": "2018-09-27T14:00", "until": "2018-09-27T15:00", "level": "important",
                  "text": {"en": "The group photo is on the terrace", "ru": "Групповое фото на террасе"}}]


@pytest.fixture
def adjusted(tmp_path):
    document = json.loads(AGENDA_PATH.read_text("utf-8"))
    document["adjustments"] = ADJUSTMENTS
    document["announcements"] = ANNOUNCEMENTS
    document["days"][1]["title"] = {"en": "Day of dialogue", "ru": "День диалога"}
    path = tmp_path / "agenda.json"
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return load_agenda(path)


def round_trip(agenda):
    return parse_agenda(json.dumps(export(agenda), ensure_ascii=False).encode("utf-8"), "schedule.json")


def content(agenda) -> list:
    """Everything the display and the browser show of the programme (texts in every language)."""
    items = [(i.id, i.title, i.subtitle, i.kind, i.room, i.description, i.points, i.talks, i.presenters,
              i.moderators, i.cancelled, i.note, i.start, i.end, i.printed_start, i.printed_end, i.until, i.day_index)
             for i in agenda.items]
    return [agenda.timezone.key, agenda.event, agenda.people, agenda.announcements,
            [(d.date, d.index, d.title, [i.id for i in d.items]) for d in agenda.days], items]


def instants(agenda) -> list:
    """Every boundary of the programme, a minute either side, and the middle of every gap."""
    marks = {t for i in agenda.items for t in (i.start, i.end, i.until, i.printed_start, i.printed_end) if t}
    marks |= {t for a in agenda.announcements for t in (a.start, a.end)}
    marks |= {agenda.local(i.start).replace(hour=0, minute=0) + timedelta(days=k) for i in agenda.items
              for k in (0, 1)}
    ordered = sorted(marks)
    found = {t + timedelta(minutes=m) for t in ordered for m in (-1, 0, 1)}
    found |= {a + (b - a) / 2 for a, b in pairwise(ordered)}
    found |= {ordered[0] - timedelta(days=3), ordered[-1] + timedelta(days=3)}
    return sorted(found)


def test_the_bundled_agenda_comes_back_the_same(adjusted):
    again = round_trip(adjusted)
    assert content(again) == content(adjusted)
    photo = again.item("d1-photo")
    assert photo.cancelled and str(photo.title) == "Group Photo" and str(photo.note) == "Postponed to Friday"
    assert again.item("d2-reception").end is None           # the open end stays open
    assert again.item("d1-emergency-tajikistan").delay == timedelta(minutes=15)
    assert again.event.theme.get("ru") == adjusted.event.theme.get("ru")
    assert any(i.talks for i in again.items)


def test_the_state_is_the_same_at_every_instant(adjusted):
    again = round_trip(adjusted)
    checked = instants(adjusted)
    assert len(checked) > 100
    phases = set()
    for at in checked:
        original = state_as_json(state_at(adjusted, at), adjusted)
        assert state_as_json(state_at(again, at), again) == original, at
        phases.add(original["phase"])
    assert phases == {"before_event", "in_item", "between_items", "after_day", "after_event"}


def test_a_programme_with_rooms_and_a_fixed_zone_comes_back_the_same(minimal_doc):
    minimal_doc["timezone"] = "Etc/GMT-6"
    minimal_doc["days"][0]["items"][2]["room"] = {"en": "Hall B", "ru": "Зал Б"}
    minimal_doc["days"][0]["items"][0]["room"] = "Hall A"
    minimal_doc["adjustments"] = [{"cancel": "b"}]
    agenda = parse_agenda(json.dumps(minimal_doc).encode(), "agenda.json")
    again = round_trip(agenda)
    assert content(again) == content(agenda)
    assert again.item("b").room is None and str(again.item("c").room.get("ru")) == "Зал Б"


def events(document):
    return [e for day in document["schedule"]["conference"]["days"] for room in day["rooms"].values() for e in room]


def test_another_tools_changes_win(adjusted):
    document = export(adjusted)
    by_slug = {e["slug"].rsplit("som-", 1)[1]: e for e in events(document)}
    by_slug["d1-coffee"]["title"] = "Tea and coffee"                 # renamed elsewhere
    by_slug["d2-closing"]["date"] = by_slug["d2-closing"]["date"].replace("17:30", "17:35")  # moved elsewhere
    by_slug["d2-closing"]["start"], by_slug["d2-closing"]["duration"] = "17:35", "00:20"
    extra = dict(by_slug["d2-lunch"], guid="6f1c5b1e-0000-4000-8000-000000000001", title="Lunch for speakers",
                 room="Side room", persons=[{"id": 9, "public_name": "Someone New"}])
    document["schedule"]["conference"]["days"][1]["rooms"]["Side room"] = [extra]
    again = parse_agenda(json.dumps(document, ensure_ascii=False).encode("utf-8"), "schedule.json")
    assert len(again.items) == len(adjusted.items) + 1
    coffee = next(i for i in again.items if str(i.title) == "Tea and coffee")
    assert coffee.start == adjusted.item("d1-coffee").start
    closing = again.item("d2-closing")
    assert again.local(closing.start).strftime("%H:%M") == "17:35" and closing.printed_start == closing.start
    assert str(closing.title) == str(adjusted.item("d2-closing").title)
    lunch = next(i for i in again.items if str(i.title) == "Lunch for speakers")
    assert [str(a.person.name) for a in lunch.people()] == ["Someone New"] and str(lunch.room) == "Side room"
    assert again.item("d1-photo").cancelled   # the rest is as the kiosk wrote it


def test_a_damaged_kiosk_part_is_located_there(adjusted):
    document = export(adjusted)
    part = document["schedule"]["conference"]["meta"]["lobby-kiosk"]["items"]
    guid = next(g for g, entry in part.items() if entry["id"] == "d1-opening")
    part[guid]["kind"] = "party"
    with pytest.raises(AgendaError) as caught:
        parse_agenda(json.dumps(document).encode("utf-8"), "schedule.json")
    assert [line.split(": ")[1] for line in caught.value.lines()] == \
           [f'schedule.conference.meta["lobby-kiosk"].items["{guid}"].kind']
