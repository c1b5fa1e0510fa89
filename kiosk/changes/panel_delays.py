"""What the staff panel writes into the agenda file: delays, as adjustments that survive a restart.

The file is the staff's: only its ``adjustments`` list changes, spliced into the text as it is
(:mod:`kiosk.jsonsplice`), so indentation, line endings, ``\\u`` escapes and key order stay byte for
byte. Every change is checked before it replaces the file: the file on disk must be a valid agenda
(else the checker's words, as ``kiosk --check`` says them), the new text must parse to exactly the
document meant, and the result must load. The write keeps the file's mode, owner and symlink
(:mod:`kiosk.safefile`). When someone saves the file between the panel's read and its write, the
change is made again on their version (a few times), or refused with "… changed meanwhile, press
again": neither edit is lost. A frab schedule.xml or a c3voc/pretalx schedule.json belongs to
another program: the panel refuses to write kiosk keys into it and says where the change goes.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.jsonsplice import SpliceError, append_part, remove_part, replace_part, scan, style_of, top_level
from kiosk.loader import AGENDA_JSON, SCHEDULE_XML, parse_agenda, recognise
from kiosk.model import Agenda
from kiosk.reading import decode_text, read_file
from kiosk.safefile import Changed, write_file
from kiosk.validation import build_agenda

BY = "staff panel"  # marks the adjustments the panel wrote, so "clear" removes only those
TRIES = 3           # a file saved by someone else meanwhile: the change is made again this often
BOM = b"\xef\xbb\xbf"


class EditRefused(Exception):
    """The panel does not change the file; ``str()`` says why and what to do, in plain words."""


def add_delay(path: str | Path, from_item: str, minutes: int, *,
              before_replace: Callable[[], None] | None = None) -> Agenda:
    """Delay ``from_item`` and the rest of its day by ``minutes`` more; returns the new agenda.

    ``before_replace`` runs just before the file is replaced (a seam for tests of concurrent edits).
    """
    return _edit(Path(path), lambda text, document: _add(text, document, from_item, minutes), before_replace)


def clear_delays(path: str | Path, *, before_replace: Callable[[], None] | None = None) -> Agenda:
    """Remove the delays the staff panel wrote (adjustments typed by hand stay)."""
    return _edit(Path(path), _clear, before_replace)


def _edit(path: Path, change, before_replace) -> Agenda:
    for _attempt in range(TRIES):
        data = read_file(path)
        new_data, agenda = rewritten(path, data, change)
        if new_data == data:
            return agenda
        try:
            write_file(path, new_data, expect=data, before_replace=before_replace)
        except Changed:
            continue  # saved by someone else meanwhile: make the change again on their version
        return agenda
    raise EditRefused(f"{path.name} changed meanwhile, press again")


def rewritten(path: Path, data: bytes, change: Callable[[str, dict], str]) -> tuple[bytes, Agenda]:
    """The file's new bytes after ``change`` and the agenda they hold; AgendaError or EditRefused when
    there are none. The one policy for a change made in the staff's file: the panel's delays here,
    the day's changes in :mod:`kiosk.changes.onday` (it must be an agenda.json, valid before and after,
    and the text spliced must hold exactly the intended document)."""
    source = str(path)
    found = recognise(data, source)
    if found.kind != AGENDA_JSON:
        programs = "frab, c3voc" if found.kind == SCHEDULE_XML else "c3voc, pretalx"
        raise EditRefused(_foreign(path, found.kind, programs))
    document = found.document
    build_agenda(document, source)  # the file as it is must be an agenda: the checker's words if not
    text = decode_text(data, source)
    intended = copy.deepcopy(document)
    try:
        new_text = change(text, intended)
    except (SpliceError, ValueError, IndexError, KeyError):
        new_text = None
    try:
        same = new_text is not None and json.loads(new_text) == intended
    except ValueError:
        same = False
    if not same:  # never a broken or different file: refuse instead
        raise EditRefused(f"{path.name} could not be changed in place; nothing was written")
    new_data = (BOM if data.startswith(BOM) else b"") + new_text.encode("utf-8")
    return new_data, parse_agenda(new_data, source)


def _foreign(path: Path, kind: str, programs: str) -> str:
    return (f"{path.name} is another program's {kind} ({programs}); the kiosk does not write into it: change "
            f"the times in that program, or make an agenda.json from it with kiosk --convert and start on that")


def _mine(adjustment: Any) -> bool:
    return isinstance(adjustment, dict) and adjustment.get("by") == BY


def _member(text: str, key: str):
    obj = top_level(text)
    for index, part in enumerate(obj.parts):
        if part.key == key:
            return obj, index, part
    return obj, None, None


def _add(text: str, document: dict, from_item: str, minutes: int) -> str:
    """The text with the delay added; ``document`` changed the same way."""
    obj, _index, member = _member(text, "adjustments")
    style = style_of(text, obj)
    new = {"delay": minutes, "from": from_item, "by": BY}
    if member is None:
        document["adjustments"] = [new]
        if not obj.parts:
            raise SpliceError("an empty object")
        return append_part(text, obj, [new], style, key="adjustments")
    adjustments = document["adjustments"]
    array = scan(text, member.value_start)
    for index, adjustment in enumerate(adjustments):
        if _mine(adjustment) and adjustment.get("from") == from_item and "until" not in adjustment:
            adjustment["delay"] += minutes
            return replace_part(text, array.parts[index], adjustment, style)
    adjustments.append(new)
    if array.parts:
        return append_part(text, array, new, style)
    return replace_part(text, member, adjustments, style, inline=style.unit is None)


def _clear(text: str, document: dict) -> str:
    """The text without the panel's delays; when none are left, without the ``adjustments`` member."""
    adjustments = document.get("adjustments")
    if not isinstance(adjustments, list) or not any(_mine(a) for a in adjustments):
        return text
    kept = [a for a in adjustments if not _mine(a)]
    if not kept:
        del document["adjustments"]
        obj, index, _member_part = _member(text, "adjustments")
        return remove_part(text, obj, index)
    document["adjustments"] = kept
    while True:
        _obj, _index, member = _member(text, "adjustments")
        array = scan(text, member.value_start)
        mine = [i for i, part in enumerate(array.parts) if _mine(json.loads(text[part.value_start:part.end]))]
        if not mine:
            return text
        text = remove_part(text, array, mine[0])
