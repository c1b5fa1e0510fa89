"""Loading the interface translations (compiled .qm files in resources/translations)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.paths import resource_dir

_installed: dict[str, QTranslator] = {}
_current: list[str] = [""]


def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translation of an interface string; pyside6-lupdate finds every ``tr("…")`` call."""
    return QCoreApplication.translate("", source, disambiguation, n)


def use_language(lang: str) -> bool:
    """Install the translator for ``lang`` ("en", "ru"); returns whether a file was found.

    Cheap when ``lang`` is already in use: the display calls it before every scene it lays out.
    """
    if _current[0] == lang and lang in _installed:
        return True
    app = QCoreApplication.instance()
    for translator in _installed.values():
        app.removeTranslator(translator)
    translator = _installed.get(lang)
    if translator is None:
        translator = QTranslator(app)
        if not translator.load(str(resource_dir() / "translations" / f"kiosk_{lang}.qm")):
            return False
        _installed[lang] = translator
    app.installTranslator(translator)
    _current[0] = lang
    return True


def current_language() -> str:
    return _current[0] or "en"


def languages_of(mode: str) -> tuple[str, ...]:
    """'en+ru' -> ('en', 'ru'): the languages a screen alternates between."""
    return tuple(part for part in mode.split("+") if part) or ("en",)
