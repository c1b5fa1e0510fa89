"""Before opening a real window on Linux: name the missing system libraries in plain words.

Without them Qt stops with "Could not load the Qt platform plugin "xcb"", which tells staff
nothing; this check says which Debian/Ubuntu packages to install instead.
"""

from __future__ import annotations

import os
import sys

# the library Qt's screen plugin (libQt6XcbQpa) and libQt6Gui link, by soname -> the Debian
# package that provides it
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
}


def loads(soname: str) -> bool:
    """Whether the system's dynamic loader finds and loads ``soname``, as it will for Qt a moment
    later (so loading it here costs nothing). ``ctypes.util.find_library`` would ask ``ldconfig -p``
    in a new process for each library, before the first frame."""
    import ctypes
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_packages(loadable=loads) -> list[str]:
    return [package for soname, package in XCB_LIBRARIES.items() if not loadable(soname)]


def window_problems(environ=os.environ, platform=sys.platform, loadable=loads) -> list[str]:
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
    packages = missing_packages(loadable)
    if packages:
        problems.append("The screen needs system libraries that are missing. Install them with:\n"
                        "    sudo apt-get install -y " + " ".join(packages))
    return problems
