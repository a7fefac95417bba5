"""Read YAML as plain data only, keeping the line of every value.

PyYAML's own constructors can build arbitrary Python objects from tags and expand aliases
exponentially; neither belongs in a data file. This module takes only the parser's events
and builds dicts, lists, strings, whole numbers, floats, booleans and ``None`` from them
itself, without recursion, refusing tags, anchors, aliases, duplicate keys, deep nesting and
too many items with the line where they stand.

Asked for the keys a document's top level must show (``top_keys``), it also tells a file that
is not such a document at all: until a key of those has been read at the top level of a
mapping, any refusal is ``Unrecognised``, which says what the file is in general terms and
quotes nothing of it (a file that is not a profile may be anything, a credentials file say).
"""

from __future__ import annotations

import contextlib
import gc
import re
import unicodedata
from collections.abc import Callable, Collection
from typing import Any, NamedTuple, NoReturn

import yaml

from qingdao_viewer.profile.errors import ProfileError, excerpt
from qingdao_viewer.profile.text_rules import line_at

MAX_DEPTH = 32
# The keys, values, lists and mappings a file may hold. With the size limit (text_rules) it bounds
# what any file can cost, however it is written: 1 MiB of "[{},{},...]" is 350,000 mappings,
# nearly 5 s and 220 MB to build before this limit. A profile's table row is 7 items (a mapping,
# 3 keys, 3 values), so over 14,000 rows fit.
MAX_VALUES = 100_000
# PyYAML's parser: libyaml's when PyYAML has it (the pure-Python one otherwise).
PARSER = "CSafeLoader"
MAX_DIGITS = 100  # no figure of a profile needs more; Python refuses int() of over 4,300

_TAG = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {"!", *(_TAG + name for name in ("str", "int", "float", "bool", "null", "map", "seq"))}

_NULL = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"}
_FALSE = {"false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"}
_INT = re.compile(r"[-+]?[0-9]+\Z")
_NUMBER_START = frozenset("+-.0123456789")  # how every whole number and float starts
_FLOAT = re.compile(
    r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)(?:[eE][-+]?[0-9]+)?\Z|[-+]?\.(?:inf|Inf|INF)\Z|\.(?:nan|NaN|NAN)\Z"
)


class Unrecognised(Exception):
    """Not the document asked for: its top level showed none of the keys looked for before it ended or failed.

    ``found`` says what the text is without quoting it ("a list"); ``line`` is where reading
    stopped, when it stopped on a line.
    """

    def __init__(self, found: str, line: int | None = None):
        super().__init__(found, line)
        self.found = found
        self.line = line


NOT_YAML = "text that is not valid YAML from this line on"
NOT_PLAIN = "YAML that no profile holds on this line"
A_LIST = "a list"
A_VALUE = "a single value"
NO_KEYS = "a mapping with none of the profile's keys"


class Position(NamedTuple):
    """Where a value starts in the file: 1-based line and column."""

    line: int
    column: int


class YamlMap(dict[str, Any]):
    """A mapping read from the file, remembering where it and each of its values start."""

    __slots__ = ("position", "positions")  # no __dict__: a file of many small mappings stays small

    def __init__(self, position: Position):
        # Made empty by dict itself: calling its __init__ too would only double the cost of a mapping.
        self.position = position
        self.positions: dict[str, Position] = {}


class YamlList(list[Any]):
    """A sequence read from the file, remembering where it and each of its items start."""

    __slots__ = ("position", "positions")

    def __init__(self, position: Position):
        self.position = position  # made empty by list itself, as YamlMap by dict
        self.positions: list[Position] = []


_new_tuple = tuple.__new__


def _position(event: Any) -> Position:
    mark = event.start_mark
    position: Position = _new_tuple(Position, (mark.line + 1, mark.column + 1))  # Position(...), without its lambda
    return position


def _scalar(event: Any, path: str) -> Any:
    """Give a scalar its plain-data value: YAML 1.1's core types, decimal integers only."""
    tag = event.tag
    text: str = event.value
    if tag is None and event.implicit[0]:
        return resolve_plain(text)
    _check_tag(path, event)
    if tag == "!":
        return text
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
            _fail(path, event, f"{excerpt(text)} is not a valid {excerpt(tag.replace(_TAG, '!!'))[1:-1]} value")
    return text


def resolve_plain(text: str) -> Any:
    """The value of an untagged plain scalar: null, a boolean, a decimal whole number, a float or text."""
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if text[0] not in _NUMBER_START:  # text that is not empty, null or a boolean
        return text
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
        shown = excerpt(tag.replace(_TAG, "!!"))[1:-1]
        _fail(path, event, f"the YAML tag {shown} is not allowed: a profile holds plain data only")


def _fail(path: str, event: Any, message: str) -> NoReturn:
    position = _position(event)
    raise ProfileError(path, message, position.line, position.column)


def _not_unicode(text: str, at: int, path: str) -> ProfileError:
    line = line_at(text, at)
    return ProfileError(path, "the text holds a character that is not valid Unicode", line)


def _reader_at(error: yaml.reader.ReaderError, text: str) -> int:
    """Where in text the character a ReaderError names stands: libyaml counts UTF-8 bytes, PyYAML characters."""
    if _is_libyaml():
        return len(text.encode("utf-8", "surrogatepass")[: error.position].decode("utf-8", "ignore"))
    return int(error.position)


def _is_libyaml() -> bool:
    return getattr(yaml, PARSER, yaml.SafeLoader) is not yaml.SafeLoader


def _reader_error(error: yaml.reader.ReaderError, text: str, path: str) -> ProfileError:
    """A character YAML does not allow raw, at its line."""
    character = error.character if isinstance(error.character, int) else ord(str(error.character)[:1] or "?")
    at = _reader_at(error, text)
    if 0xD800 <= character <= 0xDFFF:
        return _not_unicode(text, at, path)
    line = line_at(text, at)
    kind = "control character" if unicodedata.category(chr(character)) == "Cc" else "character"
    return ProfileError(path, f"the {kind} U+{character:04X} is not allowed in a profile", line)


def _yaml_error(error: yaml.YAMLError, text: str, path: str) -> ProfileError:
    """PyYAML's own refusal (a syntax error, a character it does not allow) as a ProfileError."""
    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "is not valid YAML"
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        return ProfileError(path, f"not valid YAML: {problem}", line, column)
    if isinstance(error, yaml.reader.ReaderError):
        return _reader_error(error, text, path)
    return ProfileError(path, f"not valid YAML: {' '.join(str(error).split())}")


class _Builder:
    """Builds one document's plain data from the parser's events: one method per kind of event.

    The open lists and mappings are kept on a stack of its own, not on Python's, so no
    nesting makes the reader recurse; past MAX_DEPTH levels, or MAX_VALUES items, it refuses.
    """

    def __init__(self, path: str, top_keys: Collection[str] | None = None):
        self.path = path
        self.top_keys = frozenset(top_keys or ())
        # Whether the document is one asked for: at once when no keys are looked for.
        self.recognised = top_keys is None
        self.stack: list[YamlMap | YamlList] = []
        # For each open mapping, the key waiting for its value (None: a key comes next).
        self.pending_keys: list[tuple[str, Position] | None] = []
        self.root: Any = None
        self.documents = 0
        self.values = 0
        self.ended = False
        self.handlers: dict[type, Callable[[Any], None]] = {
            yaml.StreamStartEvent: self.ignore,
            yaml.DocumentEndEvent: self.ignore,
            yaml.StreamEndEvent: self.stream_end,
            yaml.DocumentStartEvent: self.document_start,
            yaml.AliasEvent: self.alias,
            yaml.ScalarEvent: self.scalar,
            yaml.MappingStartEvent: self.collection_start,
            yaml.SequenceStartEvent: self.collection_start,
            yaml.MappingEndEvent: self.collection_end,
            yaml.SequenceEndEvent: self.collection_end,
        }

    # -- the stream and its documents -------------------------------------------------------

    def ignore(self, event: Any) -> None:
        pass

    def stream_end(self, event: Any) -> None:
        self.ended = True

    def document_start(self, event: Any) -> None:
        self.documents += 1
        if self.documents > 1:
            _fail(self.path, event, "a profile is one YAML document, but a second one starts here")

    # -- nodes ----------------------------------------------------------------------------

    def alias(self, event: Any) -> None:
        _fail(self.path, event, f"YAML aliases (*{excerpt(event.anchor)[1:-1]}) are not allowed: write the value out")

    def _node(self, event: Any) -> None:
        """Every key, value, list and mapping: counted, and refused if it has an anchor."""
        self.values += 1
        if self.values > MAX_VALUES:
            _fail(
                self.path,
                event,
                f"the data holds more than {MAX_VALUES:,} items (keys, values, lists and mappings);"
                " a profile needs far fewer",
            )
        if event.anchor is not None:
            anchor = excerpt(event.anchor)[1:-1]
            _fail(self.path, event, f"YAML anchors (&{anchor}) are not allowed: write the value out")

    def _expects_key(self) -> bool:
        return bool(self.stack) and isinstance(self.stack[-1], YamlMap) and self.pending_keys[-1] is None

    def _root(self, event: Any) -> None:
        """The document's top node: when keys are looked for, anything but a mapping is not the document asked for."""
        if isinstance(event, yaml.ScalarEvent) and _scalar(event, self.path) is None:
            return  # a document of nothing: the caller tells an empty file from a null
        if not isinstance(event, yaml.MappingStartEvent):
            raise Unrecognised(A_LIST if isinstance(event, yaml.SequenceStartEvent) else A_VALUE, _position(event).line)

    def scalar(self, event: Any) -> None:
        if not self.recognised and not self.stack:
            self._root(event)
        self._node(event)
        if self._expects_key():
            self._key(event)
        else:
            self._place(_scalar(event, self.path), _position(event))

    def _key(self, event: Any) -> None:
        """A key of the innermost mapping: plain text, given once, not a merge key."""
        _check_tag(self.path, event)
        key = event.value
        owner = self.stack[-1]
        if key in owner:
            first = owner.positions[key].line
            _fail(self.path, event, f"duplicate key {excerpt(key)} (first given on line {first})")
        if key == "<<":
            _fail(self.path, event, "YAML merge keys (<<) are not allowed: write the values out")
        if not self.recognised and len(self.stack) == 1 and key in self.top_keys:
            self.recognised = True
        self.pending_keys[-1] = (key, _position(event))

    def collection_start(self, event: Any) -> None:
        """A mapping or a list opens: it goes on the stack, to be filled by the events up to its end."""
        if not self.recognised and not self.stack:
            self._root(event)
        self._node(event)
        if self._expects_key():
            _fail(self.path, event, "a key must be plain text, not a list or a mapping")
        _check_tag(self.path, event)
        if len(self.stack) >= MAX_DEPTH:
            _fail(self.path, event, f"the data is nested more than {MAX_DEPTH} levels deep")
        if isinstance(event, yaml.MappingStartEvent):
            self.stack.append(YamlMap(_position(event)))
            self.pending_keys.append(None)
        else:
            self.stack.append(YamlList(_position(event)))

    def collection_end(self, event: Any) -> None:
        finished = self.stack.pop()
        if isinstance(finished, YamlMap):
            self.pending_keys.pop()
        self._place(finished, finished.position)

    def _place(self, value: Any, position: Position) -> None:
        """Put a finished value in the innermost open list or mapping (or make it the document)."""
        if not self.stack:
            self.root = value
            return
        parent = self.stack[-1]
        if isinstance(parent, YamlList):
            parent.append(value)
            parent.positions.append(position)
            return
        pending = self.pending_keys[-1]
        assert pending is not None
        key, key_position = pending
        # A value is placed where its key stands: for a block value that is the line a
        # person looks for ("ranks:"), not the line below it.
        parent[key] = value
        parent.positions[key] = key_position
        self.pending_keys[-1] = None


def _parser(text: str, path: str) -> Any:
    """PyYAML's parser (PARSER, or the pure-Python one) over text."""
    parser_class: Any = getattr(yaml, PARSER, yaml.SafeLoader)
    return parser_class(text)  # may raise UnicodeEncodeError (libyaml) or ReaderError (pure Python) at once


def _refused_character(error: Exception, text: str) -> int | None:
    """Where the first character the parser refuses stands (a control, a lone surrogate), if that is the refusal."""
    if isinstance(error, UnicodeEncodeError):  # libyaml's parser: a lone surrogate cannot be encoded
        return error.start
    if isinstance(error, yaml.reader.ReaderError):
        return _reader_at(error, text)
    return None


def read_plain_yaml(text: str, path: str, top_keys: Collection[str] | None = None) -> Any:
    """Parse one YAML document of plain data; raise ProfileError on anything else.

    Returns ``None`` for a stream with no document (empty, or only comments). Given
    ``top_keys``, raises Unrecognised instead when the document is not a mapping that holds
    one of them at its top level, or fails before one of them is read.
    """
    builder = _Builder(path, top_keys)
    _read(text, path, builder, stop_when_recognised=False)
    if not builder.recognised and isinstance(builder.root, YamlMap):
        raise Unrecognised(NO_KEYS, builder.root.position.line)
    return builder.root


def recognises(text: str, top_keys: Collection[str]) -> bool:
    """Whether text starts as a YAML mapping holding one of top_keys at its top level (read only that far)."""
    builder = _Builder("", top_keys)
    with contextlib.suppress(Unrecognised, ProfileError):
        _read(text, "", builder, stop_when_recognised=True)
    return builder.recognised


def _read(text: str, path: str, builder: _Builder, stop_when_recognised: bool) -> None:
    """Feed the parser's events over text to builder, to the end (or until it recognises the document).

    A refusal before the document is recognised is Unrecognised, except for a character the
    parser refuses (it reads ahead, so it may stop at one far below the first key): then the
    text before that character decides whether the document is one asked for.
    """
    parser: Any = None
    # The values built are trees, never cycles, so Python's cycle collector has nothing to find
    # in them; paused, it does not walk them again and again as they grow (a quarter of the time
    # of a file of many mappings).
    collecting = gc.isenabled()
    gc.disable()
    try:
        parser = _parser(text, path)
        get_event, handlers = parser.get_event, builder.handlers
        while not builder.ended and not (stop_when_recognised and builder.recognised):
            event = get_event()
            handlers[type(event)](event)
    except (yaml.YAMLError, UnicodeEncodeError) as error:
        if isinstance(error, UnicodeEncodeError):
            problem = _not_unicode(text, error.start, path)
        else:
            problem = _yaml_error(error, text, path)
        if not builder.recognised:
            at = _refused_character(error, text)
            if at is None or not recognises(text[:at], builder.top_keys):
                raise Unrecognised(NOT_YAML, problem.line) from None
        raise problem from None
    except ProfileError as refusal:
        if not builder.recognised:
            raise Unrecognised(NOT_PLAIN, refusal.line) from None
        raise
    finally:
        if parser is not None:
            parser.dispose()
        if collecting:
            gc.enable()
