"""The ways a profile comes into the window: File > Open, Open recent, a drop, a paste, Compare with.

Each asks the session and, when the profile cannot be read, says why in a dialog; what is
shown stays as it was.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMenu, QWidget

from qingdao_viewer.i18n import translate
from qingdao_viewer.profile import ProfileError
from qingdao_viewer.session import Session
from qingdao_viewer.ui.literal import menu_text
from qingdao_viewer.ui.window_commands import show_error


def profile_files() -> str:
    return translate(
        "MainWindow", "GII cluster profiles (*.yaml *.yml *.txt);;Profile YAML (*.yaml *.yml);;Profile text (*.txt)"
    )


def path_menu_text(path: str) -> str:
    """A path as a menu shows it: bytes that are not UTF-8 as U+FFFD (Qt would drop them), "&" as itself."""
    return menu_text(os.fsencode(path).decode("utf-8", "replace"))


def dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
    """The one local file being dragged, or None."""
    mime = event.mimeData()
    urls = mime.urls() if mime is not None and mime.hasUrls() else []
    if len(urls) == 1 and urls[0].isLocalFile():
        return urls[0].toLocalFile()
    return None


class ProfileDoors(QObject):
    """Opens, pastes and compares profiles through the session, with the dialogs a person needs."""

    def __init__(self, session: Session, window: QWidget):
        super().__init__(window)
        self.session = session
        self.window = window

    def _refused(self, error: ProfileError) -> bool:
        show_error(self.window, translate("MainWindow", "Cannot open profile"), str(error))
        return False

    def open_profile(self, path: str) -> bool:
        """Show the profile at path; on failure say why and keep what is shown."""
        try:
            self.session.open(path)
        except ProfileError as error:
            return self._refused(error)
        return True

    def choose_profile(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(Path(self.session.path).parent) if self.session.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self.window, translate("MainWindow", "Open profile"), start, profile_files()
        )
        if path:
            self.open_profile(path)

    def drop(self, event: QDropEvent) -> None:
        """A dropped file opens like File > Open."""
        path = dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_profile(path)

    def paste_profile_text(self) -> bool:
        """Edit > Paste profile text: read a profile (published text or YAML) from the clipboard, keep it, show it."""
        from PySide6.QtGui import QGuiApplication

        text = QGuiApplication.clipboard().text()
        if not text.strip():
            show_error(
                self.window,
                translate("MainWindow", "Nothing to paste"),
                translate("MainWindow", "The clipboard holds no text. Copy a cluster profile's text first."),
            )
            return False
        try:
            pasted = self.session.paste(text)
        except ProfileError as error:
            show_error(self.window, translate("MainWindow", "Cannot read the pasted profile"), str(error))
            return False
        if pasted.keep_error is not None:
            reason = pasted.keep_error.strerror or pasted.keep_error
            show_error(
                self.window,
                translate("MainWindow", "Profile not kept"),
                translate(
                    "MainWindow",
                    "{path}: cannot write: {reason}. The profile is shown, but is not kept for next time; "
                    "use File > Save profile as YAML.",
                ).format(path=self.session.library.kept, reason=reason),
            )
        return True

    # -- recent files ---------------------------------------------------------------------

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        recent = self.session.recent()
        for number, path in enumerate(recent, start=1):
            # The number is the item's mnemonic; an "&" of the file's name or folder is shown as itself.
            shown = f"{path_menu_text(Path(path).name)}  ({path_menu_text(str(Path(path).parent))})"
            action = menu.addAction(f"&{number % 10} {shown}")
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        if not recent:
            menu.addAction(translate("MainWindow", "No recent profiles")).setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(translate("MainWindow", "&Clear list"))
        clear.setEnabled(bool(recent))
        clear.triggered.connect(lambda: self.session.set_recent([]))

    def open_recent(self, path: str) -> bool:
        """Open a recent profile; one that can no longer be read leaves the list."""
        try:
            self.session.open_recent(path)
        except ProfileError as error:
            return self._refused(error)
        return True

    # -- compare mode ---------------------------------------------------------------------

    def choose_comparison(self) -> None:
        """View > Compare with…: pick a library profile, another file or pasted text to set beside this one."""
        from qingdao_viewer.ui.compare_dialog import OTHER_FILE, PASTED_TEXT, CompareDialog, comparable

        dialog = CompareDialog(comparable(self.session), self.window)
        self.compare_dialog = dialog  # for tests: the dialog open now
        if dialog.exec() != CompareDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        if choice == OTHER_FILE:
            self.choose_comparison_file()
        elif choice == PASTED_TEXT:
            self.compare_with_pasted_text()
        elif choice is not None and not isinstance(choice, str):
            self.compare_with(str(choice.path))

    def choose_comparison_file(self) -> None:
        """A profile file to compare with, chosen from the user's documents folder."""
        from PySide6.QtWidgets import QFileDialog

        from qingdao_viewer.ui.window_commands import documents_folder

        path, _ = QFileDialog.getOpenFileName(
            self.window, translate("MainWindow", "Compare with"), str(documents_folder()), profile_files()
        )
        if path:
            self.compare_with(path)

    def compare_with_pasted_text(self) -> bool:
        """Compare with a profile pasted from the clipboard: read as a paste is, kept in the library, then compared."""
        from PySide6.QtGui import QGuiApplication

        from qingdao_viewer.profile import parse_any_profile

        text = QGuiApplication.clipboard().text()
        if not text.strip():
            show_error(
                self.window,
                translate("MainWindow", "Nothing to paste"),
                translate("MainWindow", "The clipboard holds no text. Copy a cluster profile's text first."),
            )
            return False
        try:
            profile = parse_any_profile(text, "clipboard")
        except ProfileError as error:
            show_error(self.window, translate("MainWindow", "Cannot read the pasted profile"), str(error))
            return False
        try:
            kept = self.session.keep(profile, origin="text pasted from the clipboard")
        except OSError as error:
            show_error(
                self.window,
                translate("MainWindow", "Profile not kept"),
                translate("MainWindow", "{path}: cannot write: {reason}").format(
                    path=self.session.library.kept, reason=error.strerror or error
                ),
            )
            return False
        return self.compare_with(str(kept))

    def compare_with(self, path: str) -> bool:
        """Enter (or change) compare mode with the profile at path; on failure say why and change nothing."""
        try:
            self.session.compare_with(path)
        except ProfileError as error:
            return self._refused(error)
        return True
