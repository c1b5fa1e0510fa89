"""Adjustments and announcements on the display: a delay and a cancellation shown, an announcement
shown and gone on time, at every screen shape."""

from __future__ import annotations

from conftest import adjusted, local
from kiosk.schedule import state_at


def test_adjustments_and_announcements_on_screen(qapp, document):
    from test_display import assert_scene_fits
    from ui.display.phases import build_scene
    agenda = adjusted(document, [{"delay": 15, "from": "d1-emergency-tajikistan"}, {"cancel": "d1-photo"}],
                      [{"from": "2018-09-27T16:00", "until": "2018-09-27T16:20", "level": "important",
                        "text": "Group photo postponed to Friday 13:50 at the hotel entrance"}])
    for size in ((1920, 1080), (1080, 1920), (1280, 800)):
        scene = build_scene(agenda, state_at(agenda, local("2018-09-27T16:05")), *size)
        text = scene.all_text()
        assert "16:45" in text and "delayed 15\u00a0min" in text
        assert "Group photo postponed to Friday 13:50 at the hotel entrance" in scene.text_of("announcement")
        assert_scene_fits(scene, *size)
        later = build_scene(agenda, state_at(agenda, local("2018-09-27T16:25")), *size)
        assert not later.text_of("announcement")  # gone on time
        assert_scene_fits(later, *size)
    outline = build_scene(agenda, state_at(agenda, local("2018-09-20T10:00")), 1920, 1080)
    pages = "\n".join(build_scene(agenda, state_at(agenda, local("2018-09-20T10:00")), 1920, 1080, page=p).all_text()
                      for p in range(outline.pages))
    assert "Group Photo  (cancelled)" in pages
