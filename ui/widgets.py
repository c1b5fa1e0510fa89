"""Widgets the browser and the staff panel share: plain labels, tappable rows, rows of buttons that
wrap, flick scrolling."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScroller,
    QScrollerProperties,
    QSizePolicy,
    QWidget,
)

from ui import theme as th


def plain_label(text: str, role: str, theme: th.Theme, color: QColor = th.TEXT, wrap: bool = True) -> QLabel:
    """A label that never interprets its text as HTML and offers no selection or menu."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    label.setFont(theme.font(role))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, color)
    label.setPalette(palette)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class TapRow(QFrame):
    """A row that does something when tapped (a person, an appearance)."""

    tapped = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("tapRow")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.tapped.emit()


class ButtonRows(QWidget):
    """Buttons in a grid of as many columns as fit the width: one row on a landscape screen,
    two on a narrow portrait one, so no label is cut."""

    def __init__(self, buttons: list[QPushButton], parent=None):
        super().__init__(parent)
        self.buttons = buttons
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.columns = 0
        self.set_columns(len(buttons))

    def set_columns(self, columns: int) -> None:
        columns = max(1, min(columns, len(self.buttons)))
        if columns == self.columns:
            return
        self.columns = columns
        for button in self.buttons:
            self.grid.removeWidget(button)
        for index, button in enumerate(self.buttons):
            self.grid.addWidget(button, index // columns, index % columns)
        for column in range(len(self.buttons)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def fit(self, width: int, spacing: int) -> None:
        """As many columns as the widest label allows in ``width``."""
        self.grid.setSpacing(spacing)
        widest = max(b.sizeHint().width() for b in self.buttons)
        columns = len(self.buttons)
        while columns > 1 and widest * columns + spacing * (columns - 1) > width:
            columns -= 1
        if columns > 1 and columns < len(self.buttons):  # 3 + 1 reads badly: even rows
            columns = math.ceil(len(self.buttons) / math.ceil(len(self.buttons) / columns))
        self.set_columns(columns)


def prepare_scroll_areas() -> None:
    """Do now what PySide6 does once per process at the first scroll area's ``viewport()``: it
    matches the QWidget returned against every widget class, creating their Python types and
    enums, a part of a first touch's wait. The live kiosk calls this once its first frame is on
    the screen (``KioskWindow.prepare_browser``); make_kinetic then finds the work done."""
    QAbstractScrollArea().viewport()


def make_kinetic(area) -> None:
    """Flick scrolling by finger or mouse, with no overshoot past the ends."""
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    props = scroller.scrollerProperties()
    never = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    props.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, never)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, never)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.DragStartDistance, 0.004)
    # Hand the press to the row at once: a delayed press is lost when the finger lifts first,
    # and a tap would then do nothing.
    props.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0.0)
    scroller.setScrollerProperties(props)
