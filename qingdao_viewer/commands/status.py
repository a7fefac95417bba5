"""The command line's exit statuses, the same for every command."""

from __future__ import annotations

EXIT_OK = 0
EXIT_UNEXPECTED = 1  # anything unexpected (a bug)
EXIT_BAD_INPUT = 2  # bad input or usage: the message names the file (and line)
EXIT_INTERRUPTED = 130  # SIGINT (Ctrl+C), as a shell reports it (128 + 2); what was being written is removed
EXIT_TERMINATED = 143  # SIGTERM (a logout, kill), 128 + 15; the same


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the command is, so its cleanup runs as for Ctrl+C; ``status`` is the exit status."""

    status = EXIT_TERMINATED


def interrupted_status(interrupt: KeyboardInterrupt) -> int:
    """The exit status for an interrupt: 143 for SIGTERM, 130 for SIGINT."""
    return interrupt.status if isinstance(interrupt, Terminated) else EXIT_INTERRUPTED
