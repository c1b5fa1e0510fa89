"""Interface strings go through Qt's translation system and the committed files are current."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

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
    from ui.scene import duration_words
    assert duration_words(1) == "1 min"
    assert duration_words(61) == "1 h 1 min"
    assert duration_words(60 * 24) == "1 day"
    assert duration_words(60 * 48 + 60) == "2 days 1 h"
