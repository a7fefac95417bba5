"""A column's cells shown at once read as each cell shown alone (no Qt)."""

from __future__ import annotations

import pytest

from qingdao_viewer import i18n
from qingdao_viewer.tables import Kind, Value, display_text, display_texts

VALUES: list[Value] = [0, 7, 25, 2131, 1234567, None, "not given", "—"]


@pytest.mark.parametrize("kind", list(Kind))
@pytest.mark.parametrize(("group", "percent"), [(",", "%"), (".", "%"), ("\u00a0", "\u066a")])
def test_display_texts_is_display_text_of_each_value(kind: Kind, group: str, percent: str) -> None:
    i18n.install_number_format(group, percent)
    try:
        assert display_texts(VALUES, kind) == [display_text(value, kind) for value in VALUES]
    finally:
        i18n.install_number_format(",", "%")
    assert display_texts([2131], Kind.COUNT) == ["2,131"] and display_texts([25], Kind.SHARE) == ["25%"]
