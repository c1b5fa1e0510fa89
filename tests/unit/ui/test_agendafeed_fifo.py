"""The running kiosk's agenda replaced by a FIFO (ui.agendafeed.AgendaFeed): refused at once, the last
good agenda stays, and the next real file is taken."""

from __future__ import annotations

import logging
import os
import time

import pytest

from conftest import AGENDA_PATH
from kiosk.loader import load_agenda


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_fifo_swapped_in_for_the_running_agenda_is_refused_and_the_last_good_one_stays(qtbot, tmp_path, caplog):
    from ui.agendafeed import AgendaFeed
    caplog.set_level(logging.INFO, logger="kiosk")
    path = tmp_path / "agenda.json"
    path.write_bytes(AGENDA_PATH.read_bytes())
    good = load_agenda(path)
    feed = AgendaFeed(str(path), good)
    fifo = tmp_path / "incoming"
    os.mkfifo(fifo)
    os.replace(fifo, path)  # as an editor's rename would: the agenda is now a FIFO with no writer
    started = time.monotonic()
    qtbot.waitUntil(lambda: feed.problem is not None, timeout=5000)  # the watcher or the poll sees it
    assert time.monotonic() - started < 5
    assert feed.agenda is good
    assert feed.problem == "file: is a pipe (FIFO), not a file (still showing the last good agenda)"
    assert f"agenda rejected: {path}: file: is a pipe (FIFO), not a file" in caplog.text
    os.unlink(path)
    path.write_bytes(AGENDA_PATH.read_bytes().replace(b'"Coffee break"', b'"Tea break"', 1))
    qtbot.waitUntil(lambda: feed.problem is None, timeout=5000)
    assert feed.agenda is not good and "Tea break" in [str(i.title) for i in feed.agenda.items]
