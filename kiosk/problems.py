"""Problems with a file and how they are said: where (``days[0].items[3].end``) and what, in plain words."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from kiosk.record import Record
from kiosk.textcheck import printable


class Problem(Record, frozen=True):
    """One reason an agenda cannot be used: where in the file, and what is wrong, in plain words."""

    where: str
    what: str

    def format(self, source: str) -> str:
        """One printable line, whatever the file held (control characters, half characters)."""
        return printable(f"{source}: {self.where}: {self.what}" if self.where else f"{source}: {self.what}")


class AgendaError(Exception):
    """The agenda could not be used; ``problems`` lists every reason."""

    def __init__(self, source: str, problems: Iterable[Problem]):
        self.source = source
        self.problems = list(problems)
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        return [p.format(self.source) for p in self.problems]


def json_type(value: Any) -> str:
    """The JSON name of a value's type: object, array, string, integer, number, boolean, null."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def describe(value: Any) -> str:
    """A short, safe rendering of a value for a message."""
    kind = json_type(value)
    if kind == "string":
        shown = value if len(value) <= 40 else value[:37] + "…"
        return printable(json.dumps(shown, ensure_ascii=False))
    if kind in ("object", "array"):
        return {"object": "an object", "array": "a list"}[kind]
    return json.dumps(value)


_IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")


def join_path(path: str, key: str | int) -> str:
    """The place of a member in a message: ``days[0]``, ``event.name``, ``title["en-GB"]``."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    if _IDENTIFIER.fullmatch(key):
        return f"{path}.{key}" if path else key
    return f"{path}[{printable(json.dumps(key, ensure_ascii=False))}]"
