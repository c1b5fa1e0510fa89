"""The event's time zone: an IANA name that means the same on every PC, or a plain-words refusal.

``localtime`` is whatever zone the PC is set to, ``posixrules`` and ``Factory`` are tzdata's
internals, ``posix/…`` and ``right/…`` are copies that only some systems install (``right/``
counts leap seconds), and a name in the wrong case loads only where file names ignore case
(Windows). Each would put the programme at different hours on different screens, so all are
refused; ``UTC`` and the ``Etc/…`` fixed offsets are fine. :func:`event_zone` is the one check
every zone the kiosk uses goes through (agenda.json and the conference formats alike).
"""

from __future__ import annotations

import os
import re
from datetime import timedelta
from functools import cache, lru_cache
from zoneinfo import ZoneInfo

from kiosk.problems import describe

# Names that are files in a zoneinfo folder but not zones of the world.
HOST_NAMES = frozenset({"localtime", "posixrules", "Factory", "leapseconds", "tzdata.zi"})
HOST_FOLDERS = frozenset({"posix", "right", "SystemV"})
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9][A-Za-z0-9_+-]*)*")
EXAMPLES = "use a name such as Asia/Bishkek, Europe/Berlin or UTC"


class ZoneError(ValueError):
    """The name is not a zone the kiosk accepts; the message says why, in plain words."""


@lru_cache(maxsize=1)
def _known_names() -> dict[str, str] | None:
    """tzdata's list of zone names (canonical and their old aliases), by lower case; None without it."""
    # Found, not imported: the packaged kiosk bundles tzdata only where the OS has no zones (Windows).
    from importlib.util import find_spec
    try:
        spec = find_spec("tzdata")
        with open(os.path.join(os.path.dirname(spec.origin), "zones"), encoding="utf-8") as handle:
            names = handle.read().split()
    except (ImportError, AttributeError, TypeError, OSError, UnicodeDecodeError):
        return None
    return {name.lower(): name for name in names}


def event_zone(name: str) -> ZoneInfo:
    """The zone of an IANA name that means the same everywhere; ZoneError saying why not."""
    if not _NAME.fullmatch(name) or len(name) > 64:
        raise ZoneError(f"{describe(name)} is not a known time zone ({EXAMPLES})")
    if name in HOST_NAMES or name.split("/", 1)[0] in HOST_FOLDERS:
        raise ZoneError(f"{describe(name)} depends on the computer (it is not the same zone on every PC); "
                        f"{EXAMPLES}")
    known = _known_names()
    if known is not None:
        spelt = known.get(name.lower())
        if spelt is not None and spelt != name:
            raise ZoneError(f"{describe(name)} is written {spelt}; the exact spelling works on every PC")
    try:
        return ZoneInfo(name)
    except Exception:  # ZoneInfo raises several kinds for odd names
        raise ZoneError(f"{describe(name)} is not a known time zone ({EXAMPLES})") from None


# --- what a zone tells about a place (for a conference export that names none) ---------------

def fixed_zone(offset: timedelta) -> str | None:
    """The IANA fixed-offset zone of a whole-hour offset: +01:00 -> Etc/GMT-1 (POSIX signs)."""
    hours, rest = divmod(int(offset.total_seconds()), 3600)
    if rest or not -12 <= hours <= 14:
        return None
    return "UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"


def _zone_table(name: str) -> list[list[str]]:
    import zoneinfo
    from importlib import resources
    from pathlib import Path
    for folder in zoneinfo.TZPATH:
        try:
            text = (Path(folder) / name).read_text("utf-8")
            break
        except OSError:
            continue
    else:
        try:
            text = resources.files("tzdata.zoneinfo").joinpath(name).read_text("utf-8")
        except (ImportError, OSError):
            return []
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@cache
def zone_country(key: str) -> str | None:
    """The country a geographic zone belongs to (tzdata's zone.tab): Europe/Berlin -> Germany."""
    code = next((row[0] for row in _zone_table("zone.tab") if len(row) > 2 and row[2] == key), None)
    if code is None:
        return None
    return next((row[1] for row in _zone_table("iso3166.tab") if len(row) > 1 and row[0] == code), None)


def zone_city(key: str) -> str | None:
    """The city that names a geographic zone: America/Argentina/Buenos_Aires -> Buenos Aires."""
    if "/" not in key or key.startswith("Etc/"):
        return None
    return key.rsplit("/", 1)[-1].replace("_", " ")


def zones_of_place(city: str | None, country: str | None) -> list[str]:
    """The geographic zones a city or country names (tzdata's zone.tab), the city's first:
    ("Hamburg", "Germany") -> ["Europe/Berlin", "Europe/Busingen"]; ("Bishkek", None) -> ["Asia/Bishkek"]."""
    rows = [row for row in _zone_table("zone.tab") if len(row) > 2]
    found = []
    if city:
        found += [row[2] for row in rows if (zone_city(row[2]) or "").casefold() == city.casefold()]
    if country:
        codes = {row[0] for row in _zone_table("iso3166.tab")
                 if len(row) > 1 and row[1].casefold() == country.casefold()}
        found += [row[2] for row in rows if row[0] in codes]
    return list(dict.fromkeys(found))
