"""Interface strings go through Qt's translation system and the committed files are current."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT))
from tools.translations import sources  # noqa: E402

FOLDER = ROOT / "resources" / "translations"


def messages(ts: Path) -> dict[str, ET.Element]:
    return {m.findtext("source"): m for m in ET.parse(ts).iter("message")}


def test_committed_translation_sources_list_every_string_in_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources(), "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True)
    in_code = set(messages(fresh))
    committed = set(messages(FOLDER / "kiosk_en.ts"))
    assert in_code, "lupdate found no interface strings at all"
    assert in_code == committed, "run 'make translations' and commit the result"


def test_english_plurals_are_filled_and_compiled():
    english = messages(FOLDER / "kiosk_en.ts")
    numerus = [m for m in english.values() if m.get("numerus") == "yes"]
    assert numerus
    for message in numerus:
        forms = [f.text for f in message.find("translation").findall("numerusform")]
        assert len(forms) == 2 and all(forms), message.findtext("source")


def test_plural_forms_in_english(qapp):
    from ui.wording import duration_words

    def words(minutes):  # no-break spaces between a number and its unit: see test_details_display
        return duration_words(minutes).replace("\u00a0", " ")
    assert words(1) == "1 min"
    assert words(61) == "1 h 1 min"
    assert words(60 * 24) == "1 day"
    assert words(60 * 48 + 60) == "2 days 1 h"


# --- Russian ------------------------------------------------------------------------------------
# Russian is translated by hand in kiosk_ru.ts; `tools/translations.py` keeps those translations,
# adds new strings of the code as unfinished and drops the ones gone from it.

RUSSIAN = FOLDER / "kiosk_ru.ts"
PLACEHOLDER = re.compile(r"%(?:n|\d)")


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.findall("numerusform")]
    return [translation.text or ""]


def test_russian_translates_exactly_the_strings_in_the_code_and_all_are_finished(tmp_path):
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources(), "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True)
    in_code = set(messages(fresh))
    russian = messages(RUSSIAN)
    assert in_code, "lupdate found no interface strings at all"
    assert set(russian) == in_code, "run 'tools/translations.py ru' and translate what it lists"
    assert ET.parse(RUSSIAN).getroot().get("language") == "ru_RU"
    for source, message in russian.items():
        state = message.find("translation").get("type")
        assert state not in ("unfinished", "obsolete", "vanished"), f"{source!r} is {state}"
        assert all(t.strip() for t in translations(message)), f"{source!r} has no Russian yet"


def test_russian_keeps_every_placeholder():
    for source, message in messages(RUSSIAN).items():
        for text in translations(message):
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (source, text)


def test_russian_plurals_have_the_three_forms():
    numerus = [m for m in messages(RUSSIAN).values() if m.get("numerus") == "yes"]
    assert numerus
    for message in numerus:
        forms = [f.text for f in message.find("translation").findall("numerusform")]
        assert len(forms) == 3 and all(f and f.strip() for f in forms), message.findtext("source")


def test_russian_qm_is_compiled_from_the_ts(tmp_path):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    compiled = tmp_path / "kiosk_ru.qm"
    subprocess.run([str(lrelease), str(RUSSIAN), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == (FOLDER / "kiosk_ru.qm").read_bytes(), "run 'tools/translations.py ru'"


@pytest.fixture
def russian(qapp):
    from ui.i18n import use_language
    assert use_language("ru")
    yield
    assert use_language("en")


# "через 1 минуту", "через 2 минуты", "через 5 минут": after "через" (and "уже", "назад") a
# duration is in the accusative; 11 is "many", 21 is "one" again.
MINUTES = {1: "1 минуту", 2: "2 минуты", 5: "5 минут", 11: "11 минут", 21: "21 минуту", 22: "22 минуты",
           25: "25 минут"}


@pytest.mark.parametrize("minutes", sorted(MINUTES))
def test_russian_minutes_after_in(russian, minutes):
    from ui.i18n import tr
    from ui.wording import duration_words
    assert duration_words(minutes).replace("\u00a0", " ") == MINUTES[minutes]
    assert tr("in %1", args=(duration_words(minutes),)).replace("\u00a0", " ") == "через " + MINUTES[minutes]


def test_arguments_fill_their_places_in_one_pass(qapp):
    from ui.i18n import scene_language, tr
    assert tr("Day %1 of %2", args=(2, 3)) == "Day 2 of 3"
    assert tr("%n item(s), from %1", None, 7, args=("11:30",)) == "7 items, from 11:30"
    # An argument is text: a title that holds "%2" is shown as it is, not filled in turn.
    assert tr("Day %1 of %2", args=("%2", 3)) == "Day %2 of 3"
    with scene_language("ru"):  # the display's own language, read without installing it
        assert tr("Day %1 of %2", args=(1, 2)) == "День 1 из 2"
        assert tr("%n item(s), from %1", None, 3, args=("11:30",)) == "3 пункта, с 11:30"


def test_russian_hours_and_days(russian):
    from ui.wording import countdown_words
    from ui.wording import duration_words as glued_words

    def duration_words(minutes):  # no-break spaces between a number and its unit: see test_details_display
        return glued_words(minutes).replace("\u00a0", " ")
    assert duration_words(60) == "1 час"
    assert duration_words(61) == "1 час 1 минуту"
    assert duration_words(2 * 60 + 22) == "2 часа 22 минуты"
    assert duration_words(5 * 60) == "5 часов"
    assert duration_words(21 * 60 + 25) == "21 час 25 минут"
    assert duration_words(60 * 24) == "1 день"
    assert duration_words(60 * 48 + 60) == "2 дня 1 час"
    assert duration_words(60 * 24 * 11) == "11 дней"
    assert countdown_words(60 * 24 * 7 + 61).replace("\u00a0", " ") == "7 дней 1 час"  # days and hours only


@pytest.mark.parametrize("at, role, words", [
    ("2018-09-27T15:39", "next-relative", "через 21 минуту"),  # coffee break at 16:00
    ("2018-09-27T15:38", "next-relative", "через 22 минуты"),
    ("2018-09-27T15:21", "started", "идёт уже 21 минуту"),
    ("2018-09-27T15:35", "started", "идёт уже 35 минут"),
    ("2018-09-27T15:39", "ends", "конец через 21 минуту"),
    ("2018-09-28T14:01", "ends", "конец через 1 час 59 минут"),
    ("2018-09-27T16:09", "calm-until", "окончание через 21 минуту"),
    ("2018-09-27T16:08", "calm-until", "окончание через 22 минуты"),
])
def test_russian_durations_on_the_display(russian, real_agenda, at, role, words):
    from datetime import datetime

    from kiosk.schedule import state_at
    from ui.display.phases import build_scene
    now = datetime.fromisoformat(at).replace(tzinfo=real_agenda.timezone)
    scene = build_scene(real_agenda, state_at(real_agenda, now), 1920, 1080, lang="ru")
    shown = scene.text_of(role)
    assert shown and words in shown[0].replace("\u00a0", " "), (role, shown)
    assert not any(t.elided for t in scene.texts if t.role == role)
