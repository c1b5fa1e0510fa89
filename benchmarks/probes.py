"""In-process measurements for benchmarks/bench.py: one probe per run, its figures as JSON on stdout.

    python benchmarks/probes.py state-change --agenda agenda.json [--repeat 3] [--limit N]
    python benchmarks/probes.py scroll --agenda agenda.json [--repeat 2] [--big 1000]
    python benchmarks/probes.py browser-open --items 1000
    python benchmarks/probes.py state-at --sizes 10,100,1000,10000

bench.py starts each probe as a fresh process (offscreen Qt), so what a probe measures first is
cold, as on a kiosk that has just started. Times are in milliseconds (state_at: microseconds).
Paint times (state-change, scroll) are the process's CPU time around the paint, with the wall
time beside them: on the kiosk's own machine they are the same, and on a shared machine (a
developer's, CI) other processes stretch the wall time but not the CPU time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from big_agenda import big_agenda  # noqa: E402


def _app():
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ui.i18n import use_language
    from ui.theme import register_fonts
    register_fonts()
    use_language("en")
    return app


def _ms(seconds: float) -> float:
    return seconds * 1000.0


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def _summary(samples: list[float]) -> dict:
    return {"n": len(samples), "median": statistics.median(samples), "p95": _pct(samples, 0.95),
            "max": max(samples), "samples": samples}


def state_change(args) -> dict:
    """refresh() at each boundary of the agenda (next_change fired), then the new screen painted."""
    app = _app()
    from kiosk.clock import RehearsalClock
    from kiosk.loader import load_agenda
    from kiosk.schedule import state_at
    from ui.display.view import DisplayView

    agenda = load_agenda(args.agenda)
    start = min(i.start for i in agenda.items) - timedelta(hours=1)
    boundaries, now = [], start
    while True:
        change = state_at(agenda, now).next_change
        if change is None:
            break
        boundaries.append(change)
        now = change
    if args.limit:
        boundaries = boundaries[:args.limit]
    clock = RehearsalClock(start, speed=0)
    view = DisplayView(agenda, clock, lang="en")
    view.resize(args.width, args.height)
    view.show()
    app.processEvents()
    cpu, wall, refresh_only, changed = [], [], [], 0
    for _ in range(args.repeat):
        for boundary in boundaries:
            clock.set(boundary - timedelta(seconds=30))
            view.refresh(fade=False)
            app.processEvents()
            clock.set(boundary)
            c0, t0 = time.process_time(), time.perf_counter()
            changed += view.refresh()  # as when the boundary timer fires: fades from the old picture
            c1 = time.process_time()
            view.grab()  # the new screen, painted (with the fade's first frame over it)
            cpu.append(_ms(time.process_time() - c0))
            wall.append(_ms(time.perf_counter() - t0))
            refresh_only.append(_ms(c1 - c0))
    return {**_summary(cpu), "wall": _summary(wall), "refresh_median": statistics.median(refresh_only),
            "boundaries": len(boundaries), "changed": changed}


def _flick(app, view, positions: list[int]) -> tuple[list[float], list[float]]:
    """(CPU, wall) milliseconds of each whole-viewport repaint at each scroll position."""
    bar, viewport = view.verticalScrollBar(), view.viewport()
    cpu, wall = [], []
    for value in positions:
        bar.setValue(value)
        app.processEvents()
        c0, t0 = time.process_time(), time.perf_counter()
        viewport.grab()  # the whole viewport repainted at this scroll position
        cpu.append(_ms(time.process_time() - c0))
        wall.append(_ms(time.perf_counter() - t0))
    return cpu, wall


def scroll(args) -> dict:
    """The programme list flicked step by step, each day top to bottom and back; each repaint timed."""
    app = _app()
    from kiosk.cli import parse_instant
    from kiosk.clock import RehearsalClock
    from kiosk.loader import load_agenda
    from kiosk.validation import build_agenda
    from ui.window import KioskWindow

    if args.big:
        agenda = build_agenda(big_agenda(args.big), "big")
        at = agenda.items[len(agenda.items) // 2].start + timedelta(seconds=10)
    else:
        agenda = load_agenda(args.agenda)
        at = parse_instant(args.at, agenda)
    window = KioskWindow(agenda, RehearsalClock(at, speed=0))
    window.resize(args.width, args.height)
    window.show()
    app.processEvents()
    window.open_browser()
    app.processEvents()
    browser = window.browser
    step = max(1, round(args.step * min(args.width, args.height) / 1080))
    cpu: list[float] = []
    wall: list[float] = []
    for _ in range(args.repeat):
        flicks = []
        if args.big:  # a flick around the current item: a thousand rows are too many to walk
            view = browser.items_view
            here = view.verticalScrollBar().value()
            top = view.verticalScrollBar().maximum()
            down = [min(top, here + k * step) for k in range(args.frames)]
            flicks.append(down + down[::-1])
        else:
            view = browser.items_view
            for day in range(len(agenda.days)):
                browser.show_day(day)
                app.processEvents()
                top = view.verticalScrollBar().maximum()
                down = list(range(0, top, step)) + [top]
                c, w = _flick(app, view, down + down[::-1])
                cpu += c
                wall += w
        for positions in flicks:
            c, w = _flick(app, view, positions)
            cpu += c
            wall += w
    window.idle.stop()
    return {**_summary(cpu), "wall": _summary(wall)}


def browser_open(args) -> dict:
    """A tap on the display of a large agenda: KioskWindow.open_browser(), then its first paint, in a
    kiosk that has started as the live one does (the browser's code imported after the first frame)."""
    app = _app()
    from kiosk.clock import RehearsalClock
    from kiosk.validation import build_agenda
    from ui.window import KioskWindow

    agenda = build_agenda(big_agenda(args.items), "big")
    at = agenda.items[len(agenda.items) // 2].start + timedelta(seconds=10)
    window = KioskWindow(agenda, RehearsalClock(at, speed=0))
    window.resize(args.width, args.height)
    window.show()
    window.start()
    app.processEvents()
    window.prepare_browser()  # what the live kiosk does once its first frame is up (ui/app.py)
    t0 = time.perf_counter()
    window.open_browser()
    t1 = time.perf_counter()
    app.processEvents()  # laid out and painted
    t2 = time.perf_counter()
    ok = window.browsing and window.browser.items_model.rowCount() > 0
    window.idle.stop()
    return {"open": _ms(t1 - t0), "open_and_paint": _ms(t2 - t0), "rows": window.browser.items_model.rowCount(),
            "ok": ok}


def state_at_curve(args) -> dict:
    """Microseconds per state_at call at random instants, for agendas of each size."""
    from kiosk.schedule import state_at
    from kiosk.validation import build_agenda

    curve = {}
    for n in (int(s) for s in args.sizes.split(",")):
        agenda = build_agenda(big_agenda(n), "big")
        low = agenda.items[0].start - timedelta(hours=1)
        span = (agenda.items[-1].until + timedelta(hours=1) - low).total_seconds()
        rng = random.Random(n)
        instants = [low + timedelta(seconds=span * rng.random()) for _ in range(args.calls)]
        state_at(agenda, instants[0])  # the timeline is built once per agenda, on the first call
        per_call = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            for instant in instants:
                state_at(agenda, instant)
            per_call.append((time.perf_counter() - t0) / len(instants) * 1e6)
        curve[str(n)] = statistics.median(per_call)
    return {"us_per_call": curve}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probe", choices=("state-change", "scroll", "browser-open", "state-at"))
    parser.add_argument("--agenda", default=str(Path.cwd() / "agenda.json"))
    parser.add_argument("--at", default="2018-09-28T10:05")
    parser.add_argument("--width", type=int, default=1920)
    parser.add_argument("--height", type=int, default=1080)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, default=0, help="state-change: only the first N boundaries")
    parser.add_argument("--step", type=int, default=40, help="scroll: pixels per frame at 1080p (a brisk flick)")
    parser.add_argument("--frames", type=int, default=150, help="scroll --big: frames each way")
    parser.add_argument("--big", type=int, default=0, help="scroll: a generated agenda of N items")
    parser.add_argument("--items", type=int, default=1000, help="browser-open: items in the agenda")
    parser.add_argument("--sizes", default="10,100,1000,10000", help="state-at: agenda sizes")
    parser.add_argument("--calls", type=int, default=2000, help="state-at: calls per timing")
    args = parser.parse_args(argv)
    probe = {"state-change": state_change, "scroll": scroll, "browser-open": browser_open,
             "state-at": state_at_curve}[args.probe]
    result = probe(args)
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # no teardown: the figures are out, and Qt's exit is not what was measured


if __name__ == "__main__":
    sys.exit(main())
