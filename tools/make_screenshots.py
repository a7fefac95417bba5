"""Screenshots of each tab of the real app in a real X window, for README (`make screenshots`).

Run under an X server (the Makefile uses xvfb-run). Writes docs/screenshots/<tab>.png, and
compare-<tab>.png of compare mode beside an invented test cluster (tests/fixtures). The
library is a temporary folder, so the user's own profiles never appear in the pictures.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from qingdao_viewer.package_data import embedded_profile_path
from qingdao_viewer.profile import load_profile
from qingdao_viewer.ui.app import create_application
from qingdao_viewer.ui.main_window import MainWindow

NAMES = ("overview", "patents", "publications", "collaboration")
INVENTED = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "profile-texts" / "nordhavn-osterby-2024.txt"


def settle(app: QApplication, milliseconds: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()
    app.processEvents()


def main() -> int:
    if not os.environ.get("DISPLAY"):
        print("make_screenshots: needs an X server (run it through xvfb-run)", file=sys.stderr)
        return 2
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="qingdao-screenshots-")
    app = create_application()
    path = embedded_profile_path()
    window = MainWindow(load_profile(path), str(path))
    window.resize(1100, 760)
    window.show()
    settle(app, 800)
    for index, name in enumerate(NAMES):
        window.show_tab(index)
        settle(app)
        target = out / f"{name}.png"
        window.grab().save(str(target))
        print(target)
    window.compare_with(str(INVENTED))
    settle(app, 800)
    for index, name in enumerate(NAMES):
        window.show_tab(index)
        settle(app)
        target = out / f"compare-{name}.png"
        window.grab().save(str(target))
        print(target)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
