"""Pictures as files: a QImage as the bytes of a PNG, from Qt's own writer (screenshots, /screen.png)."""

from __future__ import annotations


def png_bytes(image) -> bytes:
    """``image`` as the bytes of a PNG file, from Qt's own PNG writer."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageWriter
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, b"PNG")
    if not writer.write(image):
        raise OSError(f"could not encode the picture as PNG: {writer.errorString()}")
    buffer.close()
    return data.data()
