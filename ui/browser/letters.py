"""The people directory's touch index: a row of letters (A–Z, А–Я) that have people; a tap jumps there."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

# A letter's button, in px at the unit (1.0 at 1080p): as high as every browser button (72), and
# square. On a 55" 1080p screen that is 45 mm, and above 9 mm on any 1080p panel down to ~11".
KEY = 72
GAP = 10


class LetterIndex(QWidget):
    """Buttons for the letters given, in rows that wrap to the width; ``chosen`` gives a row."""

    chosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.unit = 1.0
        self.buttons: list[QPushButton] = []
        self.rows_of: dict[str, int] = {}
        self._font = QFont()
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_letters(self, letters: list[tuple[str, int]]) -> None:
        """The letters that have people, each with the row of its first person, in list order."""
        if [(b.text(), self.rows_of[b.text()]) for b in self.buttons] == letters:
            return
        for button in self.buttons:
            button.deleteLater()
        self.buttons, self.rows_of = [], dict(letters)
        for letter, row in letters:
            button = QPushButton(letter, self)
            button.setObjectName("letter")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            button.setFont(self._font)
            button.clicked.connect(lambda _=False, r=row: self.chosen.emit(r))
            button.show()
            self.buttons.append(button)
        self._place()
        self.updateGeometry()

    def set_scale(self, unit: float, font: QFont) -> None:
        self.unit, self._font = unit, font
        for button in self.buttons:
            button.setFont(font)
        self._place()
        self.updateGeometry()

    def key(self) -> int:
        return round(KEY * self.unit)

    def gap(self) -> int:
        return round(GAP * self.unit)

    def per_row(self, width: int) -> int:
        return max(1, (width + self.gap()) // (self.key() + self.gap()))

    def heightForWidth(self, width: int) -> int:
        if not self.buttons:
            return 0
        rows = -(-len(self.buttons) // self.per_row(width))
        return rows * self.key() + (rows - 1) * self.gap()

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        width = self.width() if self.width() > 0 else len(self.buttons) * (self.key() + self.gap())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.key(), self.heightForWidth(max(self.width(), self.key())))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        key, gap, per_row = self.key(), self.gap(), self.per_row(self.width())
        for number, button in enumerate(self.buttons):
            row, column = divmod(number, per_row)
            button.setGeometry(column * (key + gap), row * (key + gap), key, key)
