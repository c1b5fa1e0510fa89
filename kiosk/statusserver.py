"""The read-only status endpoint for venue IT: ``GET /status``, ``/screen.png`` and ``/metrics``.

The standard library's threading HTTP server, on a thread of its own, so that no request ever
waits on the display and the display never waits on a request. It is built to meet strangers:

- every request needs ``Authorization: Bearer <status_token>`` (compared in constant time);
  otherwise 401 and nothing else;
- GET only (405 for anything else: nothing can be changed through it);
- one request per connection, and each connection has one deadline for all of it (a client that
  sends a byte a second is cut off when the deadline passes, not kept alive by each byte);
- the request line and headers together are at most MAX_HEAD_BYTES: more is answered 431 as
  soon as that much has arrived, the rest never read;
- at most MAX_CONNECTIONS at once; beyond that a connection is closed as it is accepted;
- refused requests are logged once a minute per address (how many and why), never the token.

The pages come from callables the Qt side gives (``facts`` and ``picture``): this module never
touches a widget. Started only when ``status_port`` is set, after the kiosk's first frame.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from kiosk.status import REFUSAL, Facts, LastError, cached_hash, resident_memory_bytes, status_document

log = logging.getLogger("kiosk.status")

MAX_HEAD_BYTES = 8 * 1024    # request line and headers; a real client sends a few hundred bytes
MAX_CONNECTIONS = 8          # at once; the office's window needs one or two per screen
REQUEST_TIMEOUT_S = 10.0     # the whole connection: request in, answer out
TIMEOUT_ENV = "KIOSK_STATUS_TIMEOUT_S"  # lowers the deadline for tests (never raises it)
PICTURE_DEADLINE_S = 2.0     # the GUI thread has this long to grab the screen
REFUSAL_LOG_EVERY_S = 60.0
MAX_ADDRESSES_REMEMBERED = 4096
PATHS = ("/status", "/screen.png", "/metrics")


def request_timeout_s() -> float:
    try:
        value = float(os.environ.get(TIMEOUT_ENV, ""))
    except ValueError:
        return REQUEST_TIMEOUT_S
    return value if 0 < value < REQUEST_TIMEOUT_S else REQUEST_TIMEOUT_S


class RefusalLog:
    """Refused requests, logged at most once a minute per address: the first at once, the others
    counted and said with the next line for that address."""

    def __init__(self, every_s: float = REFUSAL_LOG_EVERY_S, clock: Callable[[], float] = time.monotonic):
        self.every_s, self.clock = every_s, clock
        self._lock = threading.Lock()
        self._seen: dict[str, list] = {}  # address -> [when last logged, refused since then]
        self.lines = 0

    def note(self, address: str, reason: str) -> None:
        now = self.clock()
        with self._lock:
            entry = self._seen.get(address)
            if entry is not None and now - entry[0] < self.every_s:
                entry[1] += 1
                return
            since = entry[1] if entry is not None else 0
            if entry is None and len(self._seen) >= MAX_ADDRESSES_REMEMBERED:
                self._seen.pop(next(iter(self._seen)))  # the longest-known address goes
            self._seen[address] = [now, 0]
            self.lines += 1
        more = f" (and {since} more refused in the minute before)" if since else ""
        log.warning("status: refused a request from %s: %s%s", address, reason, more, extra={REFUSAL: True})


class _HeadTooLarge(Exception):
    pass


def read_head(sock: socket.socket, deadline: float, limit: int = MAX_HEAD_BYTES) -> bytes:
    """The request line and headers (up to the blank line), read by the deadline and never more
    than ``limit`` bytes (plus one receive); TimeoutError, _HeadTooLarge or ConnectionError."""
    data = bytearray()
    while True:
        end = data.find(b"\r\n\r\n")
        if end < 0:
            end = data.find(b"\n\n")
            if end >= 0:
                return bytes(data[:end + 2])
        else:
            return bytes(data[:end + 4])
        if len(data) > limit:
            raise _HeadTooLarge()
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError()
        sock.settimeout(remaining)
        chunk = sock.recv(4096)
        if not chunk:
            raise ConnectionError("closed by the client")
        data += chunk


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "lobby-kiosk"
    sys_version = ""
    error_content_type = "text/plain; charset=utf-8"
    error_message_format = "%(code)d %(message)s\n"
    default_request_version = "HTTP/1.0"  # so that even a garbled request gets a status line

    def version_string(self) -> str:
        return self.server_version

    def handle(self) -> None:  # one request per connection, within one deadline
        self.close_connection = True
        self.deadline = time.monotonic() + self.server.timeout_s
        address = self.client_address[0]
        try:
            head = read_head(self.connection, self.deadline)
        except _HeadTooLarge:
            self.server.refusals.note(address, f"headers longer than {MAX_HEAD_BYTES} bytes")
            self._raw(431, "Request Header Fields Too Large")
            return
        except TimeoutError:
            self.server.refusals.note(address, f"the request did not arrive within {self.server.timeout_s:g} s")
            self._raw(408, "Request Timeout")
            return
        except OSError:
            return
        line, _, rest = head.partition(b"\n")
        self.raw_requestline = line + b"\n"
        self.rfile = io.BytesIO(rest)  # parse_request reads the headers from here, nothing from the socket
        self._writable()
        try:
            if not self.parse_request():  # it answered 400 or the like itself
                self.server.refusals.note(address, "a malformed request")
                return
            self._answer(address)
        except OSError:  # the client went away, or stopped reading until the deadline
            pass

    def _raw(self, code: int, reason: str) -> None:
        try:
            self._writable()
            self.connection.sendall(f"HTTP/1.0 {code} {reason}\r\nContent-Length: 0\r\n"
                                    "Connection: close\r\n\r\n".encode("ascii"))
        except OSError:
            pass

    def _writable(self) -> None:
        """Writes get what is left of the connection's deadline (at least a moment)."""
        self.connection.settimeout(max(0.2, self.deadline - time.monotonic()))

    def _authorised(self) -> bool:
        scheme, _, given = (self.headers.get("Authorization") or "").strip().partition(" ")
        if scheme.lower() != "bearer":
            return False
        # Digests of equal length, compared in constant time: neither the token nor its length leaks.
        given_digest = hashlib.sha256(given.strip().encode("utf-8", "surrogateescape")).digest()
        return hmac.compare_digest(given_digest, self.server.token_digest)

    def _answer(self, address: str) -> None:
        if not self._authorised():
            self.server.refusals.note(address, "no token or a wrong one")
            self._send(401, b"", "text/plain; charset=utf-8", {"WWW-Authenticate": 'Bearer realm="kiosk"'})
            return
        if self.command != "GET":
            self._send(405, b"only GET: nothing can be changed here\n", "text/plain; charset=utf-8",
                       {"Allow": "GET"})
            return
        path = self.path.split("?", 1)[0]
        if path == "/status":
            facts = self.server.facts()
            if facts is None:
                self._send(503, b"starting\n", "text/plain; charset=utf-8")
                return
            document = status_document(facts, self.server.version, self.server.started, self.server.last_error)
            body = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
            self._send(200, body, "application/json; charset=utf-8")
        elif path == "/screen.png":
            picture = self.server.picture(PICTURE_DEADLINE_S)
            if picture is None:
                self._send(503, f"the screen did not answer within {PICTURE_DEADLINE_S:g} s\n".encode(),
                           "text/plain; charset=utf-8", {"Retry-After": "5"})
            else:
                self._send(200, picture, "image/png")
        elif path == "/metrics":
            body, content_type = self.server.metrics()
            self._send(200, body, content_type)
        else:
            self._send(404, ("not here; ask " + ", ".join(PATHS) + "\n").encode(), "text/plain; charset=utf-8")

    def _send(self, code: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self._writable()
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if body:
            self.wfile.write(body)

    def log_message(self, format, *args) -> None:  # noqa: A002 (the base class's name)
        pass  # not every request to stderr: refusals go to the kiosk's log, counted (RefusalLog)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 16

    def __init__(self, address: tuple[str, int], owner: StatusServer):
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.owner = owner
        self.slots = threading.BoundedSemaphore(owner.max_connections)
        super().__init__(address, _Handler)
        # what the handlers read (set before the first request can arrive)
        self.timeout_s, self.refusals = owner.timeout_s, owner.refusals
        self.token_digest = hashlib.sha256(owner.token.encode("utf-8")).digest()
        self.facts, self.picture, self.metrics = owner.facts, owner.picture, owner.metrics
        self.version, self.started, self.last_error = owner.version, owner.started, owner.last_error

    def process_request(self, request, client_address) -> None:
        if not self.slots.acquire(blocking=False):  # full: closed at once, nothing read
            self.refusals.note(client_address[0], f"more than {self.owner.max_connections} connections at once")
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self.slots.release()
            raise

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()

    def handle_error(self, request, client_address) -> None:
        log.warning("status: a request from %s failed", client_address[0], exc_info=True)


class StatusServer:
    """The endpoint, run on a daemon thread: ``start()`` binds (OSError in plain words when it
    cannot), ``stop()`` ends it.

    ``facts()`` returns the latest :class:`kiosk.status.Facts` (or None before the first);
    ``picture(deadline_s)`` returns the screen as PNG bytes, or None when the GUI thread did not
    answer by then. Both are called on the server's threads.
    """

    def __init__(self, address: str, port: int, token: str, facts: Callable[[], Facts | None],
                 picture: Callable[[float], bytes | None], last_error: LastError | None = None,
                 max_connections: int = MAX_CONNECTIONS, timeout_s: float | None = None,
                 refusals: RefusalLog | None = None):
        self.address, self.requested_port, self.token = address, port, token
        self.facts, self.picture = facts, picture
        self.last_error = last_error
        self.max_connections = max_connections
        self.timeout_s = request_timeout_s() if timeout_s is None else timeout_s
        self.refusals = refusals or RefusalLog()
        self.started = time.monotonic()
        self.version = "?"
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None
        self._registry = None

    @property
    def port(self) -> int:
        return self._httpd.server_address[1] if self._httpd is not None else self.requested_port

    def start(self) -> None:
        from kiosk import __version__
        self.version = __version__
        try:
            self._httpd = _Server((self.address, self.requested_port), self)
        except OSError as err:
            raise OSError(f"cannot listen on {self.address} port {self.requested_port} ({err.strerror or err}); "
                          "is another program (or another kiosk) using it? Choose another status_port") from None
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.5},
                                        name="status server", daemon=True)
        self._thread.start()
        log.info("status endpoint on %s port %d (GET %s, with the token)", self.address, self.port, ", ".join(PATHS))

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def metrics(self) -> tuple[bytes, str]:
        """The Prometheus text of this kiosk, made by prometheus_client from the latest facts."""
        from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
        if self._registry is None:
            from prometheus_client import CollectorRegistry
            registry = CollectorRegistry(auto_describe=False)  # our own: never the library's global one
            registry.register(_Collector(self))
            self._registry = registry
        return generate_latest(self._registry), CONTENT_TYPE_LATEST


class _Collector:
    """Metrics read from the facts at each scrape: nothing to keep in step with the display."""

    def __init__(self, server: StatusServer):
        self.server = server

    def collect(self):
        from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, InfoMetricFamily
        facts = self.server.facts()
        yield GaugeMetricFamily("kiosk_up", "1 while the kiosk runs and answers", value=1)
        yield GaugeMetricFamily("kiosk_uptime_seconds", "Seconds since the kiosk started",
                                value=round(time.monotonic() - self.server.started, 1))
        rss = resident_memory_bytes()
        if rss is not None:
            yield GaugeMetricFamily("kiosk_resident_memory_bytes", "Resident memory of the kiosk process", value=rss)
        if facts is None:
            return
        info = InfoMetricFamily("kiosk", "The kiosk's version, screen, agenda fingerprint and event time zone")
        info.add_metric([], {"version": self.server.version, "screen": str(facts.screen),
                             "agenda_hash": cached_hash(facts.agenda), "event_zone": facts.agenda.timezone.key})
        yield info
        yield GaugeMetricFamily("kiosk_agenda_items", "Items in the programme shown", value=len(facts.agenda.items))
        yield CounterMetricFamily("kiosk_agenda_reload_failures", "Agenda reloads that failed (the last good "
                                  "agenda stayed on the screen)", value=facts.reload_failures)
        yield CounterMetricFamily("kiosk_state_changes", "Times the screen's state changed (a boundary passed)",
                                  value=facts.state_changes)
        if facts.last_good_at is not None:
            yield GaugeMetricFamily("kiosk_agenda_last_good_timestamp_seconds",
                                    "When a valid agenda was last applied or confirmed (Unix time)",
                                    value=facts.last_good_at)
        if facts.clock_offset_s is not None:
            yield GaugeMetricFamily("kiosk_clock_offset_seconds", "This PC's clock minus the agenda server's "
                                    "(from its Date header; positive: the PC is ahead)", value=facts.clock_offset_s)
