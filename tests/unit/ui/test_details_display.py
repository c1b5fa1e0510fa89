"""Details of the display: durations never wrap between a number and its unit, say no more
than helps, and no card says "and N more" without naming anyone first."""

from __future__ import annotations

import re
from datetime import timedelta
from itertools import pairwise

import pytest
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from conftest import local
from kiosk.record import replace
from kiosk.schedule import state_at
from test_display import sample_instants
from ui import theme as th
from ui.display.phases import build_scene
from ui.i18n import scene_language, tr
from ui.wording import (
    change_words,
    countdown_words,
    duration_words,
    ends_in_words,
    glued,
    in_words,
    left_words,
    started_words,
)

# Minutes from 1 to two weeks: every count a plural form depends on (1, 2, 5, 11, 21, 22 …),
# and every shape of duration (minutes; hours and minutes; days and hours).
MINUTES = sorted(set(range(1, 130)) | {m * 60 + r for m in range(2, 48) for r in (0, 1, 2, 5, 11, 21, 22, 59)}
                 | {d * 1440 + h * 60 + 30 for d in range(1, 15) for h in (0, 1, 2, 5, 21, 22, 23)})
# A number, then (after any spaces, breaking or not) the word it counts.
NUMBER_AND_UNIT = re.compile(r"\d+[\s\u00a0]+[^\W\d]+")


def phrases(real_agenda) -> list[str]:
    """Every duration phrase the display and browser make, at every count of MINUTES."""
    now = local("2018-09-27T12:00")
    item = real_agenda.item("d1-coffee")
    found = []
    for m in MINUTES:
        then = now + timedelta(minutes=m)
        found += [duration_words(m), countdown_words(m), in_words(now, then), ends_in_words(now, then),
                  left_words(now, then), started_words(then, now)]
        moved = replace(item, start=item.start + timedelta(minutes=m), printed_start=item.start,
                                    end=item.end + timedelta(minutes=m), printed_end=item.end)
        found.append(change_words(moved))
    for seconds in range(1, 61):
        found.append(glued(tr("Returning to the display in %n s — touch anywhere to stay", None, seconds)))
    return found


def line_ends(text: str, font: QFont, width: float) -> list[int]:
    """Where QTextLayout ends each line but the last, wrapping as the display does."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    ends = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        ends.append(line.textStart() + line.textLength())
    layout.endLayout()
    return ends[:-1]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_no_duration_phrase_breaks_between_a_number_and_its_unit(qapp, real_agenda, lang):
    theme = th.Theme(unit=1.0, family=th.register_fonts())
    font = theme.font("hero")  # the countdown's size: the largest glyphs, the most wrapping
    with scene_language(lang):
        texts = sorted(set(phrases(real_agenda)))
    assert len(texts) > 1000 and any("\u00a0" in t for t in texts)
    checked = 0
    for text in texts:
        # No breakable space between a number and its unit, whatever the translation wrote.
        assert not re.search(r"\d[ \t]+[^\W\d]", text), text
        pairs = [m.span() for m in NUMBER_AND_UNIT.finditer(text)]
        assert pairs, text
        full = _natural(text, font)
        widest = max(_natural(text[a:b], font) for a, b in pairs)
        # At every width from the widest number-and-unit to the whole phrase, breaks fall only
        # between pairs (or inside words longer than the width, which is not the case here).
        width = widest + 2
        while width < full:
            for end in line_ends(text, font, width):
                assert not any(a < end < b for a, b in pairs), (text, width, text[:end])
                checked += 1
            width += max(7.0, (full - widest) / 23)
    assert checked > 1000


def _natural(text: str, font: QFont) -> float:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e6)
    layout.endLayout()
    return line.naturalTextWidth()


def test_countdown_says_no_more_than_helps(qapp):
    with scene_language("en"):
        plain = {m: countdown_words(m).replace("\u00a0", " ") for m in (25, 59, 60, 61, 990, 1439, 1440, 1441,
                                                                        1560, 10230, 10231)}
    assert plain == {25: "25 min", 59: "59 min", 60: "1 h", 61: "1 h 1 min", 990: "16 h 30 min",
                     1439: "23 h 59 min", 1440: "1 day", 1441: "1 day", 1560: "1 day 2 h",
                     10230: "7 days 2 h", 10231: "7 days 2 h"}
    with scene_language("ru"):
        assert countdown_words(10230) == "7\u00a0дней 2\u00a0часа"
        assert countdown_words(990) == "16\u00a0часов 30\u00a0минут"


@pytest.mark.parametrize("at", ["2018-09-20T10:00", "2018-09-26T20:00", "2018-09-27T11:50", "2018-09-27T12:20"])
@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (3840, 2160), (1080, 1920)], ids=str)
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_countdown_is_never_wrapped_inside_a_number_and_unit(qapp, real_agenda, at, size, lang):
    scene = build_scene(real_agenda, state_at(real_agenda, local(at)), *size, lang=lang)
    block = next(t for t in scene.texts if t.role == "countdown")
    assert not block.elided and not block.broken_words
    if size[0] > size[1]:  # landscape: the countdown is on one line
        assert block.lines == 1, (block.text, block.lines)
    for index in range(block.layout.lineCount() - 1):
        line = block.layout.lineAt(index)
        end = line.textStart() + line.textLength()
        assert block.text[end - 1] == " " and block.text[end - 2].isalpha(), block.text


def bare_more(scene) -> list[str]:
    """Every "and N more" on the screen that does not follow a person or a row of a list."""
    texts = scene.texts
    more = {tr("and %n more", None, n) for n in range(1, 60)}
    return [f"{before.role}: {before.text[:40]!r} then {block.text!r}"
            for before, block in pairwise(texts) if block.text in more and before.role not in ("person", "later")]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_no_bare_and_n_more_anywhere(qapp, real_agenda, lang):
    sizes = [(1920, 1080), (1080, 1920), (1280, 720), (720, 1280), (3840, 2160), (1280, 800)]
    found, names = [], 0
    with scene_language(lang):
        for size in sizes:
            for now in sample_instants(real_agenda):
                first = build_scene(real_agenda, state_at(real_agenda, now), *size, lang=lang)
                for page in range(first.pages):
                    scene = first if page == 0 else build_scene(real_agenda, state_at(real_agenda, now), *size,
                                                                page=page, lang=lang)
                    found += [f"{size} {now:%d %H:%M:%S} {x}" for x in bare_more(scene)]
                    names += len(scene.text_of("next-names"))
    assert not found, "\n".join(found[:10])
    assert names > 0  # the names-only line was needed, and used, somewhere


@pytest.mark.parametrize("size", [(1080, 1920), (720, 1280)], ids=str)
def test_portrait_next_card_in_russian_names_its_people(qapp, real_agenda, size):
    """16:12, coffee break, portrait, Russian: the NEXT card used to say only "и ещё 2"."""
    scene = build_scene(real_agenda, state_at(real_agenda, local("2018-09-27T16:12")), *size, lang="ru")
    names = scene.text_of("next-names")
    assert names and "Назарзода" in names[0], scene.all_text()
    assert not bare_more(scene)
