"""Regenerate the .ts sources from the code and compile them to .qm (``make translations``).

English needs a translation file too: Qt picks plural forms ("1 day", "2 days") from it.
Its numerus entries are filled here from the source ("%n day(s)" -> "%n day" / "%n days").

Other languages (Russian) are translated by hand in their .ts file: a re-run keeps every
existing translation, adds new strings as unfinished, drops strings gone from the code, and
names what still needs a translator. ``tools/translations.py ru`` updates one language only.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = {"en": "en_GB", "ru": "ru_RU"}
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for folder in ("kiosk", "ui") for p in (ROOT / folder).rglob("*.py"))


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


def untranslated(ts: Path) -> list[str]:
    """Sources whose translation is still missing or unfinished (what a translator must do)."""
    todo = []
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        forms = [f.text for f in translation.findall("numerusform")] if message.get("numerus") == "yes" \
            else [translation.text]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(forms):
            todo.append(message.findtext("source"))
    return todo


def main(argv: list[str] | None = None) -> int:
    wanted = list(argv if argv is not None else sys.argv[1:]) or list(LANGUAGES)
    unknown = [lang for lang in wanted if lang not in LANGUAGES]
    if unknown:
        print(f"translations: unknown language {', '.join(unknown)}; known: {', '.join(LANGUAGES)}",
              file=sys.stderr)
        return 2
    FOLDER.mkdir(parents=True, exist_ok=True)
    for lang in wanted:
        qt_lang = LANGUAGES[lang]
        ts = FOLDER / f"kiosk_{lang}.ts"
        # lupdate merges into an existing .ts: translations already made are kept.
        subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", "-target-language", qt_lang,
                        *sources(), "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
        if lang == "en":
            fill_english(ts)
        else:
            todo = untranslated(ts)
            if todo:
                print(f"{ts.relative_to(ROOT)}: {len(todo)} string(s) to translate:", *todo, sep="\n  ",
                      file=sys.stderr)
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
