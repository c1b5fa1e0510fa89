"""Delays, cancellations, moves and announcements: validated like the rest, followed by the state."""

from __future__ import annotations

import copy
import json
from datetime import timedelta

import pytest

from conftest import adjusted, local, run_kiosk
from kiosk.problems import AgendaError
from kiosk.schedule import state_at


def problems(document, **kwargs) -> list[str]:
    with pytest.raises(AgendaError) as caught:
        adjusted(document, **kwargs)
    return caught.value.lines()


def test_delay_to_the_end_of_the_day(document):
    agenda = adjusted(document, [{"delay": 15, "from": "d1-emergency-tajikistan"}])
    emergency, qa = agenda.item("d1-emergency-tajikistan"), agenda.item("d1-qa")
    assert (emergency.start, emergency.end) == (local("2018-09-27T16:45"), local("2018-09-27T17:45"))
    assert qa.delay == timedelta(minutes=15) and qa.end == local("2018-09-27T18:15")
    assert agenda.item("d1-coffee").delay == timedelta(0)  # earlier items keep their time
    assert agenda.item("d2-registration").delay == timedelta(0)  # the next day too
    state = state_at(agenda, local("2018-09-27T16:40"))  # the break ends as printed; then a wait
    assert state.phase == "between_items" and state.previous.id == "d1-coffee"
    assert state.next.id == "d1-emergency-tajikistan" and state.next_change == local("2018-09-27T16:45")


def test_delay_until_an_item_that_absorbs_it(document):
    agenda = adjusted(document, [{"delay": 20, "from": "d2-dialogue", "until": "d2-coffee-am"}])
    assert agenda.item("d2-dialogue").start == local("2018-09-28T09:50")
    assert agenda.item("d2-dialogue").end == local("2018-09-28T11:20")
    coffee = agenda.item("d2-coffee-am")
    assert (coffee.start, coffee.end) == (local("2018-09-28T11:20"), local("2018-09-28T11:30"))
    assert agenda.item("d2-dialogue-continued").delay == timedelta(0)
    assert state_at(agenda, local("2018-09-28T09:40")).phase == "between_items"
    assert state_at(agenda, local("2018-09-28T11:25")).current.id == "d2-coffee-am"


def test_a_delay_that_swallows_the_absorbing_item_is_refused(document):
    lines = problems(document, adjustments=[{"delay": 45, "from": "d2-dialogue", "until": "d2-coffee-am"}])
    assert any(line.startswith("agenda.json: adjustments[0]: ") and "leaves nothing of" in line for line in lines)


def test_cancelled_item_is_listed_but_never_current(document):
    agenda = adjusted(document, [{"cancel": "d1-photo", "note": "Postponed to day 2"}])
    photo = agenda.item("d1-photo")
    assert photo.cancelled and str(photo.note) == "Postponed to day 2"
    state = state_at(agenda, local("2018-09-27T14:40"))
    assert state.phase == "between_items" and state.current is None
    assert state.previous.id == "d1-opening" and state.next.id == "d1-iom-approaches"
    assert state_at(agenda, local("2018-09-27T14:10")).next.id == "d1-iom-approaches"


def test_move_keeps_the_length_unless_told(document):
    agenda = adjusted(document, [{"cancel": "d1-coffee"}, {"move": "d1-photo", "start": "16:00"}])
    photo = agenda.item("d1-photo")
    assert (photo.start, photo.end) == (local("2018-09-27T16:00"), local("2018-09-27T16:30"))
    assert [i.id for i in agenda.days[0].items][3:6] == ["d1-iom-approaches", "d1-photo", "d1-coffee"]
    agenda = adjusted(document, [{"cancel": "d1-coffee"}, {"move": "d1-photo", "start": "16:00", "end": "16:10"}])
    assert agenda.item("d1-photo").end == local("2018-09-27T16:10")


def test_a_move_onto_another_item_is_an_overlap(document):
    lines = problems(document, adjustments=[{"move": "d1-photo", "start": "15:30"}])
    assert any(line.startswith("agenda.json: adjustments[0]: ") and "overlaps" in line and "Global IOM" in line
               for line in lines)


@pytest.mark.parametrize("adjustment, where, words", [
    ({"delay": 15, "from": "nope"}, "adjustments[0].from", 'no item with the id "nope"'),
    ({"delay": 0, "from": "d1-qa"}, "adjustments[0].delay", "less than 1"),
    ({"delay": 15}, "adjustments[0]", 'missing the required field "from"'),
    ({"cancel": "ghost"}, "adjustments[0].cancel", 'no item with the id "ghost"'),
    ({"move": "d1-photo", "start": "48:00"}, "adjustments[0].start", "24:00 to 47:59"),
    ({"move": "d1-photo", "start": "15:30", "end": "15:00"}, "adjustments[0].end", "not after start"),
    ({"delay": 15, "from": "d1-qa", "until": "d1-coffee"}, "adjustments[0].until", "later item on the same day"),
    ({"postpone": "d1-qa"}, "adjustments[0]", "expected an adjustment"),
])
def test_bad_adjustments_are_located(document, adjustment, where, words):
    lines = problems(document, adjustments=[adjustment])
    assert any(line.startswith(f"agenda.json: {where}: ") and words in line for line in lines), lines


def test_announcements_appear_and_disappear_on_time(document):
    note = {"from": "2018-09-27T14:20", "until": "2018-09-27T14:35",
            "text": "Group photo at the hotel entrance at 14:30", "level": "important"}
    agenda = adjusted(document, announcements=[note])
    before = state_at(agenda, local("2018-09-27T14:19:59"))
    assert before.announcements == () and before.next_change == local("2018-09-27T14:20")
    during = state_at(agenda, local("2018-09-27T14:20"))
    assert [str(a.text) for a in during.announcements] == [note["text"]]
    assert during.next_change == local("2018-09-27T14:30") and not during.same_screen(before)
    assert state_at(agenda, local("2018-09-27T14:34")).next_change == local("2018-09-27T14:35")
    assert state_at(agenda, local("2018-09-27T14:35")).announcements == ()


def test_bad_announcements(document):
    lines = problems(document, announcements=[{"from": "2018-09-27T14:20", "until": "2018-09-27T14:10", "text": "x"},
                                              {"from": "2018-02-30T10:00", "until": "2018-03-01T10:00", "text": "y"},
                                              {"from": "14:20", "until": "2018-09-27T14:10", "text": "z"}])
    assert any("announcements[0].until" in line and "not after" in line for line in lines)
    assert any("announcements[1].from" in line and "not a real date" in line for line in lines)
    assert any("announcements[2].from" in line and "not a local date and time" in line for line in lines)


def test_print_state_and_check_follow_adjustments(document, write_json):
    doc = copy.deepcopy(document)
    doc["adjustments"] = [{"delay": 15, "from": "d1-emergency-tajikistan"}]
    path = write_json(doc)
    assert run_kiosk("--check", "--agenda", str(path)).returncode == 0
    state = json.loads(run_kiosk("--print-state", "--agenda", str(path), "--at", "2018-09-27T16:40").stdout)
    assert state["phase"] == "between_items" and state["current"] is None
    assert state["next"]["start"] == "2018-09-27T16:45:00+06:00"
    assert state["next"]["printed_start"] == "2018-09-27T16:30:00+06:00"
    assert state["next_change"] == "2018-09-27T16:45:00+06:00"
