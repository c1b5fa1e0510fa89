"""The bundled agenda in Russian: every person has a Cyrillic name, and Russian positions begin with a capital."""

from __future__ import annotations

import json
import re

from conftest import AGENDA_PATH

CYRILLIC_NAME = re.compile(r"^[А-ЯЁ][а-яё]+(?:[ -][А-ЯЁ][а-яё]+)*$")  # words of Cyrillic letters, each capitalised


def test_every_person_has_a_russian_name_in_cyrillic(real_agenda):
    latin = [(p.id, p.name.get("ru")) for p in real_agenda.people
             if "ru" not in p.name.languages or not CYRILLIC_NAME.match(p.name.get("ru"))]
    assert latin == []
    assert len(real_agenda.people) == 28


def test_the_russian_name_has_as_many_words_as_the_english(real_agenda):
    """A transliteration keeps every part of a name: no given name or patronymic dropped."""
    for person in real_agenda.people:
        assert len(person.name.get("ru").split()) == len(person.name.get("en").split()), person.id


def test_russian_positions_and_organisations_begin_with_a_capital(real_agenda):
    for person in real_agenda.people:
        for field in (person.position, person.organisation):
            if field is not None:
                text = field.get("ru")
                assert text[0].isupper() or not text[0].isalpha(), (person.id, text)
                assert re.search(r"[А-Яа-яЁё]", text), (person.id, text)  # Russian, not the English fallback


def test_the_agenda_tells_staff_which_russian_names_to_confirm():
    document = json.loads(AGENDA_PATH.read_text(encoding="utf-8"))
    comment = document["$comment"]
    for family in ("Hayes", "Khan", "Martineau", "Trani", "Dayar", "Azeez", "Roman", "Furukawa"):
        assert family in comment
    assert "README" in comment
