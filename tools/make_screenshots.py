"""Screenshots of the real app in a real X window, for README and the layout review (`make screenshots`).

Run under an X server (the Makefile uses xvfb-run). By default writes docs/screenshots/<tab>.png
and compare-<tab>.png (compare mode beside an invented test cluster from tests/fixtures), at
1100x760. With --lang, --theme and --prefix it writes <prefix><tab>.png of the tabs asked for, in
that language and theme; run it with QT_SCALE_FACTOR=2 for the high-DPI pictures. --sizes
WxH,... adds the size to each name (<prefix><tab>-<W>x<H>.png), so one run covers a row of the
layout matrix. The library is a temporary folder and no settings are read, so the user's own
profiles never appear.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from qingdao_viewer.language import apply_language
from qingdao_viewer.package_data import embedded_profile_path
from qingdao_viewer.profile import load_profile
from qingdao_viewer.ui.app import create_application
from qingdao_viewer.ui.main_window import MainWindow
from qingdao_viewer.ui.theme import apply_theme

NAMES = ("overview", "patents", "publications", "collaboration")
INVENTED = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "profile-texts" / "nordhavn-osterby-2024.txt"


def settle(app: QApplication, milliseconds: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()
    app.processEvents()


def shoot(app: QApplication, window: MainWindow, out: Path, prefix: str, tabs: list[str], suffix: str) -> None:
    for name in tabs:
        window.pages.show_tab(NAMES.index(name))
        settle(app)
        target = out / f"{prefix}{name}{suffix}.png"
        window.grab().save(str(target))
        print(target)


def sizes(text: str) -> list[tuple[int, int]]:
    return [(int(width), int(height)) for width, height in (size.split("x") for size in text.split(","))]


def main() -> int:
    if not os.environ.get("DISPLAY"):
        print("make_screenshots: needs an X server (run it through xvfb-run)", file=sys.stderr)
        return 2
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", default="en")
    parser.add_argument("--theme", default="light")
    parser.add_argument("--prefix", default="")
    parser.add_argument("--tabs", default=",".join(NAMES))
    parser.add_argument("--compare", action="store_true", help="also compare-<tab>.png")
    parser.add_argument("--only-compare", action="store_true", help="compare-<tab>.png only")
    parser.add_argument("--sizes", default="", help="window sizes (logical pixels) WxH,WxH; adds -WxH to the names")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="qingdao-screenshots-")
    app = create_application()
    apply_language(args.lang)
    apply_theme(args.theme)
    path = embedded_profile_path()
    window = MainWindow(load_profile(path), str(path))
    window.resize(1100, 760)
    window.show()
    settle(app, 800)
    tabs = args.tabs.split(",")
    shown_sizes = sizes(args.sizes) if args.sizes else [(1100, 760)]
    modes = ([] if args.only_compare else [False]) + ([True] if args.compare or args.only_compare else [])
    for compare in modes:
        if compare:
            window.doors.compare_with(str(INVENTED))
            settle(app, 800)
        for width, height in shown_sizes:
            window.resize(width, height)
            settle(app, 300)
            suffix = f"-{width}x{height}" if args.sizes else ""
            prefix = f"{args.prefix}compare-" if compare else args.prefix
            shoot(app, window, args.out, prefix, tabs if not compare else list(NAMES), suffix)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
