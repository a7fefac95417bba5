"""Start the GUI: the application object, the window, and the `--smoke` measurement."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from qingdao_viewer import APP_NAME, APPLICATION, ORGANIZATION, __version__
from qingdao_viewer.app_log import log_warning
from qingdao_viewer.i18n import translate
from qingdao_viewer.package_data import embedded_profile_path, resources_dir
from qingdao_viewer.process_clock import ms_since_start
from qingdao_viewer.profile import ProfileError, load_profile
from qingdao_viewer.ui.crash import ExceptionHandler
from qingdao_viewer.ui.quit_signals import QuitOnSignals
from qingdao_viewer.ui.window_commands import show_error

if TYPE_CHECKING:
    from qingdao_viewer.ui.main_window import MainWindow
    from qingdao_viewer.ui.settings import Settings

APP_ID = "io.github.qingdaoviewer.QingdaoViewer"
READY_FILE = "QINGDAO_VIEWER_READY_FILE"  # tests: where to say that the window is up (run_app)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named once so QSettings and QStandardPaths find our folders.

    Its argv[0] is the app's name, whatever started it (``python -m qingdao_viewer`` gives
    ``__main__.py``): Qt's X11 platform takes the window class's instance name (WM_CLASS)
    from it, and the desktop entry's StartupWMClass matches the class. The application's
    accessible object says the app's name and what it is (``accessibility``). The style is
    Fusion with a clear focus ring (``theme.FocusStyle``), in every theme.
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    from qingdao_viewer.ui.accessibility import install_application_accessible

    install_application_accessible()
    QApplication.setApplicationName(APPLICATION)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setOrganizationDomain("qingdaoviewer.github.io")
    QApplication.setDesktopFileName(APP_ID)
    app = QApplication([APPLICATION, *(argv if argv is not None else sys.argv[:1])[1:]])
    app.setWindowIcon(app_icon())
    from qingdao_viewer.ui.theme import focus_style

    app.setStyle(focus_style())  # Fusion with a clear focus ring (theme.FocusStyle)
    app.aboutToQuit.connect(_clear_clipboard)
    return app


def _clear_clipboard() -> None:
    from qingdao_viewer.ui import clipboard

    clipboard.clear()


def app_icon() -> QIcon:
    """The app's icon, as PNGs from 16 to 512 pixels (the SVG engine is not loaded at start)."""
    icons = resources_dir() / "icons"
    icon = QIcon()
    for png in sorted(icons.glob("qingdao-viewer-*.png")):
        icon.addFile(str(png))
    return icon


def peak_rss_mb() -> float:
    """This process's peak resident memory.

    Linux's VmHWM counts this program only; getrusage's ru_maxrss also keeps the peak of
    the process that started it, from before the exec.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024


class SmokeProbe(QObject):
    """Measures time to the window's first paint and to every tab being built, then quits."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.first_paint_ms: float | None = None
        self.ready_ms: float | None = None
        window.installEventFilter(self)
        window.ready.connect(self._ready)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter: note the first paint."""
        if event.type() == QEvent.Type.Paint and self.first_paint_ms is None:
            self.first_paint_ms = ms_since_start()
            self._finish_when_done()
        return False

    def _ready(self) -> None:
        if self.ready_ms is None:
            self.ready_ms = ms_since_start()
        self._finish_when_done()

    def _finish_when_done(self) -> None:
        if self.first_paint_ms is None or self.ready_ms is None:
            return
        figures = {
            "first_paint_ms": round(self.first_paint_ms, 1),
            "ready_ms": round(max(self.ready_ms, self.first_paint_ms), 1),
            "peak_rss_mb": round(peak_rss_mb(), 1),
        }
        import json

        print(json.dumps(figures), flush=True)
        QTimer.singleShot(0, QApplication.quit)


def open_window(profile_path: str | None, settings: Settings | None = None) -> tuple[MainWindow, ProfileError | None]:
    """The window on profile_path, or on the last profile shown, or on the embedded one.

    A profile named on the command line that cannot be read comes back as the error to
    show; the window then shows the embedded profile, as it would have with no path. The
    last profile of an earlier run that cannot be read any more (moved, deleted, broken)
    is noted in the log and passed over: the user did not ask for it this time.
    """
    from qingdao_viewer.ui.main_window import MainWindow

    failure: ProfileError | None = None
    if profile_path is not None:
        try:
            return MainWindow(load_profile(profile_path), profile_path, settings=settings), None
        except ProfileError as error:
            failure = error
    elif settings is not None and (last := settings.last_profile()) is not None:
        try:
            return MainWindow(load_profile(last), last, settings=settings), None
        except ProfileError as error:
            log_warning(f"the last profile shown cannot be opened again: {error}; showing the embedded profile")
    embedded = str(embedded_profile_path())
    return MainWindow(load_profile(embedded), embedded, settings=settings), failure


def run_app(
    profile_path: str | None,
    smoke: bool = False,
    language: str | None = None,
    compare_path: str | list[str] | None = None,
) -> int:
    """Open the window on a profile (default: the last one shown, else the embedded one) and run until it closes.

    ``compare_path`` (``qingdao-viewer A B C``): the window opens comparing the profile with that one (or those).

    ``--smoke`` measures a first start: it reads no settings and writes none. SIGTERM and SIGINT
    close the window as the user would (``quit_signals``), and the status is then 143 or 130.
    With ``QINGDAO_VIEWER_READY_FILE`` set (tests do), the app writes its PID to that file when
    the window is up and every tab is built.
    """
    from qingdao_viewer.language import apply_language
    from qingdao_viewer.ui.theme import apply_theme

    app = create_application()
    handler = ExceptionHandler(app)
    if smoke:
        apply_language(language)
        window, error = open_window(profile_path)
        if error is not None:
            print(error, file=sys.stderr)
            return 2
        SmokeProbe(window)
    else:
        handler.install()
        from qingdao_viewer.ui.settings import Settings

        settings = Settings()
        apply_language(language or settings.language())
        apply_theme(settings.theme())
        window, error = open_window(profile_path, settings)
    # SIGTERM and SIGINT close the window as the user would; set once the event loop runs (start-up
    # needs no socket), and before the tests are told the window is up.
    quitting: list[QuitOnSignals] = []

    def on_signals() -> None:
        if not quitting:
            quitting.append(QuitOnSignals(app))

    QTimer.singleShot(0, on_signals)
    ready_file = os.environ.get(READY_FILE)
    if ready_file:

        def announce() -> None:
            on_signals()
            _say_ready(ready_file)

        window.ready.connect(announce)
    if compare_path is not None and error is None:
        window.doors.compare_with(compare_path)  # one that cannot be read is said in a dialog, as the menu's
    window.show()
    if error is not None:
        QTimer.singleShot(0, lambda: show_error(window, translate("MainWindow", "Cannot open profile"), str(error)))
    try:
        status = app.exec()
    finally:
        progress = sys.modules.get("qingdao_viewer.ui.progress")  # loaded if long work ran
        if progress is not None:
            progress.finish_offloaded_work()
        for installed in quitting:
            installed.uninstall()
        handler.uninstall()
    ended = quitting[0].status if quitting else None
    return status if ended is None else ended


def _say_ready(path: str) -> None:
    """For tests that start the real app: the window is up, with every tab built and the signal handlers set."""
    from qingdao_viewer.files import write_atomically

    try:
        write_atomically(path, f"{os.getpid()}\n".encode())
    except OSError as error:
        log_warning(f"{READY_FILE}: {path}: cannot write: {error.strerror or error}")
