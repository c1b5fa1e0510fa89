"""Loading the interface translations (compiled .qm files in resources/translations)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.paths import resource_dir

_installed: dict[str, QTranslator] = {}


def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translation of an interface string; pyside6-lupdate finds every ``tr("…")`` call."""
    return QCoreApplication.translate("", source, disambiguation, n)


def use_language(lang: str) -> bool:
    """Install the translator for ``lang`` ("en", "ru"); returns whether a file was found."""
    app = QCoreApplication.instance()
    for translator in _installed.values():
        app.removeTranslator(translator)
    translator = _installed.get(lang) or QTranslator(app)
    found = translator.load(str(resource_dir() / "translations" / f"kiosk_{lang}.qm"))
    if found:
        app.installTranslator(translator)
        _installed[lang] = translator
    return found
