"""The one HH:MM parser (kiosk.localtime) reads exactly the times the agenda's schema allows."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from kiosk.localtime import MAX_END_MINUTES, MINUTES_PER_DAY, hhmm, parse_hhmm
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
