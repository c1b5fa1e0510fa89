"""What text a message may hold: control characters named, and anything unprintable escaped so that
every message is one line that can be written as UTF-8."""

from __future__ import annotations

import re

# These two patterns are compiled when first used (re keeps them): a character class reaching
# past U+00FF takes ~1 ms to compile, and a good agenda never needs them (only messages do).
# What a message never contains as it is: control characters (C0, DEL, C1), the line and
# paragraph separators, and lone surrogates (half a character, which cannot even be written as UTF-8).
_UNPRINTABLE = "[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]"
# Control characters in text: what a one-line field refuses (a paragraph allows the line break).
CONTROL = "[\x00-\x1f\x7f-\x9f\u2028\u2029]"
_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}
CHARACTER_NAMES = {"\n": "a line break", "\t": "a tab", "\r": "a carriage return", "\x00": "a NUL character",
                   "\x07": "a bell character (BEL)", "\x1b": "an escape character (ESC)",
                   "\x7f": "a delete character (DEL)", "\u2028": "a line separator",
                   "\u2029": "a paragraph separator"}


def printable(text: str) -> str:
    """``text`` with every control character and lone surrogate written as an escape (\\n, \\u001b,
    \\ud800), so that a message is one line that can be printed, logged and written as UTF-8."""
    if not re.search(_UNPRINTABLE, text):
        return text
    return re.sub(_UNPRINTABLE, lambda m: _ESCAPES.get(m[0]) or f"\\u{ord(m[0]):04x}", text)


def character_name(char: str) -> str:
    """A control character in plain words, with its code: "a tab (U+0009)"."""
    return f"{CHARACTER_NAMES.get(char, 'a control character')} (U+{ord(char):04X})"
