"""Save a PNG of the whole X screen: ``python grab_screen.py PATH``.

Run as a subprocess with DISPLAY set and QT_QPA_PLATFORM=xcb (the Xvfb test does so).
Prints the saved image's size as ``WIDTHxHEIGHT``; exits 1 with a message on failure.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication, QImage


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: grab_screen.py PATH", file=sys.stderr)
        return 2
    path = argv[1]
    app = QGuiApplication(argv[:1])
    screen = app.primaryScreen()
    if screen is None:
        print("grab_screen: no screen", file=sys.stderr)
        return 1
    pixmap = screen.grabWindow(0)  # window 0: the root window, i.e. the whole screen
    if pixmap.isNull() or not pixmap.save(path, "PNG"):
        print(f"grab_screen: cannot grab the screen or save {path}", file=sys.stderr)
        return 1
    image = QImage(path)
    print(f"{image.width()}x{image.height()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
