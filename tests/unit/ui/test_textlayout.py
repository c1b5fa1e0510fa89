"""Text layout (ui.textlayout): a line break inside a paragraph is shown as one; right-aligned and
centred lines sit where Qt's own alignment puts them; an elided line is the longest start that fits."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QTextLayout, QTextOption

from ui.textlayout import ELLIPSIS, Run, elided, text

WORDS = st.sampled_from(["Opening", "session", "Центральной", "Азии", "15:10", "—", "IOM", "Kyrgyz", "a", "W"])


def test_a_line_break_in_a_paragraph_is_shown_as_one():
    from PySide6.QtGui import QColor, QFont

    from ui.textlayout import Run, text
    font = QFont()
    one = text(Run("First line second line", font, QColor("white")), 2000)
    two = text(Run("First line\nsecond line", font, QColor("white")), 2000)
    assert (one.lines, two.lines) == (1, 2)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(WORDS, min_size=1, max_size=8), width=st.floats(60, 900), size=st.integers(12, 90),
       align=st.sampled_from(["right", "center"]))
def test_aligned_lines_sit_where_qt_puts_them(qapp, words, width, size, align):
    font = QFont("Inter")
    font.setPixelSize(size)
    block = text(Run(" ".join(words), font, QColor("#FFFFFF")), width, align=align)
    qt_layout = QTextLayout(" ".join(words), font)
    flag = Qt.AlignmentFlag.AlignRight if align == "right" else Qt.AlignmentFlag.AlignHCenter
    option = QTextOption(flag)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    qt_layout.setTextOption(option)
    qt_layout.beginLayout()
    while (line := qt_layout.createLine()).isValid():
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0, 0))
    qt_layout.endLayout()
    assert block.layout.lineCount() == qt_layout.lineCount()
    for index in range(qt_layout.lineCount()):
        assert block.layout.lineAt(index).naturalTextRect().x() == qt_layout.lineAt(index).naturalTextRect().x()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(WORDS, min_size=1, max_size=6), width=st.floats(5, 400))
def test_an_elided_line_is_the_longest_start_that_fits(qapp, words, width):
    font = QFont("Inter")
    font.setPixelSize(24)
    metrics = QFontMetricsF(font)
    line = " ".join(words)
    cut = elided(line, font, width)
    if metrics.horizontalAdvance(line) <= width:
        assert cut == line
        return
    assert cut.endswith(ELLIPSIS) and line.startswith(cut[:-1])
    kept = len(cut) - 1
    assert kept == 0 or metrics.horizontalAdvance(cut) <= width
    assert metrics.horizontalAdvance(line[:kept + 1] + ELLIPSIS) > width  # one more does not fit
