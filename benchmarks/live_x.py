"""The live kiosk on a real X server, as people meet it: its first paint, taps, the staff hold, memory.

Each run starts a private Xvfb (1920×1080×24), launches one program full-screen on it and reads
the screen from outside (benchmarks/xscreen.py): nothing inside the measured process reports
anything. What counts as on the screen (1920×1080 coordinates, colours of ui/theme.py):

- content: the display's background (#0E1B2C) at the top-left corner (8, 8), and at least
  2,000 light pixels (red, green and blue ≥ 200) in the clock's area at the top right
  (1480–1900 × 30–160): the clock "15:10" has ~13,000 in the kiosk and ~15,000 in the bare
  window. The same test for both programs;
- the touch browser: today's day tab (teal #45D3C6) at (75, 166) and the detail pane's card
  (#172F4D) at (1800, 900);
- the display again: content, and neither of those two;
- the staff keypad: the card colour beside the digits of the keys "1" (710, 386) and "9"
  (1080, 662), and the teal of the checked EN switch (1612, 52), where the display's clock was.

Taps and the hold go through XTest (as ``xdotool click`` / ``xdotool mousedown``). A tap is timed
from its release (the kiosk opens the browser on the release, so a finger's lift); the hold at
(2, 2) is timed from the moment it is complete, the press + 3.0 s (the kiosk's HOLD_MS), so the
figure is what the kiosk adds to the hold itself.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from xscreen import Screen, Xvfb, save_root, wait_for

WIDTH, HEIGHT = 1920, 1080
BACKGROUND = (14, 27, 44)   # ui.theme.BACKGROUND_TOP
CARD = (23, 47, 77)         # ui.theme.CARD
TEAL = (69, 211, 198)       # ui.theme.TEAL
CLOCK_AREA = (1480, 30, 420, 130)
CLOCK_PIXELS = 2000
HOLD_S = 3.0                # ui.window.HOLD_MS
AT = "2018-09-27T15:10"     # a session: the display shows a full screen of text


def near(colour: tuple[int, int, int], reference: tuple[int, int, int], tolerance: int = 6) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour, reference, strict=True))


def content(screen: Screen) -> bool:
    """The background, and light text in the clock's area (the cheap pixel first: polled every 2 ms)."""
    return near(screen.rgb(8, 8), BACKGROUND) and screen.region(*CLOCK_AREA).bright() >= CLOCK_PIXELS


def browser(screen: Screen) -> bool:
    return near(screen.rgb(75, 166), TEAL) and near(screen.rgb(1800, 900), CARD)


def display(screen: Screen) -> bool:
    return content(screen) and not near(screen.rgb(75, 166), TEAL) and not near(screen.rgb(1800, 900), CARD)


def keypad(screen: Screen) -> bool:
    return near(screen.rgb(710, 386), CARD) and near(screen.rgb(1080, 662), CARD) and near(screen.rgb(1612, 52), TEAL)


def vm_rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


@dataclass
class Launched:
    """One program started full-screen on a fresh Xvfb."""

    proc: subprocess.Popen
    xvfb: Xvfb
    screen: Screen
    started: float
    folder: Path

    def stop(self) -> int:
        """SIGTERM, as systemd stops the kiosk; its exit code (-9 when it had to be killed)."""
        code = -9
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.screen.close()
        self.xvfb.close()
        return code


def launch(command: list[str], env: dict, cwd: Path, folder: Path) -> Launched:
    """Start ``command`` on a new Xvfb, with its own runtime, state, cache and settings folders."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    xvfb = Xvfb(WIDTH, HEIGHT)
    screen = Screen(xvfb.display)
    env = {k: v for k, v in env.items() if k != "QT_QPA_PLATFORM"}
    env.update({"DISPLAY": xvfb.display, "XDG_RUNTIME_DIR": str(folder), "KIOSK_STATE_DIR": str(folder),
                "KIOSK_CACHE_DIR": str(folder), "KIOSK_CONFIG_DIR": str(folder)})
    started = time.monotonic()
    proc = subprocess.Popen(command, env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    return Launched(proc, xvfb, screen, started, folder)


def kiosk_command(kiosk: list[str], agenda: Path, folder: Path, *flags: str) -> list[str]:
    return kiosk + ["--agenda", str(agenda), "--allow-default-pin", "--log-file", str(folder / "kiosk.log"),
                    *flags]


@dataclass
class LiveRun:
    """The figures of one run of the live kiosk (or, with taps left at None, of the bare window)."""

    first_paint_s: float
    rss_mb: float
    first_tap_ms: float | None = None
    later_tap_ms: float | None = None
    hold_ms: float | None = None
    exit_code: int = 0
    notes: list[str] = field(default_factory=list)


def _need(when: float | None, what: str, run: Launched) -> float:
    if when is None:
        picture = run.folder / "screen.png"
        saved = save_root(run.xvfb.display, picture)
        log = run.folder / "kiosk.log"
        raise SystemExit(f"bench: {what} never appeared on the screen"
                         + (f" (the screen then: {picture})" if saved else "")
                         + (":\n" + log.read_text(errors="replace") if log.exists() else ""))
    return when


def first_paint(run: Launched, timeout: float = 60.0) -> float:
    """Seconds from launch until the content is on the screen (polled every 2 ms)."""
    def test(screen: Screen) -> bool:
        if run.proc.poll() is not None:
            raise SystemExit(f"bench: {run.proc.args[0]} exited with code {run.proc.returncode} before painting")
        return content(screen)
    return _need(wait_for(run.screen, test, timeout), "the first content", run) - run.started


def settle_rss(run: Launched, after_s: float) -> float:
    """VmRSS in MB, read ``after_s`` seconds after the launch."""
    time.sleep(max(0.0, run.started + after_s - time.monotonic()))
    return vm_rss_kb(run.proc.pid) / 1024


def measure_bare(python: str, script: Path, env: dict, cwd: Path, folder: Path, settle_s: float) -> LiveRun:
    run = launch([python, str(script)], env, cwd, folder)
    try:
        paint = first_paint(run)
        rss = settle_rss(run, settle_s)
    finally:
        run.stop()
    return LiveRun(paint, rss)


def tap_until(run: Launched, x: int, y: int, test, what: str) -> float:
    """Milliseconds from a tap's release at (x, y) until ``test`` sees the screen it opens."""
    released = run.screen.tap(x, y)
    return (_need(wait_for(run.screen, test, 10.0, every=0.001), what, run) - released) * 1000


def paint_only(command: list[str], env: dict, cwd: Path, folder: Path) -> float:
    """Launch → content on the screen, then SIGTERM: one more sample of first paint alone."""
    run = launch(command, env, cwd, folder)
    try:
        return first_paint(run)
    finally:
        run.stop()


def kiosk_at_the_bench_instant(kiosk: list[str], agenda: Path, folder: Path) -> list[str]:
    """The kiosk's command on a copy of ``agenda`` in ``folder`` (a folder of its own: the kiosk
    watches its agenda's folder), at the live rows' instant."""
    folder.mkdir(mode=0o700, parents=True)
    local = folder / "agenda.json"
    local.write_bytes(agenda.read_bytes())
    return kiosk_command(kiosk, local, folder, "--at", AT)


def measure_kiosk(kiosk: list[str], agenda: Path, env: dict, cwd: Path, folder: Path, settle_s: float) -> LiveRun:
    """First paint, RSS once settled, the first and a later tap, the corner hold; then SIGTERM."""
    run = launch(kiosk_at_the_bench_instant(kiosk, agenda, folder), env, cwd, folder)
    try:
        paint = first_paint(run)
        rss = settle_rss(run, settle_s)
        first = tap_until(run, WIDTH // 2, HEIGHT // 2, browser, "the browser after the first tap")
        time.sleep(0.3)
        tap_until(run, 134, 1014, display, "the display after Home")  # the browser's Home button
        time.sleep(0.3)
        later = tap_until(run, WIDTH // 2, HEIGHT // 2, browser, "the browser after a later tap")
        time.sleep(0.3)
        tap_until(run, 134, 1014, display, "the display after Home")
        time.sleep(0.3)
        run.screen.move(2, 2)
        pressed = run.screen.button(True)
        shown = _need(wait_for(run.screen, keypad, HOLD_S + 10.0, every=0.001), "the staff keypad", run)
        run.screen.button(False)
        hold = (shown - (pressed + HOLD_S)) * 1000
    finally:
        code = run.stop()
    return LiveRun(paint, rss, first, later, hold, code)


@dataclass
class Replay:
    """What a replay measured: (seconds from launch, VmRSS kB) every ``every`` seconds, and when each
    kind of screen was first shown (seconds from launch, its kind: see :func:`screen_kind`)."""

    samples: list[tuple[float, int]]
    first_shown: list[tuple[float, str]]
    changes: int
    exit_code: int


def item_kinds(agenda: Path) -> dict[str, str]:
    """Each item's id -> its kind (session, break, meal, reception …), from the agenda's JSON."""
    data = json.loads(agenda.read_text(encoding="utf-8"))
    return {item["id"]: item.get("kind", "") for day in data.get("days", []) for item in day.get("items", [])}


def screen_kind(line: str, kinds: dict[str, str]) -> str | None:
    """The kind of screen a log line's state shows: its phase and, during an item, the item's kind
    (the display lays out a session, a break or a reception differently); None for other lines."""
    if " state: " not in line:
        return None
    phase, *rest = line.split(" state: ", 1)[1].split()
    words = dict(word.split("=", 1) for word in rest if "=" in word)
    current = words.get("current", "-")
    return phase if current == "-" else f"{phase}:{kinds.get(current, '?')}"


def replay(kiosk: list[str], agenda: Path, env: dict, cwd: Path, folder: Path, at: str, speed: float,
           seconds: float, every: float = 0.5) -> Replay:
    """The kiosk full-screen from ``at`` at ``speed`` for ``seconds``, sampled every ``every`` seconds:
    its VmRSS, and its log read as it grows (when each kind of screen was first shown)."""
    folder.mkdir(mode=0o700, parents=True)
    local = folder / "agenda.json"
    local.write_bytes(agenda.read_bytes())
    kinds = item_kinds(local)
    log = folder / "kiosk.log"
    run = launch(kiosk_command(kiosk, local, folder, "--at", at, "--speed", str(speed)), env, cwd, folder)
    samples: list[tuple[float, int]] = []
    first_shown: list[tuple[float, str]] = []
    seen: set[str] = set()
    read = 0
    states = 0

    def read_log(now: float) -> None:
        nonlocal read, states
        try:
            with open(log, "rb") as file:
                file.seek(read)
                chunk = file.read()
        except OSError:
            return
        complete = chunk[:chunk.rfind(b"\n") + 1]
        read += len(complete)
        for line in complete.decode("utf-8", "replace").splitlines():
            kind = screen_kind(line, kinds)
            if kind is not None:
                states += 1
                if kind not in seen:
                    seen.add(kind)
                    first_shown.append((now, kind))

    try:
        first_paint(run)
        end = run.started + seconds
        while time.monotonic() < end:
            if run.proc.poll() is not None:
                raise SystemExit(f"bench: the replayed kiosk exited early with code {run.proc.returncode}")
            now = time.monotonic() - run.started
            read_log(now)
            samples.append((now, vm_rss_kb(run.proc.pid)))
            time.sleep(every)
    finally:
        code = run.stop()
    return Replay(samples, first_shown, max(0, states - 1), code)  # the first state is the start


def _median(part: list[int]) -> int:
    ordered = sorted(part)
    return ordered[len(ordered) // 2] if ordered else 0


def growth_after_first_round_kb(run: Replay, settle_s: float = 2.0, window: int = 5) -> tuple[int, float]:
    """RSS growth once every kind of screen of the replay has been shown once: the RSS at the end
    minus the RSS ``settle_s`` after the last kind shown for the first time (its fade and first
    paint over), each the median of ``window`` samples, so a fade's passing picture is not taken
    for growth. Returns (growth in kB, the seconds it spans)."""
    start = max((t for t, _kind in run.first_shown), default=0.0) + settle_s
    after = [(t, kb) for t, kb in run.samples if t >= start]
    if len(after) < 2 * window:
        return 0, 0.0
    values = [kb for _t, kb in after]
    return _median(values[-window:]) - _median(values[:window]), after[-1][0] - after[0][0]


def cpu_seconds(pid: int) -> float:
    """utime + stime of a running process, from /proc/<pid>/stat."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
