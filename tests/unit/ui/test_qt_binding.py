"""The Qt binding itself must be sound enough to run for days (PySide6 6.12.0 on Python 3.11 was not)."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption


def test_void_calls_do_not_leak_references_to_none(qapp):
    font = QFont("Inter")
    layout = QTextLayout("hello", font)
    option = QTextOption(Qt.AlignmentFlag.AlignLeft)
    before = sys.getrefcount(None)
    for _ in range(2000):
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setCacheEnabled(True)
        font.setPixelSize(20)
    # Immortal None (3.12+) reports a huge constant; on 3.11 a leaky binding loses 6000 here.
    assert sys.getrefcount(None) - before > -100
