"""The staff keypad's lock-out: it grows with each wrong PIN, survives a restart, no damaged file or clock opens it."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys

import pytest

from conftest import ROOT, T0
from kiosk.lockout import BASE_S, CAP_S, STATE_NAME, Lockout, State, lock_length, parse_state, state_dir


def wrong(lockout: Lockout, times: int = 1) -> State:
    """Wrong PINs, each typed once the lock before it is over; the last lock starts now."""
    for _ in range(times):
        lockout.clock.at += lockout.remaining()
        state = lockout.failure()
    return state


# --- the rule ---------------------------------------------------------------------------------------

def test_lock_lengths_grow_from_30_s_to_15_min():
    assert [lock_length(n) for n in range(1, 11)] == [0, 0, 30, 60, 120, 240, 480, 900, 900, 900]
    assert lock_length(10**9) == CAP_S  # no overflow however many


def test_each_wrong_pin_after_a_lock_doubles_it_up_to_the_cap(wall, state_file):
    lockout = Lockout(state_file, wall)
    assert wrong(lockout, 2).lock_s == 0 and lockout.remaining() == 0
    lengths = []
    for _ in range(7):
        state = lockout.failure()
        lengths.append(state.lock_s)
        assert lockout.remaining() == state.lock_s
        wall.at += state.lock_s - 1
        assert lockout.remaining() == 1 and lockout.failure() == state  # a wrong PIN while locked does not count
        wall.at += 1
        assert lockout.remaining() == 0
    assert lengths == [30, 60, 120, 240, 480, 900, 900]


def test_the_right_pin_starts_the_count_again(wall, state_file):
    lockout = Lockout(state_file, wall)
    wrong(lockout, 4)
    wall.at += 60
    lockout.success()
    assert lockout.state() == State() and json.loads(state_file.read_text())["failures"] == 0
    assert wrong(lockout, 2).lock_s == 0 and wrong(lockout).lock_s == BASE_S


# --- what survives ---------------------------------------------------------------------------------

def test_a_restart_finds_the_lock_where_it_was(wall, state_file):
    wrong(Lockout(state_file, wall), 4)  # locked for 1 min
    wall.at += 20
    again = Lockout(state_file, wall)  # a new process reads the same file
    assert again.remaining() == 40
    wall.at += 40
    assert again.failure().lock_s == 120  # the count went on: the 5th wrong PIN


def test_a_new_process_reads_the_lock_from_the_state_folder(wall, tmp_path):
    folder = tmp_path / "state"
    env = {**os.environ, "KIOSK_STATE_DIR": str(folder)}
    code = ("import sys; from kiosk.lockout import Lockout\n"
            "t = float(sys.argv[2]); lockout = Lockout(clock=lambda: t)\n"
            "for _ in range(int(sys.argv[1])): lockout.failure()\n"
            "print(lockout.remaining())")
    run = [sys.executable, "-c", code]
    first = subprocess.run(run + ["3", str(T0)], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert first.stdout.strip() == "30.0" and (folder / STATE_NAME).is_file()
    second = subprocess.run(run + ["0", str(T0 + 10)], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert second.stdout.strip() == "20.0"


def test_the_kiosks_of_one_pc_share_one_lock(wall, state_file):
    screen0, screen1 = Lockout(state_file, wall), Lockout(state_file, wall)
    wrong(screen0, 2)
    assert wrong(screen1).lock_s == BASE_S  # the third wrong PIN, typed on the other screen
    assert screen0.remaining() == BASE_S


def test_the_state_folder_is_the_users_unless_overridden(monkeypatch, tmp_path):
    monkeypatch.setenv("KIOSK_STATE_DIR", str(tmp_path))
    assert state_dir() == tmp_path and Lockout().path == tmp_path / STATE_NAME
    monkeypatch.delenv("KIOSK_STATE_DIR")
    assert state_dir().name == "lobby-kiosk"


# --- clocks set back ---------------------------------------------------------------------------------

def test_a_clock_set_back_neither_opens_nor_locks_for_good(wall, state_file, caplog):
    lockout = Lockout(state_file, wall)
    wrong(lockout, 5)  # locked for 2 min
    wall.at -= 365 * 86400  # the PC's clock is set back a year
    with caplog.at_level(logging.WARNING, "kiosk.staff"):
        assert lockout.remaining() == 120  # still locked, but for its own length from now
    assert "clock was set back" in caplog.text
    wall.at += 120
    assert lockout.remaining() == 0 and Lockout(state_file, wall).remaining() == 0


def test_a_hand_written_end_far_ahead_is_cut_to_its_length(wall, state_file):
    state_file.parent.mkdir()
    state_file.write_text(json.dumps({"failures": 8, "locked_until": T0 + 10**9, "lock_s": CAP_S}))
    assert Lockout(state_file, wall).remaining() == CAP_S


# --- damaged, missing or unusable state -------------------------------------------------------------

@pytest.mark.parametrize("content", [
    b"", b"{", b"\xff\xfe", b"[]", b"null", b'{"failures": 0}',
    b'{"failures": -1, "locked_until": 0, "lock_s": 0}',
    b'{"failures": true, "locked_until": 0, "lock_s": 0}',
    b'{"failures": 0, "locked_until": NaN, "lock_s": 0}',
    b'{"failures": 0, "locked_until": 0, "lock_s": 1e9}',
    b'{"failures": 0, "locked_until": 0, "lock_s": 0, "extra": 1}',
    b"[" * 100_000, b" " * 10_000 + b'{"failures": 0, "locked_until": 0, "lock_s": 0}',
], ids=lambda content: repr(content[:24]))
def test_a_damaged_state_counts_as_a_lock_never_as_open(wall, state_file, caplog, content):
    state_file.parent.mkdir()
    state_file.write_bytes(content)
    lockout = Lockout(state_file, wall)
    with caplog.at_level(logging.WARNING, "kiosk.staff"):
        assert lockout.remaining() == BASE_S
        assert lockout.remaining() == BASE_S  # counted once, said once
    assert caplog.text.count("is damaged") == 1
    assert parse_state(state_file.read_bytes()).lock_s == BASE_S  # replaced by a good one
    wall.at += BASE_S
    assert lockout.remaining() == 0 and wrong(lockout).lock_s == 60  # and the count goes on from there


def test_an_unwritable_state_folder_keeps_the_rule_in_memory(wall, tmp_path, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the state folder should be")
    lockout = Lockout(blocker / STATE_NAME, wall)
    with caplog.at_level(logging.WARNING, "kiosk.staff"):
        assert wrong(lockout, 3).lock_s == BASE_S and lockout.remaining() == BASE_S
        wall.at += BASE_S
        assert wrong(lockout).lock_s == 60
    assert caplog.text.count("kept in memory until the kiosk restarts") == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs as POSIX has them")
def test_a_fifo_in_place_of_the_state_is_not_waited_on(wall, state_file, caplog):
    state_file.parent.mkdir()
    os.mkfifo(state_file)
    lockout = Lockout(state_file, wall)
    with caplog.at_level(logging.WARNING, "kiosk.staff"):
        assert lockout.remaining() == 0 and wrong(lockout, 3).lock_s == BASE_S
    assert "cannot be read" in caplog.text


def test_writes_leave_no_temporary_files(wall, state_file):
    lockout = Lockout(state_file, wall)
    wrong(lockout, 3)
    lockout.success()
    assert [p.name for p in state_file.parent.iterdir()] == [STATE_NAME]
