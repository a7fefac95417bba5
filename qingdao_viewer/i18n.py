"""The app's own words in the language shown (no Qt here).

Every string a person reads goes through ``translate(context, text)``, a name Qt's lupdate
finds in Python sources, so `resources/translations/*.ts` lists them all. The GUI installs
Qt's translator at start (``install``); with none installed, as in ``--check`` and
``--export``, the English source text is used. Data (cluster, organization and place names)
is never translated: it is shown as the profile gives it. The one exception is the economy a
sentence names, which economies.py gives in the language shown where its table knows it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

SOURCE_LANGUAGE = "en"
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}

_translator: Callable[[str, str], str] | None = None
_language = SOURCE_LANGUAGE
_group_separator = ","  # how the language shown groups thousands: 2,131
_percent = "%"


def translate(context: str, text: str) -> str:
    """``text`` in the language shown; a ``{name}`` in it is filled in after, with str.format."""
    return text if _translator is None else _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a string for the translation file where it is defined; translate it where it is shown."""
    return text


def install(translator: Callable[[str, str], str] | None, language: str) -> None:
    global _translator, _language
    _translator, _language = translator, language


def install_number_format(group_separator: str, percent: str) -> None:
    """How numbers are written in the language shown (the GUI gives its locale's symbols)."""
    global _group_separator, _percent
    _group_separator, _percent = group_separator, percent


def whole_number(number: int) -> str:
    """A count with its thousands grouped as the language shown groups them: 2,131."""
    grouped = f"{number:,}"
    return grouped if _group_separator == "," else grouped.replace(",", _group_separator)


def percentage(number: int) -> str:
    """A whole percentage as the language shown writes it: 25%."""
    return f"{number}{_percent}"


def language() -> str:
    return _language


def ordinal(number: int) -> str:
    """A rank as the language writes it: 1st, 2nd, 3rd, 11th, 22nd ... or 第1名, 第22名."""
    if _language.startswith("zh"):
        return f"第{number}名"
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


FULL_STOPS = "。！？；）"  # a sentence in Chinese ends in one of these and needs no space after it


def sentences(parts: list[str]) -> str:
    """Sentences one after another as the language writes them: "A. B." in English, "甲。乙。" in Chinese."""
    text = ""
    for part in parts:
        text += part if not text or text.endswith(tuple(FULL_STOPS)) else f" {part}"
    return text


def listing(items: Iterable[str]) -> str:
    """Items one after another as the language lists them: "A; B" in English, "甲；乙" in Chinese."""
    text = ""
    for item in items:
        text = translate("Export", "{earlier}; {later}").format(earlier=text, later=item) if text else item
    return text
