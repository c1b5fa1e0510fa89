"""Loading and validation: every kind of bad input gets a located, plain-words message."""

from __future__ import annotations

import json

import pytest

from kiosk.loader import load_agenda
from kiosk.problems import AgendaError
from kiosk.reading import MAX_FILE_BYTES
from kiosk.text import Text


def problems_of(path) -> list[str]:
    with pytest.raises(AgendaError) as caught:
        load_agenda(path)
    lines = caught.value.lines()
    assert lines, "an AgendaError must carry at least one problem"
    for line in lines:
        assert line.startswith(f"{path}: "), line
        assert "Traceback" not in line
    return lines


def one_problem(path, where: str, *words: str) -> str:
    lines = problems_of(path)
    matching = [line for line in lines if line.startswith(f"{path}: {where}: ")]
    assert matching, f"no problem at {where}: {lines}"
    for word in words:
        assert any(word in line for line in matching), (word, matching)
    return matching[0]


def test_minimal_agenda_loads_with_aware_local_times(minimal_doc, write_json):
    agenda = load_agenda(write_json(minimal_doc))
    assert [i.id for i in agenda.items] == ["a", "b", "c", "d", "e"]
    first = agenda.items[0]
    assert first.start.isoformat() == "2018-09-27T09:00:00+06:00"
    assert first.talks[0].presenters[0].person.name == "Ann Example"
    assert agenda.item("c").moderators[0].tbc is True


def test_open_ended_last_item_lasts_until_local_midnight(minimal_doc, write_json):
    agenda = load_agenda(write_json(minimal_doc))
    reception = agenda.item("e")
    assert reception.end is None
    assert reception.until.isoformat() == "2018-09-29T00:00:00+06:00"


def test_open_ended_item_lasts_until_next_item_of_its_day(minimal_doc, write_json):
    minimal_doc["days"][0]["items"][1]["end"] = None
    agenda = load_agenda(write_json(minimal_doc))
    assert agenda.item("b").until == agenda.item("c").start


def test_missing_file(tmp_path):
    one_problem(tmp_path / "nowhere.json", "file", "not found")


def test_folder_instead_of_file(tmp_path):
    one_problem(tmp_path, "file", "folder")


def test_unreadable_file(write_json, minimal_doc):
    import os
    path = write_json(minimal_doc)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):  # root reads anything; use a path that cannot be opened
            path = path / "inside.json"
            one_problem(path, "file", "cannot be read")
        else:
            one_problem(path, "file", "cannot be read")
    finally:
        path.parent.chmod(0o755) if path.name == "inside.json" else path.chmod(0o644)


def test_not_utf8_names_line_and_column(write_json):
    path = write_json(b'{\n  "timezone": "Asia/Bishkek",\n  "x": "caf\xe9"\n}')
    line = one_problem(path, "line 3, column 12", "not UTF-8", "0xe9")
    assert "save it as UTF-8" in line


def test_utf8_with_bom_is_accepted(minimal_doc, write_json):
    path = write_json(b"\xef\xbb\xbf" + json.dumps(minimal_doc).encode())
    assert load_agenda(path).event.name == "Test Meeting"


def test_not_json_names_line_and_column(write_json):
    path = write_json('{\n  "timezone": "Asia/Bishkek"\n  "days": []\n}')
    one_problem(path, "line 3, column 3", "not valid JSON", "delimiter")


def test_empty_file(write_json):
    one_problem(write_json(""), "file", "empty")


def test_nan_is_rejected(write_json):
    one_problem(write_json('{"timezone": NaN}'), "file", "NaN")


@pytest.mark.parametrize("content, got", [("[]", "a list"), ('"agenda"', '"agenda"'), ("42", "42"),
                                          ("null", "null")])
def test_wrong_top_level_type(write_json, content, got):
    one_problem(write_json(content), "top level", "expected", got)


def test_wrong_field_types(minimal_doc, write_json):
    minimal_doc["days"][0]["items"][0]["start"] = 900
    minimal_doc["days"][0]["items"][1]["title"] = ["Coffee"]
    minimal_doc["event"]["edition"] = "fifth"
    path = write_json(minimal_doc)
    one_problem(path, "days[0].items[0].start", "expected a time as HH:MM", "900")
    one_problem(path, "days[0].items[1].title", "expected a text", "a list")
    one_problem(path, "event.edition", "expected a whole number", '"fifth"')


def test_missing_required_fields(minimal_doc, write_json):
    del minimal_doc["days"][0]["items"][2]["end"]
    del minimal_doc["event"]["name"]
    del minimal_doc["timezone"]
    path = write_json(minimal_doc)
    one_problem(path, "days[0].items[2]", 'missing the required field "end"')
    one_problem(path, "event", 'missing the required field "name"')
    one_problem(path, "top level", 'missing the required field "timezone"')


@pytest.mark.parametrize("value", ["48:00", "12:60", "noon", "1230", ""])
def test_impossible_times(minimal_doc, write_json, value):
    minimal_doc["days"][0]["items"][0]["start"] = value
    one_problem(write_json(minimal_doc), "days[0].items[0].start")


def test_impossible_date(minimal_doc, write_json):
    minimal_doc["days"][1]["date"] = "2018-09-31"
    one_problem(write_json(minimal_doc), "days[1].date", "2018-09-31 is not a real date")


def test_end_before_start_as_in_the_issue(minimal_doc, write_json):
    items = minimal_doc["days"][0]["items"]
    items[2]["start"], items[2]["end"] = "14:30", "14:00"
    line = one_problem(write_json(minimal_doc), "days[0].items[2].end")
    assert line.endswith("days[0].items[2].end: 14:00 is before start 14:30")


def test_end_equal_to_start(minimal_doc, write_json):
    minimal_doc["days"][0]["items"][2]["end"] = "11:00"
    one_problem(write_json(minimal_doc), "days[0].items[2].end", "same as start")


def test_overlapping_items_in_one_room(minimal_doc, write_json):
    minimal_doc["days"][0]["items"][1]["start"] = "09:45"
    one_problem(write_json(minimal_doc), "days[0].items[1].start", "overlaps", '"Opening"', "09:00–10:00")


def test_items_in_different_rooms_may_overlap(minimal_doc, write_json):
    items = minimal_doc["days"][0]["items"]
    items[0]["room"], items[1]["room"] = "Hall A", "Hall B"
    items[1]["start"] = "09:45"
    assert load_agenda(write_json(minimal_doc)).item("b").start.minute == 45


def test_items_out_of_order(minimal_doc, write_json):
    minimal_doc["days"][0]["items"][2]["start"] = "06:00"
    minimal_doc["days"][0]["items"][2]["end"] = "07:00"
    one_problem(write_json(minimal_doc), "days[0].items[2].start", "time order")


def test_days_out_of_order_and_repeated(minimal_doc, write_json):
    minimal_doc["days"][1]["date"] = "2018-09-27"
    one_problem(write_json(minimal_doc), "days[1].date", "already the date of days[0]")
    minimal_doc["days"][1]["date"] = "2018-09-26"
    one_problem(write_json(minimal_doc), "days[1].date", "before the previous day")


def test_event_dates_must_match_days(minimal_doc, write_json):
    minimal_doc["event"]["dates"]["end"] = "2018-09-29"
    one_problem(write_json(minimal_doc), "event.dates.end", "last day", "2018-09-28")


@pytest.mark.parametrize("name", ["Asia/Bishkekk", "Mars/Olympus", "../../etc/passwd", "local"])
def test_unknown_timezone(minimal_doc, write_json, name):
    minimal_doc["timezone"] = name
    one_problem(write_json(minimal_doc), "timezone", "not a known time zone")


def test_time_skipped_by_daylight_saving(minimal_doc, write_json):
    minimal_doc["timezone"] = "Europe/Berlin"
    minimal_doc["event"]["dates"] = {"start": "2019-03-31", "end": "2019-04-01"}
    minimal_doc["days"][0]["date"], minimal_doc["days"][1]["date"] = "2019-03-31", "2019-04-01"
    minimal_doc["days"][0]["items"][0]["start"] = "02:30"
    one_problem(write_json(minimal_doc), "days[0].items[0].start", "does not exist", "Europe/Berlin")


def test_unknown_kind(minimal_doc, write_json):
    minimal_doc["days"][0]["items"][1]["kind"] = "workshop"
    one_problem(write_json(minimal_doc), "days[0].items[1].kind", '"workshop" is not one of', "session")


def test_duplicate_item_ids(minimal_doc, write_json):
    minimal_doc["days"][1]["items"][0]["id"] = "a"
    one_problem(write_json(minimal_doc), "days[1].items[0].id", '"a" is already used by days[0].items[0]')


def test_duplicate_person_ids_and_unknown_reference(minimal_doc, write_json):
    minimal_doc["people"].append({"id": "ann", "name": "Another Ann"})
    minimal_doc["days"][0]["items"][2]["moderators"][0]["person"] = "bob"
    path = write_json(minimal_doc)
    one_problem(path, "people[1].id", "already used by people[0]")
    one_problem(path, "days[0].items[2].moderators[0].person", 'no one with the id "bob"')


def test_unknown_field_suggests_the_right_one(minimal_doc, write_json):
    minimal_doc["days"][0]["items"][0]["titel"] = "typo"
    one_problem(write_json(minimal_doc), "days[0].items[0].titel", 'did you mean "title"')


def test_duplicate_key_in_an_object(minimal_doc, write_json):
    text = json.dumps(minimal_doc).replace('"kind": "break"', '"kind": "break", "kind": "meal"')
    one_problem(write_json(text), "days[0].items[1]", '"kind" is given more than once')


def test_all_problems_at_once(minimal_doc, write_json):
    minimal_doc["timezone"] = "Nowhere/City"
    minimal_doc["days"][0]["items"][0]["kind"] = "party"
    minimal_doc["days"][1]["items"][0]["end"] = "08:00"
    lines = problems_of(write_json(minimal_doc))
    assert len(lines) >= 3
    joined = "\n".join(lines)
    assert "timezone:" in joined and "days[0].items[0].kind" in joined and "days[1].items[0].end" in joined


def test_language_maps_and_their_problems(minimal_doc, write_json):
    minimal_doc["days"][0]["items"][0]["title"] = {"en": "Opening", "ru": "Открытие"}
    agenda = load_agenda(write_json(minimal_doc))
    assert agenda.item("a").title.get("ru") == "Открытие"
    assert agenda.item("b").title.get("ru") == "Coffee break"  # falls back to English
    minimal_doc["days"][0]["items"][0]["title"] = {"ru": "Открытие"}
    one_problem(write_json(minimal_doc), "days[0].items[0].title", 'missing the required field "en"')
    minimal_doc["days"][0]["items"][0]["title"] = {"en": "Opening", "russian": "x"}
    one_problem(write_json(minimal_doc), 'days[0].items[0].title.russian', "unknown field")


def test_absurd_size_is_refused_without_reading_it_all(write_json):
    path = write_json(b" " * (MAX_FILE_BYTES + 1))
    one_problem(path, "file", "at most 8 MB")


def test_hostile_nesting_does_not_crash_or_hang(write_json):
    one_problem(write_json("[" * 200_000 + "]" * 200_000), "file", "nested too deeply")
    deep_but_parsable = '{"timezone": ' + "[" * 500 + "]" * 500 + "}"
    one_problem(write_json(deep_but_parsable), "timezone", "expected")


def test_huge_list_of_junk_is_reported_briefly(write_json, minimal_doc):
    minimal_doc["days"][0]["items"] = [0] * 50_000
    lines = problems_of(write_json(minimal_doc))
    assert any("days[0].items: has 50000 entries; at most 10000" in line for line in lines)
    assert len(lines) < 100


def test_text_is_english_by_default():
    assert str(Text({"en": "Hi", "ru": "Привет"})) == "Hi"
    assert Text("Hi").get("ru") == "Hi"


def _long_day(minimal_doc, count: int) -> dict:
    """The minimal agenda with ``count`` one-minute sessions on its first day, each with a presenter."""
    def clock(minutes: int) -> str:
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    minimal_doc["days"][0]["items"] = [
        {"id": f"s{i}", "start": clock(480 + i), "end": clock(481 + i), "kind": "session",
         "title": {"en": f"Session {i}", "ru": f"Сессия {i}"}, "presenters": [{"person": "ann"}]}
        for i in range(count)]
    return minimal_doc


def test_problems_deep_in_a_long_programme_keep_their_place_and_order(minimal_doc, write_json):
    doc = _long_day(minimal_doc, 120)
    items = doc["days"][0]["items"]
    items[49]["presenters"][0]["persn"] = "ann"
    items[50]["title"] = {"ru": "Сессия"}
    items[51]["talks"] = [{"title": "Talk", "description": [{"list": []}, "", 5]}]
    items[118]["kind"] = "party"
    text = json.dumps(doc, ensure_ascii=False).replace('"id": "s77",', '"id": "s77", "id": "s77",')
    path = write_json(text)
    assert [line.removeprefix(f"{path}: ") for line in problems_of(path)] == [
        'days[0].items[49].presenters[0].persn: unknown field; did you mean "person"?',
        'days[0].items[50].title: missing the required field "en"',
        "days[0].items[51].talks[0].description[0].list: is empty",
        "days[0].items[51].talks[0].description[1]: is empty",
        'days[0].items[51].talks[0].description[2]: expected a text: a string, or a map by language such as '
        '{"en": "…", "ru": "…"}, got 5',
        'days[0].items[77]: the field "id" is given more than once',
        'days[0].items[118].kind: "party" is not one of: registration, opening, session, discussion, break, '
        "meal, photo, closing, reception",
    ]
    del items[50]["title"]["ru"]
    items[50]["title"]["en"] = "Session 50"
    del items[49]["presenters"][0]["persn"]
    items[51]["talks"][0]["description"] = ["A paragraph", {"list": ["one", {"en": "two"}]}]
    items[118]["kind"] = "session"
    agenda = load_agenda(write_json(doc))
    assert len(agenda.days[0].items) == 120
    assert agenda.item("s51").talks[0].description[1].entries[1] == Text("two")


def test_a_skipped_time_is_reported_wherever_it_is_used(minimal_doc, write_json):
    """Local times are worked out once per load: a time the clocks skip must still be reported for
    each field that names it, and the overlaps around it named by title, in the same order."""
    minimal_doc["timezone"] = "Europe/Berlin"
    minimal_doc["event"]["dates"] = {"start": "2019-03-30", "end": "2019-03-31"}
    minimal_doc["days"][0]["date"], minimal_doc["days"][1]["date"] = "2019-03-30", "2019-03-31"
    minimal_doc["days"][0]["items"][2].update(start="23:00", end="26:30")  # 02:30 the next morning
    minimal_doc["days"][1]["items"] = [
        {"id": "d", "start": "01:30", "end": "02:30", "title": "Night", "kind": "session"},
        {"id": "e", "start": "02:30", "end": "03:30", "title": "Gap", "kind": "session", "room": "B"},
        {"id": "f", "start": "03:15", "end": None, "title": "Dawn", "kind": "session", "room": "B"}]
    path = write_json(minimal_doc)
    skipped = "does not exist on 2019-03-31 in Europe/Berlin (the clocks skip it)"
    assert [line.removeprefix(f"{path}: ") for line in problems_of(path)] == [
        f"days[0].items[2].end: 26:30 {skipped}",
        f"days[1].items[0].end: 02:30 {skipped}",
        f"days[1].items[1].start: 02:30 {skipped}",
        'days[1].items[2].start: 03:15 overlaps "Gap" (days[1].items[1], 02:30–03:30) in room B',
        'days[1].items[0].start: 01:30 overlaps "Session" (days[0].items[2], 23:00–26:30 the day before, '
        "until 02:30)",
    ]
