"""Text from a profile shown as itself, where Qt would otherwise read it as markup.

Labels and message boxes are told ``Qt.PlainText``. Two places cannot be told: a tooltip
is rich text whenever it looks like HTML (``Qt.mightBeRichText``), and a window title
hides the placeholder ``[*]``. These functions write text so both show it literally.
"""

from __future__ import annotations


def tooltip(text: str) -> str:
    """Rich text that displays exactly ``text``, line breaks and spaces kept."""
    import html  # here: it brings html.entities, which the first paint does not need

    return f'<p style="white-space: pre-wrap">{html.escape(text, quote=False)}</p>'


def window_title(text: str) -> str:
    """A title Qt shows as ``text``: it hides "[*]" but shows "[*][*]" as "[*]"."""
    return text.replace("[*]", "[*][*]")
