"""Loading the interface translations (compiled .qm files in resources/translations).

The interface (browser, staff panel) uses the application's translator: ``use_language``
installs it, and Qt tells every widget (a LanguageChange event, then a repaint of each). The
display's scenes are built in their own language while the interface keeps its own, so
``scene_language`` makes ``tr`` read that language's translator directly, telling no widget:
swapping the installed translator for each scene would repaint the whole window twice per scene.
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.paths import resource_dir

_installed: dict[str, QTranslator] = {}
_current: list[str] = [""]
_scene: list[str | None] = [None]  # the language of the scene being built, if any


def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translation of an interface string; pyside6-lupdate finds every ``tr("…")`` call."""
    lang = _scene[0]
    if lang is None:
        return QCoreApplication.translate("", source, disambiguation, n)
    translator = _translator(lang)
    text = (translator.translate("", source, disambiguation, n) if translator is not None else "") or source
    return text.replace("%n", str(n)) if n >= 0 else text  # as QCoreApplication.translate does


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

    Cheap when ``lang`` is already in use: the display calls it before every scene it lays out.
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
