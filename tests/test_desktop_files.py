"""The desktop entry and AppStream metainfo validate with the freedesktop tools."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
APP_ID = "io.github.qingdaoviewer.QingdaoViewer"


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        reason = f"{name} not installed: apt-get install {package}"
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (.ci/run installs it, so CI must run this test)")
        pytest.skip(reason)
    return path


def test_desktop_entry_validates() -> None:
    validate = tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validate, str(RESOURCES / f"{APP_ID}.desktop")], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout + result.stderr


def test_metainfo_validates_pedantically() -> None:
    appstreamcli = tool("appstreamcli", "appstream")
    metainfo = RESOURCES / f"{APP_ID}.metainfo.xml"
    result = subprocess.run(
        [appstreamcli, "validate", "--pedantic", "--no-net", str(metainfo)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_icon_sizes_exist_from_16_to_512() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = RESOURCES / "icons" / f"qingdao-viewer-{size}.png"
        header = png.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        assert (int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")) == (size, size)
