"""What --export and --report share: the profile they work on, and Qt with no display."""

from __future__ import annotations

import os
import sys

from qingdao_viewer.package_data import embedded_profile_path
from qingdao_viewer.profile import ClusterProfile, ProfileError, load_profile


def load_for_command(profile_path: str | None) -> ClusterProfile | None:
    """The profile a command works on (default: the embedded one); None, with the reason on stderr, if bad."""
    try:
        return load_profile(profile_path or str(embedded_profile_path()))
    except ProfileError as error:
        print(error, file=sys.stderr)
        return None


def start_headless_qt() -> None:
    """A QApplication on the offscreen platform: no display is needed or used, whatever the environment says."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        global _HEADLESS_APP
        _HEADLESS_APP = QApplication([sys.argv[0] if sys.argv else "qingdao-viewer"])


_HEADLESS_APP: object = None  # kept referenced for the command's lifetime
