"""The one HH:MM parser (kiosk.localtime) reads exactly the times the agenda's schema allows; the one
reading of a date and time typed on the command line."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.localtime import MAX_END_MINUTES, MINUTES_PER_DAY, hhmm, parse_hhmm, parse_iso_instant
from kiosk.schema import agenda_schema

DEFS = agenda_schema()["$defs"]
TIME = re.compile(DEFS["time"]["pattern"].replace("$", r"\Z"))
END_TIME = re.compile(DEFS["end_time"]["pattern"].replace("$", r"\Z"))
CLOCKISH = st.one_of(st.from_regex(r"\A[0-9]{1,3}:[0-9]{1,3}(:[0-9]{2})?\Z"),
                     st.text(alphabet="0123456789: \n+-", max_size=7), st.builds(hhmm, st.integers(0, 3000)))


@given(CLOCKISH)
def test_a_start_is_read_exactly_when_the_schema_allows_it(text):
    assert (parse_hhmm(text, MINUTES_PER_DAY) is not None) is bool(TIME.search(text))


@given(CLOCKISH)
def test_an_end_is_read_exactly_when_the_schema_allows_it(text):
    assert (parse_hhmm(text, MAX_END_MINUTES) is not None) is bool(END_TIME.search(text))


@given(st.integers(0, MAX_END_MINUTES - 1))
def test_every_minute_reads_back(minutes):
    assert parse_hhmm(hhmm(minutes)) == minutes


def test_limits_and_the_seconds_of_conference_exports():
    assert parse_hhmm("9:05") == 545 and parse_hhmm("23:59", MINUTES_PER_DAY) == 1439
    assert parse_hhmm("24:00", MINUTES_PER_DAY) is None and parse_hhmm("47:59") == 2879 and parse_hhmm("48:00") is None
    assert parse_hhmm("12:60") is None and parse_hhmm(" 9:00") is None and parse_hhmm(900) is None
    assert parse_hhmm("10:00:00") is None and parse_hhmm("10:00:30", seconds=True) == 600
    assert parse_hhmm("10:00:60", seconds=True) is None


def test_one_reading_of_a_typed_date_and_time_for_at_and_announcements():
    assert parse_iso_instant(" 2018-09-27 ") == datetime(2018, 9, 27, 0, 0)  # a date alone: its midnight
    assert parse_iso_instant("2018-09-27T14:30") == datetime(2018, 9, 27, 14, 30)  # naive: the caller's zone
    assert parse_iso_instant("2018-09-27T14:30:15+06:00") == datetime(2018, 9, 27, 8, 30, 15, tzinfo=UTC)
    assert parse_iso_instant("2018-09-27T08:30Z") == datetime(2018, 9, 27, 8, 30, tzinfo=UTC)
    for typed in ("", "27.09.2018 14:30", "2018-09-27T25:00", "tomorrow"):
        with pytest.raises(ValueError):
            parse_iso_instant(typed)
