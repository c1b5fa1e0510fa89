"""The editor's file (kiosk/editor_file.py): written back in its own style, changes merged on top of
someone else's save, a foreign schedule opened converted."""

from __future__ import annotations

import copy
import difflib
import json
import os
import shutil
from pathlib import Path

import pytest

from kiosk.editor_file import check, merge, open_file, path_tokens, render, save
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


def test_problem_places_are_read():
    assert path_tokens('days[0].items[3].title["en-GB"]') == ["days", 0, "items", 3, "title", "en-GB"]
    assert path_tokens("line 3, column 4") == []


def test_a_frab_schedule_opens_converted_and_is_marked_foreign():
    opened = open_file(FRAB)
    assert opened.foreign and opened.kind == "schedule.xml"
    assert check(opened.document, str(FRAB)).ok
    with pytest.raises(ValueError):
        save(opened, opened.document | {"announcements": []})
