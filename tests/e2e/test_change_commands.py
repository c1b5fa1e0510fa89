"""The day's changes from the command line, as a real process on a copy of the bundled agenda:
what the screen would show at chosen instants afterwards, the file differing only in the member
that holds the change, plain refusals with exit 2, and a running display following the change."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from conftest import AGENDA_PATH, DATA, ROOT, run_kiosk
from kiosk.jsonsplice import top_level

BISHKEK = ZoneInfo("Asia/Bishkek")
ORIGINAL = AGENDA_PATH.read_bytes()


@pytest.fixture
def agenda(tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_CONFIG_DIR", str(tmp_path))  # never the user's kiosk.toml
    path = tmp_path / "agenda.json"
    path.write_bytes(ORIGINAL)
    return path


def change(path, *args: str) -> str:
    result = run_kiosk(*args, "--agenda", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and result.stdout.count("\n") == 1  # one line saying what changed
    return result.stdout.strip()


def state(path, at: str) -> dict:
    result = run_kiosk("--print-state", "--at", at, "--agenda", str(path))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def brief(item: dict | None) -> tuple | None:
    """An item of the state as (id, start, end) in local HH:MM."""
    if item is None:
        return None
    times = (datetime.fromisoformat(t).astimezone(BISHKEK).strftime("%H:%M") if t else None
             for t in (item["start"], item["end"]))
    return (item["id"], *times)


def without(text: str, key: str) -> str:
    """The text without the top-level member ``key`` (and the comma before it)."""
    obj = top_level(text)
    for index, part in enumerate(obj.parts):
        if part.key == key:
            return text[:obj.parts[index - 1].end if index else part.start] + text[part.end:]
    return text


def only_changed(path, key: str) -> list | None:
    """Assert the file differs from the bundled agenda in the member ``key`` only (parsed and byte
    for byte outside it); return that member's new value."""
    before, after = json.loads(ORIGINAL), json.loads(path.read_bytes())
    assert {k: v for k, v in after.items() if k != key} == {k: v for k, v in before.items() if k != key}
    assert without(path.read_bytes().decode(), key) == without(ORIGINAL.decode(), key)
    return after.get(key)


def test_delay(agenda):
    said = change(agenda, "--delay", "d1-coffee", "15")
    assert said == (f'{agenda}: Delayed d1-coffee ("Coffee break") and what follows that day by 15 min: '
                    "it now starts at 16:15")
    assert only_changed(agenda, "adjustments") == [{"delay": 15, "from": "d1-coffee"}]
    at_1610 = state(agenda, "2018-09-27T16:10")
    assert at_1610["phase"] == "between_items" and brief(at_1610["next"]) == ("d1-coffee", "16:15", "16:45")
    at_1640 = state(agenda, "2018-09-27T16:40")
    assert brief(at_1640["current"]) == ("d1-coffee", "16:15", "16:45")
    assert brief(at_1640["next"]) == ("d1-emergency-tajikistan", "16:45", "17:45")
    assert brief(state(agenda, "2018-09-27T14:40")["current"]) == ("d1-photo", "14:30", "15:00")  # before: as printed


def test_delay_until_a_later_item(agenda):
    change(agenda, "--delay", "d2-dialogue", "20", "--until", "d2-coffee-am")
    assert only_changed(agenda, "adjustments") == [{"delay": 20, "from": "d2-dialogue", "until": "d2-coffee-am"}]
    assert brief(state(agenda, "2018-09-28T11:25")["current"]) == ("d2-coffee-am", "11:20", "11:30")
    assert brief(state(agenda, "2018-09-28T11:30")["current"]) == ("d2-dialogue-continued", "11:30", "13:00")


def test_cancel_then_restore(agenda):
    said = change(agenda, "--cancel", "d1-photo", "--note", "Postponed to Friday")
    assert said.endswith('Cancelled d1-photo ("Group Photo"): it stays listed, marked cancelled')
    assert only_changed(agenda, "adjustments") == [{"cancel": "d1-photo", "note": "Postponed to Friday"}]
    at_1440 = state(agenda, "2018-09-27T14:40")
    assert at_1440["current"] is None and brief(at_1440["next"]) == ("d1-iom-approaches", "15:00", "16:00")
    assert brief(state(agenda, "2018-09-27T14:10")["next"])[0] == "d1-iom-approaches"  # never next either
    assert change(agenda, "--restore", "d1-photo").endswith("removed its cancellation; it is at 14:30–15:00")
    assert agenda.read_bytes() == ORIGINAL
    assert brief(state(agenda, "2018-09-27T14:40")["current"]) == ("d1-photo", "14:30", "15:00")


def test_move(agenda):
    said = change(agenda, "--move", "d1-qa", "17:40", "--end", "18:20")
    assert said.endswith('to 17:40–18:20 (printed 17:30)')
    assert only_changed(agenda, "adjustments") == [{"move": "d1-qa", "start": "17:40", "end": "18:20"}]
    at_1735 = state(agenda, "2018-09-27T17:35")
    assert at_1735["phase"] == "between_items" and brief(at_1735["next"]) == ("d1-qa", "17:40", "18:20")
    assert brief(state(agenda, "2018-09-27T18:10")["current"]) == ("d1-qa", "17:40", "18:20")


def test_announce_in_local_time_and_with_an_offset(agenda):
    said = change(agenda, "--announce", "Bus to the airport at 18:00", "--from", "2018-09-27T11:30Z",
                  "--until", "2018-09-27T18:00", "--ru", "Автобус в аэропорт в 18:00", "--important")
    assert said.endswith('Announced "Bus to the airport at 18:00" from 2018-09-27 17:30 until 18:00 (important)')
    assert only_changed(agenda, "announcements") == [
        {"from": "2018-09-27T17:30", "until": "2018-09-27T18:00", "level": "important",
         "text": {"en": "Bus to the airport at 18:00", "ru": "Автобус в аэропорт в 18:00"}}]
    assert state(agenda, "2018-09-27T17:40")["announcements"] == ["Bus to the airport at 18:00"]
    assert "announcements" not in state(agenda, "2018-09-27T17:25")
    assert "announcements" not in state(agenda, "2018-09-27T18:00")


def test_clear_changes(agenda):
    change(agenda, "--delay", "d1-coffee", "15")
    change(agenda, "--cancel", "d2-closing")
    assert change(agenda, "--clear-changes").endswith("Cleared 2 changes: the printed programme applies again")
    assert agenda.read_bytes() == ORIGINAL
    assert brief(state(agenda, "2018-09-27T16:10")["current"]) == ("d1-coffee", "16:00", "16:30")
    assert change(agenda, "--clear-changes").endswith("There are no changes to clear; nothing changed")


def test_the_default_agenda_is_the_one_the_kiosk_would_show(tmp_path):
    """No --agenda: the agenda named in kiosk.toml (here in the config folder), as the kiosk starts on."""
    (tmp_path / "lobby.json").write_bytes(ORIGINAL)
    (tmp_path / "kiosk.toml").write_text('agenda = "lobby.json"\n', "utf-8")
    result = run_kiosk("--cancel", "d1-photo", env={"KIOSK_CONFIG_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(str(tmp_path / "lobby.json"))
    assert json.loads((tmp_path / "lobby.json").read_bytes())["adjustments"] == [{"cancel": "d1-photo"}]
    assert AGENDA_PATH.read_bytes() == ORIGINAL


@pytest.mark.parametrize("args, words", [
    (("--delay", "d1-cofee", "15"), 'no item with the id "d1-cofee"; did you mean "d1-coffee"'),
    (("--delay", "d1-coffee", "soon"), '"soon" is not a number of minutes (a delay is 1 to 600 minutes)'),
    (("--delay", "d1-coffee", "5", "--until", "d1-photo"),
     'delaying d1-coffee up to d1-photo by 5 min is refused: "d1-photo" must be a later item on the same day as '
     '"d1-coffee"'),
    (("--cancel", "group-photo"), 'no item with the id "group-photo"'),
    (("--restore", "d1-fot"), 'no item with the id "d1-fot"; did you mean "d1-photo"?'),
    (("--move", "d1-photo", "14:00"), 'moving d1-photo to 14:00 is refused: after the adjustments "Group Photo" '
                                      '(14:00) overlaps "Opening — Welcome Remarks" (14:00–14:30)'),
    (("--move", "d1-photo", "2pm"), 'the start "2pm" is not a time of day such as 14:30'),
    (("--move", "d1-qa", "18:00", "--end", "17:00"), "the end 17:00 is not after the start 18:00"),
    (("--announce", "Bus", "--from", "tomorrow", "--until", "2018-09-27T18:00"),
     'the start "tomorrow" is not a date and time such as 2018-09-27T14:30'),
    (("--announce", "Bus", "--from", "2018-09-27T18:00", "--until", "2018-09-27T17:00"),
     "the end 2018-09-27 17:00 is not after the start 2018-09-27 18:00"),
])
def test_a_mistake_exits_2_with_a_located_message_and_leaves_the_file(agenda, args, words):
    result = run_kiosk(*args, "--agenda", str(agenda))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith(f"{agenda}: {words}")  # located: the file, then what is wrong
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert agenda.read_bytes() == ORIGINAL


@pytest.mark.parametrize("args, words", [
    (("--announce", "Bus", "--from", "2018-09-27T17:00"), "kiosk: --announce needs --from ISO and --until ISO"),
    (("--cancel", "d1-photo", "--end", "15:00"), "kiosk: --end goes with --move"),
    (("--move", "d1-photo", "15:00", "--important"), "kiosk: --important goes with --announce"),
    (("--note", "late"), "kiosk: --note goes with --cancel, --delay or --move"),
    (("--delay", "d1-photo"), "kiosk: argument --delay: expected 2 arguments"),
    (("--delay", "d1-photo", "5", "--check"), "not allowed with argument"),
])
def test_a_misused_option_exits_2(agenda, args, words):
    result = run_kiosk(*args, "--agenda", str(agenda))
    assert result.returncode == 2 and words in result.stderr and "Traceback" not in result.stderr
    assert agenda.read_bytes() == ORIGINAL


def test_an_address_or_another_programs_schedule_is_not_changed(agenda, tmp_path):
    result = run_kiosk("--cancel", "d1-photo", "--agenda", "http://127.0.0.1:9/agenda.json")
    assert result.returncode == 2
    assert result.stderr.startswith("http://127.0.0.1:9/agenda.json: the agenda is an address on a web server")
    assert "edit the file the web server serves, by path" in result.stderr
    schedule = tmp_path / "schedule.xml"
    schedule.write_bytes((DATA / "formats" / "schedule.xml").read_bytes())
    result = run_kiosk("--clear-changes", "--agenda", str(schedule))
    assert result.returncode == 2 and "schedule.xml is another program's schedule.xml (frab, c3voc)" in result.stderr
    assert schedule.read_bytes() == (DATA / "formats" / "schedule.xml").read_bytes()


def test_a_running_kiosk_follows_the_commands(qtbot, agenda, tmp_path):
    """The real program, started windowed at 16:10 on the copy: its file watcher takes up each
    change a command makes (its log says so within 2 s), and what it shows next follows."""
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    log_file = tmp_path / "kiosk.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime)}
    kiosk = subprocess.Popen([sys.executable, "-m", "kiosk", "--windowed", "--agenda", str(agenda),
                              "--at", "2018-09-27T16:10", "--log-file", str(log_file)], env=env, cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    log = lambda: log_file.read_text("utf-8") if log_file.exists() else ""  # noqa: E731
    reloads = lambda: log().count(f"agenda reloaded: {agenda}: 19 items")  # noqa: E731
    try:
        qtbot.waitUntil(lambda: "state: in_item current=d1-coffee next=d1-emergency-tajikistan" in log()
                        or kiosk.poll() is not None, timeout=30_000)
        assert kiosk.poll() is None and reloads() == 0
        change(agenda, "--delay", "d1-emergency-tajikistan", "15")
        qtbot.waitUntil(lambda: reloads() == 1, timeout=2000)
        change(agenda, "--cancel", "d1-emergency-tajikistan")
        qtbot.waitUntil(lambda: reloads() == 2, timeout=2000)
        qtbot.waitUntil(lambda: "state: in_item current=d1-coffee next=d1-qa" in log(), timeout=2000)
        change(agenda, "--clear-changes")
        qtbot.waitUntil(lambda: reloads() == 3, timeout=2000)
        qtbot.waitUntil(lambda: log().rstrip().endswith("state: in_item current=d1-coffee "
                                                         "next=d1-emergency-tajikistan"), timeout=2000)
        assert "agenda rejected" not in log()
    finally:
        kiosk.terminate()
        _, err = kiosk.communicate(timeout=30)
    assert "Traceback" not in err
