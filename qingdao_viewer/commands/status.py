"""The command line's exit statuses, the same for every command."""

from __future__ import annotations

EXIT_OK = 0
EXIT_UNEXPECTED = 1  # anything unexpected (an interrupt, a bug)
EXIT_BAD_INPUT = 2  # bad input or usage: the message names the file (and line)
