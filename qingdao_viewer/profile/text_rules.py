"""What a profile's text must be, whichever reader reads it: small enough, lines ended alike, names that show.

The YAML loader (loader.py) and the profile-text reader (profile_text.py) both apply these
rules, so they live here, apart from both: neither reader imports the other for them. No Qt.

Lines: every reader and every message counts a line feed, a CR LF pair or a lone carriage
return as one line end, and nothing else. YAML 1.1 also ends lines at NEL (U+0085), LINE
SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029), and Python's ``str.splitlines`` at
those and more, while editors mostly do not: a file holding one would have its lines
numbered one way by the reader and another by the editor. So they are refused, raw,
anywhere in a profile (comments too), at the line of the first one, which every way of
counting numbers alike. Escaped in a YAML string (``"\u2028"``) they are characters of a
name, refused there as controls.
"""

from __future__ import annotations

import re
import unicodedata

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


# Line ends no reader counts alike (see above): refused raw anywhere in a profile.
ODD_LINE_BREAKS = re.compile("[\x85\u2028\u2029]")

# A name must show something: a name made only of these is refused like an empty one. They are
# the Unicode categories of characters that draw nothing by themselves: format characters
# (zero-width space U+200B, the direction marks U+200E/F, word joiner U+2060, U+FEFF, the
# Mongolian vowel separator U+180E), spaces and separators, controls and surrogates, and
# combining marks with no letter to sit on. Inside a name with a visible character they are
# kept (a zero-width joiner in a Persian or an emoji name).
INVISIBLE_CATEGORIES = frozenset({"Cf", "Zs", "Zl", "Zp", "Cc", "Cs", "Mn", "Me"})
# Letters and symbols that draw as blank although their category is not one of those: the
# Hangul fillers and the blank Braille pattern.
BLANK_CHARACTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
_MAX_LISTED = 4  # invisible characters a message names, at most


def find_control_character(text: str) -> re.Match[str] | None:
    """The first character of text that a name may not hold, or None."""
    return CONTROL_CHARACTERS.search(text)


def is_invisible(character: str) -> bool:
    """Whether a character draws nothing by itself (see INVISIBLE_CATEGORIES)."""
    return character in BLANK_CHARACTERS or unicodedata.category(character) in INVISIBLE_CATEGORIES


def invisible_name(text: str) -> str | None:
    """If text is not empty but holds no character that shows, the code points it holds ("U+200B U+FEFF"); else None.

    An empty or all-whitespace name is the caller's "must not be empty"; this names what a
    name holds that looks empty but is not, so a person can find it in the file.
    """
    if not text or not all(is_invisible(character) for character in text):
        return None
    listed = list(dict.fromkeys(text))
    shown = " ".join(f"U+{ord(character):04X}" for character in listed[:_MAX_LISTED])
    return shown + (" …" if len(listed) > _MAX_LISTED else "")


def line_at(text: str | bytes, at: int) -> int:
    """The 1-based line of position ``at``: lines end at LF, CR LF or a lone CR, as every reader counts them."""
    if isinstance(text, bytes):
        return text.count(b"\n", 0, at) + text.count(b"\r", 0, at) - text.count(b"\r\n", 0, at) + 1
    return text.count("\n", 0, at) + text.count("\r", 0, at) - text.count("\r\n", 0, at) + 1


def check_line_breaks(text: str, path: str) -> None:
    """Refuse text holding a line end that not every reader counts (NEL, LS, PS), at its line."""
    odd = ODD_LINE_BREAKS.search(text)
    if odd is not None:
        character = odd.group()
        name = {"\x85": "NEXT LINE (NEL)"}.get(character) or unicodedata.name(character)
        raise ProfileError(
            path,
            f"expected lines ending in LF, CR LF or CR, found the line break U+{ord(character):04X} ({name})",
            line_at(text, odd.start()),
        )


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
