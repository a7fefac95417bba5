"""README's pictures of many clusters, from the real app in a real X window (issue 16).

Run under an X server (``make screenshots`` uses xvfb-run). Keeps the invented test profiles
(tests/fixtures/invented-many and tests/fixtures/editions, every one labelled INVENTED) in a
fresh library, then writes into docs/screenshots:

- ``library.png``: View > Library…, the library as a table, sorted by cluster size rank;
- ``compare-5-overview.png`` and ``compare-5-patents.png``: Qingdao compared with four invented
  clusters (the key figures table and the grouped bar charts; the top lists side by side);
- ``editions-overview.png``: Qingdao's Overview with an invented GII 2023 edition kept,
  scrolled to its end: the derived estimates and the Across editions section.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea

from qingdao_viewer.language import apply_language
from qingdao_viewer.package_data import embedded_profile_path
from qingdao_viewer.profile import load_profile
from qingdao_viewer.ui.app import create_application
from qingdao_viewer.ui.main_window import MainWindow
from qingdao_viewer.ui.theme import apply_theme

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
INVENTED_MANY = sorted((FIXTURES / "invented-many").glob("*.yaml"))
INVENTED_EDITIONS = sorted((FIXTURES / "editions").glob("*.yaml"))
COMPARED = [INVENTED_MANY[index] for index in (0, 2, 4, 6)]  # four clusters whose names differ


def settle(app: QApplication, milliseconds: int = 500) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()
    app.processEvents()


def save(widget: object, target: Path) -> None:
    widget.grab().save(str(target))  # type: ignore[attr-defined]
    print(target)


def main() -> int:
    if not os.environ.get("DISPLAY"):
        print("make_many_screenshots: needs an X server (run it through xvfb-run)", file=sys.stderr)
        return 2
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="qingdao-screenshots-"))
    os.environ["XDG_DATA_HOME"] = str(home)
    kept = home / "qingdao-viewer" / "qingdao-viewer" / "profiles"
    kept.mkdir(parents=True)
    for path in INVENTED_MANY + INVENTED_EDITIONS:
        shutil.copyfile(path, kept / path.name)
    app = create_application()
    apply_language("en")
    apply_theme("light")
    path = embedded_profile_path()
    window = MainWindow(load_profile(path), str(path))
    window.resize(1100, 760)
    window.show()
    settle(app, 1000)

    library = window.imports.show_library()
    library.resize(1400, 560)
    library.grid.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # the top-100 rank by size
    settle(app)
    save(library, out / "library.png")
    library.close()

    window.doors.compare_with([str(path) for path in COMPARED])
    window.resize(1400, 900)
    settle(app, 1000)
    for index, name in ((0, "overview"), (1, "patents")):
        window.pages.show_tab(index)
        settle(app)
        save(window, out / f"compare-5-{name}.png")

    window.session.stop_comparing()
    window.resize(1100, 1100)
    window.pages.show_tab(0)
    settle(app, 1000)
    for area in window.findChildren(QScrollArea):  # the Overview scrolled to its end: the editions
        if area.isVisible():
            area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    settle(app)
    save(window, out / "editions-overview.png")
    window.close()
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
