"""The schedule state on the real agenda (every boundary) and on generated agendas (properties)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import local
from kiosk.clock import RehearsalClock, clock_is_plausible
from kiosk.schedule import (
    AFTER_DAY,
    AFTER_EVENT,
    BEFORE_EVENT,
    BETWEEN_ITEMS,
    IN_ITEM,
    later_today,
    state_as_json,
    state_at,
)
from kiosk.validation import build_agenda

SECOND = timedelta(seconds=1)


def boundaries(agenda):
    return sorted({i.start for i in agenda.items} | {i.until for i in agenda.items})


def expected_state(agenda, now):
    """An independent, brute-force reading of the rules, to compare with state_at."""
    running = [i for i in agenda.items if i.start <= now < i.until]
    current = max(running, key=lambda i: i.start) if running else None
    upcoming = [i for i in agenda.items if i.start > now]
    nxt = min(upcoming, key=lambda i: i.start) if upcoming else None
    started = [i for i in agenda.items if i.start <= now]
    if current:
        phase = IN_ITEM
    elif not started:
        phase = BEFORE_EVENT
    elif nxt is None:
        phase = AFTER_EVENT
    else:
        last = max(started, key=lambda i: i.start)
        phase = BETWEEN_ITEMS if last.day_index == nxt.day_index else AFTER_DAY
    later = [b for b in boundaries(agenda) if b > now]
    return phase, current, nxt, (min(later) if later else None)


def test_real_agenda_every_boundary_one_second_before_and_at_it(real_agenda):
    points = boundaries(real_agenda)
    assert len(points) == 21  # 19 starts, the end of day 1 (18:00), the reception until midnight
    for boundary in points:
        before = state_at(real_agenda, boundary - SECOND)
        at = state_at(real_agenda, boundary)
        assert before.next_change == boundary
        assert not at.same_screen(before), boundary
        for now, state in ((boundary - SECOND, before), (boundary, at)):
            phase, current, nxt, change = expected_state(real_agenda, now)
            assert (state.phase, state.current, state.next, state.next_change) == (phase, current, nxt, change)


@pytest.mark.parametrize("when, phase, current, nxt, change", [
    ("2018-09-20T10:00", BEFORE_EVENT, None, "d1-registration", "2018-09-27T12:30"),
    ("2018-09-27T12:29:59", BEFORE_EVENT, None, "d1-registration", "2018-09-27T12:30"),
    ("2018-09-27T12:30", IN_ITEM, "d1-registration", "d1-lunch", "2018-09-27T13:00"),
    ("2018-09-27T16:10", IN_ITEM, "d1-coffee", "d1-emergency-tajikistan", "2018-09-27T16:30"),
    ("2018-09-27T17:59:59", IN_ITEM, "d1-qa", "d2-registration", "2018-09-27T18:00"),
    ("2018-09-27T18:00", AFTER_DAY, None, "d2-registration", "2018-09-28T08:30"),
    ("2018-09-28T03:00", AFTER_DAY, None, "d2-registration", "2018-09-28T08:30"),
    ("2018-09-28T10:05", IN_ITEM, "d2-dialogue", "d2-coffee-am", "2018-09-28T11:00"),
    ("2018-09-28T18:00", IN_ITEM, "d2-reception", None, "2018-09-29T00:00"),
    ("2018-09-28T23:59:59", IN_ITEM, "d2-reception", None, "2018-09-29T00:00"),
    ("2018-09-29T00:00", AFTER_EVENT, None, None, None),
    ("2019-01-01T12:00", AFTER_EVENT, None, None, None),
])
def test_real_agenda_known_instants(real_agenda, when, phase, current, nxt, change):
    state = state_at(real_agenda, local(when))
    assert state.phase == phase
    assert (state.current.id if state.current else None) == current
    assert (state.next.id if state.next else None) == nxt
    assert state.next_change == (local(change) if change else None)


def test_instants_in_other_offsets_mean_the_same_moment(real_agenda):
    in_utc = datetime(2018, 9, 27, 10, 10, tzinfo=UTC)  # 16:10 in Bishkek
    in_ny = in_utc.astimezone(ZoneInfo("America/New_York"))
    assert state_at(real_agenda, in_utc).current.id == state_at(real_agenda, in_ny).current.id == "d1-coffee"
    assert state_at(real_agenda, in_ny).at.utcoffset() == timedelta(hours=6)


def test_naive_instants_are_refused(real_agenda):
    with pytest.raises(ValueError):
        state_at(real_agenda, datetime(2018, 9, 27, 16, 10))


def test_later_today_lists_what_follows_next_on_its_day(real_agenda):
    state = state_at(real_agenda, local("2018-09-27T15:10"))
    assert [i.id for i in later_today(real_agenda, state)] == ["d1-emergency-tajikistan", "d1-qa"]


def test_between_items_inside_a_day(minimal_doc):
    agenda = build_agenda(minimal_doc, "mem")
    state = state_at(agenda, local("2018-09-27T10:45"))
    assert (state.phase, state.previous.id, state.next.id) == (BETWEEN_ITEMS, "b", "c")
    assert state.next_change == local("2018-09-27T11:00")


def test_rehearsal_clock_runs_at_its_speed_from_its_start():
    real = [100.0]
    clock = RehearsalClock(local("2018-09-27T12:00"), speed=60, monotonic=lambda: real[0])
    assert clock.now() == local("2018-09-27T12:00")
    real[0] += 60
    assert clock.now() == local("2018-09-27T13:00")  # 60 s of real time at 60x
    clock.set(local("2018-09-28T09:00"))
    assert clock.now() == local("2018-09-28T09:00")
    real[0] += 1
    assert clock.now() == local("2018-09-28T09:01")


def test_frozen_rehearsal_clock_moves_only_by_hand():
    clock = RehearsalClock(local("2018-09-27T12:00"), speed=0)
    clock.advance(90)
    assert clock.now() == local("2018-09-27T12:01:30")


# --- properties over generated agendas ------------------------------------------------------

ZONES = ["Asia/Bishkek", "UTC", "Europe/Berlin", "America/New_York", "Asia/Kathmandu", "Australia/Lord_Howe"]


@st.composite
def agendas(draw):
    zone = draw(st.sampled_from(ZONES))
    first = draw(st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 1)))
    n_days = draw(st.integers(1, 4))
    days, counter = [], 0
    for d in range(n_days):
        day_date = first + timedelta(days=d * draw(st.integers(1, 3)) if d else 0)
        if days and day_date <= date.fromisoformat(days[-1]["date"]):
            day_date = date.fromisoformat(days[-1]["date"]) + timedelta(days=1)
        minute = draw(st.integers(4 * 60, 12 * 60))  # after DST jumps, which happen at night
        items = []
        for _ in range(draw(st.integers(1, 8))):
            minute += draw(st.integers(0, 90))
            length = draw(st.integers(1, 120))
            if minute + length >= 24 * 60:
                break
            open_ended = draw(st.booleans()) and draw(st.booleans())
            items.append({"id": f"i{counter}", "start": f"{minute // 60:02d}:{minute % 60:02d}",
                          "end": None if open_ended else f"{(minute + length) // 60:02d}:{(minute + length) % 60:02d}",
                          "title": f"Item {counter}", "kind": draw(st.sampled_from(["session", "break", "meal"]))})
            counter += 1
            minute += length
        if not items:
            items.append({"id": f"i{counter}", "start": "09:00", "end": "10:00", "title": "x", "kind": "session"})
            counter += 1
        days.append({"date": day_date.isoformat(), "items": items})
    doc = {"timezone": zone,
           "event": {"name": "Generated", "theme": "t", "venue": "v", "city": "c", "country": "k",
                     "dates": {"start": days[0]["date"], "end": days[-1]["date"]}},
           "days": days}
    return build_agenda(doc, "generated")


@st.composite
def agenda_and_instant(draw):
    agenda = draw(agendas())
    span_start = agenda.items[0].start - timedelta(days=1)
    span = (max(i.until for i in agenda.items) + timedelta(days=1) - span_start).total_seconds()
    offset = draw(st.floats(0, span, allow_nan=False))
    return agenda, span_start + timedelta(seconds=offset)


@settings(max_examples=300, deadline=None)
@given(agenda_and_instant())
def test_state_properties(pair):
    agenda, now = pair
    state = state_at(agenda, now)
    if state.current is not None:
        assert state.current.start <= now < state.current.until
    if state.next is not None:
        assert state.next.start > now
        assert state.next_change is not None and state.next_change <= state.next.start
    if state.next_change is not None:
        assert state.next_change > now
    assert (state.phase, state.current, state.next, state.next_change) == expected_state(agenda, now)


@settings(max_examples=200, deadline=None)
@given(agendas())
def test_following_next_change_visits_every_item_once_in_order(agenda):
    now = agenda.items[0].start - timedelta(hours=1)
    state = state_at(agenda, now)
    assert state.phase == BEFORE_EVENT
    visited = []
    for _ in range(4 * len(agenda.items) + 2):
        if state.next_change is None:
            break
        now = state.next_change
        state = state_at(agenda, now)
        if state.current is not None and (not visited or visited[-1] is not state.current):
            visited.append(state.current)
    assert state.phase == AFTER_EVENT
    assert [i.id for i in visited] == [i.id for i in agenda.items]


@pytest.mark.parametrize("at, plausible", [("1970-01-01T00:05", False), ("1999-12-31T23:59", False),
                                           ("2000-01-01T00:00", True), ("2018-09-27T16:10", True)])
def test_an_unset_clock_is_decided_in_the_core_and_said_by_print_state(real_agenda, at, plausible):
    state = state_at(real_agenda, local(at))
    assert clock_is_plausible(state.at) is plausible
    printed = state_as_json(state, real_agenda)
    assert printed.get("clock_ok", True) is plausible
    assert ("clock_ok" in printed) is not plausible  # said only when the clock is wrong

