"""A fast reader for the plain, line-per-value YAML that profiles are written in.

PyYAML hands over about 600,000 parser events a second; a profile of 100,000 rows makes
1.6 million, so the strict reader (plain_yaml) needs seconds before any checking starts.
Profiles are written in a small, regular part of YAML: block mappings of ``key: value``,
block sequences of ``- {flow mapping}`` rows, flow lists and plain or simply quoted
scalars. This module reads exactly that part with a few string operations per line.

It is only a shortcut: it returns ``None`` for anything outside that part (tags, anchors,
quoting with escapes, multi-line scalars, tabs, unusual line breaks, duplicate keys, ...),
and the loader then reads the file with the strict reader, which also gives every error its
line. Whatever it accepts, it reads to the same values as the strict reader; a test checks
that on every profile the tests and the fuzzer make.
"""

from __future__ import annotations

import re
from typing import Any

from qingdao_viewer.profile.plain_yaml import MAX_DEPTH, MAX_DIGITS, Position, YamlList, YamlMap, resolve_plain

NOWHERE = Position(0, 0)

_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
# Characters that make YAML read a line differently from what this reader assumes (tabs,
# carriage returns and YAML 1.1's other line breaks), and those libyaml refuses anywhere,
# comments included (YAML's non-printable characters).
_UNSUPPORTED = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
# A plain scalar may not start with an indicator (YAML 1.1, section 4.2 and 9.1.3).
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_FLOW_STOP = re.compile(r"[,\[\]{}]")


class _Unsupported(Exception):
    """The text leaves the simple part of YAML: read it with the strict reader."""


class _Positionless(dict[Any, Position]):
    """Positions of a value read by this reader: unknown; only the strict reader knows them."""

    def __missing__(self, key: Any) -> Position:
        return NOWHERE


class _PositionlessList(list[Position]):
    def __getitem__(self, index: Any) -> Any:
        return NOWHERE


_NO_POSITIONS = _Positionless()  # shared: nothing is ever stored in it
_NO_ITEM_POSITIONS = _PositionlessList()


def _new_map() -> YamlMap:
    result = YamlMap.__new__(YamlMap)
    result.position = NOWHERE
    result.positions = _NO_POSITIONS
    return result


def _new_list() -> YamlList:
    result = YamlList.__new__(YamlList)
    result.position = NOWHERE
    result.positions = _NO_ITEM_POSITIONS
    return result


def _plain(text: str, flow: bool) -> Any:
    """A plain scalar's value, or _Unsupported if YAML could read the text any other way."""
    if not text or text[-1] == ":" or ": " in text or " #" in text:
        raise _Unsupported
    if text[0] in _INDICATORS and not (text[0] == "-" and len(text) > 1 and text[1] != " "):
        raise _Unsupported  # "-" may start a plain scalar ("-3", "-x") when no space follows
    if flow and (":" in text or "#" in text):
        raise _Unsupported
    return resolve_plain(text)


def _quoted(text: str) -> str:
    """A quoted scalar with nothing to unescape: "text" or 'text' with no quote or backslash inside."""
    quote, body = text[0], text[1:-1]
    if len(text) < 2 or text[-1] != quote or quote in body or (quote == '"' and "\\" in body):
        raise _Unsupported
    return body


def _strip_comment(text: str) -> str:
    """The text before a comment (" #..."), for a value that is not a quoted or flow scalar."""
    index = text.find(" #")
    return text if index < 0 else text[:index]


class _FlowReader:
    """Reads one line's flow value: [a, b], {k: v, k: [a]}, or a scalar within them."""

    def __init__(self, text: str):
        self.text = text
        self.at = 0

    def skip_spaces(self) -> None:
        text, at = self.text, self.at
        while at < len(text) and text[at] == " ":
            at += 1
        self.at = at

    def value(self, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise _Unsupported
        self.skip_spaces()
        if self.at >= len(self.text):
            raise _Unsupported
        first = self.text[self.at]
        if first == "{":
            return self.mapping(depth)
        if first == "[":
            return self.sequence(depth)
        if first in "\"'":
            end = self.text.find(first, self.at + 1)
            if end < 0:
                raise _Unsupported
            result = _quoted(self.text[self.at : end + 1])
            self.at = end + 1
            return result
        match = _FLOW_STOP.search(self.text, self.at)
        end = match.start() if match else len(self.text)
        result = _plain(self.text[self.at : end].strip(" "), flow=True)
        self.at = end
        return result

    def expect(self, character: str) -> None:
        self.skip_spaces()
        if self.at >= len(self.text) or self.text[self.at] != character:
            raise _Unsupported
        self.at += 1

    def mapping(self, depth: int) -> YamlMap:
        self.expect("{")
        result = _new_map()
        self.skip_spaces()
        if self.text.startswith("}", self.at):
            self.at += 1
            return result
        while True:
            self.skip_spaces()
            colon = self.text.find(": ", self.at)
            if colon < 0:
                raise _Unsupported
            key = self.text[self.at : colon]
            if not _KEY.match(key) or key in result:
                raise _Unsupported
            self.at = colon + 2
            result[key] = self.value(depth + 1)
            self.skip_spaces()
            if self.text.startswith("}", self.at):
                self.at += 1
                return result
            self.expect(",")

    def sequence(self, depth: int) -> YamlList:
        self.expect("[")
        result = _new_list()
        self.skip_spaces()
        if self.text.startswith("]", self.at):
            self.at += 1
            return result
        while True:
            result.append(self.value(depth + 1))
            self.skip_spaces()
            if self.text.startswith("]", self.at):
                self.at += 1
                return result
            self.expect(",")

    def rest_is_comment(self) -> bool:
        rest = self.text[self.at :]
        return not rest.strip(" ") or rest.startswith(" #") or (rest.lstrip(" ").startswith("#") and rest[0] == " ")


_FLAT_FLOW_MAP = re.compile(r"\{([^\[\]{}\"'#]*)\}\Z")


def _flat_flow_map(inner: str) -> YamlMap:
    """{k: v, k: v} whose values are plain scalars: the common row, read without a scanner."""
    result = _new_map()
    if not inner.strip(" "):
        return result
    for item in inner.split(","):
        key, separator, value = item.partition(":")
        if value[:1] != " ":
            raise _Unsupported
        key = key.strip(" ")
        value = value.strip(" ")
        if not separator or key in result or not _KEY.match(key):
            raise _Unsupported
        if value.isdigit() and value.isascii() and len(value) <= MAX_DIGITS:
            result[key] = int(value)  # the common case, as resolve_plain reads it
        else:
            result[key] = _plain(value, flow=True)
    return result


def _inline(text: str) -> Any:
    """The value after "key: " or "- " on one line, in block context."""
    if text[0] == "{":
        flat = _FLAT_FLOW_MAP.match(text)
        if flat:
            return _flat_flow_map(flat.group(1))
    if text[0] in "{[\"'":
        reader = _FlowReader(text)
        value = reader.value(0)
        if not reader.rest_is_comment():
            raise _Unsupported
        return value
    return _plain(_strip_comment(text).rstrip(" "), flow=False)


# A line with content: its indent, its content without trailing spaces and, for a row
# "- {...}" of a flow mapping of plain scalars, the braces and what is between them.
# Blank and comment-only lines do not match.
_CONTENT_LINE = re.compile(r"^( *)((?:- +(\{[^\[\]{}\"'#\n]*\}))|[^ #\n][^\n]*?) *$", re.MULTILINE)

_Line = tuple[int, str, str]


def _content_lines(text: str) -> list[_Line]:
    """(indent, content, flow row braces or "") of each line with more than blanks and a comment."""
    return [(len(indent), content, row) for indent, content, row in _CONTENT_LINE.findall(text)]


def read_simple_yaml(text: str) -> YamlMap | None:
    """Read text if it is in the simple part of YAML; None if it is not (or is empty)."""
    if _UNSUPPORTED.search(text):
        return None
    lines = _content_lines(text)
    if not lines or lines[0][0] != 0:
        return None
    try:
        result, used = _block_mapping(lines, 0, 0, depth=0)
    except _Unsupported:
        return None
    return result if used == len(lines) else None


def _block_mapping(lines: list[_Line], start: int, indent: int, depth: int) -> tuple[YamlMap, int]:
    if depth > MAX_DEPTH:
        raise _Unsupported
    result = _new_map()
    index = start
    while index < len(lines):
        line_indent, content, _ = lines[index]
        if line_indent < indent:
            break
        if line_indent > indent or content.startswith(("- ", "---", "...", "%")) or content == "-":
            raise _Unsupported
        key, separator, rest = content.partition(":")
        if not separator or not _KEY.match(key) or key in result or (rest and not rest.startswith(" ")):
            raise _Unsupported
        rest = rest.strip(" ")
        index += 1
        if rest and not rest.startswith("#"):
            result[key] = _inline(rest)
            continue
        # "key:" alone: a nested block, or nothing (null).
        following = lines[index] if index < len(lines) else None
        if following is not None and following[1].startswith("- ") and following[0] >= indent:
            result[key], index = _block_sequence(lines, index, following[0], depth + 1)
        elif following is not None and following[0] > indent:
            result[key], index = _block_mapping(lines, index, following[0], depth + 1)
        else:
            result[key] = None
    return result, index


class NotSimple(Exception):
    """Rows of a FlowRows are not all in the simple part of YAML: read the file strictly."""


class FlowRows:
    """A block sequence whose every item is a one-line flow mapping of plain scalars, unread.

    Long lists of rows are where the time goes, so their items are kept as their text
    between the braces until asked for: ``items()`` reads them as any other value, and a
    caller that knows the rows' shape can read ``raw`` faster itself.
    """

    __slots__ = ("raw",)

    def __init__(self, raw: list[str]):
        self.raw = raw

    def items(self) -> YamlList:
        """The rows as mappings; NotSimple if one leaves the simple part of YAML."""
        result = _new_list()
        try:
            result.extend(_flat_flow_map(inner) for inner in self.raw)
        except _Unsupported:
            raise NotSimple from None
        return result


def _block_sequence(lines: list[_Line], start: int, indent: int, depth: int) -> tuple[YamlList | FlowRows, int]:
    if depth > MAX_DEPTH:
        raise _Unsupported
    end = start
    raw = []
    while end < len(lines) and lines[end][0] == indent and lines[end][2]:
        raw.append(lines[end][2][1:-1])
        end += 1
    if raw and (end == len(lines) or lines[end][0] < indent):
        return FlowRows(raw), end
    result = _new_list()
    index = start
    while index < len(lines):
        line_indent, content, _ = lines[index]
        if line_indent < indent or (line_indent == indent and not content.startswith("- ")):
            break
        if line_indent > indent:
            raise _Unsupported  # a block inside an item, or a continued scalar
        item = content[2:].lstrip(" ")
        if not item or item.startswith("#") or (item[0] not in "{[\"'" and ": " in _strip_comment(item)):
            raise _Unsupported  # an empty item, or a block mapping in an item
        result.append(_inline(item))
        index += 1
    return result, index
