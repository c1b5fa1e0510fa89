"""The lobby kiosk's core, free of Qt: the programme read and checked, what is on at each instant,
the staff's changes, settings, status and the ``kiosk`` command. The views in ``ui`` show what
it decides; ``kiosk.cli.qt_side`` is the one door to them (pyproject.toml's import contracts).
"""

# The one place of the version: pyproject.toml reads it from here (setuptools' dynamic version),
# so the running kiosk, a source tree and the packaged program all know it without
# importlib.metadata (which would cost the live kiosk start-up time and memory for one log line).
__version__ = "0.1.0"
