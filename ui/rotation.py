"""A screen mounted on its side: the kiosk laid out upright and turned by 90, 180 or 270 degrees.

The window is placed in a graphics scene and the view is rotated, so taps land where the
attendee sees them; nothing else in the kiosk knows about rotation.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView


class RotatedHost(QGraphicsView):
    def __init__(self, window, degrees: int, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.degrees = degrees % 360
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setStyleSheet("background: #0E1B2C;")
        self.graphics = QGraphicsScene(self)
        self.proxy = self.graphics.addWidget(window)
        self.setScene(self.graphics)
        self.setTransform(QTransform().rotate(self.degrees))

    def upright_size(self, width: int, height: int) -> tuple[int, int]:
        return (height, width) if self.degrees in (90, 270) else (width, height)

    def resizeEvent(self, event) -> None:
        width, height = self.upright_size(self.width(), self.height())
        self.window_.resize(width, height)
        self.graphics.setSceneRect(QRectF(0, 0, width, height))
        self.centerOn(width / 2, height / 2)
        super().resizeEvent(event)

    def closeEvent(self, event) -> None:
        # The kiosk window decides whether it may close (kiosk mode refuses).
        self.window_.closeEvent(event)
