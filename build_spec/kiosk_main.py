"""Entry point of the packaged kiosk (PyInstaller): the same as the ``kiosk`` command."""

import sys

from kiosk.cli import command

if __name__ == "__main__":
    sys.exit(command())
