"""Starting the editor: ``kiosk --edit [--agenda PATH]`` opens a normal window on the agenda file."""

from __future__ import annotations

import sys

from kiosk.problems import AgendaError
from kiosk.sources import is_url

URL_WORDS = ("kiosk --edit: {source} is on a web server. The editor changes a file on this computer: edit the "
             "agenda.json that the web server serves, by its path on that computer "
             "(kiosk --edit --agenda /path/to/agenda.json), and every kiosk following the address picks the "
             "change up.")


def editor_language(settings) -> str:
    """The staff's language: ``staff_language``, else the first of ``language``."""
    if settings is None:
        return "en"
    chosen = getattr(settings, "staff_language", None) or (getattr(settings, "language", "en") or "en").split("+")[0]
    return chosen if chosen in ("en", "ru") else "en"


def _application():
    from PySide6.QtWidgets import QApplication

    from ui.theme import register_fonts
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("kiosk-editor")
    register_fonts()
    return app


def _tell(lines: list[str]) -> None:
    """A refusal on the terminal, and in a message box when started from a shortcut (no terminal)."""
    for line in lines:
        if sys.stderr is not None:
            print(line, file=sys.stderr)
    if sys.stderr is None or not sys.stderr.isatty():  # started by a double-click: no terminal to read
        import os

        from kiosk.preflight import window_problems
        if os.environ.get("QT_QPA_PLATFORM", "") != "offscreen" and not window_problems():
            from PySide6.QtWidgets import QMessageBox
            _application()
            QMessageBox.warning(None, "kiosk --edit", "\n".join(lines))


def run_editor(source: str, settings=None) -> int:
    """The editor window until it is closed; exit code 0, or 2 when the file cannot be edited."""
    if is_url(source):
        _tell([URL_WORDS.format(source=source)])
        return 2
    from kiosk.preflight import window_problems
    problems = window_problems()
    if problems:
        for line in ["kiosk: cannot open the editor's window."] + problems:
            print(line, file=sys.stderr)
        return 2
    app = _application()
    from ui.editor.session import EditorSession
    try:
        session = EditorSession.open(source)
    except AgendaError as err:
        _tell(err.lines() + ["kiosk --edit: the file cannot be opened as an agenda; fix the place named above "
                             "in a text editor (kiosk --check says the same), then open the editor again."])
        return 2
    from ui.editor.window import EditorWindow
    fleet = None
    if settings is not None and getattr(settings, "screens", ()) and getattr(settings, "status_token", None):
        fleet = (tuple(settings.screens), settings.status_token)
    window = EditorWindow(session, lang=editor_language(settings), fleet=fleet)
    window.show()
    return app.exec()
