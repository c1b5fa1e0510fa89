"""Details of the browser: people by family name in each language's order, a touch index of the
letters that have people, and rows as tall as their text (never below a touch target)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem

from kiosk.model import Person
from kiosk.text import Text
from kiosk.validation import build_agenda
from test_browser import kiosk, tap  # noqa: F401  (kiosk is a fixture)
from ui.browser.delegates import MIN_ROW
from ui.browser.models import ITEM_ROLE, PERSON_ROLE, index_letter, sort_key, sorted_people

# The family name of each of the bundled programme's people, in English and in Russian: the
# printed programme writes one name family name first ("Ibraimzhanov Bolotbek Saparbayevich").
FAMILY = {
    "askerov-alimirzamin": ("Askerov", "Аскеров"), "azeez-aliyr": ("Azeez", "Азиз"),
    "azhigulova-zamira": ("Azhigulova", "Ажигулова"), "beknazarova-gulnora": ("Beknazarova", "Бекназарова"),
    "dayar-muhammad": ("Dayar", "Даяр"), "dzhivaga-denis": ("Dzhivaga", "Дживага"),
    "furukawa-urara": ("Furukawa", "Фурукава"), "galstyan-kristina": ("Galstyan", "Галстян"),
    "hayes-jonathan": ("Hayes", "Хейз"), "hojayev-atadurdy": ("Hojayev", "Ходжаев"),
    "ibraeva-gulnara": ("Ibraeva", "Ибраева"), "ibraimzhanov-bolotbek": ("Ibraimzhanov", "Ибраимжанов"),
    "idigeeva-gulnura": ("Idigeeva", "Идигеева"), "kasabyan-victoria": ("Kasabyan", "Касабян"),
    "khan-noori": ("Khan", "Хан"), "khon-yevgeniy": ("Khon", "Хон"),
    "martineau-david": ("Martineau", "Мартино"), "nazarzoda-rustam": ("Nazarzoda", "Назарзода"),
    "oda-yasuko": ("Oda", "Ода"), "roman-marin": ("Roman", "Роман"),
    "sarbasov-akmadi": ("Sarbasov", "Сарбасов"), "sharipov-takdirshoh": ("Sharipov", "Шарипов"),
    "sharipov-tolibdzhon": ("Sharipov", "Шарипов"), "stimmler-brian": ("Stimmler", "Стиммлер"),
    "toktobolotov-samat": ("Toktobolotov", "Токтоболотов"), "trani-vito": ("Trani", "Трани"),
    "turina-halina": ("Turina", "Турина"), "umetbaeva-damira": ("Umetbaeva", "Уметбаева"),
}
# The order of a printed list: by family name, then given name (the two Sharipovs).
ENGLISH_ORDER = ["askerov-alimirzamin", "azeez-aliyr", "azhigulova-zamira", "beknazarova-gulnora", "dayar-muhammad",
                 "dzhivaga-denis", "furukawa-urara", "galstyan-kristina", "hayes-jonathan", "hojayev-atadurdy",
                 "ibraeva-gulnara", "ibraimzhanov-bolotbek", "idigeeva-gulnura", "kasabyan-victoria", "khan-noori",
                 "khon-yevgeniy", "martineau-david", "nazarzoda-rustam", "oda-yasuko", "roman-marin",
                 "sarbasov-akmadi", "sharipov-takdirshoh", "sharipov-tolibdzhon", "stimmler-brian",
                 "toktobolotov-samat", "trani-vito", "turina-halina", "umetbaeva-damira"]
# Russian alphabetical order of the Russian family names (Ажигулова before Азиз before Аскеров).
RUSSIAN_ORDER = ["azhigulova-zamira", "azeez-aliyr", "askerov-alimirzamin", "beknazarova-gulnora", "galstyan-kristina",
                 "dayar-muhammad", "dzhivaga-denis", "ibraeva-gulnara", "ibraimzhanov-bolotbek", "idigeeva-gulnura",
                 "kasabyan-victoria", "martineau-david", "nazarzoda-rustam", "oda-yasuko", "roman-marin",
                 "sarbasov-akmadi", "stimmler-brian", "toktobolotov-samat", "trani-vito", "turina-halina",
                 "umetbaeva-damira", "furukawa-urara", "khan-noori", "hayes-jonathan", "hojayev-atadurdy",
                 "khon-yevgeniy", "sharipov-takdirshoh", "sharipov-tolibdzhon"]


def test_every_person_of_the_programme_has_a_family_name_in_both_languages(real_agenda):
    assert {p.id: (p.sort_name.get("en"), p.sort_name.get("ru")) for p in real_agenda.people
            if p.sort_name is not None and set(p.sort_name.languages) == {"en", "ru"}} == FAMILY
    for person in real_agenda.people:
        en, ru = FAMILY[person.id]
        assert sort_key(person, "en") == en
        # In Russian a person is sorted by the Russian family name where the name is shown in Russian.
        assert sort_key(person, "ru") == (ru if "ru" in person.name.languages else en)


def test_each_family_name_is_spelt_as_in_the_persons_own_name(real_agenda):
    """The key a list sorts by is the family name as shown: a Хейс filed for a Хейз misleads."""
    for person in real_agenda.people:
        for lang in ("en", "ru"):
            if lang in person.name.languages:
                assert person.sort_name.get(lang) in person.name.get(lang), (person.id, lang)


def test_english_list_is_by_family_name(qapp, real_agenda):
    assert [p.id for p in sorted_people(list(real_agenda.people), "en")] == ENGLISH_ORDER


def test_russian_list_is_in_russian_order_by_russian_name(qapp, real_agenda):
    shown = sorted_people(list(real_agenda.people), "ru")
    cyrillic = [p.id for p in shown if "ru" in p.name.languages]
    # Those whose names are shown in Russian come first, in Russian order (ICU's for "ru")...
    assert cyrillic == [i for i in RUSSIAN_ORDER if i in cyrillic]
    assert [p.id for p in shown[:len(cyrillic)]] == cyrillic
    # ... then any still in Latin letters, in English order.
    latin = [p.id for p in shown[len(cyrillic):]]
    assert latin == [i for i in ENGLISH_ORDER if i in latin]


def person(pid: str, name: str, sort_name=None) -> Person:
    return Person(id=pid, name=Text({"en": "X " + pid, "ru": name}), sort_name=sort_name)


def test_russian_order_is_the_alphabet_not_code_points(qapp):
    # By code point Ё (U+0401) comes before А (U+0410); Russian lists file Ё with Е.
    people = [person("z", "Зоя Жукова"), person("e2", "Олег Ершов"), person("yo", "Пётр Ёлкин"),
              person("a", "Анна Абаева"), person("i", "Иван Йылмаз")]
    assert [p.id for p in sorted_people(people, "ru")] == ["a", "yo", "e2", "z", "i"]
    assert [index_letter(sort_key(p, "ru")) for p in sorted_people(people, "ru")] == ["А", "Е", "Е", "Ж", "Й"]


def test_without_a_sort_name_the_last_word_of_the_name(qapp):
    people = [Person(id="b", name=Text("Zoe Brown")), Person(id="a", name=Text("Adam Young")),
              Person(id="c", name=Text("Yusuf Ali"), sort_name=Text("Yusuf")),
              Person(id="d", name=Text("Émile Ødegaard"))]
    assert [p.id for p in sorted_people(people, "en")] == ["b", "d", "a", "c"]
    assert [index_letter(sort_key(p)) for p in sorted_people(people, "en")] == ["B", "Ø", "Y", "Y"]
    assert index_letter("Özil") == "O" and index_letter("  ") == "#"


def test_index_shows_only_letters_with_people_and_jumps(qtbot, kiosk):  # noqa: F811
    window = kiosk("2018-09-27T15:10")
    window.open_browser()
    browser = window.browser
    assert not browser.letters.isVisible()  # the programme has no index
    tap(qtbot, browser.people_tab)
    assert browser.letters.isVisible()
    shown = [b.text() for b in browser.letters.buttons]
    assert shown == list("ABDFGHIKMNORSTU")
    for button in browser.letters.buttons:  # touch-sized: as high as the other buttons, square
        assert button.isVisible() and button.height() >= 64 and button.width() >= 64
    model, view = browser.people_model, browser.people_view
    assert view.indexAt(view.viewport().rect().topLeft()).row() == 0
    tap(qtbot, browser.letters.buttons[shown.index("K")])
    qtbot.waitUntil(lambda: view.indexAt(view.viewport().rect().topLeft()).row() == 13)
    assert view.indexAt(view.viewport().rect().topLeft()).data(PERSON_ROLE).id == "kasabyan-victoria"
    # Russian: the letters of the Russian names, in Russian order; a tap still jumps.
    browser.set_language("ru")
    shown = [b.text() for b in browser.letters.buttons]
    cyrillic = [c for c in shown if "А" <= c <= "Я"]
    assert cyrillic and cyrillic == sorted(cyrillic) and shown[:len(cyrillic)] == cyrillic
    assert {"А", "К", "Ш"} <= set(cyrillic) and not {"Ё", "Ъ", "Ь", "Я"} & set(shown)
    tap(qtbot, browser.letters.buttons[shown.index("Ш")])
    model = view.model()
    first_sh = next(model.index(row, 0) for row in range(model.rowCount())
                    if model.index(row, 0).data(PERSON_ROLE).id == "sharipov-takdirshoh")  # Такдиршох before Толибджон
    bar = view.verticalScrollBar()
    # Ш goes to the top of the list, or as near as the list can scroll when few people follow it.
    qtbot.waitUntil(lambda: view.indexAt(view.viewport().rect().topLeft()) == first_sh
                    or (bar.value() == bar.maximum() > 0 and view.viewport().rect().contains(view.visualRect(first_sh))
                        and view.indexAt(view.viewport().rect().topLeft()).row() > 0))
    tap(qtbot, browser.letters.buttons[0])
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() == 0)
    tap(qtbot, browser.letters.buttons[-1])  # the last letter: the list goes as far as it can
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() == bar.maximum() > 0)


def test_index_wraps_to_a_portrait_width_with_every_letter_on_screen(qtbot, kiosk):  # noqa: F811
    window = kiosk("2018-09-27T15:10", size=(1080, 1920))
    window.open_browser()
    browser = window.browser
    tap(qtbot, browser.people_tab)
    index = browser.letters
    tops = sorted({b.y() for b in index.buttons})
    assert len(tops) == 2  # 15 letters of 72 px in about 960 px: two rows
    for button in index.buttons:
        assert index.rect().contains(button.geometry())
    assert index.height() == index.heightForWidth(index.width())


def test_rows_are_as_tall_as_their_text(qtbot, kiosk):  # noqa: F811
    window = kiosk("2018-09-27T15:10")
    window.open_browser()
    browser = window.browser
    view, model = browser.items_view, browser.items_model
    unit = browser.theme.unit
    heights = {model.index(r, 0).data(ITEM_ROLE).id: view.sizeHintForRow(r) for r in range(model.rowCount())}
    single = heights["d1-registration"]
    assert single == heights["d1-coffee"] == heights["d1-lunch"]  # one line each
    two = heights["d1-opening"]  # the title, then the people
    three = heights["d1-emergency-tajikistan"]  # two lines of title, then the people
    assert single < two < three
    assert single < 0.6 * three, (single, three)  # used to be the height of a three-line row
    assert single >= round(MIN_ROW * unit) >= 64
    # What the rows are painted in is what they asked for.
    row = model.row_of("d1-registration")
    view.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    assert view.visualRect(model.index(row, 0)).height() == single


def test_a_row_with_little_text_keeps_a_touch_targets_height(qtbot, kiosk, minimal_doc):  # noqa: F811
    minimal_doc["people"].append({"id": "bob", "name": "Bob"})  # no honorific, position or organisation
    window = kiosk("2018-09-27T09:10", agenda=build_agenda(minimal_doc, "mem"))
    window.open_browser()
    browser = window.browser
    tap(qtbot, browser.people_tab)
    view, model = browser.people_view, browser.people_model
    ids = [model.index(r, 0).data(PERSON_ROLE).id for r in range(model.rowCount())]
    bob, ann = view.sizeHintForRow(ids.index("bob")), view.sizeHintForRow(ids.index("ann"))
    assert bob == round(MIN_ROW * browser.theme.unit)  # one short line: the minimum, not less
    assert ann > bob  # a name and an affiliation: taller


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_rows_measure_again_in_the_other_language(qtbot, kiosk, lang):  # noqa: F811
    window = kiosk("2018-09-27T15:10", size=(1280, 720))
    window.open_browser()
    browser = window.browser
    browser.set_language(lang)
    view, model = browser.items_view, browser.items_model
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        view.scrollTo(index)
        assert view.visualRect(index).height() == view.itemDelegate().sizeHint(QStyleOptionViewItem(), index).height()
