"""Building the model skips the existence check the validation already made: the same instants."""

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from kiosk.localtime import aware_at, date_and_time, instant_at, local_instant


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/Sao_Paulo", "Asia/Almaty", "Australia/Lord_Howe"])
@pytest.mark.parametrize("day", [date(2024, 3, 31), date(2024, 10, 27), date(2018, 9, 27), date(2024, 4, 7)])
def test_aware_at_is_the_instant_of_instant_at_every_minute_of_two_days(zone, day):
    tz = ZoneInfo(zone)
    for minutes in range(0, 2 * 24 * 60):
        ours, (theirs, _exists) = aware_at(day, minutes, tz), instant_at(day, minutes, tz)
        assert (ours, ours.isoformat(), ours.fold) == (theirs, theirs.isoformat(), theirs.fold), minutes


@pytest.mark.parametrize(("zone", "day"), [
    ("Europe/Berlin", date(2024, 3, 31)), ("Europe/Berlin", date(2024, 10, 27)),
    ("America/Sao_Paulo", date(2018, 11, 4)), ("Asia/Almaty", date(2018, 9, 27)),
    ("Australia/Lord_Howe", date(2024, 4, 7)), ("Australia/Lord_Howe", date(2024, 10, 6)),
    ("America/Havana", date(2024, 3, 10)), ("America/Havana", date(2024, 11, 3)),
    ("Pacific/Apia", date(2011, 12, 29))])
def test_instant_at_answers_as_the_round_trip_of_local_instant_every_minute_of_two_days(zone, day):
    """instant_at's shorter round trip (comparing aware times of one zone) against local_instant's
    naive one, around spring gaps, autumn folds, Lord Howe's half hour and Samoa's skipped day."""
    tz = ZoneInfo(zone)
    skipped = 0
    for minutes in range(0, 2 * 24 * 60):
        ours = instant_at(day, minutes, tz)
        theirs = local_instant(*date_and_time(day, minutes), tz)
        assert (ours[0].isoformat(), ours[0].fold, ours[1]) == (theirs[0].isoformat(), theirs[0].fold, theirs[1])
        skipped += not ours[1]
    if (zone, day) in {("Europe/Berlin", date(2024, 3, 31)), ("Pacific/Apia", date(2011, 12, 29))}:
        assert skipped > 0  # the comparison did meet times that do not exist
