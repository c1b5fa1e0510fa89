"""The programme's rows are measured once and kept: what is kept must always be what a fresh
measurement gives, after every change that can change a row (language, the Now pill, a new
version of the agenda, another screen size), and the quick line count must agree with the lines
actually painted. A long day opens with the row of now in the middle of the list."""

from __future__ import annotations

import json
import sys
from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QStyleOptionViewItem

from conftest import AGENDA_PATH, local
from kiosk.validation import build_agenda
from test_browser import kiosk, tap  # noqa: F401  (kiosk is a fixture)
from ui.browser.delegates import ItemDelegate, PersonDelegate

WORDS = st.sampled_from(["Dialogue", "of", "Senior", "Officials", "on", "the", "Role", "—", "Almaty", "Process",
                         "Диалог", "старших", "должностных", "лиц", "", "Supercalifragilisticexpialidocious-Migration"])


@settings(max_examples=300, deadline=None)
@given(words=st.lists(WORDS, min_size=1, max_size=14), width=st.integers(min_value=20, max_value=700))
def test_the_line_count_is_the_number_of_lines_painted(qapp, words, width):
    delegate = ItemDelegate(1.0)
    text = " ".join(words)
    for font in (delegate.big, delegate.small):
        for lines in (1, 2):
            painted = delegate._layout_lines(font, float(width), text, lines)[0]
            assert delegate.line_count(font, float(width), text, lines) == len(painted), (text, width, lines)


def fresh_heights(view) -> list[int]:
    """Every row's height as a new delegate (nothing kept) measures it at the list's width now."""
    kept = view.itemDelegate()
    fresh = type(kept)(kept.unit, view)
    model = view.model()
    heights = [fresh.sizeHint(QStyleOptionViewItem(), model.index(r, 0)).height() for r in range(model.rowCount())]
    fresh.deleteLater()
    return heights


def laid_out_heights(view) -> list[int]:
    view.doItemsLayout()
    model = view.model()
    return [view.visualRect(model.index(r, 0)).height() for r in range(model.rowCount())]


def programme(coffee_title: dict) -> dict:
    doc = json.loads(AGENDA_PATH.read_text(encoding="utf-8"))
    next(i for d in doc["days"] for i in d["items"] if i["id"] == "d2-coffee-am")["title"] = coffee_title
    return doc


LONG_RU = "Кофе-брейк и общее фотографирование глав делегаций на террасе гостиницы «Орион»"
LONG_EN = "Coffee break, with the photograph of the heads of delegation on the terrace of the Orion"


def test_kept_heights_follow_every_change_of_a_row(qtbot, kiosk):  # noqa: F811
    agenda = build_agenda(programme({"en": "Coffee break", "ru": LONG_RU}), "mem")
    window = kiosk("2018-09-28T10:59:50", size=(1280, 720), agenda=agenda)
    tap(qtbot, window.display)
    browser = window.browser
    view = browser.items_view
    row = browser.items_model.row_of("d2-coffee-am")
    assert isinstance(view.itemDelegate(), ItemDelegate)
    assert laid_out_heights(view) == fresh_heights(view)
    one_line = laid_out_heights(view)[row]

    browser.set_language("ru")  # the coffee break's Russian title takes two lines
    assert laid_out_heights(view) == fresh_heights(view)
    assert laid_out_heights(view)[row] > one_line

    browser.set_language("en")
    window.clock.set(local("2018-09-28T11:00:05"))  # the dialogue ends, the coffee break gets the Now pill
    window.display.on_boundary()
    assert browser.items_model.running == {"d2-coffee-am"}
    assert laid_out_heights(view) == fresh_heights(view)

    # A new version of the programme: the English title takes two lines too.
    window.set_agenda(build_agenda(programme({"en": LONG_EN, "ru": LONG_RU}), "new"))
    assert laid_out_heights(view) == fresh_heights(view)
    assert laid_out_heights(view)[row] > one_line

    window.resize(1920, 1080)  # another screen: another unit and width
    qtbot.waitUntil(lambda: abs(browser.theme.unit - 1.0) < 0.01)
    assert view.itemDelegate().unit == browser.theme.unit
    assert laid_out_heights(view) == fresh_heights(view)


def test_people_rows_keep_true_heights_across_a_language_switch(qtbot, kiosk):  # noqa: F811
    window = kiosk("2018-09-28T10:05", size=(1280, 720))
    tap(qtbot, window.display)
    browser = window.browser
    tap(qtbot, browser.people_tab)
    assert isinstance(browser.people_view.itemDelegate(), PersonDelegate)
    for lang in ("ru", "en"):
        browser.set_language(lang)
        assert laid_out_heights(browser.people_view) == fresh_heights(browser.people_view)


def test_a_long_day_opens_with_the_current_row_in_the_middle_of_the_list(qtbot, kiosk):  # noqa: F811
    sys.path.insert(0, str(AGENDA_PATH.parent / "benchmarks"))
    from big_agenda import big_agenda

    agenda = build_agenda(big_agenda(300), "big")
    middle = agenda.items[150]
    at = (middle.start + timedelta(seconds=10)).astimezone(local("2018-09-27T00:00").tzinfo)  # the fixture's zone
    window = kiosk(at.strftime("%Y-%m-%dT%H:%M:%S"), size=(1920, 1080), agenda=agenda)
    tap(qtbot, window.display)
    view, model = window.browser.items_view, window.browser.items_model
    assert model.running == {middle.id}
    row = view.visualRect(model.index(model.row_of(middle.id), 0))
    # The list's rows were measured and scrolled at the width the list is shown at, so the row
    # asked to be centred is centred (within a pixel of rounding).
    assert abs(row.center().y() - view.viewport().rect().center().y()) <= 1


def test_a_row_has_room_for_its_people_line_exactly_when_it_paints_one(qapp):
    """The people line is made when a row is first painted, its room when the row is measured."""
    from ui.browser.models import ItemListModel
    agenda = build_agenda(json.loads(AGENDA_PATH.read_text(encoding="utf-8")), str(AGENDA_PATH))
    model = ItemListModel()
    model.set_items([item for day in agenda.days for item in day.items])
    delegate = ItemDelegate(1.0)
    seen = set()
    for row in range(model.rowCount()):
        delegate.sizeHint(QStyleOptionViewItem(), model.index(row, 0))
        line = delegate._people_line(row)
        item = model.item_at(row)
        assert (item.room is not None or item.has_people()) == bool(line), item.id
        seen.add(bool(line))
    assert seen == {True, False}  # rows with a line (sessions) and without (the coffee breaks)
