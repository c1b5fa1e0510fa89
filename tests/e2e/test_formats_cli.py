"""The conference formats from the command line: ``kiosk --convert``, ``--export-ics`` and
``--export-schedule-json`` (and the round trip), and a URL serving either format."""

from __future__ import annotations

import copy
import json
import threading
import uuid
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from zoneinfo import ZoneInfo

import pytest

from conftest import AGENDA_PATH, SCHEDULE_JSON, events_of, run_kiosk, written, xml_with
from conftest import SCHEDULE_XML as XML
from kiosk.loader import convert, load_agenda, parse_agenda

BERLIN = ZoneInfo("Europe/Berlin")
BISHKEK = ZoneInfo("Asia/Bishkek")
EVENT_102 = "day[1]/room[Saal 1]/event[guid=c0a80001-0000-4000-8000-000000000102]"  # as test_formats locates it


def at(text: str, tz: ZoneInfo = BERLIN) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=tz)


# --- kiosk --convert ------------------------------------------------------------------------

@pytest.mark.parametrize("source, count", [(XML, 8), (SCHEDULE_JSON, 9)], ids=["xml", "json"])
def test_convert_writes_an_editable_agenda_json(tmp_path, source, count):
    out = tmp_path / "agenda.json"
    result = run_kiosk("--convert", str(source), str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"converted: {source} -> {out}: {count} items on 2 days, Europe/Berlin\n"
    text = out.read_text("utf-8")
    assert text.startswith('{\n  "$comment": "Converted from a ') and text.endswith("}\n")
    if source == SCHEDULE_JSON:
        assert "Élodie Lécuyer" in text  # UTF-8, not \u escapes
    converted, direct = load_agenda(out), load_agenda(source)
    assert [(i.id, i.start, i.end, i.until, str(i.title), i.kind) for i in converted.items] == \
           [(i.id, i.start, i.end, i.until, str(i.title), i.kind) for i in direct.items]
    assert run_kiosk("--check", "--agenda", str(out)).returncode == 0


def test_convert_a_bad_file_exits_2_with_the_located_lines(tmp_path):
    source = xml_with(tmp_path, "<duration>01:00</duration>", "<duration>1h30</duration>")
    out = tmp_path / "agenda.json"
    result = run_kiosk("--convert", str(source), str(out))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f'{source}: {EVENT_102}/duration: "1h30" is not a duration HH:MM\n'
    assert not out.exists()
    result = run_kiosk("--convert", str(tmp_path / "gone.xml"), str(out))
    assert result.returncode == 2 and result.stderr == f"{tmp_path / 'gone.xml'}: file: not found\n"


def test_convert_never_overwrites_its_input(tmp_path):
    source = written(tmp_path, "schedule.xml", XML.read_bytes())
    result = run_kiosk("--convert", str(source), str(source))
    assert result.returncode == 2 and "is the file being converted" in result.stderr
    assert source.read_bytes() == XML.read_bytes()


# --- kiosk --export-ics -----------------------------------------------------------------------

def parse_ics(path):
    import icalendar
    return icalendar.Calendar.from_ical(path.read_bytes())


def test_export_ics_of_the_bundled_agenda(tmp_path):
    out = tmp_path / "programme.ics"
    result = run_kiosk("--export-ics", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"exported: {AGENDA_PATH} -> {out}: 19 events (iCalendar, Asia/Bishkek)\n"
    calendar = parse_ics(out)
    events = calendar.walk("VEVENT")
    assert len(events) == 19
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Bishkek"]
    raw = out.read_text("utf-8")
    assert "DTSTART;TZID=Asia/Bishkek:20180927T160000" in raw

    by_uid = {str(e["UID"]): e for e in events}
    assert len(by_uid) == 19
    coffee = by_uid["d1-coffee@5th-almaty-process-som"]
    assert str(coffee["SUMMARY"]) == "Coffee break"
    assert coffee["DTSTART"].params["TZID"] == "Asia/Bishkek"
    assert coffee.start == datetime(2018, 9, 27, 16, 0, tzinfo=BISHKEK)
    assert coffee.end == datetime(2018, 9, 27, 16, 30, tzinfo=BISHKEK)
    assert str(coffee["LOCATION"]) == "Orion Hotel, Bishkek" and str(coffee["STATUS"]) == "CONFIRMED"

    reception = by_uid["d2-reception@5th-almaty-process-som"]  # open-ended: ends at its "until"
    assert reception.end == datetime(2018, 9, 29, 0, 0, tzinfo=BISHKEK)
    opening = by_uid["d1-opening@5th-almaty-process-som"]
    assert "Ms. Victoria Kasabyan, Head of Almaty Office" in str(opening["DESCRIPTION"])
    dialogue = by_uid["d2-dialogue@5th-almaty-process-som"]
    assert str(dialogue["DESCRIPTION"]).startswith("Central Asia has a long history")
    # Stable: the same UIDs on a second export.
    again = tmp_path / "again.ics"
    assert run_kiosk("--export-ics", str(again)).returncode == 0
    assert {str(e["UID"]) for e in parse_ics(again).walk("VEVENT")} == set(by_uid)


def test_exports_follow_the_adjustments(tmp_path):
    document = json.loads(AGENDA_PATH.read_text("utf-8"))
    document["adjustments"] = [{"delay": 15, "from": "d1-emergency-tajikistan"},
                               {"cancel": "d1-photo", "note": "Postponed to Friday"}]
    source = written(tmp_path, "agenda.json", json.dumps(document, ensure_ascii=False))
    ics, sched = tmp_path / "p.ics", tmp_path / "schedule.json"
    assert run_kiosk("--export-ics", str(ics), "--agenda", str(source)).returncode == 0
    assert run_kiosk("--export-schedule-json", str(sched), "--agenda", str(source)).returncode == 0

    by_uid = {str(e["UID"]).split("@")[0]: e for e in parse_ics(ics).walk("VEVENT")}
    assert str(by_uid["d1-photo"]["STATUS"]) == "CANCELLED"
    assert str(by_uid["d1-photo"]["DESCRIPTION"]).startswith("Cancelled. Postponed to Friday")
    assert by_uid["d1-emergency-tajikistan"].start == datetime(2018, 9, 27, 16, 45, tzinfo=BISHKEK)
    assert by_uid["d1-qa"].end == datetime(2018, 9, 27, 18, 15, tzinfo=BISHKEK)

    events = {e["slug"].removeprefix("5th-almaty-process-som-"): e
              for e in events_of(json.loads(sched.read_text("utf-8")))}
    assert events["d1-photo"]["title"] == "Cancelled: Group Photo"
    assert events["d1-emergency-tajikistan"]["date"] == "2018-09-27T16:45:00+06:00"
    assert events["d1-emergency-tajikistan"]["start"] == "16:45"


# --- kiosk --export-schedule-json and the round trip -------------------------------------------

def test_export_schedule_json_of_the_bundled_agenda(tmp_path):
    out = tmp_path / "schedule.json"
    result = run_kiosk("--export-schedule-json", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == (f"exported: {AGENDA_PATH} -> {out}: 19 events in 1 room on 2 days "
                             "(schedule.json, Asia/Bishkek)\n")
    document = json.loads(out.read_text("utf-8"))
    conference = document["schedule"]["conference"]
    assert conference["title"] == "5th Almaty Process Senior Officials Meeting (SOM)"
    assert (conference["start"], conference["end"], conference["daysCount"]) == ("2018-09-27", "2018-09-28", 2)
    assert conference["timeslot_duration"] == "00:05" and conference["time_zone_name"] == "Asia/Bishkek"
    assert [r["name"] for r in conference["rooms"]] == ["Orion Hotel"]
    assert [d["index"] for d in conference["days"]] == [1, 2]
    events = list(events_of(document))
    assert len(events) == 19
    assert len({e["guid"] for e in events}) == 19 and len({e["id"] for e in events}) == 19
    coffee = next(e for e in events if e["slug"].endswith("-d1-coffee"))
    assert uuid.UUID(coffee["guid"]).version == 5 and isinstance(coffee["id"], int)
    assert (coffee["date"], coffee["start"], coffee["duration"]) == ("2018-09-27T16:00:00+06:00", "16:00", "00:30")
    assert (coffee["room"], coffee["type"], coffee["title"]) == ("Orion Hotel", "break", "Coffee break")
    assert coffee["links"] == [] and coffee["attachments"] == [] and coffee["persons"] == []
    opening = next(e for e in events if e["slug"].endswith("-d1-opening"))
    victoria = next(p for p in opening["persons"] if "Kasabyan" in p["public_name"])
    assert victoria["public_name"] == "Ms. Victoria Kasabyan"
    assert victoria["biography"].startswith("Head of Almaty Office, International Organization for Migration")
    dialogue = next(e for e in events if e["slug"].endswith("-d2-dialogue"))
    assert dialogue["abstract"].startswith("Central Asia has a long history")
    assert dialogue["description"].startswith(dialogue["abstract"]) and len(dialogue["description"]) > 1000


def test_round_trip_through_schedule_json(tmp_path):
    out = tmp_path / "schedule.json"
    assert run_kiosk("--export-schedule-json", str(out)).returncode == 0
    original, again = load_agenda(AGENDA_PATH), load_agenda(out)
    assert again.timezone.key == "Asia/Bishkek"
    assert len(again.items) == len(original.items) == 19
    assert [str(i.title) for i in again.items] == [str(i.title) for i in original.items]
    assert [i.kind for i in again.items] == [i.kind for i in original.items]
    assert [i.start for i in again.items] == [i.start for i in original.items]
    # Ends are the same; the reception's open end stays open (duration 00:00), ids and people come back.
    assert [i.until for i in again.items] == [i.until for i in original.items]
    assert [i.end for i in again.items] == [i.end for i in original.items]
    assert original.item("d2-reception").end is None and again.item("d2-reception").end is None
    assert [i.id for i in again.items] == [i.id for i in original.items]
    assert again.people == original.people and again.event == original.event
    document = json.loads(out.read_text("utf-8"))
    reception = next(e for e in events_of(document) if e["slug"].endswith("-d2-reception"))
    assert reception["duration"] == "00:00"


def test_an_imported_schedule_exports_with_its_rooms_and_late_ends(tmp_path):
    ics, sched = tmp_path / "camp.ics", tmp_path / "camp.json"
    assert run_kiosk("--export-ics", str(ics), "--agenda", str(XML)).returncode == 0
    result = run_kiosk("--export-schedule-json", str(sched), "--agenda", str(XML))
    assert result.stdout.endswith("8 events in 2 rooms on 2 days (schedule.json, Europe/Berlin)\n")
    by_uid = {str(e["UID"]): e for e in parse_ics(ics).walk("VEVENT")}
    night = by_uid["late-night-hacking-104@lobbycamp19"]
    assert night.start == at("2019-08-21T23:30") and night.end == at("2019-08-22T01:00")
    assert str(night["LOCATION"]) == "Saal 1"  # the file names no city: none is guessed
    assert str(by_uid["screens-in-public-spaces-201@lobbycamp19"]["LOCATION"]) == "Saal 2"
    document = json.loads(sched.read_text("utf-8"))
    assert [r["name"] for r in document["schedule"]["conference"]["rooms"]] == ["Saal 1", "Saal 2"]
    again, original = load_agenda(sched), load_agenda(XML)
    assert [(str(i.title), i.start, i.end, str(i.room)) for i in again.items] == \
           [(str(i.title), i.start, i.end, str(i.room)) for i in original.items]


# --- a URL serves the formats too ---------------------------------------------------------------

@pytest.fixture
def web(tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_CACHE_DIR", str(tmp_path / "cache"))
    files = {"/conf/schedule.xml": ("application/xml", XML.read_bytes()),
             "/conf/schedule": ("application/json", SCHEDULE_JSON.read_bytes())}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            ctype, body = files.get(self.path, ("text/plain", b""))
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield base, httpd
    httpd.shutdown()
    httpd.server_close()


def test_a_url_serves_both_formats(web, tmp_path):
    from kiosk.sources import load_source
    base, httpd = web
    agenda, origin = load_source(f"{base}/conf/schedule.xml")
    assert origin == "server" and len(agenda.items) == 8 and agenda.item("late-night-hacking-104") is not None
    agenda, origin = load_source(f"{base}/conf/schedule")  # no extension: told by content
    assert origin == "server" and len(agenda.items) == 9
    result = run_kiosk("--check", "--agenda", f"{base}/conf/schedule.xml", env={"KIOSK_CACHE_DIR": str(tmp_path / "c")})
    assert result.returncode == 0, result.stderr
    assert result.stdout == "OK: 8 items on 2 days (2019-08-21 – 2019-08-22), Europe/Berlin\n"
    out = tmp_path / "agenda.json"
    result = run_kiosk("--convert", f"{base}/conf/schedule", str(out))
    assert result.returncode == 0 and len(load_agenda(out).items) == 9
    # The cached copy is a schedule.xml too, and it is read as one when the server is gone.
    httpd.shutdown()
    httpd.server_close()
    agenda, origin = load_source(f"{base}/conf/schedule.xml")
    assert origin == "cache" and len(agenda.items) == 8


def test_the_staff_panel_does_not_write_into_another_programs_file(tmp_path):
    from kiosk.changes.panel_delays import EditRefused, add_delay, clear_delays
    for name, original in (("schedule.json", SCHEDULE_JSON.read_bytes()), ("schedule.xml", XML.read_bytes())):
        path = written(tmp_path, name, original)
        for change in (lambda path=path: add_delay(path, "coffee-4", 10), lambda path=path: clear_delays(path)):
            with pytest.raises(EditRefused) as caught:
                change()
            assert f"{name} is another program's" in str(caught.value) and "kiosk --convert" in str(caught.value)
            assert path.read_bytes() == original
    # A delay typed by hand into a schedule.json is still applied when it loads.
    document = json.loads(SCHEDULE_JSON.read_text("utf-8"))
    document["adjustments"] = [{"delay": 10, "from": "coffee-4"}]
    path = written(tmp_path, "schedule.json", json.dumps(document).encode())
    assert parse_agenda(path.read_bytes(), str(path)).item("coffee-4").start == at("2024-06-13T10:55")


def test_converting_an_agenda_json_keeps_it(tmp_path):
    document, agenda, fmt = convert(AGENDA_PATH.read_bytes(), str(AGENDA_PATH))
    assert fmt == "agenda.json" and len(agenda.items) == 19
    assert document == json.loads(AGENDA_PATH.read_text("utf-8"))


def test_conversion_is_deterministic():
    first, _, _ = convert(XML.read_bytes(), "a")
    second, _, _ = convert(copy.deepcopy(XML.read_bytes()), "b")
    assert first == second


def test_an_overlap_after_midnight_is_told_at_the_files_wall_clock():
    # an imported file writes 01:30 for a talk after midnight; agenda.json writes 25:30 itself
    from kiosk.semantics import Semantics
    document = json.loads(AGENDA_PATH.read_text("utf-8"))
    day = document["days"][1]
    day["ends"] = "28:00"
    day["items"] += [{"id": "late-a", "start": "25:30", "end": "26:30", "title": "Late A", "kind": "session",
                      "room": "Hall"},
                     {"id": "late-b", "start": "25:45", "end": "26:00", "title": "Late B", "kind": "session",
                      "room": "Hall"}]
    imported = Semantics(copy.deepcopy(document), overlaps_allowed=True)
    assert [w.what for w in imported.warnings] == [
        '01:45 overlaps "Late A" (days[1].items[11], 01:30–02:30) in room Hall; both are shown']
    own = Semantics(document)
    assert [p.what for p in own.problems] == ['25:45 overlaps "Late A" (days[1].items[11], 25:30–26:30) in room Hall']
