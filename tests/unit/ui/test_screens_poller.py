"""The screens window against a screen that never answers: nothing blocks, and closing the window
drops the requests under way (no answer can arrive at a window that has gone)."""

from __future__ import annotations

import socket

from kiosk.fleet import NOT_ANSWERING


def test_a_silent_screen_blocks_nothing_and_closing_drops_its_requests(qtbot):
    from ui.screens import poller as poller_module
    from ui.screens.window import ScreensWindow
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # connections are taken by the system and never answered
    refused = socket.socket()
    refused.bind(("127.0.0.1", 0))  # bound, not listening: connections are refused at once
    try:
        window = ScreensWindow([f"http://127.0.0.1:{silent.getsockname()[1]}",
                                f"http://127.0.0.1:{refused.getsockname()[1]}"], "t" * 20, refresh_s=60)
        qtbot.addWidget(window)
        window.show()
        window.start()
        silent_tile, refused_tile = window.tiles
        qtbot.waitUntil(lambda: refused_tile.marks == [NOT_ANSWERING], timeout=10000)
        assert silent_tile.poller._pending  # still waiting (up to its timeout), the window meanwhile alive
        assert poller_module.TIMEOUT_MS == 5000
        window.close()
        assert not silent_tile.poller._pending and not window.timer.isActive()
    finally:
        silent.close()
        refused.close()
