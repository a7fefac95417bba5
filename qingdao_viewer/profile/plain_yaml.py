"""Read YAML as plain data only, keeping the line of every value.

PyYAML's own constructors can build arbitrary Python objects from tags and expand aliases
exponentially; neither belongs in a data file. This module takes only the parser's events
and builds dicts, lists, strings, whole numbers, floats, booleans and ``None`` from them
itself, without recursion, refusing tags, anchors, aliases, duplicate keys and deep nesting
with the line where they stand.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, NamedTuple, NoReturn

import yaml

from qingdao_viewer.profile.errors import ProfileError

MAX_DEPTH = 32
# PyYAML's parser: libyaml's when PyYAML has it (the pure-Python one otherwise).
PARSER = "CSafeLoader"
MAX_DIGITS = 100  # no figure of a profile needs more; Python refuses int() of over 4,300

_TAG = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {"!", *(_TAG + name for name in ("str", "int", "float", "bool", "null", "map", "seq"))}

_NULL = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"}
_FALSE = {"false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"}
_INT = re.compile(r"[-+]?[0-9]+\Z")
_FLOAT = re.compile(
    r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)(?:[eE][-+]?[0-9]+)?\Z|[-+]?\.(?:inf|Inf|INF)\Z|\.(?:nan|NaN|NAN)\Z"
)


class Position(NamedTuple):
    """Where a value starts in the file: 1-based line and column."""

    line: int
    column: int


class YamlMap(dict[str, Any]):
    """A mapping read from the file, remembering where it and each of its values start."""

    def __init__(self, position: Position):
        super().__init__()
        self.position = position
        self.positions: dict[str, Position] = {}


class YamlList(list[Any]):
    """A sequence read from the file, remembering where it and each of its items start."""

    def __init__(self, position: Position):
        super().__init__()
        self.position = position
        self.positions: list[Position] = []


def _position(event: Any) -> Position:
    mark = event.start_mark
    return Position(mark.line + 1, mark.column + 1)


def _scalar(event: Any, path: str) -> Any:
    """Give a scalar its plain-data value: YAML 1.1's core types, decimal integers only."""
    tag = event.tag
    text: str = event.value
    plain = event.implicit[0] and tag is None
    _check_tag(path, event)
    if tag == "!":
        return text
    if plain:
        return resolve_plain(text)
    if tag in (_TAG + "int", _TAG + "float", _TAG + "bool", _TAG + "null"):
        if text in _NULL and tag in (None, _TAG + "null"):
            return None
        if tag in (None, _TAG + "bool"):
            if text in _TRUE:
                return True
            if text in _FALSE:
                return False
        if tag in (None, _TAG + "int", _TAG + "float") and _INT.match(text):
            if len(text) > MAX_DIGITS:
                return text  # too long to be a figure: left as text, which no number field accepts
            return int(text) if tag != _TAG + "float" else float(text)
        if tag in (None, _TAG + "float") and _FLOAT.match(text):
            return _float(text)
        if tag is not None and tag != _TAG + "str":
            _fail(path, event, f"{text!r} is not a valid {tag.replace(_TAG, '!!')} value")
    return text


def resolve_plain(text: str) -> Any:
    """The value of an untagged plain scalar: null, a boolean, a decimal whole number, a float or text."""
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if _INT.match(text):
        return text if len(text) > MAX_DIGITS else int(text)  # too long to be a figure: text
    if _FLOAT.match(text):
        return _float(text)
    return text


def _float(text: str) -> float:
    """YAML's float spellings, .inf and .nan included, as a Python float."""
    lowered = text.lower()
    if lowered.endswith(".inf"):
        return float("-inf") if lowered.startswith("-") else float("inf")
    if lowered == ".nan":
        return float("nan")
    if len(text) > MAX_DIGITS:
        return float("inf")
    return float(text)


def _check_tag(path: str, event: Any) -> None:
    tag = event.tag
    if tag is not None and tag not in _ALLOWED_TAGS:
        _fail(path, event, f"the YAML tag {tag.replace(_TAG, '!!')} is not allowed: a profile holds plain data only")


def _fail(path: str, event: Any, message: str) -> NoReturn:
    position = _position(event)
    raise ProfileError(path, message, position.line, position.column)


def _add(parent: YamlMap | YamlList, key: str | None, value: Any, position: Position) -> None:
    if isinstance(parent, YamlList):
        parent.append(value)
        parent.positions.append(position)
    else:
        assert key is not None
        parent[key] = value
        parent.positions[key] = position


def _not_unicode(text: str, at: int, path: str) -> ProfileError:
    line = text.count("\n", 0, at) + 1
    return ProfileError(path, "the text holds a character that is not valid Unicode", line)


def _reader_error(error: yaml.reader.ReaderError, text: str, path: str) -> ProfileError:
    """A character YAML does not allow raw, at its line."""
    character = error.character if isinstance(error.character, int) else ord(str(error.character)[:1] or "?")
    if 0xD800 <= character <= 0xDFFF:
        return _not_unicode(text, error.position, path)
    line = text.count("\n", 0, error.position) + 1
    kind = "control character" if unicodedata.category(chr(character)) == "Cc" else "character"
    return ProfileError(path, f"the {kind} U+{character:04X} is not allowed in a profile", line)


def read_plain_yaml(text: str, path: str) -> Any:
    """Parse one YAML document of plain data; raise ProfileError on anything else.

    Returns ``None`` for a stream with no document (empty, or only comments).
    """
    parser_class: Any = getattr(yaml, PARSER, yaml.SafeLoader)
    try:
        parser = parser_class(text)
    except UnicodeEncodeError as error:  # libyaml's parser: a lone surrogate cannot be encoded
        raise _not_unicode(text, error.start, path) from None
    except yaml.reader.ReaderError as error:  # the pure-Python parser checks every character first
        raise _reader_error(error, text, path) from None
    stack: list[YamlMap | YamlList] = []
    # For each open mapping, the key waiting for its value (None: a key comes next).
    pending_keys: list[tuple[str, Position] | None] = []
    root: Any = None
    documents = 0
    try:
        while True:
            event = parser.get_event()
            if isinstance(event, yaml.StreamEndEvent):
                break
            if isinstance(event, (yaml.StreamStartEvent, yaml.DocumentEndEvent)):
                continue
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    _fail(path, event, "a profile is one YAML document, but a second one starts here")
                continue
            if isinstance(event, yaml.AliasEvent):
                _fail(path, event, f"YAML aliases (*{event.anchor}) are not allowed: write the value out")
            if getattr(event, "anchor", None) is not None:
                _fail(path, event, f"YAML anchors (&{event.anchor}) are not allowed: write the value out")

            if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                finished = stack.pop()
                if isinstance(finished, YamlMap):
                    pending_keys.pop()
                value: Any = finished
                position = finished.position
                if not stack:
                    root = value
                    continue
            else:
                position = _position(event)
                parent_is_map = bool(stack) and isinstance(stack[-1], YamlMap)
                if parent_is_map and pending_keys[-1] is None:
                    # This event is a key.
                    if not isinstance(event, yaml.ScalarEvent):
                        _fail(path, event, "a key must be plain text, not a list or a mapping")
                    _check_tag(path, event)
                    key = event.value
                    owner = stack[-1]
                    assert isinstance(owner, YamlMap)
                    if key in owner:
                        first = owner.positions[key].line
                        _fail(path, event, f"duplicate key {key!r} (first given on line {first})")
                    if key == "<<":
                        _fail(path, event, "YAML merge keys (<<) are not allowed: write the values out")
                    pending_keys[-1] = (key, position)
                    continue
                if isinstance(event, yaml.ScalarEvent):
                    value = _scalar(event, path)
                else:
                    _check_tag(path, event)
                    if len(stack) >= MAX_DEPTH:
                        _fail(path, event, f"the data is nested more than {MAX_DEPTH} levels deep")
                    container: YamlMap | YamlList
                    if isinstance(event, yaml.MappingStartEvent):
                        container = YamlMap(position)
                        pending_keys.append(None)
                    else:
                        container = YamlList(position)
                    stack.append(container)
                    continue
                if not stack:
                    root = value
                    continue

            parent = stack[-1]
            if isinstance(parent, YamlMap):
                pending = pending_keys[-1]
                assert pending is not None
                # A value is placed where its key stands: for a block value that is the
                # line a person looks for ("ranks:"), not the line below it.
                _add(parent, pending[0], value, pending[1])
                pending_keys[-1] = None
            else:
                _add(parent, None, value, position)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "is not valid YAML"
        raise ProfileError(
            path,
            f"not valid YAML: {problem}",
            mark.line + 1 if mark else None,
            mark.column + 1 if mark else None,
        ) from None
    except yaml.reader.ReaderError as error:
        raise _reader_error(error, text, path) from None
    except yaml.YAMLError as error:
        raise ProfileError(path, f"not valid YAML: {' '.join(str(error).split())}") from None
    finally:
        parser.dispose()
    return root
