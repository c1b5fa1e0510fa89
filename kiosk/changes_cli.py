"""``kiosk --delay``, ``--cancel``, ``--restore``, ``--move``, ``--announce``, ``--clear-changes``:
the day's changes from the command line, for the IT person and for scripts.

Each makes one change in the agenda file (``--agenda``, else the one the kiosk would show) through
:func:`kiosk.changes.onday.apply_to_file`, exactly as the editor window does, prints one line saying what
changed and exits 0; or exits 2 with a located message and leaves the file as it was.
"""

from __future__ import annotations

import argparse
import sys

EXIT_OK, EXIT_USAGE = 0, 2

COMMANDS = ("delay", "cancel", "restore", "move", "announce", "clear_changes")
# the options that only go with some of the commands, and with which
OPTIONS = {"until": ("--until", ("delay", "announce"), "--delay ID MINUTES --until ID or --announce"),
           "note": ("--note", ("delay", "cancel", "move"), "--cancel, --delay or --move"),
           "end": ("--end", ("move",), "--move"),
           "from_": ("--from", ("announce",), "--announce"),
           "ru": ("--ru", ("announce",), "--announce"),
           "important": ("--important", ("announce",), "--announce")}


def asked(args: argparse.Namespace) -> bool:
    """Whether the command line asks for a change (or gives one of its options)."""
    return any(getattr(args, name, None) not in (None, False) for name in (*COMMANDS, *OPTIONS))


def _misused(args: argparse.Namespace) -> str | None:
    command = next((name for name in COMMANDS if getattr(args, name) not in (None, False)), None)
    for name, (flag, commands, partners) in OPTIONS.items():
        if getattr(args, name) not in (None, False) and command not in commands:
            return f"{flag} goes with {partners}"
    if command == "announce" and (args.from_ is None or args.until is None):
        return "--announce needs --from ISO and --until ISO (when the banner shows, e.g. 2018-09-27T14:20)"
    if args.at is not None or args.screenshot:
        return "--at and --screenshot do not go with a change; check the result with --print-state --at ISO"
    return None


def run_change(args: argparse.Namespace, source: str) -> int:
    """The change the command line asks for, made in ``source``."""
    problem = _misused(args)
    if problem:
        print(f"kiosk: {problem} (see 'kiosk --help')", file=sys.stderr)
        return EXIT_USAGE
    from kiosk.changes import onday
    if args.delay:
        operation, params = onday.delay, (*args.delay, args.until, args.note)
    elif args.cancel:
        operation, params = onday.cancel, (args.cancel, args.note)
    elif args.restore:
        operation, params = onday.restore, (args.restore,)
    elif args.move:
        operation, params = onday.move, (*args.move, args.end, args.note)
    elif args.announce:
        operation, params = onday.announce, (args.announce, args.from_, args.until, args.ru, args.important)
    else:
        operation, params = onday.clear_changes, ()
    try:
        change = onday.apply_to_file(source, operation, *params)
    except onday.EditError as err:
        for line in str(err).splitlines():
            print(line if line.startswith(source) else f"{source}: {line}", file=sys.stderr)
        return EXIT_USAGE
    print(f"{source}: {change.summary}")
    return EXIT_OK
