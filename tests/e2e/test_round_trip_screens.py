"""The screens drawn from a round-tripped schedule.json are the very same pictures (issue 16, item 11):
the kiosk's own --screenshot of the adjusted bundled agenda and of its export read back."""

from __future__ import annotations

import json

import pytest

from conftest import AGENDA_PATH, run_kiosk


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    folder = tmp_path_factory.mktemp("round")
    document = json.loads(AGENDA_PATH.read_text("utf-8"))
    document["adjustments"] = [{"delay": 15, "from": "d1-emergency-tajikistan", "note": "Running late"},
                               {"cancel": "d1-photo", "note": "Postponed to Friday"}]
    original = folder / "agenda.json"
    original.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    exported = folder / "schedule.json"
    result = run_kiosk("--export-schedule-json", str(exported), "--agenda", str(original))
    assert result.returncode == 0, result.stderr
    return folder, original, exported


@pytest.mark.parametrize("at, extra", [("2018-09-27T16:50", ()), ("2018-09-28T19:30", ()),
                                       ("2018-09-27T16:50", ("--view", "programme")),
                                       ("2018-09-27T10:00", ("--lang", "ru"))])
def test_the_screens_are_the_same_pictures(both, at, extra):
    folder, original, exported = both
    pictures = []
    for source in (original, exported):
        out = folder / f"{source.stem}-{at[-5:].replace(':', '')}-{'-'.join(extra) or 'display'}.png"
        result = run_kiosk("--agenda", str(source), "--screenshot", str(out), "--at", at, "--size", "960x540",
                           *extra)
        assert result.returncode == 0, result.stderr
        pictures.append(out.read_bytes())
    assert len(pictures[0]) > 10_000 and pictures[0] == pictures[1]
