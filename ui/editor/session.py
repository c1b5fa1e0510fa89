"""The editor's document: the file as opened, the document as edited, its check, undo and saving.

The session holds no widgets, so the window can be built again (another interface language)
without losing the edits or their undo history. Every change is a whole new document pushed on
a ``QUndoStack``: undo puts the one before back. Typing in one field is one undo step (commands
with the same ``merge`` key merge). The document is checked after every change with the same
checker as ``kiosk --check`` (:func:`kiosk.editor_file.check`).
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from kiosk.editor_file import Checked, Opened, check, merge, open_file, save, save_as
from kiosk.model import Agenda
from kiosk.problems import AgendaError
from kiosk.reading import read_file
from kiosk.safefile import Changed, WriteError

MERGING = 1  # QUndoCommand.id() of the commands that may merge with the one before


class _Change(QUndoCommand):
    def __init__(self, session: EditorSession, before: dict, after: dict, text: str, merge_key=None):
        super().__init__(text)
        self.session, self.before, self.after, self.key = session, before, after, merge_key

    def id(self) -> int:
        return MERGING if self.key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Change) or other.key != self.key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.session._set(self.after)

    def undo(self) -> None:
        self.session._set(self.before)


class EditorSession(QObject):
    """One agenda file being edited; ``changed`` after every change of the document."""

    changed = Signal()
    diskChanged = Signal()  # the file on disk is no longer what was opened (someone else saved it)

    def __init__(self, opened: Opened, parent: QObject | None = None):
        super().__init__(parent)
        self.opened = opened
        self.doc: dict = copy.deepcopy(opened.document)
        self.stack = QUndoStack(self)
        self.checked: Checked = check(self.doc, self.source)
        self.last_good: Agenda | None = self.checked.agenda
        self.disk_changed = False
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._watch()

    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None) -> EditorSession:
        """AgendaError when the file cannot be held at all (not JSON, not a schedule)."""
        return cls(open_file(path), parent)

    # --- the document ----------------------------------------------------------------------------

    @property
    def source(self) -> str:
        return str(self.opened.path)

    @property
    def foreign(self) -> bool:
        return self.opened.foreign

    @property
    def dirty(self) -> bool:
        """Whether the document differs from the file as opened (or last saved)."""
        return self.doc != self.opened.document

    def apply(self, document: dict, text: str, merge=None) -> None:
        """Make ``document`` the edited one, as one undo step named ``text``."""
        if document == self.doc:
            return
        self.stack.push(_Change(self, copy.deepcopy(self.doc), copy.deepcopy(document), text, merge))

    def end_typing(self) -> None:
        """The next change starts a new undo step even in the same field."""
        command = self.stack.command(self.stack.index() - 1) if self.stack.index() else None
        if isinstance(command, _Change):
            command.key = None

    def _set(self, document: dict) -> None:
        self.doc = copy.deepcopy(document)
        self.checked = check(self.doc, self.source)
        if self.checked.agenda is not None:
            self.last_good = self.checked.agenda
        self.changed.emit()

    # --- saving --------------------------------------------------------------------------------

    def save(self, before_replace=None) -> None:
        """Write the edits into the file. Raises :class:`kiosk.safefile.Changed` when someone saved
        the file meanwhile (nothing written), ``WriteError`` when it cannot be written, ValueError
        for a foreign schedule (use :meth:`save_as`)."""
        if not self.checked.ok:
            raise ValueError("the agenda has problems")
        try:
            self.opened = save(self.opened, self.doc, before_replace=before_replace)
        except Changed:
            self.disk_changed = True
            raise
        self.end_typing()
        self.stack.setClean()
        self.disk_changed = False
        self._watch()
        self.changed.emit()

    def save_as(self, path: str | Path) -> None:
        if not self.checked.ok:
            raise ValueError("the agenda has problems")
        self.opened = save_as(self.doc, path)
        self.doc = copy.deepcopy(self.opened.document)
        self.stack.setClean()
        self.disk_changed = False
        self._watch()
        self.changed.emit()

    def reload(self) -> None:
        """Drop the edits and read the file again (its current content)."""
        self.opened = open_file(self.opened.path)
        self.stack.clear()
        self.disk_changed = False
        self._watch()
        self._set(self.opened.document)

    def apply_on_top(self) -> None:
        """Read the file as it is now and put this editor's changes on top of it (not yet saved)."""
        now = open_file(self.opened.path)
        merged = merge(self.opened.document, self.doc, now.document)
        self.opened = now
        self.disk_changed = False
        self._watch()
        self.stack.clear()  # the history belongs to the file as it was
        self._set(merged)

    def check_disk(self) -> bool:
        """Whether the file on disk still holds exactly what was opened (or last saved)."""
        try:
            same = read_file(self.opened.path) == self.opened.data
        except AgendaError:
            same = False
        if not same and not self.disk_changed:
            self.disk_changed = True
            self.diskChanged.emit()
        return same

    def _watch(self) -> None:
        files = self._watcher.files()
        if files:
            self._watcher.removePaths(files)
        if self.opened.path.exists():
            self._watcher.addPath(str(self.opened.path))

    def _on_file_changed(self, _path: str) -> None:
        self._watch()  # a file replaced by a rename is a new file to the watcher
        self.check_disk()


__all__ = ["Changed", "EditorSession", "WriteError"]
