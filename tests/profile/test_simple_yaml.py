"""The fast reader reads what it accepts exactly as the strict reader does, and gives up on the rest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

from qingdao_viewer.profile import ProfileError
from qingdao_viewer.profile.plain_yaml import read_plain_yaml
from qingdao_viewer.profile.simple_yaml import FlowRows, NotSimple, read_simple_yaml

REPO = Path(__file__).resolve().parents[2]
SETTINGS = settings(max_examples=max(400, settings.default.max_examples), deadline=None)


def materialized(value: Any) -> Any:
    """Plain dicts and lists, with the fast reader's unread rows read."""
    if isinstance(value, FlowRows):
        value = value.items()
    if isinstance(value, dict):
        return {key: materialized(item) for key, item in value.items()}
    if isinstance(value, list):
        return [materialized(item) for item in value]
    return value


def strict(text: str) -> Any:
    return materialized(read_plain_yaml(text, "strict.yaml"))


def assert_same_or_declined(text: str) -> bool:
    """If the fast reader reads text, the strict reader reads it to the same values. True if read."""
    fast = read_simple_yaml(text)
    if fast is None:
        return False
    try:
        fast_values = materialized(fast)
    except NotSimple:
        return False
    try:
        strict_values = strict(text)
    except ProfileError as error:
        raise AssertionError(f"fast reader accepted what the strict one refuses: {error}\n{text}") from None
    assert fast_values == strict_values, text
    return True


@pytest.mark.parametrize("name", ["data/qingdao-2024.yaml", "tests/fixtures/other-cluster.yaml"])
def test_shipped_and_fixture_profiles_read_alike(name: str) -> None:
    text = (REPO / name).read_text(encoding="utf-8")
    assert assert_same_or_declined(text) == (name == "data/qingdao-2024.yaml")


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb: x y\nc: [1, two, 3]\nd: {k: v, n: 2}\n",
        "a:\n- {x: 1}\n- {x: 2}\nb: 3\n",  # a sequence at the key's indent
        "a:\n  - {x: 1, y: [p, q]}\n  - [1, 2]\n  - plain\n",
        "a: 1   # comment\n# only a comment\n\nb: 'quoted, with # and : inside'\n",
        'a: "double"\nb: yes\nc: ~\nd:\ne: 0881\nf: -3\ng: 2.5\nh: .inf\n',
        "a: O'Brien [x] {y}\nb: http://example.org/x:y\nc: C#\n",
        "a: {}\nb: []\nc: {k: []}\n",
        "outer:\n  inner:\n    deep: 1\n  next: 2\nlast: 3\n",
    ],
)
def test_simple_documents_read_alike(text: str) -> None:
    assert assert_same_or_declined(text)


@pytest.mark.parametrize(
    "text",
    [
        "cluster:\n  Qingdao\n",  # a scalar on the next line
        "a: one\n  two\n",  # a continued plain scalar
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: 1\na: 2\n",
        "a: |\n  text\n",
        'a: "esc\\u0041ped"\n',
        "a: 'it''s'\n",
        "a: [1,\n  2]\n",
        "a:\n  - b: 1\n",
        "a: b: c\n",
        "---\na: 1\n",
        "a:\tb\n",
        "a: 1\r\nb: 2\r\n",
        "- a\n- b\n",
        "  a: 1\n",
        "a: x\n # comment\xa0with\x85break\n",
        "a: {b: c d: e}\n",
        "a: [x]y\n",
        "key:value\n",
    ],
)
def test_anything_else_is_left_to_the_strict_reader(text: str) -> None:
    assert read_simple_yaml(text) is None or not assert_same_or_declined(text) or strict(text) is not None
    if read_simple_yaml(text) is not None:
        assert_same_or_declined(text)


# -- generated documents ------------------------------------------------------------------------

TRICKY = st.sampled_from(
    [" ", ":", ": ", "#", " #", "-", "- ", ",", "[", "]", "{", "}", "'", '"', "&", "*", "!", "|", ">", "%",
     "@", "`", "?", "~", "yes", "No", "null", "0", "07", "-1", "1.5", "1e3", ".inf", "é", "東京", "\\", "x"]
)  # fmt: skip
SCALAR_TEXT = st.lists(st.one_of(TRICKY, st.text("abcXYZ09 ", min_size=1, max_size=4)), min_size=0, max_size=5).map(
    "".join
)
KEY = st.from_regex(r"[a-z_][a-z0-9_]{0,6}", fullmatch=True) | st.sampled_from(["yes", "null", "a b", "a:b", "1x"])


def flow(draw: st.DrawFn, depth: int) -> str:
    kind = draw(st.sampled_from(["scalar", "scalar", "quoted", "list", "map"] if depth < 3 else ["scalar"]))
    if kind == "scalar":
        return draw(SCALAR_TEXT)
    if kind == "quoted":
        quote = draw(st.sampled_from(["'", '"']))
        return quote + draw(SCALAR_TEXT) + quote
    if kind == "list":
        return "[" + ", ".join(flow(draw, depth + 1) for _ in range(draw(st.integers(0, 3)))) + "]"
    items = [f"{draw(KEY)}: {flow(draw, depth + 1)}" for _ in range(draw(st.integers(0, 3)))]
    return "{" + ", ".join(items) + "}"


@st.composite
def documents(draw: st.DrawFn) -> str:
    lines: list[str] = []

    def block(indent: int, depth: int) -> None:
        for _ in range(draw(st.integers(1, 3))):
            key = draw(KEY)
            shape = draw(st.sampled_from(["inline", "inline", "rows", "block", "empty"] if depth < 3 else ["inline"]))
            pad = " " * indent
            comment = draw(st.sampled_from(["", "", "  # note", "#x"]))
            if shape == "inline":
                lines.append(f"{pad}{key}: {flow(draw, 1)}{comment}")
            elif shape == "empty":
                lines.append(f"{pad}{key}:{comment}")
            elif shape == "rows":
                lines.append(f"{pad}{key}:")
                item_pad = " " * (indent + draw(st.sampled_from([0, 2, 4])))
                for _ in range(draw(st.integers(1, 4))):
                    lines.append(f"{item_pad}- {flow(draw, 1)}")
            else:
                lines.append(f"{pad}{key}:")
                block(indent + draw(st.sampled_from([1, 2, 4])), depth + 1)
            if draw(st.booleans()):
                lines.append(draw(st.sampled_from(["", "# comment", "   "])))

    block(0, 0)
    return "\n".join(lines) + draw(st.sampled_from(["\n", "", "\n\n"]))


@SETTINGS
@given(documents())
def test_generated_documents_read_alike_when_read_fast(text: str) -> None:
    assert_same_or_declined(text)


def test_the_generator_reaches_the_fast_reader() -> None:
    # The property is only worth something if generated documents with rows and nesting are read fast.
    found = find(
        documents(),
        lambda text: "- " in text and assert_same_or_declined(text),
        settings=settings(max_examples=2000, database=None),
    )
    assert read_simple_yaml(found) is not None
