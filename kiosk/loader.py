"""The one loader: any file the kiosk reads as a programme, recognised by its content (never by its
name) and made a checked :class:`~kiosk.model.Agenda`.

An agenda.json is checked as it is; a frab / c3voc ``schedule.xml`` (root ``<schedule>``) or a
c3voc / pretalx ``schedule.json`` (a top-level ``"schedule"``; c3voc's newer "schema2" when it holds a
flat list ``"events"``) is first converted by
:mod:`kiosk.formats` to the kiosk's agenda document, and then goes through the same checks.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from kiosk.model import Agenda
from kiosk.problems import AgendaError, Problem
from kiosk.reading import parse_json, read_file
from kiosk.validation import build_agenda

# What a file holds, told by its content.
AGENDA_JSON, SCHEDULE_XML, SCHEDULE_JSON = "agenda.json", "schedule.xml", "schedule.json"
SCHEDULE2_JSON = "schedule.json (c3voc schema2)"
KIOSK_FORMAT = AGENDA_JSON


@dataclass(frozen=True)
class Recognised:
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


def _converted(found: Recognised, data: bytes, source: str):
    """A conference format's file as the kiosk's agenda document (:class:`kiosk.formats.common.Converted`).

    The readers are imported here, when a file needs them: an agenda.json never pays for them.
    """
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


def convert(data: bytes, source: str) -> tuple[dict, Agenda, str]:
    """Any supported file as the kiosk's agenda document, its checked agenda, and the format's name
    (``kiosk --convert``); AgendaError with every problem, located in the source's own terms."""
    found = recognise(data, source)
    if found.kind == AGENDA_JSON:
        return found.document, build_agenda(found.document, source), KIOSK_FORMAT
    from kiosk.formats.common import build
    converted = _converted(found, data, source)
    return converted.document, build(converted, source), converted.format


def parse_agenda(data: bytes, source: str) -> Agenda:
    """An agenda from the bytes of any supported format; AgendaError with every problem."""
    return convert(data, source)[1]


def load_agenda(path: str | os.PathLike) -> Agenda:
    """The agenda in a file of any supported format; AgendaError when it cannot be used."""
    return parse_agenda(read_file(path), str(path))
