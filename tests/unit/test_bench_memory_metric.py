"""The bench's memory budget: growth once every kind of screen has been shown once, read from the log."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import live_x  # noqa: E402

KINDS = {"d1-talk": "session", "d1-coffee": "break", "d2-talk": "session"}


def test_a_state_line_names_its_phase_and_the_kind_of_its_item():
    line = "2026-11-30 07:45:51,829 INFO state: in_item current=d1-coffee next=d2-talk"
    assert live_x.screen_kind(line, KINDS) == "in_item:break"
    after = "2026-11-30 08:00:00,000 INFO state: after_event current=- next=-"
    assert live_x.screen_kind(after, KINDS) == "after_event"
    assert live_x.screen_kind("2026-11-30 08:00:00,000 INFO kiosk 0.1.0 started", KINDS) is None


def test_growth_is_counted_from_the_last_first_time_screen_not_from_half_way():
    # 100 s at 0.5 s: a new kind of screen at 60 s adds 3 MB (its first round); flat afterwards
    samples = [(i * 0.5, 80_000 + (3_000 if i * 0.5 >= 60 else 0)) for i in range(200)]
    run = live_x.Replay(samples, [(0.0, "in_item:session"), (60.0, "in_item:reception")], 20, 0)
    growth, span = live_x.growth_after_first_round_kb(run)
    assert growth == 0 and 35 < span < 38
    leaking = live_x.Replay([(t, kb + int(t * 100)) for t, kb in samples], run.first_shown, 20, 0)
    assert live_x.growth_after_first_round_kb(leaking)[0] > 3_000  # ~100 kB a second after 62 s
