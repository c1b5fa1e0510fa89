"""The editor's content edits (kiosk/changes/content.py): ids from titles and names, items added and
removed in time order, people who still appear kept, texts by language."""

from __future__ import annotations

import json

import pytest

from conftest import AGENDA_PATH
from kiosk.changes.content import (
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
from kiosk.editor_file import check


def test_ids_come_from_titles_and_names_and_stay_unique():
    doc = json.loads(AGENDA_PATH.read_text(encoding="utf-8"))
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
    doc = json.loads(AGENDA_PATH.read_text(encoding="utf-8"))
    doc["adjustments"] = [{"cancel": "d1-photo"}]
    smaller = remove_item(doc, "d1-photo")
    assert "adjustments" not in smaller and check(smaller, "x").ok
    assert ("d1-opening", "Opening — Welcome Remarks", "talk 2 presenter") in appearances_of(doc, "kasabyan-victoria")
    with pytest.raises(DocumentError, match="still appears in"):
        remove_person(doc, "kasabyan-victoria")


def test_texts_keep_their_form():
    assert with_text("Lunch", "ru", "Обед") == {"en": "Lunch", "ru": "Обед"}
    assert with_text({"en": "Lunch", "ru": "Обед"}, "ru", "") == {"en": "Lunch"}
    assert with_text("Lunch", "en", "Dinner") == "Dinner"
    assert with_text(None, "en", "") is None
