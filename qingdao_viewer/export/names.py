"""The names of exported files: whose figures they hold, in one pattern for every kind (no Qt).

``qingdao-2024-patent-applicants.csv``: the cluster and the edition, then what the file
holds. Every export (CSV, XLSX, PNG, SVG, PDF, YAML, the data package) is named by
``export_name``, so files of several clusters sit side by side in one folder without
replacing each other, and a person can tell them apart.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from qingdao_viewer.tables import Subject

MAX_STEM = 80  # characters of a cluster's part: a file name stays well inside 255 bytes
# Latin letters that Unicode does not decompose into a base letter and a mark.
_LATIN_LETTERS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "ı": "i", "ħ": "h", "ŋ": "ng"}
)
# A file name a save dialog proposes: its stem at most this many bytes of UTF-8, its suffix at
# most MAX_SUFFIX characters, well inside the 255 bytes of a name on every common file system.
MAX_NAME_BYTES = 200
MAX_SUFFIX = 10
_SUFFIX = re.compile(rf"[A-Za-z0-9]{{1,{MAX_SUFFIX}}}")
# Names Windows keeps for devices, whatever their suffix ("nul.csv" too): never proposed as a stem.
WINDOWS_DEVICES = frozenset(
    ("con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10)))
)


def slug(text: str, limit: int = MAX_STEM) -> str:
    """Letters and digits of any script, lower case; every other run of characters one dash; at most limit."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    words = re.sub(r"[\W_]+", "-", folded).strip("-")
    if len(words) > limit:
        words = words[:limit].rsplit("-", 1)[0] or words[:limit]
    return words


def safe_file_name(name: str, fallback: str = "export") -> str:
    """A file name made safe to propose, from a suggested one that may hold anything a profile's names hold.

    The stem and the suffix are folded as ``slug`` folds them (letters and digits of any script,
    every other run one dash), so the name has no folder separator (``/``, ``\\``), no ``..``,
    no leading dot (no hidden file), no control, format or bidirectional character, no
    character Windows refuses (``:*?"<>|``) and no trailing dot or space; an empty stem becomes
    ``fallback``, and a stem Windows keeps for a device (``con``, ``nul``, ``com1``) gets
    ``-file`` after it. A name already safe (``qingdao-2024-patent-applicants.csv``) is kept.
    """
    stem, dot, suffix = name.rpartition(".")
    if not dot or not _SUFFIX.fullmatch(suffix):  # what follows the last dot is no file type ("./etc")
        stem, suffix = name, ""
    suffix = suffix.lower()
    stem = slug(stem, MAX_NAME_BYTES)
    while len(stem.encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1].rstrip("-")
    stem = stem or slug(fallback) or "export"
    if stem in WINDOWS_DEVICES:
        stem = f"{stem}-file"
    return f"{stem}.{suffix}" if suffix else stem


def edition_stem(subject: Subject) -> str:
    """``qingdao-2024``: a cluster's edition."""
    return f"{slug(subject.cluster) or 'cluster'}-{subject.year}"


def export_name(subjects: Iterable[Subject], what: str, suffix: str) -> str:
    """The file name of an export of one cluster's edition, or of several compared.

    More than three compared are named by the first and a count (``qingdao-2024-and-9-others``),
    so the name stays short however many there are.
    """
    stems = _joined([edition_stem(subject) for subject in subjects]) or "clusters"
    tail = f"-{slug(what)}" if what else ""
    return f"{stems}{tail}.{suffix.lstrip('.')}"


def ascii_slug(text: str) -> str:
    """``slug`` in ASCII only, as a data package's names must be: é is e, ø is o; other scripts drop out."""
    decomposed = unicodedata.normalize("NFKD", slug(text).translate(_LATIN_LETTERS))
    return slug(decomposed.encode("ascii", "ignore").decode("ascii"))


def package_name(subjects: Iterable[Subject]) -> str:
    """``qingdao-2024``, ``nordhavn-osterby-2024``: the editions as a data package or resource names them."""
    stems = _joined([f"{ascii_slug(subject.cluster) or 'cluster'}-{subject.year}" for subject in subjects])
    return stems or "clusters"


def _joined(stems: list[str]) -> str:
    """Up to three editions' stems joined; more, the first and how many others."""
    return "-".join(stems) if len(stems) <= 3 else f"{stems[0]}-and-{len(stems) - 1}-others"
