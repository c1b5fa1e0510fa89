"""Settings a venue sets once, in kiosk.toml; command-line flags override them.

The file is looked for at ``--config PATH``, else ``kiosk.toml`` beside the agenda (beside the
program when no agenda is named), else in the user's config folder. Errors are located and in
plain words, like the agenda's: ``kiosk.toml: rotation: 45 is not one of 0, 90, 180, 270``.
"""

from __future__ import annotations

import os
from datetime import date, time
from pathlib import Path
from typing import Any

from kiosk.problems import AgendaError, Problem
from kiosk.reading import read_file
from kiosk.record import Record, field, fields

CONFIG_NAME = "kiosk.toml"
DEFAULT_PIN = "0000"
LANGUAGES = ("en", "ru", "en+ru")
STAFF_LANGUAGES = ("en", "ru")
ROTATIONS = (0, 90, 180, 270)
MAX_BYTES = 1024 * 1024  # a settings file is a dozen lines; anything near this is not one
SHOWN_CHARS = 60         # a value or key longer than this is shortened with "…" in a message


class Settings(Record):
    """The kiosk's settings, from kiosk.toml and the command line (the command line wins)."""

    agenda: str | None = None
    screen: int = 0
    rotation: int = 0
    language: str = "en+ru"
    staff_language: str | None = None  # the staff panel's; None: the first of ``language``
    idle_timeout: float = 60.0
    staff_pin: str = DEFAULT_PIN
    allow_default_pin: bool = False
    log_file: str | None = None
    refresh: float = 60.0
    qr_url: str | None = None
    timezone: str | None = None  # for a schedule file that names no time zone (FOSDEM / pentabarf)
    # The read-only status endpoint for venue IT (kiosk.statusserver): off unless a port is set.
    status_port: int | None = None
    status_token: str | None = None
    status_address: str = "0.0.0.0"  # all the PC's networks; a staff network's own address narrows it
    screens: tuple[str, ...] = ()    # the kiosks `kiosk --screens` watches: "http://lobby-1:8765", …
    source: str | None = field(default=None, compare=False)  # the file they came from, if any

    @property
    def pin_is_default(self) -> bool:
        return self.staff_pin == DEFAULT_PIN

    def status_problem(self) -> str | None:
        """Why the status endpoint cannot be turned on as set, in plain words; None when it can (or is off)."""
        if self.status_port is not None and self.status_token is None:
            return ("status_port is set but status_token is not: add status_token = \"<at least "
                    f"{MIN_TOKEN_CHARS} random letters and digits>\" to kiosk.toml (the office needs it to ask)")
        return None


# name -> (check, words for the message); each check returns the cleaned value or raises ValueError
def _int_in(allowed):
    def check(value):
        if isinstance(value, bool) or not isinstance(value, int) or value not in allowed:
            raise ValueError(f"{_show(value)} is not one of {', '.join(map(str, allowed))}")
        return value
    return check


def _number(low, high):
    def check(value):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
            raise ValueError(f"{_show(value)} is not a number of seconds from {low} to {high}")
        return float(value)
    return check


def _one_line(value: str) -> str:
    """Refuse control characters (NUL, ESC, a line break …): a path or address never holds one."""
    for char in value:
        if char < " " or "\x7f" <= char <= "\x9f" or char in "\u2028\u2029":
            raise ValueError(f"holds a control character (U+{ord(char):04X}); remove it")
    return value


def _text(value):
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{_show(value)} is not a text in quotes")
    return _one_line(value.strip())


def _screen(value):
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 16:
        raise ValueError(f"{_show(value)} is not a screen number (0, 1, …)")
    return value


def _language(value):
    if value not in LANGUAGES:
        raise ValueError(f"{_show(value)} is not one of {', '.join(LANGUAGES)}")
    return value


def _staff_language(value):
    if value not in STAFF_LANGUAGES:
        raise ValueError(f"{_show(value)} is not one of {', '.join(STAFF_LANGUAGES)} (the staff panel shows one)")
    return value


def _pin(value):
    if isinstance(value, str) and value.isdigit() and not value.isascii():
        # "１２３４" or "٠١٢٣" are digits to Python, but the keypad has only 0-9: staff could never type it
        raise ValueError("use the digits 0-9 only (the keypad has no others)")
    if not isinstance(value, str) or not (value.isascii() and value.isdigit()) or not 4 <= len(value) <= 8:
        raise ValueError("must be 4 to 8 digits in quotes, e.g. \"4821\"")
    return value


def _url(value):
    if not isinstance(value, str) or not value.startswith(("http://", "https://")) or len(value) > 500:
        raise ValueError(f"{_show(value)} is not a web address starting with http:// or https://")
    return _one_line(value)


def _timezone(value):
    from kiosk.zones import ZoneError, event_zone
    if not isinstance(value, str):
        raise ValueError(f"{_show(value)} is not a time zone in quotes, e.g. \"Europe/Brussels\"")
    try:
        event_zone(value)
    except ZoneError as err:
        raise ValueError(str(err)) from None
    return value


def _bool(value):
    if not isinstance(value, bool):
        raise ValueError(f"{_show(value)} is not true or false")
    return value


def _port(value):
    if isinstance(value, bool) or not isinstance(value, int) or not 1024 <= value <= 65535:
        raise ValueError(f"{_show(value)} is not a port number from 1024 to 65535")
    return value


MIN_TOKEN_CHARS = 16  # guessing 16 random letters and digits over the network takes longer than an event
MAX_TOKEN_CHARS = 200


def _token(value):
    """The status endpoint's token: it goes in an HTTP header, so printable ASCII without spaces."""
    if not isinstance(value, str):
        raise ValueError("is not a text in quotes")
    if not all("!" <= char <= "~" for char in value):
        raise ValueError("use letters, digits and punctuation only (no spaces, no other alphabets): "
                         "it is sent in an HTTP header")
    if len(value) < MIN_TOKEN_CHARS:
        raise ValueError(f"is {len(value)} characters; use at least {MIN_TOKEN_CHARS} "
                         "(random letters and digits: anyone who guesses it can read the status)")
    if len(value) > MAX_TOKEN_CHARS:
        raise ValueError(f"is {len(value)} characters; use at most {MAX_TOKEN_CHARS}")
    return value


def _address(value):
    import ipaddress
    try:
        return str(ipaddress.ip_address(_text(value)))
    except ValueError:
        raise ValueError(f"{_show(value)} is not an IP address such as \"0.0.0.0\" (every network) "
                         "or this PC's address on the staff network") from None


def _screens(value):
    if not isinstance(value, list) or not value:
        raise ValueError(f"{_show(value)} is not a list of addresses, e.g. [\"http://lobby-1:8765\"]")
    if len(value) > 64:
        raise ValueError(f"lists {len(value)} screens; at most 64")
    cleaned = []
    for number, entry in enumerate(value, 1):
        try:
            cleaned.append(_url(entry).rstrip("/"))
        except ValueError as err:
            raise ValueError(f"screen {number}: {err}") from None
    return tuple(cleaned)


CHECKS = {
    "agenda": _text, "screen": _screen, "rotation": _int_in(ROTATIONS), "language": _language,
    "staff_language": _staff_language,
    "idle_timeout": _number(10, 3600), "staff_pin": _pin, "allow_default_pin": _bool, "log_file": _text,
    "refresh": _number(5, 86400), "qr_url": _url, "timezone": _timezone,
    "status_port": _port, "status_token": _token, "status_address": _address, "screens": _screens,
}


def _show(value: Any) -> str:
    """A value as it would be written in kiosk.toml, shortened when long."""
    if isinstance(value, str):
        shown = f'"{_short(value)}"'
    elif isinstance(value, bool):
        shown = str(value).lower()
    elif isinstance(value, (date, time)):
        shown = value.isoformat()
    elif isinstance(value, dict):
        shown = "a table"
    elif isinstance(value, list):
        shown = "[" + ", ".join(_show(item) for item in value[:5]) + (", …]" if len(value) > 5 else "]")
    else:
        shown = repr(value)
    return _short(shown)


def _short(text: str) -> str:
    text = text.encode("unicode_escape").decode("ascii") if not text.isprintable() else text
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS - 1] + "…"


class SettingsError(Exception):
    def __init__(self, source: str, problems: list[Problem]):
        self.source, self.problems = source, problems
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        return [p.format(self.source) for p in self.problems]


def find_config(explicit: str | None, agenda: str | None, program_dir: Path) -> Path | None:
    if explicit is not None:
        if not explicit.strip():
            raise SettingsError("--config", [Problem("path", "is empty; give the settings file, e.g. kiosk.toml")])
        return Path(explicit)
    beside = (Path(agenda).parent if agenda and "://" not in agenda else program_dir) / CONFIG_NAME
    if beside.is_file():
        return beside
    override = os.environ.get("KIOSK_CONFIG_DIR")
    if override:
        folder = Path(override)
    else:
        import platformdirs
        folder = Path(platformdirs.user_config_dir("lobby-kiosk", appauthor=False))
    candidate = folder / CONFIG_NAME
    return candidate if candidate.is_file() else None


def load_settings(path: Path | None) -> Settings:
    """Settings from a TOML file (defaults where a key is absent); SettingsError lists every problem."""
    settings = Settings()
    if path is None:
        return settings
    source = str(path)
    import tomllib  # only when there is a settings file: the first frame does not wait for it
    data = b""
    try:  # read as the agenda is: a FIFO, a device or a folder is refused, not waited on or read forever
        data = read_file(path, MAX_BYTES, "a settings file")
        raw = tomllib.loads(data.decode("utf-8-sig"))
    except AgendaError as err:
        raise SettingsError(source, err.problems) from None
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise SettingsError(source, [Problem(f"line {line}", "is not UTF-8 text; save the file as UTF-8")]) from None
    except RecursionError:  # tomllib recurses into nested arrays and tables
        raise SettingsError(source, [Problem("file", "not valid TOML: lists or tables nested too deeply")]) from None
    except tomllib.TOMLDecodeError as err:
        message = str(err)
        where, what = "file", message
        if "(at line" in message:
            what, _, place = message.rpartition(" (at ")
            where = place.rstrip(")")
        if what == "Cannot overwrite a value" or (what.startswith("Cannot declare") and what.endswith("twice")):
            what = "a setting or table given twice; keep one"
        raise SettingsError(source, [Problem(where, f"not valid TOML: {_short(what)}")]) from None
    problems = []
    for key, value in raw.items():
        if isinstance(value, dict) and key not in CHECKS:  # [section] or a.b = …: kiosk.toml has neither
            problems.append(Problem(f"[{_short(key)}]", "kiosk.toml has no tables; write its settings at the top "
                                                        "of the file, one per line, without [ ] headings"))
            continue
        if key not in CHECKS:
            import difflib  # only a misspelt setting needs it
            close = difflib.get_close_matches(key, list(CHECKS), n=1)
            # (the list of all of them would make a line too long to read: the example file has it)
            hint = f'did you mean "{close[0]}"?' if close else "kiosk.example.toml lists every setting"
            problems.append(Problem(_short(key), f"unknown setting; {hint}"))
            continue
        try:
            setattr(settings, key, CHECKS[key](value))
        except ValueError as err:
            problems.append(Problem(key, str(err)))
    if not problems and settings.status_problem():
        problems.append(Problem("status_port", settings.status_problem().removeprefix("status_port ")))
    if problems:
        raise SettingsError(source, problems)
    if settings.agenda and "://" not in settings.agenda and not Path(settings.agenda).is_absolute():
        settings.agenda = str(Path(path).parent / settings.agenda)  # relative to the settings file
    settings.source = source
    return settings


def merged(settings: Settings, flags: dict[str, Any]) -> Settings:
    """Flags given on the command line (not None) win over the file."""
    values = {name: getattr(settings, name) for name in fields(settings)}
    values.update({k: v for k, v in flags.items() if v is not None and k in values})
    return Settings(**values)
