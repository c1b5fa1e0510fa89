"""The editor window (kiosk --edit) end to end: the staff's flow on the bundled agenda, typed with
keys and mouse clicks, saved with Ctrl+S, then checked by `kiosk --check`, diffed against the
original, seen in the preview and picked up by a running display's feed."""

from __future__ import annotations

import difflib
import json
import shutil
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from conftest import AGENDA_PATH, run_kiosk
from kiosk.clock import RehearsalClock

BISHKEK = ZoneInfo("Asia/Bishkek")
AT = datetime(2018, 9, 27, 14, 40, tzinfo=BISHKEK)  # the group photo (14:30–15:00) is on


def type_text(widget, text: str) -> None:
    """Key presses with the text typed (Cyrillic too, which QTest.keyClicks cannot send)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def agenda_copy(tmp_path):
    path = tmp_path / "agenda.json"
    shutil.copy(AGENDA_PATH, path)
    return path


@pytest.fixture
def open_editor(qtbot):
    def open_(path, lang="en"):
        from ui.editor.session import EditorSession
        from ui.editor.window import EditorWindow
        window = EditorWindow(EditorSession.open(path), RehearsalClock(AT, speed=0), lang=lang)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts go to the active window
        return window
    return open_


def test_the_staff_flow_changes_the_file_only_where_it_should(agenda_copy, open_editor, qtbot):
    before = agenda_copy.read_text(encoding="utf-8")
    window = open_editor(agenda_copy)
    from ui.agendafeed import AgendaFeed
    feed = AgendaFeed(str(agenda_copy), window.session.checked.agenda)  # a running display's feed

    window.programme.select("d1-photo")
    assert window.form.heading.text() == "Group Photo"
    qtbot.keyClicks(window.form.subtitle.boxes["en"], "On the terrace")
    type_text(window.form.subtitle.boxes["ru"], "На террасе")
    qtbot.mouseClick(window.day_actions.cancel_button, Qt.MouseButton.LeftButton)
    assert window.day_actions.result.text() == "Done: Cancel d1-photo"
    assert window.programme.rows["d1-photo"].text(2) == "cancelled"  # the browser's badge

    window.tabs.setCurrentIndex(1)
    qtbot.mouseClick(window.announcements.add, Qt.MouseButton.LeftButton)
    box = window.announcements.text.boxes["en"]
    box.selectAll()
    qtbot.keyClicks(box, "Bus to the hotel at 18:00")
    type_text(window.announcements.text.boxes["ru"], "Автобус в гостиницу в 18:00")
    assert window.session.checked.ok, window.session.checked.problems
    assert window.isWindowModified()

    with qtbot.waitSignal(feed.changed, timeout=5000) as reloaded:
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    assert reloaded.args[0].item("d1-photo").cancelled  # the display got the saved file

    result = run_kiosk("--check", "--agenda", str(agenda_copy))
    assert result.returncode == 0 and result.stdout.startswith("OK: 19 items on 2 days"), result.stdout

    after = agenda_copy.read_text(encoding="utf-8")
    removed = [line for line in difflib.unified_diff(before.splitlines(True), after.splitlines(True), n=0)
               if line.startswith("-") and not line.startswith("---")]
    assert removed == []  # lines added (the subtitle, the adjustment, the announcement); not one changed
    expected = json.loads(before)
    expected["days"][0]["items"][3]["subtitle"] = {"en": "On the terrace", "ru": "На террасе"}
    expected["adjustments"] = [{"cancel": "d1-photo"}]
    expected["announcements"] = [{"from": "2018-09-27T14:40", "until": "2018-09-27T15:10",
                                  "text": {"en": "Bus to the hotel at 18:00", "ru": "Автобус в гостиницу в 18:00"}}]
    assert json.loads(after) == expected
    assert '\n          "subtitle": {\n            "en": "On the terrace",\n            "ru": "На террасе"\n' in after

    window.preview.set_instant(AT)
    window.preview.render_now()
    shown = window.preview.scene.all_text()
    assert "Bus to the hotel at 18:00" in shown
    assert "Group Photo" not in shown.split("Next")[0]  # not the current item any more
    feed.deleteLater()


def test_undo_and_redo_with_the_keyboard_and_closing_without_changes_leaves_the_file(agenda_copy, open_editor,
                                                                                      qtbot):
    original = agenda_copy.read_bytes()
    window = open_editor(agenda_copy)
    window.programme.select("d1-lunch")
    title = window.form.title.boxes["en"]
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " and coffee")
    assert window.session.doc["days"][0]["items"][1]["title"]["en"] == "Lunch and coffee"
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one step for the typing
    assert window.session.doc["days"][0]["items"][1]["title"]["en"] == "Lunch"
    assert title.text() == "Lunch" and not window.session.dirty
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.session.doc["days"][0]["items"][1]["title"]["en"] == "Lunch and coffee"
    window.session.stack.undo()
    window.close()  # nothing to save: no question, nothing written
    assert window.prompt is None and not window.isVisible()
    assert agenda_copy.read_bytes() == original


def test_closing_with_unsaved_changes_asks_first(agenda_copy, open_editor, qtbot):
    original = agenda_copy.read_bytes()
    window = open_editor(agenda_copy)
    window.programme.select("d1-lunch")
    qtbot.keyClicks(window.form.room.boxes["en"], "Restaurant")
    window.close()
    assert window.isVisible() and window.prompt is not None  # asked, not closed
    prompt = window.prompt
    qtbot.mouseClick(prompt.button(prompt.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert window.isVisible() and agenda_copy.read_bytes() == original
    window.close()
    prompt = window.prompt
    qtbot.mouseClick(prompt.button(prompt.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    assert json.loads(agenda_copy.read_bytes())["days"][0]["items"][1]["room"] == {"en": "Restaurant"}


def test_an_invalid_agenda_cannot_be_saved_and_the_problem_leads_to_the_field(agenda_copy, open_editor, qtbot):
    original = agenda_copy.read_bytes()
    window = open_editor(agenda_copy)
    window.programme.select("d1-photo")
    end = window.form.end
    end.selectAll()
    qtbot.keyClicks(end, "14:00")
    assert window.problems.count() == 1
    assert "end: 14:00 is before start 14:30" in window.problems.item(0).text()
    assert window.problems.item(0).text().startswith("Day 1, 14:30 “Group Photo”")
    assert not window.save()
    assert "problem" in window.statusBar().currentMessage() and agenda_copy.read_bytes() == original
    window.programme.select("d2-lunch")
    qtbot.mouseClick(window.problems.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.problems.visualItemRect(window.problems.item(0)).center())
    assert window.current_id == "d1-photo" and QApplication.focusWidget() is window.form.end


def test_people_who_appear_cannot_be_removed_and_new_ones_can(agenda_copy, open_editor, qtbot):
    window = open_editor(agenda_copy)
    window.tabs.setCurrentIndex(2)
    window.people.select("kasabyan-victoria")
    assert not window.people.remove_current()
    said = window.people.message.text()
    assert "Victoria Kasabyan cannot be removed" in said and "d1-opening" in said
    window.people.add_new()
    qtbot.keyClicks(window.people.lines["name"].boxes["en"], "Anna Ivanova")
    new_id = window.people.current_id()
    assert new_id == "ivanova-anna"
    window.programme.select("d1-photo")
    window.form.presenters.add_person(new_id)
    assert window.session.doc["days"][0]["items"][3]["presenters"] == [{"person": "ivanova-anna"}]
    qtbot.mouseClick(window.form.presenters.video, Qt.MouseButton.LeftButton)
    assert window.session.doc["days"][0]["items"][3]["presenters"] == [{"person": "ivanova-anna", "video": True}]
    assert window.session.checked.ok


def test_a_new_item_gets_its_id_from_its_title_and_delay_moves_the_rest(agenda_copy, open_editor, qtbot):
    window = open_editor(agenda_copy)
    window.programme.select("d1-qa")
    window.add_item()
    assert window.current_id == "d1-new-session"
    title = window.form.title.boxes["en"]
    title.selectAll()
    qtbot.keyClicks(title, "Dinner")
    assert window.current_id == "d1-dinner" and "d1-dinner" in window.programme.rows
    assert window.session.checked.ok
    window.programme.select("d1-coffee")
    window.day_actions.minutes.setValue(15)
    qtbot.mouseClick(window.day_actions.delay_button, Qt.MouseButton.LeftButton)
    assert window.session.doc["adjustments"] == [{"delay": 15, "from": "d1-coffee"}]
    assert window.programme.rows["d1-coffee"].text(0) == "16:15–16:45"
    assert window.programme.rows["d1-coffee"].text(2) == "delayed 15\u00a0min"
    window.clear_changes()
    assert "adjustments" not in window.session.doc
    window.programme.select("d1-photo")
    window.day_actions.move_start.setText("18:10")
    qtbot.mouseClick(window.day_actions.move_button, Qt.MouseButton.LeftButton)
    assert "overlaps" in window.day_actions.result.text()  # 18:10–18:40 overlaps the new dinner (18:00–18:30)
    assert "adjustments" not in window.session.doc


def test_next_change_and_the_next_30_minutes(agenda_copy, open_editor, qtbot):
    window = open_editor(agenda_copy)
    window.preview.set_instant(AT)
    window.preview.show_next_change()
    assert window.preview.at == datetime(2018, 9, 27, 15, 0, tzinfo=BISHKEK)
    window.preview.shape.setCurrentIndex(1)
    window.preview.render_now()
    assert (window.preview.image.width(), window.preview.image.height()) == (1080, 1920)
    window.tabs.setCurrentIndex(1)
    window.announcements.add_new("Coffee is served")
    window.preview.show_now()  # the rehearsal clock stands at 14:40
    qtbot.mouseClick(window.announcements.next30, Qt.MouseButton.LeftButton)
    entry = window.session.doc["announcements"][0]
    assert (entry["from"], entry["until"]) == ("2018-09-27T14:40", "2018-09-27T15:10")


def test_the_screens_of_kiosk_toml_are_a_tab_of_the_editor(agenda_copy, qtbot):
    # kiosk.toml's screens and status_token: the editor shows them as `kiosk --screens` does
    import socket

    from kiosk.fleet import NOT_ANSWERING
    from ui.editor.session import EditorSession
    from ui.editor.window import EditorWindow
    refused = socket.socket()
    refused.bind(("127.0.0.1", 0))  # bound, not listening: the screen does not answer
    try:
        address = f"http://127.0.0.1:{refused.getsockname()[1]}"
        window = EditorWindow(EditorSession.open(agenda_copy), RehearsalClock(AT, speed=0),
                              fleet=((address,), "t" * 20))
        qtbot.addWidget(window)
        labels = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert labels[-1] == "Screens" and window.tabs.widget(len(labels) - 1) is window.screens_page
        (tile,) = window.screens_page.tiles
        qtbot.waitUntil(lambda: tile.marks == [NOT_ANSWERING], timeout=10000)
        window.close()
        assert window.screens_page is None and not tile.poller._pending
        plain = EditorWindow(EditorSession.open(agenda_copy), RehearsalClock(AT, speed=0))
        qtbot.addWidget(plain)
        assert "Screens" not in [plain.tabs.tabText(i) for i in range(plain.tabs.count())]
    finally:
        refused.close()
