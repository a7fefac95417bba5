"""What Export all says to the user: may it replace the files that are there, and what it wrote, where.

Before it writes over files of the same names it asks, listing them (Replace or Cancel;
Cancel writes nothing). After, the status bar says how many files went into which folder,
with a button that opens the folder in the desktop's file manager.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QPushButton, QWidget

from qingdao_viewer.i18n import translate

MAX_LISTED = 12  # names in the box itself; the rest under "Show Details..."


def replace_box(parent: QWidget, folder: Path, names: Sequence[str]) -> tuple[QMessageBox, QAbstractButton]:
    """The question, not yet asked, and its Replace button; Cancel is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("MainWindow", "Replace files?"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        translate("MainWindow", "{count} files of this export are in {folder} already. Replace them?").format(
            count=len(names), folder=folder
        )
    )
    listed = list(names[:MAX_LISTED])
    if len(names) > len(listed):
        listed.append(translate("MainWindow", "and {count} more").format(count=len(names) - len(listed)))
        box.setDetailedText("\n".join(names))
    box.setInformativeText("\n".join(listed))
    replace = box.addButton(translate("MainWindow", "&Replace"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box, replace


def confirm_replacing(parent: QWidget, folder: Path, names: Sequence[str]) -> bool:
    """Ask whether to replace the named files in folder; True only if the user chooses Replace."""
    box, replace = replace_box(parent, folder, names)
    try:
        box.exec()
        return box.clickedButton() is replace
    finally:
        box.deleteLater()


class ExportNotice(QWidget):
    """The status bar's word on the last Export all: "Wrote 15 files to FOLDER", and Open folder."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("export-notice")
        self.folder: Path | None = None
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton()
        self.open_button.setFlat(True)
        self.open_button.clicked.connect(self.open_folder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        layout.addStretch(1)

    def say(self, folder: Path, count: int) -> None:
        self.folder = folder
        words = translate("MainWindow", "Wrote {count} files to {folder}")
        self.label.setText(words.format(count=count, folder=folder))
        self.open_button.setText(translate("MainWindow", "Open folder"))
        # Its name is its text; what it does, the description.
        self.open_button.setAccessibleDescription(translate("MainWindow", "Open the folder exported to"))
        self.show()

    def open_folder(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))


def show_written(window: QWidget, folder: Path, written: Sequence[Path]) -> ExportNotice | None:
    """Say in the window's status bar what was written where (one notice, kept and updated)."""
    if not isinstance(window, QMainWindow):
        return None
    bar = window.statusBar()
    notice = bar.findChild(ExportNotice, "export-notice")
    if notice is None:
        notice = ExportNotice(bar)
        bar.addWidget(notice, 1)
    notice.say(folder, len(written))
    bar.show()  # made now, after the window was shown: shown here
    return notice
