"""``kiosk --screens``: every lobby screen in one window, for venue IT in the office.

A tile per screen: its live picture (asked for every REFRESH_S), what it shows now and next, and
a badge for each thing that is wrong (kiosk.fleet decides which). Clicking a tile says the
screen's whole status in plain words.
"""

from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtNetwork import QNetworkAccessManager
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.fleet import (
    BADGES,
    CLOCK_OFF,
    NOT_ANSWERING,
    PROGRAMME_DIFFERS,
    REFRESH_S,
    RELOAD_FAILED,
    Report,
    badges,
    item_title,
)
from ui.i18n import tr
from ui.screens.poller import ScreenPoller

THUMB_W, THUMB_H = 320, 180
STATE_LINES = 4  # NOW, and NEXT in up to three lines
BADGE_GAP = 6
COLUMNS = 3
STYLE = """
QWidget#screens, QDialog { background: #0E1B2C; }
QFrame#tile { background: #172F4D; border: 2px solid #2A405C; border-radius: 10px; }
QFrame#tile[trouble="true"] { border-color: #F2B84B; }
QLabel { color: #F5F7FA; }
QLabel#address { font-weight: 600; font-size: 15px; }
QLabel#stateLine { color: #BCC8D8; }
QLabel#thumb { background: #0A1522; border-radius: 4px; color: #B4C2D4; }
QLabel#badge { background: #F2B84B; color: #0E1B2C; border-radius: 9px; padding: 2px 8px; font-weight: 700;
               font-size: 12px; }
QLabel#badge[kind="not_answering"] { background: #FF8A80; }
QLabel#ok { color: #45D3C6; font-weight: 700; font-size: 12px; }
QLabel#heading { font-size: 18px; font-weight: 700; }
QLabel#note { color: #B4C2D4; font-size: 12px; }
"""


def badge_words(kind: str) -> str:
    return {
        NOT_ANSWERING: tr("Not answering"),
        PROGRAMME_DIFFERS: tr("Other programme"),
        CLOCK_OFF: tr("Clock off"),
        RELOAD_FAILED: tr("Reload failed"),
    }[kind]


def _time(text: str | None) -> str:
    """An ISO instant as this PC's local time of day (HH:MM:SS), or what was given."""
    if not text:
        return "—"
    try:
        return datetime.fromisoformat(text).astimezone().strftime("%H:%M:%S")
    except ValueError:
        return text


def state_line(report: Report) -> str:
    now, nxt = item_title(report.status, "current"), item_title(report.status, "next")
    parts = [tr("Now: %1", args=(now[0],)) if now else tr("Now: nothing on")]
    if nxt:
        parts.append(tr("Next at %1: %2", args=(nxt[1], nxt[0])))
    return "\n".join(parts)


def status_words(report: Report, marks: list[str]) -> list[str]:
    """The screen's status in plain words, a line each (the tile's details)."""
    status = report.status or {}
    lines = [tr("Address: %1", args=(report.address,))]
    if not report.answering:
        lines.append(tr("Not answering: %1", args=(report.error or tr("no answer"),)))
        if not status:
            return lines
        lines.append(tr("What it said last:"))
    lines += [badge_words(kind) for kind in marks if kind != NOT_ANSWERING]
    kiosk, agenda, clock = status.get("kiosk", {}), status.get("agenda", {}), status.get("clock", {})
    lines.append(tr("Kiosk %1, screen %2", args=(kiosk.get("version", "?"), kiosk.get("screen", "?"))))
    lines.append(tr("Programme: %1 items from %2", args=(agenda.get("items", "?"), agenda.get("source", "?"))))
    lines.append(tr("Programme fingerprint: %1", args=(agenda.get("hash", "?"),)))
    last = agenda.get("last_load") or {}
    if last.get("outcome") == "failed":
        lines.append(tr("Last reload failed at %1: %2", args=(_time(last.get("at")), last.get("problem") or "")))
    elif last:
        lines.append(tr("Last loaded at %1", args=(_time(last.get("at")),)))
    lines.append(tr("Last good programme at %1", args=(_time(agenda.get("last_good")),)))
    lines.append(tr("Failed reloads since it started: %1", args=(agenda.get("reload_failures", 0),)))
    lines += state_line(report).split("\n")
    uptime = int(status.get("uptime_s") or 0)
    lines.append(tr("Running for %1 h %2 min", args=(uptime // 3600, uptime % 3600 // 60)))
    rss = status.get("memory_rss_bytes")
    if isinstance(rss, int):
        lines.append(tr("Memory: %1 MB", args=(rss // 2**20,)))
    lines.append(tr("Its clock: %1 (event time %2, %3)", args=(
        _time(clock.get("pc")), (clock.get("event_time") or "")[11:16], clock.get("event_zone", "?"))))
    if report.clock_offset_s is not None:
        lines.append(tr("Its clock minus this PC's: %1 s", args=(f"{report.clock_offset_s:+.0f}",)))
    server = clock.get("offset_from_agenda_server_s")
    if isinstance(server, (int, float)):
        lines.append(tr("Its clock minus the agenda server's: %1 s", args=(f"{server:+.0f}",)))
    error = status.get("last_error")
    if error:
        lines.append(tr("Last warning or error at %1: %2", args=(_time(error.get("at")), error.get("message", ""))))
    else:
        lines.append(tr("No warnings or errors since it started"))
    return lines


class Tile(QFrame):
    """One screen: address, picture, state line, badges. Clicked, it opens the details.

    Its widgets are made once and only changed (a badge is shown or hidden), so an update every
    few seconds neither builds widgets nor moves the layout."""

    clicked = Signal()

    def __init__(self, poller: ScreenPoller, parent=None):
        super().__init__(parent)
        self.setObjectName("tile")
        self.poller = poller
        self.marks: list[str] = []
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(8)
        self.address = QLabel(poller.address.split("://", 1)[-1])
        self.address.setObjectName("address")
        self.thumb = QLabel(tr("Waiting for its picture…"))
        self.thumb.setObjectName("thumb")
        self.thumb.setFixedSize(THUMB_W, THUMB_H)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state = QLabel("")
        self.state.setObjectName("stateLine")
        self.state.setWordWrap(True)
        self.state.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        font = self.state.font()
        font.setPixelSize(13)
        self.state.setFont(font)
        self.state.setFixedSize(THUMB_W, self.state.fontMetrics().lineSpacing() * STATE_LINES + 2)
        for part in (self.address, self.thumb, self.state):
            part.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(part)
        # The badges flow over two rows (three of them in Russian do not fit in one), placed by hand.
        self.bar = QWidget()
        self.row_height = self.bar.fontMetrics().height() + 12
        self.bar.setFixedSize(THUMB_W, 2 * self.row_height + BADGE_GAP)
        self.badges: dict[str, QLabel] = {}
        for kind in BADGES:
            badge = QLabel(badge_words(kind), self.bar)
            badge.setObjectName("badge")
            badge.setProperty("kind", kind)
            badge.hide()
            self.badges[kind] = badge
        self.fine = QLabel(tr("All well"), self.bar)
        self.fine.setObjectName("ok")
        self.fine.hide()
        layout.addWidget(self.bar)
        self.setFixedSize(self.sizeHint().expandedTo(self.minimumSizeHint()))

    def show_report(self, marks: list[str]) -> None:
        self.marks = marks
        report = self.poller.report
        picture = self.poller.picture
        if picture is not None:
            if not report.answering:  # the last picture it sent, greyed: not what it shows now
                picture = picture.convertToFormat(QImage.Format.Format_Grayscale8)
            self.thumb.setPixmap(QPixmap.fromImage(picture).scaled(
                THUMB_W, THUMB_H, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        if report.answering:
            self.state.setText(state_line(report))
        elif self.poller.last_answer_at is not None:
            since = datetime.fromtimestamp(self.poller.last_answer_at).strftime("%H:%M:%S")
            self.state.setText(tr("No answer since %1: %2", args=(since, report.error or "")))
        else:
            self.state.setText(report.error or "")
        shown = [self.badges[kind] for kind in BADGES if kind in marks]
        if not marks and report.answering:
            shown.append(self.fine)
        x = y = 0
        for label in (*self.badges.values(), self.fine):
            label.setVisible(label in shown)
        for label in shown:
            label.ensurePolished()
            label.adjustSize()
            if x and x + label.width() > THUMB_W:
                x, y = 0, y + self.row_height + BADGE_GAP
            label.move(x, y)
            x += label.width() + BADGE_GAP
        if self.property("trouble") != bool(marks):
            self.setProperty("trouble", bool(marks))
            self.style().unpolish(self)
            self.style().polish(self)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()


class ScreensWindow(QWidget):
    """Every configured screen, refreshed every REFRESH_S; ``start()`` begins asking."""

    def __init__(self, addresses: tuple[str, ...] | list[str], token: str, refresh_s: float = REFRESH_S, parent=None):
        super().__init__(parent)
        self.setObjectName("screens")
        self.setWindowTitle(tr("Lobby screens"))
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.network = QNetworkAccessManager(self)
        self.pollers = [ScreenPoller(a, token, self.network, self) for a in addresses]
        outer = QVBoxLayout(self)
        heading = QLabel(tr("%n lobby screen(s)", None, len(self.pollers)))
        heading.setObjectName("heading")
        note = QLabel(tr("Pictures and states are asked for every %1 s. Click a screen for its details.",
                         args=(f"{refresh_s:g}",)))
        note.setObjectName("note")
        outer.addWidget(heading)
        outer.addWidget(note)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setSpacing(14)
        self.tiles: list[Tile] = []
        for index, poller in enumerate(self.pollers):
            tile = Tile(poller)
            grid.addWidget(tile, index // COLUMNS, index % COLUMNS, Qt.AlignmentFlag.AlignTop)
            tile.clicked.connect(lambda tile=tile: self.show_details(tile))
            poller.changed.connect(self.update_badges)
            self.tiles.append(tile)
        grid.setRowStretch(grid.rowCount(), 1)
        grid.setColumnStretch(COLUMNS, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)
        grid_host.setObjectName("screens")
        outer.addWidget(scroll, 1)
        self.timer = QTimer(self, interval=int(refresh_s * 1000))
        self.timer.timeout.connect(self.refresh)
        self.details: QDialog | None = None
        self._details_tile: Tile | None = None
        self.updated_at: float | None = None

    def start(self) -> None:
        self.refresh()
        self.timer.start()

    def closeEvent(self, event) -> None:
        self.timer.stop()
        for poller in self.pollers:
            poller.stop()
        super().closeEvent(event)

    def refresh(self) -> None:
        for poller in self.pollers:
            poller.poll()

    def update_badges(self) -> None:
        marks = badges([p.report for p in self.pollers])
        for tile, these in zip(self.tiles, marks, strict=True):
            tile.show_report(these)
        self.updated_at = time.time()
        if self.details is not None and self.details.isVisible() and self._details_tile is not None:
            self._fill_details(self._details_tile)

    def show_details(self, tile: Tile) -> None:
        if self.details is None:
            self.details = QDialog(self)
            self.details.setMinimumWidth(560)
            layout = QVBoxLayout(self.details)
            self.details_text = QLabel()
            self.details_text.setTextFormat(Qt.TextFormat.PlainText)
            self.details_text.setWordWrap(True)
            self.details_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(self.details_text)
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            buttons.rejected.connect(self.details.close)
            layout.addWidget(buttons)
        self._details_tile = tile
        self._fill_details(tile)
        self.details.show()
        self.details.raise_()

    def _fill_details(self, tile: Tile) -> None:
        self.details.setWindowTitle(tile.poller.address)
        self.details_text.setText("\n".join(status_words(tile.poller.report, tile.marks)))
