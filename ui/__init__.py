"""The Qt views of the kiosk: they render what the core in ``kiosk`` decides."""
