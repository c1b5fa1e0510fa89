"""The editor window (``kiosk --edit``): the programme, the item's form, the day's changes,
announcements and people, the checker's problems and the live preview, over one
:class:`~ui.editor.session.EditorSession`.

The window holds no state of its own that matters: the session has the document and its undo
history, so a change of interface language builds the window's contents again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kiosk.changes import onday
from kiosk.changes.content import (
    DocumentError,
    add_item,
    all_ids,
    find_item,
    item_id_for,
    remove_item,
    replace_item,
    text_in,
)
from kiosk.clock import Clock, SystemClock
from kiosk.safefile import Changed, WriteError
from ui.editor.itemform import ItemForm
from ui.editor.onday import AnnouncementsPanel, DayActions
from ui.editor.people import PeoplePanel, person_words
from ui.editor.preview import PreviewPane
from ui.editor.programme import ProblemsList, ProgrammeList
from ui.editor.session import EditorSession
from ui.i18n import current_language, tr, use_language

ITEM_TAB, ANNOUNCEMENTS_TAB, PEOPLE_TAB = range(3)


class _UndoKeys(QObject):
    """Ctrl+Z and Ctrl+Shift+Z undo the editor's steps even while a text box has the focus (a text
    box would otherwise take them for its own, smaller undo)."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, (QLineEdit, QPlainTextEdit)):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
                return True  # not taken by the text box: the window's shortcut fires
        return False


class EditorWindow(QMainWindow):
    """A normal window on the office PC: edit, check, preview and save one agenda file."""

    def __init__(self, session: EditorSession, clock: Clock | None = None, lang: str = "en",
                 fleet: tuple[tuple[str, ...], str] | None = None):
        super().__init__()
        self.session = session
        # kiosk.toml's screens and status_token: then a "Screens" tab shows them as `kiosk --screens` does
        self.fleet = fleet
        self.screens_page = None
        self.clock = clock or SystemClock()
        self.current_id = ""
        self.prompt: QMessageBox | None = None  # the question open now (unsaved changes, file changed)
        self._closing_anyway = False
        self._people_seen: list = []
        use_language(lang)
        self.undo_keys = _UndoKeys(self)
        QApplication.instance().installEventFilter(self.undo_keys)
        session.changed.connect(self.refresh)
        session.diskChanged.connect(self._disk_changed)
        session.stack.canUndoChanged.connect(lambda _on: self._enable())
        session.stack.canRedoChanged.connect(lambda _on: self._enable())
        self.build()
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(min(1500, screen.width()) if screen else 1500, min(920, screen.height()) if screen else 920)

    # --- building -----------------------------------------------------------------------------------

    def build(self) -> None:
        """Every widget, in the interface language now in use (again after a change of language)."""
        for bar in self.findChildren(QToolBar):
            self.removeToolBar(bar)
            bar.deleteLater()
        self._people_seen = []
        self._actions()
        body = QWidget(self)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(6, 6, 6, 6)
        self.banner = QWidget(body)
        banner = QHBoxLayout(self.banner)
        banner.setContentsMargins(8, 4, 8, 4)
        self.banner.setStyleSheet("background: #fff4d6; border-radius: 4px")
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.reload_button = QPushButton(tr("Reload (drop my changes)"), self.banner)
        self.on_top_button = QPushButton(tr("Keep my changes on top of theirs"), self.banner)
        self.reload_button.clicked.connect(self.reload)
        self.on_top_button.clicked.connect(self.apply_on_top)
        banner.addWidget(self.banner_text, 1)
        banner.addWidget(self.reload_button)
        banner.addWidget(self.on_top_button)
        outer.addWidget(self.banner)
        columns = QSplitter(Qt.Orientation.Horizontal, body)
        self.programme = ProgrammeList(columns)
        self.programme.chosen.connect(self.choose)
        self.tabs = QTabWidget(columns)
        # The day's changes first (what staff need most on the day), then the item's form; both
        # scroll, so the window fits a laptop's screen (1366×768) whatever the language.
        self.item_scroll = QScrollArea(self.tabs)
        self.item_scroll.setWidgetResizable(True)
        item_page = QWidget(self.item_scroll)
        self.item_scroll.setWidget(item_page)
        item_layout = QVBoxLayout(item_page)
        item_layout.setContentsMargins(0, 0, 0, 0)
        self.form = ItemForm(item_page)
        self.form.scroller = self.item_scroll
        self.form.edited.connect(self._form_edited)
        self.day_actions = DayActions(item_page)
        self.day_actions.made.connect(lambda doc, text: self.session.apply(doc, text))
        self.no_item = QLabel(tr("Choose an item in the programme on the left, or add one."), item_page)
        self.no_item.setAlignment(Qt.AlignmentFlag.AlignCenter)
        item_layout.addWidget(self.no_item, 1)
        item_layout.addWidget(self.day_actions)
        item_layout.addWidget(self.form)
        item_layout.addStretch(0)
        self.tabs.addTab(self.item_scroll, tr("Item"))
        self.announcements = AnnouncementsPanel(self.clock, self.tabs)
        self.announcements.made.connect(self.session.apply)
        self.tabs.addTab(self.announcements, tr("Announcements"))
        self.people = PeoplePanel(self.tabs)
        self.people.made.connect(self.session.apply)
        self.tabs.addTab(self.people, tr("People"))
        self._screens_tab()
        self.preview = PreviewPane(self.clock, columns)
        self.preview.instantChanged.connect(self._preview_moved)
        columns.addWidget(self.programme)
        columns.addWidget(self.tabs)
        columns.addWidget(self.preview)
        self.programme.setMinimumWidth(320)
        self.preview.setMinimumWidth(320)
        for index, stretch in enumerate((0, 1, 0)):
            columns.setStretchFactor(index, stretch)
        columns.setSizes([430, 640, 500])
        problems_box = QWidget(body)
        problems = QVBoxLayout(problems_box)
        problems.setContentsMargins(0, 0, 0, 0)
        self.problems_title = QLabel(problems_box)
        self.problems = ProblemsList(problems_box)
        self.problems.located.connect(self.locate)
        problems.addWidget(self.problems_title)
        problems.addWidget(self.problems, 1)
        self.problems.setMaximumHeight(150)
        outer.addWidget(columns, 1)
        outer.addWidget(problems_box)
        old = self.centralWidget()
        self.setCentralWidget(body)
        if old is not None:
            old.deleteLater()
        self.refresh()
        if self.current_id:
            self.programme.select(self.current_id)

    def _actions(self) -> None:
        bar = QToolBar(tr("Editor"), self)
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        for name in ("save_action", "undo_action", "redo_action"):
            old = getattr(self, name, None)
            if old is not None:
                self.removeAction(old)
        self.save_action = self._action(bar, tr("Save as agenda.json…") if self.session.foreign else tr("Save"),
                                        self.save, [QKeySequence(QKeySequence.StandardKey.Save)])
        self.undo_action = self._action(bar, tr("Undo"), self.session.stack.undo, [QKeySequence("Ctrl+Z")])
        self.redo_action = self._action(bar, tr("Redo"), self.session.stack.redo,
                                        [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        bar.addSeparator()
        self.add_action = self._action(bar, tr("Add item"), self.add_item, [QKeySequence("Ctrl+N")])
        self.remove_action = self._action(bar, tr("Remove item"), self.remove_item, [])
        bar.addSeparator()
        self.clear_action = self._action(bar, tr("Clear changes"), self.clear_changes, [])
        self.clear_action.setToolTip(tr("Remove every delay, cancellation and move: the printed programme again"))
        spacer = QWidget(bar)
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy().Preferred)
        bar.addWidget(spacer)
        for lang, label in (("en", "EN"), ("ru", "РУ")):
            action = self._action(bar, label, lambda lang=lang: self.set_language(lang), [])
            action.setCheckable(True)
            action.setChecked(current_language() == lang)

    def _action(self, bar: QToolBar, text: str, slot, keys: list) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        bar.addAction(action)
        return action

    def set_language(self, lang: str) -> None:
        """The interface in ``lang`` ("en" or "ru"); the edits and their undo history stay."""
        if lang != current_language():
            use_language(lang)
            self.build()

    # --- showing the document ----------------------------------------------------------------------

    def refresh(self) -> None:
        session = self.session
        doc, checked = session.doc, session.checked
        agenda = checked.agenda or session.last_good
        self.programme.fill(doc, agenda)
        lang = current_language()
        people = [(str(p.get("id")), person_words(p, lang)) for p in doc.get("people") or [] if isinstance(p, dict)]
        if people != self._people_seen:
            self._people_seen = people
            self.form.set_people(people)
        self._show_item()
        self.announcements.set_document(doc)
        self.people.set_document(doc, all_ids(session.opened.document))
        self.problems.show_problems(doc, checked.problems)
        count = len(checked.problems)
        self.problems_title.setText(tr("No problems: the agenda can be saved.") if not count else
                                    tr("%n problem(s): the agenda cannot be saved until they are fixed. "
                                       "Click one to go to it.", None, count))
        self.problems_title.setStyleSheet("color: #1b5e20" if not count else "color: #b00020; font-weight: bold")
        self.problems.setVisible(bool(count))
        self.preview.set_agenda(agenda, stale=not checked.ok)
        self.announcements.default_at = self.preview.local_at()
        self._banner()
        self._enable()
        name = session.opened.path.name
        self.setWindowTitle(tr("Edit programme – %1", args=(name,)) + "[*]")
        self.setWindowModified(session.dirty)

    def _enable(self) -> None:
        if not hasattr(self, "undo_action"):
            return
        try:
            self.undo_action.setEnabled(self.session.stack.canUndo())
            self.redo_action.setEnabled(self.session.stack.canRedo())
            self.remove_action.setEnabled(bool(self.current_id))
        except RuntimeError:  # the stack or the actions are being deleted (the window closes)
            pass

    def _banner(self) -> None:
        session = self.session
        name = session.opened.path.name
        if session.disk_changed:
            self.banner_text.setText(tr("%1 was changed on disk by someone else since you opened it. Reload it "
                                        "(your changes are dropped), or keep your changes on top of theirs.",
                                        args=(name,)))
            self.reload_button.show()
            self.on_top_button.show()
            self.banner.show()
            return
        self.reload_button.hide()
        self.on_top_button.hide()
        if session.foreign:
            self.banner_text.setText(tr("%1 is another program's schedule (%2). The editor does not write into it: "
                                        "“Save as agenda.json…” makes an agenda.json beside it; start the kiosk "
                                        "on that file.", args=(name, session.opened.format)))
            self.banner.show()
        else:
            self.banner.hide()

    def _show_item(self) -> None:
        doc = self.session.doc
        try:
            d, i = find_item(doc, self.current_id) if self.current_id else (None, None)
        except DocumentError:
            d = None
            self.current_id = ""
        shown = d is not None
        self.form.setVisible(shown)
        self.day_actions.setVisible(shown)
        self.no_item.setVisible(not shown)
        if shown:
            self.form.load(doc["days"][d]["items"][i])
            self.day_actions.set_item(doc, self.current_id)

    def choose(self, item_id: str) -> None:
        if item_id == self.current_id:
            return
        self.current_id = item_id
        self.session.end_typing()
        self._show_item()
        self._enable()
        if item_id:
            self.tabs.setCurrentIndex(ITEM_TAB)

    def _preview_moved(self, at) -> None:
        self.announcements.default_at = self.preview.local_at()

    # --- changes -----------------------------------------------------------------------------------

    def _form_edited(self, entry: dict, what: str) -> None:
        doc = self.session.doc
        old_id = self.current_id
        if what == "title" and old_id not in all_ids(self.session.opened.document):
            # A new item's id follows its title until it is saved; then it stays.
            d, _i = find_item(doc, old_id)
            title = text_in(entry.get("title"), "en")
            if title:
                entry["id"] = item_id_for(doc, d, title, keep=old_id)
        self.current_id = str(entry.get("id"))
        label = text_in(entry.get("title"), "en") or old_id
        self.session.apply(replace_item(doc, old_id, entry), tr("Edit “%1”", args=(label,)), (old_id, what))

    def add_item(self) -> None:
        day = self.programme.current_day()
        doc, new_id = add_item(self.session.doc, day, self.current_id or None)
        self.current_id = new_id
        self.session.apply(doc, tr("Add item"))
        self.programme.select(new_id)
        self.tabs.setCurrentIndex(ITEM_TAB)
        self.form.title.boxes["en"].setFocus(Qt.FocusReason.OtherFocusReason)
        self.form.title.boxes["en"].selectAll()

    def remove_item(self) -> None:
        if not self.current_id:
            return
        try:
            doc = remove_item(self.session.doc, self.current_id)
        except DocumentError as err:
            self.statusBar().showMessage(str(err), 8000)
            return
        removed, self.current_id = self.current_id, ""
        self.session.apply(doc, tr("Remove %1", args=(removed,)))

    def clear_changes(self) -> None:
        try:
            change = onday.clear_changes(self.session.doc)
        except onday.EditError as err:
            self.statusBar().showMessage(str(err), 8000)
            return
        if change.changed:
            self.session.apply(change.doc, tr("Clear changes"))
            self.statusBar().showMessage(tr("Every delay, cancellation and move removed: the printed programme "
                                            "applies again."), 8000)
        else:
            self.statusBar().showMessage(tr("There are no changes to clear."), 8000)

    # --- problems ----------------------------------------------------------------------------------

    def locate(self, tokens: list) -> None:
        """Go to the place a problem names."""
        doc = self.session.doc
        try:
            if tokens[:1] == ["days"] and len(tokens) >= 4 and tokens[2] == "items":
                item_id = str(doc["days"][tokens[1]]["items"][tokens[3]].get("id"))
                self.programme.select(item_id)
                self.choose(item_id)
                self.tabs.setCurrentIndex(ITEM_TAB)
                self.form.focus(tokens[4:])
            elif tokens[:1] == ["people"] and len(tokens) >= 2:
                self.tabs.setCurrentIndex(PEOPLE_TAB)
                self.people.select(str(doc["people"][tokens[1]].get("id")))
            elif tokens[:1] == ["announcements"] and len(tokens) >= 2:
                self.tabs.setCurrentIndex(ANNOUNCEMENTS_TAB)
                self.announcements.select(tokens[1])
            elif tokens[:1] == ["adjustments"] and len(tokens) >= 2:
                entry = doc["adjustments"][tokens[1]]
                named = next((entry.get(k) for k in ("from", "cancel", "move") if isinstance(entry, dict)
                              and entry.get(k)), None)
                if named:
                    self.programme.select(str(named))
                    self.choose(str(named))
                    self.day_actions.setFocus(Qt.FocusReason.OtherFocusReason)
        except (IndexError, KeyError, TypeError, AttributeError):
            pass

    # --- saving ------------------------------------------------------------------------------------

    def save(self, path: str | Path | None = None) -> bool:
        """Ctrl+S. False (and the window says why) when nothing was written."""
        session = self.session
        if not session.checked.ok:
            count = len(session.checked.problems)
            self.statusBar().showMessage(tr("Not saved: the agenda has %n problem(s); they are listed below.",
                                            None, count), 10000)
            self.problems.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.problems.count():
                self.problems.setCurrentRow(0)
            return False
        if session.foreign:
            return self.save_as(path)
        if not session.dirty:
            self.statusBar().showMessage(tr("Nothing to save: no changes."), 5000)
            return True
        try:
            session.save()
        except Changed:
            self._disk_changed()
            self.statusBar().showMessage(tr("Not saved: the file was changed on disk meanwhile."), 10000)
            return False
        except WriteError as err:
            self.statusBar().showMessage(tr("Not saved: %1", args=(str(err),)), 15000)
            return False
        self.statusBar().showMessage(tr("Saved %1. Running kiosks show the change within 2 seconds.",
                                        args=(session.opened.path.name,)), 10000)
        return True

    def save_as(self, path: str | Path | None = None) -> bool:
        """A foreign schedule's edits (or a copy) as a new agenda.json."""
        source = self.session.opened.path
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(self, tr("Save as agenda.json"),
                                                          str(source.with_name("agenda.json")), "JSON (*.json)")
            if not chosen:
                return False
            path = chosen
        if Path(path).resolve() == source.resolve() and self.session.foreign:
            self.statusBar().showMessage(tr("Not saved: choose another name than the other program's file."), 10000)
            return False
        try:
            self.session.save_as(path)
        except (OSError, ValueError) as err:
            self.statusBar().showMessage(tr("Not saved: %1", args=(str(err),)), 15000)
            return False
        self._actions_again()
        self.statusBar().showMessage(tr("Saved as %1. Start the kiosk on it: kiosk --agenda %2",
                                        args=(Path(path).name, str(path))), 15000)
        return True

    def _actions_again(self) -> None:
        self.build()

    def _disk_changed(self) -> None:
        self._banner()

    def reload(self) -> None:
        self.session.reload()
        self.statusBar().showMessage(tr("Reloaded: the file as it is on disk now."), 8000)

    def apply_on_top(self) -> None:
        """Take the file as someone else saved it and make this editor's changes on it again."""
        self.session.apply_on_top()
        self.statusBar().showMessage(tr("Your changes are now on top of the file as it was saved meanwhile; "
                                        "check them and save."), 10000)

    # --- closing -----------------------------------------------------------------------------------

    def _screens_tab(self) -> None:
        """The lobby screens (kiosk.toml's ``screens``), live, as ``kiosk --screens`` shows them."""
        self._stop_screens()
        if not self.fleet:
            return
        from ui.screens.window import ScreensWindow
        self.screens_page = ScreensWindow(*self.fleet, parent=self.tabs)
        self.tabs.addTab(self.screens_page, tr("Screens"))
        self.screens_page.start()

    def _stop_screens(self) -> None:
        if self.screens_page is not None:
            self.screens_page.timer.stop()
            for poller in self.screens_page.pollers:
                poller.stop()
            self.screens_page = None

    def closeEvent(self, event) -> None:
        if self._closing_anyway or not self.session.dirty:
            self._stop_screens()
            QApplication.instance().removeEventFilter(self.undo_keys)
            event.accept()
            return
        event.ignore()
        self.ask_before_closing()

    def ask_before_closing(self) -> QMessageBox:
        """Unsaved changes: Save, Discard or Cancel (a window-modal question; the answer closes or not)."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Unsaved changes"),
                          tr("%1 has changes that are not saved. Save them before closing?",
                             args=(self.session.opened.path.name,)),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Save).setText(tr("Save"))
        box.button(QMessageBox.StandardButton.Discard).setText(tr("Close without saving"))
        box.button(QMessageBox.StandardButton.Cancel).setText(tr("Cancel"))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _result: self._answered(box))
        self.prompt = box
        box.open()
        return box

    def _answered(self, box: QMessageBox) -> None:
        answer = box.standardButton(box.clickedButton()) if box.clickedButton() else None
        self.prompt = None
        if answer == QMessageBox.StandardButton.Save and self.save():
            self._closing_anyway = True
            self.close()
        elif answer == QMessageBox.StandardButton.Discard:
            self._closing_anyway = True
            self.close()
