"""The ``kiosk`` command: its flags, and the dispatch to the start, --check, --print-state, the exports,
--convert, the day's changes (kiosk.changes_cli), and through :func:`qt_side` the screens and the editor."""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import sys
from datetime import UTC, datetime

from kiosk.localtime import LAST_YEAR, parse_iso_instant
from kiosk.model import Agenda
from kiosk.paths import default_agenda
from kiosk.problems import AgendaError

EXIT_OK = 0
EXIT_USAGE = 2  # bad flags, a bad agenda, a bad --at: the caller must fix something

EXAMPLES = """\
examples:
  kiosk                                   start full-screen on the bundled agenda.json
  kiosk --windowed                        start in a window (development, rehearsal)
  kiosk --at 2018-09-27T13:55 --speed 60  rehearse from 13:55, an hour a minute
  kiosk --check                           check agenda.json and say what is wrong
  kiosk --check --agenda other.json       check another file
  kiosk --print-state --at 2018-09-27T16:10
                                          what the screen shows at 16:10, as JSON
  kiosk --screenshot day2.png --at 2018-09-28T09:45 --size 1920x1080
                                          picture of the screen at that instant
  kiosk --screenshot people.png --view people
                                          picture of the touch browser's People page
  kiosk --config /etc/kiosk/lobby.toml    settings (agenda, screen, PIN, language …) from a file
  kiosk --agenda schedule.xml --check     a frab schedule.xml or a schedule.json works as an agenda too
  kiosk --convert schedule.xml agenda.json
                                          turn a conference tool's schedule into an editable agenda.json
  kiosk --status-port 8765               also answer venue IT's status requests (status_token in kiosk.toml)
  kiosk --screens                         every lobby screen in one window (screens = [...] in kiosk.toml)
  kiosk --export-ics programme.ics        the programme for calendars (iCalendar), adjustments applied
  kiosk --export-schedule-json schedule.json
                                          the programme for conference tools (c3voc schedule.json)
  kiosk --delay d1-coffee 15              d1-coffee and what follows that day start 15 minutes later
  kiosk --cancel d1-photo --note "Postponed to Friday"
                                          the item stays listed, marked cancelled
  kiosk --announce "Bus at 18:00" --from 2018-09-27T17:30 --until 2018-09-27T18:00
                                          a banner on the display between those times

Full-screen, the kiosk cannot be closed by keys or touch: staff open the staff panel
(hold the top-left corner for 3 seconds, or Ctrl+Alt+S) and enter the PIN.

Times without an offset (2018-09-27T16:10) are the event's local time.
Exit codes: 0 all well, 2 something to fix (the message says what).
"""


class _Version(argparse.Action):
    """--version: ``kiosk.__version__``, the version typed once in kiosk/__init__.py."""

    def __call__(self, parser, namespace, values, option_string=None):
        import kiosk
        parser.exit(0, f"kiosk {kiosk.__version__}\n")


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """argparse's layout of --help in the terminal's width, found without argparse's own way.

    argparse asks ``shutil.get_terminal_size`` in every formatter it makes, and it makes one for
    each flag it is given: importing shutil, with bz2 and lzma, at every start of every command.
    """

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        super().__init__(prog, indent_increment, max_help_position, terminal_columns() - 2 if width is None else width)


def terminal_columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size`` says it: $COLUMNS, else stdout's, else 80."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's default is fine but for the wording
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"kiosk: {message} (see 'kiosk --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kiosk",
        description="The lobby kiosk: shows what is on now and next at the conference, "
                    "and lets attendees browse the programme by touch.",
        epilog=EXAMPLES, formatter_class=_Formatter)
    parser.add_argument("--agenda", metavar="PATH|URL", type=_nonempty("the agenda's path or address"),
                        help="the programme file, or an http(s):// URL that every lobby screen follows "
                             "(default: agenda.json beside the program); an agenda.json, a frab schedule.xml "
                             "or a schedule.json (c3voc, pretalx), told apart by content")
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--check", action="store_true",
                      help="check the agenda file and exit: 0 when valid, 2 with one line per problem")
    what.add_argument("--print-state", action="store_true",
                      help="print what is on and next at --at (default: now) as JSON and exit")
    what.add_argument("--screenshot", metavar="OUT.png", type=_nonempty("the picture's path"),
                      help="render the screen at --at to a PNG file without showing a window, and exit")
    what.add_argument("--convert", nargs=2, metavar=("IN", "OUT.json"), type=_nonempty("two paths"),
                      help="convert a schedule.xml or schedule.json (path or URL) to an editable agenda.json "
                           "and exit: 0 when written, 2 with one line per problem")
    what.add_argument("--export-ics", metavar="OUT.ics", type=_nonempty("the calendar file's path"),
                      help="write the programme (--agenda, with its adjustments) as iCalendar and exit")
    what.add_argument("--screens", action="store_true",
                      help="the office's window: every lobby screen listed in kiosk.toml (screens = [...]) with its "
                           "live picture, what it shows and a badge when something is wrong")
    what.add_argument("--export-schedule-json", metavar="OUT.json", type=_nonempty("the file's path"),
                      help="write the programme (--agenda, with its adjustments) as a c3voc schedule.json and exit")
    parser.add_argument("--timezone", metavar="ZONE", type=_zone,
                        help="the event's time zone for a schedule file that names none (e.g. a FOSDEM "
                             "export): Europe/Brussels, Asia/Bishkek …; files that name one keep theirs")
    # the day's changes, made in the agenda file (kiosk/changes_cli.py); each prints what changed
    what.add_argument("--delay", nargs=2, metavar=("ID", "MINUTES"),
                      help="delay item ID and what follows it that day by MINUTES (1–600); with --until ID the "
                           "delay stops at that later item, which starts later and ends on time")
    what.add_argument("--cancel", metavar="ID", help="mark item ID cancelled (it stays listed); --note TEXT says why")
    what.add_argument("--restore", metavar="ID", help="undo item ID's own changes: its cancellation, move, delay")
    what.add_argument("--move", nargs=2, metavar=("ID", "HH:MM"),
                      help="move item ID to start at HH:MM the same day, same length unless --end HH:MM")
    what.add_argument("--announce", metavar="TEXT",
                      help="show TEXT as a banner on the display --from ISO --until ISO (event time unless an "
                           "offset is given); --ru TEXT in Russian, --important makes it gold")
    what.add_argument("--edit", action="store_true",
                      help="open the editor window on the agenda file (--agenda PATH; default agenda.json)")
    what.add_argument("--clear-changes", action="store_true",
                      help="remove every delay, cancellation and move: the printed programme applies again")
    parser.add_argument("--until", metavar="ID|ISO", help="with --delay: the item the delay stops at; "
                                                          "with --announce: when the banner ends")
    parser.add_argument("--note", metavar="TEXT", help="with --cancel, --delay or --move: a short note shown beside it")
    parser.add_argument("--end", metavar="HH:MM", help="with --move: the new end (24:00–47:59: the next morning)")
    parser.add_argument("--from", dest="from_", metavar="ISO", help="with --announce: when the banner starts")
    parser.add_argument("--ru", metavar="TEXT", help="with --announce: the Russian text")
    parser.add_argument("--important", action="store_true", default=None,
                        help="with --announce: an important announcement (gold)")
    parser.add_argument("--at", metavar="ISO", type=_at,
                        help="the instant to show, e.g. 2018-09-27T16:10 (event time), "
                             "2018-09-27T10:10Z or 2018-09-27T16:10+06:00; the live display "
                             "starts there and runs on (a rehearsal)")
    parser.add_argument("--speed", metavar="N", type=_speed, default=1.0,
                        help="with --at: time runs N times as fast (e.g. 60 = an hour a minute)")
    parser.add_argument("--size", metavar="WxH", type=_size, default=(1920, 1080),
                        help="with --screenshot: the picture size (default 1920x1080)")
    parser.add_argument("--view", metavar="VIEW", type=_view, default="display",
                        help="with --screenshot: which screen to draw: display (default), programme, "
                             "people, item:<id> or person:<id> (ids as in agenda.json), keypad or staff "
                             "(the staff panel's PIN keypad, or the panel behind it)")
    parser.add_argument("--config", metavar="PATH", type=_nonempty("the settings file's path"),
                        help="the settings file (default: kiosk.toml beside the agenda, else in the "
                             "user's config folder); the flags below override it")
    parser.add_argument("--lang", choices=("en", "ru", "en+ru"), default=None,
                        help="interface and programme language; en+ru alternates (default en+ru)")
    parser.add_argument("--idle-timeout", metavar="SECONDS", type=_idle, default=None,
                        help="the touch browser returns to the display after this long without a touch "
                             "(default 60)")
    parser.add_argument("--log-file", metavar="PATH", type=_nonempty("the log file's path"),
                        help="where the running kiosk writes its log (default: kiosk.log in the user's log "
                             "folder, kiosk-screenN.log for --screen N; rotated at 1 MB)")
    parser.add_argument("--refresh", metavar="SECONDS", type=_refresh, default=None,
                        help="with an agenda URL: how often to ask the server for changes (default 60)")
    parser.add_argument("--qr-url", metavar="URL", type=_nonempty("a web address"),
                        help="show a QR code that leads to this address (e.g. where the programme is "
                             "published as .ics); none by default")
    parser.add_argument("--screen", metavar="N", type=_screen, default=None,
                        help="which screen to fill, counting from 0 (default 0)")
    parser.add_argument("--rotation", type=int, choices=(0, 90, 180, 270), default=None,
                        help="turn the picture for a screen mounted on its side (default 0)")
    parser.add_argument("--allow-default-pin", action="store_true", default=None,
                        help="start full-screen although the staff PIN is still the default 0000 "
                             "(rehearsals only)")
    parser.add_argument("--status-port", metavar="N", type=_port, default=None,
                        help="turn on the read-only status endpoint for venue IT on this port (needs "
                             "status_token in kiosk.toml; off by default)")
    parser.add_argument("--windowed", action="store_true",
                        help="show in an ordinary window instead of full-screen")
    parser.add_argument("--version", action=_Version, nargs=0, help="print the version and exit")
    return parser


def _speed(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not 0 < value <= 100_000:
        raise argparse.ArgumentTypeError("must be more than 0 and at most 100000")
    return value


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1920x1080")
    width, height = int(match[1]), int(match[2])
    if not (100 <= width <= 16384 and 100 <= height <= 16384):
        raise argparse.ArgumentTypeError("width and height must be between 100 and 16384")
    return width, height


def _view(text: str) -> str:
    if text in ("display", "programme", "people", "keypad", "staff") or re.fullmatch(r"(item|person):\S+", text):
        return text
    raise argparse.ArgumentTypeError(f"'{text}' is not display, programme, people, item:<id>, person:<id>, "
                                     "keypad or staff")


def _seconds(low: float, high: float):
    """An argparse type: a number of seconds between low and high."""
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be between {low:g} and {high:g} seconds")
        return value
    return parse


def _port(text: str) -> int:
    if not text.isdigit() or not 1024 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port number from 1024 to 65535")
    return int(text)


_idle = _seconds(10, 3600)
_refresh = _seconds(5, 86400)


def _screen(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"'{text}' is not a screen number (0, 1, …)")
    return int(text)


# --at may go back to 1970, before the agenda's years (kiosk.localtime.FIRST_YEAR), so that the screen of a PC
# whose clock was never set ("The programme appears as soon as this computer's clock is set",
# shown before kiosk.clock.PLAUSIBLE_YEAR) can be rehearsed too.
AT_FIRST_YEAR = 1970


def _at(text: str) -> str:
    """--at as given; an empty or blank value is a mistake, not "now" (leave --at out for now)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("is empty; give a date and time such as 2018-09-27T16:10, "
                                         "or leave --at out for now")
    return text


def _zone(text: str) -> str:
    from kiosk.zones import ZoneError, event_zone
    try:
        event_zone(text)
    except ZoneError as err:
        raise argparse.ArgumentTypeError(str(err)) from None
    return text


def _nonempty(what: str):
    """An argparse type for a path or address: anything but an empty or blank value."""
    def parse(text: str) -> str:
        if not text.strip():
            raise argparse.ArgumentTypeError(f"is empty; give {what}")
        return text
    return parse


def parse_instant(text: str, agenda: Agenda) -> datetime:
    """ISO 8601 with an offset, with Z, or without (then it is the event's local time), in the
    years AT_FIRST_YEAR to LAST_YEAR; ValueError in plain words otherwise."""
    cleaned = text.strip()
    if not cleaned:
        raise ValueError("--at: is empty; give a date and time such as 2018-09-27T16:10, or leave --at out for now")
    try:
        instant = parse_iso_instant(cleaned)
    except ValueError:
        raise ValueError(f"--at: '{text}' is not a date and time such as 2018-09-27T16:10 "
                         "or 2018-09-27T16:10:00+06:00") from None
    if not AT_FIRST_YEAR <= instant.year <= LAST_YEAR:
        raise ValueError(f"--at: '{text}' is outside the years {AT_FIRST_YEAR}–{LAST_YEAR} the kiosk accepts")
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=agenda.timezone)
    return instant


def _fail(lines: list[str]) -> int:
    for line in lines:
        print(line, file=sys.stderr)
    return EXIT_USAGE


def _refuse(problems: list[str], checking: bool, then: str) -> int:
    """A file that cannot be used: --check lists its problems on stdout (its report); a start
    says them on stderr with what to do next."""
    if checking:
        for line in problems:
            print(line)
        return EXIT_USAGE
    return _fail(problems + [then])


def print_warnings(agenda: Agenda, source: str) -> None:
    """What the file has that the kiosk shows anyway (another tool's double bookings), one line each."""
    for warning in agenda.warnings:
        print("warning: " + warning.format(source))


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _same_file(a: str, b: str) -> bool:
    from pathlib import Path
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


def _write(path: str, data: bytes) -> str | None:
    """Write a file whole, keeping its mode, owner and symlink (kiosk.safefile); the reason in
    plain words when it cannot be, and then nothing was written."""
    from kiosk.safefile import write_file
    try:
        write_file(path, data)
    except OSError as err:
        return f"kiosk: {err}"
    return None


def convert(source: str, out: str) -> int:
    """``--convert IN OUT.json``: any supported format to an editable agenda.json."""
    from kiosk.loader import convert as to_agenda_json
    from kiosk.sources import is_url, source_bytes
    if not is_url(source) and _same_file(source, out):
        return _fail([f"kiosk: {out} is the file being converted; write the agenda.json under another name"])
    try:
        document, agenda, _fmt = to_agenda_json(source_bytes(source), source)
    except AgendaError as err:
        return _fail(err.lines())
    problem = _write(out, (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    if problem:
        return _fail([problem])
    print_warnings(agenda, source)
    print(f"converted: {source} -> {out}: {_plural(len(agenda.items), 'item')} on "
          f"{_plural(len(agenda.days), 'day')}, {agenda.timezone.key}")
    return EXIT_OK


def export(agenda: Agenda, source: str, args: argparse.Namespace) -> int:
    """``--export-ics`` / ``--export-schedule-json``: the programme, adjusted, for other programs."""
    events = _plural(len(agenda.items), "event")
    if args.export_ics:
        from kiosk.formats.ics import export as ics
        out, data, what = args.export_ics, ics(agenda), f"{events} (iCalendar, {agenda.timezone.key})"
    else:
        from kiosk.formats.schedule_json import export as schedule_json
        document = schedule_json(agenda)
        rooms = len(document["schedule"]["conference"]["rooms"])
        out = args.export_schedule_json
        data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        what = (f"{events} in {_plural(rooms, 'room')} on {_plural(len(agenda.days), 'day')} "
                f"(schedule.json, {agenda.timezone.key})")
    from kiosk.sources import is_url
    if not is_url(source) and _same_file(source, out):
        return _fail([f"kiosk: {out} is the agenda being exported; write to another file"])
    problem = _write(out, data)
    if problem:
        return _fail([problem])
    print(f"exported: {source} -> {out}: {what}")
    return EXIT_OK


def command(argv: list[str] | None = None) -> int:
    """The ``kiosk`` command as a process (console script, ``python -m kiosk``, the packaged
    program): ``main``, with its messages always writable.

    A name given on the command line may hold bytes that are not UTF-8 (Python keeps them as
    lone surrogates), and a redirected stdout on Windows has a narrow code page: what cannot be
    written is written as an escape rather than ending the command in a traceback.
    """
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError):  # replaced by a caller, or already closed
            pass
    return main(argv)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from kiosk.loader import assume_zone
    if args.convert:  # needs neither settings nor the default agenda
        assume_zone(args.timezone)
        return convert(*args.convert)
    from kiosk.paths import program_dir
    from kiosk.settings import SettingsError, find_config, load_settings, merged
    try:
        settings = load_settings(find_config(args.config, args.agenda, program_dir()))
    except SettingsError as err:
        return _refuse(err.lines(), args.check, "kiosk: fix the settings file and start again")
    settings = merged(settings, {"agenda": args.agenda, "screen": args.screen, "rotation": args.rotation,
                                 "language": args.lang, "idle_timeout": args.idle_timeout,
                                 "log_file": args.log_file, "refresh": args.refresh,
                                 "allow_default_pin": args.allow_default_pin, "qr_url": args.qr_url,
                                 "timezone": args.timezone, "status_port": args.status_port})
    assume_zone(settings.timezone)
    if args.screens:  # the office's window: needs no agenda
        from kiosk.preflight import window_problems
        return _fail(["kiosk: cannot open the screen."] + window_problems()) if window_problems() \
            else qt_side("screens")(settings)
    source = settings.agenda or str(default_agenda())
    if args.edit:  # the editor window (ui.editor): it opens an agenda with problems too, to fix them
        return qt_side("edit")(source, settings)
    from kiosk.changes_cli import asked, run_change  # --delay, --cancel, --move, --announce …
    if asked(args):
        return run_change(args, source)
    exporting = bool(args.export_ics or args.export_schedule_json)
    live = not (args.check or args.print_state or args.screenshot or exporting)
    if (live or args.check) and settings.status_problem():
        return _refuse([f"kiosk: {settings.status_problem()}"], args.check, "kiosk: fix the settings and start again")
    if live:
        # The cycle collector waits for the first frame (ui.app.run turns it back on): the start
        # makes tens of thousands of objects that all live on, and it would walk them again and
        # again for a few hundred cyclic ones before anything is on the screen (README, "First paint").
        gc.disable()
        if not args.windowed and settings.pin_is_default and not settings.allow_default_pin:
            return _fail(["kiosk: the staff PIN is still the default (0000), so anyone could stop the kiosk.",
                          "Set staff_pin = \"<4 to 8 digits>\" in kiosk.toml (see kiosk.example.toml), or "
                          "start with --allow-default-pin for a rehearsal."])
        from kiosk.logs import setup_logging
        setup_logging(settings.log_file, screen=settings.screen)
    from kiosk.sources import open_source
    try:
        # a starting kiosk shows a good saved copy of a URL's agenda at once; the server is asked
        # in the background (a slow server must not keep the screen dark)
        loaded = open_source(source, cache_first=live)
        agenda = loaded.agenda
    except AgendaError as err:
        return _refuse(err.lines(), args.check, "kiosk: fix the agenda (see 'kiosk --check') and start again")

    if args.check:
        print_warnings(agenda, source)
        days = agenda.days
        print(f"OK: {_plural(len(agenda.items), 'item')} on {_plural(len(days), 'day')} "
              f"({days[0].date} – {days[-1].date}), {agenda.timezone.key}")
        if settings.source:
            print(f"OK: settings from {settings.source}")
        return EXIT_OK

    if exporting:
        return export(agenda, source, args)

    try:
        at = parse_instant(args.at, agenda) if args.at is not None else None
    except ValueError as err:
        return _fail([f"kiosk: {err}"])

    if args.print_state:
        from kiosk.schedule import state_as_json, state_at
        state = state_at(agenda, at or datetime.now(UTC))
        print(json.dumps(state_as_json(state, agenda), ensure_ascii=False))
        return EXIT_OK

    if args.screenshot:
        return qt_side("screenshot")(agenda, args, at, settings)

    from kiosk.preflight import window_problems
    problems = window_problems()
    if problems:
        return _fail(["kiosk: cannot open the screen."] + problems)
    return qt_side("run")(agenda, settings, args, at, loaded)


def qt_side(entry: str):
    """The one door from the core to the Qt side: ``ui.app``'s ``run``, ``screenshot``, ``screens`` or ``edit``.

    Imported here only, and only when a screen is to be drawn, so --check, --print-state and the
    exports never load Qt. pyproject.toml's import contracts forbid the core every other import of
    ui, PySide6 or QtAwesome, and name this one.
    """
    import ui.app
    return getattr(ui.app, entry)
