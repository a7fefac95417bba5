"""Find the files the package ships (profiles in data/, icons in resources/) wherever it runs.

Three layouts put them in two places:
- an installed wheel and a PyInstaller bundle keep them inside the package
  (``qingdao_viewer/data``, ``qingdao_viewer/resources``), mapped there by pyproject.toml
  and the PyInstaller spec;
- a source checkout (and an editable install) keeps them at the top of the repository.
"""

from __future__ import annotations

from pathlib import Path

EMBEDDED_PROFILE = "qingdao-2024.yaml"

_PACKAGE = Path(__file__).resolve().parent


def _folder(name: str) -> Path:
    inside = _PACKAGE / name
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / name


def data_dir() -> Path:
    """The folder of shipped profiles."""
    return _folder("data")


def resources_dir() -> Path:
    """The folder of icons and other resources."""
    return _folder("resources")


def embedded_profile_path() -> Path:
    """The profile the app opens when it is given none: Qingdao, GII 2024."""
    return data_dir() / EMBEDDED_PROFILE
