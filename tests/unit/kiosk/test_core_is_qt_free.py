"""The core never imports Qt: the command line's checks work without a GUI stack."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
import kiosk, kiosk.loader, kiosk.schedule, kiosk.clock, kiosk.cli, kiosk.model, kiosk.schema, kiosk.preflight
from kiosk.cli import main
main(["--check"]); main(["--print-state", "--at", "2018-09-27T16:10"])
bad = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6", "qtawesome", "qtpy")))
print("QT:" + ",".join(bad))
"""


def test_core_and_cli_checks_import_no_qt():
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "QT:"
