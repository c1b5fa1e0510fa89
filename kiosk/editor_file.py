"""An agenda file as the editor holds it: opened, checked, written back in the file's own style.

The staff's file is theirs. Saving changes only the parts of the text whose values changed: the
document as opened and the document as edited are compared value by value, and only the members
and elements that differ are replaced, inserted or removed in the text (:mod:`kiosk.jsonsplice`),
so indentation, line endings, ``\\u`` escapes, key order and everything untouched stay byte for
byte; new text follows the file's own style. The result is parsed again and must be exactly the
edited document, else the whole file is written in the detected style (indent, newline, escapes).
The write keeps mode, owner and symlink, and refuses to replace a file someone saved meanwhile
(:mod:`kiosk.safefile`); :func:`merge` then puts the editor's changes on top of theirs.

A frab schedule.xml or a c3voc / pretalx schedule.json belongs to the program that exported it:
it opens converted (``foreign``) and is saved only as a new agenda.json.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.jsonsplice import (
    Container,
    Part,
    SpliceError,
    Style,
    line_indent,
    remove_part,
    replace,
    scan,
    style_of,
    top_level,
)
from kiosk.loader import AGENDA_JSON, convert, recognise
from kiosk.model import Agenda
from kiosk.problems import AgendaError, Problem
from kiosk.reading import decode_text, read_file
from kiosk.record import Record, field
from kiosk.safefile import write_file
from kiosk.schema import SchemaChecker
from kiosk.semantics import Semantics
from kiosk.validation import build_agenda

BOM = b"\xef\xbb\xbf"
_MISSING = object()


class Opened(Record):
    """A file as it was read: its bytes, what it holds, and the agenda document made of it."""

    path: Path
    data: bytes
    kind: str               # agenda.json, schedule.xml or schedule.json (kiosk.loader)
    document: dict
    format: str = AGENDA_JSON  # the exporting tool's format name, for a foreign file

    @property
    def foreign(self) -> bool:
        """Another program's schedule: never written into."""
        return self.kind != AGENDA_JSON

    @property
    def text(self) -> str:
        return decode_text(self.data, str(self.path))


def open_file(path: str | Path) -> Opened:
    """Read and recognise a file; AgendaError when it is not JSON (or XML) the editor can hold.

    An agenda.json with problems opens all the same (the editor lists them); a foreign schedule
    must convert.
    """
    path = Path(path)
    data = read_file(path)
    found = recognise(data, str(path))
    if found.kind == AGENDA_JSON:
        if not isinstance(found.document, dict):
            raise AgendaError(str(path), [Problem("file", "is not an agenda: its JSON is not an object { … }")])
        return Opened(path, data, found.kind, found.document)
    document, _agenda, fmt = convert(data, str(path))
    return Opened(path, data, found.kind, document, fmt)


class Checked(Record):
    """What the checker (the same as ``kiosk --check``) says of a document."""

    problems: list[Problem] = field(default_factory=list)
    agenda: Agenda | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def check(document: Any, source: str) -> Checked:
    """Every problem of ``document``, located, and the agenda when there are none."""
    try:
        return Checked([], build_agenda(document, source))
    except AgendaError as err:
        return Checked(err.problems)
    except (RecursionError, ValueError, TypeError) as err:  # never a traceback for a strange value
        return Checked([Problem("file", f"cannot be checked: {err}")])


def schema_problems(document: Any) -> list[Problem]:
    """The schema's problems alone (quick); :func:`check` adds the meaning's."""
    found = [Problem(w, p) for w, p in SchemaChecker().problems(document)]
    if not found and isinstance(document, dict):
        found = Semantics(document).problems
    return found


# --- where a problem is --------------------------------------------------------------------------------

_TOKEN = re.compile(r'\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|^([A-Za-z_$][A-Za-z0-9_$]*)')


def path_tokens(where: str) -> list[str | int]:
    """``days[0].items[3].title["en"]`` -> ["days", 0, "items", 3, "title", "en"]; [] for "file"
    or "line 3, column 4" (no place in the document)."""
    tokens: list[str | int] = []
    pos = 0
    while pos < len(where):
        found = _TOKEN.match(where, pos)
        if not found or (found[4] and pos):
            break
        if found[2] is not None:
            tokens.append(int(found[2]))
        elif found[3] is not None:
            tokens.append(json.loads(found[3]))
        else:
            tokens.append(found[1] or found[4])
        pos = found.end()
    return tokens if pos == len(where) else []


# --- writing back in the file's own style -------------------------------------------------------------

def render(text: str, old: dict, new: dict) -> str:
    """The text of ``new``, changed from ``text`` (which holds ``old``) only where the values differ."""
    try:
        obj = top_level(text)
        style = style_of(text, obj)
        result = _splice_object(text, obj.open, old, new, style)
        if json.loads(result) == new:
            return result
    except (SpliceError, ValueError, RecursionError, IndexError, KeyError):
        pass
    return dump_like(text, new)


def dump_like(text: str, document: Any) -> str:
    """The whole document in the style detected in ``text`` (indent, newline, escapes, last newline)."""
    try:
        style = style_of(text, top_level(text))
    except SpliceError:
        style = Style("\n", "  ", ": ", ascii=text.isascii())
    return dump(document, style, final_newline=text.endswith(("\n", "\r")))


def dump(document: Any, style: Style | None = None, final_newline: bool = True) -> str:
    style = style or Style("\n", "  ", ": ", ascii=False)
    out = style.dumps(document, "")
    return out + (style.newline if final_newline else "")


def _splice(text: str, part: Part, old: Any, new: Any, style: Style) -> str:
    if old == new and type(old) is type(new):
        return text
    if isinstance(old, dict) and isinstance(new, dict) and old.keys() & new.keys():
        return _splice_object(text, part.value_start, old, new, style)
    if isinstance(old, list) and isinstance(new, list) and old and new:
        return _splice_array(text, part.value_start, old, new, style)
    return _replace_value(text, part, old, new, style)


def _multi_line(text: str, part: Part) -> bool:
    value = text[part.value_start:part.end]
    return "\n" in value or "\r" in value


def _replace_value(text: str, part: Part, old: Any, new: Any, style: Style) -> str:
    base = line_indent(text, part.start)
    if isinstance(old, (dict, list)) and old:
        inline = not _multi_line(text, part)
    else:  # a scalar (or an empty container) becomes something else: laid out as its neighbours are
        inline = base is None
    return replace(text, part.value_start, part.end, style.dumps(new, base, inline=inline or base is None))


def _new_part(text: str, sibling: Part, value: Any, style: Style, key: str | None) -> tuple[str, str | None]:
    """A new member or element, laid out like ``sibling``; and the indent of its line (None: inline)."""
    indent = line_indent(text, sibling.start)
    lead = "" if key is None else json.dumps(key, ensure_ascii=style.ascii) + style.separator
    inline = indent is None or (key is None and not _multi_line(text, sibling))
    return lead + style.dumps(value, indent, inline=inline), indent


def _insert(text: str, container: Container, after: int, value: Any, style: Style, key: str | None = None) -> str:
    """``value`` inserted after part ``after`` of a non-empty container (-1: before the first)."""
    parts = container.parts
    sibling = parts[max(after, 0)]
    new, indent = _new_part(text, sibling, value, style, key)
    if after < 0:
        gap = style.comma if indent is None else "," + style.newline + indent
        return replace(text, sibling.start, sibling.start, new + gap)
    gap = style.comma if indent is None else "," + style.newline + indent
    return replace(text, sibling.end, sibling.end, gap + new)


def _splice_object(text: str, at: int, old: dict, new: dict, style: Style) -> str:
    def part_of(key: str) -> tuple[Container, int]:
        container = scan(text, at)
        for index, part in enumerate(container.parts):
            if part.key == key:
                return container, index
        raise SpliceError(f"no member {key!r}")

    for key in [k for k in old if k not in new]:
        container, index = part_of(key)
        text = remove_part(text, container, index)
    for key in [k for k in new if k in old and (old[k] != new[k] or type(old[k]) is not type(new[k]))]:
        container, index = part_of(key)
        text = _splice(text, container.parts[index], old[key], new[key], style)
    order = list(new)
    for position, key in enumerate(order):
        if key in old:
            continue
        container = scan(text, at)
        if not container.parts:
            raise SpliceError("an empty object")
        keys = [p.key for p in container.parts]
        before = [k for k in order[:position] if k in keys]
        after = keys.index(before[-1]) if before else -1
        text = _insert(text, container, after, new[key], style, key=key)
    return text


def _splice_array(text: str, at: int, old: list, new: list, style: Style) -> str:
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    old_mid, new_mid = old[head:len(old) - tail], new[head:len(new) - tail]
    container = scan(text, at)
    if len(old_mid) == len(new_mid):
        for offset, (was, now) in enumerate(zip(old_mid, new_mid, strict=True)):
            container = scan(text, at)
            text = _splice(text, container.parts[head + offset], was, now, style)
        return text
    if not new_mid:
        for index in reversed(range(head, head + len(old_mid))):
            text = remove_part(text, scan(text, at), index)
        return text
    if not old_mid:
        for offset, value in enumerate(new_mid):
            text = _insert(text, scan(text, at), head + offset - 1, value, style)
        return text
    raise SpliceError("a list changed in several places")  # the caller lays the whole value out again


def encoded(opened: Opened, document: dict) -> bytes:
    """The bytes to save for ``document`` into the file ``opened`` came from (agenda.json only)."""
    text = render(opened.text, opened.document, document)
    return (BOM if opened.data.startswith(BOM) else b"") + text.encode("utf-8")


def save(opened: Opened, document: dict, before_replace: Callable[[], None] | None = None) -> Opened:
    """Write ``document`` over the file ``opened`` came from, if that file still holds exactly what
    was opened (else :class:`kiosk.safefile.Changed`, nothing written); returns the file as now opened.
    Nothing is written when nothing changed."""
    if opened.foreign:
        raise ValueError("another program's schedule is saved as a new agenda.json (save_as)")
    if document == opened.document:
        return opened
    data = encoded(opened, document)
    write_file(opened.path, data, expect=opened.data, before_replace=before_replace)
    return Opened(opened.path, data, AGENDA_JSON, json.loads(data.decode("utf-8-sig")))


def save_as(document: dict, path: str | Path) -> Opened:
    """A new agenda.json (from a foreign schedule, or a copy), in the bundled agenda's style."""
    data = dump(document).encode("utf-8")
    write_file(path, data)
    return Opened(Path(path), data, AGENDA_JSON, json.loads(data))


# --- putting the editor's changes on top of someone else's ---------------------------------------------

def merge(base: Any, mine: Any, theirs: Any) -> Any:
    """``theirs`` (the file as someone else saved it) with the changes from ``base`` to ``mine`` on top.

    Objects merge member by member; lists of items, people or days by their ids (dates); other
    lists as sets of entries (adjustments, announcements). Where both changed the same value,
    mine wins: it is what the person at the editor has just made.
    """
    if mine == base:
        return copy.deepcopy(theirs)
    if theirs == base or theirs == mine or theirs is _MISSING:
        return copy.deepcopy(mine)
    if base is _MISSING and type(mine) is type(theirs) and isinstance(mine, (dict, list)):
        base = type(mine)()  # added on both sides: merged as added to an empty one
    if all(isinstance(v, dict) for v in (base, mine, theirs)):
        result = {}
        for key in list(theirs) + [k for k in mine if k not in theirs]:
            value = merge(base.get(key, _MISSING), mine.get(key, _MISSING), theirs.get(key, _MISSING))
            if value is not _MISSING:
                result[key] = value
        return result
    if all(isinstance(v, list) for v in (base, mine, theirs)):
        key = _list_key(base + mine + theirs)
        return _merge_keyed(base, mine, theirs, key) if key else _merge_entries(base, mine, theirs)
    return copy.deepcopy(mine)


def _list_key(entries: list) -> str | None:
    for key in ("id", "date"):
        if entries and all(isinstance(e, dict) and isinstance(e.get(key), str) for e in entries):
            return key
    return None


def _merge_keyed(base: list, mine: list, theirs: list, key: str) -> list:
    b, m, t = ({e[key]: e for e in side} for side in (base, mine, theirs))
    result = []
    for entry in theirs:
        ident = entry[key]
        if ident in b and ident not in m:
            continue  # removed at the editor
        result.append(merge(b.get(ident, _MISSING), m.get(ident, _MISSING), entry))
    for entry in mine:
        ident = entry[key]
        if ident not in t and (ident not in b or m[ident] != b[ident]):
            result.append(copy.deepcopy(entry))  # added here, or changed here and removed there
    if all("start" in e for e in result) and key == "id":
        result.sort(key=lambda e: _minutes(e.get("start")))
    return result


def _minutes(value: Any) -> int:
    if isinstance(value, str) and re.fullmatch(r"\d{1,2}:\d{2}", value):
        hours, minutes = value.split(":")
        return int(hours) * 60 + int(minutes)
    return 0


def _merge_entries(base: list, mine: list, theirs: list) -> list:
    removed = [e for e in base if e not in mine]
    result = [copy.deepcopy(e) for e in theirs if e not in removed]
    result += [copy.deepcopy(e) for e in mine if e not in base and e not in theirs]
    return result
