"""Text layout (ui.textlayout) of hostile text: a line break inside a paragraph is shown as one."""

from __future__ import annotations


def test_a_line_break_in_a_paragraph_is_shown_as_one():
    from PySide6.QtGui import QColor, QFont

    from ui.textlayout import Run, text
    font = QFont()
    one = text(Run("First line second line", font, QColor("white")), 2000)
    two = text(Run("First line\nsecond line", font, QColor("white")), 2000)
    assert (one.lines, two.lines) == (1, 2)
