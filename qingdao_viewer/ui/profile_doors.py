"""The ways a profile comes into the window: File > Open, Open recent, a drop, a paste, Compare with.

Each asks the session and, when the profile cannot be read, says why in a dialog; what is
shown stays as it was.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMenu, QWidget

from qingdao_viewer.i18n import translate
from qingdao_viewer.profile import ProfileError
from qingdao_viewer.session import Pasted, PasteRefused, Session
from qingdao_viewer.ui.literal import menu_text
from qingdao_viewer.ui.window_commands import show_error


def profile_files() -> str:
    return translate(
        "MainWindow", "GII cluster profiles (*.yaml *.yml *.txt);;Profile YAML (*.yaml *.yml);;Profile text (*.txt)"
    )


def path_menu_text(path: str) -> str:
    """A path as a menu shows it: bytes that are not UTF-8 as U+FFFD (Qt would drop them), "&" as itself."""
    return menu_text(os.fsencode(path).decode("utf-8", "replace"))


MAX_REFUSALS_LISTED = 10  # refusals a paste's dialog lists, one a line; the rest are counted


def refusal_lines(refusals: Sequence[ProfileError]) -> list[str]:
    """A paste's refusals as a dialog lists them: one line each, "clipboard:47: expected ...", at most ten."""
    lines = [str(error) for error in refusals[:MAX_REFUSALS_LISTED]]
    if len(refusals) > MAX_REFUSALS_LISTED:
        lines.append(translate("MainWindow", "and {count} more").format(count=len(refusals) - MAX_REFUSALS_LISTED))
    return lines


def paste_summary(pasted: Pasted, library: Path) -> str:
    """What a paste of several profiles did, for its one dialog: kept, shown, refused by line, not written."""
    found = len(pasted.profiles) + len(pasted.refused)
    kept = [item for item in pasted.profiles if item.kept is not None]
    lines = [
        translate(
            "MainWindow", "Profiles read from the pasted text: {read} of {found}; kept in the library: {kept}."
        ).format(read=len(pasted.profiles), found=found, kept=len(kept)),
        translate("MainWindow", "Shown: {title}.").format(title=pasted.profile.title),
    ]
    unkept = [item for item in pasted.profiles if item.keep_error is not None]
    if unkept:
        error = unkept[0].keep_error
        reason = (error.strerror or error) if error is not None else ""
        lines.append(
            translate("MainWindow", "{path}: cannot write: {reason}. Profiles not kept: {count}.").format(
                path=library, reason=reason, count=len(unkept)
            )
        )
    if pasted.refused:
        lines.append(translate("MainWindow", "Refused:"))
        lines.extend(refusal_lines(pasted.refused))
    return "\n".join(lines)


def show_paste_summary(window: QWidget, pasted: Pasted, library: Path) -> None:
    """The one dialog a paste of several profiles ends in (a warning when some were refused or not kept)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    trouble = bool(pasted.refused) or any(item.keep_error is not None for item in pasted.profiles)
    icon = QMessageBox.Icon.Warning if trouble else QMessageBox.Icon.Information
    title = translate("MainWindow", "Profiles pasted")
    box = QMessageBox(icon, title, paste_summary(pasted, library), QMessageBox.StandardButton.Ok, window)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("paste-summary")
    box.open()


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
        """Edit > Paste profile text: keep every profile (published text or YAML) the clipboard holds, show the first.

        A text of several profiles ends in one dialog: how many were kept and, by line, the
        ones refused; a single profile says nothing when it is kept, as a file's opening does.
        """

        text = self._clipboard_text()
        if text is None:
            return False
        try:
            pasted = self.session.paste(text)
        except PasteRefused as refused:
            message = "\n".join(refusal_lines(refused.refusals))
            show_error(self.window, translate("MainWindow", "Cannot read the pasted profile"), message)
            return False
        except ProfileError as error:
            show_error(self.window, translate("MainWindow", "Cannot read the pasted profile"), str(error))
            return False
        if len(pasted.profiles) + len(pasted.refused) > 1:
            show_paste_summary(self.window, pasted, self.session.library.kept)
        elif pasted.keep_error is not None:
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
        """View > Compare with…: pick library profiles (1 to 9), another file or pasted text to set beside this one."""
        from qingdao_viewer.ui.compare_dialog import OTHER_FILE, PASTED_TEXT, CompareDialog, comparable

        dialog = CompareDialog(comparable(self.session), self.window)
        self.compare_dialog = dialog  # for tests: the dialog open now
        if dialog.exec() != CompareDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if chosen == OTHER_FILE:
            self.choose_comparison_file()
        elif chosen == PASTED_TEXT:
            self.compare_with_pasted_text()
        elif isinstance(chosen, list):
            self.compare_with([str(entry.path) for entry in chosen])

    def choose_comparison_file(self) -> None:
        """A profile file to compare with, chosen from the user's documents folder."""
        from PySide6.QtWidgets import QFileDialog

        from qingdao_viewer.ui.window_commands import documents_folder

        path, _ = QFileDialog.getOpenFileName(
            self.window, translate("MainWindow", "Compare with"), str(documents_folder()), profile_files()
        )
        if path:
            self.compare_with(path)

    def _clipboard_text(self) -> str | None:
        """The clipboard's text; None, having said so, if it holds none."""
        from PySide6.QtGui import QGuiApplication

        text = QGuiApplication.clipboard().text()
        if text.strip():
            return text
        show_error(
            self.window,
            translate("MainWindow", "Nothing to paste"),
            translate("MainWindow", "The clipboard holds no text. Copy a cluster profile's text first."),
        )
        return None

    def compare_with_pasted_text(self) -> bool:
        """Compare with a profile pasted from the clipboard: read as a paste is, kept in the library, then compared."""

        from qingdao_viewer.profile import parse_any_profile

        text = self._clipboard_text()
        if text is None:
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

    def compare_with(self, path: str | list[str]) -> bool:
        """Enter (or change) compare mode with the profile at path (or each of paths, 1 to 9); on failure say why."""
        try:
            self.session.compare_with(path)
        except ProfileError as error:
            return self._refused(error)
        except ValueError:  # more than nine others: the dialog and the library window allow no more
            from qingdao_viewer.tables.comparison import MAX_COMPARED

            message = translate("MainWindow", "At most {count} clusters can be compared, the one shown among them.")
            show_error(self.window, translate("MainWindow", "Too many clusters"), message.format(count=MAX_COMPARED))
            return False
        return True
