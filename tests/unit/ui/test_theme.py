"""The bundled font: four TrueType weights of Inter, each covering what the agendas are written in."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QRawFont

import ui.theme as th
from kiosk.paths import resource_dir

# What the lobby shows: English and Russian, names in Kazakh, Kyrgyz, Azerbaijani, Turkish and the
# rest of the Almaty Process, and the typography of the wording (dashes, quotes, ellipsis, nbsp).
NEEDED = "AZaz09 ÄÖÜäöüßÉéÇçĞğİıŞşƏəŽžČčŁł АЯаяЁёӘәҒғҚқҢңӨөҰұҮүҺһІі –—‘’“”«»…·•\u00a0№€"


@pytest.mark.parametrize("name", th.FONT_FILES)
def test_each_weight_is_truetype_and_covers_the_agendas_characters(qapp, name):
    path = resource_dir() / "fonts" / name
    raw = QRawFont(str(path), 32)
    assert raw.isValid() and raw.familyName() == "Inter"
    # TrueType outlines ('glyf'), not CFF: FreeType reads them without running a charstring
    # program for every glyph the first screen measures and draws.
    assert raw.fontTable("glyf").size() > 100_000 and raw.fontTable("CFF ").size() == 0
    # Kerning and the tabular digits the clock asks for (tnum) came through the conversion.
    assert raw.fontTable("GPOS").size() > 0 and b"tnum" in bytes(raw.fontTable("GSUB"))
    missing = [c for c in NEEDED if c != " " and not raw.supportsCharacter(ord(c))]
    assert missing == []


def test_the_four_weights_register_as_one_family(qapp):
    assert th.register_fonts() == "Inter"
    assert {"Regular", "Medium", "Semi Bold", "Bold"} <= set(QFontDatabase.styles("Inter"))
    for weight, style in ((QFont.Weight.Normal, "Regular"), (QFont.Weight.Medium, "Medium"),
                          (QFont.Weight.DemiBold, "Semi Bold"), (QFont.Weight.Bold, "Bold")):
        font = QFont("Inter")
        font.setWeight(weight)
        assert QFontInfo(font).styleName() == style  # each weight the type scale names is its own file


def test_no_font_is_looked_up_twice_for_a_first_frame(tmp_path):
    """Qt clears its font cache whenever a font is added. The kind icons' Font Awesome set, added
    at the first icon's paint, made Qt find again (fontconfig's matching and set-up, per font
    engine) every font of the text laid out before it. All fonts are added before the first
    layout now: Qt's own log of its font lookups names each font and size once."""
    import os
    import re
    import subprocess
    import sys

    from conftest import ROOT
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.text.font.match=true",
               KIOSK_CONFIG_DIR=str(tmp_path), PYTHONPATH=str(ROOT))
    shot = tmp_path / "display.png"
    # 10:05 on day 2: mixed-weight lines (the agenda points, the people) after the icons
    done = subprocess.run([sys.executable, "-m", "kiosk", "--screenshot", str(shot), "--at", "2018-09-28T10:05"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0 and shot.exists(), done.stderr
    lookups = re.findall(r"QFontDatabasePrivate::match\s+request:\s+family: ([^\[\n]+?) \[.*?weight: (\d+).*?"
                         r"pixelSize: (\d+)", done.stderr, flags=re.S)
    assert len({family for family, *_ in lookups}) == 2, lookups  # Inter and Font Awesome: the log is read
    assert len(lookups) >= 10, lookups
    assert len(lookups) == len(set(lookups)), sorted(lookups)
