"""No live Qt object of a kiosk in use is held only by reference cycles.

Python owns a Qt object made without a parent; when only reference cycles hold it, the cyclic
collector deletes it, C++ and all, whenever a collection happens to run, possibly in the middle of
Qt's own work on it (a list deleted inside its QListView::doItemsLayout segfaulted the tests). The
kiosk's window is held by ui.app.run for the life of the program; everything in it must hang off it.
"""

from __future__ import annotations

import gc
from collections import Counter

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from conftest import local
from kiosk.clock import RehearsalClock
from ui.window import KioskWindow


def live_qt_objects_only_cycles_hold() -> Counter:
    """What the next full collection would delete while Qt still uses it (C++ object alive)."""
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        found = Counter(type(o).__qualname__ for o in gc.garbage
                        if isinstance(o, QObject) and shiboken6.isValid(o))
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.collect()  # now, at a safe point
    return found


def test_the_check_finds_an_orphan_in_a_cycle(qapp):
    orphan = QTimer()
    orphan.me = orphan  # only a cycle holds it
    del orphan
    assert live_qt_objects_only_cycles_hold() == Counter({"QTimer": 1})


def test_a_kiosk_in_use_hangs_off_its_window(qtbot, real_agenda):
    window = KioskWindow(real_agenda, RehearsalClock(local("2018-09-28T10:05"), speed=0))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.start()
    qtbot.waitExposed(window)
    browser = window.browser
    steps = [window.open_browser, lambda: browser.set_language("ru"), browser.show_people,
             lambda: browser.open_person(real_agenda.people[0].id),
             lambda: browser.open_item(real_agenda.items[3].id), lambda: window.resize(1080, 1920),
             lambda: window.set_agenda(real_agenda), window.show_display, window.open_staff]
    for step in steps:
        step()
        QCoreApplication.processEvents()  # layouts and paints, as the event loop would run them
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert live_qt_objects_only_cycles_hold() == Counter(), step
