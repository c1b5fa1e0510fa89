"""The lobby display: every phase at every size fits, changes exactly at boundaries, stays safe."""

from __future__ import annotations

import itertools
from datetime import timedelta
from itertools import pairwise

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage

from conftest import local, run_kiosk
from kiosk.clock import RehearsalClock
from kiosk.schedule import PHASES, state_at
from kiosk.validation import build_agenda
from ui import theme as th
from ui.display.parts import Shape
from ui.display.phases import build_scene
from ui.display.view import DisplayView
from ui.textlayout import TextBlock, ink_rect

SIZES = [(1920, 1080), (3840, 2160), (1080, 1920), (1280, 800)]


def boundaries(agenda):
    return sorted({i.start for i in agenda.items} | {i.until for i in agenda.items})


def sample_instants(agenda):
    """Every boundary, one second before it, and the middle of every span: all phases."""
    points = boundaries(agenda)
    instants = [points[0] - timedelta(days=3), points[-1] + timedelta(days=1)]
    for a, b in pairwise(points):
        instants += [a, a + (b - a) / 2, b - timedelta(seconds=1)]
    return instants


@pytest.fixture(scope="module")
def instants(real_agenda):
    return sample_instants(real_agenda)


CONTAINERS = ("card", "banner", "pill")  # shapes that text may sit in, wholly
OBSTACLES = ("track", "bar", "page-dot", "rule", "accent")  # shapes that text keeps clear of


def _meets(a: QRectF, b: QRectF) -> bool:
    overlap = a.intersected(b)
    return overlap.width() >= 1 and overlap.height() >= 1


def _inside(inner: QRectF, outer: QRectF) -> bool:
    return outer.adjusted(-0.5, -0.5, 0.5, 0.5).contains(inner)


def assert_scene_fits(scene, width, height, whole_text: bool = True):
    """Every part on the screen, no two texts overlapping, each text wholly in its card or clear of
    it, clear of icons, bars and rules, and no two cards overlapping. With ``whole_text`` (normal
    programmes) also no text elided and no word broken; extreme texts may be both."""
    unit = th.display_unit(width, height)
    drift = 6 * unit  # the burn-in drift moves everything by up to this much
    screen = (drift, drift, width - drift, height - drift)
    for part in scene.parts:
        rect = ink_rect(part) if isinstance(part, TextBlock) else part.rect
        assert rect.left() >= screen[0] - 0.5 and rect.top() >= screen[1] - 0.5, (part.role, rect)
        assert rect.right() <= screen[2] + 0.5 and rect.bottom() <= screen[3] + 0.5, (part.role, rect, width, height)
    texts = scene.texts
    if whole_text:
        for block in texts:
            assert not block.elided, f"cut: {block.text!r}"
            assert block.broken_words == 0, f"broken mid-word: {block.text!r}"
    inks = [(block, ink_rect(block)) for block in texts]
    for (a, ra), (b, rb) in itertools.combinations(inks, 2):
        assert not _meets(ra, rb), (a.role, a.text[:80], b.role, b.text[:80])
    shapes = [p for p in scene.parts if not isinstance(p, TextBlock)]
    for block, ink in inks:
        for shape in shapes:
            if shape.role in CONTAINERS:
                assert _inside(ink, shape.rect) or not _meets(ink, shape.rect), \
                    (block.role, block.text[:80], shape.role)
            elif shape.role in OBSTACLES or not isinstance(shape, Shape):  # icons, QR code
                assert not _meets(ink, shape.rect), (block.role, block.text[:80], shape.role)
    boxes = [p for p in shapes if p.role in ("card", "banner")]
    for a, b in itertools.combinations(boxes, 2):
        assert not _meets(a.rect, b.rect), (a.role, a.rect, b.role, b.rect)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_phase_fits_every_size(qapp, real_agenda, instants, size):
    seen_phases = set()
    for now in instants:
        state = state_at(real_agenda, now)
        seen_phases.add(state.phase)
        scene = build_scene(real_agenda, state, *size)
        for page in range(scene.pages):
            paged = build_scene(real_agenda, state, *size, page=page)
            assert_scene_fits(paged, *size)
    assert seen_phases == set(PHASES) - {"between_items"}  # the real agenda has no gap inside a day


def test_every_person_of_the_current_item_is_shown_across_pages(qapp, real_agenda):
    for item in real_agenda.items:
        if not item.people():
            continue
        state = state_at(real_agenda, item.start + timedelta(minutes=1))
        for size in SIZES:
            pages = build_scene(real_agenda, state, *size).pages
            shown = "\n".join(build_scene(real_agenda, state, *size, page=p).all_text() for p in range(pages))
            for appearance in item.people():
                assert str(appearance.person.name) in shown, (item.id, size, appearance.person.id)


def test_type_sizes_at_1080p_and_4k(qapp, real_agenda):
    state = state_at(real_agenda, local("2018-09-27T15:10"))
    for (width, height), factor in (((1920, 1080), 1), ((3840, 2160), 2)):
        scene = build_scene(real_agenda, state, width, height)
        sizes = {t.role: max(r.font.pixelSize() for r in t.runs) for t in scene.texts}
        assert sizes["title"] >= 56 * factor
        assert sizes["clock"] > sizes["title"]
        body = [min(r.font.pixelSize() for r in t.runs) for t in scene.texts if t.role in ("person", "later")]
        assert body and min(body) >= 32 * factor


def test_text_colours_have_aaa_contrast():
    for fg in (th.TEXT, th.SECONDARY, th.LABEL, th.GOLD, th.TEAL):
        for bg in (th.BACKGROUND_TOP, th.BACKGROUND_BOTTOM, th.CARD):
            assert th.contrast_ratio(fg, bg) >= 7.0, (fg.name(), bg.name())
    for accent in (th.TEAL, th.GOLD):
        assert th.contrast_ratio(th.ON_ACCENT, accent) >= 7.0


def test_phase_screens_say_the_right_things(qapp, real_agenda):
    def text_at(when):
        # Number and unit are glued by no-break spaces ("18\u00a0min"); read them as spaces here.
        scene = build_scene(real_agenda, state_at(real_agenda, local(when)), 1920, 1080)
        return scene.all_text().replace("\u00a0", " ")
    assert "Coffee break" in text_at("2018-09-27T16:12") and "until 16:30" in text_at("2018-09-27T16:12")
    assert "18 min left" in text_at("2018-09-27T16:12")
    assert "ends in 50 min" in text_at("2018-09-27T15:10") and "started 10 min ago" in text_at("2018-09-27T15:10")
    assert "in 50 min" in text_at("2018-09-27T15:10")
    assert "Day 1 has ended" in text_at("2018-09-27T19:00")
    assert "Day 2 starts Friday 28 September at 08:30" in text_at("2018-09-28T02:00")
    assert "7 days 2 h\n" in text_at("2018-09-20T10:00")  # more than a day away: days and hours
    assert "1 day 2 h\n" in text_at("2018-09-26T10:00")
    assert "16 h 30 min\n" in text_at("2018-09-26T20:00")  # under a day: hours and minutes
    assert "40 min\n" in text_at("2018-09-27T11:50")  # under an hour: minutes
    closing = text_at("2018-09-29T09:00")
    assert "Thank you" in closing and "transfer of the chairmanship to the Republic of Tajikistan" in closing
    reception = text_at("2018-09-28T23:30")
    assert "Closing Reception" in reception and "from 18:00" in reception
    header = text_at("2018-09-28T10:05")
    assert "Friday 28 September  ·  Day 2 of 2" in header and "10:05" in header
    assert "Human Mobility in Central Asia: Rights of vulnerable migrants" in header


def test_between_items_screen(qapp, minimal_doc):
    agenda = build_agenda(minimal_doc, "mem")
    scene = build_scene(agenda, state_at(agenda, local("2018-09-27T10:45")), 1920, 1080)
    assert scene.phase == "between_items"
    assert "Next at 11:00" in scene.all_text() and "in 15\u00a0min" in scene.all_text()
    assert_scene_fits(scene, 1920, 1080)


def test_display_changes_exactly_once_per_boundary(qtbot, real_agenda):
    points = boundaries(real_agenda)
    clock = RehearsalClock(points[0] - timedelta(hours=1), speed=0)
    view = DisplayView(real_agenda, clock)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.start()
    changes = []
    view.stateChanged.connect(changes.append)
    assert view.armed_for == points[0]
    for boundary in points:
        clock.set(boundary - timedelta(seconds=1))
        view.on_boundary()  # fired a second early: recomputes, changes nothing, re-arms
        assert len(changes) == points.index(boundary)
        assert view.armed_for == boundary
        clock.set(boundary)
        view.on_boundary()
        assert len(changes) == points.index(boundary) + 1
        expected = state_at(real_agenda, boundary)
        assert view.state.phase == expected.phase and view.state.current is expected.current
        assert view.armed_for == expected.next_change
        if expected.current is not None:
            assert str(expected.current.title) in view.scene.all_text()
    assert view.state.phase == "after_event" and not view.boundary_timer.isActive()


def test_timer_is_armed_for_next_change_in_rehearsal_time(qtbot, real_agenda):
    clock = RehearsalClock(local("2018-09-27T15:59"), speed=60)
    view = DisplayView(real_agenda, clock)
    qtbot.addWidget(view)
    view.start()
    assert view.armed_for == local("2018-09-27T16:00")
    assert 900 <= view.boundary_timer.remainingTime() <= 1002  # 60 s of event time at 60x
    assert view.boundary_timer.isSingleShot()


def test_boundary_timer_really_fires_and_switches_the_screen(qtbot, real_agenda):
    clock = RehearsalClock(local("2018-09-27T15:59:58"), speed=60)  # 2 s of event time = 33 ms
    view = DisplayView(real_agenda, clock)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    view.start()
    with qtbot.waitSignal(view.stateChanged, timeout=3000) as signal:
        pass
    assert signal.args[0].current.id == "d1-coffee"
    qtbot.waitUntil(lambda: "Coffee break" in view.scene.all_text())


def _alike(a: QImage, b: QImage) -> bool:
    """The same picture, give or take one level per channel (a gradient painted in parts rounds
    a few pixels the other way)."""
    return a.size() == b.size() and (a == b or max(
        abs(x - y) for x, y in zip(bytes(a.constBits()), bytes(b.constBits()), strict=True)) <= 1)


def _grid_pixels(image: QImage, step: int = 8) -> list[tuple[int, int, int]]:
    return [image.pixelColor(x, y).getRgb()[:3]
            for y in range(0, image.height(), step) for x in range(0, image.width(), step)]


def _shown_before_coffee(qtbot, agenda):
    """A started 640×360 display on screen a second before the 16:00 coffee break."""
    clock = RehearsalClock(local("2018-09-27T15:59:59"), speed=0)
    view = DisplayView(agenda, clock, "en")
    qtbot.addWidget(view)
    view.resize(640, 360)
    view.show()
    view.start()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.painted)  # a change cross-fades from a painted frame
    return clock, view


def test_a_change_cross_fades_in_the_backing_store_and_keeps_no_picture(qtbot, real_agenda):
    clock, view = _shown_before_coffee(qtbot, real_agenda)

    def on_screen() -> QImage:  # what the window's backing store holds (offscreen: its image)
        return view.screen().grabWindow(view.winId()).toImage().convertToFormat(QImage.Format.Format_RGB32)

    old = view.render_image()
    qtbot.waitUntil(lambda: on_screen() == old)
    assert view._frame is None  # between changes only the backing store holds the screen
    view._fade.setDuration(60_000)  # its steps are driven by hand below
    clock.set(local("2018-09-27T16:00"))
    view.on_boundary()
    assert view.fading and on_screen() == old  # nothing painted before the first step
    new = view.render_image()
    view._fade.setCurrentTime(15_000)
    view._fade.setCurrentTime(30_000)  # halfway (eased: 0.5), reached in two steps
    mid = on_screen()
    differ = [(o, n, m) for o, n, m in zip(_grid_pixels(old), _grid_pixels(new), _grid_pixels(mid), strict=True)
              if max(abs(a - b) for a, b in zip(o, n, strict=True)) >= 80]
    assert len(differ) > 50
    for o, n, m in differ:
        assert all(abs(c - (a + b) / 2) <= 4 for a, b, c in zip(o, n, m, strict=True)), (o, n, m)
    view._fade.setCurrentTime(60_000)  # the last step draws the new screen whole
    assert _alike(on_screen(), new)
    view._fade.setDuration(1)
    qtbot.waitUntil(lambda: not view.fading)
    assert view._frame is None and _alike(on_screen(), new)


def test_a_fade_is_six_steps_when_the_timer_ticks_early(qtbot, real_agenda):
    """Qt's coarse timer fires up to 5 % early: the sixth tick then comes at 570 of 600 ms with the
    blend at 99.5 %. That step draws the new screen whole and ends the fade: no seventh step."""
    from PySide6.QtCore import QEvent, QObject

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    clock, view = _shown_before_coffee(qtbot, real_agenda)
    on_screen = lambda: view.screen().grabWindow(view.winId()).toImage().convertToFormat(  # noqa: E731
        QImage.Format.Format_RGB32)
    old = view.render_image()
    qtbot.waitUntil(lambda: on_screen() == old)
    view._fade.setDuration(60_000)  # the fade's times a hundred times slower, its steps driven by hand
    view._fade.setUpdateInterval(10_000)
    clock.set(local("2018-09-27T16:00"))
    view.on_boundary()
    new = view.render_image()
    paints = Paints(view)
    view.installEventFilter(paints)
    for tick in range(1, 6):  # 95, 190, … 475 ms: 5 %, 20 %, 45 %, 73 %, 91 %
        view._fade.setCurrentTime(9_500 * tick)
        assert view.fading and paints.count == tick
    assert not _alike(on_screen(), new)
    view._fade.setCurrentTime(57_000)  # 570 ms: 99.5 % on the curve, drawn whole
    assert paints.count == 6 and not view.fading and view._frame is None
    assert _alike(on_screen(), new)


def test_a_repaint_mid_fade_shows_the_new_screen_whole(qtbot, real_agenda):
    clock, view = _shown_before_coffee(qtbot, real_agenda)
    view._fade.setDuration(60_000)
    clock.set(local("2018-09-27T16:00"))
    view.on_boundary()
    view._fade.setCurrentTime(20_000)
    assert view.fading
    view.resize(660, 360)  # anything but a fade step repaints the display whole …
    new = view.render_image()
    qtbot.waitUntil(lambda: _alike(view.screen().grabWindow(view.winId()).toImage().convertToFormat(
        QImage.Format.Format_RGB32), new))
    assert not view.fading and view._frame is None  # … and ends the fade


def test_the_changed_area_is_what_differs(qapp, real_agenda):
    at = state_at(real_agenda, local("2018-09-27T15:10"))
    first = build_scene(real_agenda, at, 1920, 1080)
    assert first.pages > 1
    assert first.changed_area(build_scene(real_agenda, at, 1920, 1080)).isEmpty()  # the same again
    assert first.changed_area(None) == QRectF(0, 0, 1920, 1080)
    turned = build_scene(real_agenda, at, 1920, 1080, page=1)
    area = turned.changed_area(first)
    # a page turn changes the people and the page dots, not the title, the clock or what is next
    assert 0 < area.width() * area.height() < 0.25 * 1920 * 1080
    people = [p for p in turned.parts if p.role == "person"]
    assert people and all(area.contains(p.rect) for p in people)
    for role in ("title", "clock", "next-title", "event"):
        for part in (p for p in turned.parts if p.role == role):
            assert not area.intersects(part.rect), role
    later = build_scene(real_agenda, state_at(real_agenda, local("2018-09-27T15:11")), 1920, 1080)
    minute = later.changed_area(first)
    assert minute.contains(next(p for p in later.parts if p.role == "clock").rect)
    evening = build_scene(real_agenda, state_at(real_agenda, local("2018-09-27T19:00")), 1920, 1080)
    assert evening.changed_area(first) == QRectF(0, 0, 1920, 1080)  # another phase: everything


def _pixels(region) -> int:
    return sum(r.width() * r.height() for r in region)


def test_a_minute_repaints_the_parts_that_changed_not_the_rectangle_around_them(qapp, real_agenda):
    from PySide6.QtGui import QRegion
    first = build_scene(real_agenda, state_at(real_agenda, local("2018-09-27T15:10")), 1920, 1080)
    later = build_scene(real_agenda, state_at(real_agenda, local("2018-09-27T15:11")), 1920, 1080)
    region = QRegion()
    for rect in later.changed_rects(first):
        region = region.united(rect.toAlignedRect())
    # the clock at the top right, "in 49 min" in the NEXT card, the words under the progress bar
    for role in ("clock", "next-relative"):
        part = next(p for p in later.parts if p.role == role)
        assert region.contains(part.rect.toAlignedRect()), role
    assert not any(region.intersects(p.rect.toAlignedRect()) for p in later.parts if p.role in ("title", "event"))
    union = later.changed_area(first)
    assert union.width() * union.height() > 0.5 * 1920 * 1080  # from the clock down to the bar …
    assert _pixels(region) < 0.12 * 1920 * 1080                 # … but a tenth of it changed
    assert later.changed_rects(first) and not first.changed_rects(build_scene(
        real_agenda, state_at(real_agenda, local("2018-09-27T15:10")), 1920, 1080))


def test_the_screen_after_a_minute_is_the_screen_painted_whole(qtbot, real_agenda):
    clock = RehearsalClock(local("2018-09-27T15:10"), speed=0)
    view = DisplayView(real_agenda, clock, "en")
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    view.start()
    qtbot.waitExposed(view)

    def on_screen() -> QImage:
        return view.screen().grabWindow(view.winId()).toImage().convertToFormat(QImage.Format.Format_RGB32)

    view.repaint()
    clock.set(local("2018-09-27T15:11"))
    view.on_minute()
    qtbot.waitUntil(lambda: view.scene.text_of("clock") == ["15:11"])
    qtbot.wait(50)  # (no timer of the display fires within: the next is a minute away)
    ticked = on_screen()
    view.repaint()
    assert _alike(on_screen(), ticked)


def test_the_background_under_an_area_is_the_background_of_the_whole_screen(qapp):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QPainter

    from ui.display.parts import paint_background

    def painted(area) -> QImage:
        image = QImage(1920, 1080, QImage.Format.Format_RGB32)
        image.fill(0)
        painter = QPainter(image)
        paint_background(painter, 1920, 1080, area)
        painter.end()
        return image

    whole = painted(None)
    areas = ((0, 0, 40, 30), (1499, 22, 357, 152), (64, 902, 1082, 55), (900, 500, 1, 1), (1800, 1000, 120, 80))
    for x, y, w, h in areas:
        assert painted(QRectF(x, y, w, h)).copy(QRect(x, y, w, h)) == whole.copy(QRect(x, y, w, h)), (x, y)


def _looks(scene) -> list[tuple]:
    """Each part as it is painted, in order: its kind, rectangle and what it shows."""
    def what(part):
        if isinstance(part, TextBlock):
            return tuple((r.text, r.font.key(), r.color.rgba()) for r in part.runs), part.lines
        return tuple(str(v) for k, v in sorted(vars(part).items()) if k not in ("rect", "role"))
    return [(type(p).__name__, tuple(round(v, 3) for v in p.rect.getRect()), getattr(p, "role", ""), what(p))
            for p in scene.parts]


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1280, 800)])
def test_a_page_turn_shows_what_a_new_build_of_that_page_shows(qapp, real_agenda, size):
    """Scene.with_page (a page turn without a new build) gives the scene build_scene gives for that
    page, part for part, in every language, for a session's people and a day's outline."""
    width, height = size
    turned = 0
    for at in ("2018-09-27T15:10", "2018-09-27T14:10", "2018-09-28T10:05", "2018-09-26T12:00",
               "2018-09-27T19:00"):
        state = state_at(real_agenda, local(at))
        for lang in ("en", "ru"):
            first = build_scene(real_agenda, state, width, height, lang=lang)
            if first.pages <= 1:
                assert first.with_page(1) is None
                continue
            for page in range(first.pages + 1):  # and round to the first again
                built = build_scene(real_agenda, state, width, height, page=page % first.pages, lang=lang)
                shown = first.with_page(page)
                assert (shown.pages, shown.page, _looks(shown)) == (built.pages, built.page, _looks(built))
                turned += 1
    assert turned >= 10


def test_blocks_that_look_the_same_are_laid_out_once(qapp):
    from ui.textlayout import Run, text
    font = th.Theme.for_size(1920, 1080).font("body")
    a = text(Run("Coffee break", font, th.TEXT), 400)
    b = text(Run("Coffee break", font, th.TEXT), 400)
    assert a.layout is b.layout and a.rect is not b.rect and a.rect == b.rect
    assert text(Run("Coffee break", font, th.GOLD), 400).layout is not a.layout  # another colour
    assert text(Run("Coffee break", font, th.TEXT), 90).layout is not a.layout   # another width
    assert text(Run("Coffee break", font, th.TEXT), 150).lines == 2  # laid out for its own width


def test_wall_clock_jump_is_noticed_at_once(qtbot, real_agenda):
    clock = RehearsalClock(local("2018-09-27T15:10"), speed=0)
    view = DisplayView(real_agenda, clock)
    qtbot.addWidget(view)
    view.start()
    assert view.check_clock() is False
    clock.set(local("2018-09-28T10:05"))  # as if NTP corrected the clock by a day
    assert view.check_clock() is True
    assert view.state.current.id == "d2-dialogue"
    assert view.armed_for == local("2018-09-28T11:00")


def hostile_agenda(minimal_doc, title):
    minimal_doc["days"][0]["items"][2]["title"] = title
    return build_agenda(minimal_doc, "mem")


@pytest.mark.parametrize("title", ["<img src=x> <b>bold</b> &amp;", "A" * 5000, ("word " * 1000).strip(),
                                   "مرحبا بكم في الاجتماع", "Welcome 🎉🇰🇬 session"])
def test_hostile_titles_render_as_plain_text(qtbot, minimal_doc, title):
    agenda = hostile_agenda(minimal_doc, title)
    for size in ((1920, 1080), (1080, 1920)):
        state = state_at(agenda, local("2018-09-27T11:10"))
        scene = build_scene(agenda, state, *size)
        block = [t for t in scene.texts if t.role == "title"][0]
        assert block.text.rstrip("…") in title or title.startswith(block.text.rstrip("…"))
        assert block.lines <= 5
        if len(title) > 1000:
            assert block.elided
        view = DisplayView(agenda, RehearsalClock(local("2018-09-27T11:10"), speed=0))
        qtbot.addWidget(view)
        view.resize(*size)
        image = view.render_image()
        assert not image.isNull() and image.width() == size[0]
    literal = hostile_agenda(minimal_doc, "<img src=x>")
    assert "<img src=x>" in build_scene(literal, state_at(literal, local("2018-09-27T11:10")), 1920, 1080).all_text()


def test_screenshot_command_writes_the_screen(tmp_path):
    out = tmp_path / "shot.png"
    result = run_kiosk("--screenshot", str(out), "--at", "2018-09-27T16:12", "--size", "1280x800")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    # Dark background, with light text somewhere: not a blank frame.
    colours = {image.pixelColor(x, y).lightness() for x in range(0, 1280, 7) for y in range(0, 800, 7)}
    assert min(colours) < 60 and max(colours) > 200


@pytest.mark.parametrize("width, height", [(640, 37), (641, 38), (643, 1)])  # rows padded or not; 1 row
def test_png_writer_keeps_every_pixel(qapp, tmp_path, width, height):
    from PySide6.QtGui import QColor, QPainter

    from ui.app import png_problem
    image = QImage(width, height, QImage.Format.Format_RGB32)
    for y in range(image.height()):
        for x in range(width):
            image.setPixelColor(x, y, QColor((x * 7 + y) % 256, (x * y) % 256, (255 - x) % 256))
    painter = QPainter(image)
    painter.drawText(5, 30, "Kofe-breyk · Кофе-брейк")
    painter.end()
    out = tmp_path / "shot.png"
    assert png_problem(image, str(out)) is None
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert QImage(str(out)).convertToFormat(QImage.Format.Format_RGB32) == image
    assert [p.name for p in tmp_path.iterdir()] == ["shot.png"]  # written whole, no temporary file left
    problem = png_problem(image, str(tmp_path / "no-such-folder" / "shot.png"))
    assert problem and "no-such-folder" in problem


def test_screenshot_file_is_the_rendered_picture(qapp, tmp_path):
    """`kiosk --screenshot` saves exactly what the display renders at that instant, pixel for pixel."""
    from datetime import datetime

    from conftest import AGENDA_PATH
    from kiosk.clock import RehearsalClock
    from kiosk.loader import load_agenda
    from ui.display.view import DisplayView
    agenda = load_agenda(str(AGENDA_PATH))
    out = tmp_path / "shot.png"
    result = run_kiosk("--screenshot", str(out), "--at", "2018-09-27T16:12", "--size", "960x540")
    assert result.returncode == 0, result.stderr
    at = datetime.fromisoformat("2018-09-27T16:12").replace(tzinfo=agenda.timezone)
    view = DisplayView(agenda, RehearsalClock(at, speed=0), "en")
    view.resize(960, 540)
    rendered = view.render_image().convertToFormat(QImage.Format.Format_RGB32)
    assert QImage(str(out)).convertToFormat(QImage.Format.Format_RGB32) == rendered


def test_screenshot_to_an_impossible_place_is_a_clear_error(tmp_path):
    result = run_kiosk("--screenshot", str(tmp_path / "missing" / "shot.png"), "--at", "2018-09-27T16:12")
    assert result.returncode == 2
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr


def test_bundled_font_is_registered(qapp):
    assert th.register_fonts() == "Inter"
    from PySide6.QtGui import QFontDatabase
    assert "Inter" in QFontDatabase.families()
    assert any(isinstance(p, Shape) for p in build_scene(*_state_for_font()).parts)


def _state_for_font():
    from conftest import AGENDA_PATH
    from kiosk.loader import load_agenda
    agenda = load_agenda(AGENDA_PATH)
    return agenda, state_at(agenda, local("2018-09-27T15:10")), 1920, 1080
