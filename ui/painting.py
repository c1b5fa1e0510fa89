"""Painting without Qt's enum namespace: solid brushes, filled shapes, a narrower clip.

PySide6 makes a Qt class's Python enum types when the class is first used. Qt's own namespace,
``PySide6.QtCore.Qt`` (alignment, pen and brush styles, window flags, keys, cursor shapes …),
holds ~90 of them with ~1,200 members: making them takes ~120 M instructions, ~50 ms on the
bench's host, an eighth of the live kiosk's way from launch to its first frame. The first frame
does without them (README, "First paint"): the display and its icons paint through these
helpers, and what needs the namespace (the window's flags and hidden pointer, the display's
timers to the millisecond, the guard's keys) waits until that frame is on the screen.

PySide6 also makes the namespace to choose between the overloads of a call when one of them
takes one of its enums: ``QPainter.setBrush`` and ``setPen`` (``Qt.BrushStyle``, ``Qt.PenStyle``),
``QBrush(QColor)``, ``QPainter.fillRect``, ``QPen(QColor)``. These helpers call only methods
without such overloads (``QPainter.fillPath``, ``QPen.setColor``, ``QPen.brush``), and
``ui.textlayout`` aligns and elides text itself. tests/e2e/test_live_start.py checks that the
live kiosk's first frame leaves the namespace unmade; tests/unit/ui/test_painting.py that these
give Qt's own pixels and positions.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QRegion

# Qt::AlignCenter (horizontally and vertically), as the int that QPainter.drawText takes.
ALIGN_CENTER = 0x0084


def solid(color: QColor) -> QBrush:
    """A brush of one colour, as ``QBrush(color)`` makes it."""
    pen = QPen()
    pen.setColor(color)
    return pen.brush()


def fill_rect(painter: QPainter, rect: QRectF, color: QColor, radius: float = 0.0) -> None:
    """``rect`` filled with ``color``, its corners rounded by ``radius`` (no outline)."""
    path = QPainterPath()
    if radius > 0:
        path.addRoundedRect(rect, radius, radius)
    else:
        path.addRect(rect)
    painter.fillPath(path, solid(color))


def clip_to(painter: QPainter, rect) -> None:
    """Narrow the painter's clip to ``rect`` (a QRect, or a QRectF on whole pixels), as Qt's
    ``IntersectClip`` does."""
    if painter.hasClipping():
        painter.setClipRegion(painter.clipRegion().intersected(QRegion(QRectF(rect).toAlignedRect())))
    else:
        painter.setClipRect(rect)
