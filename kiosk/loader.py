"""The one loader: any file the kiosk reads as a programme, recognised by its content (never by its
name) and made a checked :class:`~kiosk.model.Agenda`.

An agenda.json is checked as it is; a frab / c3voc ``schedule.xml`` (root ``<schedule>``) or a
c3voc / pretalx ``schedule.json`` (a top-level ``"schedule"``; c3voc's newer "schema2" when it holds a
flat list ``"events"``) is first converted by
:mod:`kiosk.formats` to the kiosk's agenda document, and then goes through the same checks.
"""

from __future__ import annotations

import os
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.model import Agenda
from kiosk.problems import AgendaError, Problem
from kiosk.reading import parse_json, read_file
from kiosk.record import Record
from kiosk.validation import build_agenda

# What a file holds, told by its content.
AGENDA_JSON, SCHEDULE_XML, SCHEDULE_JSON = "agenda.json", "schedule.xml", "schedule.json"
SCHEDULE2_JSON = "schedule.json (c3voc schema2)"
KIOSK_FORMAT = AGENDA_JSON

# The zone for a conference file that names none (a FOSDEM / pentabarf export): ``--timezone`` or
# ``timezone`` in kiosk.toml, given once by the command for every load after it (reloads too).
_assumed_zone: ZoneInfo | None = None


def assume_zone(name: str | None) -> None:
    """Use the zone ``name`` (already checked by kiosk.zones) for files that name no zone; None: none."""
    global _assumed_zone
    from kiosk.zones import event_zone
    _assumed_zone = event_zone(name) if name else None


class Recognised(Record, frozen=True):
    """A file's content as the loader found it: which kind, and the parsed JSON (None for XML)."""

    kind: str
    document: Any = None


def looks_like_xml(data: bytes) -> bool:
    """Whether the bytes begin (after a BOM and white space) like XML."""
    return data[:3 + 1024].removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"<")


def recognise(data: bytes, source: str) -> Recognised:
    """What the bytes are: an agenda.json, a schedule.xml or a schedule.json (JSON parsed once)."""
    if looks_like_xml(data):
        return Recognised(SCHEDULE_XML)
    document = parse_json(data, source)
    if isinstance(document, dict) and "schedule" in document:
        schedule = document["schedule"]
        if isinstance(schedule, dict) and isinstance(schedule.get("events"), list):
            return Recognised(SCHEDULE2_JSON, document)
        return Recognised(SCHEDULE_JSON, document)
    return Recognised(AGENDA_JSON, document)


def _converted(found: Recognised, data: bytes, source: str, zone: ZoneInfo | None):
    """A conference format's file as the kiosk's agenda document (:class:`kiosk.formats.to_agenda.Converted`).

    The readers are imported here, when a file needs them: an agenda.json never pays for them.
    """
    from kiosk.formats.to_agenda import ASSUMED_ZONE
    token = ASSUMED_ZONE.set(zone)
    try:
        if found.kind == SCHEDULE_XML:
            from kiosk.formats import frab_xml
            return frab_xml.read(data, source)
        if found.kind == SCHEDULE2_JSON:
            from kiosk.formats import schedule2_json
            return schedule2_json.read(found.document, source)
        from kiosk.formats import schedule_json
        return schedule_json.read(found.document, source)
    except RecursionError:
        raise AgendaError(source, [Problem(
            "file", "is nested too deeply (elements inside elements, hundreds of levels)")]) from None
    finally:
        ASSUMED_ZONE.reset(token)


def convert(data: bytes, source: str, zone: ZoneInfo | None = None) -> tuple[dict, Agenda, str]:
    """Any supported file as the kiosk's agenda document, its checked agenda, and the format's name
    (``kiosk --convert``); AgendaError with every problem, located in the source's own terms.
    ``zone`` is for a conference file that names none (default: the one given to assume_zone)."""
    found = recognise(data, source)
    if found.kind == AGENDA_JSON:
        return found.document, build_agenda(found.document, source), KIOSK_FORMAT
    from kiosk.formats.to_agenda import build
    converted = _converted(found, data, source, zone or _assumed_zone)
    agenda = build(converted, source)
    if agenda.warnings:
        converted.document["$comment"] += (
            f" The source books a room twice ({len(agenda.warnings)} overlap{'s' * (len(agenda.warnings) > 1)}, listed "
            "by kiosk --check on the source): "
            "the kiosk shows both items of another tool's schedule, but refuses overlaps in agenda.json, where they "
            "are typing mistakes; fix them in this file (kiosk --check on it names each) before using it.")
    return converted.document, agenda, converted.format


def parse_agenda(data: bytes, source: str) -> Agenda:
    """An agenda from the bytes of any supported format; AgendaError with every problem."""
    return convert(data, source)[1]


def load_agenda(path: str | os.PathLike) -> Agenda:
    """The agenda in a file of any supported format; AgendaError when it cannot be used."""
    return parse_agenda(read_file(path), str(path))
