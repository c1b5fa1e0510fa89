"""Kind icons: Font Awesome glyphs from the font files QtAwesome ships, drawn as QtAwesome draws them.

Importing QtAwesome is slow (QtPy imports QtOpenGL and the rest; QtAwesome then hashes and
loads a dozen icon fonts), slower than the first frame itself (the README's performance notes).
So the icons are drawn straight from its Font Awesome files: the package is *found*
(``importlib.util.find_spec``), never imported, and only the one font a name needs is loaded
(``QFontDatabase.addApplicationFont``), with the codepoint from the charmap beside it. In the
PyInstaller build the same files are under ``sys._MEIPASS/qtawesome/fonts`` (the spec bundles
them with ``collect_data_files("qtawesome")``). When they cannot be found or loaded, or for a
name of another icon set, it falls back to ``import qtawesome``. Fonts are made only
once a QApplication exists (QtAwesome issues #21, #144).
"""

from __future__ import annotations

import logging
from functools import cache, lru_cache

from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPixmap

from ui.painting import ALIGN_CENTER, fill_rect

log = logging.getLogger("kiosk")

KIND_ICONS = {
    "registration": "fa6s.id-card",
    "opening": "fa6s.handshake",
    "session": "fa6s.people-group",
    "discussion": "fa6s.comments",
    "break": "fa6s.mug-hot",
    "meal": "fa6s.utensils",
    "photo": "fa6s.camera",
    "closing": "fa6s.flag-checkered",
    "reception": "fa6s.champagne-glasses",
}

# QtAwesome's prefixes of the Font Awesome sets and the start of their file names in
# qtawesome/fonts ("<stem>-<version>.ttf" and "<stem>-charmap-<version>.json").
FONT_STEMS = {
    "fa6s": "fontawesome6-solid-webfont",
    "fa6": "fontawesome6-regular-webfont",
    "fa6b": "fontawesome6-brands-webfont",
    "fa5s": "fontawesome5-solid-webfont",
    "fa5": "fontawesome5-regular-webfont",
    "fa5b": "fontawesome5-brands-webfont",
}


def kind_icon_name(kind: str) -> str:
    return KIND_ICONS.get(kind, "fa6s.calendar-days")


def load_kind_icon_font() -> None:
    """Add the Font Awesome set the kind icons are drawn from to Qt's fonts now (ui.theme.register_fonts),
    not at the first icon's paint."""
    for prefix in {name.partition(".")[0] for name in (*KIND_ICONS.values(), kind_icon_name(""))}:
        _font_set(prefix)


def _font_dirs() -> list:
    """Where QtAwesome's font files may be, without importing QtAwesome (it is slow to import)."""
    import os
    import sys
    found = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # the PyInstaller build: collect_data_files put them here
        found.append(os.path.join(bundle, "qtawesome", "fonts"))
    try:
        from importlib.util import find_spec
        spec = find_spec("qtawesome")
    except (ImportError, ValueError):
        spec = None
    if spec is not None:
        for folder in list(spec.submodule_search_locations or []) + (
                [os.path.dirname(spec.origin)] if spec.origin else []):
            # QtAwesome itself reads os.path.realpath(__file__)'s folder
            for candidate in (os.path.join(folder, "fonts"), os.path.join(os.path.realpath(folder), "fonts")):
                if candidate not in found:
                    found.append(candidate)
    return [folder for folder in found if os.path.isdir(folder)]


def _version_key(name: str, stem: str, suffix: str) -> tuple:
    version = name[len(stem) + 1:-len(suffix)]
    return tuple(int(part) if part.isdigit() else 0 for part in version.split("."))


@cache
def _font_set(prefix: str) -> tuple[str, dict[str, str]] | None:
    """(font family, charmap name -> character) of one Font Awesome set, or None to fall back."""
    stem = FONT_STEMS.get(prefix)
    if stem is None:
        return None
    import json
    import os
    for folder in _font_dirs():
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        fonts = sorted((n for n in names if n.startswith(stem + "-") and n.endswith(".ttf")),
                       key=lambda n: _version_key(n, stem, ".ttf"))
        for ttf in reversed(fonts):  # the newest, as QtAwesome's own list names it
            charmap = f"{stem}-charmap-{ttf[len(stem) + 1:-len('.ttf')]}.json"
            if charmap not in names:
                continue
            try:
                with open(os.path.join(folder, charmap), encoding="utf-8") as file:
                    codes = {key: chr(int(value, 16)) for key, value in json.load(file).items()}
            except (OSError, ValueError) as err:
                log.debug("icons: cannot read %s: %s", charmap, err)
                continue
            font_id = QFontDatabase.addApplicationFont(os.path.join(folder, ttf))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families:
                return families[0], codes
            log.debug("icons: Qt could not load %s", os.path.join(folder, ttf))
    return None


def _glyph(name: str) -> tuple[str, str, str] | None:
    """(prefix, family, character) of an icon name such as "fa6s.mug-hot", or None."""
    prefix, _, glyph = name.partition(".")
    font_set = _font_set(prefix)
    if font_set is None or glyph not in font_set[1]:
        return None
    return prefix, font_set[0], font_set[1][glyph]


def _draw_glyph(prefix: str, family: str, char: str, color: str, size: int) -> QPixmap:
    """The pixmap QtAwesome's CharIconPainter makes (its default "text" drawing), pixel for pixel."""
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    font = QFont()
    font.setFamily(family)
    font.setPixelSize(round(0.875 * size))  # QtAwesome: 16 px icon, 14 px glyph, for the bearing
    if prefix[-1] == "s":  # the solid style of a family that also has a regular one
        font.setStyleName("Solid")
    painter.setFont(font)
    # The glyph in the painter's own black pen, then its colour where it is: the same pixels as a
    # pen of that colour, without QPainter.setPen (see ui.painting).
    painter.drawText(QRect(0, 0, size, size), ALIGN_CENTER, char)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    fill_rect(painter, QRectF(0, 0, size, size), QColor(color))
    painter.end()
    return pixmap


@lru_cache(maxsize=64)
def icon_pixmap(name: str, color: str, size: int) -> QPixmap:
    glyph = _glyph(name)
    if glyph is not None:
        return _draw_glyph(*glyph, color, size)
    import qtawesome  # the fallback: slow to import (QtPy, every icon font), so only when needed

    return qtawesome.icon(name, color=QColor(color)).pixmap(QSize(size, size))


def paint_icon(painter: QPainter, name: str, color: QColor, rect: QRectF) -> None:
    ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
    side = max(1, round(min(rect.width(), rect.height()) * ratio))
    pixmap = icon_pixmap(name, color.name(), side)
    painter.drawPixmap(rect, pixmap, QRectF(pixmap.rect()))
