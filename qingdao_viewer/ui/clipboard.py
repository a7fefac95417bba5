"""Put copies on the system clipboard, in every form a paste target may want."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication, QImage

from qingdao_viewer.export.clipboard_text import ClipboardText


def mime_data(copy: ClipboardText) -> QMimeData:
    """The copy as text/plain (tab-separated) and text/html (a UTF-8 document holding the table)."""
    data = QMimeData()
    data.setText(copy.plain)
    data.setHtml(copy.html)
    return data


def put_text(copy: ClipboardText) -> None:
    QGuiApplication.clipboard().setMimeData(mime_data(copy))


def put_image(image: QImage) -> None:
    QGuiApplication.clipboard().setImage(image)


def clear() -> None:
    """Take our data off the clipboard: offscreen Qt crashes at exit on a Python-made QMimeData."""
    QGuiApplication.clipboard().clear()
