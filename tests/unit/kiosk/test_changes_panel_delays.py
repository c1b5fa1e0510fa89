"""The staff panel's delays: only the adjustments change, hand edits survive, bad files are refused."""

from __future__ import annotations

import json
import stat

import pytest

from conftest import AGENDA_PATH, local, run_kiosk
from kiosk.changes.panel_delays import BY, EditRefused, add_delay, clear_delays
from kiosk.loader import load_agenda
from kiosk.problems import AgendaError
from kiosk.safefile import ReadOnly

NEXT = "d1-emergency-tajikistan"  # the item after the coffee break at 16:10 on day 1


def styled_agenda(tmp_path, document=None, name="agenda.json"):
    """The bundled agenda as another editor saves it: 4-space indents, CRLF, \\u escapes."""
    document = json.loads(AGENDA_PATH.read_text("utf-8")) if document is None else document
    text = json.dumps(document, indent=4, ensure_ascii=True).replace("\n", "\r\n") + "\r\n"
    path = tmp_path / name
    path.write_bytes(text.encode("ascii"))
    return path


def test_a_delay_changes_only_the_adjustments_and_clearing_restores_every_byte(tmp_path):
    path = styled_agenda(tmp_path)
    original = path.read_bytes()
    assert b"\\u04" in original and b"\r\n        " in original  # escapes, CRLF and 4-space indents
    add_delay(path, NEXT, 5)
    after = path.read_bytes()
    end = original.rindex(b"\r\n}")  # just after the last member's value: the member goes there
    inserted = after[end:len(after) - (len(original) - end)]
    assert after == original[:end] + inserted + original[end:]  # every other byte as it was
    assert inserted == (b',\r\n    "adjustments": [\r\n        {\r\n            "delay": 5,\r\n'
                        b'            "from": "d1-emergency-tajikistan",\r\n            "by": "staff panel"\r\n'
                        b'        }\r\n    ]')
    assert load_agenda(path).item(NEXT).start == local("2018-09-27T16:35")
    add_delay(path, NEXT, 10)  # pressing again adds up, in the same entry
    add_delay(path, "d1-qa", 5)
    adjustments = json.loads(path.read_bytes())["adjustments"]
    assert adjustments == [{"delay": 15, "from": NEXT, "by": BY}, {"delay": 5, "from": "d1-qa", "by": BY}]
    assert b"\n" not in path.read_bytes().replace(b"\r\n", b"")  # no bare LF slipped in
    clear_delays(path)
    assert path.read_bytes() == original


def test_hand_written_adjustments_keep_their_own_layout(tmp_path):
    text = AGENDA_PATH.read_text("utf-8").rstrip()
    assert text.endswith("}") and '"adjustments"' not in text
    hand = '  "adjustments": [ {"cancel": "d1-qa"},   {"delay": 5, "from": "d2-registration"} ]\n'
    text = text[:-1].rstrip() + ',\n' + hand + '}\n'
    path = tmp_path / "agenda.json"
    path.write_text(text, "utf-8")
    original = path.read_bytes()
    add_delay(path, NEXT, 10)
    assert hand.strip()[:-2].encode() in path.read_bytes()  # the typed entries, byte for byte
    assert json.loads(path.read_bytes())["adjustments"][-1] == {"delay": 10, "from": NEXT, "by": BY}
    assert load_agenda(path).item("d1-qa").cancelled
    clear_delays(path)
    assert path.read_bytes() == original


def test_an_empty_list_as_the_first_member_with_tabs(tmp_path):
    document = json.loads(AGENDA_PATH.read_text("utf-8"))
    reordered = {"adjustments": [], **document}  # the first member: its comma goes with it
    path = tmp_path / "agenda.json"
    path.write_text(json.dumps(reordered, indent="\t", ensure_ascii=False), "utf-8")
    head = b'{\n\t"adjustments": [],\n\t'
    assert path.read_bytes().startswith(head)
    tail = path.read_bytes()[len(head):]
    add_delay(path, NEXT, 5)
    written = path.read_bytes()
    assert written.startswith(b'{\n\t"adjustments": [\n\t\t{\n\t\t\t"delay": 5,') and written.endswith(tail)
    clear_delays(path)  # the panel's were the only ones: the member goes, and its comma
    assert path.read_bytes() == b"{\n\t" + tail
    assert json.loads(path.read_bytes()) == document


def test_a_byte_order_mark_and_a_one_line_file_are_kept(tmp_path):
    document = json.loads(AGENDA_PATH.read_text("utf-8"))
    path = tmp_path / "agenda.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(document, ensure_ascii=False).encode())
    original = path.read_bytes()
    add_delay(path, NEXT, 5)
    assert path.read_bytes().startswith(original[:-1]) and path.read_bytes().count(b"\n") == 0
    assert path.read_bytes().endswith(b', "adjustments": [{"delay": 5, "from": "d1-emergency-tajikistan", '
                                      b'"by": "staff panel"}]}')
    clear_delays(path)
    assert path.read_bytes() == original


@pytest.mark.parametrize("layout", [
    dict(separators=(",", ":")),                        # compact, one line
    dict(indent=3, separators=(",", " : ")),            # odd spacing around the colon
    dict(indent=2, ensure_ascii=False),                 # as the kiosk writes it
])
def test_every_layout_is_followed_and_restored(tmp_path, layout):
    document = json.loads(AGENDA_PATH.read_text("utf-8"))
    path = tmp_path / "agenda.json"
    path.write_text(json.dumps(document, **layout), "utf-8")
    original = path.read_bytes()
    add_delay(path, NEXT, 5)
    add_delay(path, "d1-qa", 5)
    add_delay(path, NEXT, 5)
    written = path.read_bytes()
    adjustments = [{"delay": 10, "from": NEXT, "by": BY}, {"delay": 5, "from": "d1-qa", "by": BY}]
    # As if the editor that wrote the file had saved the adjustments itself.
    assert written == json.dumps({**document, "adjustments": adjustments}, **layout).encode("utf-8")
    clear_delays(path)
    assert path.read_bytes() == original


def test_clearing_keeps_hand_written_entries_between_the_panels(tmp_path):
    document = json.loads(AGENDA_PATH.read_text("utf-8"))
    document["adjustments"] = [{"delay": 5, "from": "d1-qa", "by": BY}, {"cancel": "d1-qa"},
                               {"delay": 5, "from": "d2-registration", "by": BY}]
    path = tmp_path / "agenda.json"
    path.write_text(json.dumps(document, indent=2), "utf-8")
    clear_delays(path)
    document["adjustments"] = [{"cancel": "d1-qa"}]
    assert path.read_text("utf-8") == json.dumps(document, indent=2)


def test_a_hand_edit_saved_meanwhile_survives_with_the_delay(tmp_path):
    path = styled_agenda(tmp_path)
    edits = []

    def hand_edit():  # someone saves the file between the panel's read and its rename
        if not edits:
            text = path.read_bytes().replace(b"Coffee break", b"Tea break", 1)
            path.write_bytes(text)
            edits.append(text)

    agenda = add_delay(path, NEXT, 10, before_replace=hand_edit)
    final = path.read_bytes()
    assert b"Tea break" in final and edits[0].count(b"Tea break") == final.count(b"Tea break") == 1
    assert json.loads(final)["adjustments"] == [{"delay": 10, "from": NEXT, "by": BY}]
    assert final.startswith(edits[0][:edits[0].rindex(b"\r\n}")])  # their bytes, then the delay
    assert agenda.item(NEXT).start == load_agenda(path).item(NEXT).start == local("2018-09-27T16:40")


def test_a_file_that_keeps_changing_is_refused_and_the_last_hand_edit_kept(tmp_path):
    path = styled_agenda(tmp_path)
    saves = []

    def busy_editor():
        text = json.loads(path.read_bytes())
        text["event"]["venue"] = f"Orion Hotel, save {len(saves)}"
        path.write_text(json.dumps(text, indent=2), "utf-8")
        saves.append(path.read_bytes())

    with pytest.raises(EditRefused) as caught:
        add_delay(path, NEXT, 5, before_replace=busy_editor)
    assert str(caught.value) == "agenda.json changed meanwhile, press again"
    assert path.read_bytes() == saves[-1] and len(saves) == 3
    assert [p.name for p in tmp_path.iterdir()] == ["agenda.json"]


@pytest.mark.parametrize("adjustments, words", [
    ({"delay": 5, "from": NEXT}, "adjustments"),
    ([{"delay": "5", "from": NEXT}], "adjustments[0].delay"),
    ([{"delay": 5, "from": "no-such-item"}], "no item with the id"),
])
def test_a_valid_json_that_is_not_a_valid_agenda_is_refused_with_the_checkers_words(tmp_path, adjustments, words):
    document = json.loads(AGENDA_PATH.read_text("utf-8"))
    document["adjustments"] = adjustments
    path = tmp_path / "agenda.json"
    path.write_text(json.dumps(document, indent=2), "utf-8")
    original = path.read_bytes()
    for change in (lambda: add_delay(path, NEXT, 5), lambda: clear_delays(path)):
        with pytest.raises(AgendaError) as caught:
            change()
        check = run_kiosk("--check", "--agenda", str(path))
        assert check.returncode == 2 and str(caught.value).splitlines() == check.stdout.splitlines()
        assert words in str(caught.value) and path.read_bytes() == original


def test_a_delay_the_checker_refuses_is_not_written(tmp_path):
    path = styled_agenda(tmp_path)
    original = path.read_bytes()
    with pytest.raises(AgendaError):
        add_delay(path, NEXT, 100_000)  # past the end of the day and beyond
    assert path.read_bytes() == original


def test_a_read_only_agenda_and_a_linked_one(tmp_path):
    path = styled_agenda(tmp_path, name="real.json")
    path.chmod(0o444)
    with pytest.raises(ReadOnly, match="is read-only; nothing was written"):
        add_delay(path, NEXT, 5)
    path.chmod(0o640)
    link = tmp_path / "agenda.json"
    link.symlink_to("real.json")
    add_delay(link, NEXT, 5)
    assert link.is_symlink() and stat.S_IMODE(path.stat().st_mode) == 0o640
    assert json.loads(path.read_bytes())["adjustments"][0]["delay"] == 5
