"""Changing one part of a JSON text in place, so every other byte of a user's file stays as typed.

The staff panel changes only the ``adjustments`` list of an agenda.json. Rewriting the whole
document would change its indentation, line endings, ``\\u`` escapes and spacing everywhere; here
the text is scanned for the positions of the top-level members and of the list's elements
(strings are skipped with :func:`json.decoder.scanstring`, values with ``raw_decode``), and only
those spans are replaced, inserted or removed. New text follows the file's own style: its
newline (CRLF or LF), its indent unit, its key separator, and ``\\u`` escapes when the file has
no non-ASCII character. The caller re-parses the result and compares it with the document it
meant (see :mod:`kiosk.changes.panel_delays`); a text this module cannot read raises :class:`SpliceError`.
"""

from __future__ import annotations

import json
from json.decoder import scanstring
from typing import Any

from kiosk.record import Record

_WS = " \t\r\n"
_decoder = json.JSONDecoder()


class SpliceError(ValueError):
    """The text is not JSON this module can change in place."""


class Part(Record, frozen=True):
    """One member of an object (with its key) or one element of an array, as positions in the text."""

    start: int        # the key's opening quote, or the element's first character
    value_start: int
    end: int          # just after the value
    key: str | None = None
    key_end: int = 0  # just after the key's closing quote


class Container(Record, frozen=True):
    open: int   # the position of "{" or "["
    close: int  # the position of "}" or "]"
    parts: list[Part]


def _skip(text: str, i: int) -> int:
    while i < len(text) and text[i] in _WS:
        i += 1
    return i


def _value_end(text: str, i: int) -> int:
    try:
        return _decoder.raw_decode(text, i)[1]
    except (ValueError, RecursionError) as err:
        raise SpliceError(f"no JSON value at {i}: {err}") from None


def scan(text: str, at: int) -> Container:
    """The object or array whose bracket is at ``at``, with its parts' positions."""
    opening = text[at:at + 1]
    if opening not in ("{", "["):
        raise SpliceError(f"no object or array at {at}")
    closing = "}" if opening == "{" else "]"
    parts: list[Part] = []
    i = _skip(text, at + 1)
    if text[i:i + 1] == closing:
        return Container(at, i, parts)
    while True:
        start = i
        key, key_end = None, 0
        if opening == "{":
            if text[i:i + 1] != '"':
                raise SpliceError(f"no key at {i}")
            key, key_end = scanstring(text, i + 1)
            i = _skip(text, key_end)
            if text[i:i + 1] != ":":
                raise SpliceError(f"no colon at {i}")
            i = _skip(text, i + 1)
        value_start = i
        i = _value_end(text, i)
        parts.append(Part(start, value_start, i, key, key_end))
        i = _skip(text, i)
        if text[i:i + 1] == ",":
            i = _skip(text, i + 1)
        elif text[i:i + 1] == closing:
            return Container(at, i, parts)
        else:
            raise SpliceError(f"no comma or {closing} at {i}")


def top_level(text: str) -> Container:
    at = _skip(text, 0)
    container = scan(text, at)
    if text[at] != "{" or _skip(text, container.close + 1) != len(text):
        raise SpliceError("the text is not one JSON object")
    return container


class Style(Record, frozen=True):
    newline: str
    unit: str | None   # one level of indentation; None: the parts sit on one line
    separator: str     # between a key and its value, e.g. ": "
    ascii: bool        # write non-ASCII characters as \u escapes
    comma: str = ", "  # between parts on one line, e.g. "," in a compact file

    def dumps(self, value: Any, base: str | None, inline: bool = False) -> str:
        """``value`` as JSON text starting on a line indented by ``base``."""
        if inline or self.unit is None or base is None:
            return json.dumps(value, ensure_ascii=self.ascii, separators=(self.comma, self.separator))
        text = json.dumps(value, ensure_ascii=self.ascii, indent=self.unit, separators=(",", self.separator))
        return text.replace("\n", self.newline + base)


def line_indent(text: str, pos: int) -> str | None:
    """The blanks before ``pos`` on its line, or None when something else comes first on that line."""
    line_start = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1
    blanks = text[line_start:pos]
    return blanks if blanks.strip(" \t") == "" else None


def style_of(text: str, obj: Container) -> Style:
    newline = "\r\n" if "\r\n" in text else ("\r" if "\r" in text and "\n" not in text else "\n")
    unit = None
    if obj.parts:
        inner = line_indent(text, obj.parts[0].start)
        outer = line_indent(text, obj.open) or ""
        if inner is not None and inner.startswith(outer) and len(inner) > len(outer):
            unit = inner[len(outer):]
        elif inner:  # members on lines of their own, the brace oddly placed: their indent is the unit
            unit = inner
    separator = ": "
    for part in obj.parts:
        between = text[part.key_end:part.value_start]
        if between.strip(_WS) == ":" and "\n" not in between and "\r" not in between:
            separator = between
            break
    comma = ", "
    if len(obj.parts) > 1:
        between = text[obj.parts[0].end:obj.parts[1].start]
        if between.strip(_WS) == "," and "\n" not in between and "\r" not in between:
            comma = between
    return Style(newline, unit, separator, ascii=text.isascii(), comma=comma)


def replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def remove_part(text: str, container: Container, index: int) -> str:
    """The text without part ``index`` of ``container`` and its comma; the rest stays as it was."""
    parts = container.parts
    part = parts[index]
    if index > 0:  # from the end of the one before: its comma, the blanks, this part
        return replace(text, parts[index - 1].end, part.end, "")
    if len(parts) > 1:  # the first of several: this part, its comma, up to the next one
        return replace(text, part.start, parts[1].start, "")
    return replace(text, container.open + 1, container.close, "")  # the only one: {} or []


def append_part(text: str, container: Container, value: Any, style: Style, key: str | None = None) -> str:
    """``value`` (as the member ``key`` in an object) added after the last part of a non-empty
    ``container``, on a line of its own indented like that part, or on the same line when the
    parts sit on one line."""
    last = container.parts[-1]
    indent = line_indent(text, last.start)
    new = "" if key is None else json.dumps(key, ensure_ascii=style.ascii) + style.separator
    new += style.dumps(value, indent, inline=indent is None)
    if indent is None:
        return replace(text, last.end, last.end, style.comma + new)
    return replace(text, last.end, last.end, "," + style.newline + indent + new)


def replace_part(text: str, part: Part, value: Any, style: Style, inline: bool | None = None) -> str:
    """The value of ``part`` replaced by ``value``, laid out as the old one was (on one line or
    several) unless ``inline`` says."""
    if inline is None:
        old = text[part.value_start:part.end]
        inline = "\n" not in old and "\r" not in old
    base = line_indent(text, part.start)
    return replace(text, part.value_start, part.end, style.dumps(value, base, inline=inline or base is None))
