"""Russian and English on every screen: the display alternates, the browser has EN | РУ."""

from __future__ import annotations

import json
from itertools import pairwise

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel

from conftest import AGENDA_PATH, local
from kiosk.clock import RehearsalClock
from kiosk.loader import parse_agenda
from kiosk.schedule import PHASES, state_at
from test_display import SIZES, assert_scene_fits, sample_instants
from ui.display.phases import build_scene
from ui.i18n import current_language, tr, use_language
from ui.window import KioskWindow


@pytest.fixture
def russian(qapp):
    use_language("ru")
    yield
    use_language("en")


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_phase_in_russian_fits(russian, real_agenda, size):
    phases = set()
    for now in sample_instants(real_agenda):
        state = state_at(real_agenda, now)
        phases.add(state.phase)
        first = build_scene(real_agenda, state, *size, lang="ru")
        for page in range(first.pages):
            assert_scene_fits(build_scene(real_agenda, state, *size, page=page, lang="ru"), *size)
    assert phases == set(PHASES) - {"between_items"}


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("size", [(1024, 768), (1080, 1080), (2560, 1440), (800, 1280)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_squarer_and_odd_screens_fit_too(qapp, real_agenda, size, lang):
    use_language(lang)
    try:
        for now in sample_instants(real_agenda):
            state = state_at(real_agenda, now)
            first = build_scene(real_agenda, state, *size, lang=lang)
            for page in range(first.pages):
                assert_scene_fits(build_scene(real_agenda, state, *size, page=page, lang=lang), *size)
    finally:
        use_language("en")


def test_russian_screen_reads_russian(russian, real_agenda):
    scene = build_scene(real_agenda, state_at(real_agenda, local("2018-09-27T15:10")), 1920, 1080, lang="ru")
    text = scene.all_text()
    assert "Сейчас" in text
    assert "четверг 27 сентября" in text and "День 1 из 2" in text
    assert "через 50\u00a0минут" in text and "Кофе-брейк" in text
    assert "Глобальные подходы МОМ" in text


def test_a_language_missing_falls_back_to_english(russian):
    document = json.loads(AGENDA_PATH.read_text(encoding="utf-8"))
    person = next(p for p in document["people"] if p["id"] == "roman-marin")
    person["name"] = person["name"]["en"]  # as an agenda may come: no Russian name for him
    agenda = parse_agenda(json.dumps(document).encode(), "agenda.json")
    state = state_at(agenda, local("2018-09-28T16:40"))
    pages = build_scene(agenda, state, 1920, 1080, lang="ru").pages
    text = "\n".join(build_scene(agenda, state, 1920, 1080, page=p, lang="ru").all_text() for p in range(pages))
    assert "Marin Roman" in text and "Права беженцев" in text


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_later_today_never_says_only_how_many(qapp, real_agenda, lang):
    """When not even the first later item fits, the strip says how many and from when."""
    use_language(lang)
    try:
        caption, shown = tr("Later today"), 0
        for size in SIZES + [(1280, 720)]:
            for now in sample_instants(real_agenda):
                texts = [t.text for t in build_scene(real_agenda, state_at(real_agenda, now), *size, lang=lang).texts]
                if caption not in texts:
                    continue
                shown += 1
                after = texts[texts.index(caption) + 1]
                assert not any(after == tr("and %n more", None, n) for n in range(1, 20)), (size, now, after)
        assert shown > 20
    finally:
        use_language("en")


def test_later_today_that_does_not_fit_says_from_when(russian, real_agenda):
    # 28 September, 10:05, in Russian: the header takes two lines, and the 11:30 session's five-line
    # title does not fit under the next card.
    scene = build_scene(real_agenda, state_at(real_agenda, local("2018-09-28T10:05")), 1920, 1080, lang="ru")
    assert "7 пунктов, с 11:30" in scene.text_of("body")


@pytest.mark.parametrize("minutes, words", [(1, "через 1 минуту"), (2, "через 2 минуты"), (5, "через 5 минут"),
                                             (11, "через 11 минут"), (21, "через 21 минуту"),
                                             (22, "через 22 минуты"), (25, "через 25 минут")])
def test_russian_plurals_on_the_next_card(russian, real_agenda, minutes, words):
    start = real_agenda.item("d1-coffee").start
    from datetime import timedelta
    state = state_at(real_agenda, start - timedelta(minutes=minutes))
    assert words.replace(" мин", "\u00a0мин") in build_scene(real_agenda, state, 1920, 1080, lang="ru").all_text()


@pytest.fixture
def kiosk(qtbot, real_agenda):
    def make(lang="en+ru", at="2018-09-27T15:10"):
        window = KioskWindow(real_agenda, RehearsalClock(local(at), speed=0), lang=lang)
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        window.start()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.display.painted)  # a change cross-fades from a painted frame
        return window
    yield make
    use_language("en")


def test_the_display_alternates_and_never_mid_change(qtbot, kiosk):
    window = kiosk(at="2018-09-27T16:05")  # the coffee break: one page in either language
    display = window.display
    assert display.scene.pages == 1 and not display.page_timer.isActive()
    assert display.lang == "en" and display.language_timer.isActive()
    assert display.language_timer.interval() == 20_000
    display._fade.setDuration(30)  # a short cross-fade, so the test waits for it quickly
    idle = lambda: not display.fading  # noqa: E731
    display.next_language()  # the timer's seam
    assert display.lang == "ru" and "Кофе-брейк" in display.scene.all_text()
    qtbot.waitUntil(idle)
    display.next_language()
    assert display.lang == "en" and "Coffee break" in display.scene.all_text()
    qtbot.waitUntil(idle)
    display.clock.set(local("2018-09-27T16:30"))
    display.on_boundary()  # a state change starts its cross-fade …
    assert display.fading
    display.next_language()  # … and the language waits for it
    assert display.lang == "en"
    qtbot.waitUntil(lambda: display.lang == "ru", timeout=2000)  # then it comes


def test_pages_and_languages_turn_together(qtbot, kiosk):
    """People on several pages: every page in English, then every page in Russian, one change
    at a time (a page turn and a language switch are never two fades seconds apart)."""
    window = kiosk()  # 15:10: more people than fit
    display = window.display
    display._fade.setDuration(1)
    assert display.scene.pages > 1 and display.page_timer.isActive()
    assert not display.language_timer.isActive()  # the pages set the pace
    seen, fades = [], []
    for _ in range(2 * (display.scene.pages + 3)):
        seen.append((display.lang, display.page, display.scene.pages))
        before = display.changes, display.lang, display.page
        display.next_page()  # the page timer's seam
        fades.append(display.fading)
        qtbot.waitUntil(lambda: not display.fading)
        assert (display.lang, display.page) != before[1:] and display.changes == before[0]
    for lang in ("en", "ru"):
        pages = {p for shown, p, _n in seen if shown == lang}
        assert pages == set(range(next(n for shown, _p, n in seen if shown == lang))), lang
    # the language changes only on the way from a last page to a first one
    for (l1, p1, n1), (l2, p2, _n2) in pairwise(seen):
        assert (l1 != l2) == (p1 == n1 - 1) and (l1 == l2 or p2 == 0)
    assert all(fades)


def test_a_single_language_does_not_alternate(qtbot, kiosk):
    window = kiosk(lang="ru")
    assert window.display.lang == "ru" and not window.display.language_timer.isActive()


def test_browser_toggle_and_fallback_to_the_display_language(qtbot, kiosk):
    window = kiosk()
    qtbot.mouseClick(window.display, Qt.MouseButton.LeftButton)
    browser = window.browser
    assert browser.lang == "en" and browser.language_buttons["en"].isChecked()
    qtbot.mouseClick(browser.language_buttons["ru"], Qt.MouseButton.LeftButton)
    assert browser.lang == "ru" and browser.people_tab.text() == "Участники"
    assert browser.day_tabs[0].text().startswith("чт")
    browser.open_item("d1-coffee")
    assert "Кофе-брейк" in [label.text() for label in browser.detail.findChildren(QLabel)]
    window.idle.expire()  # back by itself: the display keeps its own language
    assert not window.browsing and window.display.lang == "en" and "Now" in window.display.scene.all_text()


class _LanguageChanges(QObject):
    def __init__(self):
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.count += 1
        return False


def test_a_scene_in_another_language_leaves_the_interface_alone(qtbot, real_agenda):
    """The display builds Russian scenes while the browser speaks English: the application's
    translator stays, and no widget is told of a language change (each would repaint)."""
    use_language("en")
    label = QLabel()
    qtbot.addWidget(label)
    changes = _LanguageChanges()
    label.installEventFilter(changes)
    state = state_at(real_agenda, local("2018-09-27T15:10"))
    scene = build_scene(real_agenda, state, 1920, 1080, lang="ru")
    assert "Сейчас" in scene.all_text()
    assert current_language() == "en" and tr("Now") == "Now"
    QApplication.sendPostedEvents()  # a language change, had there been one, arrives now
    assert changes.count == 0
    use_language("ru")  # the interface's own switch does tell the widgets
    QApplication.sendPostedEvents()
    assert changes.count > 0
    assert tr("Now") == "Сейчас"
