"""Hostile clients of a kiosk's status endpoint, run as a separate process by the tests (so that
only the kiosk's own work runs in the kiosk's process, as on a venue PC).

    python hostile_status_clients.py PORT

Runs at once: 1,000 requests with wrong or missing tokens (4 at a time), a client that sends
its request a byte a second, and one that sends an 80 kB header. Prints what each saw as JSON.
"""

from __future__ import annotations

import json
import socket
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

HOST = "127.0.0.1"


def wrong_token(port: int, number: int) -> str:
    header = "" if number % 10 == 0 else f"Authorization: Bearer wrong-{number:04d}-token-guess\r\n"
    with socket.create_connection((HOST, port), timeout=10) as sock:
        sock.sendall(f"GET /status HTTP/1.1\r\nHost: kiosk\r\n{header}\r\n".encode())
        answer = b""
        while chunk := sock.recv(4096):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    return f"{head.split(b' ')[1].decode()}:{len(body)}"


def byte_a_second(port: int) -> dict:
    """Send the request a byte at a time, a second apart (the socket's wait for an answer is the
    pause): the server must cut it off at its deadline, whatever the bytes."""
    request = b"GET /status HTTP/1.1\r\nHost: kiosk\r\nAuthorization: Bearer slow-slow-slow-slow\r\n\r\n"
    started = time.monotonic()
    sent = 0
    with socket.create_connection((HOST, port), timeout=10) as sock:
        sock.settimeout(1.0)
        answer = b""
        for byte in request:
            try:
                sock.sendall(bytes([byte]))
                sent += 1
            except OSError:
                break
            try:
                answer = sock.recv(4096)
                break  # an answer, or b"" when closed: cut off either way
            except TimeoutError:
                continue  # a second went by with no answer: the next byte
            except OSError:
                break
    return {"sent": sent, "of": len(request), "seconds": round(time.monotonic() - started, 2),
            "answer": answer[:40].decode("latin-1")}


def big_header(port: int) -> dict:
    request = b"GET /status HTTP/1.1\r\nHost: kiosk\r\nX-Padding: " + b"x" * 80_000 + b"\r\n\r\n"
    started = time.monotonic()
    with socket.create_connection((HOST, port), timeout=10) as sock:
        sent, error = 0, None
        try:
            for offset in range(0, len(request), 4096):
                sent += sock.send(request[offset:offset + 4096])
        except OSError as err:  # the server closed while we were still sending
            error = type(err).__name__
        try:
            answer = sock.recv(4096)
        except OSError as err:
            answer, error = b"", error or type(err).__name__
    return {"seconds": round(time.monotonic() - started, 2), "answer": answer[:40].decode("latin-1"),
            "error": error, "size": len(request)}


def main() -> None:
    port = int(sys.argv[1])
    results: dict = {}
    slow = threading.Thread(target=lambda: results.update(slow=byte_a_second(port)))
    big = threading.Thread(target=lambda: results.update(big=big_header(port)))
    slow.start()
    big.start()
    started = time.monotonic()
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda n: wrong_token(port, n), range(1000)))
    results["wrong_seconds"] = round(time.monotonic() - started, 2)
    results["wrong"] = {answer: answers.count(answer) for answer in set(answers)}
    slow.join()
    big.join()
    print(json.dumps(results))


if __name__ == "__main__":
    main()
