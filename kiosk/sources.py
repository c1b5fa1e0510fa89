"""Where an agenda comes from: a file, or a URL shared by every lobby screen, with a disk cache.

Any format :func:`kiosk.loader.parse_agenda` reads will do (agenda.json, a frab schedule.xml or a
schedule.json, told apart by content). A download is accepted only when it is a whole, valid
agenda; every valid one is cached (replaced atomically), so a kiosk that starts while the server
is down shows the last copy.
The running kiosk refreshes with QtNetwork (``ui/agendafeed.py``); this module is its Qt-free half:
the checks of a response, the cache, and a blocking fetch for the command line and the start.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from kiosk.loader import load_agenda, parse_agenda
from kiosk.model import Agenda
from kiosk.problems import AgendaError, Problem
from kiosk.reading import MAX_FILE_BYTES, read_file
from kiosk.record import Record

log = logging.getLogger("kiosk.agenda")

FETCH_TIMEOUT_S = 10.0       # silence: no byte for this long ends a download
DOWNLOAD_DEADLINE_S = 30.0   # the whole download, however the server trickles
DEADLINE_ENV = "KIOSK_DOWNLOAD_DEADLINE_S"  # lowers the deadline for tests of the command line
CHUNK_BYTES = 64 * 1024
APP_NAME = "lobby-kiosk"


def download_deadline_s() -> float:
    """The total deadline of a download: DOWNLOAD_DEADLINE_S, or a smaller positive number from
    the KIOSK_DOWNLOAD_DEADLINE_S environment variable (for tests; never larger)."""
    try:
        value = float(os.environ.get(DEADLINE_ENV, ""))
    except ValueError:
        return DOWNLOAD_DEADLINE_S
    return value if 0 < value < DOWNLOAD_DEADLINE_S else DOWNLOAD_DEADLINE_S


def took_too_long(deadline_s: float) -> str:
    return f"took longer than {deadline_s:g} s"


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def cache_dir() -> Path:
    override = os.environ.get("KIOSK_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def _cache_files(url: str) -> tuple[Path, Path]:
    import hashlib  # loads OpenSSL's libcrypto (memory): only an agenda URL needs it
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
    if not data_file.exists():
        return None
    try:  # the agenda's own reader: a FIFO or device put in its place is refused, never waited on
        body = read_file(data_file)
    except AgendaError as err:
        log.warning("agenda cache not used: %s", err.lines()[0])
        return None
    try:
        meta = json.loads(read_file(meta_file, 64 * 1024, "a cache note"))
    except (AgendaError, ValueError):
        meta = {}
    return body, meta if isinstance(meta, dict) else {}


class Loaded(Record):
    """An agenda as a start found it: where from ("file", "server", "cache") and, for a URL, the
    bytes and validators the running kiosk compares its refreshes with."""

    agenda: Agenda
    origin: str
    body: bytes | None = None
    etag: str | None = None
    last_modified: str | None = None


class Problems(AgendaError):
    """Problems found in more than one place (the server, then the saved copy): each line names its own."""

    def __init__(self, errors: list[AgendaError]):
        self.errors = errors
        super().__init__(errors[0].source, [p for err in errors for p in err.problems])

    def lines(self) -> list[str]:
        return [line for err in self.errors for line in err.lines()]


def cache_name(url: str) -> str:
    """How messages name the saved copy of a URL's agenda: the cache, never the URL."""
    return f"agenda cache {_cache_files(url)[0]}"


def cached_agenda(url: str) -> Loaded | None:
    """The saved copy of a URL's agenda (None when there is none); AgendaError naming the cache
    file when it is damaged."""
    cached = read_cache(url)
    if cached is None:
        return None
    body, meta = cached
    try:
        agenda = parse_agenda(body, url)  # the agenda's source stays the URL it follows
    except AgendaError as err:
        raise AgendaError(cache_name(url), err.problems) from None
    etag, last_modified = meta.get("etag"), meta.get("last_modified")
    return Loaded(agenda, "cache", body, etag if isinstance(etag, str) else None,
                  last_modified if isinstance(last_modified, str) else None)


class Response(Record):
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


def fetch(url: str, timeout: float = FETCH_TIMEOUT_S, deadline_s: float | None = None) -> Response:
    """A blocking GET, for the command line and the start; raises AgendaError in plain words.

    Within ``deadline_s`` (default :func:`download_deadline_s`) in all, however slowly the server
    answers: the name lookup, connection, headers and body run on a helper thread, which stops
    at the deadline too (it reads in chunks and checks the clock between them).
    """
    import threading
    import time
    deadline_s = download_deadline_s() if deadline_s is None else deadline_s
    give_up = time.monotonic() + deadline_s
    outcome: list = []
    done = threading.Event()

    def download() -> None:
        try:
            outcome.append(_get(url, min(timeout, deadline_s), give_up))
        except BaseException as err:  # handed to the waiting thread
            outcome.append(err)
        finally:
            done.set()

    threading.Thread(target=download, name="agenda download", daemon=True).start()
    if not done.wait(max(0.0, give_up - time.monotonic())) or isinstance(outcome[0], _TooLong):
        raise AgendaError(url, [Problem("download", took_too_long(deadline_s))])
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


class _TooLong(Exception):
    """The deadline passed while the helper thread was still reading."""


def _get(url: str, timeout: float, give_up: float) -> Response:
    import http.client
    import time
    import urllib.error  # only an agenda on a server pays for the HTTP machinery
    import urllib.request
    request = urllib.request.Request(url, headers={"User-Agent": f"{APP_NAME}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            chunks, size = [], 0
            while size <= MAX_FILE_BYTES:
                if time.monotonic() > give_up:
                    raise _TooLong()
                chunk = reply.read1(CHUNK_BYTES)  # what has arrived, not a whole chunk: the clock is checked often
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
            length = reply.headers.get("Content-Length")
            return Response(reply.status, b"".join(chunks), reply.headers.get("Content-Type", ""),
                            int(length) if length and length.isdigit() else None,
                            reply.headers.get("ETag"), reply.headers.get("Last-Modified"))
    except urllib.error.HTTPError as err:
        return Response(err.code, b"", err.headers.get("Content-Type", "") if err.headers else "")
    except urllib.error.URLError as err:
        reason = getattr(err, "reason", err)
        if isinstance(reason, TimeoutError):
            raise AgendaError(url, [Problem("download", f"no answer within {timeout:g} s")]) from None
        raise AgendaError(url, [Problem("download", f"the server cannot be reached ({reason})")]) from None
    except TimeoutError:
        raise AgendaError(url, [Problem("download", f"no answer within {timeout:g} s")]) from None
    except (OSError, ValueError, http.client.HTTPException) as err:
        raise AgendaError(url, [Problem("download", f"failed ({err})")]) from None


def source_bytes(source: str, deadline_s: float | None = None) -> bytes:
    """The bytes of a path or URL as they are now (no cache), for converting; AgendaError otherwise."""
    if not is_url(source):
        return read_file(source)
    response = fetch(source, deadline_s=deadline_s)
    problem = response_problem(response)
    if problem:
        raise AgendaError(source, [Problem("download", problem)])
    return response.body


def load_source(source: str, deadline_s: float | None = None) -> tuple[Agenda, str]:
    """The agenda from a path or URL, and where it came from ("file", "server" or "cache")."""
    loaded = open_source(source, deadline_s)
    return loaded.agenda, loaded.origin


def open_source(source: str, deadline_s: float | None = None, cache_first: bool = False) -> Loaded:
    """The agenda from a path or URL, as :class:`Loaded`.

    A URL is downloaded (within the deadline); when that fails, the saved copy is used and the
    failure logged. With ``cache_first`` (a starting live kiosk) a good saved copy is used at once
    without waiting for the server: the running kiosk asks the server straight after.
    """
    if not is_url(source):
        return Loaded(load_agenda(source), "file")
    cache_problem: AgendaError | None = None
    if cache_first:
        try:
            loaded = cached_agenda(source)
        except AgendaError as err:
            cache_problem = err
            log.warning("%s", err.lines()[0])
        else:
            if loaded is not None:
                log.info("agenda from cache: %s (asking the server in the background)", source)
                return loaded
    try:
        response = fetch(source, deadline_s=deadline_s)
        agenda = agenda_from_response(source, response)
    except AgendaError as err:
        try:
            loaded = cached_agenda(source) if cache_problem is None else None
        except AgendaError as damaged:
            cache_problem = damaged
        if cache_problem is not None:
            raise Problems([err, cache_problem]) from None
        if loaded is None:
            raise AgendaError(source, err.problems + [Problem("cache", "there is no saved copy to fall back on")]) \
                from None
        log.warning("agenda rejected: %s: %s", source, err.lines()[0].removeprefix(f"{source}: "))
        log.warning("agenda from cache: %s", source)
        return loaded
    write_cache(source, response.body, response.etag, response.last_modified)
    return Loaded(agenda, "server", response.body, response.etag, response.last_modified)
