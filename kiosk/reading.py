"""Reading a file the kiosk is given: a regular file of bounded size, UTF-8 text, JSON without
duplicate keys or half characters; each refusal a located :class:`~kiosk.problems.Problem`."""

from __future__ import annotations

import json
import os
import re
import stat
from typing import Any

from kiosk.problems import AgendaError, Problem, join_path

MAX_FILE_BYTES = 8 * 1024 * 1024


class _Object(dict):
    """A JSON object that remembers keys given twice (json keeps only the last)."""

    duplicate_keys: tuple[str, ...] = ()


def _object_pairs(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        obj.duplicate_keys = tuple(k for k, _ in pairs if k in seen or seen.add(k))
    return obj


def _reject_constant(name: str):
    raise ValueError(f"{name} is not allowed in an agenda")


def line_col(text: str, pos: int) -> str:
    """``line L, column C`` of a character position in a text (both counted from 1)."""
    line = text.count("\n", 0, pos) + 1
    col = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return f"line {line}, column {col}"


def decode_text(data: bytes, source: str) -> str:
    """The text of an agenda or schedule file: not too large, UTF-8 (a BOM is fine)."""
    if len(data) > MAX_FILE_BYTES:
        raise AgendaError(source, [Problem(
            "file", f"is {len(data) / 1e6:.1f} MB; an agenda can be at most {MAX_FILE_BYTES // 2**20} MB")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        prefix = data[:err.start].decode("utf-8", "replace")
        raise AgendaError(source, [Problem(
            line_col(prefix, len(prefix)),
            f"the file is not UTF-8 text (byte 0x{data[err.start]:02x}); save it as UTF-8")]) from None


def parse_json(data: bytes, source: str) -> Any:
    """Bytes to a JSON value, or AgendaError saying where the text is broken."""
    text = decode_text(data, source)
    if not text.strip():
        raise AgendaError(source, [Problem("file", "is empty")])
    if text.lstrip().startswith("<"):
        raise AgendaError(source, [Problem("file", "is XML (a frab schedule.xml?), not JSON; only JSON can be "
                                                   "changed here: make an agenda.json with kiosk --convert")])
    try:
        document = json.loads(text, object_pairs_hook=_object_pairs, parse_constant=_reject_constant)
    except json.JSONDecodeError as err:
        raise AgendaError(source, [Problem(
            f"line {err.lineno}, column {err.colno}", f"not valid JSON: {err.msg}")]) from None
    except ValueError as err:
        raise AgendaError(source, [Problem("file", f"not valid JSON: {err}")]) from None
    except RecursionError:
        raise AgendaError(source, [Problem(
            "file", "is nested too deeply (brackets inside brackets, hundreds of levels)")]) from None
    halves = half_characters(document, text)
    if halves:
        raise AgendaError(source, [Problem(where, what) for where, what in halves])
    return document


# A high-surrogate escape not followed by a low one, or a low one not preceded by a high one: a
# pair such as \ud83c\udf89 (what json.dumps writes for 🎉) is one whole character and costs no walk.
# Both begin with the literal "\u", so the search skips to each backslash-u instead of trying every
# character of the file (a 145 KB agenda: ~40 M instructions → <1 M); the low one looks back from its end.
_LONE_SURROGATE_ESCAPE = re.compile(r"\\u[dD](?:[89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
                                    r"|[c-fC-F][0-9a-fA-F]{2}"
                                    r"(?<!\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}))")
_SURROGATE = "[\ud800-\udfff]"  # compiled at its first use: only a file with a lone escape needs it
MAX_REPORTED = 20


def half_characters(document: Any, text: str) -> list[tuple[str, str]]:
    """(where, what) for each place the JSON document parsed from ``text`` holds a lone surrogate (an
    escape such as \\ud800 with no partner): half a character, which can be neither shown nor
    written as UTF-8, so refused wherever it is. Only an unpaired escape in the text makes one."""
    if not _LONE_SURROGATE_ESCAPE.search(text):
        return []
    problems: list[tuple[str, str]] = []
    stack: list[tuple[str, Any]] = [("", document)]
    while stack and len(problems) < MAX_REPORTED:
        path, value = stack.pop()
        if isinstance(value, str):
            found = re.search(_SURROGATE, value)
            if found:
                problems.append((path or "top level", _half_character(found)))
        elif isinstance(value, dict):
            for key, entry in reversed(list(value.items())):
                found = re.search(_SURROGATE, key)
                if found:
                    problems.append((join_path(path, key), "the field's name " + _half_character(found)))
                stack.append((join_path(path, key), entry))
        elif isinstance(value, list):
            stack.extend((join_path(path, index), entry) for index, entry in reversed(list(enumerate(value))))
    return problems


def _half_character(found: re.Match) -> str:
    return (f"has \\u{ord(found[0]):04x} at character {found.start() + 1}, half of a character (a lone surrogate): "
            "it can be neither shown nor saved; give the whole character, or remove it")


_NOT_FILES = ((stat.S_ISDIR, "is a folder, not a file"), (stat.S_ISFIFO, "is a pipe (FIFO), not a file"),
              (stat.S_ISCHR, "is a device, not a file"), (stat.S_ISBLK, "is a device, not a file"),
              (stat.S_ISSOCK, "is a socket, not a file"))


def _not_a_file(mode: int) -> str | None:
    """Why something with this mode is not a file to read, in plain words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((what for test, what in _NOT_FILES if test(mode)), "is not a regular file")


def read_file(path: str | os.PathLike, limit: int = MAX_FILE_BYTES, what: str = "an agenda") -> bytes:
    """A regular file's bytes (at most ``limit``), or AgendaError saying in plain words why not.

    Never blocks and never reads without end: the file is opened without waiting (a FIFO has no
    writer to wait for), the open descriptor is checked to be a regular file of at most ``limit``
    bytes, and at most ``limit + 1`` bytes are read (a file that grows meanwhile is still caught).
    """
    source = str(path)

    def refuse(reason: str) -> AgendaError:
        return AgendaError(source, [Problem("file", reason)])

    def too_large(size: int) -> AgendaError:
        return refuse(f"is {size / 1e6:.1f} MB; {what} can be at most {limit / 2**20:g} MB")

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise refuse("not found") from None
    except OSError as err:  # a folder on Windows, a socket, no permission …
        try:
            reason = _not_a_file(os.stat(path).st_mode)
        except (OSError, ValueError):
            reason = None
        raise refuse(reason or f"cannot be read ({err.strerror or err})") from None
    except ValueError:  # a NUL in the name
        raise refuse("not found") from None
    try:
        info = os.fstat(fd)
        reason = _not_a_file(info.st_mode)
        if reason:
            raise refuse(reason)
        if info.st_size > limit:
            raise too_large(info.st_size)
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
    except OSError as err:
        raise refuse(f"cannot be read ({err.strerror or err})") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise too_large(len(data))
    return data
