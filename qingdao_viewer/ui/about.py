"""Help > About: what the app is, its version, where the data comes from, and the licences."""

from __future__ import annotations

from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from qingdao_viewer import APP_NAME, __version__
from qingdao_viewer.i18n import translate
from qingdao_viewer.tables.citation import GII_2024_CITATION as CITATION
from qingdao_viewer.ui.tabs import plain_label


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return translate("About", "unknown version")


def components() -> list[tuple[str, str, str]]:
    """(name, version, licence) of what the app is built with, as shipped."""
    return [
        ("Qt", qVersion(), "LGPLv3"),
        ("Qt for Python (PySide6)", pyside_version, "LGPLv3"),
        ("pyqtgraph", _version("pyqtgraph"), "MIT"),
        ("NumPy", _version("numpy"), "BSD-3-Clause"),
        ("PyYAML", _version("PyYAML"), "MIT"),
        ("XlsxWriter", _version("XlsxWriter"), "BSD-2-Clause"),
    ]


class AboutDialog(QDialog):
    """Plain-text labels, selectable, so the citation can be copied."""

    def __init__(self, attribution: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("About", "About {app}").format(app=APP_NAME))
        layout = QVBoxLayout(self)
        self.heading = plain_label(f"{APP_NAME} {__version__}", point_delta=6, bold=True)
        layout.addWidget(self.heading)
        self.summary = plain_label(
            translate("About", "Reads WIPO Global Innovation Index science and technology cluster profiles.")
        )
        layout.addWidget(self.summary)
        layout.addWidget(plain_label(translate("About", "Data"), point_delta=1, bold=True))
        self.attribution = plain_label(attribution)
        self.attribution.setAccessibleDescription(translate("About", "Source and licence of the profile shown"))
        layout.addWidget(self.attribution)
        self.citation = plain_label(translate("About", "Cite the GII 2024 as: {citation}").format(citation=CITATION))
        layout.addWidget(self.citation)
        self.licence = QLabel(
            translate(
                "About",
                'The figures are licensed under <a href="https://creativecommons.org/licenses/by/4.0/">'
                "Creative Commons Attribution 4.0 International (CC BY 4.0)</a>, © WIPO.",
            )
        )
        self.licence.setTextFormat(Qt.TextFormat.RichText)  # our own text: a link, no data in it
        self.licence.setOpenExternalLinks(True)
        self.licence.setWordWrap(True)
        layout.addWidget(self.licence)
        layout.addWidget(plain_label(translate("About", "Built with"), point_delta=1, bold=True))
        self.components = plain_label(
            "\n".join(
                translate("About", "{name} {version}, {licence}").format(name=name, version=version, licence=licence)
                for name, version, licence in components()
            )
        )
        layout.addWidget(self.components)
        self.code_licence = plain_label(translate("About", "The app's code is MIT-licensed."))
        layout.addWidget(self.code_licence)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
