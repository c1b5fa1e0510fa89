"""Palette, type scale and the bundled font: the look, tied to the screen's size.

Sizes are given at 1080 px (the shorter side of a landscape full-HD screen) and scaled by
``display_unit``: the shorter side over 1080, so 4K looks the same, only sharper, and in
portrait the width sets the scale; squarer screens (4:3, 5:4, 1:1) scale down a little more so
the same layouts fit.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QFont, QFontDatabase

from kiosk.paths import resource_dir
from kiosk.record import Record

FAMILY = "Inter"
FONT_FILES = ("Inter-Regular.ttf", "Inter-Medium.ttf", "Inter-SemiBold.ttf", "Inter-Bold.ttf")

# Contrast against the background (#0E1B2C) and the card (#172F4D), WCAG 2: all text >= 7:1.
BACKGROUND_TOP = QColor("#0E1B2C")
BACKGROUND_BOTTOM = QColor("#13263F")
CARD = QColor("#172F4D")
TRACK = QColor("#24384F")
RULE = QColor("#2A405C")
TEXT = QColor("#F5F7FA")
SECONDARY = QColor("#BCC8D8")
LABEL = QColor("#B4C2D4")
TEAL = QColor("#45D3C6")  # the design's #2EC4B6, lightened to 7.3:1 on cards
GOLD = QColor("#F2B84B")
ON_ACCENT = QColor("#0E1B2C")

# Type scale at 1080 px: (pixel size, weight).
SCALE = {
    "clock": (112, QFont.Weight.Bold),
    "hero": (96, QFont.Weight.Bold),          # "Coffee break", "Day 1 has ended"
    "title": (60, QFont.Weight.DemiBold),     # the current item's title
    "next_time": (72, QFont.Weight.Bold),
    "subtitle": (40, QFont.Weight.DemiBold),  # next item's title, countdown words
    "talk": (36, QFont.Weight.Medium),
    "body": (32, QFont.Weight.Normal),
    "body_strong": (32, QFont.Weight.DemiBold),
    "event": (34, QFont.Weight.DemiBold),
    "meta": (28, QFont.Weight.Normal),        # theme and venue under the event name
    "label": (24, QFont.Weight.Bold),         # NOW / NEXT pills, LATER TODAY caption
    # The touch browser is read at arm's length: smaller, but every target >= 64 px high.
    "browser_heading": (44, QFont.Weight.Bold),
    "browser_clock": (56, QFont.Weight.Bold),
    "browser_title": (30, QFont.Weight.DemiBold),
    "browser_time": (30, QFont.Weight.Bold),
    "browser_name": (28, QFont.Weight.DemiBold),
    "browser_body": (26, QFont.Weight.Normal),
    "browser_small": (24, QFont.Weight.Normal),
    "browser_label": (22, QFont.Weight.Bold),
    "browser_button": (28, QFont.Weight.DemiBold),
}


# Roles that name what a text is, drawn in one of the sizes above.
ALIASES = {"person": "body", "later": "body", "point": "body", "room": "body_strong"}


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Load the fonts the screens draw with into Qt (needs a QGuiApplication): the bundled Inter,
    whose family name it returns, and the Font Awesome set of the kind icons.

    All of them at once, before anything is laid out: Qt clears its font cache whenever a font
    is added, and text laid out before that finds its fonts again, through fontconfig, when it is
    drawn (the icon font, once added at the first icon's paint, did so in every first frame)."""
    family = None
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_dir() / "fonts" / name))
        if font_id >= 0 and QFontDatabase.applicationFontFamilies(font_id):
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    from ui.icons import load_kind_icon_font
    load_kind_icon_font()
    return family or FAMILY


def display_unit(width: int, height: int) -> float:
    """Pixels per design pixel: the shorter side over 1080, unless the screen is squarer than the
    layouts need (landscape wants ~1600 units of width, portrait ~1700 of height): then less."""
    if width >= height:
        return min(height / 1080, width / 1600)
    return min(width / 1080, height / 1700)


class Theme(Record, frozen=True):
    """The look at one screen size: ``unit`` scales the type scale and the spacing."""

    unit: float
    family: str = FAMILY

    @classmethod
    def for_size(cls, width: int, height: int) -> Theme:
        return cls(unit=display_unit(width, height), family=register_fonts())

    def px(self, value: float) -> float:
        return value * self.unit

    def font(self, role: str) -> QFont:
        size, weight = SCALE[ALIASES.get(role, role)]
        font = QFont(self.family)
        font.setPixelSize(max(1, round(size * self.unit)))
        font.setWeight(weight)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        if role in ("label", "browser_label"):
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
            font.setCapitalization(QFont.Capitalization.AllUppercase)
        if role in ("clock", "next_time") and hasattr(QFont, "Tag"):
            font.setFeature(QFont.Tag("tnum"), 1)  # tabular digits: the clock does not jiggle
        return font


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio between two colours."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
