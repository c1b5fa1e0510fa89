"""The staff panel as staff meet it: a USB keyboard types the PIN, its own language, keys sized and centred."""

from __future__ import annotations

import logging
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton

from conftest import AGENDA_PATH, run_kiosk
from kiosk.clock import RehearsalClock
from kiosk.loader import load_agenda
from kiosk.settings import SettingsError, load_settings
from ui.agendafeed import AgendaFeed
from ui.window import KioskWindow

BISHKEK = ZoneInfo("Asia/Bishkek")
KEY = Qt.KeyboardModifier
SIZES = [(1920, 1080), (1080, 1920), (1280, 720), (3840, 2160)]


@pytest.fixture
def kiosk(qtbot, tmp_path):
    def make(lang="en+ru", staff_language=None, size=(1920, 1080)):
        path = tmp_path / "agenda.json"
        path.write_bytes(AGENDA_PATH.read_bytes())
        agenda = load_agenda(path)
        clock = RehearsalClock(datetime(2018, 9, 27, 16, 10, tzinfo=BISHKEK), speed=0)
        window = KioskWindow(agenda, clock, lang=lang, feed=AgendaFeed(str(path), agenda), kiosk_mode=True,
                             staff_pin="4821", staff_language=staff_language)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        window.start()
        qtbot.waitExposed(window)
        return window
    return make


def type_keys(qtbot, widget, keys):
    for key, modifiers in keys:
        qtbot.keyClick(widget, key, modifiers)


DIGITS = {str(d): getattr(Qt.Key, f"Key_{d}") for d in range(10)}


# --- the keyboard ---------------------------------------------------------------------------------

def test_the_pin_typed_on_the_top_row_opens_the_panel(qtbot, kiosk):
    window = kiosk()
    window.open_staff()
    type_keys(qtbot, window.staff, [(DIGITS[d], KEY.NoModifier) for d in "4821"])
    assert window.staff.pin_dots.text() == "●●●●"
    qtbot.keyClick(window.staff, Qt.Key.Key_Return)
    assert window.staff.pages.currentIndex() == 1


def test_the_number_pad_and_backspace_work_too(qtbot, kiosk):
    window = kiosk()
    window.open_staff()
    pad = KEY.KeypadModifier
    type_keys(qtbot, window.staff, [(DIGITS["4"], pad), (DIGITS["8"], pad), (DIGITS["9"], pad),
                                    (Qt.Key.Key_Backspace, KEY.NoModifier), (DIGITS["2"], pad), (DIGITS["1"], pad)])
    assert window.staff.entered == "4821"
    qtbot.keyClick(window.staff, Qt.Key.Key_Enter, pad)  # the number pad's Enter
    assert window.staff.pages.currentIndex() == 1


def test_keys_reach_the_keypad_whichever_widget_has_the_focus(qtbot, kiosk):
    """With no focus widget, a real keyboard's keys go to the top-level window: the guard hands them on."""
    window = kiosk()
    window.open_staff()
    type_keys(qtbot, window, [(DIGITS[d], KEY.NoModifier) for d in "4821"] + [(Qt.Key.Key_Return, KEY.NoModifier)])
    assert window.staff.pages.currentIndex() == 1


def test_escape_is_cancel_but_closing_keys_are_still_refused(qtbot, kiosk, caplog):
    caplog.set_level(logging.INFO, logger="kiosk")
    window = kiosk()
    window.open_staff()
    for key, modifiers in ((Qt.Key.Key_F4, KEY.AltModifier), (Qt.Key.Key_Q, KEY.ControlModifier)):
        qtbot.keyClick(window.staff, key, modifiers)
        assert window.isVisible() and window.in_staff
    assert "ignored a key that would close the kiosk: Alt+F4" in caplog.messages
    type_keys(qtbot, window.staff, [(DIGITS["1"], KEY.ControlModifier), (DIGITS["2"], KEY.AltModifier)])
    assert window.staff.entered == ""  # not digits with Ctrl or Alt
    qtbot.keyClick(window.staff, DIGITS["7"])
    qtbot.keyClick(window.staff, Qt.Key.Key_Escape)
    assert window.isVisible() and not window.in_staff and window.staff.entered == ""


def test_escape_on_the_inner_pages_goes_back_one_step(qtbot, kiosk):
    window = kiosk()
    window.open_staff()
    type_keys(qtbot, window.staff,
              [(DIGITS[d], KEY.NoModifier) for d in "4821"] + [(Qt.Key.Key_Return, KEY.NoModifier)])
    window.staff.show_diagnostics()
    qtbot.keyClick(window.staff, Qt.Key.Key_Escape)
    assert window.staff.pages.currentIndex() == 1 and window.in_staff
    type_keys(qtbot, window.staff, [(DIGITS["5"], KEY.NoModifier), (Qt.Key.Key_Return, KEY.NoModifier)])
    assert window.staff.pages.currentIndex() == 1 and window.staff.entered == ""  # no PIN typed behind the panel
    qtbot.keyClick(window.staff, Qt.Key.Key_Escape)
    assert not window.in_staff


def test_a_held_enter_tries_the_pin_once(qtbot, kiosk):
    window = kiosk()
    window.open_staff()
    type_keys(qtbot, window.staff, [(DIGITS["1"], KEY.NoModifier)] * 4)
    qtbot.keyClick(window.staff, Qt.Key.Key_Return)
    for _ in range(5):  # what a keyboard sends while Enter is held down
        QApplication.sendEvent(window.staff, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, KEY.NoModifier,
                                                       "\r", True))
    assert window.staff.lockout.state().failures == 1 and not window.staff.locked


def test_typed_keys_do_nothing_while_the_keypad_is_locked(qtbot, kiosk):
    window = kiosk()
    wall = [1_800_000_000.0]
    window.staff.lockout.clock = lambda: wall[0]
    window.open_staff()
    for _ in range(3):
        type_keys(qtbot, window.staff, [(DIGITS["1"], KEY.NoModifier)] * 4 + [(Qt.Key.Key_Return, KEY.NoModifier)])
    assert window.staff.locked
    type_keys(qtbot, window.staff,
              [(DIGITS[d], KEY.NoModifier) for d in "4821"] + [(Qt.Key.Key_Return, KEY.NoModifier)])
    assert window.staff.pages.currentIndex() == 0 and window.staff.entered == ""


# --- the language -----------------------------------------------------------------------------------

def test_the_panel_opens_in_the_staff_language_whatever_the_display_shows(qtbot, kiosk):
    window = kiosk(lang="en+ru", staff_language="ru")
    window.display.lang = "en"  # the display happens to show English at that moment
    window.open_staff()
    staff = window.staff
    assert staff.heading.text() == "Служебная панель" and staff.keys["OK"].text() == "ОК"
    assert staff.language_buttons["ru"].isChecked()
    qtbot.mouseClick(staff.language_buttons["en"], Qt.MouseButton.LeftButton)
    assert staff.heading.text() == "Staff panel" and staff.pin_message.text() == "Enter the staff PIN"
    for digit in "4821":
        qtbot.mouseClick(staff.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(staff.keys["OK"], Qt.MouseButton.LeftButton)
    assert staff.status.text().startswith("Now: Coffee break\nNext: Emergency response preparedness")
    assert staff.delay_buttons[0].text() == "Delay 5 min"
    qtbot.mouseClick(staff.language_buttons["ru"], Qt.MouseButton.LeftButton)
    assert staff.status.text().startswith("Сейчас: Кофе-брейк\nДалее: ")
    assert staff.delay_buttons[0].text() == "Задержать на 5 минут" and staff.clear_button.text() == "Отменить задержку"
    qtbot.mouseClick(staff.language_buttons["en"], Qt.MouseButton.LeftButton)
    window.show_display()
    window.open_staff()  # the next member of staff meets the staff language again
    assert staff.heading.text() == "Служебная панель" and staff.language_buttons["ru"].isChecked()


def test_what_the_panel_said_is_said_again_in_the_other_language(qtbot, kiosk):
    window = kiosk(staff_language="en")
    window.open_staff()
    staff = window.staff
    type_keys(qtbot, staff, [(DIGITS["1"], KEY.NoModifier)] * 4 + [(Qt.Key.Key_Return, KEY.NoModifier)])
    assert staff.pin_message.text() == "Wrong PIN"
    qtbot.mouseClick(staff.language_buttons["ru"], Qt.MouseButton.LeftButton)
    assert staff.pin_message.text() == "Неверный PIN-код"
    type_keys(qtbot, staff, [(DIGITS[d], KEY.NoModifier) for d in "4821"] + [(Qt.Key.Key_Return, KEY.NoModifier)])
    staff.show_preview()
    staff.preview_next_change()
    assert staff.heading.text() == "Предпросмотр: чт 27 сент. 16:30"
    qtbot.mouseClick(staff.language_buttons["en"], Qt.MouseButton.LeftButton)
    assert staff.heading.text() == "Preview: Thu 27 Sep 16:30"


@pytest.mark.parametrize("lang, staff_language, expected", [
    ("en+ru", None, "Staff panel"), ("ru", None, "Служебная панель"), ("en+ru", "ru", "Служебная панель"),
    ("ru", "en", "Staff panel")])
def test_the_staff_language_defaults_to_the_first_display_language(qtbot, kiosk, lang, staff_language, expected):
    window = kiosk(lang=lang, staff_language=staff_language)
    window.open_staff()
    assert window.staff.heading.text() == expected


def test_the_idle_warning_shows_on_the_panel_without_building_the_browser(qtbot, kiosk):
    window = kiosk(staff_language="en")
    window.open_staff()
    window.idle.warn()
    assert window.staff.hint.text().startswith("Returning to the display in 10\u00a0s")  # number glued to its unit
    assert window._browser is None
    qtbot.keyClick(window.staff, DIGITS["1"])  # a key is activity: the warning goes
    assert window.staff.hint.text() == "" and window.in_staff


# --- the layout ---------------------------------------------------------------------------------------

def rect_in(window, widget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("staff_language", ["en", "ru"])
def test_keypad_and_panel_are_centred_large_and_whole(qtbot, kiosk, size, staff_language):
    window = kiosk(staff_language=staff_language, size=size)
    width, height = size
    unit = min(width, height) / 1080
    window.open_staff()
    staff = window.staff
    QApplication.processEvents()
    keys = [rect_in(window, k) for k in staff.keys.values()]
    assert all(k.height() >= round(120 * unit) and k.width() >= round(160 * unit) for k in keys)
    # 15 mm on a 55-inch screen of this size (1218 mm wide in landscape): keys are far above it
    px_per_mm = max(width, height) / 1218
    assert min(k.height() for k in keys) >= 15 * px_per_mm * 4
    pad = keys[0].united(keys[-1])
    for k in keys:
        pad = pad.united(k)
    assert abs(pad.center().x() - width / 2) <= 0.02 * width
    assert abs(pad.center().y() - height / 2) <= 0.12 * height  # below the heading, near the middle
    assert pad.top() > height * 0.12 and pad.bottom() < height * 0.9
    for digit in "4821":
        qtbot.mouseClick(staff.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(staff.keys["OK"], Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    page = staff.pages.currentWidget()
    buttons = [b for b in page.findChildren(QPushButton) if b.isVisible()] + list(staff.language_buttons.values())
    rects = [rect_in(window, b) for b in buttons]
    screen = QRect(0, 0, width, height)
    for button, rect in zip(buttons, rects, strict=True):
        assert screen.contains(rect), button.text()
        assert rect.width() >= button.fontMetrics().horizontalAdvance(button.text()), button.text()  # not cut
        assert rect.height() >= round(88 * unit) - 1
    for i, a in enumerate(rects):
        assert not any(a.intersects(b) for b in rects[i + 1:])
    block = rects[0]
    for rect in rects[:-2]:  # the panel's own buttons, not the language switch
        block = block.united(rect)
    assert abs(block.center().x() - width / 2) <= 0.02 * width
    assert block.top() > height * 0.1 and height - block.bottom() > height * 0.1  # not crowded at the top


# --- settings and the screenshot --------------------------------------------------------------------

def test_staff_language_is_a_setting(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text('staff_language = "ru"\n')
    assert load_settings(path).staff_language == "ru"
    path.write_text('language = "ru"\n')
    assert load_settings(path).staff_language is None  # then the first display language
    for bad in ('"en+ru"', '"de"', "1"):
        path.write_text(f"staff_language = {bad}\n")
        with pytest.raises(SettingsError) as caught:
            load_settings(path)
        assert caught.value.lines()[0].startswith(f"{path}: staff_language: ")


def test_check_names_a_bad_staff_language(tmp_path):
    (tmp_path / "agenda.json").write_bytes(AGENDA_PATH.read_bytes())
    (tmp_path / "kiosk.toml").write_text('staff_language = "RU"\n')
    result = run_kiosk("--check", "--agenda", str(tmp_path / "agenda.json"))
    assert result.returncode == 2
    assert (f'{tmp_path / "kiosk.toml"}: staff_language: "RU" is not one of en, ru (the staff panel shows one)'
            in result.stdout + result.stderr)


def test_screenshot_of_the_keypad_and_the_panel(tmp_path):
    (tmp_path / "agenda.json").write_bytes(AGENDA_PATH.read_bytes())
    (tmp_path / "kiosk.toml").write_text('staff_language = "ru"\n')
    for view in ("keypad", "staff"):
        out = tmp_path / f"{view}.png"
        result = run_kiosk("--screenshot", str(out), "--view", view, "--size", "1280x720",
                           "--agenda", str(tmp_path / "agenda.json"), "--at", "2018-09-27T16:10",
                           env={"QT_QPA_PLATFORM": "offscreen"})
        assert result.returncode == 0, result.stderr
        image = QImage(str(out))
        assert (image.width(), image.height()) == (1280, 720)
        assert len({image.pixel(x, y) for x in range(0, 1280, 40) for y in range(0, 720, 40)}) > 3  # not blank
    result = run_kiosk("--screenshot", str(tmp_path / "x.png"), "--view", "panel")
    assert result.returncode == 2 and "keypad or staff" in result.stderr
