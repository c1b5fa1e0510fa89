"""Running unattended: settings, the staff panel, no escape for attendees, faults survived."""

from __future__ import annotations

import gc
import json
import logging
import os
import subprocess
import sys
import tracemalloc
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from conftest import AGENDA_PATH, BISHKEK, ROOT, local, run_kiosk
from kiosk.clock import RehearsalClock
from kiosk.loader import load_agenda
from kiosk.schedule import state_as_json, state_at
from kiosk.settings import SettingsError, load_settings
from ui.agendafeed import AgendaFeed
from ui.display.phases import build_scene
from ui.window import KioskWindow

# --- settings ---------------------------------------------------------------------------------

def test_good_settings(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text('agenda = "other.json"\nscreen = 1\nrotation = 90\nlanguage = "ru"\nidle_timeout = 45\n'
                    'staff_pin = "4821"\nrefresh = 30\n')
    settings = load_settings(path)
    assert (settings.screen, settings.rotation, settings.language, settings.idle_timeout) == (1, 90, "ru", 45.0)
    assert settings.agenda == str(tmp_path / "other.json") and not settings.pin_is_default


@pytest.mark.parametrize("content, where, words", [
    ('screen = 1\nlanguage = "ru"\nlangauge = "en"\n', "langauge", 'unknown setting; did you mean "language"?'),
    ("rotation = 45\n", "rotation", "45 is not one of 0, 90, 180, 270"),
    ('staff_pin = 1234\n', "staff_pin", "4 to 8 digits in quotes"),
    ('idle_timeout = "long"\n', "idle_timeout", "not a number of seconds"),
    ('language = "de"\n', "language", '"de" is not one of en, ru, en+ru'),
    ('qr_url = "ftp://example.org"\n', "qr_url", "not a web address"),
    ('screen = 0\nrotation = \n', "line 2, column 12", "not valid TOML"),
])
def test_bad_settings_are_located(tmp_path, content, where, words):
    path = tmp_path / "kiosk.toml"
    path.write_text(content)
    with pytest.raises(SettingsError) as caught:
        load_settings(path)
    assert any(line.startswith(f"{path}: {where}: ") and words in line for line in caught.value.lines()), \
        caught.value.lines()


def test_check_reads_the_settings_beside_the_agenda(tmp_path):
    (tmp_path / "agenda.json").write_bytes(AGENDA_PATH.read_bytes())
    (tmp_path / "kiosk.toml").write_text('staff_pin = "4821"\n')
    result = run_kiosk("--check", "--agenda", str(tmp_path / "agenda.json"))
    assert result.returncode == 0
    assert result.stdout.splitlines()[1] == f"OK: settings from {tmp_path / 'kiosk.toml'}"
    (tmp_path / "kiosk.toml").write_text('staff_pin = "12"\n')
    result = run_kiosk("--check", "--agenda", str(tmp_path / "agenda.json"))
    assert result.returncode == 2 and f"{tmp_path / 'kiosk.toml'}: staff_pin: " in result.stdout


def test_flags_override_the_file(tmp_path):
    other = tmp_path / "elsewhere.json"
    document = json.loads(AGENDA_PATH.read_text())
    document["days"][0]["items"][5]["title"] = "Tea break"
    other.write_text(json.dumps(document))
    config = tmp_path / "kiosk.toml"
    config.write_text(f'agenda = "{other.name}"\n')
    from_file = json.loads(run_kiosk("--print-state", "--config", str(config), "--at", "2018-09-27T16:10").stdout)
    assert from_file["current"]["title"] == "Tea break"
    flag = json.loads(run_kiosk("--print-state", "--config", str(config), "--agenda", str(AGENDA_PATH),
                                "--at", "2018-09-27T16:10").stdout)
    assert flag["current"]["title"] == "Coffee break"


def test_the_default_pin_is_refused_full_screen(tmp_path):
    result = run_kiosk("--config", str(tmp_path / "none.toml"))
    assert result.returncode == 2 and "not found" in result.stdout + result.stderr
    result = run_kiosk(env={"QT_QPA_PLATFORM": "offscreen", "KIOSK_CONFIG_DIR": str(tmp_path)})
    assert result.returncode == 2
    assert "staff PIN is still the default (0000)" in result.stderr and "--allow-default-pin" in result.stderr


# --- the window in kiosk mode --------------------------------------------------------------------

@pytest.fixture
def kiosk(qtbot, tmp_path):
    def make(at="2018-09-27T15:10", kiosk_mode=True):
        path = tmp_path / "agenda.json"
        path.write_bytes(AGENDA_PATH.read_bytes())
        agenda = load_agenda(path)
        clock = RehearsalClock(local(at), speed=0)
        window = KioskWindow(agenda, clock, feed=AgendaFeed(str(path), agenda), kiosk_mode=kiosk_mode,
                             staff_pin="4821")
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        window.start()
        qtbot.waitExposed(window)
        window.guard.hold.setInterval(50)  # the 3-second hold, shortened: the seam for tests
        window.path, window.clock = path, clock
        return window
    return make


def enter_pin(qtbot, window, pin: str):
    for digit in pin:
        qtbot.mouseClick(window.staff.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.staff.keys["OK"], Qt.MouseButton.LeftButton)


def test_holding_the_corner_opens_the_keypad_and_the_right_pin_the_panel(qtbot, kiosk):
    window = kiosk()
    qtbot.mousePress(window.display, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.waitUntil(lambda: window.in_staff, timeout=2000)
    qtbot.mouseRelease(window.display, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert window.in_staff and not window.browsing  # the release did not also open the browser
    assert window.staff.pages.currentIndex() == 0
    enter_pin(qtbot, window, "4821")
    assert window.staff.pages.currentIndex() == 1


def test_a_short_tap_in_the_corner_is_just_a_tap(qtbot, kiosk):
    window = kiosk()
    qtbot.mouseClick(window.display, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert window.browsing and not window.in_staff


def test_wrong_pins_lock_the_keypad_without_revealing_anything(qtbot, kiosk):
    window = kiosk()
    wall = [1_800_000_000.0]
    window.staff.lockout.clock = lambda: wall[0]  # the lock-out's wall clock, moved by the test
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert window.in_staff
    for _attempt in range(3):
        enter_pin(qtbot, window, "1111")
        assert window.staff.pages.currentIndex() == 0
    assert window.staff.locked and not window.staff.keys["1"].isEnabled()
    assert "4821" not in window.staff.pin_message.text() and window.staff.lock_timer.isActive()
    enter_pin(qtbot, window, "4821")  # ignored while locked
    assert window.staff.pages.currentIndex() == 0
    wall[0] += 30
    window.staff._unlock()  # as the lock timer does after 30 s
    enter_pin(qtbot, window, "4821")
    assert window.staff.pages.currentIndex() == 1


def test_delay_from_the_panel_is_written_applied_and_cleared(qtbot, kiosk):
    window = kiosk("2018-09-27T16:10")  # coffee break; next: the Tajikistan session at 16:30
    window.open_staff()
    enter_pin(qtbot, window, "4821")
    qtbot.mouseClick(window.staff.delay_buttons[0], Qt.MouseButton.LeftButton)  # 5 min
    qtbot.mouseClick(window.staff.delay_buttons[2], Qt.MouseButton.LeftButton)  # 15 more
    written = json.loads(window.path.read_text())["adjustments"]
    assert written == [{"delay": 20, "from": "d1-emergency-tajikistan", "by": "staff panel"}]
    assert window.display.state.next.start == local("2018-09-27T16:50")
    assert load_agenda(window.path).item("d1-qa").start == local("2018-09-27T17:50")  # survives a restart
    qtbot.mouseClick(window.staff.clear_button, Qt.MouseButton.LeftButton)
    assert "adjustments" not in json.loads(window.path.read_text())
    assert window.display.state.next.start == local("2018-09-27T16:30")


def test_diagnostics_and_preview(qtbot, kiosk):
    window = kiosk("2018-09-27T16:10")
    window.open_staff()
    enter_pin(qtbot, window, "4821")
    window.staff.show_diagnostics()
    text = window.staff.diagnostics.text()
    assert str(window.path) in text and "Asia/Bishkek" in text and "2018-09-27 16:10" in text
    window.staff.show_preview()
    window.staff.preview_next_change()
    assert "16:30" in window.staff.preview_title.text() and not window.staff.preview.pixmap().isNull()


def test_exit_from_the_panel(qtbot, kiosk, monkeypatch):
    window = kiosk()
    quits = []
    monkeypatch.setattr(QApplication.instance(), "quit", lambda: quits.append(True))
    window.open_staff()
    enter_pin(qtbot, window, "4821")
    window.staff.exit_requested.emit()
    assert quits and window.exiting and not window.isVisible()


@pytest.mark.parametrize("key, modifiers", [
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier), (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)])
def test_keys_and_close_requests_do_not_close_the_kiosk(qtbot, kiosk, key, modifiers):
    window = kiosk()
    qtbot.keyClick(window, key, modifiers)
    assert window.isVisible()
    window.close()  # what a window manager's close button or Alt+F4 asks for
    assert window.isVisible()


def test_the_watchers_watch_again_once_the_browser_and_the_panel_are_built(qtbot, kiosk, caplog):
    """They are paused while those widgets are built (see KioskWindow._filters_paused)."""
    caplog.set_level(logging.INFO, logger="kiosk")
    window = kiosk()
    qtbot.mouseClick(window.display, Qt.MouseButton.LeftButton, pos=QPoint(900, 500))  # builds the browser
    assert window.browsing and window.idle.active
    qtbot.keyClick(window.browser, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert window.in_staff  # the panel was built while the idle watcher ran
    window.idle.warn()
    qtbot.mouseClick(window.staff.keys["1"], Qt.MouseButton.LeftButton)
    assert window.idle.warning_left == 0  # the touch reached the idle watcher
    qtbot.keyClick(window.staff, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert window.isVisible() and window.in_staff  # and the guard still swallows the keys
    assert "ignored a key that would close the kiosk: Alt+F4" in caplog.messages


def test_windowed_mode_closes_normally(qtbot, kiosk):
    window = kiosk(kiosk_mode=False)
    window.close()
    assert not window.isVisible()


def test_the_staff_panel_returns_by_itself(qtbot, kiosk):
    window = kiosk()
    window.open_staff()
    assert window.idle.active
    window.idle.expire()
    assert not window.in_staff and not window.browsing


# --- one kiosk per screen ------------------------------------------------------------------------

def test_a_second_kiosk_on_the_same_screen_is_refused(tmp_path):
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime),
           "KIOSK_CONFIG_DIR": str(tmp_path)}
    output = open(tmp_path / "1.out", "w")
    first = subprocess.Popen([sys.executable, "-m", "kiosk", "--windowed", "--log-file", str(tmp_path / "1.log")],
                             env=env, cwd=ROOT, stdout=output, stderr=subprocess.STDOUT, text=True)
    try:
        lock = runtime / "lobby-kiosk-screen0.lock"
        deadline = datetime.now() + timedelta(seconds=30)
        while not lock.exists() and datetime.now() < deadline and first.poll() is None:
            QApplication.processEvents()
        assert lock.exists(), (tmp_path / "1.out").read_text()
        second = subprocess.run([sys.executable, "-m", "kiosk", "--windowed", "--log-file", str(tmp_path / "2.log")],
                                env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert second.returncode == 2
        assert f"a kiosk is already running on screen 0 (process {first.pid})" in second.stderr
        other = subprocess.run([sys.executable, "-m", "kiosk", "--windowed", "--screen", "1"], env=env, cwd=ROOT,
                               capture_output=True, text=True, timeout=60)
        assert "already running" not in other.stderr  # screen 1 is another lock (and does not exist here)
    finally:
        first.terminate()
        first.wait(timeout=30)
        output.close()
    assert first.returncode == 0  # SIGTERM from the OS is a clean stop
    assert "kiosk stopped by the operating system" in (tmp_path / "1.log").read_text()


# --- faults -------------------------------------------------------------------------------------

@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_timer_is_logged_and_the_display_goes_on(qtbot, kiosk, caplog, monkeypatch):
    from ui.process import log_uncaught
    monkeypatch.setattr(sys, "excepthook", log_uncaught)
    caplog.set_level(logging.ERROR, logger="kiosk")
    window = kiosk("2018-09-27T15:59:59")

    def broken():
        raise RuntimeError("a bug in a slot")

    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: "a bug in a slot" in caplog.text, timeout=2000)
    assert "Traceback" in caplog.text and "unexpected error (the kiosk carries on)" in caplog.text
    window.clock.set(local("2018-09-27T16:00"))
    window.display.on_boundary()
    assert window.display.state.current.id == "d1-coffee"


def test_an_implausible_clock_shows_no_session(qapp, real_agenda):
    state = state_at(real_agenda, datetime(1970, 1, 1, 0, 5, tzinfo=BISHKEK))
    scene = build_scene(real_agenda, state, 1920, 1080)
    assert scene.phase == "waiting_for_time" and "Waiting for the correct time" in scene.all_text()
    assert "Registration" not in scene.all_text()


@pytest.mark.parametrize("at", ["1999-12-31T23:59", "2000-01-01T00:00"])
def test_the_screen_and_print_state_agree_on_the_clock(qapp, real_agenda, at):
    state = state_at(real_agenda, datetime.fromisoformat(at).replace(tzinfo=BISHKEK))
    waiting = build_scene(real_agenda, state, 1280, 720).phase == "waiting_for_time"
    assert waiting is (at < "2000")
    assert state_as_json(state, real_agenda).get("clock_ok", True) is not waiting


def test_a_clock_that_gets_set_is_noticed(qtbot, kiosk):
    window = kiosk("1970-01-01T00:05")
    assert window.display.scene.phase == "waiting_for_time"
    window.clock.set(local("2018-09-27T15:10"))
    assert window.display.check_clock()
    assert window.display.scene.phase == "in_item" and window.display.state.current.id == "d1-iom-approaches"


@pytest.mark.slow
def test_soak_memory_and_objects_stay_flat(qtbot, kiosk, caplog):
    caplog.set_level(logging.ERROR, logger="kiosk.display")  # the jumps below are meant; keep pytest's log store flat
    window = kiosk("2018-09-27T12:00")
    display = window.display
    points = sorted({i.start for i in display.agenda.items} | {i.until for i in display.agenda.items})

    def step(n: int, paint: bool):
        display.clock.set(points[n % len(points)])
        display.on_boundary()
        display.on_minute()
        if paint:
            display.next_page()
            display.next_drift()
            QApplication.processEvents()

    def cycle(rounds: int):
        for n in range(rounds):
            step(n, paint=n % 50 == 0)

    def heap() -> int:
        """The traced bytes still in use, less CPython's type attribute cache. That cache (4096 slots, in
        3.11) keeps alive the name of the last lookup in each slot; C code looks up by names it makes anew
        (Shiboken reads each enum's "value", datetime calls the zone's "dst"), so up to 4096 such strings
        (< 250 KB) stay, as many as the last lookups left, whatever the kiosk does. Run alone, the first
        findChildren() below builds PySide6 classes no earlier test had built; their lookups pushed out
        ~2,700 of those strings and the soak put them back: +130-165 KB that were never the kiosk's."""
        gc.collect()
        sys._clear_type_cache()
        return tracemalloc.get_traced_memory()[0]

    # Traced from the start, so that a cache entry evicted during the soak counts as freed: tracing only
    # after the warm-up counted every replacement in the (bounded) layout cache as growth.
    tracemalloc.start()
    try:
        cycle(400)  # every screen built many times over (fonts, words, layouts)
        # The budget is flat after a first round of each screen, so each is also painted whole once here:
        # the soak's own paints depend on how far its fades got, and 9 of the 21 icons it shows were drawn
        # first inside it. Both readings are taken on the same screen, as the one on show is not growth.
        for n in range(len(points)):
            step(n, paint=True)
            display.repaint()
        step(0, paint=True)
        objects_before = len(window.findChildren(QObject))
        heap_before = heap()
        changes_before = display.changes
        cycle(1500)
        step(0, paint=True)  # the screen of the first reading
        QApplication.processEvents()
        heap_after = heap()
    finally:
        tracemalloc.stop()
    assert display.changes - changes_before >= 1400  # well over a thousand real state changes
    assert len(window.findChildren(QObject)) == objects_before
    # Measured: +0.1 to +0.6 KB, alone or in its file. 32 KB is less than one 22-byte object kept per round.
    assert heap_after - heap_before < 32 * 1024, (heap_before, heap_after)


def test_module_sources_read_at_start_up_are_not_kept(qtbot, kiosk):
    """PySide6 reads the source of every module imported after it; linecache would keep the
    lines (~1.6 MB after start-up) for good. Building the browser and the panel lets them go."""
    import linecache
    window = kiosk()
    for build in (lambda: window.browser, lambda: window.staff):
        linecache.getlines(__file__)  # as if an import had just been read
        assert linecache.cache
        build()
        assert not linecache.cache


def test_a_screen_on_its_side(qtbot, tmp_path):
    from ui.rotation import RotatedHost
    agenda = load_agenda(AGENDA_PATH)
    window = KioskWindow(agenda, RehearsalClock(local("2018-09-27T15:10"), speed=0), staff_pin="4821")
    host = RotatedHost(window, 90)
    qtbot.addWidget(host)
    host.resize(1920, 1080)  # the physical screen, landscape
    host.show()
    window.start()
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (1080, 1920))  # laid out upright, portrait
    qtbot.waitUntil(lambda: window.display.scene is not None and window.display.scene.height == 1920)
    # A tap anywhere on the physical screen still reaches the kiosk and opens the browser.
    qtbot.mouseClick(host.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(960, 540))
    qtbot.waitUntil(lambda: window.browsing)
    image = host.grab().toImage()
    assert (image.width(), image.height()) == (1920, 1080)


def test_what_waits_for_the_first_frame_runs_once_just_after_it(qtbot, real_agenda):
    """DisplayView.after_next_paint: the live kiosk's guard, screen-blanking request and start line
    wait for the first frame, then come at once (not before it, not twice), with no Python filter
    watching the display's events meanwhile."""
    from ui.display.view import DisplayView
    view = DisplayView(real_agenda, RehearsalClock(local("2018-09-27T15:10"), speed=0))
    qtbot.addWidget(view)
    calls = []
    view.after_next_paint(lambda: calls.append(view.isVisible()))
    QApplication.processEvents()
    assert calls == []  # not shown, never painted
    view.resize(400, 225)
    view.show()
    qtbot.waitUntil(lambda: calls == [True])
    view.repaint()
    QApplication.processEvents()
    assert calls == [True]
    seen = []
    view.after_next_paint(lambda: seen.append(True))
    view.update()
    qtbot.waitUntil(lambda: seen == [True])  # each call waits for the paint after it


def test_keep_on_top_sets_the_shown_windows_flags_without_hiding_it(qtbot):
    from PySide6.QtWidgets import QWidget

    from ui.window import keep_on_top
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(320, 200)
    window.show()
    qtbot.waitExposed(window)
    handle = window.windowHandle()
    keep_on_top(window)
    wanted = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
    assert window.windowFlags() & wanted == wanted and window.windowHandle().flags() & wanted == wanted
    assert window.isVisible() and window.windowHandle() is handle  # not hidden and made again
    assert window.cursor().shape() == Qt.CursorShape.BlankCursor
