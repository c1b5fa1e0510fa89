"""What the display and the touch browser show of real conference exports: the file's days, the
room whenever the programme has several, both items of a double booking, and no guessed place."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from conftest import DATA
from kiosk.clock import RehearsalClock
from kiosk.loader import convert
from kiosk.schedule import state_at
from ui.browser.models import ITEM_ROLE
from ui.display.phases import build_scene
from ui.window import KioskWindow

REAL = DATA / "formats" / "real"
BRUSSELS = ZoneInfo("Europe/Brussels")
GUESSES = ("Berlin", "Germany", "Brussels", "Belgium", "Kolkata", "India", "not given")


def agenda_of(name: str, zone: ZoneInfo | None = None):
    return convert((REAL / name).read_bytes(), name, zone)[1]


@pytest.mark.parametrize("name, zone, instant, day, shown", [
    # 31C3 after midnight: still day 1 of the file's 2, Citizenfour in Saal 1.
    ("frab-31c3-excerpt.xml", None, "2014-12-28T00:30:00+01:00", "Day 1 of 2", ["Saal 1", "Citizenfour"]),
    # FOSDEM's busiest minute: both talks of the S.ow2 double booking.
    ("fosdem-2021-excerpt.xml", BRUSSELS, "2021-02-06T15:40:00+01:00", "Day 1 of 2",
     ["S.ow2", "OW2 OSS Good Governance initiative", "DeCODER: a new DevOps toolbox"]),
    # One talk on, in one room of six: its room is still named, on NOW and on NEXT.
    ("fosdem-2021-excerpt.xml", BRUSSELS, "2021-02-06T17:00:00+01:00", "Day 1 of 2", ["D.go   17:00", "D.go  ·  in"]),
    ("wafer-debconf23-excerpt.xml", None, "2023-09-11T13:10:00+05:30", "Day 2 of 4", ["Elsewhere", "Lunch"]),
])
def test_the_display_shows_the_files_days_rooms_and_no_guessed_place(qapp, name, zone, instant, day, shown):
    agenda = agenda_of(name, zone)
    state = state_at(agenda, datetime.fromisoformat(instant))
    text = build_scene(agenda, state, 1920, 1080).all_text()
    assert day in text
    for words in shown:
        assert words in text, (words, text)
    for guess in GUESSES:
        assert guess not in text, (guess, text)


def test_the_browser_has_the_files_days_and_both_booked_items(qtbot):
    agenda = agenda_of("fosdem-2021-excerpt.xml", BRUSSELS)
    window = KioskWindow(agenda, RehearsalClock(datetime(2021, 2, 6, 15, 40, tzinfo=BRUSSELS), speed=0))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.open_browser()
    browser = window.browser
    assert len(browser.day_tabs) == 2
    assert [b.text() for b in browser.day_tabs] == ["Sat 6 Feb", "Sun 7 Feb"]
    shown = [browser.items_model.index(r).data(ITEM_ROLE) for r in range(browser.items_model.rowCount())]
    assert len(shown) == len(agenda.days[0].items)
    ow2 = [i for i in shown if str(i.room) == "S.ow2" and i.start.hour == 15 and i.start.minute == 30]
    assert len(ow2) == 2 and {i.id for i in ow2} <= browser.items_model.running
    assert set(browser.room_buttons) == {None, *{str(i.room) for i in agenda.items}}


def test_the_browser_opens_after_midnight_on_the_evening_before(qtbot):
    agenda = agenda_of("frab-31c3-excerpt.xml")
    at = datetime.fromisoformat("2014-12-28T00:30:00+01:00")
    window = KioskWindow(agenda, RehearsalClock(at, speed=0))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.open_browser()
    assert window.browser.day_tabs[0].isChecked() and len(window.browser.day_tabs) == 2
