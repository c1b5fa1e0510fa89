"""The log file: one per screen, rotation shared safely by several processes, and a disk that
refuses writes said once, not once per line. Real files, real processes, real write errors."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT, run_kiosk
from kiosk.logs import SharedRotatingFileHandler, default_log_file, setup_logging


def lines_of(folder: Path, name: str = "kiosk.log") -> list[str]:
    """Every line in a log and its backups, oldest backup first: the order they were written."""
    files = [(int(p.name[len(name) + 1:]) if p.name != name else 0, p) for p in folder.iterdir()
             if p.name == name or p.name.startswith(name + ".") and p.name[len(name) + 1:].isdigit()]
    return [line for _, path in sorted(files, key=lambda f: -f[0])
            for line in path.read_text(encoding="utf-8").splitlines()]


def handler(path: Path, max_bytes: int = 2000, backups: int = 100, notes=None) -> SharedRotatingFileHandler:
    h = SharedRotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups, notes=notes)
    h.setFormatter(logging.Formatter("%(message)s"))
    return h


def record(message: str) -> logging.LogRecord:
    return logging.makeLogRecord({"name": "kiosk", "levelno": logging.INFO, "levelname": "INFO", "msg": message})


# --- one file per screen -----------------------------------------------------------------------

@pytest.fixture
def kiosk_logger():
    """setup_logging changes the kiosk's logger: put its handlers back afterwards."""
    logger = logging.getLogger("kiosk")
    before, level = list(logger.handlers), logger.level
    yield logger
    for h in list(logger.handlers):
        logger.removeHandler(h)
        if h not in before:
            h.close()
    for h in before:
        logger.addHandler(h)
    logger.setLevel(level)


def test_each_screen_has_its_own_log_file_by_default(tmp_path, monkeypatch, kiosk_logger):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert default_log_file(0).name == "kiosk.log" and default_log_file().name == "kiosk.log"
    assert default_log_file(1).name == "kiosk-screen1.log" and default_log_file(1).parent == default_log_file(0).parent
    assert setup_logging(None, io.StringIO(), screen=2) == default_log_file(2)
    kiosk_logger.info("hello from screen 2")
    assert "hello from screen 2" in default_log_file(2).read_text()
    assert default_log_file(2).parent == tmp_path / "lobby-kiosk" / "log"


def test_a_kiosk_on_screen_1_writes_its_own_file(tmp_path):
    result = run_kiosk("--windowed", "--screen", "1", "--agenda", str(tmp_path / "missing.json"),
                       env={"XDG_STATE_HOME": str(tmp_path), "KIOSK_CONFIG_DIR": str(tmp_path)})
    assert result.returncode == 2 and "file: not found" in result.stderr
    folder = tmp_path / "lobby-kiosk" / "log"
    assert (folder / "kiosk-screen1.log").exists() and not (folder / "kiosk.log").exists()


# --- one file, several writers -----------------------------------------------------------------

def test_two_writers_on_one_file_lose_no_line_at_rollover(tmp_path):
    """Two handlers stand for two kiosks: each has its own open file and its own idea of it."""
    path, notes = tmp_path / "kiosk.log", io.StringIO()
    first, second = handler(path, notes=notes), handler(path, notes=notes)
    sent = []
    for n in range(600):
        line = f"line {n:04d} from {'first' if n % 3 else 'second'} " + "x" * 20
        (first if n % 3 else second).handle(record(line))
        sent.append(line)
    first.close()
    second.close()
    # every line once, and in the order written: the old RotatingFileHandler went on writing into
    # the file the other had renamed away, so the backups came out of order
    assert lines_of(tmp_path) == sent
    backups = [p for p in tmp_path.iterdir() if p.name.startswith("kiosk.log.") and p.suffix != ".lock"]
    assert len(backups) > 10 and min(p.stat().st_size for p in backups) > 2000 * 0.9  # whole files
    assert notes.getvalue() == ""


def test_a_file_renamed_or_deleted_under_the_writer_is_reopened(tmp_path):
    path = tmp_path / "kiosk.log"
    h = handler(path, max_bytes=0)
    h.handle(record("one"))
    path.rename(tmp_path / "moved.log")
    h.handle(record("two"))
    path.unlink()
    h.handle(record("three"))
    h.close()
    assert path.read_text().splitlines() == ["three"]
    assert (tmp_path / "moved.log").read_text().splitlines() == ["one"]


WRITER = textwrap.dedent("""
    import logging, sys
    from kiosk.logs import SharedRotatingFileHandler
    path, who, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    handler = SharedRotatingFileHandler(path, maxBytes=3000, backupCount=1000, notes=sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("writer")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    print("ready", flush=True)
    sys.stdin.readline()  # both start writing together
    for n in range(count):
        log.info("%s %05d %s", who, n, "y" * 30)
""")


def test_two_processes_on_one_file_lose_no_line_at_rollover(tmp_path):
    path, count = tmp_path / "kiosk.log", 3000
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), who, str(count)], cwd=ROOT,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for who in ("a", "b")]
    for writer in writers:
        assert writer.stdout.readline() == "ready\n"
    for writer in writers:
        writer.stdin.write("go\n")
        writer.stdin.flush()
    errors = [writer.communicate(timeout=120)[1] for writer in writers]
    assert [w.returncode for w in writers] == [0, 0] and errors == ["", ""]
    written = lines_of(tmp_path)
    expected = [f"{who} {n:05d} {'y' * 30}" for who in ("a", "b") for n in range(count)]
    assert sorted(written) == expected  # every line of both, once
    for who in ("a", "b"):  # and each process's lines in the order it wrote them
        mine = [line for line in written if line.startswith(who)]
        assert mine == sorted(mine)
    assert len([p for p in tmp_path.iterdir() if p.name.startswith("kiosk.log.")]) > 50


# --- a disk that refuses writes ----------------------------------------------------------------

FULL = textwrap.dedent("""
    import logging, os, resource, signal, sys
    from kiosk.logs import setup_logging
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing
    setup_logging(sys.argv[1], sys.stderr)
    log = logging.getLogger("kiosk.test")
    log.info("before the limit")
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    limit = os.path.getsize(sys.argv[1]) + 20  # the next line is cut after 20 bytes, then nothing more
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    for n in range(50):
        log.info("refused line %d", n)
    print("--- limit lifted", file=sys.stderr, flush=True)
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    log.info("after the limit")
    log.info("and once more")
""")


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_log_that_cannot_be_written_is_said_once_and_again_when_it_recovers(tmp_path):
    path = tmp_path / "kiosk.log"
    done = subprocess.run([sys.executable, "-c", FULL, str(path)], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    said = done.stderr.splitlines()
    assert said == [
        f"kiosk: cannot write the log file {path} (the file is larger than this system allows); "
        "the kiosk carries on and will say when the log works again",
        "--- limit lifted",
        f"kiosk: the log file {path} works again (50 line(s) lost: the file is larger than this system allows)",
    ], done.stderr
    lines = path.read_text().splitlines()
    assert lines[0].endswith(" INFO before the limit") and not any("refused line 1" in line for line in lines)
    assert len(lines[1]) == 20  # the line cut by the limit stays alone: the next one starts on its own line
    assert lines[2].endswith(" WARNING log: 50 line(s) could not be written (the file is larger than this "
                             "system allows)")
    assert lines[3].endswith(" INFO after the limit") and lines[4].endswith(" INFO and once more")
    assert len(lines) == 5


def test_a_full_disk_is_said_in_plain_words(tmp_path):
    """ENOSPC cannot be made for real here (no tiny file system to fill): a handler whose file
    refuses every write as a full disk does stands in, through the same code as above."""
    import errno

    class FullDisk(io.StringIO):
        def write(self, text):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    class OnAFullDisk(SharedRotatingFileHandler):
        def _open(self):
            return FullDisk()

    notes = io.StringIO()
    h = OnAFullDisk(tmp_path / "kiosk.log", maxBytes=0, notes=notes)
    for n in range(20):
        h.handle(record(f"lost {n}"))
    assert notes.getvalue().splitlines() == [
        f"kiosk: cannot write the log file {tmp_path / 'kiosk.log'} (the disk is full); the kiosk carries on "
        "and will say when the log works again"]
    assert h.lost == 20
