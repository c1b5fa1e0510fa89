"""Asking the operating system to keep the screen on while the kiosk runs."""

from __future__ import annotations

import logging
import sys

log = logging.getLogger("kiosk")


class ScreenAwake:
    """freedesktop ScreenSaver.Inhibit over D-Bus on Linux, SetThreadExecutionState on Windows."""

    def __init__(self):
        self.cookie = None
        self.how = "none"

    def inhibit(self) -> str:
        if sys.platform == "win32":
            try:
                import ctypes
                ES_CONTINUOUS, ES_SYSTEM_REQUIRED, ES_DISPLAY_REQUIRED = 0x80000000, 0x1, 0x2
                ctypes.windll.kernel32.SetThreadExecutionState(ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED)
                self.how = "SetThreadExecutionState"
            except Exception as err:  # noqa: BLE001 - staff need the kiosk running regardless
                log.warning("could not ask Windows to keep the screen on: %s", err)
            return self.how
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface
        except ImportError:
            log.warning("screen blanking: D-Bus support missing; see the README for xset/OS settings")
            return self.how
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            log.warning("screen blanking: no D-Bus session; disable blanking in the OS (README: 'Screen stays on')")
            return self.how
        saver = QDBusInterface("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                               "org.freedesktop.ScreenSaver", bus)
        reply = saver.call("Inhibit", "lobby-kiosk", "showing the conference programme")
        arguments = reply.arguments()
        if arguments and isinstance(arguments[0], int):
            self.cookie, self.how = arguments[0], "org.freedesktop.ScreenSaver"
            log.info("screen blanking inhibited (org.freedesktop.ScreenSaver)")
        else:
            log.warning("screen blanking: no screensaver service answered; disable blanking in the OS "
                        "(README: 'Screen stays on')")
        return self.how

    def release(self) -> None:
        if self.cookie is None:
            return
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface
            QDBusInterface("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                           "org.freedesktop.ScreenSaver", QDBusConnection.sessionBus()).call("UnInhibit", self.cookie)
        finally:
            self.cookie = None
