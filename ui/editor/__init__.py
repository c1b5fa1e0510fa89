"""The editor window, ``kiosk --edit``: staff change the programme without touching JSON."""
