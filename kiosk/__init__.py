"""The lobby kiosk's core: agenda model, loading and validation, schedule state, clocks.

Nothing in this package imports Qt widgets; the views in ``ui`` render what it decides.
"""


def __getattr__(name: str):
    # The version comes from the installed package's metadata; importlib.metadata costs ~60 ms,
    # so it is read only when asked for (--version, diagnostics), never on the way to a frame.
    if name == "__version__":
        from importlib import metadata
        try:
            return metadata.version("lobby-kiosk")
        except metadata.PackageNotFoundError:  # a source tree that is not installed
            return "0+unknown"
    raise AttributeError(name)
