"""Kind icons from QtAwesome, made only once a QApplication exists (QtAwesome issues #21, #144)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPixmap

KIND_ICONS = {
    "registration": "fa6s.id-card",
    "opening": "fa6s.handshake",
    "session": "fa6s.people-group",
    "discussion": "fa6s.comments",
    "break": "fa6s.mug-hot",
    "meal": "fa6s.utensils",
    "photo": "fa6s.camera",
    "closing": "fa6s.flag-checkered",
    "reception": "fa6s.champagne-glasses",
}


def kind_icon_name(kind: str) -> str:
    return KIND_ICONS.get(kind, "fa6s.calendar-days")


@lru_cache(maxsize=64)
def icon_pixmap(name: str, color: str, size: int) -> QPixmap:
    import qtawesome  # heavy (QtPy, font loading): imported on first use, never at start-up

    return qtawesome.icon(name, color=QColor(color)).pixmap(QSize(size, size))


def paint_icon(painter: QPainter, name: str, color: QColor, rect: QRectF) -> None:
    ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
    side = max(1, round(min(rect.width(), rect.height()) * ratio))
    pixmap = icon_pixmap(name, color.name(), side)
    painter.drawPixmap(rect, pixmap, QRectF(pixmap.rect()))
