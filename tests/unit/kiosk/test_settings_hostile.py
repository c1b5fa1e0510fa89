"""Hostile and careless kiosk.toml files: each ends in exit 2 with one located line, never a traceback or a hang."""

from __future__ import annotations

import os
import sys

import pytest

from conftest import run_kiosk
from kiosk.settings import MAX_BYTES, SettingsError, find_config, load_settings

# (name, the file's bytes, where the one line points, words it must hold)
CASES = [
    ("huge float", b"idle_timeout = 1e308\n", "idle_timeout", "is not a number of seconds from 10 to 3600"),
    ("minus zero", b"refresh = -0\n", "refresh", "is not a number of seconds from 5 to 86400"),
    ("huge int", b"screen = 99999999999999999999\n", "screen", "is not a screen number"),
    ("nan", b"idle_timeout = nan\n", "idle_timeout", "nan is not a number of seconds"),
    ("inf", b"refresh = inf\n", "refresh", "inf is not a number of seconds"),
    ("minus inf", b"refresh = -inf\n", "refresh", "-inf is not a number of seconds"),
    ("array", b"idle_timeout = [1, 2]\n", "idle_timeout", "[1, 2] is not a number"),
    ("inline table", b"refresh = {seconds = 30}\n", "refresh", "a table is not a number"),
    ("boolean", b"screen = true\n", "screen", "true is not a screen number"),
    ("date", b"refresh = 1979-05-27\n", "refresh", "1979-05-27 is not a number"),
    ("date-time as PIN", b"staff_pin = 1979-05-27T07:32:00Z\n", "staff_pin", "4 to 8 digits in quotes"),
    ("float rotation", b"rotation = 90.0\n", "rotation", "90.0 is not one of 0, 90, 180, 270"),
    ("list as language", b'language = ["en"]\n', "language", '["en"] is not one of'),
    ("fullwidth PIN", "staff_pin = \"１２３４\"\n".encode(), "staff_pin", "use the digits 0-9 only"),
    ("Arabic-Indic PIN", "staff_pin = \"٠١٢٣\"\n".encode(), "staff_pin", "use the digits 0-9 only"),
    ("superscript PIN", "staff_pin = \"¹²³⁴\"\n".encode(), "staff_pin", "use the digits 0-9 only"),
    ("NUL in a path", b'agenda = "a\\u0000b.json"\n', "agenda", "control character (U+0000)"),
    ("line break in a path", b'log_file = "a\\nb.log"\n', "log_file", "control character (U+000A)"),
    ("ESC in the address", b'qr_url = "https://a.org/\\u001b[2J"\n', "qr_url", "control character (U+001B)"),
    ("raw NUL", b'agenda = "a\x00b"\n', "line 1, column 12", "not valid TOML"),
    ("not UTF-8", b'staff_pin = "4821"\n# caf\xe9\n', "line 2", "is not UTF-8 text"),
    ("lone surrogate", b'agenda = "\\ud800"\n', "line 1, column 17", "not valid TOML"),
    ("two BOMs", b"\xef\xbb\xbf\xef\xbb\xbfstaff_pin = \"4821\"\n", "line 1, column 1", "not valid TOML"),
    ("duplicate key", b'staff_pin = "4821"\nstaff_pin = "1234"\n', "line 2, column 19", "given twice"),
    ("duplicate table", b"[a]\nx = 1\n[a]\n", "line 3, column 3", "given twice"),
    ("unknown table", b'[display]\nstaff_pin = "4821"\n', "[display]", "kiosk.toml has no tables"),
    ("dotted key", b"display.size = 3\n", "[display]", "kiosk.toml has no tables"),
    ("deep arrays", b"a = " + b"[" * 100_000 + b"]" * 100_000 + b"\n", "file", "nested too deeply"),
    ("deep tables", b"a = " + b"{b=" * 5000 + b"1" + b"}" * 5000 + b"\n", "file", "nested too deeply"),
    ("long unknown key", b"k" * 100_000 + b" = 1\n", "k" * 59 + "…", "unknown setting"),
]


@pytest.mark.parametrize("name, content, where, words", CASES, ids=[case[0] for case in CASES])
def test_hostile_values_are_located(tmp_path, name, content, where, words):
    path = tmp_path / "kiosk.toml"
    path.write_bytes(content)
    with pytest.raises(SettingsError) as caught:
        load_settings(path)
    lines = caught.value.lines()
    assert len(lines) == 1 and lines[0].startswith(f"{path}: {where}: ") and words in lines[0], lines
    assert len(lines[0]) - len(str(path)) < 260, lines  # a message, not the file echoed back


def test_a_bom_is_fine(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_bytes(b'\xef\xbb\xbfstaff_pin = "4821"\n')
    assert load_settings(path).staff_pin == "4821"


def test_ascii_pins_of_four_to_eight_digits_are_fine(tmp_path):
    path = tmp_path / "kiosk.toml"
    for pin in ("0123", "98765432"):
        path.write_text(f'staff_pin = "{pin}"\n')
        assert load_settings(path).staff_pin == pin
    for pin in ("123", "123456789", " 1234", "12 34", "-123", "+1234"):
        path.write_text(f'staff_pin = "{pin}"\n')
        with pytest.raises(SettingsError, match="4 to 8 digits"):
            load_settings(path)


def not_files(tmp_path):
    big = tmp_path / "big.toml"
    with open(big, "wb") as stream:  # 100 MB, sparse: only its size is ever looked at
        stream.truncate(100 * 1024 * 1024)
    link = tmp_path / "link.toml"
    link.symlink_to("/dev/zero")
    cases = [(str(tmp_path), "is a folder, not a file"),
             ("/dev/zero", "is a device, not a file"),
             ("/dev/null", "is a device, not a file"),
             (str(link), "is a device, not a file"),
             (str(big), "is 104.9 MB; a settings file can be at most 1 MB")]
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "fifo.toml"
        os.mkfifo(fifo)  # no writer: a plain open() would wait for good
        cases.append((str(fifo), "is a pipe (FIFO), not a file"))
    return cases


@pytest.mark.skipif(sys.platform == "win32", reason="/dev/zero, FIFOs and symlinks as POSIX has them")
def test_things_that_are_not_settings_files_are_refused_at_once(tmp_path):
    for given, words in not_files(tmp_path):
        with pytest.raises(SettingsError) as caught:
            load_settings(find_config(given, None, tmp_path))
        assert caught.value.lines() == [f"{given}: file: {words}"]


def test_a_file_just_over_the_limit_is_refused_and_one_at_it_read(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_bytes(b'staff_pin = "4821"\n' + b"#" * (MAX_BYTES - 20) + b"\n")
    assert path.stat().st_size == MAX_BYTES and load_settings(path).staff_pin == "4821"
    path.write_bytes(path.read_bytes() + b"\n")
    with pytest.raises(SettingsError, match="a settings file can be at most 1 MB"):
        load_settings(path)


def test_an_empty_config_path_is_an_error(tmp_path):
    with pytest.raises(SettingsError) as caught:
        find_config("", None, tmp_path)
    assert caught.value.lines() == ["--config: path: is empty; give the settings file, e.g. kiosk.toml"]


@pytest.mark.skipif(sys.platform == "win32", reason="/dev/zero, FIFOs and symlinks as POSIX has them")
def test_the_command_says_one_line_and_exits_2_for_check_and_for_a_start(tmp_path):
    """A real process: --check reports on stdout; a start says it on stderr and what to do next."""
    hostile = tmp_path / "hostile.toml"
    hostile.write_bytes("staff_pin = \"１２３４\"\n".encode())
    given = [(str(hostile), "staff_pin: use the digits 0-9 only (the keypad has no others)"),
             (str(tmp_path / "deep.toml"), "file: not valid TOML: lists or tables nested too deeply")]
    (tmp_path / "deep.toml").write_bytes(b"a = " + b"[" * 100_000 + b"]" * 100_000 + b"\n")
    given += [(path, f"file: {words}") for path, words in not_files(tmp_path) if "fifo" in path or path == "/dev/zero"]
    env = {"QT_QPA_PLATFORM": "offscreen"}
    for path, words in given:
        checked = run_kiosk("--check", "--config", path, env=env)
        assert (checked.returncode, checked.stdout, checked.stderr) == (2, f"{path}: {words}\n", ""), path
        started = run_kiosk("--config", path, env=env)
        assert started.returncode == 2 and "Traceback" not in started.stderr, started.stderr
        assert started.stderr.splitlines() == [f"{path}: {words}", "kiosk: fix the settings file and start again"]
