"""The parts a display scene is made of: shapes, icons, a QR code, text, pages of chunks.

Each part knows its rectangle and paints itself; ``Scene`` holds them and tells what changed
between two scenes; ``Chunk`` is a group that stays together on one page.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import groupby

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPolygonF, QRegion

from kiosk.record import Record, field
from ui import theme as th
from ui.icons import paint_icon
from ui.painting import clip_to, fill_rect, solid
from ui.textlayout import Run, TextBlock, ink_rect, text


class Shape(Record):
    """A filled rectangle, square or rounded: a card, a pill, a progress bar."""

    rect: QRectF
    color: QColor
    radius: float = 0.0
    role: str = "shape"

    def paint(self, painter: QPainter) -> None:
        fill_rect(painter, self.rect, self.color, self.radius)


class Icon(Record):
    """A kind icon (coffee cup, microphone, ...) drawn from the icon font."""

    rect: QRectF
    name: str
    color: QColor
    role: str = "icon"

    def paint(self, painter: QPainter) -> None:
        paint_icon(painter, self.name, self.color, self.rect)


class QrCode(Record):
    """A QR code drawn module by module: crisp at any size, no image scaling."""

    rect: QRectF
    matrix: tuple[tuple[bool, ...], ...]
    role: str = "qr"

    def paint(self, painter: QPainter) -> None:
        fill_rect(painter, self.rect, QColor("#FFFFFF"), self.rect.width() * 0.04)
        count = len(self.matrix)
        module = self.rect.width() / count
        black = solid(QColor("#000000"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for row, line in enumerate(self.matrix):  # a row's runs of dark modules, each one rectangle
            path, col = QPainterPath(), 0
            for dark, run in groupby(line):
                length = len(list(run))
                if dark:
                    path.addRect(QRectF(self.rect.left() + col * module, self.rect.top() + row * module,
                                        length * module + 0.05, module + 0.05))
                col += length
            painter.fillPath(path, black)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)


# Glyphs may reach a little beyond their block (accents, italics), antialiasing a pixel beyond a
# shape: an area is widened by this much around its parts.
PART_BLEED = 8.0


def _signature(part) -> tuple:
    """What a part looks like, to tell whether two scenes show it the same way."""
    r = part.rect
    box = (round(r.x(), 2), round(r.y(), 2), round(r.width(), 2), round(r.height(), 2))
    if isinstance(part, TextBlock):  # laid-out blocks that look the same share their layout
        return ("text", box, id(part.layout)) if part.layout is not None else ("text", box, part.text)
    if isinstance(part, Shape):
        return ("shape", box, part.color.rgba(), part.radius)
    if isinstance(part, Icon):
        return ("icon", box, part.name, part.color.rgba())
    if isinstance(part, QrCode):
        return ("qr", box, part.matrix)
    return ("part", id(part))  # anything else counts as changed


def qr_matrix(url: str) -> tuple[tuple[bool, ...], ...]:
    import segno  # only displays that show a QR code pay for it
    code = segno.make(url, error="m", micro=False)
    return tuple(tuple(bool(v) for v in row) for row in code.matrix_iter(scale=1, border=2))


@lru_cache(maxsize=4)
def background_bands(width: float, height: float) -> tuple[tuple[QPainterPath, QBrush, float, float], ...]:
    """The display's background: a diagonal gradient from BACKGROUND_TOP at the top-left corner to
    BACKGROUND_BOTTOM at the bottom (along (0.3 × width, height)), as bands of one colour each,
    with the stretch of the axis each covers (0 at the top-left corner, 1 at the bottom).

    The two colours are a few steps apart in each channel, so a band per step of the widest
    channel is the same picture as a gradient to within a step: solid bands fill as fast as a
    plain colour, and Qt's gradient classes (with their Python enum types) are not needed.
    """
    top, bottom = th.BACKGROUND_TOP, th.BACKGROUND_BOTTOM
    steps = max(abs(top.red() - bottom.red()), abs(top.green() - bottom.green()), abs(top.blue() - bottom.blue()))
    count = max(1, steps + 1)
    ax, ay = width * 0.3, float(height)          # the gradient's axis
    span = ax * ax + ay * ay
    nx, ny = -ay / span ** 0.5, ax / span ** 0.5  # across it, as a unit vector
    reach = width + height                        # beyond every corner of the screen
    bands = []
    for band in range(count):
        mid = (band + 0.5) / count
        color = QColor(round(top.red() + (bottom.red() - top.red()) * mid),
                       round(top.green() + (bottom.green() - top.green()) * mid),
                       round(top.blue() + (bottom.blue() - top.blue()) * mid))
        start = band / count if band else -1.0           # the first and last bands run on, as the
        end = (band + 1) / count if band < count - 1 else 2.0  # gradient's end colours do
        points = [QPointF(ax * t + nx * side, ay * t + ny * side) for t, side in
                  ((start, -reach), (start, reach), (end, reach), (end, -reach))]
        band = QPainterPath()
        band.addPolygon(QPolygonF(points))
        band.closeSubpath()
        bands.append((band, solid(color), start, end))
    return tuple(bands)


def _along_axis(width: float, height: float, rect) -> tuple[float, float]:
    """The stretch of the background's axis that ``rect`` (widened by 2 pixels) spans."""
    ax, ay = width * 0.3, float(height)
    span = ax * ax + ay * ay
    left, top, right, bottom = rect.left() - 2, rect.top() - 2, rect.right() + 3, rect.bottom() + 3
    along = [(x * ax + y * ay) / span for x in (left, right) for y in (top, bottom)]
    return min(along), max(along)


def paint_background(painter: QPainter, width: float, height: float, area: QRectF | None = None) -> None:
    """The background under the whole screen, or under ``area`` (clipped to it): there only the
    bands that reach into it, so a small area costs a few small fills, not twenty of the screen's size."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # bands meet edge to edge
    low, high = -1.0, 2.0
    if area is not None:
        clip_to(painter, area)
        low, high = _along_axis(width, height, area)
    for band, brush, start, end in background_bands(width, height):
        if low <= end and start <= high:
            painter.fillPath(band, brush)
    painter.restore()


class Scene(Record):
    """Everything one screen shows, part by part, each with its rectangle."""

    width: int
    height: int
    phase: str
    parts: list = field(default_factory=list)
    pages: int = 1
    page: int = 0
    # Where the paged parts start in ``parts`` and every page's parts (the shown page's among
    # them), when one list of chunks pages; () when two did (not in any screen today).
    paged: tuple | None = None

    def add(self, part):
        self.parts.append(part)
        return part

    @property
    def texts(self) -> list[TextBlock]:
        return [p for p in self.parts if isinstance(p, TextBlock)]

    def text_of(self, role: str) -> list[str]:
        return [t.text for t in self.texts if t.role == role]

    def all_text(self) -> str:
        return "\n".join(t.text for t in self.texts)

    def with_page(self, page: int) -> Scene | None:
        """The same screen at another of its pages: what ``build_scene`` gives for that page, made
        without laying anything out again (a page turn). None when the screen does not page."""
        if not self.paged or self.pages <= 1:
            return None
        start, placed = self.paged
        page %= self.pages
        end = start + len(placed[self.page % self.pages])
        return Scene(self.width, self.height, self.phase, self.parts[:start] + placed[page] + self.parts[end:],
                     self.pages, page, self.paged)

    def paint(self, painter: QPainter, dx: float = 0.0, dy: float = 0.0, area: QRegion | None = None) -> None:
        """Paint the screen, moved by (dx, dy); with ``area`` (in the painter's coordinates), only
        there: rectangle by rectangle, each its background and the parts that reach into it, clipped
        to it (Qt draws some glyphs differently under a clip of several rectangles)."""
        if area is None:
            self._paint(painter, dx, dy, None)
            return
        for rect in area:
            painter.save()
            clip_to(painter, rect)
            self._paint(painter, dx, dy, QRectF(rect))
            painter.restore()

    def _paint(self, painter: QPainter, dx: float, dy: float, area: QRectF | None) -> None:
        paint_background(painter, self.width, self.height, area)
        painter.save()
        painter.translate(dx, dy)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        reach = area.translated(-dx, -dy).adjusted(-PART_BLEED, -PART_BLEED, PART_BLEED, PART_BLEED) \
            if area is not None else None
        for part in self.parts:
            if reach is None or reach.intersects(part.rect):
                part.paint(painter)
        painter.restore()

    def changed_rects(self, before: Scene | None) -> list[QRectF]:
        """Where this screen differs from ``before``, part by part: the rectangle of each part that
        is not in both (moved, changed, gone or new), with a margin for glyphs and antialiasing; the
        whole screen when the size or the phase differs. Empty when nothing differs. A minute's
        tick changes the clock at the top and the words under the progress bar at the bottom:
        repainting these rectangles, not the rectangle around both, repaints a tenth as much."""
        whole = QRectF(0, 0, self.width, self.height)
        if before is None or (before.width, before.height, before.phase) != (self.width, self.height, self.phase):
            return [whole]
        shared = {id(p) for p in before.parts} & {id(p) for p in self.parts}  # (a page turn's frame)
        old = {_signature(p): p for p in before.parts if id(p) not in shared}
        new = {_signature(p): p for p in self.parts if id(p) not in shared}
        rects = []
        for key in old.keys() ^ new.keys():
            part = old.get(key) or new[key]
            rect = part.rect.united(ink_rect(part)) if isinstance(part, TextBlock) else part.rect
            rect = rect.adjusted(-PART_BLEED, -PART_BLEED, PART_BLEED, PART_BLEED).intersected(whole)
            if not rect.isEmpty():
                rects.append(rect)
        return rects

    def changed_area(self, before: Scene | None) -> QRectF:
        """The rectangle around everything that differs from ``before`` (see ``changed_rects``)."""
        area = QRectF()
        for rect in self.changed_rects(before):
            area = area.united(rect)
        return area


class Chunk(Record):
    """A group of parts that stays together on one page, positioned relative to its top-left."""

    parts: list[tuple[float, float, object]]
    height: float
    # Smaller chunks this one may be split into when even a page of its own is too short.
    pieces: list[Chunk] = field(default_factory=list)

    def place(self, scene: Scene, x: float, y: float) -> None:
        for dx, dy, part in self.parts:
            if isinstance(part, TextBlock):
                scene.add(part.at(x + dx, y + dy))
            else:
                part.rect.moveTo(x + dx, y + dy)
                scene.add(part)


def scaled(chunk: Chunk, factor: float) -> tuple[list, float]:
    """A chunk's parts with every font and shape scaled by ``factor``, and their bottom."""
    parts, bottom = [], 0.0
    for dx, dy, part in chunk.parts:
        if isinstance(part, TextBlock):
            runs = []
            for run in part.runs:
                font = QFont(run.font)
                font.setPixelSize(max(8, round(run.font.pixelSize() * factor)))
                runs.append(Run(run.text, font, run.color))
            part = text(runs, part.width, max_lines=part.max_lines, role=part.role, align=part.align)
        elif isinstance(part, Shape):
            part = Shape(QRectF(part.rect.x(), part.rect.y(), part.rect.width(), part.rect.height() * factor),
                         part.color, part.radius, part.role)
        parts.append((dx, dy * factor, part))
        bottom = max(bottom, dy * factor + part.rect.height())
    return parts, bottom
