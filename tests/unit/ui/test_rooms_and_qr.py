"""Multi-track lobbies (one line per room) and a QR code that takes the programme away."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

from kiosk.clock import RehearsalClock
from kiosk.schedule import state_at
from kiosk.validation import build_agenda
from test_display import SIZES, assert_scene_fits
from ui.browser.models import ITEM_ROLE
from ui.display.parts import QrCode
from ui.display.phases import build_scene
from ui.window import KioskWindow

BERLIN = ZoneInfo("Europe/Berlin")
URL = "https://example.org/som5/programme.ics"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


@pytest.fixture
def multi():
    doc = {"timezone": "Europe/Berlin",
           "event": {"name": "Multi Conf", "theme": "Tracks", "venue": "Congress Center", "city": "Hamburg",
                     "country": "Germany", "dates": {"start": "2024-12-27", "end": "2024-12-27"}},
           "people": [{"id": "a", "name": "Alice Example", "organisation": "Org A"},
                      {"id": "b", "name": "Bob Example"}],
           "days": [{"date": "2024-12-27", "items": [
               {"id": "1", "start": "10:00", "end": "11:00", "title": "Opening keynote", "kind": "opening",
                "room": "Saal 1", "presenters": [{"person": "a"}]},
               {"id": "2", "start": "11:00", "end": "12:00", "title": "Rust for kiosks", "kind": "session",
                "room": "Saal 1", "presenters": [{"person": "b"}]},
               {"id": "3", "start": "11:15", "end": "12:15", "title": "Workshop: QR codes", "kind": "session",
                "room": "Saal 2"},
               {"id": "4", "start": "11:30", "end": "12:00", "title": "Coffee", "kind": "break", "room": "Foyer"},
               {"id": "6", "start": "12:15", "end": "13:00", "title": "Lunch", "kind": "meal", "room": "Foyer"},
               {"id": "5", "start": "12:30", "end": "13:30", "title": "Lightning talks", "kind": "session",
                "room": "Saal 2"}]}]}
    return build_agenda(doc, "multi.json")


def test_state_lists_every_room(multi):
    state = state_at(multi, at("2024-12-27T11:40"))
    # In the agenda's room order (the order the rooms first appear): Saal 1, Saal 2, Foyer.
    assert [i.id for i in state.running] == ["2", "3", "4"]
    assert [i.id for i in state.next_by_room] == ["5", "6"] and state.parallel
    assert state_at(multi, at("2024-12-27T10:30")).running == (multi.item("1"),)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_now_and_next_show_one_line_per_room(qapp, multi, size):
    scene = build_scene(multi, state_at(multi, at("2024-12-27T11:40")), *size)
    text = "\n".join(build_scene(multi, state_at(multi, at("2024-12-27T11:40")), *size, page=p).all_text()
                     for p in range(scene.pages))
    for words in ("Coffee", "Rust for kiosks", "Workshop: QR codes", "Lunch", "Lightning talks", "Saal 1",
                  "Saal 2", "Foyer", "11:15–12:15", "Bob Example"):
        assert words in text, words
    for page in range(scene.pages):
        assert_scene_fits(build_scene(multi, state_at(multi, at("2024-12-27T11:40")), *size, page=page), *size)


def test_the_single_track_agenda_looks_as_before(qapp, real_agenda):
    state = state_at(real_agenda, datetime(2018, 9, 27, 15, 10, tzinfo=ZoneInfo("Asia/Bishkek")))
    assert not state.parallel
    assert [t for t in build_scene(real_agenda, state, 1920, 1080).texts if t.role == "title"]


def test_the_browser_filters_by_room(qtbot, multi):
    window = KioskWindow(multi, RehearsalClock(at("2024-12-27T11:40"), speed=0))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.open_browser()
    browser = window.browser
    assert set(browser.room_buttons) == {None, "Foyer", "Saal 1", "Saal 2"}
    qtbot.mouseClick(browser.room_buttons["Saal 2"], Qt.MouseButton.LeftButton)
    shown = [browser.items_model.index(r).data(ITEM_ROLE).id for r in range(browser.items_model.rowCount())]
    assert shown == ["3", "5"]
    qtbot.mouseClick(browser.room_buttons[None], Qt.MouseButton.LeftButton)
    assert browser.items_model.rowCount() == 6
    assert browser.items_model.running == {"2", "3", "4"}


def test_no_room_row_for_a_single_track_programme(qtbot, real_agenda):
    window = KioskWindow(real_agenda, RehearsalClock(datetime(2018, 9, 27, 15, 10, tzinfo=ZoneInfo("Asia/Bishkek")),
                                                     speed=0))
    qtbot.addWidget(window)
    assert window.browser.room_buttons == {}


def read_qr(image: QImage, rect, count: int) -> list[list[bool]]:
    module = rect.width() / count
    return [[image.pixelColor(int(rect.left() + (c + 0.5) * module), int(rect.top() + (r + 0.5) * module)).lightness()
             < 128 for c in range(count)] for r in range(count)]


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (3840, 2160)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_qr_code_on_screen_is_the_url(qapp, real_agenda, size):
    state = state_at(real_agenda, datetime(2018, 9, 27, 15, 10, tzinfo=ZoneInfo("Asia/Bishkek")))
    scene = build_scene(real_agenda, state, *size, qr_url=URL)
    codes = [p for p in scene.parts if isinstance(p, QrCode)]
    assert len(codes) == 1
    assert_scene_fits(scene, *size)
    image = QImage(*size, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    scene.paint(painter)
    painter.end()
    expected = [list(map(bool, row)) for row in segno.make(URL, error="m", micro=False).matrix_iter(scale=1, border=2)]
    # Read back from the painted pixels, module by module: what a phone's camera would see.
    assert read_qr(image, codes[0].rect, len(expected)) == expected
    assert codes[0].rect.width() >= 180 * min(size) / 1080  # large enough to scan from a step away


def test_no_url_no_qr_code(qapp, real_agenda):
    state = state_at(real_agenda, datetime(2018, 9, 27, 15, 10, tzinfo=ZoneInfo("Asia/Bishkek")))
    assert not [p for p in build_scene(real_agenda, state, 1920, 1080).parts if isinstance(p, QrCode)]
