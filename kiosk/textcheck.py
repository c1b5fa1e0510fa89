"""What text an agenda may hold: half characters (lone surrogates) found, control characters named,
and anything unprintable escaped so that every message is one line that can be written as UTF-8."""

from __future__ import annotations

import re
from typing import Any

# What a message never contains as it is: control characters (C0, DEL, C1), the line and
# paragraph separators, and lone surrogates (half a character, which cannot even be written as UTF-8).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
# Control characters in text: what a one-line field refuses (a paragraph allows the line break).
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}
CHARACTER_NAMES = {"\n": "a line break", "\t": "a tab", "\r": "a carriage return", "\x00": "a NUL character",
                   "\x07": "a bell character (BEL)", "\x1b": "an escape character (ESC)",
                   "\x7f": "a delete character (DEL)", "\u2028": "a line separator",
                   "\u2029": "a paragraph separator"}


def printable(text: str) -> str:
    """``text`` with every control character and lone surrogate written as an escape (\\n, \\u001b,
    \\ud800), so that a message is one line that can be printed, logged and written as UTF-8."""
    if not _UNPRINTABLE.search(text):
        return text
    return _UNPRINTABLE.sub(lambda m: _ESCAPES.get(m[0]) or f"\\u{ord(m[0]):04x}", text)


def character_name(char: str) -> str:
    """A control character in plain words, with its code: "a tab (U+0009)"."""
    return f"{CHARACTER_NAMES.get(char, 'a control character')} (U+{ord(char):04X})"


# A high-surrogate escape not followed by a low one, or a low one not preceded by a high one: a
# pair such as \ud83c\udf89 (what json.dumps writes for 🎉) is one whole character and costs no walk.
_LONE_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
                                    r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_REPORTED = 20


def half_characters(document: Any, text: str) -> list[tuple[str, str]]:
    """(where, what) for each place the JSON document parsed from ``text`` holds a lone surrogate (an
    escape such as \\ud800 with no partner): half a character, which can be neither shown nor
    written as UTF-8, so refused wherever it is. Only an unpaired escape in the text makes one."""
    if not _LONE_SURROGATE_ESCAPE.search(text):
        return []
    from kiosk.schema import join_path
    problems: list[tuple[str, str]] = []
    stack: list[tuple[str, Any]] = [("", document)]
    while stack and len(problems) < MAX_REPORTED:
        path, value = stack.pop()
        if isinstance(value, str):
            found = _SURROGATE.search(value)
            if found:
                problems.append((path or "top level", _half_character(found)))
        elif isinstance(value, dict):
            for key, entry in reversed(list(value.items())):
                found = _SURROGATE.search(key)
                if found:
                    problems.append((join_path(path, key), "the field's name " + _half_character(found)))
                stack.append((join_path(path, key), entry))
        elif isinstance(value, list):
            stack.extend((join_path(path, index), entry) for index, entry in reversed(list(enumerate(value))))
    return problems


def _half_character(found: re.Match) -> str:
    return (f"has \\u{ord(found[0]):04x} at character {found.start() + 1}, half of a character (a lone surrogate): "
            "it can be neither shown nor saved; give the whole character, or remove it")
