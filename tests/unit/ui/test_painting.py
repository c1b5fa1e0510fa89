"""Painting without Qt's enum namespace (ui.painting): the pixels Qt's enum-taking calls give."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter

from ui.painting import clip_to, fill_rect, solid


def _image() -> QImage:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#0E1B2C"))
    return image


def test_a_solid_brush_is_the_brush_of_its_colour(qapp):
    for color in (QColor("#2EC4B6"), QColor(1, 2, 3, 40), QColor("#FFFFFF")):
        assert solid(color) == QBrush(color)


def test_a_filled_rectangle_is_what_qt_draws_with_no_pen(qapp):
    """fill_rect against QPainter's own setPen(NoPen) + setBrush + drawRoundedRect, antialiased."""
    for rect, radius in ((QRectF(10, 10, 60, 30), 0.0), (QRectF(10.5, 12.25, 71.3, 41.7), 9.0),
                         (QRectF(3, 4, 100, 50), 25.0)):
        ours, qts = _image(), _image()
        for image, own in ((ours, True), (qts, False)):
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if own:
                fill_rect(painter, rect, QColor("#2EC4B6"), radius)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#2EC4B6"))
                painter.drawRoundedRect(rect, radius, radius)
            painter.end()
        assert ours.pixelColor(int(rect.center().x()), int(rect.center().y())) == QColor("#2EC4B6")
        differ = [(x, y) for y in range(ours.height()) for x in range(ours.width())
                  if ours.pixel(x, y) != qts.pixel(x, y)]
        worst = max((abs(ours.pixelColor(x, y).red() - qts.pixelColor(x, y).red()) for x, y in differ), default=0)
        assert worst <= 1, (rect, radius, len(differ))  # at most a step of antialiasing at an edge


def test_a_clip_narrows_an_existing_one(qapp):
    image = _image()
    painter = QPainter(image)
    clip_to(painter, QRect(0, 0, 60, 80))
    clip_to(painter, QRectF(40, 20, 80, 60))  # only x 40–59, y 20–79 is left
    fill_rect(painter, QRectF(0, 0, 120, 80), QColor("#FFFFFF"))
    painter.end()
    white = {(x, y) for y in range(80) for x in range(120) if image.pixelColor(x, y) == QColor("#FFFFFF")}
    assert white == {(x, y) for y in range(20, 80) for x in range(40, 60)}
