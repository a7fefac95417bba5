"""Text that a spreadsheet might run as a formula, made inert (no Qt).

A cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return before
one) is read by Excel, LibreOffice Calc and Google Sheets as a formula: a profile could
plant ``=HYPERLINK(...)`` in a name. As OWASP's CSV injection guidance advises, such text
is written with a leading apostrophe, which spreadsheets read as "this cell is text" and
do not show. Only text cells are guarded: numbers are written as numbers.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# The full-width forms, which some spreadsheets fold to the ASCII ones.
FORMULA_STARTS_WIDE = ("\uff1d", "\uff0b", "\uff0d", "\uff20")


def inert(text: str) -> str:
    """The text as a spreadsheet shows it without ever running it."""
    if text.startswith(FORMULA_STARTS) or text.startswith(FORMULA_STARTS_WIDE):
        return "'" + text
    return text
