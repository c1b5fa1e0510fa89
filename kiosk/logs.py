"""The kiosk's log: one line per outcome staff may need to read afterwards.

By default a size-rotated file in the user's log folder, and stderr as well when it is a
terminal; ``--log-file PATH`` chooses the file.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 5


def default_log_file() -> Path:
    import platformdirs
    return Path(platformdirs.user_log_dir("lobby-kiosk", appauthor=False)) / "kiosk.log"


def setup_logging(path: str | None = None, stream=None) -> Path | None:
    """Send the kiosk's log to a rotated file (and a terminal); returns the file, if one could be opened."""
    root = logging.getLogger("kiosk")
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    formatter = logging.Formatter(FORMAT)
    stream = stream if stream is not None else sys.stderr
    target = Path(path) if path else default_log_file()
    opened = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8")
        handler.setFormatter(formatter)
        root.addHandler(handler)
        opened = target
    except OSError as err:
        print(f"kiosk: cannot write the log file {target} ({err.strerror}); logging to the terminal only",
              file=stream)
    if stream is not None and (opened is None or getattr(stream, "isatty", lambda: False)()):
        console = logging.StreamHandler(stream)
        console.setFormatter(formatter)
        root.addHandler(console)
    return opened
