"""A comparison of 10 clusters (issue 16), in `make bench` (through bench_many): invented profiles only.

- Ready: from Compare with (the shown Qingdao and 9 invented clusters of tests/fixtures/invented-many,
  kept in the library first, as the dialog lists them) until every tab of the comparison is
  built and the window has painted (target 500 ms; median of 5, the window already up with
  its single-profile tabs built, as when a user compares).
- Its tab switches: each switch to the next tab, built, laid out and painted (p95 of 200, target 16 ms).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time

from bench_common import REPO, p95, report, timed

INVENTED = sorted((REPO / "tests" / "fixtures" / "invented-many").glob("cluster-*.yaml"))


def compare_ten() -> None:
    from PySide6.QtWidgets import QApplication

    from qingdao_viewer.profile import load_profile
    from qingdao_viewer.ui.app import create_application
    from qingdao_viewer.ui.main_window import MainWindow

    app = create_application()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_DATA_HOME"] = folder
        path = REPO / "data" / "qingdao-2024.yaml"
        window = MainWindow(load_profile(path), str(path), settings=None)
        window.resize(1100, 760)
        window.show()
        app.processEvents()
        window.pages.first_painted()

        def built() -> None:
            deadline = time.monotonic() + 60
            while window.pages.pending() and time.monotonic() < deadline:
                app.processEvents()
            QApplication.sendPostedEvents()  # the show, layout and paint the change posted (as bench.py's frame)

        built()
        # As View > Compare with… picks them: profiles the library keeps already.
        others = [str(window.session.keep(load_profile(other), origin="bench")) for other in INVENTED[:9]]

        def compare() -> None:
            assert window.doors.compare_with(others)
            built()

        readies = []
        for _ in range(5):
            window.session.stop_comparing()
            built()
            readies.append(timed(compare))
        clusters = window.session.comparison.both.clusters if window.session.comparison else 0
        report(f"a comparison of {clusters} clusters ready (median of 5)", statistics.median(readies), "ms", 500)

        switches = []
        for step in range(200):

            def switch(index: int = (step + 1) % 4) -> None:
                window.tabs.setCurrentIndex(index)
                QApplication.sendPostedEvents()  # painted once, as bench.py's tab switches (not again by repaint())

            switches.append(timed(switch))
        report(f"its tab switches, p95 of {len(switches)}", p95(switches), "ms", 16)
        window.close()


if __name__ == "__main__":
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    compare_ten()
