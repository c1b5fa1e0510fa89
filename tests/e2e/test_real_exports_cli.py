"""The kiosk command on real conference exports: --check warns about double bookings and says OK,
a file without a zone asks for --timezone (or kiosk.toml's timezone), --convert keeps guesses in
its $comment, and the screens name no place the file leaves out."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from conftest import DATA, run_kiosk

REAL = DATA / "formats" / "real"
FOSDEM = REAL / "fosdem-2021-excerpt.xml"
NO_ZONE = f"{FOSDEM}: names no time zone; give it with --timezone ZONE (or timezone in kiosk.toml)"


def xml_events(path) -> int:
    return sum(1 for _ in ET.parse(path).getroot().iter("event"))


@pytest.mark.parametrize("name, overlaps", [("c3voc-merged-36c3-excerpt.xml", 4), ("c3voc-hub-38c3-excerpt.xml", 2),
                                            ("frab-31c3-excerpt.xml", 0)])
def test_check_prints_the_warnings_and_says_ok(name, overlaps):
    path = REAL / name
    result = run_kiosk("--check", "--agenda", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    warnings = [line for line in lines if line.startswith(f"warning: {path}: ")]
    assert len(warnings) == overlaps and all("overlaps" in w and w.endswith("; both are shown") for w in warnings)
    assert lines[len(warnings)].startswith(f"OK: {xml_events(path)} items on ")


def test_a_file_without_a_zone_needs_timezone_by_flag_or_setting(tmp_path):
    result = run_kiosk("--check", "--agenda", str(FOSDEM))
    assert result.returncode == 2 and result.stdout.splitlines() == [NO_ZONE]
    result = run_kiosk("--print-state", "--agenda", str(FOSDEM), "--at", "2021-02-06T09:10")
    assert result.returncode == 2 and NO_ZONE in result.stderr and "Traceback" not in result.stderr

    result = run_kiosk("--check", "--agenda", str(FOSDEM), "--timezone", "Europe/Brussels")
    assert result.returncode == 0, result.stdout
    assert result.stdout.splitlines()[-1] == (f"OK: {xml_events(FOSDEM)} items on 2 days (2021-02-06 – 2021-02-07), "
                                              "Europe/Brussels")

    settings = tmp_path / "kiosk.toml"
    settings.write_text('timezone = "Europe/Brussels"\n', "utf-8")
    result = run_kiosk("--print-state", "--agenda", str(FOSDEM), "--config", str(settings), "--at", "2021-02-06T09:10")
    assert result.returncode == 0, result.stderr
    state = json.loads(result.stdout)
    assert state["current"]["title"] == "Welcome to FOSDEM 2021"
    assert state["current"]["start"] == "2021-02-06T09:00:00+01:00"


@pytest.mark.parametrize("value, words", [("Mars/Olympus", "is not a known time zone"),
                                          ("Europe/brussels", "is written Europe/Brussels"),
                                          ("localtime", "depends on the computer")])
def test_a_bad_zone_is_refused_plainly(tmp_path, value, words):
    result = run_kiosk("--check", "--agenda", str(FOSDEM), "--timezone", value)
    assert result.returncode == 2 and words in result.stderr and "Traceback" not in result.stderr
    settings = tmp_path / "kiosk.toml"
    settings.write_text(f'timezone = "{value}"\n', "utf-8")
    result = run_kiosk("--check", "--agenda", str(FOSDEM), "--config", str(settings))
    assert result.returncode == 2 and result.stdout.startswith(f"{settings}: timezone: ") and words in result.stdout


def test_convert_puts_the_guesses_in_the_comment_only(tmp_path):
    out = tmp_path / "agenda.json"
    result = run_kiosk("--convert", str(REAL / "c3voc-merged-36c3-excerpt.xml"), str(out))
    assert result.returncode == 0, result.stderr
    assert sum(line.startswith("warning: ") for line in result.stdout.splitlines()) == 4
    document = json.loads(out.read_text("utf-8"))
    assert not {"city", "country", "venue"} & set(document["event"])
    assert "names no venue" in document["$comment"] and "names no city or country" in document["$comment"]
    assert "books a room twice (4 overlaps" in document["$comment"]

    out = tmp_path / "fosdem.json"
    result = run_kiosk("--convert", str(FOSDEM), str(out), "--timezone", "Europe/Brussels")
    assert result.returncode == 0, result.stderr
    document = json.loads(out.read_text("utf-8"))
    assert document["timezone"] == "Europe/Brussels" and document["event"]["venue"] == "Online"
    assert '"city": "Brussels", "country": "Belgium"' in document["$comment"]
    assert "city" not in document["event"]


def test_screenshots_of_a_busy_minute_are_drawn(tmp_path):
    for args in (("--agenda", str(REAL / "frab-31c3-excerpt.xml"), "--at", "2014-12-28T00:30"),
                 ("--agenda", str(FOSDEM), "--timezone", "Europe/Brussels", "--at", "2021-02-06T15:40"),
                 ("--agenda", str(FOSDEM), "--timezone", "Europe/Brussels", "--at", "2021-02-06T15:40",
                  "--view", "programme")):
        out = tmp_path / "shot.png"
        result = run_kiosk("--screenshot", str(out), *args)
        assert result.returncode == 0, result.stderr
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        out.unlink()
