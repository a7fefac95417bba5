"""The X server the tests under Xvfb share (the helpers are in x_session.py)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from x_session import skip_unless_ci, xvfb

TOOLS = ("Xvfb", "xdotool", "xclip")


@pytest.fixture(scope="module")
def x_display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh Xvfb on a free display (":N"), stopped when the module's tests are done."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        skip_unless_ci(f"{', '.join(missing)} not installed: apt-get install xvfb xdotool xclip")
    with xvfb(tmp_path_factory.mktemp("xvfb") / "xvfb.log") as display:
        yield display
