"""Hostile and careless input: calendar edges, text that cannot be written or shown, things that
are not files, host-dependent zone names and empty flags all end in one located line and exit 2,
never a traceback or a hang."""

from __future__ import annotations

import json
import os
import time

import pytest

from conftest import DATA, run_kiosk
from kiosk.loader import load_agenda, parse_agenda
from kiosk.problems import AgendaError
from kiosk.reading import MAX_FILE_BYTES

XML = (DATA / "formats" / "schedule.xml").read_text(encoding="utf-8")


def refused(data: bytes | str, source: str = "agenda.json") -> list[str]:
    """The problems of a document that must be refused; each one line, printable as UTF-8."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    with pytest.raises(AgendaError) as caught:
        parse_agenda(data, source)
    lines = caught.value.lines()
    assert lines
    for line in lines:
        assert line.startswith(f"{source}: ") and "\n" not in line, line
        line.encode("utf-8")  # a message must be writable, whatever was in the file
    return lines


def located(lines: list[str], where: str, *words: str) -> str:
    found = [line for line in lines if line.startswith(f"agenda.json: {where}: ")]
    assert found, (where, lines)
    for word in words:
        assert any(word in line for line in found), (word, found)
    return found[0]


def dumped(doc: dict) -> str:
    return json.dumps(doc)  # ASCII: \u escapes as a hand-written file would have them


# --- time zones -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["localtime", "posixrules", "Factory", "right/UTC", "right/Europe/Berlin",
                                  "posix/Asia/Bishkek", "SystemV/AST4"])
def test_host_dependent_zone_names_are_refused(minimal_doc, name):
    minimal_doc["timezone"] = name
    located(refused(dumped(minimal_doc)), "timezone", "depends on the computer", "Asia/Bishkek")


def test_a_zone_in_the_wrong_case_is_refused_with_its_spelling(minimal_doc):
    minimal_doc["timezone"] = "asia/bishkek"
    located(refused(dumped(minimal_doc)), "timezone", "is written Asia/Bishkek")


@pytest.mark.parametrize("name", ["UTC", "Etc/GMT-6", "Etc/UTC", "Europe/Kyiv", "US/Eastern", "Asia/Bishkek"])
def test_world_zones_and_fixed_offsets_are_fine(minimal_doc, name):
    minimal_doc["timezone"] = name
    assert parse_agenda(dumped(minimal_doc).encode(), "agenda.json").timezone.key == name


@pytest.mark.parametrize("name", ["localtime", "right/Europe/Berlin"])
def test_imported_schedules_with_host_zone_names_are_refused_where_the_name_is(name):
    xml = XML.replace("<time_zone_name>Europe/Berlin</time_zone_name>", f"<time_zone_name>{name}</time_zone_name>")
    lines = refused(xml, "schedule.xml")
    assert lines == [f'schedule.xml: conference/time_zone_name: "{name}" depends on the computer (it is not the '
                     "same zone on every PC); use a name such as Asia/Bishkek, Europe/Berlin or UTC"]


def test_the_command_line_refuses_a_host_zone(tmp_path, minimal_doc):
    minimal_doc["timezone"] = "localtime"
    path = tmp_path / "agenda.json"
    path.write_text(dumped(minimal_doc))
    result = run_kiosk("--check", "--agenda", str(path))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stdout.strip() == (f'{path}: timezone: "localtime" depends on the computer (it is not the same '
                                     "zone on every PC); use a name such as Asia/Bishkek, Europe/Berlin or UTC")


# --- things that are not files ----------------------------------------------------------------

def not_files(tmp_path):
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.json"
    folder.mkdir()
    return [("/dev/zero", "is a device, not a file"), (str(fifo), "is a pipe (FIFO), not a file"),
            (str(folder), "is a folder, not a file")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
@pytest.mark.parametrize("flag", ["--agenda", "--config"])
def test_a_device_a_fifo_or_a_folder_is_refused_at_once(tmp_path, flag):
    for path, words in not_files(tmp_path):
        started = time.monotonic()
        result = run_kiosk("--check", flag, path)
        assert time.monotonic() - started < 20  # a FIFO read would wait for ever, /dev/zero fill memory
        assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
        assert result.stdout.strip() == f"{path}: file: {words}"


def test_a_file_larger_than_the_limit_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.json"
    with open(big, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: its size says it all
    with pytest.raises(AgendaError) as caught:
        load_agenda(big)
    assert caught.value.lines() == [f"{big}: file: is 8.4 MB; an agenda can be at most 8 MB"]


# --- calendar edges ---------------------------------------------------------------------------

def on_one_day(doc: dict, day: str) -> dict:
    doc["days"] = doc["days"][:1]
    doc["days"][0]["date"] = day
    doc["days"][0]["items"][-1]["end"] = "25:30"  # past midnight: into the next year
    doc["event"]["dates"] = {"start": day, "end": day}
    doc["adjustments"] = [{"delay": 15, "from": "a"}]
    doc["announcements"] = [{"from": f"{day}T08:00", "until": f"{day}T23:59", "text": "Photo at noon"}]
    return doc


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1999-12-31", "2200-01-01"])
def test_a_day_outside_the_years_is_refused_located(minimal_doc, day):
    lines = refused(dumped(on_one_day(minimal_doc, day)))
    words = f"{day} is outside the years 2000–2199 the kiosk accepts"
    assert located(lines, "days[0].date") == f"agenda.json: days[0].date: {words}"
    located(lines, "announcements[0].from", "outside the years 2000–2199")
    assert not [line for line in lines if "event.dates" in line]  # the same date is said once, at the day


def test_event_dates_outside_the_years_are_refused_too(minimal_doc):
    minimal_doc["event"]["dates"]["end"] = "9999-12-31"
    assert refused(dumped(minimal_doc)) == [
        "agenda.json: event.dates.end: 9999-12-31 is outside the years 2000–2199 the kiosk accepts"]


@pytest.mark.parametrize("day", ["2000-01-01", "2199-12-31"])
def test_the_first_and_last_years_load_and_run_past_midnight(minimal_doc, day):
    minimal_doc["timezone"] = "Pacific/Kiritimati" if day.startswith("2000") else "Etc/GMT+12"
    agenda = parse_agenda(dumped(on_one_day(minimal_doc, day)).encode(), "agenda.json")
    assert agenda.items[-1].end.date().isoformat() > day  # 01:30 the next morning


@pytest.mark.parametrize("instant", ["9999-12-31T23:59:00-12:00", "0001-01-01T00:00:00+14:00", "9999-12-31"])
def test_imported_events_outside_the_years_are_refused_where_they_are(instant):
    xml = XML.replace("<date>2019-08-21T10:00:00+02:00</date>", f"<date>{instant}</date>", 1)
    lines = refused(xml, "schedule.xml")
    assert len(lines) == 1 and lines[0].startswith(
        "schedule.xml: day[1]/room[Saal 1]/event[guid=c0a80001-0000-4000-8000-000000000101]/date: "), lines
    assert lines[0].endswith("is outside the years 2000–2199 the kiosk accepts")


def test_an_import_whose_local_day_falls_before_2000_is_refused():
    xml = XML.replace("<date>2019-08-21T10:00:00+02:00</date>", "<date>2000-01-01T00:30:00+14:00</date>", 1)
    assert refused(xml, "schedule.xml")[0].endswith(
        "/date: is 1999-12-31 in Europe/Berlin, outside the years 2000–2199 the kiosk accepts")


def test_a_schedule_json_event_at_the_end_of_the_calendar_is_refused():
    document = json.loads((DATA / "formats" / "schedule.json").read_text(encoding="utf-8"))
    rooms = document["schedule"]["conference"]["days"][0]["rooms"]
    room = next(iter(rooms))
    rooms[room][0]["date"] = "9999-12-31T23:59:00-12:00"
    lines = refused(json.dumps(document), "schedule.json")
    assert lines == [f'schedule.json: schedule.conference.days[0].rooms["{room}"][0].date: '
                     "9999-12-31 23:59-12:00 is outside the years 2000–2199 the kiosk accepts"]


# --- the command line -------------------------------------------------------------------------

@pytest.mark.parametrize("at", ["9999-12-31T23:59-12:00", "0001-01-01T00:00+14:00", "1969-12-31T23:59Z"])
def test_print_state_at_the_edge_of_the_calendar_is_refused(at):
    result = run_kiosk("--print-state", "--at", at)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"kiosk: --at: '{at}' is outside the years 1970–2199 the kiosk accepts"


@pytest.mark.parametrize("at, phase", [("1970-01-01T00:00+14:00", "before_event"),
                                       ("2199-12-31T23:59-12:00", "after_event")])
def test_print_state_within_the_years(at, phase):
    result = run_kiosk("--print-state", "--at", at)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["phase"] == phase


@pytest.mark.parametrize("flag", ["--at", "--agenda", "--config", "--size", "--lang", "--screenshot",
                                  "--export-ics", "--export-schedule-json", "--log-file", "--qr-url", "--view"])
@pytest.mark.parametrize("value", ["", "   "])
def test_an_empty_flag_value_is_an_error_not_a_default(flag, value):
    args = ["--print-state", f"{flag}={value}"] if flag not in ("--screenshot", "--export-ics",
                                                                  "--export-schedule-json") else [f"{flag}={value}"]
    result = run_kiosk(*args)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(f"kiosk: argument {flag}: ") and last.endswith("(see 'kiosk --help')"), last
    assert not result.stdout  # nothing was printed as if it had worked


# --- text that cannot be written or shown -----------------------------------------------------

HALF = "has \\ud800 at character 3, half of a character (a lone surrogate)"


def with_title(doc: dict, title) -> str:
    doc["days"][0]["items"][0]["title"] = title
    return dumped(doc)


@pytest.mark.parametrize("place", ["title", "lang", "key", "people", "comment"])
def test_a_lone_surrogate_is_refused_wherever_it_is(minimal_doc, place):
    if place == "title":
        text, where = with_title(minimal_doc, "ab\ud800"), "days[0].items[0].title"
    elif place == "lang":
        text, where = with_title(minimal_doc, {"en": "Opening", "ru": "ab\ud800"}), "days[0].items[0].title.ru"
    elif place == "key":
        minimal_doc["event"]["ab\ud800"] = "x"
        text, where = dumped(minimal_doc), 'event["ab\\ud800"]'
    elif place == "people":
        minimal_doc["people"][0]["name"] = "ab\ud800"
        text, where = dumped(minimal_doc), "people[0].name"
    else:
        minimal_doc["$comment"] = "ab\ud800"
        text, where = dumped(minimal_doc), "$comment"
    assert "\\ud800" in text
    lines = refused(text)
    assert len(lines) == 1 and HALF in located(lines, where)


def test_a_surrogate_pair_is_a_whole_character_and_fine(minimal_doc):
    agenda = parse_agenda(with_title(minimal_doc, "Opening \U0001F389").encode(), "agenda.json")
    assert str(agenda.items[0].title) == "Opening \U0001F389"


@pytest.mark.parametrize("command", [["--check"], ["--print-state", "--at", "2018-09-27T09:30"],
                                     ["--export-ics", "out.ics"], ["--export-schedule-json", "out.json"]])
def test_every_command_refuses_a_lone_surrogate_in_one_line(tmp_path, minimal_doc, command):
    path = tmp_path / "agenda.json"
    path.write_text(with_title(minimal_doc, "ab\ud800"))
    result = run_kiosk(*command, "--agenda", str(path), cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    report = (result.stdout if command == ["--check"] else result.stderr).strip().splitlines()
    assert report[0] == f"{path}: days[0].items[0].title: {HALF}: it can be neither shown nor saved; " \
                        "give the whole character, or remove it"
    assert not (tmp_path / "out.ics").exists() and not (tmp_path / "out.json").exists()


def test_a_lone_surrogate_in_a_schedule_json_is_refused():
    document = json.loads((DATA / "formats" / "schedule.json").read_text(encoding="utf-8"))
    rooms = document["schedule"]["conference"]["days"][0]["rooms"]
    room = next(iter(rooms))
    rooms[room][0]["title"] = "ab\ud800"
    lines = refused(json.dumps(document), "schedule.json")
    assert lines == [f'schedule.json: schedule.conference.days[0].rooms["{room}"][0].title: {HALF}: it can be '
                     "neither shown nor saved; give the whole character, or remove it"]


def test_a_path_that_is_not_utf8_is_named_not_a_traceback(tmp_path):
    name = str(tmp_path / "agenda-\udcff.json")  # the byte 0xff, as Python keeps it from argv
    result = run_kiosk("--check", "--agenda", name)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stdout.strip() == f"{tmp_path}/agenda-\\udcff.json: file: not found"


# --- control characters -----------------------------------------------------------------------

ONE_LINE = "expected one line of text (no line breaks, tabs or other control characters)"


@pytest.mark.parametrize("char, name", [
    ("\x00", "a NUL character (U+0000)"), ("\x1b", "an escape character (ESC) (U+001B)"),
    ("\x07", "a bell character (BEL) (U+0007)"), ("\n", "a line break (U+000A)"),
    ("\t", "a tab (U+0009)"), ("\x7f", "a delete character (DEL) (U+007F)"),
    ("\x85", "a control character (U+0085)"), ("\u2028", "a line separator (U+2028)")])
def test_control_characters_in_a_title_are_refused_named_and_placed(minimal_doc, char, name):
    lines = refused(with_title(minimal_doc, f"Reg{char}istration"))
    assert lines == [f"agenda.json: days[0].items[0].title: has {name} at character 4; {ONE_LINE}"]


@pytest.mark.parametrize("path, edit", [
    ("event.name", lambda d: d["event"].__setitem__("name", "Test\nMeeting")),
    ("event.venue.ru", lambda d: d["event"].__setitem__("venue", {"en": "Hall", "ru": "Зал\x00"})),
    ("people[0].name", lambda d: d["people"][0].__setitem__("name", "Ann\tExample")),
    ("people[0].position", lambda d: d["people"][0].__setitem__("position", "Chair\x1b[31m")),
    ("days[0].items[1].room", lambda d: d["days"][0]["items"][1].__setitem__("room", "Hall\nB")),
    ("days[0].items[0].talks[0].title", lambda d: d["days"][0]["items"][0]["talks"][0].__setitem__("title", "a\nb")),
    ("days[0].title", lambda d: d["days"][0].__setitem__("title", "Day\x07One")),
])
def test_control_characters_are_refused_in_every_one_line_field(minimal_doc, path, edit):
    edit(minimal_doc)
    located(refused(dumped(minimal_doc)), path, "at character", ONE_LINE)


@pytest.mark.parametrize("path, edit, words", [
    ("days[0].items[0].id", lambda d: d["days"][0]["items"][0].__setitem__("id", "a\n"), "a line break"),
    ("days[0].date", lambda d: d["days"][0].__setitem__("date", "2018-09-27\n"), "a line break"),
    ("days[0].items[0].start", lambda d: d["days"][0]["items"][0].__setitem__("start", "09:00\n"), "a line break"),
    ("event.url", lambda d: d["event"].__setitem__("url", "https://example.org/\x00"), "a NUL character"),
])
def test_a_trailing_line_break_does_not_slip_through_a_pattern(minimal_doc, path, edit, words):
    edit(minimal_doc)  # Python's $ matches before a final \n; JSON Schema's does not
    located(refused(dumped(minimal_doc)), path, words)


def test_line_breaks_are_allowed_in_paragraphs_and_announcements_but_no_other_controls(minimal_doc):
    item = minimal_doc["days"][0]["items"][0]
    item["description"] = ["First line\nsecond line of the same paragraph", {"list": ["one\ntwo"]}]
    minimal_doc["announcements"] = [{"from": "2018-09-27T08:00", "until": "2018-09-27T12:00",
                                     "text": {"en": "Photo at noon\nin the garden", "ru": "Фото\nв саду"}}]
    agenda = parse_agenda(dumped(minimal_doc).encode(), "agenda.json")
    assert str(agenda.items[0].description[0]) == "First line\nsecond line of the same paragraph"
    assert agenda.announcements[0].text.get("ru") == "Фото\nв саду"
    item["description"] = ["A\ttab"]
    minimal_doc["announcements"][0]["text"] = "Bell\x07"
    lines = refused(dumped(minimal_doc))
    located(lines, "days[0].items[0].description[0]", "has a tab (U+0009) at character 2",
            "only control character is the line break")
    located(lines, "announcements[0].text", "has a bell character (BEL) (U+0007) at character 5")


def test_imported_titles_are_made_one_line_and_descriptions_keep_their_line_breaks():
    xml = XML.replace("<title>Opening ceremony</title>", "<title>Opening\n\t ceremony\r\n</title>")
    xml = xml.replace("How the next two days work.", "How the next\ttwo days\r\nwork.")
    agenda = parse_agenda(xml.encode(), "schedule.xml")
    opening = next(i for i in agenda.items if str(i.title).startswith("Opening"))
    assert str(opening.title) == "Opening ceremony"
    assert [str(p) for p in opening.description] == ["Why lobby screens matter.", "How the next two days\nwork."]


def test_imported_json_titles_lose_control_characters_and_load():
    document = json.loads((DATA / "formats" / "schedule.json").read_text(encoding="utf-8"))
    rooms = document["schedule"]["conference"]["days"][0]["rooms"]
    event = next(iter(rooms.values()))[0]
    event["title"] = "Open\x00ing\x1b \x85ceremony"
    event["description"] = "Line one\x07\u2028line two"
    document["schedule"]["conference"]["url"] = "https://example.org/\nnot an address"
    agenda = parse_agenda(json.dumps(document).encode(), "schedule.json")
    item = next(i for i in agenda.items if str(i.title) == "Opening ceremony")
    assert "Line one\nline two" in [str(p) for p in item.description]
    assert agenda.event.url is None


# --- found by tests/unit/kiosk/test_fuzz.py ----------------------------------------------------------------

@pytest.mark.parametrize("adjustment, where", [
    ({"move": "a", "start": "0"}, "adjustments[0].start"),
    ({"move": "a", "start": "09:30", "end": "x"}, "adjustments[0].end"),
    ({"delay": 10, "from": "a", "until": 5}, "adjustments[0].until"),
])
def test_a_malformed_adjustment_is_refused_not_applied(minimal_doc, adjustment, where):
    minimal_doc["adjustments"] = [adjustment]
    located(refused(dumped(minimal_doc)), where)
