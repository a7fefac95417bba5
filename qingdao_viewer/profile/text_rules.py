"""What a profile's text must be, whichever reader reads it: small enough, and names without controls.

The YAML loader (loader.py) and the profile-text reader (profile_text.py) both apply these
rules, so they live here, apart from both: neither reader imports the other for them. No Qt.
"""

from __future__ import annotations

import re

from qingdao_viewer.profile.errors import ProfileError

# The most bytes a profile may be, in a file or given as text (pasted, say; measured as UTF-8).
# A GII profile is about 2 KB. With plain_yaml.MAX_VALUES it lets over 14,000 table rows in,
# and the largest file under both, in any YAML style, is read or refused by --check within a
# second and 50 MB (make bench: 0.8 s, 43 MB; docs/profile-format.md, "Large profiles").
MAX_PROFILE_BYTES = 1024 * 1024

# Characters a name may not hold: controls (C0, DEL, C1), surrogates, line and paragraph
# separators, and the bidirectional overrides that can make a name display as something else.
CONTROL_CHARACTERS = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069]")

_CHUNK = 1 << 16  # characters encoded at a time to measure text, so a huge paste is never copied whole


def find_control_character(text: str) -> re.Match[str] | None:
    """The first character of text that a name may not hold, or None."""
    return CONTROL_CHARACTERS.search(text)


def check_size(size: int, path: str) -> None:
    """Refuse a profile of ``size`` bytes if it is over MAX_PROFILE_BYTES: called before it is read."""
    if size > MAX_PROFILE_BYTES:
        raise ProfileError(path, f"is {size:,} bytes; a profile may be at most {MAX_PROFILE_BYTES:,} bytes")


def utf8_size(text: str) -> int:
    """The bytes text takes as UTF-8 (a lone surrogate, which no profile may hold, counted as 3)."""
    return sum(
        len(text[start : start + _CHUNK].encode("utf-8", "surrogatepass")) for start in range(0, len(text), _CHUNK)
    )


def check_text_size(text: str, path: str) -> None:
    """Refuse text given directly (not from a file) that is over MAX_PROFILE_BYTES as UTF-8, before it is read."""
    if len(text) * 4 <= MAX_PROFILE_BYTES:  # no character takes more than 4 bytes: small enough, unmeasured
        return
    check_size(utf8_size(text), path)
