"""The kiosk's ``--export-schedule-json`` against voc/schedule's own JSON schema, formats checked.

The schema is voc/schedule's ``validator/json/schema.json`` (tests/data/formats/real/ORIGINS.md).
jsonschema checks the ``uri`` and ``date-time`` formats only with rfc3986-validator and
rfc3339-validator installed (test dependencies); without them every address would pass.
"""

from __future__ import annotations

import json

import jsonschema
import pytest

from conftest import AGENDA_PATH, DATA, run_kiosk
from kiosk.formats.schedule_json import export
from kiosk.loader import load_agenda, parse_agenda

REAL = DATA / "formats" / "real"
SCHEMA = json.loads((REAL / "c3voc-schedule.schema.json").read_text("utf-8"))


def c3voc_problems(document: dict) -> list[str]:
    checker = jsonschema.Draft6Validator.FORMAT_CHECKER
    validator = jsonschema.Draft6Validator(SCHEMA, format_checker=checker)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]


def test_the_format_checks_are_really_on():
    """The failures the issue found are found by this validator (so a pass below means something)."""
    checker = jsonschema.Draft6Validator.FORMAT_CHECKER
    assert {"uri", "date-time"} <= set(checker.checkers), "install the test extras (rfc3986/rfc3339 validators)"
    document = export(load_agenda(AGENDA_PATH))
    document["schedule"]["conference"]["acronym"] = "5th-almaty-process-som"
    document["schedule"]["conference"]["time_zone_name"] = "Etc/GMT-1"
    document["schedule"]["conference"]["days"][0]["rooms"]["Orion Hotel"][0]["url"] = ""
    document["schedule"]["conference"]["days"][0]["rooms"]["Orion Hotel"][1]["date"] = "2018-09-27 12:30"
    found = c3voc_problems(document)
    assert len(found) == 4, found
    assert any("acronym" in p for p in found) and any("time_zone_name" in p for p in found)
    assert any("is not a 'uri'" in p for p in found) and any("is not a 'date-time'" in p for p in found)


def test_the_bundled_agenda_exports_valid_with_its_adjustments(tmp_path):
    document = json.loads(AGENDA_PATH.read_text("utf-8"))
    document["adjustments"] = [{"delay": 15, "from": "d1-emergency-tajikistan"},
                               {"cancel": "d1-photo", "note": "Postponed to Friday"}]
    source = tmp_path / "agenda.json"
    source.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    out = tmp_path / "schedule.json"
    result = run_kiosk("--export-schedule-json", str(out), "--agenda", str(source))
    assert result.returncode == 0, result.stderr
    exported = json.loads(out.read_text("utf-8"))
    assert c3voc_problems(exported) == []
    conference = exported["schedule"]["conference"]
    assert conference["acronym"] == "5th_almaty_process_som" and conference["time_zone_name"] == "Asia/Bishkek"
    events = [e for day in conference["days"] for room in day["rooms"].values() for e in room]
    assert len(events) == 19 and all(e["url"].startswith("urn:uuid:") for e in events)


def test_a_fixed_offset_zone_exports_valid_without_a_zone_name(minimal_doc):
    minimal_doc["timezone"] = "Etc/GMT-6"
    minimal_doc["event"]["short_name"] = "SOM"            # shorter than c3voc's acronyms
    minimal_doc["event"]["url"] = "https://example.org/sommet/Алматы"   # not ASCII: escaped
    agenda = parse_agenda(json.dumps(minimal_doc).encode(), "agenda.json")
    document = export(agenda)
    assert c3voc_problems(document) == []
    conference = document["schedule"]["conference"]
    assert "time_zone_name" not in conference and conference["acronym"] == "som_event"
    assert conference["url"] == "https://example.org/sommet/%D0%90%D0%BB%D0%BC%D0%B0%D1%82%D1%8B"
    first = conference["days"][0]["rooms"]["Hall"][0]
    assert first["date"] == "2018-09-27T09:00:00+06:00" and first["url"] == conference["url"]
    # the offsets alone bring the same zone back
    assert load_agenda_bytes(document).timezone.key == "Etc/GMT-6"


def load_agenda_bytes(document: dict):
    return parse_agenda(json.dumps(document).encode(), "schedule.json")


@pytest.mark.parametrize("name", ["frab-camp2019-excerpt.json", "pretalx-rc3-channels-2020-excerpt.json",
                                  "pretalx-democon.json", "wafer-debconf23-excerpt.xml", "frab-31c3-excerpt.xml"])
def test_real_exports_export_valid(name):
    agenda = load_agenda(REAL / name)
    document = export(agenda)
    assert c3voc_problems(document) == []
    events = [e for day in document["schedule"]["conference"]["days"] for room in day["rooms"].values() for e in room]
    assert len(events) == len(agenda.items)
