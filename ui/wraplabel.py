"""A plain-text label that wraps anywhere a word is too wide and elides with … past its lines.

QLabel's word wrap never breaks a word: a 200-character URL or German compound made the
browser's detail wider than its card. This label lays its text out with the display's own
``ui.textlayout`` (at word boundaries, inside a word only when the word is wider than the
label), so it is never wider than it is given; ``text()`` stays the whole text.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy

from ui.textlayout import Run, TextBlock, layout_text


class WrapLabel(QLabel):
    """Plain text in ``font`` and ``color``, wrapped to the label's width, at most ``max_lines``.
    Text that wraps at word boundaries within its lines is drawn by QLabel itself;
    only text that would not is laid out here."""

    def __init__(self, text: str, font: QFont, color: QColor, max_lines: int | None = None, parent=None):
        super().__init__(parent)
        self._laid: dict[int, TextBlock] = {}
        self._font = ""
        self.color = QColor(color)
        self.max_lines = max_lines
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.setWordWrap(True)
        self.setFont(font)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, self.color)
        self.setPalette(palette)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def block(self, width: int) -> TextBlock:
        """The text laid out in ``width`` pixels (a few widths are kept: a layout pass asks often)."""
        width = max(1, width)
        font = self.font().key()
        if self._font != font:
            self._laid.clear()
            self._font = font
        found = self._laid.get(width)
        if found is None:
            runs = [Run(self.text() or " ", self.font(), self.color)]
            found = self._laid[width] = layout_text(TextBlock(runs=runs, width=width, max_lines=self.max_lines))
            if len(self._laid) > 8:
                del self._laid[next(iter(self._laid))]
        return found

    def _own(self, width: int) -> bool:
        """Whether this text needs laying out here at ``width``: too many lines, or a word too wide."""
        block = self.block(width)
        return block.elided or block.broken_words > 0

    @property
    def elided(self) -> bool:
        return self.block(self.width()).elided

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if not self._own(width):
            return super().heightForWidth(width)
        return math.ceil(self.block(width).height)

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        width = min(math.ceil(metrics.horizontalAdvance(self.text())) + 2, round(metrics.height() * 20))
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        # One wide letter: the column decides the width and the text wraps in it.
        metrics = QFontMetricsF(self.font())
        return QSize(math.ceil(metrics.horizontalAdvance("W")), math.ceil(metrics.height()))

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self._laid = {}
        self.updateGeometry()

    def paintEvent(self, event) -> None:  # noqa: N802
        if not self._own(self.width()):
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        block = self.block(self.width())
        block.layout.draw(painter, block.rect.topLeft())
        painter.end()
