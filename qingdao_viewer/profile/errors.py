"""The one error a profile file can cause."""

from __future__ import annotations


class ProfileError(Exception):
    """A profile that cannot be read, with where and why, for a person to fix.

    ``str(error)`` is ``PATH:LINE: message`` (``PATH: message`` when no line applies),
    the form compilers use, so editors and terminals can jump to the place.
    """

    def __init__(self, path: str, message: str, line: int | None = None, column: int | None = None):
        super().__init__(path, message, line, column)
        self.path = path
        self.message = message
        self.line = line
        self.column = column

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"
