"""File > Export chart as PNG: the image's size and pixel ratio, asked in a small dialog.

The chart is laid out at the width and height given, in logical pixels, and each is drawn as
ratio x ratio pixels: 2x gives the same chart with twice the pixels each way, sharper. What
was chosen is offered again for the rest of the session. Imported when first asked for: it
imports the charts package, and with it pyqtgraph.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from qingdao_viewer.charts import MAX_SIDE, MIN_SIDE, ImageSize
from qingdao_viewer.i18n import translate, whole_number

RATIOS = (1.0, 1.5, 2.0, 3.0, 4.0)  # within MIN_RATIO..MAX_RATIO


class ImageSizeDialog(QDialog):
    """Two spin boxes for the width and height, a choice of pixel ratio, and the image's pixels they make."""

    remembered: ClassVar[ImageSize] = ImageSize()  # the session's last choice (at first the export size)

    def __init__(self, parent: QWidget | None = None, size: ImageSize | None = None):
        super().__init__(parent)
        size = size or self.remembered
        self.setWindowTitle(translate("ImageSize", "Export chart as PNG"))
        layout = QFormLayout(self)
        self.width_box = self._side_box(size.width)
        self.height_box = self._side_box(size.height)
        self.ratio_box = QComboBox()
        for ratio in RATIOS:
            self.ratio_box.addItem(f"{ratio:g}×", ratio)
        self.ratio_box.setCurrentIndex(RATIOS.index(size.ratio) if size.ratio in RATIOS else 0)
        self.pixels = QLabel()
        layout.addRow(translate("ImageSize", "&Width:"), self.width_box)
        layout.addRow(translate("ImageSize", "&Height:"), self.height_box)
        layout.addRow(translate("ImageSize", "Pixel &ratio:"), self.ratio_box)
        layout.addRow(self.pixels)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.ratio_box.currentIndexChanged.connect(self._ratio_changed)
        self.width_box.valueChanged.connect(self._show_pixels)
        self.height_box.valueChanged.connect(self._show_pixels)
        self._ratio_changed()

    @staticmethod
    def _side_box(value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(MIN_SIDE, MAX_SIDE)
        box.setSingleStep(100)
        box.setSuffix(translate("ImageSize", " px"))
        box.setValue(value)
        return box

    def image_size(self) -> ImageSize:
        """The size and ratio chosen (always within ImageSize's bounds)."""
        return ImageSize(self.width_box.value(), self.height_box.value(), float(self.ratio_box.currentData()))

    def _ratio_changed(self) -> None:
        """No side of the image may pass MAX_SIDE pixels: at 2x a side is 4,000 logical pixels at most."""
        largest = int(MAX_SIDE / self.image_size().ratio)
        self.width_box.setMaximum(largest)
        self.height_box.setMaximum(largest)
        self._show_pixels()

    def _show_pixels(self) -> None:
        width, height = self.image_size().pixels
        self.pixels.setText(
            translate("ImageSize", "The image: {width} × {height} pixels").format(
                width=whole_number(width), height=whole_number(height)
            )
        )

    def accept(self) -> None:
        """Override QDialog::accept: remember the choice for the next export of the session."""
        type(self).remembered = self.image_size().checked()
        super().accept()


def ask_image_size(parent: QWidget | None) -> ImageSize | None:
    """The size and ratio the user chooses for a PNG (offering the session's last), or None if they cancel."""
    dialog = ImageSizeDialog(parent)
    try:
        return dialog.image_size() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
