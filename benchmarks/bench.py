"""`make bench`: the live kiosk's speed and memory as people meet them, against a bare PySide6 window.

    python benchmarks/bench.py [--runs 5] [--quick] [--live-seconds 60] [--replay-seconds S]
                               [--out results.md] [--root DIR]

The live rows run the kiosk as a lobby runs it: full-screen on a real X server (a private Xvfb,
1920×1080×24, started for each run), read from outside the process by benchmarks/xscreen.py
(libX11's XGetImage of a few points and the clock's area, every 2 ms; XTest for taps and the
staff hold). The baseline is benchmarks/bare_window.py: a bare full-screen PySide6 window with
three labels (event name, a title, the clock "15:10" in bold 112 px) on the kiosk's background
colour, probed the same way, in the same runs, interleaved with the kiosk's (live_x.py says what
"on the screen" means for each row). Every figure is the median of --runs runs, but the start-up
timings, first paint and the whole-process rows below: the median of --launches launches of
each program (for first paint, the full runs, then launches that end at the paint).

- first paint: launch → content on the screen; RSS: VmRSS 10 s after the launch;
- first tap → browser on the screen, Home, a later tap → browser again; the top-left corner
  held → keypad on the screen, counted from the end of the 3 s hold;
- a whole-event replay (both days, from 07:00 on day 1 at speed 600, ~5 minutes): VmRSS every
  0.5 s, its peak, and its growth once every kind of screen (phase and item kind, read from its
  log as it runs) has been shown once: from 2 s after the last new kind to the end;
- idle CPU of a busy minute (15:10, en+ru) and a quiet one (coffee break, English only), each
  full-screen on its own Xvfb beside the replay; then SIGTERM, which must end each with code 0.

Secondary rows (offscreen, Qt's own platform): `kiosk --screenshot` as a whole process against
`bare_window.py --png` (the same window painted into an image and saved by Qt's PNG writer), the
1,000-item agenda's check and screenshot, and in-process probes (probes.py: state change,
scrolling, the browser opening, state_at). --quick runs everything once on tiny inputs and short
runs: it only shows the script works (tests/e2e/test_bench.py), its figures mean nothing. --root
measures another copy of the project with these same scripts.

Children get their own XDG_RUNTIME_DIR, KIOSK_CONFIG_DIR, KIOSK_STATE_DIR and KIOSK_CACHE_DIR in
a temporary folder, and bytecode cached in a temporary PYTHONPYCACHEPREFIX (nothing is written
into the work tree); an untimed warm-up run of each process comes first, so the figures are
those of an installed kiosk whose .pyc files exist.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import live_x  # noqa: E402
import xscreen  # noqa: E402
from big_agenda import big_agenda  # noqa: E402

SIZE = (1920, 1080)
AT = live_x.AT                   # a session, no boundary until 16:00
QUIET_AT = "2018-09-27T16:05"    # the coffee break: nothing turns, the clock ticking is the only work
BROWSE_AT = "2018-09-28T10:05"   # a day with its programme to flick through
REPLAY_FROM = "2018-09-27T07:00"  # both days at speed 600, until the morning after the event
REPLAY_SPEED = 600
REPLAY_S = 48 * 3600 / REPLAY_SPEED
SETTLE_S = 10.0                  # "once settled": RSS read this long after the launch
BIG = 1000                       # items of the generated agenda for the scale rows
STATE_AT_SIZES = (10, 100, 1000, 10000)

# Every budget: (limit, whether the figure must stay strictly under it).
BUDGETS = {
    "first_paint_ratio": (1.3, False),
    "rss_ratio": (1.3, False),
    "first_tap_ms": (150.0, False),
    "later_tap_ms": (50.0, False),
    "replay_growth_mb": (1.0, False),
    "idle_cpu_pct": (0.3, False),
    "quiet_cpu_pct": (0.3, False),
    "sigterm_exit_code": (0, False),
    "state_change_ms": (50.0, True),
    "scroll_p95_ms": (8.0, True),
    "big_check_s": (0.5, True),
    "big_first_frame_ratio": (1.5, False),
    "big_browser_open_ms": (200.0, True),
    # logarithmic or better: no more than log(10,000) / log(10) = 4 times the time at 10 items
    "state_at_growth": (math.log2(STATE_AT_SIZES[-1]) / math.log2(STATE_AT_SIZES[0]), False),
}


# --- running things ------------------------------------------------------------------------------

@dataclass
class ProcessRun:
    wall_s: float
    maxrss_kb: int
    code: int
    cpu_s: float = 0.0
    stderr: str = ""


def run_process(cmd: list[str], env: dict, cwd: Path, timeout: float = 120.0, stdout_path: Path | None = None
                ) -> ProcessRun:
    """Wall time and peak RSS (from wait4: this child's own rusage) of one whole process."""
    with tempfile.TemporaryFile() as err, (open(stdout_path, "wb") if stdout_path else
                                           open(os.devnull, "wb")) as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _pid, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        return ProcessRun(wall, usage.ru_maxrss, proc.returncode, usage.ru_utime + usage.ru_stime,
                          err.read().decode("utf-8", "replace")[-2000:])


def check(run: ProcessRun, what: str) -> ProcessRun:
    if run.code != 0:
        raise SystemExit(f"bench: {what} failed with exit code {run.code}:\n{run.stderr}")
    return run


def probe(ctx: Context, *args: str) -> dict:
    out = ctx.tmp / "probe.json"
    check(run_process([ctx.python, str(HERE / "probes.py"), *args], ctx.env, ctx.root, timeout=300,
                      stdout_path=out), f"probes.py {' '.join(args)}")
    return json.loads(out.read_text().strip().splitlines()[-1])


# --- the measurements ----------------------------------------------------------------------------

@dataclass
class Context:
    root: Path
    tmp: Path
    python: str
    kiosk: list[str]
    env: dict
    runs: int
    quick: bool
    live_seconds: float
    replay_seconds: float
    settle_s: float
    launches: int = 0  # of each program, for the start-up timings (first paint, the whole-process rows)
    packaged: Path | None = None  # a built kiosk executable (make dist), measured for information
    figures: dict = field(default_factory=dict)
    notes: dict = field(default_factory=dict)
    folders: int = 0

    def folder(self, name: str) -> Path:
        self.folders += 1
        return self.tmp / f"{name}-{self.folders}"


def _runs(values: list[float], unit: str, digits: int = 2) -> str:
    return "runs: " + ", ".join(f"{v:.{digits}f}" for v in values) + f" {unit}"


def measure_live(ctx: Context) -> None:
    """The bare window and the kiosk, full-screen on Xvfb, interleaved (the order alternates)."""
    agenda = ctx.root / "agenda.json"
    bare_script = HERE / "bare_window.py"

    def bare() -> live_x.LiveRun:
        return live_x.measure_bare(ctx.python, bare_script, ctx.env, ctx.root, ctx.folder("bare"), ctx.settle_s)

    def kiosk() -> live_x.LiveRun:
        return live_x.measure_kiosk(ctx.kiosk, agenda, ctx.env, ctx.root, ctx.folder("kiosk"), ctx.settle_s)

    if not ctx.quick:  # compile the bytecode, fill the file cache: not measured
        bare()
        kiosk()
    bares: list[live_x.LiveRun] = []
    kiosks: list[live_x.LiveRun] = []
    for n in range(ctx.runs):
        if n % 2:
            kiosks.append(kiosk())
            bares.append(bare())
        else:
            bares.append(bare())
            kiosks.append(kiosk())
    # First paint varies most from launch to launch (the bare window's by a third on this kind of
    # host), so it takes more samples: launches that end at the paint, interleaved the same way.
    bare_paints = [r.first_paint_s for r in bares]
    kiosk_paints = [r.first_paint_s for r in kiosks]

    def bare_paint(into: list[float] = bare_paints) -> None:
        into.append(live_x.paint_only([ctx.python, str(bare_script)], ctx.env, ctx.root, ctx.folder("bare")))

    def kiosk_paint() -> None:
        folder = ctx.folder("kiosk")
        command = live_x.kiosk_at_the_bench_instant(ctx.kiosk, agenda, folder)
        kiosk_paints.append(live_x.paint_only(command, ctx.env, ctx.root, folder))

    packaged_paints: list[float] = []

    def packaged_paint() -> None:  # the executable staff run (--packaged), for information
        folder = ctx.folder("packaged")
        command = live_x.kiosk_at_the_bench_instant([str(ctx.packaged)], agenda, folder)
        packaged_paints.append(live_x.paint_only(command, ctx.env, ctx.root, folder))

    for n in range(ctx.runs, ctx.launches):  # the order alternates on, as in the full runs
        for measure in ((kiosk_paint, bare_paint) if n % 2 else (bare_paint, kiosk_paint)):
            measure()
    beside_packaged: list[float] = []  # the bare window's launches interleaved with the package's
    if ctx.packaged is not None:
        packaged_paint()  # fills the file cache: not measured
        packaged_paints.clear()
        pair = (packaged_paint, lambda: bare_paint(beside_packaged))
        for n in range(ctx.launches):  # the package beside the bare window, interleaved the same way
            for measure in (pair if n % 2 else pair[::-1]):
                measure()
    f, notes = ctx.figures, ctx.notes
    f["bare_paint_s"] = statistics.median(bare_paints)
    f["bare_rss_mb"] = statistics.median(r.rss_mb for r in bares)
    f["paint_s"] = statistics.median(kiosk_paints)
    f["rss_mb"] = statistics.median(r.rss_mb for r in kiosks)
    f["first_tap_ms"] = statistics.median(r.first_tap_ms for r in kiosks)
    f["later_tap_ms"] = statistics.median(r.later_tap_ms for r in kiosks)
    f["hold_ms"] = statistics.median(r.hold_ms for r in kiosks)
    f["sigterm_exit_code"] = max(abs(r.exit_code) for r in kiosks)
    notes["bare_paint"] = _runs(bare_paints, "s", 3)
    notes["bare_rss"] = _runs([r.rss_mb for r in bares], "MB", 1)
    notes["paint"] = _runs(kiosk_paints, "s", 3)
    if packaged_paints:
        f["packaged_paint_s"] = statistics.median(packaged_paints)
        f["packaged_bare_s"] = statistics.median(beside_packaged)
        notes["packaged_paint"] = (_runs(packaged_paints, "s", 3) + f"; the bare window beside it "
                                   f"{f['packaged_bare_s']:.3f} s ({_runs(beside_packaged, 's', 3)})")
    notes["rss"] = _runs([r.rss_mb for r in kiosks], "MB", 1)
    notes["first_tap"] = _runs([r.first_tap_ms for r in kiosks], "ms", 0) + "; builds the browser"
    notes["later_tap"] = _runs([r.later_tap_ms for r in kiosks], "ms", 0) + "; the browser exists"
    notes["hold"] = (_runs([r.hold_ms for r in kiosks], "ms", 0)
                     + "; from the press + 3.0 s, the hold itself not counted (Qt's coarse 3 s timer may end it up to "
                     "5 % early, hence a figure below 0); builds the staff panel")


def measure_replay_and_idle(ctx: Context) -> None:
    """The whole event replayed full-screen, and a busy and a quiet minute beside it, each on its own Xvfb."""
    agenda = ctx.root / "agenda.json"
    idle: dict[str, float] = {}
    codes: dict[str, int] = {}

    def minute(name: str, at: str, *flags: str) -> None:
        folder = ctx.folder(name)
        folder.mkdir(mode=0o700)
        local = folder / "agenda.json"
        local.write_bytes(agenda.read_bytes())
        run = live_x.launch(live_x.kiosk_command(ctx.kiosk, local, folder, "--at", at, *flags), ctx.env,
                            ctx.root, folder)
        try:
            live_x.first_paint(run)
            time.sleep(1.0 if ctx.quick else 5.0)  # the first timers and the deferred builds, then measure
            c0, t0 = live_x.cpu_seconds(run.proc.pid), time.monotonic()
            time.sleep(ctx.live_seconds)
            idle[name] = (live_x.cpu_seconds(run.proc.pid) - c0, time.monotonic() - t0)
        finally:
            codes[name] = run.stop()

    threads = [threading.Thread(target=minute, args=("idle", AT)),
               threading.Thread(target=minute, args=("quiet", QUIET_AT, "--lang", "en"))]
    for thread in threads:
        thread.start()
    try:
        played = live_x.replay(ctx.kiosk, agenda, ctx.env, ctx.root, ctx.folder("replay"), REPLAY_FROM,
                               REPLAY_SPEED, ctx.replay_seconds)
    finally:
        for thread in threads:
            thread.join()
    if set(idle) != {"idle", "quiet"}:
        raise SystemExit("bench: an idle kiosk failed (see above)")
    f, notes = ctx.figures, ctx.notes
    samples, replay_code = played.samples, played.exit_code
    values = [kb for _t, kb in samples]
    f["replay_peak_mb"] = max(values) / 1024
    growth_kb, span_s = live_x.growth_after_first_round_kb(played)
    f["replay_growth_mb"] = growth_kb / 1024
    middle = len(values) // 2
    last_t, last_kind = played.first_shown[-1] if played.first_shown else (0.0, "none")
    notes["replay"] = (f"{len(values)} samples, 0.5 s apart; RSS {values[0] / 1024:.1f} MB after the first paint, "
                       f"{values[middle] / 1024:.1f} half-way, {values[-1] / 1024:.1f} at the end; "
                       f"{played.changes} state changes in the log; {len(played.first_shown)} kinds of screen")
    after = [kb for t, kb in samples if t >= last_t + 2.0] or values[-1:]
    half_mb = (_median(values[-5:]) - _median(values[middle - 2:middle + 3])) / 1024
    notes["replay_growth"] = (f"the last new kind of screen ({last_kind}) showed {last_t:.0f} s into the replay; "
                              f"end minus 2 s after it, each the median of 5 samples, over {span_s:.0f} s; "
                              f"its range {min(after) / 1024:.1f}–{max(after) / 1024:.1f} MB; for information, "
                              f"end minus half-way {half_mb:+.1f} MB")
    for name, (cpu, wall) in idle.items():
        f[name + "_cpu_pct"] = 100.0 * cpu / wall
        notes[name] = f"{cpu:.2f} s CPU in {wall:.0f} s"
    notes["idle"] += (", default languages (en+ru): a page of people every 10 s, the language after the "
                      "last page")
    f["sigterm_exit_code"] = max(f.get("sigterm_exit_code", 0), abs(replay_code), *(abs(c) for c in codes.values()))


def _median(values: list[int]) -> int:
    return sorted(values)[len(values) // 2] if values else 0


def measure_processes(ctx: Context) -> None:
    """`kiosk --screenshot` against the bare window saved to PNG, and the 1,000-item agenda, interleaved."""
    width, height = SIZE
    size = f"{width}x{height}"
    big = ctx.tmp / "big-agenda.json"
    big.write_text(json.dumps(big_agenda(BIG)), encoding="utf-8")
    big_at = "2030-01-01T14:20:10Z"  # inside item 500 of the generated agenda (UTC)
    commands = {
        "png_baseline": [ctx.python, str(HERE / "bare_window.py"), "--png", str(ctx.tmp / "bare.png")],
        "screenshot": ctx.kiosk + ["--screenshot", str(ctx.tmp / "frame.png"), "--at", AT, "--size", size],
        "big_first_frame": ctx.kiosk + ["--screenshot", str(ctx.tmp / "big.png"), "--agenda", str(big),
                                        "--at", big_at, "--size", size],
        "big_check": ctx.kiosk + ["--check", "--agenda", str(big)],
    }
    env = {**ctx.env, "QT_QPA_PLATFORM": "offscreen"}
    if not ctx.quick:
        for name, cmd in commands.items():
            check(run_process(cmd, env, ctx.root), f"warm-up of {name}")
    results: dict[str, list[ProcessRun]] = {name: [] for name in commands}
    for _ in range(ctx.launches):
        for name, cmd in commands.items():
            results[name].append(check(run_process(cmd, env, ctx.root), name))
    for name, runs in results.items():
        ctx.figures[name + "_s"] = statistics.median(r.wall_s for r in runs)
        ctx.figures[name + "_rss_mb"] = statistics.median(r.maxrss_kb for r in runs) / 1024
        ctx.notes[name] = (_runs([r.wall_s for r in runs], "s") + "; CPU (user+sys) median "
                           f"{statistics.median(r.cpu_s for r in runs):.2f} s")


def measure_probes(ctx: Context) -> None:
    agenda = str(ctx.root / "agenda.json")
    width, height = (str(n) for n in SIZE)
    repeat = "1" if ctx.quick else "3"
    change = probe(ctx, "state-change", "--agenda", agenda, "--width", width, "--height", height,
                   "--repeat", repeat, *(["--limit", "4"] if ctx.quick else []))
    ctx.figures["state_change_ms"] = change["median"]
    ctx.notes["state_change"] = (f"CPU time; {change['n']} changes at {change['boundaries']} boundaries: p95 "
                                 f"{change['p95']:.1f} ms, refresh() alone {change['refresh_median']:.1f} ms; "
                                 f"wall median {change['wall']['median']:.1f} ms")

    scroll = probe(ctx, "scroll", "--agenda", agenda, "--at", BROWSE_AT, "--width", width, "--height", height,
                   "--repeat", "1" if ctx.quick else "2")
    ctx.figures["scroll_p50_ms"], ctx.figures["scroll_p95_ms"] = scroll["median"], scroll["p95"]
    ctx.notes["scroll"] = (f"CPU time; {scroll['n']} frames, 40 px a frame, every day down and up; max "
                           f"{scroll['max']:.1f} ms; wall p50 {scroll['wall']['median']:.1f}, "
                           f"p95 {scroll['wall']['p95']:.1f} ms")
    big_scroll = probe(ctx, "scroll", "--big", str(BIG), "--width", width, "--height", height, "--repeat", "1",
                       "--frames", "10" if ctx.quick else "150")
    ctx.figures["big_scroll_p95_ms"] = big_scroll["p95"]
    ctx.notes["big_scroll"] = (f"CPU time; {big_scroll['n']} frames around the current item; p50 "
                               f"{big_scroll['median']:.1f} ms")

    opens = [probe(ctx, "browser-open", "--items", str(BIG), "--width", width, "--height", height)
             for _ in range(ctx.runs)]
    ctx.figures["big_browser_open_ms"] = statistics.median(o["open_and_paint"] for o in opens)
    ctx.notes["big_browser_open"] = (f"open_browser() alone {statistics.median(o['open'] for o in opens):.0f} ms; "
                                     f"{opens[0]['rows']} rows in the day")

    curve = probe(ctx, "state-at", "--sizes", ",".join(map(str, STATE_AT_SIZES)),
                  "--calls", "200" if ctx.quick else "2000", "--repeat", "1" if ctx.quick else "5")
    for n in STATE_AT_SIZES:
        ctx.figures[f"state_at_{n}_us"] = curve["us_per_call"][str(n)]
    first, last = STATE_AT_SIZES[0], STATE_AT_SIZES[-1]
    ctx.figures["state_at_growth"] = curve["us_per_call"][str(last)] / curve["us_per_call"][str(first)]


# --- the table -----------------------------------------------------------------------------------

def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), cpu)
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as info:
            memory = f", {int(next(line for line in info if line.startswith('MemTotal')).split()[1]) / 2**20:.0f} GiB"
    except (OSError, StopIteration):
        pass
    try:
        from importlib.metadata import version
        qt = "PySide6 " + version("PySide6-Essentials")
    except Exception:  # noqa: BLE001 - only a caption
        qt = "PySide6"
    return (f"{os.cpu_count()} cores ({cpu}){memory}; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}; {qt}; Xvfb 1920×1080×24 for the live rows, "
            "QT_QPA_PLATFORM=offscreen for the others")


def rows(ctx: Context) -> list[tuple[str, str, str, str, str, str]]:
    """(what, value, × baseline, budget, result, notes) for every row of the table."""
    f, n = ctx.figures, ctx.notes
    bare_s, bare_mb = f["bare_paint_s"], f["bare_rss_mb"]
    png_s, png_mb = f["png_baseline_s"], f["png_baseline_rss_mb"]
    failed = []

    def verdict(key: str, value: float) -> str:
        budget, strict = BUDGETS[key]
        ok = value < budget if strict else value <= budget
        if not ok:
            failed.append(key)
        return "PASS" if ok else "**FAIL**"

    def ms(key: str, budget: str, note: str = "") -> tuple[str, str, str, str, str]:
        return f"{f[key]:.0f} ms" if f[key] >= 10 else f"{f[key]:.1f} ms", "—", budget, verdict(key, f[key]), note

    full = "full-screen 1920×1080 on Xvfb"
    table = [
        (f"Baseline: bare PySide6 window, three labels on the kiosk's background, {full}: launch → content on "
         f"the screen (median of {ctx.launches} launches)", f"{bare_s:.3f} s", "1.00×", "", "", n["bare_paint"]),
        ("Baseline: its RSS 10 s after the launch", f"{bare_mb:.1f} MB", "1.00×", "", "", n["bare_rss"]),
        (f"First paint: the live kiosk ({full}, 15:10): launch → content on the screen (median of "
         f"{ctx.launches} launches)", f"{f['paint_s']:.3f} s",
         f"{f['paint_s'] / bare_s:.2f}×", "≤ 1.3×", verdict("first_paint_ratio", f["paint_s"] / bare_s), n["paint"]),
        *([(f"First paint: the packaged kiosk (--packaged), the same way, for information (median of "
            f"{ctx.launches} launches, against {ctx.launches} more of the bare window between them)",
            f"{f['packaged_paint_s']:.3f} s", f"{f['packaged_paint_s'] / f['packaged_bare_s']:.2f}×", "", "",
            n["packaged_paint"])] if "packaged_paint_s" in f else []),
        ("RSS of the live kiosk 10 s after the launch", f"{f['rss_mb']:.1f} MB", f"{f['rss_mb'] / bare_mb:.2f}×",
         "≤ 1.3×", verdict("rss_ratio", f["rss_mb"] / bare_mb), n["rss"]),
        ("First tap → browser on the screen", *ms("first_tap_ms", "≤ 150 ms", n["first_tap"])),
        ("A later tap (after Home) → browser on the screen", *ms("later_tap_ms", "≤ 50 ms", n["later_tap"])),
        ("Top-left corner held 3 s → keypad on the screen, after the hold (for information)",
         f"{f['hold_ms']:.0f} ms", "—", "", "", n["hold"]),
        (f"Peak RSS over a whole-event replay (both days from 07:00, speed {REPLAY_SPEED}, {full})",
         f"{f['replay_peak_mb']:.1f} MB", f"{f['replay_peak_mb'] / bare_mb:.2f}×", "", "", n["replay"]),
        ("RSS growth after the first round of each screen", f"{f['replay_growth_mb']:+.1f} MB", "—", "≤ +1 MB",
         verdict("replay_growth_mb", f["replay_growth_mb"]), n["replay_growth"]),
        (f"Idle CPU of the live display between changes (speed 1, at 15:10, {full})", f"{f['idle_cpu_pct']:.2f} %",
         "—", "≤ 0.3 %", verdict("idle_cpu_pct", f["idle_cpu_pct"]), n["idle"]),
        ("Idle CPU of a quiet screen: only the clock ticks (speed 1, coffee break at 16:05, English only)",
         f"{f['quiet_cpu_pct']:.2f} %", "—", "≤ 0.3 %", verdict("quiet_cpu_pct", f["quiet_cpu_pct"]), n["quiet"]),
        ("Clean stop on SIGTERM (exit code of every live kiosk)", f"{f['sigterm_exit_code']}", "—", "0",
         verdict("sigterm_exit_code", f["sigterm_exit_code"]), ""),
        ("Secondary: `kiosk --screenshot` 1920×1080, whole process, against the bare window painted offscreen "
         f"and saved by Qt's PNG writer ({png_s:.3f} s, {png_mb:.1f} MB peak)", f"{f['screenshot_s']:.3f} s",
         f"{f['screenshot_s'] / png_s:.2f}×", "", "", n["screenshot"]),
        ("Secondary: peak RSS of that screenshot process", f"{f['screenshot_rss_mb']:.1f} MB",
         f"{f['screenshot_rss_mb'] / png_mb:.2f}×", "", "", ""),
        ("State change: `refresh()` at a boundary + the new screen painted (median)",
         *ms("state_change_ms", "< 50 ms", n["state_change"])),
        ("Programme scroll: viewport repaint while flicking, p50", f"{f['scroll_p50_ms']:.1f} ms", "—", "", "", ""),
        ("Programme scroll: viewport repaint while flicking, p95", f"{f['scroll_p95_ms']:.1f} ms", "—", "< 8 ms",
         verdict("scroll_p95_ms", f["scroll_p95_ms"]), n["scroll"]),
        (f"Scale, {BIG:,} items: programme scroll p95 (for information)", f"{f['big_scroll_p95_ms']:.1f} ms", "—",
         "", "", n["big_scroll"]),
        (f"Scale, {BIG:,} items: `kiosk --check`, whole process", f"{f['big_check_s']:.3f} s", "—", "< 0.5 s",
         verdict("big_check_s", f["big_check_s"]), n["big_check"]),
        (f"Scale, {BIG:,} items: `kiosk --screenshot`, whole process, against the bare window's PNG",
         f"{f['big_first_frame_s']:.3f} s", f"{f['big_first_frame_s'] / png_s:.2f}×", "≤ 1.5×",
         verdict("big_first_frame_ratio", f["big_first_frame_s"] / png_s), n["big_first_frame"]),
        (f"Scale, {BIG:,} items: peak RSS of that screenshot (for information)",
         f"{f['big_first_frame_rss_mb']:.1f} MB", f"{f['big_first_frame_rss_mb'] / png_mb:.2f}×", "", "", ""),
        (f"Scale, {BIG:,} items: browser opens (`open_browser()` + first paint, offscreen)",
         *ms("big_browser_open_ms", "< 200 ms", n["big_browser_open"])),
    ]
    for size in STATE_AT_SIZES:
        us = f[f"state_at_{size}_us"]
        table.append((f"`state_at`, {size:,} items, per call", f"{us:.1f} µs", "—", "", "", ""))
    first, last = STATE_AT_SIZES[0], STATE_AT_SIZES[-1]
    table.append((f"`state_at` growth from {first:,} to {last:,} items", f"{f['state_at_growth']:.2f}×", "—",
                  f"≤ {BUDGETS['state_at_growth'][0]:.0f}× (logarithmic)",
                  verdict("state_at_growth", f["state_at_growth"]),
                  "curve: " + " → ".join(f"{f[f'state_at_{s}_us']:.0f}" for s in STATE_AT_SIZES) + " µs"))
    ctx.figures["failed"] = failed
    return table


def markdown(ctx: Context, table) -> str:
    quick = " (--quick: not meaningful)" if ctx.quick else ""
    lines = [f"Measured on: {machine()}; median of {ctx.runs} run(s){quick}, of {ctx.launches} launches for first "
             "paint and the whole-process rows.",
             "",
             "| Measure | Value | × baseline | Budget | Result | Notes |",
             "| --- | ---: | ---: | --- | --- | --- |"]
    for row in table:
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The kiosk's performance budgets (make bench).")
    parser.add_argument("--runs", type=int, default=None, help="runs of each process (default 5; --quick 1)")
    parser.add_argument("--launches", type=int, default=None,
                        help="launches of each program for first paint (the full runs included) and the "
                             "whole-process rows (default 25; --quick 1)")
    parser.add_argument("--quick", action="store_true",
                        help="one run of each on tiny inputs and short live runs: checks the script, not the kiosk")
    parser.add_argument("--live-seconds", type=float, default=None,
                        help="length of the idle CPU runs (default 60; --quick 2)")
    parser.add_argument("--replay-seconds", type=float, default=None,
                        help=f"length of the replay (default {REPLAY_S:.0f}: the whole event; --quick 6)")
    parser.add_argument("--root", default=str(HERE.parent), help="the project to measure (default: this one)")
    parser.add_argument("--out", help="also write the table (markdown) to this file")
    parser.add_argument("--packaged", metavar="EXE",
                        help="also time the first paint of this built kiosk (make dist: dist/kiosk/kiosk), "
                             "for information")
    args = parser.parse_args(argv)
    packaged = Path(args.packaged).resolve() if args.packaged else None
    if packaged is not None and not (packaged.is_file() and os.access(packaged, os.X_OK)):
        parser.exit(2, f"bench: --packaged {args.packaged}: no executable there (make dist builds dist/kiosk/kiosk)\n")
    missing = xscreen.available()
    if missing:
        parser.exit(2, f"bench: the live rows need a real X server: {missing}\n")
    root = Path(args.root).resolve()
    runs = args.runs or (1 if args.quick else 5)
    launches = max(runs, args.launches or (1 if args.quick else 25))
    live = args.live_seconds if args.live_seconds is not None else (2.0 if args.quick else 60.0)
    replay = args.replay_seconds if args.replay_seconds is not None else (6.0 if args.quick else REPLAY_S)
    python = sys.executable
    script = Path(python).with_name("kiosk")
    kiosk = [str(script)] if script.exists() else [python, "-m", "kiosk"]  # the command staff type
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp_name:
        tmp = Path(tmp_name)
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONSTARTUP")}
        env.update({"QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(tmp / "pycache"),
                    "PYTHONPATH": str(root), "XDG_RUNTIME_DIR": str(tmp), "KIOSK_CONFIG_DIR": str(tmp),
                    "KIOSK_STATE_DIR": str(tmp), "KIOSK_CACHE_DIR": str(tmp / "cache")})
        os.chmod(tmp, 0o700)
        ctx = Context(root=root, tmp=tmp, python=python, kiosk=kiosk, env=env, runs=runs, quick=args.quick,
                      live_seconds=live, replay_seconds=replay, settle_s=2.0 if args.quick else SETTLE_S,
                      launches=launches, packaged=packaged)
        print(f"bench: {machine()}", file=sys.stderr)
        print(f"bench: the live kiosk and the bare window on Xvfb ({runs} run(s) each, {launches} launches "
              "each for first paint) …", file=sys.stderr)
        measure_live(ctx)
        print(f"bench: whole-event replay ({replay:.0f} s) beside two idle minutes ({live:.0f} s) …",
              file=sys.stderr)
        measure_replay_and_idle(ctx)
        print(f"bench: offscreen processes ({launches} launches each) …", file=sys.stderr)
        measure_processes(ctx)
        print("bench: in-process probes …", file=sys.stderr)
        measure_probes(ctx)
        table = rows(ctx)
    text = markdown(ctx, table)
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    failed = ctx.figures["failed"]
    print(f"bench: {len(failed)} budget(s) failed{': ' + ', '.join(failed) if failed else ''}; "
          f"took {time.monotonic() - started:.0f} s", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
