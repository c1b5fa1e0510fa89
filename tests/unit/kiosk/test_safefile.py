"""Writing a user's file: whole or not at all, mode/owner/symlink kept, read-only refused, no leftovers.

Real files, real subprocesses; a failing write is a real one (RLIMIT_FSIZE makes write() fail with
EFBIG, as a full disk fails with ENOSPC). Every test holds as root and as an ordinary user.
"""

from __future__ import annotations

import os
import resource
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import AGENDA_PATH, ROOT, run_kiosk
from kiosk import safefile
from kiosk.safefile import Changed, ReadOnly, WriteError, clean_stale, write_file

ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".kiosk-" in p.name)


@pytest.mark.parametrize("bits", [0o644, 0o640, 0o600, 0o664])
def test_the_mode_of_the_file_is_kept(tmp_path, bits):
    path = tmp_path / "out.ics"
    path.write_bytes(b"old")
    path.chmod(bits)
    write_file(path, b"new")
    assert path.read_bytes() == b"new" and mode(path) == bits and leftovers(tmp_path) == []


def test_a_new_file_gets_the_usual_mode_not_0600(tmp_path):
    old = os.umask(0o022)
    try:
        write_file(tmp_path / "new.json", b"{}")
    finally:
        os.umask(old)
    assert mode(tmp_path / "new.json") == 0o644


@pytest.mark.skipif(not ROOT_USER, reason="only root may hand a file to another user")
def test_root_keeps_the_owner_and_group(tmp_path):
    path = tmp_path / "agenda.json"
    path.write_bytes(b"old")
    os.chown(path, 12345, 23456)
    path.chmod(0o640)
    write_file(path, b"new")
    st = path.stat()
    assert (st.st_uid, st.st_gid, mode(path), path.read_bytes()) == (12345, 23456, 0o640, b"new")


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "programme.ics"
    target.write_bytes(b"old")
    target.chmod(0o640)
    link = tmp_path / "programme.ics"
    link.symlink_to(Path("real") / "programme.ics")  # relative, as people make them
    write_file(link, b"new")
    assert link.is_symlink() and os.readlink(link) == str(Path("real") / "programme.ics")
    assert target.read_bytes() == b"new" and mode(target) == 0o640
    assert leftovers(tmp_path) == [] and leftovers(tmp_path / "real") == []


@pytest.mark.parametrize("bits", [0o444, 0o400, 0o440])
def test_a_read_only_file_is_refused_and_left_alone(tmp_path, bits):
    path = tmp_path / "out.ics"
    path.write_bytes(b"old")
    path.chmod(bits)
    before = path.stat()
    with pytest.raises(ReadOnly) as caught:
        write_file(path, b"new")
    assert str(caught.value) == f"{path} is read-only; nothing was written"
    after = path.stat()
    assert path.read_bytes() == b"old" and (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)
    assert leftovers(tmp_path) == []


def test_a_link_to_a_read_only_file_is_refused(tmp_path):
    target = tmp_path / "target.json"
    target.write_bytes(b"old")
    target.chmod(0o444)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    with pytest.raises(ReadOnly):
        write_file(link, b"new")
    assert target.read_bytes() == b"old" and link.is_symlink()


def test_a_folder_or_a_fifo_is_not_written_over(tmp_path):
    (tmp_path / "folder").mkdir()
    with pytest.raises(ReadOnly, match="is a folder, not a file; nothing was written"):
        write_file(tmp_path / "folder", b"x")
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(ReadOnly, match="is not a regular file; nothing was written"):
        write_file(tmp_path / "fifo", b"x")
    assert stat.S_ISFIFO((tmp_path / "fifo").stat().st_mode)


def test_a_missing_folder_is_said_plainly(tmp_path):
    with pytest.raises(WriteError) as caught:
        write_file(tmp_path / "missing" / "out.ics", b"x")
    assert str(caught.value) == f"cannot write {tmp_path / 'missing' / 'out.ics'} (No such file or directory); " \
                                "nothing was written"


def test_a_file_changed_since_it_was_read_is_not_replaced(tmp_path):
    path = tmp_path / "agenda.json"
    path.write_bytes(b"read")
    with pytest.raises(Changed):
        write_file(path, b"mine", expect=b"read", before_replace=lambda: path.write_bytes(b"theirs"))
    assert path.read_bytes() == b"theirs" and leftovers(tmp_path) == []
    write_file(path, b"mine", expect=b"theirs")
    assert path.read_bytes() == b"mine"


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_stale_temporary_files_are_removed_and_others_kept(tmp_path):
    dead = tmp_path / f".agenda.json.kiosk-{_dead_pid()}-0.tmp"
    old = tmp_path / f".agenda.json.kiosk-{os.getppid()}-3.tmp"     # a live process, but an hour old
    young = tmp_path / f".agenda.json.kiosk-{os.getppid()}-4.tmp"   # a live process writing right now
    strangers = [tmp_path / "agenda.json.tmp", tmp_path / ".agenda.json.kiosk-x.tmp", tmp_path / "notes.txt"]
    for path in [dead, old, young, *strangers]:
        path.write_bytes(b"partial")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    write_file(tmp_path / "agenda.json", b"{}")
    assert not dead.exists() and not old.exists()
    assert young.exists() and all(p.exists() for p in strangers)
    assert clean_stale(tmp_path, now=time.time() + safefile.STALE_AFTER_S + 1) == [young]


KILLED_WRITER = """
import sys
from kiosk.safefile import write_file
def wait():
    print("temporary file written", flush=True)
    sys.stdin.read()  # until killed
write_file(sys.argv[1], b"new " * 100_000, before_replace=wait)
"""


def test_a_writer_killed_mid_write_leaves_the_old_file_and_its_leftover_is_cleaned(tmp_path):
    path = tmp_path / "agenda.json"
    path.write_bytes(b"old")
    child = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(path)], cwd=ROOT,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline() == "temporary file written\n"
    assert leftovers(tmp_path) == [f".agenda.json.kiosk-{child.pid}-0.tmp"]
    child.kill()  # kill -9: no clean-up runs in the writer
    child.wait()
    child.stdout.close()
    child.stdin.close()
    assert path.read_bytes() == b"old" and len(leftovers(tmp_path)) == 1
    assert clean_stale(tmp_path) == [tmp_path / f".agenda.json.kiosk-{child.pid}-0.tmp"]
    assert leftovers(tmp_path) == [] and path.read_bytes() == b"old"


def _small_file_limit(limit: int):
    def apply():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # write() beyond it fails: EFBIG
    return apply


def _kiosk_limited(*args: str, limit: int) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120, preexec_fn=_small_file_limit(limit))


def test_a_failing_export_leaves_the_old_file_whole(tmp_path):
    out = tmp_path / "programme.ics"
    out.write_bytes(b"BEGIN:VCALENDAR old END:VCALENDAR")
    out.chmod(0o644)
    result = _kiosk_limited("--export-ics", str(out), "--agenda", str(AGENDA_PATH), limit=4096)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr == f"kiosk: cannot write {out} (File too large); nothing was written\n"
    assert out.read_bytes() == b"BEGIN:VCALENDAR old END:VCALENDAR" and leftovers(tmp_path) == []


def test_a_failing_screenshot_leaves_the_old_picture_whole(tmp_path):
    out = tmp_path / "day1.png"
    first = run_kiosk("--screenshot", str(out), "--at", "2018-09-27T16:12", "--size", "640x360")
    assert first.returncode == 0
    old = out.read_bytes()
    result = _kiosk_limited("--screenshot", str(out), "--at", "2018-09-28T09:45", "--size", "1280x720",
                            limit=len(old) // 2)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "File too large" in result.stderr and "nothing was written" in result.stderr
    assert out.read_bytes() == old and leftovers(tmp_path) == []


def test_exports_keep_a_0644_file_and_a_symlink(tmp_path):
    plain = tmp_path / "schedule.json"
    plain.write_bytes(b"old")
    plain.chmod(0o644)
    target = tmp_path / "published" / "programme.ics"
    target.parent.mkdir()
    target.write_bytes(b"old")
    target.chmod(0o664)
    link = tmp_path / "programme.ics"
    link.symlink_to(target)
    assert run_kiosk("--export-schedule-json", str(plain)).returncode == 0
    assert run_kiosk("--export-ics", str(link)).returncode == 0
    assert mode(plain) == 0o644 and plain.read_bytes().startswith(b"{")
    assert link.is_symlink() and mode(target) == 0o664 and target.read_bytes().startswith(b"BEGIN:VCALENDAR")


@pytest.mark.parametrize("command", [["--export-ics"], ["--export-schedule-json"], ["--convert", "IN"],
                                     ["--screenshot"]])
def test_every_command_refuses_a_read_only_file(tmp_path, command):
    out = tmp_path / ("out.png" if command == ["--screenshot"] else "out.txt")
    out.write_bytes(b"keep me")
    out.chmod(0o444)
    args = [str(AGENDA_PATH) if a == "IN" else a for a in command] + [str(out)]
    result = run_kiosk(*args)
    expected = f"{out} is read-only; nothing was written"
    assert result.returncode == 2 and expected in result.stderr and "Traceback" not in result.stderr
    assert out.read_bytes() == b"keep me" and mode(out) == 0o444
