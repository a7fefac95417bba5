"""The one error a profile file can cause, and how any message quotes what it read.

A message is shown on one line of a terminal or in a dialog, whatever the file held: what it
quotes of the file is an excerpt (``excerpt``: at most EXCERPT characters, escaped, cut with
"…"), and the message as a whole is one line of at most MAX_LINE characters, its control,
format and line-break characters written as escapes (``\\n``, ``\\u2028``), so nothing read
can break the line, reorder it (bidirectional controls) or make it long.
"""

from __future__ import annotations

import unicodedata

# Characters of a file quoted in a message, at most (escapes count as the characters they show).
EXCERPT = 40
# The most characters of a message (after ``PATH:LINE: ``), and of the whole line shown.
MAX_MESSAGE = 200
MAX_LINE = 300
# Characters shown as escapes in a message: controls, format characters (bidirectional and
# zero-width ones among them), surrogates, and line and paragraph separators.
_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_CUT = "…"


def _escape(character: str) -> str:
    """A character as Python writes it in a string literal (``\\t``, ``\\x07``, ``\\u2028``)."""
    return repr(character)[1:-1]


def one_line(text: str, limit: int) -> str:
    """text with its controls, format and line-break characters escaped, cut to limit characters with "…"."""
    shown: list[str] = []
    size = 0
    for character in text[: limit + 1]:  # never more than limit + 1 characters are looked at
        piece = _escape(character) if unicodedata.category(character) in _ESCAPED_CATEGORIES else character
        if size + len(piece) > limit:
            shown.append(_CUT)
            break
        shown.append(piece)
        size += len(piece)
    return "".join(shown)


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """Text of the file quoted for a message: ``'abc'``, escaped as a Python literal, cut to limit with "…"."""
    head = text[: limit + 1]
    while len(repr(head)) - 2 > limit:
        head = head[:-1]
    quoted = repr(head)
    if len(head) < len(text):
        quoted = quoted[:-1] + _CUT + quoted[-1]
    return quoted


def excerpt_around(text: str, at: int, limit: int = EXCERPT) -> str:
    """An excerpt of text around the character at ``at``: up to half the limit before it, the rest after."""
    start = max(0, at - limit // 2)
    if start == 0:
        return excerpt(text, limit)
    shown = excerpt(text[start:], limit - 1)
    return f"{shown[0]}{_CUT}{shown[1:]}"


def shown_path(path: str, width: int) -> str:
    """A path as a message shows it: escaped; when over width characters, its start and end around "…"."""
    shown = one_line(path, len(path) * 10)  # escaping may lengthen it; nothing is cut here
    width = max(width, 40)
    if len(shown) <= width:
        return shown
    head = width // 3
    tail = width - head - 1
    return shown[:head] + _CUT + shown[-tail:]


class ProfileError(Exception):
    """A profile that cannot be read, with where and why, for a person to fix.

    ``str(error)`` is ``PATH:LINE: message`` (``PATH: message`` when no line applies),
    the form compilers use, so editors and terminals can jump to the place. The message is
    kept as one line of at most MAX_MESSAGE characters (see ``one_line``), and the whole
    line at most MAX_LINE: a path too long for it is shown by its start and its end.
    """

    def __init__(self, path: str, message: str, line: int | None = None, column: int | None = None):
        message = one_line(message, MAX_MESSAGE)
        super().__init__(path, message, line, column)
        self.path = path
        self.message = message
        self.line = line
        self.column = column

    def __str__(self) -> str:
        rest = f": {self.message}" if self.line is None else f":{self.line}: {self.message}"
        return shown_path(self.path, MAX_LINE - len(rest)) + rest
