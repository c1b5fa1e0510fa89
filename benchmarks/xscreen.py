"""Reading a real X server's screen and faking touches, from outside the measured process.

The bench starts its own Xvfb (1920×1080, 24-bit) and asks libX11 for a few small rectangles of
the root window: what is on the screen, whichever program drew it. XGetImage of a small area
takes well under a millisecond, so the screen can be polled every couple of milliseconds. Taps
and holds go through XTest (libXtst, what ``xdotool click`` and ``xdotool mousedown`` use), called
here directly so that the moment the button goes down or up is known to the microsecond instead
of "somewhere inside a child process".
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

ZPIXMAP = 2
ALL_PLANES = 0xFFFFFFFF


class _XImage(ctypes.Structure):
    """The start of Xlib's XImage: what is needed to read its pixels."""

    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.c_void_p), ("byte_order", ctypes.c_int),
                ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int), ("bitmap_pad", ctypes.c_int),
                ("depth", ctypes.c_int), ("bytes_per_line", ctypes.c_int), ("bits_per_pixel", ctypes.c_int),
                ("red_mask", ctypes.c_ulong), ("green_mask", ctypes.c_ulong), ("blue_mask", ctypes.c_ulong)]


def _library(name: str, soname: str):
    return ctypes.CDLL(ctypes.util.find_library(name) or soname)


def available() -> str | None:
    """Why the X-server measurements cannot run here, or None when they can."""
    if not shutil.which("Xvfb"):
        return "Xvfb is not installed (apt-get install xvfb)"
    for name, soname in (("X11", "libX11.so.6"), ("Xtst", "libXtst.so.6")):
        try:
            _library(name, soname)
        except OSError:
            return f"lib{name} is not installed"
    return None


@dataclass
class Region:
    """A rectangle of the screen's pixels, as read at one instant (32-bit BGRX rows)."""

    x: int
    y: int
    width: int
    height: int
    stride: int
    data: bytes

    def rgb(self, x: int, y: int) -> tuple[int, int, int]:
        """The colour at (x, y) in screen coordinates."""
        at = (y - self.y) * self.stride + (x - self.x) * 4
        blue, green, red = self.data[at], self.data[at + 1], self.data[at + 2]
        return red, green, blue

    def bright(self, level: int = 200) -> int:
        """How many pixels have red, green and blue all at ``level`` or more (light text on a dark
        background), counted at C speed: each byte becomes 1 or 0, then runs of three ones."""
        table = bytes(1 if value >= level else 0 for value in range(256))
        return self.data.translate(table).count(b"\x01\x01\x01")


class Screen:
    """A connection to one X display: read regions of its root window, press and release buttons."""

    def __init__(self, display: str):
        self.x11 = _library("X11", "libX11.so.6")
        self.xtst = _library("Xtst", "libXtst.so.6")
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x11.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x11.XGetImage.restype = ctypes.POINTER(_XImage)
        self.x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                                       ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        self.x11.XDestroyImage.argtypes = [ctypes.POINTER(_XImage)]
        self.x11.XFlush.argtypes = [ctypes.c_void_p]
        self.x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.xtst.XTestFakeMotionEvent.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int,
                                                   ctypes.c_ulong]
        self.xtst.XTestFakeButtonEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
        self.display = self.x11.XOpenDisplay(display.encode())
        if not self.display:
            raise OSError(f"cannot open the X display {display}")
        self.root = self.x11.XDefaultRootWindow(self.display)

    def close(self) -> None:
        if self.display:
            self.x11.XCloseDisplay(self.display)
            self.display = None

    def region(self, x: int, y: int, width: int, height: int) -> Region:
        image = self.x11.XGetImage(self.display, self.root, x, y, width, height, ALL_PLANES, ZPIXMAP)
        if not image:
            raise OSError("XGetImage failed")
        try:
            info = image.contents
            if info.bits_per_pixel != 32:
                raise OSError(f"expected a 32-bit screen image, got {info.bits_per_pixel} bits a pixel")
            data = ctypes.string_at(info.data, info.bytes_per_line * height)
            return Region(x, y, width, height, info.bytes_per_line, data)
        finally:
            self.x11.XDestroyImage(image)

    def rgb(self, x: int, y: int) -> tuple[int, int, int]:
        return self.region(x, y, 1, 1).rgb(x, y)

    # Touches: the mouse as a single-finger touch screen, as xdotool drives it.
    def move(self, x: int, y: int) -> None:
        self.xtst.XTestFakeMotionEvent(self.display, -1, x, y, 0)
        self.x11.XSync(self.display, 0)

    def button(self, down: bool) -> float:
        """Press or release the left button; the monotonic time at which the server had it."""
        self.xtst.XTestFakeButtonEvent(self.display, 1, 1 if down else 0, 0)
        self.x11.XSync(self.display, 0)
        return time.monotonic()

    def tap(self, x: int, y: int) -> float:
        """A short tap at (x, y); the time of the release (the kiosk acts on the release)."""
        self.move(x, y)
        self.button(True)
        return self.button(False)


def wait_for(screen: Screen, test, timeout: float, every: float = 0.002) -> float | None:
    """Poll ``test(screen)`` until it is true; the monotonic time of that poll, or None at the timeout."""
    deadline = time.monotonic() + timeout
    while True:
        if test(screen):
            return time.monotonic()
        if time.monotonic() > deadline:
            return None
        time.sleep(every)


class Xvfb:
    """A private X server, 1920×1080×24 with a black root window, stopped on close()."""

    def __init__(self, width: int = 1920, height: int = 1080):
        read, write = os.pipe()
        self.proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24",
                                      "-nolisten", "tcp", "-br", "-noreset"],
                                     pass_fds=(write,), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        os.close(write)
        number = b""
        with os.fdopen(read, "rb") as pipe:
            while not number.endswith(b"\n"):
                chunk = pipe.read(1)
                if not chunk:
                    break
                number += chunk
        if not number.strip():
            self.close()
            raise OSError("Xvfb did not start")
        self.display = ":" + number.decode().strip()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def save_root(display: str, path: Path) -> bool:
    """A picture of the whole screen (ImageMagick's import), for a human to look at; False without it."""
    if not shutil.which("import"):
        return False
    return subprocess.run(["import", "-display", display, "-window", "root", str(path)],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0
