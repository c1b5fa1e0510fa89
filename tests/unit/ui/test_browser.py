"""Touch mode: a tap opens the programme, everything is reachable, and it returns by itself."""

from __future__ import annotations

import sys
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QPushButton

from conftest import ROOT, local, run_kiosk
from kiosk.clock import RehearsalClock
from kiosk.validation import build_agenda
from ui.browser.models import ITEM_ROLE, PERSON_ROLE
from ui.widgets import TapRow
from ui.window import KioskWindow

sys.path.insert(0, str(ROOT / "benchmarks"))
from big_agenda import big_agenda  # noqa: E402  (the same generator the benchmark uses)


@pytest.fixture
def kiosk(qtbot, real_agenda):
    def make(at: str = "2018-09-28T10:05", size=(1920, 1080), agenda=None):
        clock = RehearsalClock(local(at), speed=0)
        window = KioskWindow(agenda or real_agenda, clock)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        window.start()
        qtbot.waitExposed(window)
        window.clock = clock
        return window
    return make


def tap(qtbot, widget, pos: QPoint | None = None):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())


def tap_row(qtbot, view, row: int):
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.waitUntil(lambda: view.viewport().rect().contains(view.visualRect(index).center()))
    tap(qtbot, view.viewport(), view.visualRect(index).center())


def rows(view, role):
    model = view.model()
    return [model.index(r, 0).data(role) for r in range(model.rowCount())]


def test_tap_opens_today_with_the_current_item_in_view(qtbot, kiosk):
    window = kiosk("2018-09-28T16:40", size=(1920, 1080))
    assert not window.browsing
    tap(qtbot, window.display)
    assert window.browsing
    browser = window.browser
    assert browser.day_tabs[1].isChecked() and browser.view == "programme"
    ids = [i.id for i in rows(browser.items_view, ITEM_ROLE)]
    current = ids.index("d2-refugee-rights")
    visual = browser.items_view.visualRect(browser.items_model.index(current))
    assert browser.items_view.viewport().rect().intersects(visual)


def test_before_the_event_it_opens_at_the_first_day(qtbot, kiosk):
    window = kiosk("2018-09-01T10:00")
    tap(qtbot, window.display)
    assert window.browser.day_tabs[0].isChecked()
    assert rows(window.browser.items_view, ITEM_ROLE)[0].id == "d1-registration"


def test_item_detail_and_back(qtbot, kiosk):
    window = kiosk("2018-09-28T10:05", size=(1080, 1920))  # portrait: list and detail are two pages
    tap(qtbot, window.display)
    browser = window.browser
    ids = [i.id for i in rows(browser.items_view, ITEM_ROLE)]
    tap_row(qtbot, browser.items_view, ids.index("d2-dialogue"))
    assert browser.detail.subject == "item:d2-dialogue" and browser.view == "item"
    assert not browser.lists.isVisible() and browser.back.isVisible()
    shown = [label.text() for label in browser.detail.findChildren(QLabel)]
    for expected in ("a)  Raising the status of the Almaty process as a subject of international relations",
                     "Presentations by participating government representatives", "Moderator",
                     "Mr. Samat Toktobolotov", "•  Assistance in the dialogue on international migration and "
                     "refugee protection;"):
        assert expected in shown, expected
    tap(qtbot, browser.back)
    assert browser.view == "programme" and browser.lists.isVisible()


def test_markers_are_words_in_the_detail(qtbot, kiosk):
    window = kiosk()
    window.open_browser()
    window.browser.open_item("d1-emergency-tajikistan")
    texts = [label.text() for label in window.browser.detail.findChildren(QLabel)]
    assert "(to be confirmed)" in texts
    window.browser.open_item("d2-dialogue-continued")
    texts = [label.text() for label in window.browser.detail.findChildren(QLabel)]
    assert "(by video)" in texts


def test_the_directory_is_filled_when_first_shown_in_the_language_of_that_moment(qtbot, kiosk):
    window = kiosk()
    tap(qtbot, window.display)
    browser = window.browser
    browser.set_language("ru")
    assert browser.people_model.rowCount() == 0 and browser.letters.buttons == []  # a tap opens the programme
    tap(qtbot, browser.people_tab)
    people = rows(browser.people_view, PERSON_ROLE)
    assert len(people) == 28 and browser.people_model.lang == "ru"
    assert [b.text() for b in browser.letters.buttons][0] in "АБВГД"  # Russian letters, Russian order
    browser.set_language("en")  # and from then on it follows the language
    assert browser.people_model.rowCount() == 28 and browser.letters.buttons[0].text() in "ABCD"


def test_the_empty_detail_pane_says_what_a_tap_on_the_list_beside_it_opens(qtbot, kiosk):
    window = kiosk()
    tap(qtbot, window.display)
    browser = window.browser

    def hint():
        return [label.text() for label in browser.detail.findChildren(QLabel) if label.isVisibleTo(browser)]

    assert hint() == ["Tap an item to see everything about it."]
    tap(qtbot, browser.people_tab)
    assert hint() == ["Tap a name to see who they are and where they appear."]
    browser.set_language("ru")
    assert hint() == ["Коснитесь имени, чтобы узнать, кто это и где участвует."]
    tap(qtbot, browser.day_tabs[0])
    assert hint() == ["Коснитесь строки, чтобы открыть подробности."]
    browser.set_language("en")
    browser.open_item("d2-dialogue")  # something open stays open when the list changes
    tap(qtbot, browser.people_tab)
    assert browser.detail.subject == "item:d2-dialogue"
    browser.go_back()
    assert hint() == ["Tap a name to see who they are and where they appear."]


def test_people_person_appearance_item(qtbot, kiosk):
    window = kiosk()
    tap(qtbot, window.display)
    browser = window.browser
    tap(qtbot, browser.people_tab)
    people = rows(browser.people_view, PERSON_ROLE)
    families = [str(p.sort_name) for p in people]  # by family name: see test_details_browser
    assert families == sorted(families, key=str.casefold) and len(families) == 28
    tap_row(qtbot, browser.people_view, [p.id for p in people].index("kasabyan-victoria"))
    assert browser.detail.subject == "person:kasabyan-victoria"
    appearances = [r for r in browser.detail.findChildren(TapRow)]
    texts = [" ".join(label.text() for label in r.findChildren(QLabel)) for r in appearances]
    assert any("Welcome address" in t and "Opening — Welcome Remarks" in t for t in texts)
    assert any("Moderator" in t and "Global IOM Approaches" in t for t in texts)
    moderated = appearances[[i for i, t in enumerate(texts) if "Moderator" in t][0]]
    tap(qtbot, moderated)
    assert browser.detail.subject == "item:d1-iom-approaches"
    tap(qtbot, browser.back)  # back to where you were: the person
    assert browser.detail.subject == "person:kasabyan-victoria"
    tap(qtbot, browser.home_button)
    assert not window.browsing


def test_a_person_in_an_item_opens_the_person(qtbot, kiosk):
    window = kiosk()
    window.open_browser()
    window.browser.open_item("d2-opening")
    rows_ = window.browser.detail.findChildren(TapRow)
    tap(qtbot, rows_[-1])
    assert window.browser.detail.subject == "person:hayes-jonathan"


def test_idle_warning_then_return(qtbot, kiosk):
    window = kiosk()
    tap(qtbot, window.display)
    idle = window.idle
    assert idle.expire_timer.isActive() and idle.expire_timer.interval() == 60_000
    assert idle.warn_timer.interval() == 50_000
    idle.warn()  # the seam: as if 50 s had passed without a touch
    assert "Returning to the display in 10\u00a0s" in window.browser.hint.text()  # "10" and "s" never apart
    assert window.browser.hint.isVisible()
    idle.expire()
    assert not window.browsing and window.browser.hint.text() == ""


def test_a_touch_during_the_warning_keeps_the_browser(qtbot, kiosk):
    window = kiosk()
    tap(qtbot, window.display)
    window.idle.warn()
    assert window.browser.hint.text()
    tap(qtbot, window.browser.people_tab)
    assert window.browser.hint.text() == "" and window.browsing
    assert window.idle.expire_timer.remainingTime() > 55_000


def test_home_returns_at_once_and_shows_the_state_of_now(qtbot, kiosk):
    window = kiosk("2018-09-27T15:59")
    tap(qtbot, window.display)
    window.clock.set(local("2018-09-27T16:05"))  # time passed while browsing
    tap(qtbot, window.browser.home_button)
    assert not window.browsing
    assert window.display.state.current.id == "d1-coffee"
    assert "Coffee break" in window.display.scene.all_text()


def test_display_keeps_switching_while_browsing(qtbot, kiosk, real_agenda):
    window = kiosk("2018-09-27T15:59:59")
    tap(qtbot, window.display)
    changes = []
    window.display.stateChanged.connect(changes.append)
    window.clock.set(local("2018-09-27T16:00"))
    window.display.on_boundary()
    assert len(changes) == 1 and window.browsing
    assert window.browser.items_model.current.id == "d1-coffee"
    assert window.display.armed_for == local("2018-09-27T16:30")


def test_no_menus_on_right_click_or_long_press(qtbot, kiosk):
    window = kiosk()
    before = set(QApplication.topLevelWidgets())
    for widget in (window.display,):
        qtbot.mouseClick(widget, Qt.MouseButton.RightButton)
    tap(qtbot, window.display)
    browser = window.browser
    targets = [browser.items_view.viewport(), browser.people_tab, browser.home_button, browser.detail.viewport()]
    for widget in targets:
        qtbot.mouseClick(widget, Qt.MouseButton.RightButton)
        QTest.mousePress(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
        qtbot.wait(50)  # a press held down (event loop keeps running; not a sleep of the test logic)
        QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
    new = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    assert new == [] and not any(isinstance(w, QMenu) for w in QApplication.topLevelWidgets() if w.isVisible())
    assert window.isVisible()


def test_a_flurry_of_touches_leaves_the_kiosk_standing(qtbot, kiosk):
    window = kiosk()
    device = QTest.createTouchDevice()
    for round_ in range(30):
        target = window.currentWidget()
        point = QPoint((round_ * 137) % target.width(), (round_ * 89) % target.height())
        QTest.touchEvent(target, device).press(0, point).commit()
        QTest.touchEvent(target, device).move(0, point + QPoint(5, 40)).commit()
        QTest.touchEvent(target, device).release(0, point + QPoint(5, 40)).commit()
        qtbot.mouseDClick(target, Qt.MouseButton.LeftButton, pos=point)
        QTest.touchEvent(target, device).press(0, point).press(1, point + QPoint(200, 0)).commit()
        QTest.touchEvent(target, device).release(0, point).release(1, point + QPoint(200, 0)).commit()
    assert window.isVisible()
    window.idle.expire() if window.browsing else None
    assert not window.browsing and window.display.scene is not None


def test_touch_targets_are_at_least_64_px_at_1080p(qtbot, kiosk):
    window = kiosk()
    tap(qtbot, window.display)
    browser = window.browser
    browser.open_person("kasabyan-victoria")
    buttons = [b for b in browser.findChildren(QPushButton) if b.isVisible()]
    assert buttons
    assert all(b.height() >= 64 for b in buttons), [(b.text(), b.height()) for b in buttons]
    assert all(r.height() >= 64 for r in browser.detail.findChildren(TapRow) if r.isVisible())
    assert browser.items_view.sizeHintForRow(0) >= 64
    browser.show_people()  # the directory is filled when it is first shown
    assert browser.people_view.sizeHintForRow(0) >= 64


def test_labels_never_interpret_html(qtbot, kiosk, minimal_doc):
    minimal_doc["days"][0]["items"][2]["title"] = "<img src=x> <b>bold</b>"
    agenda = build_agenda(minimal_doc, "mem")
    window = kiosk("2018-09-27T11:10", agenda=agenda)
    window.open_browser()
    window.browser.open_item("c")
    labels = window.browser.detail.findChildren(QLabel)
    assert "<img src=x> <b>bold</b>" in [label.text() for label in labels]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_browser_on_a_thousand_items(qtbot):
    agenda = build_agenda(big_agenda(1000), "big")
    assert len(agenda.items) == 1000
    clock = RehearsalClock(agenda.items[500].start + timedelta(seconds=10), speed=0)
    window = KioskWindow(agenda, clock)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.open_browser()
    browser = window.browser
    assert browser.items_model.rowCount() == 960  # the first day holds 960 one-minute items
    visual = browser.items_view.visualRect(browser.items_model.index(browser.items_model.row_of("i500")))
    assert browser.items_view.viewport().rect().intersects(visual)
    tap(qtbot, browser.people_tab)
    assert browser.people_model.rowCount() == 200


def test_view_screenshots(tmp_path):
    for view in ("programme", "people", "item:d2-dialogue", "person:kasabyan-victoria"):
        out = tmp_path / f"{view.replace(':', '-')}.png"
        result = run_kiosk("--screenshot", str(out), "--view", view, "--at", "2018-09-28T10:05", "--size", "1080x1920")
        assert result.returncode == 0, result.stderr
        image = QImage(str(out))
        assert (image.width(), image.height()) == (1080, 1920)


@pytest.mark.parametrize("view, words", [("item:nope", "no item with the id 'nope'"),
                                          ("person:ghost", "no person with the id 'ghost'"),
                                          ("agenda", "is not display, programme, people")])
def test_bad_views_are_clear_errors(tmp_path, view, words):
    result = run_kiosk("--screenshot", str(tmp_path / "x.png"), "--view", view)
    assert result.returncode == 2 and words in result.stderr
