"""The day's changes as operations on the agenda document (kiosk/changes/onday.py), and in a real file."""

from __future__ import annotations

import copy
import json
import os
import stat

import pytest

from conftest import AGENDA_PATH, DATA, local
from kiosk.changes import onday
from kiosk.changes.onday import EditError, announce, apply_to_file, cancel, clear_changes, delay, move, restore
from kiosk.jsonsplice import top_level
from kiosk.loader import load_agenda

ORIGINAL = json.loads(AGENDA_PATH.read_text("utf-8"))


@pytest.fixture
def doc() -> dict:
    return copy.deepcopy(ORIGINAL)


def styled(tmp_path, document=None) -> tuple:
    """The agenda as another editor saves it: 4-space indents, CRLF, \\u escapes."""
    text = json.dumps(ORIGINAL if document is None else document, indent=4, ensure_ascii=True)
    path = tmp_path / "agenda.json"
    path.write_bytes((text.replace("\n", "\r\n") + "\r\n").encode("ascii"))
    return path, path.read_bytes()


def without(text: str, key: str) -> str:
    """The text without the top-level member ``key`` (and the comma before it)."""
    obj = top_level(text)
    for index, part in enumerate(obj.parts):
        if part.key == key:
            start = obj.parts[index - 1].end if index else part.start
            return text[:start] + text[part.end:]
    return text


# --- the operations ---------------------------------------------------------------------------------

def test_a_delay_moves_the_item_and_the_rest_of_its_day_and_leaves_the_input_alone(doc):
    change = delay(doc, "d1-coffee", 15)
    assert doc == ORIGINAL  # not changed in place
    assert change.doc["adjustments"] == [{"delay": 15, "from": "d1-coffee"}]
    assert change.summary == ('Delayed d1-coffee ("Coffee break") and what follows that day by 15 min: '
                              "it now starts at 16:15")
    assert change.changed and change.agenda.item("d1-qa").start == local("2018-09-27T17:45")
    assert change.agenda.item("d1-photo").start == local("2018-09-27T14:30")  # earlier items stay
    again = delay(change.doc, "d1-coffee", "10")
    assert again.doc["adjustments"] == [{"delay": 25, "from": "d1-coffee"}]  # adds up in one entry
    assert "10 min more (25 min in all)" in again.summary


def test_a_delay_until_a_later_item_is_absorbed_there(doc):
    change = delay(doc, "d2-dialogue", 20, until="d2-coffee-am")
    coffee = change.agenda.item("d2-coffee-am")
    assert (coffee.start, coffee.end) == (local("2018-09-28T11:20"), local("2018-09-28T11:30"))
    assert change.agenda.item("d2-dialogue-continued").start == local("2018-09-28T11:30")
    assert "d2-coffee-am starts at 11:20 and ends on time" in change.summary


@pytest.mark.parametrize("minutes, words", [("x", '"x" is not a number of minutes'), (0, "not 0"),
                                            (601, "not 601"), ("-5", "not -5")])
def test_a_delay_must_be_1_to_600_minutes(doc, minutes, words):
    with pytest.raises(EditError, match=words):
        delay(doc, "d1-coffee", minutes)


def test_an_unknown_id_names_the_closest_ones(doc):
    with pytest.raises(EditError) as err:
        delay(doc, "d1-cofee", 15)
    assert str(err.value) == ('no item with the id "d1-cofee"; did you mean "d1-coffee", "d2-coffee-pm" '
                              'or "d2-coffee-am"?')
    with pytest.raises(EditError, match='"D1-PHOTO"; did you mean "d1-photo"'):
        cancel(doc, "D1-PHOTO")
    with pytest.raises(EditError, match=r'no item with the id "zzz" \(the ids are .* e\.g\. "d1-registration"\)'):
        restore(doc, "zzz")
    with pytest.raises(EditError, match='no item with the id "d9" to stop the delay at'):
        delay(doc, "d1-coffee", 5, until="d9")


def test_what_the_checker_refuses_is_refused_in_its_words(doc):
    with pytest.raises(EditError) as err:
        delay(doc, "d1-qa", 15, until="d1-coffee")
    assert str(err.value) == ('delaying d1-qa up to d1-coffee by 15 min is refused: '
                              '"d1-coffee" must be a later item on the same day as "d1-qa"')
    # a day may now run past midnight (as a conference tool's days do): the reception goes on to 04:00
    late = delay(doc, "d2-reception", 600)
    assert late.agenda.local(late.agenda.item("d2-reception").start).isoformat() == "2018-09-29T04:00:00+06:00"
    with pytest.raises(EditError, match="a delay is 1 to 600 minutes, not 601"):
        delay(doc, "d2-reception", 601)


def test_cancel_and_restore(doc):
    change = cancel(doc, "d1-photo", note="Postponed to Friday")
    assert change.doc["adjustments"] == [{"cancel": "d1-photo", "note": "Postponed to Friday"}]
    assert change.agenda.item("d1-photo").cancelled
    assert change.summary == 'Cancelled d1-photo ("Group Photo"): it stays listed, marked cancelled'
    same = cancel(change.doc, "d1-photo")
    assert not same.changed and same.doc == change.doc and "already cancelled; nothing changed" in same.summary
    assert cancel(change.doc, "d1-photo", note="Tomorrow").doc["adjustments"] == [
        {"cancel": "d1-photo", "note": "Tomorrow"}]
    restored = restore(change.doc, "d1-photo")
    assert restored.doc == ORIGINAL  # no empty "adjustments" left behind
    assert restored.summary == 'Restored d1-photo ("Group Photo"): removed its cancellation; it is at 14:30–15:00'
    assert not restore(ORIGINAL, "d1-photo").changed
    with pytest.raises(EditError, match="the note is empty"):
        cancel(doc, "d1-photo", note="  ")


def test_restore_takes_back_only_the_items_own_changes(doc):
    changed = delay(move(cancel(doc, "d1-photo").doc, "d1-photo", "15:00", "15:10").doc, "d1-photo", 5).doc
    changed = delay(changed, "d1-coffee", 5).doc
    restored = restore(changed, "d1-photo")
    assert restored.doc["adjustments"] == [{"delay": 5, "from": "d1-coffee"}]
    assert "removed its cancellation, its move, the delay from it" in restored.summary


def test_a_move_keeps_the_length_unless_an_end_is_given(doc):
    change = move(doc, "d2-closing", "18:30")
    closing = change.agenda.item("d2-closing")
    assert (closing.start, closing.end) == (local("2018-09-28T18:30"), local("2018-09-28T19:00"))
    assert change.summary == 'Moved d2-closing ("Wrap up and closing remarks") to 18:30–19:00 (printed 17:30)'
    later = move(change.doc, "d2-closing", "23:30", "25:00")  # replaces the first move
    assert later.doc["adjustments"] == [{"move": "d2-closing", "start": "23:30", "end": "25:00"}]
    assert later.agenda.item("d2-closing").end == local("2018-09-29T01:00")


def test_a_move_into_an_overlap_is_refused(doc):
    with pytest.raises(EditError) as err:
        move(doc, "d1-photo", "14:00")
    assert str(err.value) == ('moving d1-photo to 14:00 is refused: after the adjustments "Group Photo" (14:00) '
                              'overlaps "Opening — Welcome Remarks" (14:00–14:30)')


@pytest.mark.parametrize("start, end, words", [
    ("2pm", None, 'the start "2pm" is not a time of day such as 14:30'),
    ("24:00", None, 'the start "24:00" is not a time'),
    ("14:00", "48:00", 'the end "48:00" is not a time of day such as 14:30 (24:00 to 47:59 is the next morning'),
    ("14:00", "13:00", "the end 13:00 is not after the start 14:00"),
])
def test_a_move_to_a_time_that_does_not_parse(doc, start, end, words):
    with pytest.raises(EditError) as err:
        move(doc, "d1-photo", start, end)
    assert str(err.value).startswith(words)


def test_an_announcement_in_local_time_or_with_an_offset(doc):
    change = announce(doc, "Bus at 18:00", "2018-09-27T11:30Z", "2018-09-27 18:00:59", ru="Автобус в 18:00",
                      important=True)
    assert change.doc["announcements"] == [{"from": "2018-09-27T17:30", "until": "2018-09-27T18:00",
                                            "text": {"en": "Bus at 18:00", "ru": "Автобус в 18:00"},
                                            "level": "important"}]
    banner = change.agenda.announcements[0]
    assert (banner.start, banner.end, banner.level) == (local("2018-09-27T17:30"), local("2018-09-27T18:00"),
                                                        "important")
    assert change.summary == 'Announced "Bus at 18:00" from 2018-09-27 17:30 until 18:00 (important)'
    assert not announce(change.doc, "Bus at 18:00", "2018-09-27T17:30", "2018-09-27T18:00", ru="Автобус в 18:00",
                        important=True).changed
    plain = announce(doc, "Lunch", "2018-09-27T12:30", "2018-09-28").doc["announcements"][0]
    assert plain == {"from": "2018-09-27T12:30", "until": "2018-09-28T00:00", "text": "Lunch"}


@pytest.mark.parametrize("args, words", [
    (("", "2018-09-27T17:30", "2018-09-27T18:00"), "the announcement's text is empty"),
    (("Bus", "2018-09-27T17:3", "2018-09-27T18:00"), 'the start "2018-09-27T17:3" is not a date and time'),
    (("Bus", "2018-09-27T18:00", "2018-09-27T17:00"), "the end 2018-09-27 17:00 is not after the start"),
    (("Bus", "1999-09-27T18:00", "2018-09-27T17:00"), "the start: 1999-09-27 18:00 is outside the years"),
])
def test_an_announcement_that_cannot_be(doc, args, words):
    with pytest.raises(EditError) as err:
        announce(doc, *args)
    assert str(err.value).startswith(words)


def test_clear_changes_removes_every_adjustment_and_keeps_the_announcements(doc):
    changed = announce(delay(cancel(doc, "d1-photo").doc, "d1-qa", 5).doc, "Bus", "2018-09-27T17:30",
                       "2018-09-27T18:00").doc
    cleared = clear_changes(changed)
    assert "adjustments" not in cleared.doc and cleared.doc["announcements"] == changed["announcements"]
    assert cleared.summary == "Cleared 2 changes: the printed programme applies again"
    assert not clear_changes(ORIGINAL).changed


# --- in a file -------------------------------------------------------------------------------------

def test_only_the_changed_member_is_written_in_the_files_own_style(tmp_path):
    path, original = styled(tmp_path)
    text = original.decode("ascii")
    change = apply_to_file(path, delay, "d1-coffee", 15)
    after = path.read_bytes().decode()
    assert change.summary.startswith("Delayed d1-coffee") and json.loads(after)["adjustments"] == [
        {"delay": 15, "from": "d1-coffee"}]
    assert without(after, "adjustments") == text  # every other byte as it was
    assert '\r\n    "adjustments": [\r\n        {\r\n            "delay": 15,' in after
    apply_to_file(path, announce, "Автобус", "2018-09-27T17:30", "2018-09-27T18:00")
    after = path.read_bytes().decode()
    assert '"text": "\\u0410\\u0432' in after  # the file's \u escapes kept for new text too
    assert without(without(after, "announcements"), "adjustments") == text
    apply_to_file(path, cancel, "d1-photo")
    apply_to_file(path, restore, "d1-photo")
    apply_to_file(path, restore, "d1-coffee")
    assert without(path.read_bytes().decode(), "announcements") == text


def test_hand_written_entries_keep_their_layout(tmp_path):
    text = AGENDA_PATH.read_text("utf-8").rstrip()
    hand = '  "adjustments": [ {"cancel": "d1-photo"},   {"move": "d1-qa", "start": "17:40"} ]\n'
    path = tmp_path / "agenda.json"
    path.write_text(text[:-1].rstrip() + ",\n" + hand + "}\n", "utf-8")
    original = path.read_bytes()
    apply_to_file(path, move, "d1-qa", "17:45")  # replaces the hand-written move in its place
    assert b'[ {"cancel": "d1-photo"},   {"move": "d1-qa", "start": "17:45"} ]' in path.read_bytes()
    apply_to_file(path, delay, "d2-coffee-pm", 5)
    assert b'[ {"cancel": "d1-photo"},   {"move": "d1-qa", "start": "17:45"}, {"delay": 5, "from": "d2-coffee-pm"} ]' \
        in path.read_bytes()
    apply_to_file(path, restore, "d2-coffee-pm")
    apply_to_file(path, move, "d1-qa", "17:40")
    assert path.read_bytes() == original
    apply_to_file(path, clear_changes)
    assert path.read_bytes() == (text + "\n").encode()


def test_nothing_to_change_leaves_the_file_untouched(tmp_path):
    path, original = styled(tmp_path)
    os.utime(path, (1_000_000_000, 1_000_000_000))
    change = apply_to_file(path, restore, "d1-photo")
    assert not change.changed and path.read_bytes() == original and path.stat().st_mtime == 1_000_000_000


def test_a_change_saved_by_someone_else_meanwhile_is_kept(tmp_path):
    path, _original = styled(tmp_path)
    theirs = copy.deepcopy(ORIGINAL)
    theirs["days"][0]["title"] = "Day One (updated)"
    calls = []

    def someone_saves():
        if not calls:
            calls.append(1)
            path.write_text(json.dumps(theirs, indent=2), "utf-8")

    apply_to_file(path, cancel, "d1-photo", before_replace=someone_saves)
    saved = json.loads(path.read_text("utf-8"))
    assert saved["days"][0]["title"] == "Day One (updated)" and saved["adjustments"] == [{"cancel": "d1-photo"}]
    assert without(path.read_text("utf-8"), "adjustments") == json.dumps(theirs, indent=2)


def test_a_file_saved_by_someone_else_every_time_is_refused(tmp_path):
    path, _original = styled(tmp_path)
    count = []

    def always():
        count.append(1)
        path.write_text(json.dumps(ORIGINAL, indent=len(count)), "utf-8")

    with pytest.raises(EditError, match="saved by someone else 3 times .* nothing was written, try again"):
        apply_to_file(path, cancel, "d1-photo", before_replace=always)
    assert "adjustments" not in json.loads(path.read_text("utf-8"))


@pytest.mark.parametrize("name", ["schedule.xml", "schedule.json"])
def test_another_programs_schedule_is_refused_with_the_panels_words(tmp_path, name):
    path = tmp_path / name
    path.write_bytes((DATA / "formats" / name).read_bytes())
    before = path.read_bytes()
    with pytest.raises(EditError) as err:
        apply_to_file(path, clear_changes)
    assert f"{name} is another program's" in str(err.value) and "kiosk --convert" in str(err.value)
    assert path.read_bytes() == before


def test_an_address_a_broken_file_a_read_only_file_and_an_unknown_id(tmp_path):
    with pytest.raises(EditError, match="http://127.0.0.1/agenda.json: .*edit the file the web server serves, by path"):
        apply_to_file("http://127.0.0.1/agenda.json", clear_changes)
    broken = copy.deepcopy(ORIGINAL)
    broken["days"][0]["items"][0]["end"] = "25:61"
    path, before = styled(tmp_path, broken)
    with pytest.raises(EditError, match=r"agenda.json: days\[0\].items\[0\].end: "):
        apply_to_file(path, cancel, "d1-photo")
    path, before = styled(tmp_path)
    with pytest.raises(EditError, match=f'^{path}: no item with the id "nope"'):
        apply_to_file(path, cancel, "nope")
    path.chmod(stat.S_IRUSR)
    try:
        with pytest.raises(EditError, match="read-only; nothing was written"):
            apply_to_file(path, cancel, "d1-photo")
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert path.read_bytes() == before


def test_the_written_file_is_what_the_kiosk_loads(tmp_path):
    path, _ = styled(tmp_path)
    change = apply_to_file(path, move, "d2-closing", "18:30", "18:45")
    assert load_agenda(path).item("d2-closing").end == local("2018-09-28T18:45") == change.agenda.item(
        "d2-closing").end
    assert set(onday.OPERATIONS) == {"delay", "cancel", "restore", "move", "announce", "clear_changes"}


def test_splice_changes_rewrites_only_what_differs_as_json():
    text = '{"a": [ {"x":1},  {"y": 2},\t{"z": 3} ], "b": true, "c": {"k" : "v"}}'
    old = json.loads(text)
    new = {"a": [{"x": 1}, {"y": 5}, {"z": 3}], "b": 1, "c": {"k": "v"}}
    assert onday.splice_changes(text, old, new) == '{"a": [ {"x":1},  {"y": 5},\t{"z": 3} ], "b": 1, "c": {"k" : "v"}}'
    assert onday.splice_changes(text, old, {"a": [{"x": 1}, {"z": 3}], "b": True, "c": {"k": "v"}}) == (
        '{"a": [ {"x":1},\t{"z": 3} ], "b": true, "c": {"k" : "v"}}')
    assert onday.splice_changes(text, old, {"b": True, "c": {"k": "v"}, "d": []}) == (
        '{"b": true, "c": {"k" : "v"}, "d": []}')
