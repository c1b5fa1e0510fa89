"""The check before a real window opens: which system libraries Qt's screen plugin cannot load."""

import ctypes.util
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.preflight import XCB_LIBRARIES, found, loads, missing_packages, on_disk, window_problems


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


def test_a_library_on_disk_is_found_without_asking_the_loader(tmp_path):
    (tmp_path / "libkiosk-test.so.1").write_bytes(b"not loadable")
    assert on_disk("libkiosk-test.so.1", {"LD_LIBRARY_PATH": f"/nowhere:{tmp_path}"}, dirs=())
    assert not on_disk("libkiosk-test.so.1", {}, dirs=())
    assert not loads(str(tmp_path / "libkiosk-test.so.1"))  # on disk yet not loadable: the loader's word


def test_a_library_off_the_usual_folders_is_still_asked_of_the_loader():
    present = ctypes.util.find_library("c")
    assert not on_disk(present, {}, dirs=())
    assert found(present)  # the loader's cache knows it
    assert not found("libnot-a-real-library-kiosk.so.7")


@pytest.mark.skipif(not all(on_disk(s) for s in XCB_LIBRARIES), reason="some libraries are elsewhere here")
def test_where_every_library_is_on_disk_the_check_never_loads_ctypes():
    code = ("import sys; from kiosk.preflight import window_problems; "
            "assert window_problems({'DISPLAY': ':0'}, 'linux') == []; print('ctypes' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[3])
    assert out.stdout.strip() == "False"
