"""The benchmarks' baseline: a bare full-screen PySide6 window with three labels on the kiosk's background.

    python benchmarks/bare_window.py                  full-screen on $DISPLAY until SIGTERM
    python benchmarks/bare_window.py --png OUT.png    the same window rendered offscreen to a PNG

The window is what a lobby screen needs at the least, in plain Qt: the background colour of the
kiosk's display (#0E1B2C), the event's name at the top left, a title, and the clock "15:10" at
the top right in bold 112 px light text, where the kiosk draws its clock, so the bench's screen
probe (benchmarks/xscreen.py) finds "content on the screen" in the same place for both. No
bundled font, no agenda, no timers: everything the kiosk costs beyond this is the kiosk's own.
With --png it paints the same widget into an image and saves it with Qt's PNG writer, as
``kiosk --screenshot`` does: the baseline of the screenshot row.
"""

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

BACKGROUND = "#0E1B2C"
TEXT = "#F5F7FA"


def window(width: int, height: int) -> QWidget:
    root = QWidget()
    palette = root.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    root.setPalette(palette)
    root.setAutoFillBackground(True)
    unit = min(height / 1080, width / 1600)
    for text, pixels, bold, x, y, align in (
            ("5th Almaty Process Senior Officials Meeting (SOM)", 34, True, 72, 40, Qt.AlignmentFlag.AlignLeft),
            ("Global IOM Approaches in Promotion of Orderly, Safe and Regular Migration", 60, True, 72, 340,
             Qt.AlignmentFlag.AlignLeft),
            ("15:10", 112, True, width / unit - 72 - 600, 30, Qt.AlignmentFlag.AlignRight)):
        label = QLabel(text, root)
        font = QFont()
        font.setPixelSize(round(pixels * unit))
        font.setBold(bold)
        label.setFont(font)
        label.setAlignment(align | Qt.AlignmentFlag.AlignTop)
        label.setWordWrap(True)
        label.setGeometry(round(x * unit), round(y * unit), round(600 * unit if text == "15:10" else 1000 * unit),
                          round(220 * unit))
    return root


def main(argv: list[str]) -> int:
    if argv[:1] == ["--png"]:
        out = argv[1]
        app = QApplication([sys.argv[0], "-platform", "offscreen"])
        view = window(1920, 1080)
        view.resize(1920, 1080)
        image = QImage(view.size(), QImage.Format.Format_RGB32)
        view.render(image)
        ok = image.save(out, "PNG")
        del app
        return 0 if ok else 2
    app = QApplication(sys.argv[:1])
    screen = app.primaryScreen().geometry()
    view = window(screen.width(), screen.height())
    view.setWindowFlags(Qt.WindowType.FramelessWindowHint)
    view.setGeometry(screen)
    view.showFullScreen()
    return app.exec()  # until SIGTERM ends the process


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
