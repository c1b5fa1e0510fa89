"""The check before a real window opens: which system libraries Qt's screen plugin cannot load."""

import ctypes.util

import pytest

from kiosk.preflight import XCB_LIBRARIES, loads, missing_packages, window_problems


def test_a_library_the_loader_cannot_find_is_named_by_its_package():
    assert missing_packages(lambda soname: soname != "libxcb-cursor.so.0") == ["libxcb-cursor0"]
    problems = window_problems({"DISPLAY": ":0"}, "linux", lambda soname: soname not in ("libGL.so.1", "libEGL.so.1"))
    assert problems == ["The screen needs system libraries that are missing. Install them with:\n"
                        "    sudo apt-get install -y libegl1 libgl1"]


def test_the_real_loader_answers_for_present_and_absent_libraries():
    assert not loads("libnot-a-real-library-kiosk.so.7")
    present = ctypes.util.find_library("c")
    assert present and loads(present)


@pytest.mark.skipif(any(ctypes.util.find_library(s.split(".so")[0][3:]) is None for s in XCB_LIBRARIES),
                    reason="this machine lacks some of the screen plugin's libraries")
def test_on_a_machine_with_them_nothing_is_missing():
    assert missing_packages() == []
    assert window_problems({"DISPLAY": ":0"}, "linux") == []
