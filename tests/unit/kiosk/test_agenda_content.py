"""The bundled agenda.json is the printed programme: every item, time, word and person as printed."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from conftest import AGENDA_PATH, DATA
from kiosk.model import ListBlock
from kiosk.schema import SchemaChecker, agenda_schema

# Extraction typos corrected on purpose (the issue allows unambiguous ones only).
CORRECTIONS = {"lawer": "lawyer", "Tajikistan’ s": "Tajikistan’s"}

PRINTED_TIMETABLE = [
    ("2018-09-27", "12:30", "13:00", "registration"), ("2018-09-27", "13:00", "14:00", "meal"),
    ("2018-09-27", "14:00", "14:30", "opening"), ("2018-09-27", "14:30", "15:00", "photo"),
    ("2018-09-27", "15:00", "16:00", "session"), ("2018-09-27", "16:00", "16:30", "break"),
    ("2018-09-27", "16:30", "17:30", "session"), ("2018-09-27", "17:30", "18:00", "discussion"),
    ("2018-09-28", "08:30", "09:00", "registration"), ("2018-09-28", "09:00", "09:30", "opening"),
    ("2018-09-28", "09:30", "11:00", "session"), ("2018-09-28", "11:00", "11:30", "break"),
    ("2018-09-28", "11:30", "13:00", "session"), ("2018-09-28", "13:00", "14:00", "meal"),
    ("2018-09-28", "14:00", "16:00", "session"), ("2018-09-28", "16:00", "16:30", "break"),
    ("2018-09-28", "16:30", "17:30", "session"), ("2018-09-28", "17:30", "18:00", "closing"),
    ("2018-09-28", "18:00", None, "reception"),
]


@pytest.fixture(scope="module")
def seed() -> str:
    text = (DATA / "seed-agenda.txt").read_text(encoding="utf-8")
    text = re.sub(r"\s+", " ", text.replace("•", " "))
    for wrong, right in CORRECTIONS.items():
        text = text.replace(wrong, right)
    return text


def all_texts(agenda):
    """(where, text) for every piece of programme text in the model."""
    def blocks(where, bs):
        for b in bs:
            if isinstance(b, ListBlock):
                yield from ((f"{where} list", str(e)) for e in b.entries)
            else:
                yield where, str(b)
    for item in agenda.items:
        yield item.id, str(item.title)
        if item.subtitle:
            yield item.id, str(item.subtitle)
        yield from blocks(item.id, item.description)
        for point in item.points:
            yield item.id, f"{point.label}) {point.text}"
        for talk in item.talks:
            if talk.title and str(talk.title) not in ("Welcome address", "Closing remarks"):
                yield item.id, str(talk.title)
            yield from blocks(item.id, talk.description)
    for person in agenda.people:
        for field in ("honorific", "name", "position", "organisation"):
            value = getattr(person, field)
            if value is not None:
                yield person.id, str(value)


def test_timetable_is_the_printed_one(real_agenda):
    got = [(i.start.date().isoformat(), i.start.strftime("%H:%M"),
            i.end.strftime("%H:%M") if i.end else None, i.kind) for i in real_agenda.items]
    assert got == PRINTED_TIMETABLE
    assert real_agenda.timezone.key == "Asia/Bishkek"
    assert len({i.id for i in real_agenda.items}) == 19


def test_every_text_is_printed_word_for_word(real_agenda, seed):
    missing = [(where, text) for where, text in all_texts(real_agenda) if text not in seed]
    assert missing == []


def test_every_person_is_printed_with_honorific_and_used(real_agenda, seed):
    used = {a.person.id for item in real_agenda.items for _, _, a in item.appearances()}
    for person in real_agenda.people:
        assert f"{person.honorific} {person.name}" in seed or str(person.name) in seed
        assert person.id in used, f"{person.id} appears nowhere in the programme"
    assert len(real_agenda.people) == 28


def test_no_marker_is_glued_to_a_name(real_agenda):
    for where, text in all_texts(real_agenda):
        assert not re.search(r"\((tbc|video)\)", text), (where, text)
    flags = {(a.person.id, a.tbc, a.video) for i in real_agenda.items for _, _, a in i.appearances()
             if a.tbc or a.video}
    assert flags == {("nazarzoda-rustam", True, False), ("azeez-aliyr", False, True)}


def test_structure_of_the_dialogue(real_agenda):
    dialogue = real_agenda.item("d2-dialogue")
    assert [p.label for p in dialogue.points] == ["a", "b", "c", "d", "e"]
    lists = [b for b in dialogue.description if isinstance(b, ListBlock)]
    assert len(lists) == 1 and len(lists[0].entries) == 5  # the Almaty Process objectives
    assert len(dialogue.talks[0].presenters) == 5
    assert [a.person.id for a in dialogue.moderators] == ["toktobolotov-samat"]


def test_every_welcome_address_has_its_speaker(real_agenda):
    openings = [real_agenda.item("d1-opening"), real_agenda.item("d2-opening")]
    speakers = [[str(t.presenters[0].person.name) for t in o.talks if str(t.title) == "Welcome address"]
                for o in openings]
    assert speakers == [["Ibraimzhanov Bolotbek Saparbayevich", "Victoria Kasabyan", "Yasuko Oda", "Brian Stimmler"],
                        ["Ibraimzhanov Bolotbek Saparbayevich", "Jonathan Hayes"]]


def test_schema_is_standard_json_schema_and_agrees_on_the_bundled_agenda():
    schema = agenda_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    document = json.loads(AGENDA_PATH.read_text(encoding="utf-8"))
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(document)) == []
    assert SchemaChecker().problems(document) == []


@pytest.mark.parametrize("break_it", [
    lambda d: d["days"][0]["items"][0].update(kind="party"),
    lambda d: d["days"][0]["items"][0].update(start="9"),
    lambda d: d["days"][0]["items"][0].pop("title"),
    lambda d: d["days"][0]["items"][0].update(title={"ru": "Регистрация"}),
    lambda d: d["days"][0]["items"][0].update(colour="red"),
    lambda d: d["people"][0].update(name=""),
    lambda d: d["days"][1]["items"][2]["description"].append({"list": []}),
    lambda d: d["event"].update(edition=0),
])
def test_our_checker_and_a_standard_validator_reject_the_same_things(break_it):
    document = json.loads(AGENDA_PATH.read_text(encoding="utf-8"))
    break_it(document)
    standard = list(jsonschema.Draft202012Validator(agenda_schema()).iter_errors(document))
    ours = SchemaChecker().problems(document)
    assert standard and ours


def test_a_persons_appearances_are_the_models_answer(real_agenda):
    def roles(person_id):
        person = real_agenda.person(person_id)
        return [(item.id, role, str(talk) if talk else None) for item, role, talk in real_agenda.appearances_of(person)]

    # a talk of their own is named by its title; moderating is a role
    assert roles("kasabyan-victoria") == [("d1-opening", "presenter", "Welcome address"),
                                          ("d1-iom-approaches", "moderator", None)]
    # presenting an item as a whole (no talk) and moderating it, in time order
    assert roles("toktobolotov-samat") == [("d2-dialogue", "presenter", None), ("d2-dialogue", "moderator", None),
                                           ("d2-dialogue-continued", "moderator", None)]
    everyone = {p.id for item in real_agenda.items for p in (a.person for a in item.people())}
    assert everyone and all(roles(pid) for pid in everyone)

