"""A conference file's times are followed over its zone name (issue 16, item 4), and the readers take
the real pretalx and frab schedule.json exports with every event (counted from the file itself)."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from conftest import DATA, run_kiosk
from kiosk.loader import load_agenda, parse_agenda

REAL = DATA / "formats" / "real"
DEMOCON = REAL / "pretalx-democon.json"


def events_in(path) -> list[dict]:
    conference = json.loads(path.read_text("utf-8"))["schedule"]["conference"]
    return [e for day in conference["days"] for room in day["rooms"].values() for e in room]


def first_event(path) -> dict:
    return min(events_in(path), key=lambda e: datetime.fromisoformat(e["date"]))


def test_pretalx_democon_is_shown_at_the_times_the_file_writes():
    first = first_event(DEMOCON)
    assert json.loads(DEMOCON.read_text("utf-8"))["schedule"]["conference"]["time_zone_name"] == "UTC"
    assert first["date"].endswith("+01:00")  # the file's quirk, as ORIGINS.md says
    agenda = load_agenda(DEMOCON)
    assert agenda.timezone.key == "Etc/GMT-1"
    assert len(agenda.items) == len(events_in(DEMOCON))
    # every item at the wall-clock time the file writes, first of all the first talk at 09:00
    shown = sorted((agenda.local(i.start).strftime("%Y-%m-%d %H:%M"), str(i.title)) for i in agenda.items)
    written = sorted((datetime.fromisoformat(e["date"]).strftime("%Y-%m-%d ") + e["start"], e["title"].strip())
                     for e in events_in(DEMOCON))
    assert shown == written
    assert agenda.local(agenda.items[0].start).strftime("%H:%M") == first["start"] == "09:00"


def test_the_screen_state_has_the_first_talk_at_nine(tmp_path):
    first = first_event(DEMOCON)
    result = run_kiosk("--print-state", "--agenda", str(DEMOCON), "--at", first["date"][:10] + "T09:05")
    assert result.returncode == 0, result.stderr
    state = json.loads(result.stdout)
    at_nine = {e["title"].strip() for e in events_in(DEMOCON) if e["date"] == first["date"]}
    assert state["current"]["title"] in at_nine  # (one talk in each room at 09:00)
    assert state["current"]["start"] == first["date"] == "2020-12-14T09:00:00+01:00"


def test_check_and_convert_warn_in_one_located_line(tmp_path):
    check = run_kiosk("--check", "--agenda", str(DEMOCON))
    assert check.returncode == 0, check.stdout + check.stderr
    lines = check.stdout.splitlines()
    assert lines[-1].startswith(f"OK: {len(events_in(DEMOCON))} items on 3 days") and lines[-1].endswith("Etc/GMT-1")
    warning = f"warning: {DEMOCON}: schedule.conference.time_zone_name: names the zone \"UTC\", but its event " \
              "times are at UTC+01:00 (36 of 36); the kiosk follows the times and uses Etc/GMT-1 (fixed UTC+01:00)"
    assert lines[:-1] == [warning]
    out = tmp_path / "agenda.json"
    convert = run_kiosk("--convert", str(DEMOCON), str(out))
    assert convert.returncode == 0, convert.stderr
    assert convert.stdout.splitlines() == [warning, f"converted: {DEMOCON} -> {out}: 36 items on 3 days, Etc/GMT-1"]
    document = json.loads(out.read_text("utf-8"))
    assert document["timezone"] == "Etc/GMT-1" and document["days"][0]["items"][0]["start"] == "09:00"
    assert 'time_zone_name "UTC" does not match its event times' in document["$comment"]


def test_a_place_in_the_file_gives_a_real_zone_that_matches_the_times():
    document = json.loads(DEMOCON.read_text("utf-8"))
    document["schedule"]["conference"]["country"] = "Germany"
    agenda = parse_agenda(json.dumps(document).encode(), "democon.json")
    assert agenda.timezone.key == "Europe/Berlin"
    assert agenda.local(agenda.items[0].start).strftime("%H:%M") == "09:00"
    assert "uses Europe/Berlin (the zone of the file's place \"Germany\"" in agenda.warnings[0].what
    # a place whose clock does not match the times is not taken: Kyrgyzstan is at +06:00
    document["schedule"]["conference"]["country"] = "Kyrgyzstan"
    assert parse_agenda(json.dumps(document).encode(), "democon.json").timezone.key == "Etc/GMT-1"


def test_a_named_zone_that_agrees_with_most_times_is_kept():
    document = json.loads(DEMOCON.read_text("utf-8"))
    document["schedule"]["conference"]["time_zone_name"] = "Europe/Berlin"  # +01:00 in December: agrees
    events = [e for day in document["schedule"]["conference"]["days"] for r in day["rooms"].values() for e in r]
    events[-1]["date"] = events[-1]["date"].replace("+01:00", "-05:00")  # one talk from elsewhere
    agenda = parse_agenda(json.dumps(document).encode(), "democon.json")
    assert agenda.timezone.key == "Europe/Berlin" and agenda.warnings == ()
    assert len(agenda.items) == len(events)


@pytest.mark.parametrize("name, zone", [("pretalx-rc3-channels-2020-excerpt.json", "Etc/GMT-1"),
                                        ("frab-camp2019-excerpt.json", "Europe/Berlin")])
def test_real_schedule_json_exports_load_whole(name, zone):
    path = REAL / name
    agenda = load_agenda(path)
    assert agenda.timezone.key == zone and agenda.warnings == ()
    assert len(agenda.items) == len(events_in(path))
    shown = sorted((agenda.local(i.start).strftime("%Y-%m-%dT%H:%M"), str(i.title)) for i in agenda.items)
    written = sorted((e["date"][:11] + e["start"], " ".join(e["title"].split())) for e in events_in(path))
    assert shown == written  # every event at the wall-clock time and title the file gives
