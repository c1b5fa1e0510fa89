"""The editor never loses anyone's change: a file saved by someone else while the editor has unsaved
edits is never overwritten (reload, or the edits on top of theirs); another program's schedule is
saved as a new agenda.json; an address or a broken file is refused in plain words."""

from __future__ import annotations

import json
import os
import shutil
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from conftest import AGENDA_PATH, DATA, run_kiosk
from kiosk.changes.panel_delays import add_delay
from kiosk.clock import RehearsalClock

AT = datetime(2018, 9, 27, 14, 40, tzinfo=ZoneInfo("Asia/Bishkek"))


@pytest.fixture
def open_editor(qtbot):
    def open_(path, lang="en"):
        from ui.editor.session import EditorSession
        from ui.editor.window import EditorWindow
        window = EditorWindow(EditorSession.open(path), RehearsalClock(AT, speed=0), lang=lang)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window
    return open_


def test_a_change_saved_meanwhile_is_kept_and_mine_go_on_top(tmp_path, open_editor, qtbot):
    path = tmp_path / "agenda.json"
    shutil.copy(AGENDA_PATH, path)
    window = open_editor(path)
    window.programme.select("d1-lunch")
    qtbot.keyClicks(window.form.room.boxes["en"], "Restaurant")

    add_delay(path, "d1-coffee", 10)  # the staff panel on a lobby PC, meanwhile
    theirs = path.read_bytes()
    qtbot.waitUntil(lambda: window.banner.isVisible())  # the editor noticed by itself
    assert "changed on disk" in window.banner_text.text()

    assert not window.save()  # never a silent overwrite
    assert path.read_bytes() == theirs
    assert "changed on disk" in window.statusBar().currentMessage()

    qtbot.mouseClick(window.on_top_button, Qt.MouseButton.LeftButton)
    assert window.session.dirty and not window.banner.isVisible()
    assert window.save()
    saved = json.loads(path.read_bytes())
    assert saved["adjustments"] == [{"delay": 10, "from": "d1-coffee", "by": "staff panel"}]  # theirs
    assert saved["days"][0]["items"][1]["room"] == {"en": "Restaurant"}  # mine
    assert run_kiosk("--check", "--agenda", str(path)).returncode == 0


def test_reload_drops_my_changes_for_the_file_on_disk(tmp_path, open_editor, qtbot):
    path = tmp_path / "agenda.json"
    shutil.copy(AGENDA_PATH, path)
    window = open_editor(path)
    window.programme.select("d1-lunch")
    qtbot.keyClicks(window.form.room.boxes["en"], "Restaurant")
    add_delay(path, "d1-coffee", 10)
    theirs = path.read_bytes()
    assert not window.save()
    qtbot.mouseClick(window.reload_button, Qt.MouseButton.LeftButton)
    assert not window.session.dirty and window.form.room.boxes["en"].text() == ""
    assert window.programme.rows["d1-coffee"].text(2) == "delayed 10\u00a0min"
    window.close()
    assert not window.isVisible() and path.read_bytes() == theirs


def test_a_frab_schedule_is_saved_as_a_new_agenda_json(tmp_path, open_editor, qtbot):
    xml = tmp_path / "schedule.xml"
    shutil.copy(DATA / "formats" / "schedule.xml", xml)
    original = xml.read_bytes()
    window = open_editor(xml)
    assert window.banner.isVisible() and "another program's schedule" in window.banner_text.text()
    assert window.save_action.text() == "Save as agenda.json…"
    window.close()  # opened and closed: the other program's file is untouched
    assert not window.isVisible() and xml.read_bytes() == original

    window = open_editor(xml)
    first = next(iter(window.programme.rows))
    window.programme.select(first)
    qtbot.keyClicks(window.form.room.boxes["en"], "Hall")
    assert not window.save_as(xml)  # never into the other program's file
    out = tmp_path / "agenda.json"
    assert window.save_as(out)
    assert xml.read_bytes() == original
    assert run_kiosk("--check", "--agenda", str(out)).returncode == 0
    assert window.session.opened.path == out and not window.session.foreign
    assert window.save_action.text() == "Save"


def test_closing_an_unchanged_file_leaves_every_byte_and_the_mode(tmp_path, open_editor, qtbot):
    text = AGENDA_PATH.read_text(encoding="utf-8").replace("\n", "\r\n")
    path = tmp_path / "agenda.json"
    path.write_bytes(text.encode("utf-8"))
    os.chmod(path, 0o640)
    link = tmp_path / "current.json"
    link.symlink_to(path)
    window = open_editor(link)
    window.programme.select("d2-closing")
    qtbot.keyClicks(window.form.room.boxes["en"], "Hall")
    window.session.stack.undo()
    assert window.save()  # nothing to save: nothing written
    window.close()
    assert path.read_bytes() == text.encode("utf-8") and link.is_symlink()
    window = open_editor(link)
    window.programme.select("d2-closing")
    qtbot.keyClicks(window.form.room.boxes["en"], "Hall")
    assert window.save()
    assert link.is_symlink() and oct(path.stat().st_mode & 0o777) == "0o640"
    data = path.read_bytes()
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")


def test_the_command_refuses_an_address_and_a_broken_file_in_plain_words(tmp_path):
    result = run_kiosk("--edit", "--agenda", "http://127.0.0.1:9/agenda.json")
    assert result.returncode == 2
    assert "edit the agenda.json that the web server serves, by its path" in result.stderr
    broken = tmp_path / "agenda.json"
    broken.write_text('{"timezone": "Asia/Bishkek",,}', encoding="utf-8")
    result = run_kiosk("--edit", "--agenda", str(broken))
    assert result.returncode == 2 and "line 1, column 29" in result.stderr and "Traceback" not in result.stderr


def test_an_agenda_with_problems_opens_to_be_fixed(tmp_path, open_editor, qtbot):
    doc = json.loads(AGENDA_PATH.read_text(encoding="utf-8"))
    doc["days"][0]["items"][3]["end"] = "14:00"
    path = tmp_path / "agenda.json"
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    window = open_editor(path)
    assert window.problems.count() == 1 and window.preview.agenda is None
    window.locate(window.problems.item(0).data(Qt.ItemDataRole.UserRole + 2))
    end = window.form.end
    end.selectAll()
    qtbot.keyClicks(end, "15:00")
    assert window.problems.count() == 0 and window.save()
    assert run_kiosk("--check", "--agenda", str(path)).returncode == 0
    window.preview.render_now()
    assert "Group Photo" in window.preview.scene.all_text()
