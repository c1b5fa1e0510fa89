"""Long but valid text: every phase, both languages, four sizes; nothing overlaps or leaves its box."""

from __future__ import annotations

import time

import pytest

from extreme import extreme_document
from kiosk.schedule import state_at
from kiosk.validation import build_agenda
from test_display import assert_scene_fits, local
from ui.display.phases import build_scene

SIZES = [(1920, 1080), (1080, 1920), (1280, 720), (3840, 2160)]
# Every phase and every kind of screen of the extreme agenda (tests/extreme.py).
INSTANTS = {
    "before_event": "2018-09-20T10:00",
    "registration": "2018-09-27T12:40",        # calm, a title with a 200-character word
    "lunch": "2018-09-27T13:10",               # calm, a 20,000-character title
    "opening": "2018-09-27T14:10",             # talks with long titles
    "between_items": "2018-09-27T14:40",
    "session": "2018-09-27T15:10",             # 20,000 characters, 40 moderators; NEXT is a URL
    "announcements": "2018-09-27T15:40",       # three long announcements over the session
    "break": "2018-09-27T16:12",               # NEXT has a 20,000-character title, 40 presenters
    "presenters": "2018-09-27T16:40",
    "after_day": "2018-09-27T19:00",
    "rooms": "2018-09-28T14:30",               # two rooms, one named by a 200-character word
    "delayed": "2018-09-28T17:00",             # a delayed item with a long note
    "reception": "2018-09-28T18:30",           # no end, last item: the closing note
    "after_event": "2018-09-29T10:00",         # the event's name and a 3,000-character handover
}


@pytest.fixture(scope="module")
def extreme_agenda():
    return build_agenda(extreme_document(), "extreme.json")


def test_the_extreme_agenda_is_valid_and_extreme(extreme_agenda):
    ev = extreme_agenda.event
    assert min(len(str(ev.name)), len(str(ev.theme)), len(str(ev.city))) >= 300
    assert max(len(str(i.title)) for i in extreme_agenda.items) == 20000
    assert any(len(i.moderators) == 40 for i in extreme_agenda.items)


@pytest.mark.slow
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_phase_with_extreme_text_fits(qapp, extreme_agenda, size):
    started = time.monotonic()
    phases = set()
    for lang in ("en", "ru"):
        for name, when in INSTANTS.items():
            state = state_at(extreme_agenda, local(when))
            phases.add(state.phase)
            first = build_scene(extreme_agenda, state, *size, lang=lang)
            pages = {0, first.pages - 1}
            for page in pages:
                scene = first if page == 0 else build_scene(extreme_agenda, state, *size, page=page, lang=lang)
                try:
                    assert_scene_fits(scene, *size, whole_text=False)
                except AssertionError as error:
                    raise AssertionError(f"{name} {when} {lang} page {page}: {error}") from None
                assert any(t.elided for t in scene.texts), (name, lang)  # the texts really were too long
    assert phases == {"before_event", "in_item", "between_items", "after_day", "after_event"}
    assert time.monotonic() - started < 60


def _assert_in(widget, box, what: str) -> None:
    """``widget`` lies wholly inside ``box`` (both widgets), to the pixel."""
    from PySide6.QtCore import QPoint, QRect
    top_left = widget.mapTo(box, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    assert box.rect().contains(rect), (what, rect, box.rect())


@pytest.mark.slow
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_browser_detail_and_rows_keep_extreme_text_in_their_card(qtbot, extreme_agenda, size):
    from kiosk.clock import RehearsalClock
    from ui.window import KioskWindow
    from ui.wraplabel import WrapLabel
    window = KioskWindow(extreme_agenda, RehearsalClock(local("2018-09-28T14:30"), speed=0), lang="en")
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.open_browser()
    browser = window.browser
    from PySide6.QtGui import QFontMetricsF
    assert len(browser.room_buttons) == 3
    qtbot.waitUntil(browser.isVisible)
    browser.layout().activate()
    for button in browser.room_buttons.values():  # 200-character room names share the row, elided
        _assert_in(button, browser, button.text())
        assert QFontMetricsF(button.font()).horizontalAdvance(button.text()) < button.width(), button.text()
    for lang in ("en", "ru"):
        browser.set_language(lang)
        for subject in ("item:d1-iom-approaches", "item:x-parallel", "person:x-person-0", "person:x-person-1"):
            kind, _, ident = subject.partition(":")
            (browser.open_item if kind == "item" else browser.open_person)(ident)
            qtbot.waitUntil(lambda: browser.detail.widget().isVisible())
            window.layout().activate()
            body, viewport = browser.detail.widget(), browser.detail.viewport()
            body.layout().activate()
            assert body.width() <= viewport.width(), subject  # nothing wider than the card
            labels = body.findChildren(WrapLabel)
            assert labels and labels[1 if kind == "item" else 0].elided, subject  # the title, elided
            for label in labels:
                _assert_in(label, body, label.text()[:60])
                assert label.heightForWidth(label.width()) <= label.height() + 1, label.text()[:60]  # every line
                block = label.block(label.width())
                if block.elided or block.broken_words:  # laid out by the label, not by QLabel
                    for line in range(block.layout.lineCount()):
                        assert block.layout.lineAt(line).naturalTextWidth() <= label.width() + 0.5, label.text()[:60]
