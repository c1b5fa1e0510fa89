"""The core's import contracts (pyproject.toml, run by `lint-imports` in make test) hold, and they
would catch a cycle, a layer imported upwards, or Qt imported by the core."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

LINT_IMPORTS = str(Path(sys.executable).with_name("lint-imports"))


def lint_imports(cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run([LINT_IMPORTS, "--no-cache"], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120)


def test_the_import_contracts_hold():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize("module, line, broken", [
    # a lower layer importing a higher one: a cycle problems -> loader -> ... -> problems
    ("problems.py", "from kiosk import loader  # noqa", "The core's layers import downwards only"),
    # the formats depending on the loader (the cycle this layout removed)
    ("formats/to_agenda.py", "def _later():\n    from kiosk.loader import convert", "No import cycles inside the core"),
    # Qt in the core, even lazily
    ("schedule.py", "def _later():\n    import PySide6.QtCore", "The core (kiosk) never imports the Qt side"),
])
def test_the_contracts_catch_a_broken_layer(tmp_path, module, line, broken):
    for folder in ("kiosk", "ui"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    with open(tmp_path / "kiosk" / module, "a", encoding="utf-8") as handle:
        handle.write("\n\n" + line + "\n")
    result = lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout
    verdicts = [line for line in result.stdout.splitlines() if line.startswith(broken)]
    assert verdicts and " BROKEN" in verdicts[0], result.stdout  # its line in the summary: KEPT or BROKEN
