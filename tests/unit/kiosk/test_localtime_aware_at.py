"""Building the model skips the existence check the validation already made: the same instants."""

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from kiosk.localtime import aware_at, instant_at


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/Sao_Paulo", "Asia/Almaty", "Australia/Lord_Howe"])
@pytest.mark.parametrize("day", [date(2024, 3, 31), date(2024, 10, 27), date(2018, 9, 27), date(2024, 4, 7)])
def test_aware_at_is_the_instant_of_instant_at_every_minute_of_two_days(zone, day):
    tz = ZoneInfo(zone)
    for minutes in range(0, 2 * 24 * 60):
        ours, (theirs, _exists) = aware_at(day, minutes, tz), instant_at(day, minutes, tz)
        assert (ours, ours.isoformat(), ours.fold) == (theirs, theirs.isoformat(), theirs.fold), minutes
