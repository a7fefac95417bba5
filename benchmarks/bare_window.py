"""A bare PySide6 window, the floor for the app's start: prints ms from process start to first paint.

Usage: python benchmarks/bare_window.py [--plot]   (--plot: the window holds one pyqtgraph PlotWidget)
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from qingdao_viewer.process_clock import ms_since_start


class FirstPaint(QObject):
    """Watches every widget of the application: the first paint of any of them counts."""

    seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter: print the time of the first paint and quit."""
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            print(json.dumps({"first_paint_ms": round(ms_since_start(), 1)}), flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    if "--plot" in sys.argv:
        import pyqtgraph as pg

        window.setCentralWidget(pg.PlotWidget())
    else:
        window.setCentralWidget(QLabel("Qingdao"))
    window.resize(1100, 760)
    probe = FirstPaint()
    app.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
