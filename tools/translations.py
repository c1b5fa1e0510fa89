"""Regenerate the .ts sources from the code and compile them to .qm (``make translations``).

English needs a translation file too: Qt picks plural forms ("1 day", "2 days") from it.
Its numerus entries are filled here from the source ("%n day(s)" -> "%n day" / "%n days").
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = {"en": "en_GB"}
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for folder in ("kiosk", "ui") for p in (ROOT / folder).glob("*.py"))


def fill_english(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source")
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
            ET.SubElement(translation, "numerusform").text = form
        translation.attrib.pop("type", None)
        translation.text = None
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for lang, qt_lang in LANGUAGES.items():
        ts = FOLDER / f"kiosk_{lang}.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", "-target-language", qt_lang,
                        *sources(), "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
        if lang == "en":
            fill_english(ts)
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
