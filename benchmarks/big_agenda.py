"""Generated agendas of any size for the benchmarks (the generator of tests/unit/ui/test_browser.py)."""

from __future__ import annotations


def big_agenda(n: int = 1000) -> dict:
    """An agenda document of ``n`` one-minute session items, 960 a day from 06:00, 200 people."""
    items, people = [], [{"id": f"p{i}", "name": f"Person {i:04d}", "position": "Speaker"} for i in range(200)]
    for i in range(n):
        day, minute = divmod(i, 16 * 60)
        start = 6 * 60 + minute
        items.append((day, {"id": f"i{i}", "start": f"{start // 60:02d}:{start % 60:02d}",
                            "end": f"{(start + 1) // 60:02d}:{(start + 1) % 60:02d}", "title": f"Talk number {i}",
                            "kind": "session", "presenters": [{"person": f"p{i % 200}"}]}))
    days: dict[int, list] = {}
    for day, item in items:
        days.setdefault(day, []).append(item)
    dates = [f"2030-01-{d + 1:02d}" for d in sorted(days)]
    return {"timezone": "UTC", "event": {"name": "Big", "theme": "t", "venue": "v", "city": "c", "country": "k",
                                         "dates": {"start": dates[0], "end": dates[-1]}},
            "people": people, "days": [{"date": dates[d], "items": days[d]} for d in sorted(days)]}
