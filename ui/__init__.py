"""The Qt side of the kiosk: the window, its views and the editor; they show what the core in ``kiosk``
decides. Started only through ``ui.app`` (from ``kiosk.cli.qt_side``)."""
