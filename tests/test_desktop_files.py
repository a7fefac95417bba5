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


PROFILE_TYPE = "application/x-gii-cluster-profile+yaml"
REPO = RESOURCES.parent
MIME_XML = RESOURCES / f"{APP_ID}.mime.xml"


def desktop_value(key: str) -> str:
    entry = (RESOURCES / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    return next(line.split("=", 1)[1] for line in entry.splitlines() if line.startswith(f"{key}="))


def test_the_entry_claims_the_profiles_own_type_not_every_yaml_or_text_file() -> None:
    assert [kind for kind in desktop_value("MimeType").split(";") if kind] == [PROFILE_TYPE]
    metainfo = (RESOURCES / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f"<mediatype>{PROFILE_TYPE}</mediatype>" in metainfo
    assert f'<mime-type type="{PROFILE_TYPE}">' in MIME_XML.read_text(encoding="utf-8")


def mime_database(data_home: Path) -> Path:
    """The MIME type installed in a data folder of its own, its cache built by update-mime-database."""
    update = tool("update-mime-database", "shared-mime-info")
    packages = data_home / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_XML, packages / f"{APP_ID}.xml")
    env = dict(os.environ, XDG_DATA_HOME=str(data_home))  # (else it notes that the folder is not searched)
    result = subprocess.run([update, str(data_home / "mime")], capture_output=True, text=True, env=env)
    assert result.returncode == 0 and not result.stderr.strip(), result.stdout + result.stderr  # no XML complaint
    return data_home


def content_type(path: Path, data_home: Path) -> str:
    """What a desktop (GLib's content-type guess, as the file manager uses) calls the file."""
    gio = tool("gio", "libglib2.0-bin")
    env = dict(os.environ, XDG_DATA_HOME=str(data_home), XDG_DATA_DIRS="/usr/local/share:/usr/share")
    result = subprocess.run(
        [gio, "info", "--attributes=standard::content-type", str(path)], capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.rsplit("standard::content-type:", 1)[1].strip()


def test_profiles_are_told_from_other_yaml_by_what_they_hold(tmp_path: Path) -> None:
    data_home = mime_database(tmp_path / "share")
    profiles = tmp_path / "files"
    profiles.mkdir()
    shutil.copy(REPO / "data" / "qingdao-2024.yaml", profiles / "qingdao-2024.yaml")  # as the app saves one
    shutil.copy(REPO / "tests" / "fixtures" / "other-cluster.yaml", profiles / "other cluster.yml")
    (profiles / "settings.yaml").write_text("format: something-else/1\nname: not a profile\n", encoding="utf-8")
    (profiles / "named.gii.yaml").write_text("# a profile by its name\n", encoding="utf-8")
    assert content_type(profiles / "qingdao-2024.yaml", data_home) == PROFILE_TYPE
    assert content_type(profiles / "other cluster.yml", data_home) == PROFILE_TYPE
    assert content_type(profiles / "named.gii.yaml", data_home) == PROFILE_TYPE
    assert content_type(profiles / "settings.yaml", data_home) in ("application/yaml", "application/x-yaml")


def test_install_puts_the_type_in_place_and_uninstall_takes_it_away(tmp_path: Path) -> None:
    """The installer scripts on a stand-in bundle (an executable that does nothing), as the archive holds them."""
    bundle = tmp_path / "qingdao-viewer"
    bundle.mkdir()
    executable = bundle / "qingdao-viewer"
    executable.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    executable.chmod(0o755)
    assembled = subprocess.run(["sh", str(REPO / "packaging/linux/assemble.sh"), str(bundle)], capture_output=True)
    assert assembled.returncode == 0, assembled.stderr
    assert (bundle / "share/mime/packages" / f"{APP_ID}.xml").read_bytes() == MIME_XML.read_bytes()
    home = tmp_path / "home"
    home.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env["HOME"] = str(home)
    installed = subprocess.run(["sh", str(bundle / "install.sh")], capture_output=True, text=True, env=env)
    assert installed.returncode == 0, installed.stderr
    share = home / ".local/share"
    assert (share / "mime/packages" / f"{APP_ID}.xml").is_file()
    if shutil.which("update-mime-database"):
        assert PROFILE_TYPE in (share / "mime/types").read_text(encoding="utf-8")
    entry = (share / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"MimeType={PROFILE_TYPE};" in entry
    removed = subprocess.run(
        ["sh", str(home / ".local/lib/qingdao-viewer/uninstall.sh")], capture_output=True, text=True, env=env
    )
    assert removed.returncode == 0, removed.stderr
    assert not (share / "mime/packages" / f"{APP_ID}.xml").exists()
    if shutil.which("update-mime-database"):
        assert PROFILE_TYPE not in (share / "mime/types").read_text(encoding="utf-8")
