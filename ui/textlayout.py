"""Plain text laid out in a width: wrapped at word boundaries, never parsed as rich text.

Qt labels guess whether a string is HTML; the lobby screen never does. Everything on the
display is laid out here with ``QTextLayout`` from plain strings, so a title containing
``<img src=x>`` shows those characters.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextCharFormat, QTextLayout, QTextOption

ELLIPSIS = "…"
LINE_SPACING = 1.08  # a little air between wrapped lines; Inter's own leading is tight


@dataclass
class Run:
    """A stretch of text in one font and colour."""

    text: str
    font: QFont
    color: QColor


@dataclass
class TextBlock:
    """Laid-out text at a position; ``rect`` is where it is drawn."""

    runs: list[Run]
    width: float
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
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

    def at(self, x: float, y: float) -> "TextBlock":
        self.rect.moveTo(x, y)
        return self

    def paint(self, painter: QPainter) -> None:
        if self.layout is not None:
            self.layout.draw(painter, self.rect.topLeft())


def _layout(runs: list[Run], width: float, align) -> tuple[QTextLayout, int, float, int]:
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
    option = QTextOption(align)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    ranges, start = [], 0
    for run in runs:
        fmt = QTextCharFormat()
        # All properties, so a run does not inherit the first run's capitals or spacing.
        fmt.setFont(run.font, QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesAll)
        fmt.setForeground(run.color)
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
        line.setPosition(QPointF(0, y))
        end = line.textStart() + line.textLength()
        if 0 < end < len(text) and not text[end - 1].isspace() and not text[end].isspace() \
                and text[end - 1] not in "-–—/" and text[end - 1].isalnum() and text[end].isalnum():
            broken += 1
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
        total = sum(len(r.text) for r in runs)
        low, high = 1, total
        best = None
        while low <= high:  # longest prefix that fits in max_lines
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
LAID_OUT_MAX = 96  # a round of pages in either language (~80 blocks at 15:10)


def text(runs: list[Run] | Run, width: float, *, max_lines: int | None = None, role: str = "text",
         align=Qt.AlignmentFlag.AlignLeft) -> TextBlock:
    runs = [runs] if isinstance(runs, Run) else runs
    width = max(1.0, width)
    key = (tuple((r.text, r.font.key(), r.color.rgba()) for r in runs), width, max_lines, int(align.value))
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


def natural_width(value: str, font: QFont) -> float:
    return QFontMetricsF(font).horizontalAdvance(value)


def ink_rect(block: TextBlock) -> QRectF:
    """Where the glyphs of a laid-out block actually are (alignment included)."""
    if block.layout is None or block.layout.lineCount() == 0:
        return QRectF(block.rect.topLeft(), block.rect.topLeft())
    rect = QRectF()
    for index in range(block.layout.lineCount()):
        rect = rect.united(block.layout.lineAt(index).naturalTextRect())
    return rect.translated(block.rect.topLeft())
