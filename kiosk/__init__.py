"""The lobby kiosk's core: agenda model, loading and validation, schedule state, clocks.

Nothing in this package imports Qt widgets; the views in ``ui`` render what it decides.
"""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("lobby-kiosk")
except _metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"
