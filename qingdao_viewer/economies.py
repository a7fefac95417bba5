"""Economy names in the language shown, from a small table shipped as data (no Qt here).

``data/economies.csv`` lists the economies of the GII's top 100 clusters as WIPO names them
in English, with their standard name in Simplified Chinese. A Chinese sentence that names
an economy uses the Chinese name where the table has it; any other economy, and every
name inside the profile's own tables, stays as the profile gives it. English is unaffected.
"""

from __future__ import annotations

import csv
from functools import cache

from qingdao_viewer import i18n
from qingdao_viewer.package_data import data_dir

ECONOMIES_FILE = "economies.csv"


@cache
def names() -> dict[str, dict[str, str]]:
    """Each language's names by the English name: ``names()["zh_CN"]["China"] == "中国"``."""
    with (data_dir() / ECONOMIES_FILE).open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    languages = [column for column in (rows[0] if rows else {}) if column != "economy"]
    return {language: {row["economy"]: row[language] for row in rows if row[language]} for language in languages}


def economy_name(economy: str, language: str | None = None) -> str:
    """The economy as a sentence in ``language`` (default: the one shown) names it; as given where unknown."""
    wanted = i18n.language() if language is None else language
    if wanted == i18n.SOURCE_LANGUAGE:
        return economy
    return names().get(wanted, {}).get(economy.strip(), economy)
