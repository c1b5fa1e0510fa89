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


# where the dynamic loader looks when nothing else is configured (Debian's multiarch first)
_MULTIARCH = getattr(sys.implementation, "_multiarch", "")
LIBRARY_DIRS = (f"/usr/lib/{_MULTIARCH}", f"/lib/{_MULTIARCH}", "/usr/lib64", "/lib64", "/usr/lib", "/lib",
                "/usr/local/lib")


def on_disk(soname: str, environ=os.environ, dirs=LIBRARY_DIRS) -> bool:
    """Whether ``soname`` is a file in ``LD_LIBRARY_PATH`` or a folder the loader searches by
    default: a few file checks, where asking the loader costs the start ~6 ms (importing ctypes)."""
    folders = [d for d in environ.get("LD_LIBRARY_PATH", "").split(":") if d] + list(dirs)
    return any(os.path.isfile(os.path.join(folder, soname)) for folder in folders)


def loads(soname: str) -> bool:
    """Whether the system's dynamic loader finds and loads ``soname``, as it will for Qt a moment
    later. ``ctypes.util.find_library`` would ask ``ldconfig -p`` in a new process for each library."""
    import ctypes
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def found(soname: str) -> bool:
    """On disk where the loader looks by default, else whatever the loader itself says (its cache
    may name other folders): only a library that is really missing costs the slow answer."""
    return on_disk(soname) or loads(soname)


def missing_packages(loadable=found) -> list[str]:
    return [package for soname, package in XCB_LIBRARIES.items() if not loadable(soname)]


def window_problems(environ=os.environ, platform=sys.platform, loadable=found) -> list[str]:
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
