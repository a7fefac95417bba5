"""Text from a profile shown as itself, where Qt would otherwise read it as markup.

Labels and message boxes are told ``Qt.PlainText``. Three places cannot be told: a tooltip
is rich text whenever it looks like HTML (``Qt.mightBeRichText``), a window title hides the
placeholder ``[*]``, and a menu item, an action, a group box's title, a button or a tab
reads ``&`` as the mark of a keyboard mnemonic (``R&D`` shows as "RD", D underlined). These
functions write text so each shows it literally. Combo box items, list items, labels without
a buddy, message boxes and window titles show ``&`` as it is: they need nothing.
"""

from __future__ import annotations


def tooltip(text: str) -> str:
    """Rich text that displays exactly ``text``, line breaks and spaces kept."""
    import html  # here: it brings html.entities, which the first paint does not need

    return f'<p style="white-space: pre-wrap">{html.escape(text, quote=False)}</p>'


def menu_text(text: str) -> str:
    """Text a menu item, a group box's title, a button or a tab shows as ``text``: each ``&`` doubled."""
    return text.replace("&", "&&")


def window_title(text: str) -> str:
    """A title Qt shows as ``text``: it hides "[*]" but shows "[*][*]" as "[*]"."""
    return text.replace("[*]", "[*][*]")
