"""The "now in every room" board at a big event's busiest minute: 30+ rooms on one screen, no pages."""

from __future__ import annotations

import itertools
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from bigevent import BUSIEST, ROOMS, big_event
from PySide6.QtCore import QRectF, Qt

from kiosk.clock import RehearsalClock
from kiosk.schedule import board_rows, state_at
from kiosk.validation import build_agenda
from ui.browser.models import ITEM_ROLE
from ui.display.parts import Shape
from ui.display.phases import build_scene
from ui.textlayout import ink_rect
from ui.window import KioskWindow

BERLIN = ZoneInfo("Europe/Berlin")
SCREENS = [(1920, 1080), (1080, 1920), (3840, 2160)]
ROW_ROLES = ("board-room", "board-time", "board-title", "board-people", "board-next", "board-body")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


@pytest.fixture(scope="module")
def big():
    return build_agenda(big_event(), "big.json")


def rows_of(scene) -> list[list]:
    """The board's rows as drawn, in reading order (down each column): each starts with its room
    (or, in a narrow column, the line of its room and time) and holds the blocks beside and below
    it, up to the next row."""
    anchors = sorted((t for t in scene.texts if t.role in ("board-room", "board-head")),
                     key=lambda t: (t.rect.x(), t.rect.y()))
    columns = sorted({round(a.rect.x()) for a in anchors})
    rows = {id(a): [a] for a in anchors}
    for block in scene.texts:
        if block.role not in ROW_ROLES or block.role == "board-room":
            continue
        column = max(c for c in columns if c <= block.rect.x() + 1)
        above = [a for a in anchors if round(a.rect.x()) == column
                 and a.rect.y() <= block.rect.y() + a.rect.height() / 2]  # first lines share a baseline
        rows[id(max(above, key=lambda a: a.rect.y()))].append(block)
    return [rows[id(a)] for a in anchors]


def assert_board_reads(scene, width: int, height: int) -> None:
    """Every text on the screen and in its cell (whole, or elided with …), no two texts overlapping,
    rows apart from each other, each band around its own row only."""
    for block in scene.texts:
        ink = ink_rect(block)
        assert 0 <= ink.left() and ink.right() <= width and 0 <= ink.top() and ink.bottom() <= height, block.text
        assert ink.right() <= block.rect.right() + 1, block.text  # within its cell: fits or is elided
        assert block.broken_words == 0 or block.elided, block.text
    for a, b in itertools.combinations(scene.texts, 2):
        overlap = ink_rect(a).intersected(ink_rect(b))
        assert overlap.width() < 1 or overlap.height() < 1, (a.role, a.text[:60], b.role, b.text[:60])
    spans = []
    for row in rows_of(scene):
        box = QRectF()
        for block in row:
            box = box.united(ink_rect(block))
        spans.append(box)
    for a, b in itertools.combinations(spans, 2):
        assert not (a.intersects(b) and a.intersected(b).height() >= 1), (a, b)
    bands = [p for p in scene.parts if isinstance(p, Shape) and p.role == "board-band"]
    for band in bands:  # a band holds one row wholly, and no part of any other
        held = [s for s in spans if band.rect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(s)]
        touched = [s for s in spans if band.rect.intersects(s) and band.rect.intersected(s).height() >= 1]
        assert len(held) == 1 and touched == held


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_busiest_minute_shows_30_rooms_and_says_how_many_more(qapp, big, size):
    state = state_at(big, at(BUSIEST))
    scene = build_scene(big, state, *size)
    assert scene.pages == 1 and not [p for p in scene.parts if getattr(p, "role", "") == "page-dot"]  # no paging
    assert_board_reads(scene, *size)
    shown = [r[0].text for r in rows_of(scene)]
    assert len(shown) >= 30
    rows = board_rows(big, state)
    assert len(rows) == len(ROOMS) > len(shown)
    # The rooms in the source's order, main halls first, elided names matching their room.
    names = [str(r.room) for r in rows]
    indices = [next(i for i, n in enumerate(names) if n == s or (s.endswith("…") and n.startswith(s[:-1])))
               for s in shown]
    assert indices == sorted(indices) and indices[:4] == [0, 1, 2, 3]
    assert scene.text_of("board-more") == [f"and {len(rows) - len(shown)} more rooms: touch the screen"]
    assert not scene.text_of("touch-hint")  # it took the invitation's place


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_thirty_busy_rooms_fit_whole(qapp, size):
    agenda = build_agenda(big_event(30), "thirty.json")
    state = state_at(agenda, at(BUSIEST))
    scene = build_scene(agenda, state, *size)
    assert_board_reads(scene, *size)
    assert len(rows_of(scene)) == 30 and not scene.text_of("board-more")
    assert scene.text_of("touch-hint") == ["Touch the screen to browse the full programme"]
    # Rows in a room that is between two talks say what comes next, in words and in gold.
    waiting = [r for r in board_rows(agenda, state) if r.now is None]
    assert waiting
    times = scene.text_of("board-time")
    assert sum(t.startswith("next ") for t in times) == len(waiting)


@pytest.mark.parametrize("rooms", [2, 3, 5, 8, 12, 20])
def test_every_size_of_event_fits(qapp, rooms):
    agenda = build_agenda(big_event(rooms), "some.json")
    boards = 0
    for minute in ("10:03", "12:30", BUSIEST[-5:], "19:55"):
        state = state_at(agenda, at(f"{BUSIEST[:10]}T{minute}"))
        if not state.parallel:  # one room left on: the one-room screens, as for a single track
            assert not build_scene(agenda, state, 1920, 1080).text_of("board-caption")
            continue
        boards += 1
        for size in SCREENS[:2]:
            scene = build_scene(agenda, state, *size)
            assert_board_reads(scene, *size)
            assert len(rows_of(scene)) == len(board_rows(agenda, state)) and not scene.text_of("board-more")
    assert boards >= 3


def test_few_rooms_get_large_type_and_what_comes_next(qapp):
    agenda = build_agenda(big_event(3), "three.json")
    scene = build_scene(agenda, state_at(agenda, at(BUSIEST)), 1920, 1080)
    titles = [t for t in scene.texts if t.role == "board-title"]
    assert titles and min(t.runs[0].font.pixelSize() for t in titles) >= 40
    assert len(scene.text_of("board-next")) == 3  # each room's next talk, under what is on


def test_the_board_in_russian(qapp, big):
    scene = build_scene(big, state_at(big, at(BUSIEST)), 1920, 1080, lang="ru")
    assert scene.text_of("board-caption") and scene.text_of("board-caption")[0] != "Now in every room"
    more = scene.text_of("board-more")
    assert more == ["и ещё 12 залов: коснитесь экрана"]


def test_the_browser_lists_every_room_in_order(qtbot, big):
    window = KioskWindow(big, RehearsalClock(at(BUSIEST), speed=0))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.open_browser()
    browser = window.browser
    assert list(browser.room_buttons) == [None, *ROOMS]
    strip = browser.room_strip
    assert strip.widget().width() > strip.viewport().width()  # more than a screen wide: it flicks sideways
    buttons = list(browser.room_buttons.values())
    for a, b in itertools.pairwise(buttons):
        assert a.geometry().right() < b.geometry().left()  # side by side, none over another
    last = browser.room_buttons[ROOMS[-1]]
    assert last.text() == ROOMS[-1] and last.width() >= last.fontMetrics().horizontalAdvance(ROOMS[-1])
    strip.ensureWidgetVisible(last)
    qtbot.mouseClick(last, Qt.MouseButton.LeftButton)
    shown = [browser.items_model.index(r).data(ITEM_ROLE) for r in range(browser.items_model.rowCount())]
    assert browser.room == ROOMS[-1] and len(shown) == 10  # that room's ten talks, and only they
    assert {str(i.room) for i in shown} == {ROOMS[-1]}
