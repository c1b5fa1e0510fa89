"""The editor's Qt-free core: a file written back in its own style, changes merged on top of someone
else's save, ids from titles, people who still appear kept."""

from __future__ import annotations

import copy
import difflib
import json
import os
import shutil
from pathlib import Path

import pytest

from kiosk.docedit import (
    DocumentError,
    add_item,
    appearances_of,
    item_id_for,
    person_id_for,
    remove_item,
    remove_person,
    replace_item,
    slug,
    with_text,
)
from kiosk.document import check, merge, open_file, path_tokens, render, save
from kiosk.safefile import Changed

ROOT = Path(__file__).resolve().parents[3]
AGENDA = ROOT / "agenda.json"
FRAB = ROOT / "tests" / "data" / "formats" / "schedule.xml"


def changed_lines(old: str, new: str) -> list[str]:
    return [line for line in difflib.unified_diff(old.splitlines(True), new.splitlines(True), n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def test_one_field_changed_rewrites_only_its_lines():
    opened = open_file(AGENDA)
    doc = copy.deepcopy(opened.document)
    doc["days"][0]["items"][3]["title"]["ru"] = "Общее фото"
    new = render(opened.text, opened.document, doc)
    assert json.loads(new) == doc
    lines = changed_lines(opened.text, new)
    assert len(lines) == 2 and lines[0].startswith('-            "ru": ')
    assert lines[1] == '+            "ru": "Общее фото"\n'


def test_new_members_follow_the_files_style_crlf_tabs_and_escapes(tmp_path):
    doc = json.loads(AGENDA.read_text(encoding="utf-8"))
    text = json.dumps(doc, indent="\t", ensure_ascii=True).replace("\n", "\r\n") + "\r\n"
    path = tmp_path / "agenda.json"
    path.write_bytes(text.encode("ascii"))
    opened = open_file(path)
    edited = copy.deepcopy(opened.document)
    edited["days"][0]["items"][3]["subtitle"] = {"en": "On the terrace", "ru": "На террасе"}
    edited["announcements"] = [{"from": "2018-09-27T14:00", "until": "2018-09-27T14:30", "text": "Bus"}]
    saved = save(opened, edited)
    data = path.read_bytes()
    assert saved.data == data and json.loads(data) == edited
    assert data.isascii() and b"\\u041d\\u0430" in data  # the Russian written as escapes, as the rest
    assert b"\n" not in data.replace(b"\r\n", b"")  # every line ends in CRLF
    assert b'\r\n\t\t\t\t\t"subtitle": {\r\n\t\t\t\t\t\t"en": "On the terrace"' in data
    unchanged_prefix = text[:text.index('"people"')]
    assert data.decode("ascii").startswith(unchanged_prefix)


def test_nothing_changed_writes_nothing(tmp_path):
    path = tmp_path / "agenda.json"
    shutil.copy(AGENDA, path)
    os.utime(path, (1_000_000_000, 1_000_000_000))
    opened = open_file(path)
    assert save(opened, copy.deepcopy(opened.document)) is opened
    assert path.stat().st_mtime == 1_000_000_000


def test_a_save_meanwhile_is_never_overwritten(tmp_path):
    path = tmp_path / "agenda.json"
    shutil.copy(AGENDA, path)
    opened = open_file(path)
    doc = copy.deepcopy(opened.document)
    doc["days"][0]["items"][0]["title"]["en"] = "Arrival"
    theirs = path.read_text(encoding="utf-8").replace("Coffee break", "Coffee and tea")
    path.write_text(theirs, encoding="utf-8")
    with pytest.raises(Changed):
        save(opened, doc)
    assert path.read_text(encoding="utf-8") == theirs


def test_merge_puts_my_changes_on_top_of_theirs():
    base = json.loads(AGENDA.read_text(encoding="utf-8"))
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine["days"][0]["items"][3]["subtitle"] = "On the terrace"
    mine["adjustments"] = [{"cancel": "d1-photo"}]
    theirs["days"][0]["items"][5]["title"]["en"] = "Coffee and tea"
    theirs["adjustments"] = [{"delay": 10, "from": "d1-qa"}]
    merged = merge(base, mine, theirs)
    assert merged["days"][0]["items"][3]["subtitle"] == "On the terrace"
    assert merged["days"][0]["items"][5]["title"]["en"] == "Coffee and tea"
    assert merged["adjustments"] == [{"delay": 10, "from": "d1-qa"}, {"cancel": "d1-photo"}]
    assert check(merged, "merged").ok


def test_ids_come_from_titles_and_names_and_stay_unique():
    doc = json.loads(AGENDA.read_text(encoding="utf-8"))
    assert slug("Group Photo") == "group-photo" and slug("Фото у входа") == "foto-u-vkhoda"
    assert item_id_for(doc, 0, "Group photo") == "d1-group-photo"
    assert item_id_for(doc, 0, "Photo") == "d1-photo-2"  # d1-photo is taken
    assert item_id_for(doc, 0, "Photo", keep="d1-photo") == "d1-photo"
    assert person_id_for(doc, "Anna Ivanova") == "ivanova-anna"
    added, new_id = add_item(doc, 1, "d2-coffee-pm")
    assert new_id == "d2-new-session" and check(added, "x").problems  # 16:30 overlaps the next session
    entry = dict(next(i for i in added["days"][1]["items"] if i["id"] == new_id), start="19:00", end="19:30")
    fixed = replace_item(added, new_id, entry)
    assert check(fixed, "x").ok and fixed["days"][1]["items"][-1]["id"] == new_id  # sorted into time order


def test_removing_an_item_takes_its_adjustments_and_a_person_who_appears_stays():
    doc = json.loads(AGENDA.read_text(encoding="utf-8"))
    doc["adjustments"] = [{"cancel": "d1-photo"}]
    smaller = remove_item(doc, "d1-photo")
    assert "adjustments" not in smaller and check(smaller, "x").ok
    assert ("d1-opening", "Opening — Welcome Remarks", "talk 2 presenter") in appearances_of(doc, "kasabyan-victoria")
    with pytest.raises(DocumentError, match="still appears in"):
        remove_person(doc, "kasabyan-victoria")


def test_texts_keep_their_form_and_problem_places_are_read():
    assert with_text("Lunch", "ru", "Обед") == {"en": "Lunch", "ru": "Обед"}
    assert with_text({"en": "Lunch", "ru": "Обед"}, "ru", "") == {"en": "Lunch"}
    assert with_text("Lunch", "en", "Dinner") == "Dinner"
    assert with_text(None, "en", "") is None
    assert path_tokens('days[0].items[3].title["en-GB"]') == ["days", 0, "items", 3, "title", "en-GB"]
    assert path_tokens("line 3, column 4") == []


def test_a_frab_schedule_opens_converted_and_is_marked_foreign():
    opened = open_file(FRAB)
    assert opened.foreign and opened.kind == "schedule.xml"
    assert check(opened.document, str(FRAB)).ok
    with pytest.raises(ValueError):
        save(opened, opened.document | {"announcements": []})
