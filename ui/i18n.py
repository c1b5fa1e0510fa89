"""Interface strings in the screen's language: ``tr``, the translators (.qm files) and date locales.

Every interface string goes through ``tr`` (pyside6-lupdate finds the calls; ``make translations``).
The interface (browser, staff panel, editor, screens window) uses the application's translator:
``use_language`` installs it, and Qt tells every widget (a LanguageChange event, then a repaint of
each). The display's scenes are built in their own language while the interface keeps its own, so
``scene_language`` makes ``tr`` read that language's translator directly, telling no widget:
swapping the installed translator for each scene would repaint the whole window twice per scene.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kiosk.paths import resource_dir

_installed: dict[str, QTranslator] = {}  # every translator loaded so far; one of them installed
_current: list[str] = [""]
_scene: list[str | None] = [None]  # the language of the scene being built, if any
_PLACE = re.compile(r"%([1-9])")


def tr(source: str, disambiguation: str | None = None, n: int = -1, *, args: Sequence[object] = ()) -> str:
    """Qt's translation of an interface string, its %1, %2 … filled from ``args`` (``%n`` is ``n``).

    pyside6-lupdate finds every ``tr("…")`` call; ``n`` must be the third positional argument for
    it to see a plural (``tr("and %n more", None, count)``).
    """
    lang = _scene[0]
    if lang is None:
        text = QCoreApplication.translate("", source, disambiguation, n)
    else:
        translator = _translator(lang)
        text = (translator.translate("", source, disambiguation, n) if translator is not None else "") or source
        text = text.replace("%n", str(n)) if n >= 0 else text  # as QCoreApplication.translate does
    return _filled(text, args) if args else text


def _filled(text: str, args: Sequence[object]) -> str:
    """``text`` with %1 … %9 replaced by ``args`` in one pass (an argument's own "%2" stays)."""
    return _PLACE.sub(lambda m: str(args[int(m[1]) - 1]) if int(m[1]) <= len(args) else m[0], text)


def _translator(lang: str) -> QTranslator | None:
    """The translator for ``lang``, loaded once (not necessarily installed); None without a file."""
    translator = _installed.get(lang)
    if translator is None:
        translator = QTranslator(QCoreApplication.instance())
        if not translator.load(str(resource_dir() / "translations" / f"kiosk_{lang}.qm")):
            return None
        _installed[lang] = translator
    return translator


@contextmanager
def scene_language(lang: str):
    """``tr`` and ``current_language`` in ``lang`` for a while, without installing anything."""
    before = _scene[0]
    _scene[0] = lang if _translator(lang) is not None else "en"
    try:
        yield
    finally:
        _scene[0] = before


def use_language(lang: str) -> bool:
    """Install the translator for ``lang`` ("en", "ru"); returns whether a file was found.

    Cheap when ``lang`` is already in use: the browser calls it each time it opens.
    """
    if _current[0] == lang and lang in _installed:
        return True
    translator = _translator(lang)
    if translator is None:
        return False
    app = QCoreApplication.instance()
    for other in _installed.values():
        app.removeTranslator(other)
    app.installTranslator(translator)
    _current[0] = lang
    return True


def current_language() -> str:
    return _scene[0] or _current[0] or "en"


def languages_of(mode: str) -> tuple[str, ...]:
    """'en+ru' -> ('en', 'ru'): the languages a screen alternates between."""
    return tuple(part for part in mode.split("+") if part) or ("en",)


def locale_of(lang: str) -> QLocale:
    """The locale that writes dates in ``lang`` ("Thursday 27 September", "четверг 27 сентября")."""
    return QLocale(QLocale.Language.Russian if lang == "ru" else QLocale.Language.English)
