"""The benchmarks' baseline: a bare PySide6 program that opens a window, paints one label and exits.

    python benchmarks/bare_window.py OUT.png 1920x1080

It saves its painted window to OUT.png, as ``kiosk --screenshot`` saves its first frame, so the
two whole processes do comparable work: start Python, import Qt, paint a 1920×1080 picture,
write it as PNG, exit. Everything the kiosk costs beyond this is the kiosk's own.
"""

import sys

from PySide6.QtWidgets import QApplication, QLabel


def main() -> int:
    out, size = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "1920x1080"
    width, height = (int(n) for n in size.lower().split("x"))
    app = QApplication(sys.argv[:1])
    label = QLabel("Lobby kiosk")
    label.resize(width, height)
    label.show()
    app.processEvents()  # shown and painted
    return 0 if label.grab().toImage().save(out, "PNG") else 2


if __name__ == "__main__":
    sys.exit(main())
