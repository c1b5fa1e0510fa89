"""The conference formats the kiosk speaks besides its own agenda.json.

Reading (on every load, by content, whatever the file's name): a frab / c3voc ``schedule.xml``
(root element ``<schedule>``) and a c3voc / pretalx ``schedule.json`` (a top-level
``"schedule"``). Each is converted to the kiosk's agenda document and goes through the same
loader as agenda.json, so it gets the same checks and located, plain-words problems.

Writing: :func:`kiosk.formats.ics.export` (iCalendar) and :func:`kiosk.formats.schedule_json.export`.
"""

from __future__ import annotations

from typing import Any

from kiosk.agenda import AgendaError, Problem, build_agenda, parse_json
from kiosk.formats.common import Converted, build
from kiosk.model import Agenda

KIOSK_FORMAT = "agenda.json"


def _guarded(read, data: Any, source: str) -> Converted:
    try:
        return read(data, source)
    except RecursionError:
        raise AgendaError(source, [Problem(
            "file", "is nested too deeply (elements inside elements, hundreds of levels)")]) from None


def convert_xml(data: bytes, source: str) -> Converted:
    from kiosk.formats import frab_xml
    return _guarded(frab_xml.read, data, source)


def convert_schedule_json(document: dict, source: str) -> Converted:
    from kiosk.formats import schedule_json
    return _guarded(schedule_json.read, document, source)


def agenda_from_xml(data: bytes, source: str) -> Agenda:
    return build(convert_xml(data, source), source)


def agenda_from_schedule_json(document: dict, source: str) -> Agenda:
    return build(convert_schedule_json(document, source), source)


def convert(data: bytes, source: str) -> tuple[dict, Agenda, str]:
    """Any supported file as the kiosk's agenda document, its checked agenda, and the format's name."""
    from kiosk.agenda import _looks_like_xml
    if _looks_like_xml(data):
        converted = convert_xml(data, source)
    else:
        document = parse_json(data, source)
        if not (isinstance(document, dict) and "schedule" in document):
            return document, build_agenda(document, source), KIOSK_FORMAT
        converted = convert_schedule_json(document, source)
    return converted.document, build(converted, source), converted.format
