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


def slug(text: str) -> str:
    """Letters and digits of any script, lower case; every other run of characters one dash."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    words = re.sub(r"[\W_]+", "-", folded).strip("-")
    if len(words) > MAX_STEM:
        words = words[:MAX_STEM].rsplit("-", 1)[0] or words[:MAX_STEM]
    return words


def edition_stem(subject: Subject) -> str:
    """``qingdao-2024``: a cluster's edition."""
    return f"{slug(subject.cluster) or 'cluster'}-{subject.year}"


def export_name(subjects: Iterable[Subject], what: str, suffix: str) -> str:
    """The file name of an export of one cluster's edition, or of several compared."""
    stems = "-".join(edition_stem(subject) for subject in subjects) or "clusters"
    tail = f"-{slug(what)}" if what else ""
    return f"{stems}{tail}.{suffix.lstrip('.')}"


def ascii_slug(text: str) -> str:
    """``slug`` in ASCII only, as a data package's names must be: é is e, ø is o; other scripts drop out."""
    decomposed = unicodedata.normalize("NFKD", slug(text).translate(_LATIN_LETTERS))
    return slug(decomposed.encode("ascii", "ignore").decode("ascii"))


def package_name(subjects: Iterable[Subject]) -> str:
    """``qingdao-2024``, ``nordhavn-osterby-2024``: the editions as a data package or resource names them."""
    stems = "-".join(f"{ascii_slug(subject.cluster) or 'cluster'}-{subject.year}" for subject in subjects)
    return stems or "clusters"
