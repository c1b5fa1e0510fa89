"""The command line through a real subprocess: --check, --print-state, errors and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import AGENDA_PATH, ROOT, run_kiosk


def test_check_bundled_agenda():
    result = run_kiosk("--check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "OK: 19 items on 2 days (2018-09-27 – 2018-09-28), Asia/Bishkek"


def test_check_broken_file_lists_every_problem(write_json, minimal_doc):
    minimal_doc["days"][0]["items"][2]["end"] = "10:30"
    minimal_doc["days"][0]["items"][0]["kind"] = "party"
    path = write_json(minimal_doc)
    result = run_kiosk("--check", "--agenda", str(path))
    assert result.returncode == 2
    lines = result.stdout.strip().splitlines()
    assert f"{path}: days[0].items[2].end: 10:30 is before start 11:00" in lines
    assert any(line.startswith(f"{path}: days[0].items[0].kind: ") for line in lines)
    assert "Traceback" not in result.stdout + result.stderr


def test_check_missing_file_is_one_plain_line(tmp_path):
    result = run_kiosk("--check", "--agenda", str(tmp_path / "gone.json"))
    assert result.returncode == 2
    assert result.stdout.strip() == f"{tmp_path / 'gone.json'}: file: not found"


@pytest.mark.parametrize("at", ["2018-09-27T16:10", "2018-09-27T16:10:00+06:00", "2018-09-27T10:10:00Z",
                                "2018-09-27T05:10:00-05:00"])
def test_print_state_same_instant_in_any_notation(at):
    result = run_kiosk("--print-state", "--at", at)
    assert result.returncode == 0, result.stderr
    state = json.loads(result.stdout)
    coffee = {"id": "d1-coffee", "title": "Coffee break", "kind": "break",
              "start": "2018-09-27T16:00:00+06:00", "end": "2018-09-27T16:30:00+06:00"}
    tajikistan = {"id": "d1-emergency-tajikistan",
                  "title": "Emergency response preparedness for refugee situations: Case study of Tajikistan",
                  "kind": "session", "start": "2018-09-27T16:30:00+06:00", "end": "2018-09-27T17:30:00+06:00"}
    assert state == {
        "at": "2018-09-27T16:10:00+06:00", "phase": "in_item", "current": coffee, "next": tajikistan,
        "next_change": "2018-09-27T16:30:00+06:00",
        # One room, not named: the lists by room hold the same items, with "room": null.
        "running": [{**coffee, "room": None}], "next_by_room": [{**tajikistan, "room": None}]}


def test_print_state_does_not_depend_on_the_machine_timezone():
    outputs = {run_kiosk("--print-state", "--at", "2018-09-28T18:30", env={"TZ": tz}).stdout
               for tz in ("UTC", "Asia/Tokyo", "America/Los_Angeles")}
    assert len(outputs) == 1
    state = json.loads(outputs.pop())
    assert state["current"]["id"] == "d2-reception" and state["current"]["end"] is None
    assert state["next"] is None and state["next_change"] == "2018-09-29T00:00:00+06:00"


def test_print_state_says_an_unset_clock_as_the_screen_does():
    state = json.loads(run_kiosk("--print-state", "--at", "1970-01-01T00:05").stdout)
    assert state["clock_ok"] is False  # the screen says "Waiting for the correct time"
    assert state["phase"] == "before_event" and state["next"]["id"] == "d1-registration"  # as state_at says


def test_print_state_after_event_has_nulls():
    state = json.loads(run_kiosk("--print-state", "--at", "2018-10-01T09:00").stdout)
    assert state["phase"] == "after_event"
    assert state["current"] is None and state["next"] is None and state["next_change"] is None


def test_print_state_without_at_uses_the_system_clock():
    result = run_kiosk("--print-state")
    assert result.returncode == 0
    assert json.loads(result.stdout)["phase"] == "after_event"  # the event was in 2018


@pytest.mark.parametrize("bad", ["2018-13-01T10:00", "tomorrow", "27.09.2018 16:10", "2018-09-27T25:00"])
def test_malformed_at_is_a_clear_error(bad):
    result = run_kiosk("--print-state", "--at", bad)
    assert result.returncode == 2
    assert f"--at: '{bad}' is not a date and time" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_print_state_with_a_broken_agenda_says_so(write_json):
    path = write_json("{")
    result = run_kiosk("--print-state", "--agenda", str(path))
    assert result.returncode == 2
    assert f"{path}: line 1, column 2: not valid JSON" in result.stderr


@pytest.mark.parametrize("args, words", [(["--bogus"], "unrecognized arguments: --bogus"),
                                          (["--size", "huge"], "is not a size like 1920x1080"),
                                          (["--speed", "-3"], "--speed"),
                                          (["--check", "--print-state"], "not allowed with")])
def test_wrong_flags_exit_2_with_a_message(args, words):
    result = run_kiosk(*args)
    assert result.returncode == 2
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_help_explains_flags_with_examples():
    result = run_kiosk("--help")
    assert result.returncode == 0
    for flag in ("--agenda", "--check", "--print-state", "--at", "--speed", "--screenshot", "--windowed"):
        assert flag in result.stdout
    assert "examples:" in result.stdout


def test_help_is_laid_out_in_the_terminal_width_as_argparse_would(monkeypatch):
    import argparse

    from kiosk.cli import build_parser
    shown = {}
    for columns in ("60", "132"):
        monkeypatch.setenv("COLUMNS", columns)
        parser = build_parser()
        parser.formatter_class = argparse.RawDescriptionHelpFormatter  # argparse's own width finding
        shown[columns] = run_kiosk("--help").stdout
        assert shown[columns] == parser.format_help()
    assert shown["60"] != shown["132"]


def test_a_command_does_not_import_shutil_for_its_flags():
    code = ("import sys; from kiosk.cli import build_parser; build_parser().parse_args(['--check']); "
            "print(sorted({'shutil', 'bz2', 'lzma'} & set(sys.modules)))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.stdout.strip() == "[]", result.stderr


def test_module_and_console_script_agree():
    import shutil
    import subprocess
    import sys
    from pathlib import Path
    script = Path(sys.executable).parent / "kiosk"
    if not script.exists():
        script = shutil.which("kiosk")
    assert script, "the kiosk console script is not installed"
    direct = subprocess.run([str(script), "--check", "--agenda", str(AGENDA_PATH)], capture_output=True, text=True)
    assert direct.returncode == 0 and direct.stdout == run_kiosk("--check").stdout
