"""Rooms in the source's order (main halls first), the board's rows, and --print-state by room."""

from __future__ import annotations

import copy
import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from bigevent import BUSIEST, ROOMS, big_event

from conftest import DATA, run_kiosk
from kiosk.loader import load_agenda
from kiosk.schedule import board_rows, fit_board, state_at
from kiosk.validation import build_agenda

REAL = DATA / "formats" / "real"
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize("name, rooms", [
    ("frab-31c3-excerpt.xml", ("Saal 1", "Saal 2", "Saal 6")),
    # Not alphabetical, and a room listed only on the days it is used: as the file lists them.
    ("pretalx-rc3-channels-2020-excerpt.json", ("r3s - Monheim/Rhein", "backspace / franconian.net - Bamberg",
                                                "Chaos-West TV - Ennepetal",
                                                "ChaosTrawler Stubnitz/Gängeviertel Hamburg")),
    ("wafer-debconf23-excerpt.xml", ("Anamudi", "Kuthiran", "Ponmudi", "Elsewhere", "Outside")),
])
def test_a_conference_tools_rooms_keep_its_order(name, rooms):
    assert load_agenda(REAL / name).rooms == rooms


def test_convert_writes_the_room_order_and_it_survives(tmp_path):
    out = tmp_path / "agenda.json"
    result = run_kiosk("--convert", str(REAL / "wafer-debconf23-excerpt.xml"), str(out))
    assert result.returncode == 0, result.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["rooms"] == ["Anamudi", "Kuthiran", "Ponmudi", "Elsewhere", "Outside"]
    assert load_agenda(out).rooms == tuple(document["rooms"])


def test_agenda_json_rooms_in_the_order_they_appear_or_as_listed():
    doc = big_event(10)
    doc.pop("rooms")
    # Items are in time order: Saal 1 (10:00), Ada (10:01), Saal 2 (10:07) … appear in that order.
    assert [i["room"] for i in doc["days"][0]["items"][:3]] == ["Saal 1", "Ada", "Saal 2"]
    appearance = [*dict.fromkeys(i["room"] for i in doc["days"][0]["items"])]
    assert build_agenda(copy.deepcopy(doc), "a.json").rooms == tuple(appearance)
    doc["rooms"] = ["Saal 6", {"en": "Saal 2", "ru": "Зал 2"}, "A room with nothing in it"]
    rooms = build_agenda(doc, "a.json").rooms
    assert rooms[:2] == ("Saal 6", "Saal 2") and "A room with nothing in it" not in rooms
    assert rooms[2:] == tuple(r for r in appearance if r not in ("Saal 6", "Saal 2"))


@pytest.fixture(scope="module")
def big():
    return build_agenda(big_event(), "big.json")


def busiest(agenda):
    return state_at(agenda, datetime.fromisoformat(BUSIEST).replace(tzinfo=BERLIN))


def test_running_and_next_follow_the_room_order(big):
    state = busiest(big)
    assert len(state.running) >= 35  # the busiest minute of a big event
    ranks = [big.rooms.index(str(i.room)) for i in state.running]
    assert ranks == sorted(ranks) and str(state.running[0].room) == "Saal 1"
    ranks = [big.rooms.index(str(i.room)) for i in state.next_by_room]
    assert ranks == sorted(ranks) and len(state.next_by_room) == len(ROOMS)


def test_the_board_has_a_row_a_room_in_the_room_order(big):
    state = busiest(big)
    rows = board_rows(big, state)
    assert [str(r.room) for r in rows] == ROOMS  # every room is busy now or later today
    on_now = {i.id for i in state.running}
    for row in rows:
        if row.now is not None:
            assert row.now.id in on_now and str(row.now.room) == str(row.room)
            assert row.next is None or row.next.start >= row.now.until
        else:  # between two talks: its next one
            assert row.next is not None and row.next.start > state.at


def test_a_board_too_small_keeps_the_rooms_that_are_on_now(big):
    rows = board_rows(big, busiest(big))
    waiting = [r for r in rows if r.now is None]
    assert waiting and len(waiting) < len(rows)
    board = fit_board(rows, 30)
    assert len(board.rows) == 30 and board.more == len(rows) - 30
    assert all(r.now is not None for r in board.rows)  # the rooms with a talk on now come first
    assert [rows.index(r) for r in board.rows] == sorted(rows.index(r) for r in board.rows)  # room order kept
    room_for_all_on_now = len(rows) - len(waiting) + 2
    board = fit_board(rows, room_for_all_on_now)
    assert board.rows[0] is rows[0] and sum(r.now is None for r in board.rows) == 2
    assert [r for r in board.rows if r.now is None] == waiting[:2]
    assert fit_board(rows, len(rows)).more == 0 and fit_board(rows, 0).rows == ()


def test_print_state_names_every_room_in_order():
    result = run_kiosk("--print-state", "--agenda", str(REAL / "frab-31c3-excerpt.xml"),
                       "--at", "2014-12-27T14:10+01:00")
    assert result.returncode == 0, result.stderr
    state = json.loads(result.stdout)
    assert [i["room"] for i in state["running"]] == ["Saal 1", "Saal 2", "Saal 6"]
    assert [i["title"] for i in state["running"]] == [
        "SCADA StrangeLove: Too Smart Grid in da Cloud", "Mit Kunst die Gesellschaft hacken",
        "Let’s build our own personalized open textile production line"]
    assert [i["room"] for i in state["next_by_room"]] == ["Saal 1", "Saal 2", "Saal 6"]
    assert {i["start"] for i in state["next_by_room"]} == {"2014-12-27T16:00:00+01:00"}
    # current and next are as they were: one item each, without a room.
    assert set(state["current"]) == {"id", "title", "kind", "start", "end"}
    assert state["current"]["id"] in {i["id"] for i in state["running"]}
    assert state["next"]["id"] in {i["id"] for i in state["next_by_room"]}


def test_print_state_of_a_big_event(write_json):
    path = write_json(big_event())
    state = json.loads(run_kiosk("--print-state", "--agenda", str(path), "--at", BUSIEST).stdout)
    rooms = [i["room"] for i in state["running"]]
    assert len(rooms) >= 35 and rooms == [r for r in ROOMS if r in rooms]
    assert [i["room"] for i in state["next_by_room"]] == ROOMS
