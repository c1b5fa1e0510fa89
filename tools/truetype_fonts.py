"""Make the bundled TrueType Inter from Debian's OpenType (CFF) Inter.

FreeType reads a TrueType glyph's outline directly, where a CFF glyph's outline is the output of
a small program that must be interpreted every time a glyph is measured or drawn. The kiosk
measures and draws every glyph of its first screen before anything is on it, so TrueType makes
that screen appear sooner (README, "Where the budgets stand"). The outlines are the same curves,
converted from cubic to quadratic within 1/2816 em (``MAX_ERR`` font units at Inter's 2,816 units
per em: under a hundredth of a pixel at the clock's 112 px). Names, metrics, kerning and
features (GDEF, GPOS, GSUB) are kept as they are; there are no hinting instructions, as the kiosk
draws unhinted.

This is fontTools' own ``otf2ttf`` recipe (Snippets/otf2ttf.py). fontTools is needed only here:

    .venv/bin/pip install fonttools
    .venv/bin/python tools/truetype_fonts.py /usr/share/fonts/opentype/inter resources/fonts

The folder given first holds Inter-Regular.otf, Inter-Medium.otf, Inter-SemiBold.otf and
Inter-Bold.otf (Debian's fonts-inter, 3.019).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

MAX_ERR = 1.0  # font units
WEIGHTS = ("Regular", "Medium", "SemiBold", "Bold")


def to_truetype(font: TTFont) -> None:
    """Replace ``font``'s CFF outlines with quadratic glyf outlines, in place."""
    if font.sfntVersion != "OTTO" or "CFF " not in font:
        raise SystemExit("not an OpenType font with CFF outlines")
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        # CFF contours run counter-clockwise, TrueType's clockwise.
        glyphs[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    del font["CFF "]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)  # left side bearing from the new outline
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions"):
        setattr(maxp, attr, 0)
    maxp.maxComponentElements = max(len(getattr(g, "components", ())) for g in glyf.glyphs.values())
    maxp.compile(font)
    post = font["post"]
    post.formatType, post.extraNames, post.mapping, post.glyphOrder = 2.0, [], {}, order
    font.sfntVersion = "\000\001\000\000"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source, target = Path(argv[0]), Path(argv[1])
    for weight in WEIGHTS:
        font = TTFont(source / f"Inter-{weight}.otf", recalcTimestamp=False)  # the same bytes each run
        to_truetype(font)
        font.save(target / f"Inter-{weight}.ttf")
        print(f"{target / f'Inter-{weight}.ttf'}: {font['maxp'].numGlyphs} glyphs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
