"""The lobby kiosk's core: agenda model, loading and validation, schedule state, clocks.

Nothing in this package imports Qt widgets; the views in ``ui`` render what it decides.
"""

# The one place of the version: pyproject.toml reads it from here (setuptools' dynamic version),
# so the running kiosk, a source tree and the packaged program all know it without
# importlib.metadata (which costs ~40 ms and ~5 MB of the live kiosk's memory for one log line).
__version__ = "0.1.0"
