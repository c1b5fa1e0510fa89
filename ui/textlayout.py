"""Plain text laid out in a width: wrapped at word boundaries, never parsed as rich text.

Qt labels guess whether a string is HTML; the lobby screen never does. Everything on the
display is laid out here with ``QTextLayout`` from plain strings, so a title containing
``<img src=x>`` shows those characters.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Literal

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextCharFormat, QTextLayout, QTextOption

from kiosk.record import Record, field
from ui.painting import solid

ELLIPSIS = "…"
NBSP = "\u00a0"  # a space at which a line never breaks ("25\u00a0min"), which QTextLayout honours
LINE_SPACING = 1.08  # a little air between wrapped lines; Inter's own leading is tight

# Where a block's lines sit in its width. Placed here, line by line, where Qt's QTextOption would
# place them (the same 1/64-pixel arithmetic): Qt's alignment flags are enums of its namespace,
# which the first frame does without (ui.painting says why).
Align = Literal["left", "right", "center"]


class Run(Record):
    """A stretch of text in one font and colour."""

    text: str
    font: QFont
    color: QColor


class TextBlock(Record):
    """Laid-out text at a position; ``rect`` is where it is drawn."""

    runs: list[Run]
    width: float
    align: Align = "left"
    max_lines: int | None = None
    role: str = "text"
    rect: QRectF = field(default_factory=QRectF)
    layout: QTextLayout | None = None
    lines: int = 0
    elided: bool = False
    broken_words: int = 0  # lines that had to break inside a word (only for absurd input)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    @property
    def height(self) -> float:
        return self.rect.height()

    def at(self, x: float, y: float) -> TextBlock:
        self.rect.moveTo(x, y)
        return self

    def paint(self, painter: QPainter) -> None:
        if self.layout is not None:
            self.layout.draw(painter, self.rect.topLeft())


def _offset(width: float, advance: float, align: Align) -> float:
    """Where a line whose text advances by ``advance`` starts in ``width``, in Qt's units of 1/64
    pixel (it truncates a width to them, QFixed::fromReal)."""
    if align == "left":
        return 0.0
    room = int(width * 64) - round(advance * 64)
    return (room if align == "right" else int(room / 2)) / 64


def _layout(runs: list[Run], width: float, align: Align) -> tuple[QTextLayout, int, float, int]:
    caps = {r.font.capitalization() for r in runs}
    if len(caps) > 1:
        # QTextLayout takes capitals from its base font only: upper-case those runs' text instead.
        upper = QFont.Capitalization.AllUppercase
        runs = [Run(r.text.upper(), QFont(r.font), r.color) if r.font.capitalization() == upper else r for r in runs]
        for r in runs:
            r.font.setCapitalization(QFont.Capitalization.MixedCase)
    # A line break in a paragraph (the agenda allows one only there) starts a new line; QTextLayout
    # breaks only at U+2028 and would glue the words. Same length: the format ranges still fit.
    text = "".join(r.text for r in runs).replace("\n", "\u2028")
    layout = QTextLayout(text, runs[0].font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    ranges, start = [], 0
    for run in runs:
        fmt = QTextCharFormat()
        # All properties, so a run does not inherit the first run's capitals or spacing.
        fmt.setFont(run.font, QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesAll)
        fmt.setForeground(solid(run.color))
        fr = QTextLayout.FormatRange()
        fr.start, fr.length, fr.format = start, len(run.text), fmt
        ranges.append(fr)
        start += len(run.text)
    layout.setFormats(ranges)
    layout.setCacheEnabled(True)
    layout.beginLayout()
    y, count, broken = 0.0, 0, 0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(_offset(width, line.horizontalAdvance(), align), y))
        end = line.textStart() + line.textLength()
        if 0 < end < len(text) and (NBSP in text[end - 1:end + 1] or (
                not text[end - 1].isspace() and not text[end].isspace()
                and text[end - 1] not in "-–—/" and text[end - 1].isalnum() and text[end].isalnum())):
            broken += 1  # inside a word, or at a no-break space (between a number and its unit)
        y += line.height() * (LINE_SPACING if count else 1.0)
        count += 1
    layout.endLayout()
    return layout, count, y, broken


def _truncate(runs: list[Run], chars: int) -> list[Run]:
    kept, left = [], chars
    for run in runs:
        if left <= 0:
            break
        kept.append(Run(run.text[:left], run.font, run.color))
        left -= len(run.text)
    kept[-1] = Run(kept[-1].text.rstrip(" ,·–-") + ELLIPSIS, kept[-1].font, kept[-1].color)
    return kept


def layout_text(block: TextBlock) -> TextBlock:
    """Lay out ``block`` in its width, eliding with … past ``max_lines``."""
    runs = [r for r in block.runs if r.text] or [Run(" ", block.runs[0].font, block.runs[0].color)]
    layout, lines, height, broken = _layout(runs, block.width, block.align)
    if block.max_lines is not None and lines > block.max_lines:
        # The longest prefix that fits ends at most where line max_lines ends: search only there.
        last = layout.lineAt(block.max_lines - 1) if block.max_lines > 0 else None
        high = last.textStart() + last.textLength() if last is not None else sum(len(r.text) for r in runs)
        low = max(1, last.textStart() - 1) if last is not None else 1
        best, fail, step, probe = None, high + 1, 1, high
        while best is None:  # back from the line's end in growing steps: "…" needs only a few characters
            trial = _layout(_truncate(runs, probe), block.width, block.align)
            if trial[1] <= block.max_lines:
                best, low, high = trial, probe + 1, fail - 1
            elif probe <= low:
                break
            else:
                fail, probe, step = probe, max(low, probe - step), step * 2
        while best is not None and low <= high:  # then the longest prefix that fits, in that bracket
            mid = (low + high) // 2
            trial = _layout(_truncate(runs, mid), block.width, block.align)
            if trial[1] <= block.max_lines:
                best, low = trial, mid + 1
            else:
                high = mid - 1
        layout, lines, height, broken = best or _layout(_truncate(runs, 1), block.width, block.align)
        block.elided = True
    block.layout, block.lines, block.broken_words = layout, lines, broken
    block.rect = QRectF(block.rect.x(), block.rect.y(), block.width, height)
    return block


# Laid-out blocks by what they show: the display builds a scene for every page turn, language
# switch and minute, and most of its blocks (the event, the title, what comes next) are the same
# each time. A block found here shares its QTextLayout, read-only, and gets its own rectangle.
_LAID_OUT: OrderedDict[tuple, tuple] = OrderedDict()
LAID_OUT_MAX = 384  # a round of pages in either language (~80 blocks at 15:10), a board of 44 rooms in both (~300)


def text(runs: list[Run] | Run, width: float, *, max_lines: int | None = None, role: str = "text",
         align: Align = "left") -> TextBlock:
    runs = [runs] if isinstance(runs, Run) else runs
    width = max(1.0, width)
    key = (tuple((r.text, r.font.key(), r.color.rgba()) for r in runs), width, max_lines, align)
    done = _LAID_OUT.get(key)
    if done is not None:
        _LAID_OUT.move_to_end(key)
        layout, lines, height, elided, broken = done
        return TextBlock(runs=runs, width=width, align=align, max_lines=max_lines, role=role,
                         rect=QRectF(0, 0, width, height), layout=layout, lines=lines, elided=elided,
                         broken_words=broken)
    block = layout_text(TextBlock(runs=runs, width=width, align=align, max_lines=max_lines, role=role))
    _LAID_OUT[key] = (block.layout, block.lines, block.rect.height(), block.elided, block.broken_words)
    if len(_LAID_OUT) > LAID_OUT_MAX:
        _LAID_OUT.popitem(last=False)
    return block


def lines_within(block: TextBlock, height: float) -> int:
    """How many of the block's lines (with their spacing) fit in ``height`` from its top."""
    count = 0
    for index in range(block.layout.lineCount() if block.layout is not None else 0):
        line = block.layout.lineAt(index)
        if line.y() + line.height() * (LINE_SPACING if index else 1.0) > height + 0.5:
            break
        count += 1
    return count


def fit(runs_for: Callable[[str], list[Run]], sizes: Sequence[str], width: float, *, max_lines: int,
        max_height: float | None = None, role: str | None = None, align: Align = "left") -> TextBlock:
    """Text in a box of ``width`` by ``max_height``, at most ``max_lines`` lines: at the first of
    ``sizes`` (largest first) in which it fits whole with no word broken; else wrapped and elided
    with … at the largest size that breaks no word (else the smallest). Only whole lines are kept,
    so no glyph is cut at the box's edge. ``runs_for(size)`` gives the runs in that size. When not
    even one line of the smallest size fits ``max_height``, that one line is returned: the caller
    checks ``height`` and leaves the block out. A block's role is ``role``, else its size."""
    tried: list[TextBlock] = []
    for size in sizes:
        runs = runs_for(size)
        block = text(runs, width, max_lines=max_lines, role=role or size, align=align)
        if max_height is not None and block.height > max_height + 0.5:
            lines = lines_within(block, max_height)
            if lines == 0:
                continue
            block = text(runs, width, max_lines=lines, role=role or size, align=align)
        if not block.elided and not block.broken_words:
            return block
        tried.append(block)
    if not tried:
        return text(runs_for(sizes[-1]), width, max_lines=1, role=role or sizes[-1], align=align)
    return next((b for b in tried if not b.broken_words), tried[-1])


def elided(line: str, font: QFont, width: float) -> str:
    """``line`` in ``font`` within ``width``: whole, or its longest start that fits with … after it
    (Qt's ``QFontMetricsF.elidedText`` takes an enum of its namespace: see Align)."""
    metrics = QFontMetricsF(font)
    if metrics.horizontalAdvance(line) <= width:
        return line
    low, high = 0, len(line) - 1
    while low < high:
        mid = (low + high + 1) // 2
        if metrics.horizontalAdvance(line[:mid] + ELLIPSIS) <= width:
            low = mid
        else:
            high = mid - 1
    return line[:low] + ELLIPSIS


def ink_rect(block: TextBlock) -> QRectF:
    """Where the glyphs of a laid-out block actually are (alignment included)."""
    if block.layout is None or block.layout.lineCount() == 0:
        return QRectF(block.rect.topLeft(), block.rect.topLeft())
    rect = QRectF()
    for index in range(block.layout.lineCount()):
        rect = rect.united(block.layout.lineAt(index).naturalTextRect())
    return rect.translated(block.rect.topLeft())
