"""The staff keypad (ui.staff) under the lock-out: it locks longer, says how long, logs no digits,
survives a restart and speaks the staff language."""

from __future__ import annotations

import logging
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from conftest import AGENDA_PATH
from kiosk.lockout import BASE_S, Lockout, State

# --- the keypad ------------------------------------------------------------------------------------

@pytest.fixture
def window(qtbot):
    from kiosk.clock import RehearsalClock
    from kiosk.loader import load_agenda
    from ui.window import KioskWindow
    at = datetime(2018, 9, 27, 15, 10, tzinfo=ZoneInfo("Asia/Bishkek"))
    window = KioskWindow(load_agenda(AGENDA_PATH), RehearsalClock(at, speed=0), staff_pin="4821")
    qtbot.addWidget(window)
    return window


def panel_for(window, lockout):
    from ui.staff import StaffPanel
    panel = StaffPanel(window, "4821", lockout=lockout)
    panel.open_keypad()
    return panel


def type_pin(panel, pin: str) -> None:
    for key in [*pin, "⌫", pin[-1], "OK"]:  # a correction on the way, as fingers do
        panel.press(key)


def test_the_keypad_locks_longer_says_how_long_and_logs_no_digits(window, wall, state_file, caplog):
    panel = panel_for(window, Lockout(state_file, wall))
    typed = ["9753", "13579", "2468", "86420", "11223344"]
    with caplog.at_level(logging.INFO, "kiosk.staff"):
        for pin in typed[:3]:
            type_pin(panel, pin)
        assert panel.locked and not panel.keys["5"].isEnabled()
        assert panel.pin_message.text() == "Too many wrong PINs. Try again in 30 s."
        assert panel.lock_timer.isActive() and panel.lock_timer.interval() == 1000  # the next second
        type_pin(panel, "4821")  # the right PIN, but the keypad is locked
        assert panel.pages.currentIndex() == 0 and panel.entered == ""
        wall.at += BASE_S
        panel._unlock()  # as the lock timer does
        assert panel.keys["5"].isEnabled() and panel.pin_message.text() == "Enter the staff PIN"
        type_pin(panel, typed[3])
        assert panel.pin_message.text() == "Too many wrong PINs. Try again in 60 s."
        wall.at += 60
        panel._unlock()
        type_pin(panel, typed[4])
        assert panel.pin_message.text() == "Too many wrong PINs. Try again in 2 min."
        assert panel.lock_timer.interval() == 60_000  # next change: "60 s", a minute on
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == ["staff panel: wrong PIN (1 in a row)", "staff panel: wrong PIN (2 in a row)",
                        "staff panel: wrong PIN (3 in a row; keypad locked for 30 s)",
                        "staff panel: wrong PIN (4 in a row; keypad locked for 1 min)",
                        "staff panel: wrong PIN (5 in a row; keypad locked for 2 min)"]
    logged = caplog.text + state_file.read_text()
    assert not any(pin in logged or pin[:4] in logged for pin in typed + ["4821"])


def test_a_new_panel_finds_the_keypad_locked_and_the_right_pin_resets_it(window, wall, state_file, caplog):
    first = panel_for(window, Lockout(state_file, wall))
    for _ in range(4):
        type_pin(first, "1111")
        wall.at += first.lockout.remaining()
    type_pin(first, "1111")  # the 5th: locked for 2 min
    wall.at += 30
    restarted = panel_for(window, Lockout(state_file, wall))  # the kiosk restarted meanwhile
    assert restarted.locked and not restarted.keys["1"].isEnabled()
    assert restarted.pin_message.text() == "Too many wrong PINs. Try again in 2 min."
    wall.at += 90
    restarted._unlock()
    with caplog.at_level(logging.INFO, "kiosk.staff"):
        type_pin(restarted, "4821")
    assert restarted.pages.currentIndex() == 1 and "staff panel opened" in caplog.text
    assert Lockout(state_file, wall).state() == State()


def test_the_lock_message_is_translated(window, wall, state_file):
    from ui.i18n import use_language
    panel = panel_for(window, Lockout(state_file, wall))
    for _ in range(4):
        type_pin(panel, "1111")
        wall.at += panel.lockout.remaining()
    type_pin(panel, "1111")  # 2 min
    use_language("ru")
    panel._show_lock()
    assert panel.pin_message.text() == "Слишком много неверных попыток. Повторите через 2 минуты."
