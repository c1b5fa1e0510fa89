"""`make bench` keeps working: its script, run once on tiny inputs (--quick), prints every row.

The live rows need Xvfb and libX11/libXtst (`.ci/run` installs them); without them the test is
skipped with that reason, since the bench itself refuses to run.

Only the shape of the output is checked here, never a timing: figures of a quick run on a busy
test machine mean nothing, and the budgets are `make bench`'s business.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import ROOT

# Every row the table must have (a cell-start of its first column), in order.
ROWS = [
    "Baseline: bare PySide6 window",
    "Baseline: its RSS 10 s after the launch",
    "First paint: the live kiosk",
    "RSS of the live kiosk 10 s after the launch",
    "First tap → browser on the screen",
    "A later tap (after Home) → browser on the screen",
    "Top-left corner held 3 s → keypad on the screen",
    "Peak RSS over a whole-event replay",
    "RSS growth after the first round of each screen",
    "Idle CPU of the live display",
    "Idle CPU of a quiet screen",
    "Clean stop on SIGTERM",
    "Secondary: `kiosk --screenshot`",
    "Secondary: peak RSS of that screenshot process",
    "State change",
    "Programme scroll: viewport repaint while flicking, p50",
    "Programme scroll: viewport repaint while flicking, p95",
    "Scale, 1,000 items: programme scroll p95",
    "Scale, 1,000 items: `kiosk --check`",
    "Scale, 1,000 items: `kiosk --screenshot`",
    "Scale, 1,000 items: peak RSS of that screenshot",
    "Scale, 1,000 items: browser opens",
    "`state_at`, 10 items",
    "`state_at`, 100 items",
    "`state_at`, 1,000 items",
    "`state_at`, 10,000 items",
    "`state_at` growth",
]
NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?( (s|ms|µs|MB|%)|×)?$")


sys.path.insert(0, str(ROOT / "benchmarks"))
from xscreen import available  # noqa: E402

NO_X_SERVER = available()


@pytest.mark.slow
@pytest.mark.skipif(NO_X_SERVER is not None, reason=f"the live rows run on a real X server: {NO_X_SERVER}")
def test_quick_bench_prints_every_row_with_numbers(tmp_path):
    out = tmp_path / "bench.md"
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--quick", "--launches", "2",
                             "--out", str(out)], capture_output=True, text=True, cwd=ROOT, timeout=150)
    # 1 is a failed budget: a verdict on this machine, not a broken script.
    assert result.returncode in (0, 1), result.stderr
    assert out.read_text(encoding="utf-8") in result.stdout
    assert "Measured on: " in result.stdout and "cores" in result.stdout

    lines = [line for line in result.stdout.splitlines() if line.startswith("| ")]
    assert lines[0].startswith("| Measure | Value | × baseline | Budget | Result |")
    assert lines[1].startswith("| --- |")
    table = [[cell.strip() for cell in line.strip("|").split(" | ")] for line in lines[2:]]
    assert len(table) == len(ROWS) and [row[0][:len(name)] for row, name in zip(table, ROWS, strict=True)] == ROWS

    verdicts = []
    for what, value, ratio, budget, verdict, _notes in table:
        assert NUMBER.match(value), f"{what}: no number in {value!r}"
        assert ratio == "—" or NUMBER.match(ratio), f"{what}: no ratio in {ratio!r}"
        if budget:
            assert verdict in ("PASS", "**FAIL**"), f"{what}: budget {budget} without a verdict"
            verdicts.append(verdict)
    assert len(verdicts) == 14  # every budget is checked (idle twice: a busy and a quiet minute)
    first_paints = [notes for what, *_, notes in table if "launch → content on the screen" in what]
    assert len(first_paints) == 2 and all(len(notes.split(", ")) == 2 for notes in first_paints)  # 1 full run + 1
    whole = [notes for what, *_, notes in table if "whole process" in what]
    assert len(whole) == 3 and all(notes.split(";")[0].count(", ") == 1 for notes in whole)  # 2 launches each
    assert (result.returncode == 1) == ("**FAIL**" in verdicts)
    assert "budget(s) failed" in result.stderr


def test_packaged_must_name_a_built_executable(tmp_path):
    """--packaged times the executable staff run; a wrong path is said plainly before any run."""
    missing = tmp_path / "dist" / "kiosk" / "kiosk"
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--packaged", str(missing)],
                            capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 2
    assert result.stderr == (f"bench: --packaged {missing}: no executable there "
                             "(make dist builds dist/kiosk/kiosk)\n")
