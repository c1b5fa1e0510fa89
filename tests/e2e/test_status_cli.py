"""The status endpoint's and ``--screens``' rules as the command line applies them (real subprocesses).
Real kiosks answering, and the screens window over them: tests/e2e/test_screens_window.py."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "venue-it-token-0123456789"


def run_kiosk(*args: str, cwd: Path = ROOT):
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)


def test_check_refuses_a_short_token(tmp_path):
    (tmp_path / "kiosk.toml").write_text('status_port = 8765\nstatus_token = "letmein"\n', encoding="utf-8")
    shutil.copy(ROOT / "agenda.json", tmp_path / "agenda.json")
    result = run_kiosk("--check", "--agenda", str(tmp_path / "agenda.json"))
    assert result.returncode == 2
    assert "status_token: is 7 characters; use at least 16" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_a_status_port_needs_a_token(tmp_path):
    shutil.copy(ROOT / "agenda.json", tmp_path / "agenda.json")
    result = run_kiosk("--windowed", "--status-port", "8765", "--agenda", str(tmp_path / "agenda.json"))
    assert result.returncode == 2
    assert "status_port is set but status_token is not" in result.stderr
    bad = run_kiosk("--status-port", "80", "--check")
    assert bad.returncode == 2 and "'80' is not a port number from 1024 to 65535" in bad.stderr


def test_screens_needs_screens_listed(tmp_path):
    (tmp_path / "kiosk.toml").write_text(f'status_token = "{TOKEN}"\n', encoding="utf-8")
    result = run_kiosk("--screens", "--config", str(tmp_path / "kiosk.toml"))
    assert result.returncode == 2 and "no screens are listed; add screens = [" in result.stderr
