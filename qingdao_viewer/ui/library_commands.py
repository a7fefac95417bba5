"""What the user does with the library itself: remove the kept profile shown, show the library folder.

Both are in the File menu and in the Cluster box's context menu. Removing asks first, goes
through the session (which forgets the file and its place in the recent list; a shipped
profile cannot be removed), and leaves the profile shown as one not kept. Showing the folder
asks the desktop to open it (made first if nothing is kept yet).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from qingdao_viewer.i18n import translate
from qingdao_viewer.session import Change, Session
from qingdao_viewer.ui.window_commands import show_error

if TYPE_CHECKING:
    from qingdao_viewer.library import LibraryEntry


def folder_url(folder: Path) -> QUrl:
    """A file: URL naming exactly this folder, whatever bytes its name is made of."""
    if os.name != "posix":
        return QUrl.fromLocalFile(str(folder))
    from urllib.parse import quote

    return QUrl.fromEncoded(QByteArray(b"file://" + quote(os.fsencode(folder.absolute())).encode("ascii")))


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes-or-no question in plain text (names are never markup); No is the default."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


class LibraryCommands(QObject):
    """File > Remove from library and Show library folder, and their place in the Cluster box's context menu."""

    def __init__(self, session: Session, window: QWidget, remove: QAction):
        super().__init__(window)
        self.session = session
        self.window = window
        self.remove_action = remove
        self._listed = False  # the library is read after the first paint: until then nothing is removable
        remove.setEnabled(False)
        session.observe(self._session_changed)

    def offer_in(self, widget: QWidget, actions: list[QAction]) -> None:
        """Give a widget (the Cluster box) these actions as its context menu."""
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        widget.addActions(actions)

    def listed(self) -> None:
        """The library has been read (after the first paint): the actions follow it from now on."""
        self._listed = True
        self.update()

    def _session_changed(self, change: Change) -> None:
        if self._listed and change & (Change.SHOWN | Change.LIBRARY):
            self.update()

    def removable(self) -> LibraryEntry | None:
        """The kept entry of the profile shown, or None (shipped, not kept, or the library not read yet)."""
        if not self._listed:
            return None
        entry = self.session.entry_shown()
        return entry if entry is not None and not entry.shipped else None

    def update(self) -> None:
        self.remove_action.setEnabled(self.removable() is not None)

    def remove_shown(self, ask: bool = True) -> bool:
        """Remove the kept profile shown from the library, after asking; True if it was removed."""
        entry = self.removable()
        if entry is None:
            return False
        question = translate(
            "MainWindow",
            "Remove {profile} from the library? Its file {path} is deleted. The profile stays shown "
            "until you open another; File > Save profile as YAML can still save it.",
        ).format(profile=entry.label, path=entry.path)
        if ask and not confirm(self.window, translate("MainWindow", "Remove from library"), question):
            return False
        try:
            self.session.forget(entry)
        except (OSError, ValueError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            show_error(
                self.window,
                translate("MainWindow", "Cannot remove profile"),
                translate("MainWindow", "{path}: cannot be removed: {reason}").format(path=entry.path, reason=reason),
            )
            return False
        return True

    def show_folder(self) -> bool:
        """Open the library folder in the desktop's file manager (made first if it is not there)."""
        folder = self.session.library.kept
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            show_error(
                self.window,
                translate("MainWindow", "Cannot show the library folder"),
                translate("MainWindow", "{path}: cannot be made: {reason}").format(
                    path=folder, reason=error.strerror or error
                ),
            )
            return False
        if not QDesktopServices.openUrl(folder_url(folder)):
            show_error(
                self.window,
                translate("MainWindow", "Cannot show the library folder"),
                translate("MainWindow", "No file manager opened {path}.").format(path=folder),
            )
            return False
        return True
