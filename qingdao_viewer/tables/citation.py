"""How to cite an edition of the GII, and the licence of its figures (no Qt).

The About box, the workbook's Source sheet and any other export read them here, so the
citation is written once. Add a row per edition the app knows.
"""

from __future__ import annotations

from typing import NamedTuple

GII_2024_CITATION = "WIPO (2024). Global Innovation Index 2024. Geneva: WIPO. DOI 10.34667/tind.50062"


class EditionCredit(NamedTuple):
    citation: str
    licence: str  # the short name, as the source states it: CC BY 4.0
    licence_name: str
    licence_url: str


CC_BY_4 = (
    "CC BY 4.0",
    "Creative Commons Attribution 4.0 International",
    "https://creativecommons.org/licenses/by/4.0/",
)

EDITIONS: dict[int, EditionCredit] = {
    2024: EditionCredit(GII_2024_CITATION, *CC_BY_4),
}


def edition_credit(year: int) -> EditionCredit | None:
    """The citation and licence of a GII edition; None for an edition the app does not know."""
    return EDITIONS.get(year)
