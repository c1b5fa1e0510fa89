"""Where an agenda comes from: a file, or a URL shared by every lobby screen, with a disk cache.

Any format :func:`kiosk.agenda.parse_agenda` reads will do (agenda.json, a frab schedule.xml or a
schedule.json, told apart by content). A download is accepted only when it is a whole, valid
agenda; every valid one is cached (replaced atomically), so a kiosk that starts while the server
is down shows the last copy.
The running kiosk refreshes with QtNetwork (``ui/live.py``); this module is its Qt-free half:
the checks of a response, the cache, and a blocking fetch for the command line and the start.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from kiosk.agenda import MAX_FILE_BYTES, AgendaError, Problem, load_agenda, parse_agenda, read_file
from kiosk.model import Agenda

log = logging.getLogger("kiosk.agenda")

FETCH_TIMEOUT_S = 10.0
APP_NAME = "lobby-kiosk"


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def cache_dir() -> Path:
    override = os.environ.get("KIOSK_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def _cache_files(url: str) -> tuple[Path, Path]:
    import hashlib  # loads OpenSSL's libcrypto (~3.5 MB): only an agenda URL needs it
    key = hashlib.sha256(url.encode()).hexdigest()[:20]
    folder = cache_dir()
    return folder / f"agenda-{key}.json", folder / f"agenda-{key}.meta.json"


def atomic_write(path: Path, data: bytes) -> None:
    """The cache's files, written whole or not at all (see :mod:`kiosk.safefile`)."""
    from kiosk.safefile import write_file
    path.parent.mkdir(parents=True, exist_ok=True)
    write_file(path, data)


def write_cache(url: str, body: bytes, etag: str | None = None, last_modified: str | None = None) -> None:
    data_file, meta_file = _cache_files(url)
    try:
        atomic_write(data_file, body)
        atomic_write(meta_file, json.dumps({"url": url, "etag": etag, "last_modified": last_modified}).encode())
    except OSError as err:
        log.warning("agenda cache not written: %s: %s", data_file, err)


def read_cache(url: str) -> tuple[bytes, dict] | None:
    data_file, meta_file = _cache_files(url)
    try:
        body = data_file.read_bytes()
    except OSError:
        return None
    try:
        meta = json.loads(meta_file.read_text())
    except (OSError, ValueError):
        meta = {}
    return body, meta


@dataclass
class Response:
    """An HTTP response to an agenda request: what is needed to judge it and to ask again."""

    status: int
    body: bytes
    content_type: str = ""
    expected_length: int | None = None
    etag: str | None = None
    last_modified: str | None = None


def response_problem(response: Response) -> str | None:
    """Why a response is not an agenda to show, in plain words; None when it may be parsed."""
    if response.status != 200:
        return f"the server answered HTTP {response.status}"
    if len(response.body) > MAX_FILE_BYTES:
        return f"the download is larger than {MAX_FILE_BYTES // 2**20} MB"
    if response.expected_length is not None and len(response.body) != response.expected_length:
        return f"the download was cut short ({len(response.body)} of {response.expected_length} bytes)"
    head = response.body.lstrip()[:200].lower()
    if "html" in response.content_type.lower() or head.startswith((b"<!doctype html", b"<html")):
        return "the server sent a web page (HTML), not an agenda"
    return None


def agenda_from_response(url: str, response: Response) -> Agenda:
    problem = response_problem(response)
    if problem:
        raise AgendaError(url, [Problem("download", problem)])
    return parse_agenda(response.body, url)


def fetch(url: str, timeout: float = FETCH_TIMEOUT_S) -> Response:
    """A blocking GET, for the command line and the start; raises AgendaError in plain words."""
    import urllib.error  # only an agenda on a server pays for the HTTP machinery
    import urllib.request
    request = urllib.request.Request(url, headers={"User-Agent": f"{APP_NAME}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            body = reply.read(MAX_FILE_BYTES + 1)
            length = reply.headers.get("Content-Length")
            return Response(reply.status, body, reply.headers.get("Content-Type", ""),
                            int(length) if length and length.isdigit() else None,
                            reply.headers.get("ETag"), reply.headers.get("Last-Modified"))
    except urllib.error.HTTPError as err:
        return Response(err.code, b"", err.headers.get("Content-Type", "") if err.headers else "")
    except urllib.error.URLError as err:
        reason = getattr(err, "reason", err)
        raise AgendaError(url, [Problem("download", f"the server cannot be reached ({reason})")]) from None
    except TimeoutError:
        raise AgendaError(url, [Problem("download", f"no answer within {timeout:.0f} s")]) from None
    except (OSError, ValueError) as err:
        raise AgendaError(url, [Problem("download", f"failed ({err})")]) from None


def source_bytes(source: str) -> bytes:
    """The bytes of a path or URL as they are now (no cache), for converting; AgendaError otherwise."""
    if not is_url(source):
        return read_file(source)
    response = fetch(source)
    problem = response_problem(response)
    if problem:
        raise AgendaError(source, [Problem("download", problem)])
    return response.body


def load_source(source: str) -> tuple[Agenda, str]:
    """The agenda from a path or URL, and where it came from ("file", "server" or "cache")."""
    if not is_url(source):
        return load_agenda(source), "file"
    try:
        response = fetch(source)
        agenda = agenda_from_response(source, response)
    except AgendaError as err:
        cached = read_cache(source)
        if cached is None:
            raise AgendaError(source, err.problems + [Problem("cache", "there is no saved copy to fall back on")]) \
                from None
        log.warning("agenda rejected: %s: %s", source, err.lines()[0].removeprefix(f"{source}: "))
        agenda = parse_agenda(cached[0], source)
        log.warning("agenda from cache: %s", source)
        return agenda, "cache"
    write_cache(source, response.body, response.etag, response.last_modified)
    return agenda, "server"
