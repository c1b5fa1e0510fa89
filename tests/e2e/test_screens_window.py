"""Real kiosks (``kiosk --windowed`` processes, offscreen) with their status endpoint on, asked over
HTTP and watched by the office's ``--screens`` window (three kiosks, one with an older programme,
one stopped halfway)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from kiosk.fleet import NOT_ANSWERING, PROGRAMME_DIFFERS

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "venue-it-token-0123456789"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Kiosk:
    """A real kiosk process in a window (offscreen) at 16:10 on day 1, its status on a free port."""

    def __init__(self, folder: Path, agenda: dict):
        folder.mkdir()
        runtime = folder / "run"
        runtime.mkdir(mode=0o700)
        (folder / "agenda.json").write_text(json.dumps(agenda, ensure_ascii=False), encoding="utf-8")
        self.port = free_port()
        (folder / "kiosk.toml").write_text(f'status_port = {self.port}\nstatus_token = "{TOKEN}"\n'
                                           'status_address = "127.0.0.1"\n', encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime),
               "KIOSK_STATE_DIR": str(folder)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "--windowed", "--agenda", str(folder / "agenda.json"),
             "--at", "2018-09-27T16:10", "--log-file", str(folder / "kiosk.log")],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.address = f"http://127.0.0.1:{self.port}"

    def status(self) -> dict | None:
        request = urllib.request.Request(self.address + "/status", headers={"Authorization": f"Bearer {TOKEN}"})
        try:
            with urllib.request.urlopen(request, timeout=2) as reply:
                return json.loads(reply.read())
        except (OSError, urllib.error.URLError):
            return None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)
        self.process.stderr.close()


@pytest.fixture
def kiosks(tmp_path):
    agenda = json.loads((ROOT / "agenda.json").read_text(encoding="utf-8"))
    older = json.loads(json.dumps(agenda))
    # the programme as it was before the last change: the 16:30 session without its final title
    older["days"][0]["items"][-2]["title"] = {"en": "Emergency response preparedness (title to be confirmed)",
                                              "ru": "Готовность к чрезвычайным ситуациям (название уточняется)"}
    started = [Kiosk(tmp_path / "lobby-1", agenda), Kiosk(tmp_path / "lobby-2", agenda),
               Kiosk(tmp_path / "lobby-3", older)]
    yield started
    for kiosk in started:
        kiosk.stop()


def test_a_real_kiosk_answers_its_status(qtbot, kiosks):
    kiosk = kiosks[0]
    qtbot.waitUntil(lambda: kiosk.status() is not None, timeout=60000)
    document = kiosk.status()
    assert document["state"]["current"]["id"] == "d1-coffee"
    assert document["agenda"]["items"] == 19
    log = (kiosk.process.args[-1])
    assert "status endpoint on 127.0.0.1 port" in Path(log).read_text(encoding="utf-8")


def test_the_screens_window_marks_the_old_programme_and_the_stopped_screen(qtbot, kiosks, tmp_path):
    """Three kiosks, one with an older programme; the window shows each with its picture and the
    badge; one kiosk stopped halfway gets 'not answering', the others go on."""
    from ui.screens.window import ScreensWindow
    for kiosk in kiosks:
        qtbot.waitUntil(lambda kiosk=kiosk: kiosk.status() is not None, timeout=60000)
    window = ScreensWindow([k.address for k in kiosks], TOKEN, refresh_s=1.0)
    qtbot.addWidget(window)
    window.resize(1180, 560)
    window.show()
    window.start()
    tiles = window.tiles
    qtbot.waitUntil(lambda: all(t.poller.picture is not None and t.poller.report.answering for t in tiles),
                    timeout=30000)
    assert [t.marks for t in tiles] == [[], [], [PROGRAMME_DIFFERS]]
    assert tiles[0].state.text() == "Now: Coffee break\nNext at 16:30: Emergency response preparedness for " \
                                    "refugee situations: Case study of Tajikistan"
    assert tiles[0].poller.picture.width() == 960
    picture = os.environ.get("KIOSK_SCREENS_PICTURE")  # to look at it: where to save the window's picture
    window.grab().save(picture or str(tmp_path / "screens.png"))

    kiosks[1].stop()  # halfway: one screen goes away
    qtbot.waitUntil(lambda: NOT_ANSWERING in tiles[1].marks, timeout=30000)
    assert tiles[1].marks == [NOT_ANSWERING]
    assert tiles[1].state.text().startswith("No answer since ")
    assert tiles[0].marks == [] and tiles[2].marks == [PROGRAMME_DIFFERS]
    assert tiles[0].poller.report.answering and tiles[2].poller.report.answering
    if picture:
        window.grab().save(picture.replace(".png", "-stopped.png"))

    window.show_details(tiles[2])  # a click on a tile: its status in plain words
    words = window.details_text.text()
    assert "Other programme" in words and "Programme: 19 items from" in words
    assert f"Programme fingerprint: {kiosks[2].status()['agenda']['hash']}" in words
    window.show_details(tiles[1])
    assert window.details_text.text().startswith(f"Address: {kiosks[1].address}\nNot answering: ")
    window.details.close()
