"""Where the kiosk finds its files: the agenda beside the program, bundled resources."""

from __future__ import annotations

import sys
from pathlib import Path

AGENDA_NAME = "agenda.json"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def program_dir() -> Path:
    """The folder staff see: beside the executable when packaged, the project root otherwise."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def default_agenda() -> Path:
    return program_dir() / AGENDA_NAME


def resource_dir() -> Path:
    """The bundled ``resources/`` folder (font, translations, images)."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", program_dir())) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
