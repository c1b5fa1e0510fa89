"""Before opening a real window on Linux: name the missing system libraries in plain words.

Without them Qt stops with "Could not load the Qt platform plugin "xcb"", which tells staff
nothing; this check says which Debian/Ubuntu packages to install instead.
"""

from __future__ import annotations

import ctypes.util
import os
import sys

# library soname stem -> Debian package that provides it
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
}


def missing_packages(find=ctypes.util.find_library) -> list[str]:
    return [package for lib, package in XCB_LIBRARIES.items() if find(lib) is None]


def window_problems(environ=os.environ, platform=sys.platform, find=ctypes.util.find_library) -> list[str]:
    """Plain-words reasons why a real window cannot open here, or [] when it can."""
    if platform != "linux":
        return []
    qpa = environ.get("QT_QPA_PLATFORM", "")
    if qpa and not qpa.startswith("xcb"):
        return []  # offscreen, wayland, eglfs …: Qt's own choice, not ours to second-guess
    problems = []
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        problems.append("There is no screen to show the kiosk on (DISPLAY is not set). "
                        "Start it from the desktop session of the lobby PC, or preview it with "
                        "'kiosk --screenshot out.png'.")
    packages = missing_packages(find)
    if packages:
        problems.append("The screen needs system libraries that are missing. Install them with:\n"
                        "    sudo apt-get install -y " + " ".join(packages))
    return problems
