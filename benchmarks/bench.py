"""`make bench`: the kiosk's speed and memory against a bare PySide6 program, with budgets.

    python benchmarks/bench.py [--runs 7] [--quick] [--live-seconds 60] [--out results.md] [--root DIR]

Whole processes are measured from outside (wall time, and peak RSS from wait4's rusage of that
one child; /proc for the live kiosk); the rest by probes.py inside a fresh process each. Every
process figure is the median of --runs runs, and every run also measures the baseline: a bare
PySide6 program (bare_window.py) that opens a window of the same size, paints one label, saves it
to PNG and exits. Each figure is printed as an absolute value and as a ratio to that baseline
(times to its time, memory to its peak RSS), in a markdown table, with PASS/FAIL per budget; the
exit code is 1 when a budget fails. --quick runs everything once on tiny inputs, with the live
runs cut to 2 s: it only shows the script works (tests/test_bench.py), its figures mean nothing.
--root measures another copy of the project (kiosk/, ui/, resources/, agenda.json) with these
same scripts: how a proposed change is compared with the tree as it is.

The live kiosk runs three times side by side (`kiosk --windowed`, 1280×720): from 15:00 at speed 60
for the hour's memory; at 15:10 at speed 1 for the idle CPU of a busy minute (pages of people and
the languages turn); at 16:05 at speed 1 in English only for a quiet one (only the clock ticks: the
issue's own definition of idle), each on a copy of agenda.json in a
folder of its own (the kiosk watches its agenda's folder, and the work tree's changes whenever
someone saves there), then stopped with SIGTERM. Paint times measured inside a process (state
change, scrolling) are CPU time, with the wall time in the notes: the same on the kiosk's own
machine, but steadier on a shared one.

Children run with QT_QPA_PLATFORM=offscreen, their own XDG_RUNTIME_DIR, KIOSK_CONFIG_DIR and
KIOSK_CACHE_DIR in a temporary folder, and bytecode cached in a temporary PYTHONPYCACHEPREFIX
(nothing is written into the work tree); one untimed warm-up run of each process comes first, so
the figures are those of an installed kiosk whose .pyc files exist, not of a first start.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import signal
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

from big_agenda import big_agenda  # noqa: E402

SIZE = (1920, 1080)
AT = "2018-09-27T15:10"          # a session, no boundary until 16:00: the first frame, and idle
HOUR_FROM = "2018-09-27T15:00"   # an event hour at --speed 60 = one minute of wall time
QUIET_AT = "2018-09-27T16:05"    # the coffee break: nothing turns, the clock ticking is the only work
BROWSE_AT = "2018-09-28T10:05"   # a day with its programme to flick through
BIG = 1000                       # items of the generated agenda for the scale rows
STATE_AT_SIZES = (10, 100, 1000, 10000)
GROWTH_TOLERANCE_MB = 2.0        # "no growth over the hour": end minus start RSS, allowing for noise

# Every budget the issue sets: (limit, whether the figure must stay strictly under it).
BUDGETS = {
    "first_frame_ratio": (1.25, False),
    "first_frame_rss_ratio": (1.2, False),
    "hour_peak_rss_ratio": (1.2, False),
    "hour_growth_mb": (GROWTH_TOLERANCE_MB, False),
    "idle_cpu_pct": (0.3, False),
    "quiet_cpu_pct": (0.3, False),
    "state_change_ms": (50.0, True),
    "scroll_p95_ms": (8.0, True),
    "big_check_s": (0.5, True),
    "big_first_frame_ratio": (1.5, False),
    "big_browser_open_ms": (200.0, True),
    # logarithmic or better: no more than log(10,000) / log(10) = 4 times the time at 10 items
    "state_at_growth": (math.log2(STATE_AT_SIZES[-1]) / math.log2(STATE_AT_SIZES[0]), False),
    "sigterm_exit_code": (0, False),
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


def probe(ctx: "Context", *args: str) -> dict:
    out = ctx.tmp / "probe.json"
    run = check(run_process([ctx.python, str(HERE / "probes.py"), *args], ctx.env, ctx.root, timeout=300,
                            stdout_path=out), f"probes.py {' '.join(args)}")
    del run
    return json.loads(out.read_text().strip().splitlines()[-1])


def _proc_status(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM of a running process, in kB."""
    values = {}
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                key, _, rest = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    values[key] = int(rest.split()[0])
    except OSError:
        pass
    return values


def _cpu_seconds(pid: int) -> float:
    """utime + stime of a running process, from /proc/<pid>/stat."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class LiveKiosk:
    """A running `kiosk --windowed` with its own runtime folder (one kiosk per screen and folder)."""

    def __init__(self, ctx: "Context", name: str, at: str, speed: float, *flags: str):
        self.folder = ctx.tmp / name
        self.folder.mkdir(mode=0o700)
        self.log = self.folder / "kiosk.log"
        # The agenda in a folder of its own: the kiosk watches the agenda's folder for edits, and
        # the work tree's folder changes whenever a developer saves a file there.
        agenda = self.folder / "agenda.json"
        agenda.write_bytes((ctx.root / "agenda.json").read_bytes())
        env = {**ctx.env, "XDG_RUNTIME_DIR": str(self.folder), "KIOSK_CONFIG_DIR": str(self.folder),
               "KIOSK_CACHE_DIR": str(self.folder)}
        command = ctx.kiosk + ["--windowed", "--agenda", str(agenda), "--at", at, "--speed", str(speed),
                               "--allow-default-pin", "--log-file", str(self.log), *flags]
        self.proc = subprocess.Popen(command, env=env, cwd=ctx.root, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def wait_started(self, timeout: float = 60.0) -> float:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"bench: the live kiosk exited early with code {self.proc.returncode}:\n"
                                 + (self.log.read_text() if self.log.exists() else ""))
            if self.log.exists() and " started: " in self.log.read_text(encoding="utf-8", errors="replace"):
                return time.monotonic()
            time.sleep(0.05)
        raise SystemExit("bench: the live kiosk did not start within a minute")

    def state_changes(self) -> int:
        text = self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""
        return max(0, sum(1 for line in text.splitlines() if " state: " in line) - 1)

    def stop(self) -> int:
        """SIGTERM, as systemd stops it; the exit code (0 when it stopped cleanly)."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            return -9


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
    figures: dict = field(default_factory=dict)
    notes: dict = field(default_factory=dict)


def measure_processes(ctx: Context) -> None:
    """Baseline, first frame, and the 1,000-item agenda's --check and first frame, interleaved."""
    width, height = SIZE
    size = f"{width}x{height}"
    big = ctx.tmp / "big-agenda.json"
    big.write_text(json.dumps(big_agenda(BIG)), encoding="utf-8")
    big_at = "2030-01-01T14:20:10Z"  # inside item 500 of the generated agenda (UTC)
    commands = {
        "baseline": [ctx.python, str(HERE / "bare_window.py"), str(ctx.tmp / "bare.png"), size],
        "first_frame": ctx.kiosk + ["--screenshot", str(ctx.tmp / "frame.png"), "--at", AT, "--size", size],
        "big_first_frame": ctx.kiosk + ["--screenshot", str(ctx.tmp / "big.png"), "--agenda", str(big),
                                        "--at", big_at, "--size", size],
        "big_check": ctx.kiosk + ["--check", "--agenda", str(big)],
    }
    if not ctx.quick:  # compile the bytecode, fill the file cache: not measured
        for name, cmd in commands.items():
            check(run_process(cmd, ctx.env, ctx.root), f"warm-up of {name}")
    results: dict[str, list[ProcessRun]] = {name: [] for name in commands}
    for _ in range(ctx.runs):
        for name, cmd in commands.items():
            results[name].append(check(run_process(cmd, ctx.env, ctx.root), name))
    for name, runs in results.items():
        ctx.figures[name + "_s"] = statistics.median(r.wall_s for r in runs)
        ctx.figures[name + "_rss_mb"] = statistics.median(r.maxrss_kb for r in runs) / 1024
        ctx.notes[name] = ("runs: " + ", ".join(f"{r.wall_s:.2f}" for r in runs) + " s; CPU (user+sys) median "
                           f"{statistics.median(r.cpu_s for r in runs):.2f} s")


def measure_live(ctx: Context) -> None:
    """An event hour of rehearsal (speed 60), a busy and a quiet minute (speed 1), side by side."""
    hour = LiveKiosk(ctx, "hour", HOUR_FROM, 60)
    idle = LiveKiosk(ctx, "idle", AT, 1)
    quiet = LiveKiosk(ctx, "quiet", QUIET_AT, 1, "--lang", "en")  # one language: nothing alternates
    try:
        hour_start = hour.wait_started()
        idle_start = max(idle.wait_started(), quiet.wait_started())
        settle = 0.5 if ctx.quick else 3.0  # the first paint and the first timers, then measure
        time.sleep(max(0.0, hour_start + settle - time.monotonic()))
        rss_start = _proc_status(hour.proc.pid).get("VmRSS", 0)
        time.sleep(max(0.0, idle_start + settle - time.monotonic()))
        cpu_start, quiet_start, cpu_t0 = _cpu_seconds(idle.proc.pid), _cpu_seconds(quiet.proc.pid), time.monotonic()
        samples = []
        end = max(hour_start, idle_start) + settle + ctx.live_seconds
        while time.monotonic() < end:
            samples.append(_proc_status(hour.proc.pid).get("VmRSS", 0))
            time.sleep(min(0.5, max(0.0, end - time.monotonic())))
        cpu_end, quiet_end, cpu_t1 = _cpu_seconds(idle.proc.pid), _cpu_seconds(quiet.proc.pid), time.monotonic()
        status = _proc_status(hour.proc.pid)
        rss_end, hwm = status.get("VmRSS", 0), status.get("VmHWM", 0)
        changes = hour.state_changes()
    finally:
        hour_code = hour.stop()
        idle_code = idle.stop()
        quiet_code = quiet.stop()
    ctx.figures["hour_peak_rss_mb"] = hwm / 1024
    ctx.figures["hour_growth_mb"] = (rss_end - rss_start) / 1024
    middle = samples[len(samples) // 2] if samples else rss_start
    ctx.notes["hour"] = (f"RSS {rss_start / 1024:.1f} → {rss_end / 1024:.1f} MB "
                         f"(min {min(samples or [0]) / 1024:.1f}, max {max(samples or [0]) / 1024:.1f}; "
                         f"second half {(rss_end - middle) / 1024:+.1f} MB); {changes} state change(s) in the log")
    ctx.figures["idle_cpu_pct"] = 100.0 * (cpu_end - cpu_start) / (cpu_t1 - cpu_t0)
    ctx.notes["idle"] = (f"{cpu_end - cpu_start:.2f} s CPU in {cpu_t1 - cpu_t0:.0f} s, default languages (en+ru): "
                         "a page of people every 10 s, the language after the last page")
    ctx.figures["quiet_cpu_pct"] = 100.0 * (quiet_end - quiet_start) / (cpu_t1 - cpu_t0)
    ctx.notes["quiet"] = f"{quiet_end - quiet_start:.2f} s CPU in {cpu_t1 - cpu_t0:.0f} s"
    ctx.figures["sigterm_exit_code"] = max(abs(hour_code), abs(idle_code), abs(quiet_code))


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
            f"Python {platform.python_version()}; {qt}; QT_QPA_PLATFORM=offscreen")


def rows(ctx: Context) -> list[tuple[str, str, str, str, str, str]]:
    """(what, value, × baseline, budget, result, notes) for every row of the table."""
    f, n = ctx.figures, ctx.notes
    base_s, base_mb = f["baseline_s"], f["baseline_rss_mb"]
    failed = []

    def verdict(key: str, value: float) -> str:
        budget, strict = BUDGETS[key]
        ok = value < budget if strict else value <= budget
        if not ok:
            failed.append(key)
        return "PASS" if ok else "**FAIL**"

    def t_ratio(seconds: float) -> str:
        return f"{seconds / base_s:.2f}×"

    def m_ratio(mb: float) -> str:
        return f"{mb / base_mb:.2f}×"

    table = [
        ("Baseline: bare PySide6 window 1920×1080, one label, saved to PNG — time", f"{base_s:.3f} s", "1.00×",
         "", "", n["baseline"]),
        ("Baseline: peak RSS", f"{base_mb:.1f} MB", "1.00×", "", "", ""),
        ("First painted frame: `kiosk --screenshot` 1920×1080, whole process", f"{f['first_frame_s']:.3f} s",
         t_ratio(f["first_frame_s"]), "≤ 1.25×", verdict("first_frame_ratio", f["first_frame_s"] / base_s),
         n["first_frame"]),
        ("Peak RSS at the first frame", f"{f['first_frame_rss_mb']:.1f} MB", m_ratio(f["first_frame_rss_mb"]),
         "≤ 1.2×", verdict("first_frame_rss_ratio", f["first_frame_rss_mb"] / base_mb), ""),
        ("Peak RSS after an hour of rehearsal (speed 60, 1280×720 window)", f"{f['hour_peak_rss_mb']:.1f} MB",
         m_ratio(f["hour_peak_rss_mb"]), "≤ 1.2×", verdict("hour_peak_rss_ratio", f["hour_peak_rss_mb"] / base_mb),
         ""),
        ("RSS growth over that hour", f"{f['hour_growth_mb']:+.1f} MB", m_ratio(f["hour_growth_mb"]),
         f"≤ +{GROWTH_TOLERANCE_MB:.0f} MB", verdict("hour_growth_mb", f["hour_growth_mb"]), n["hour"]),
        ("Idle CPU of the live display between changes (speed 1, at 15:10)", f"{f['idle_cpu_pct']:.2f} %", "—",
         "≤ 0.3 %", verdict("idle_cpu_pct", f["idle_cpu_pct"]), n["idle"]),
        ("Idle CPU of a quiet screen: only the clock ticks (speed 1, coffee break at 16:05, English only)",
         f"{f['quiet_cpu_pct']:.2f} %", "—", "≤ 0.3 %", verdict("quiet_cpu_pct", f["quiet_cpu_pct"]), n["quiet"]),
        ("Clean stop on SIGTERM (exit code of the live kiosks)", f"{f['sigterm_exit_code']}", "—", "0",
         verdict("sigterm_exit_code", f["sigterm_exit_code"]), ""),
        ("State change: `refresh()` at a boundary + the new screen painted (median)",
         f"{f['state_change_ms']:.1f} ms", t_ratio(f["state_change_ms"] / 1000), "< 50 ms",
         verdict("state_change_ms", f["state_change_ms"]), n["state_change"]),
        ("Programme scroll: viewport repaint while flicking, p50", f"{f['scroll_p50_ms']:.1f} ms",
         t_ratio(f["scroll_p50_ms"] / 1000), "", "", ""),
        ("Programme scroll: viewport repaint while flicking, p95", f"{f['scroll_p95_ms']:.1f} ms",
         t_ratio(f["scroll_p95_ms"] / 1000), "< 8 ms", verdict("scroll_p95_ms", f["scroll_p95_ms"]), n["scroll"]),
        (f"Scale, {BIG:,} items: programme scroll p95 (for information)", f"{f['big_scroll_p95_ms']:.1f} ms",
         t_ratio(f["big_scroll_p95_ms"] / 1000), "", "", n["big_scroll"]),
        (f"Scale, {BIG:,} items: `kiosk --check`, whole process", f"{f['big_check_s']:.3f} s",
         t_ratio(f["big_check_s"]), "< 0.5 s", verdict("big_check_s", f["big_check_s"]), n["big_check"]),
        (f"Scale, {BIG:,} items: first painted frame, whole process", f"{f['big_first_frame_s']:.3f} s",
         t_ratio(f["big_first_frame_s"]), "≤ 1.5×",
         verdict("big_first_frame_ratio", f["big_first_frame_s"] / base_s), n["big_first_frame"]),
        (f"Scale, {BIG:,} items: peak RSS at the first frame (for information)",
         f"{f['big_first_frame_rss_mb']:.1f} MB", m_ratio(f["big_first_frame_rss_mb"]), "", "", ""),
        (f"Scale, {BIG:,} items: browser opens (`open_browser()` + first paint)",
         f"{f['big_browser_open_ms']:.0f} ms", t_ratio(f["big_browser_open_ms"] / 1000), "< 200 ms",
         verdict("big_browser_open_ms", f["big_browser_open_ms"]), n["big_browser_open"]),
    ]
    for size in STATE_AT_SIZES:
        us = f[f"state_at_{size}_us"]
        table.append((f"`state_at`, {size:,} items, per call", f"{us:.1f} µs", t_ratio(us / 1e6), "", "", ""))
    first, last = STATE_AT_SIZES[0], STATE_AT_SIZES[-1]
    table.append((f"`state_at` growth from {first:,} to {last:,} items", f"{f['state_at_growth']:.2f}×", "—",
                  f"≤ {BUDGETS['state_at_growth'][0]:.0f}× (logarithmic)",
                  verdict("state_at_growth", f["state_at_growth"]),
                  "curve: " + " → ".join(f"{f[f'state_at_{s}_us']:.0f}" for s in STATE_AT_SIZES) + " µs"))
    ctx.figures["failed"] = failed
    return table


def markdown(ctx: Context, table) -> str:
    quick = " (--quick: not meaningful)" if ctx.quick else ""
    lines = [f"Measured on: {machine()}; median of {ctx.runs} run(s){quick}.",
             "",
             "| Measure | Value | × baseline | Budget | Result | Notes |",
             "| --- | ---: | ---: | --- | --- | --- |"]
    for row in table:
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The kiosk's performance budgets (make bench).")
    parser.add_argument("--runs", type=int, default=None, help="runs of each process (default 7; --quick 1)")
    parser.add_argument("--quick", action="store_true",
                        help="one run of each on tiny inputs, live runs of 2 s: checks the script, not the kiosk")
    parser.add_argument("--live-seconds", type=float, default=None,
                        help="length of the hour (speed 60) and idle (speed 1) runs (default 60; --quick 2)")
    parser.add_argument("--root", default=str(HERE.parent), help="the project to measure (default: this one)")
    parser.add_argument("--out", help="also write the table (markdown) to this file")
    args = parser.parse_args(argv)
    root = Path(args.root).resolve()
    runs = args.runs or (1 if args.quick else 7)
    live = args.live_seconds if args.live_seconds is not None else (2.0 if args.quick else 60.0)
    python = sys.executable
    script = Path(python).with_name("kiosk")
    kiosk = [str(script)] if script.exists() else [python, "-m", "kiosk"]  # the command staff type
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp_name:
        tmp = Path(tmp_name)
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONSTARTUP")}
        env.update({"QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(tmp / "pycache"),
                    "PYTHONPATH": str(root), "XDG_RUNTIME_DIR": str(tmp), "KIOSK_CONFIG_DIR": str(tmp),
                    "KIOSK_CACHE_DIR": str(tmp / "cache")})
        os.chmod(tmp, 0o700)
        ctx = Context(root=root, tmp=tmp, python=python, kiosk=kiosk, env=env, runs=runs, quick=args.quick,
                      live_seconds=live)
        print(f"bench: {machine()}", file=sys.stderr)
        print(f"bench: processes ({runs} run(s) each) …", file=sys.stderr)
        measure_processes(ctx)
        print("bench: in-process probes …", file=sys.stderr)
        measure_probes(ctx)
        print(f"bench: live kiosk, {live:.0f} s …", file=sys.stderr)
        measure_live(ctx)
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
