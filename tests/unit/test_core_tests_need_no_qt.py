"""The core's tests (tests/unit/kiosk) run with no Qt at all: PySide6 cannot be imported, pytest-qt is
off. A core test that needs a QApplication, or that imports the views, fails here."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT

NO_QT = """
import sys
for name in ("PySide6", "shiboken6", "qtawesome", "ui"):
    sys.modules[name] = None  # `import PySide6` (or ui) now raises ImportError
import pytest
sys.exit(pytest.main(sys.argv[1:]))
"""


@pytest.mark.slow
def test_the_core_tests_pass_without_qt():
    result = subprocess.run([sys.executable, "-c", NO_QT, "-q", "-p", "no:cacheprovider", "-p", "no:pytest-qt",
                             "-W", "ignore:Unknown config option:pytest.PytestConfigWarning",  # qt_api
                             "-m", "not slow", "tests/unit/kiosk"],
                            capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout.splitlines()[-1] and "error" not in result.stdout.splitlines()[-1]
