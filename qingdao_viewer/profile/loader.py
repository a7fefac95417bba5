"""Load and validate a `gii-cluster-profile/1` file into a ClusterProfile.

Every refusal is a ProfileError naming the file, the line and what to change, so a person
can fix the file; nothing else escapes. The format is documented in docs/profile-format.md.
"""

from __future__ import annotations

import errno
import math
import os
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from qingdao_viewer.profile import text_rules
from qingdao_viewer.profile.errors import ProfileError, excerpt, excerpt_around
from qingdao_viewer.profile.forms import (
    FORMAT,
    TOP_KEYS,
    TOP_OPTIONAL,
    TOP_REQUIRED,
    holds_profile_text,
    is_yaml_profile,
    looks_like_profile_text,
    not_a_profile,
)
from qingdao_viewer.profile.model import (
    ClusterProfile,
    Collaboration,
    FieldShare,
    FoundProfile,
    Patents,
    Period,
    Periods,
    PerMillion,
    Publications,
    RankedCount,
    Ranks,
    Source,
)
from qingdao_viewer.profile.plain_yaml import Position, Unrecognised, YamlList, YamlMap, read_plain_yaml
from qingdao_viewer.profile.text_rules import (
    check_line_breaks,
    check_size,
    check_text_size,
    find_control_character,
    invisible_name,
)

__all__ = ["FORMAT", "load_profile", "parse_any_profile", "parse_any_profiles", "parse_profile", "read_profile_text"]

T = TypeVar("T")


class _Reader:
    """Validates one file's plain data, reporting problems at their line."""

    def __init__(self, path: str):
        self.path = path

    def fail(self, where: Position, message: str) -> NoReturn:
        raise ProfileError(self.path, message, where.line, where.column)

    # -- containers ---------------------------------------------------------------------

    def mapping(
        self,
        value: Any,
        where: Position,
        name: str,
        required: Iterable[str],
        optional: Iterable[str] = (),
    ) -> YamlMap:
        """Check that value is a mapping with exactly the known keys."""
        if not isinstance(value, YamlMap):
            self.fail(where, f"{name} must be a mapping of keys to values, got {_describe(value)}")
        required = tuple(required)
        known = required + tuple(optional)
        for key in value:
            if key not in known:
                import difflib  # only on this error path

                close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
                hint = f"; did you mean {close[0]!r}?" if close else f"; known keys: {', '.join(known)}"
                self.fail(value.positions[key], f"unknown key {excerpt(_join(name, key))}{hint}")
        for key in required:
            if key not in value:
                self.fail(where, f"{_join(name, key)} is missing")
        return value

    def sequence(self, owner: YamlMap, key: str, name: str) -> YamlList:
        value = owner[key]
        if not isinstance(value, YamlList):
            self.fail(owner.positions[key], f"{name} must be a list, got {_describe(value)}")
        return value

    # -- scalars ------------------------------------------------------------------------

    def whole(self, value: Any, where: Position, name: str, minimum: int = 0, maximum: int | None = None) -> int:
        """A whole number written as one (not text, a float or a boolean) within bounds."""
        bounds = f">= {minimum}" if maximum is None else f"from {minimum} to {maximum}"
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(where, f"{name} must be a whole number {bounds}, got {_describe(value)}")
        if value < minimum or (maximum is not None and value > maximum):
            self.fail(where, f"{name} must be a whole number {bounds}, got {value}")
        return value

    def text(self, value: Any, where: Position, name: str) -> str:
        """Non-empty single-line text with no control characters, showing something (not only invisible characters)."""
        if not isinstance(value, str):
            hint = " (put it in quotes)" if isinstance(value, (int, float, bool)) else ""
            self.fail(where, f"{name} must be text, got {_describe(value)}{hint}")
        if not value.strip():
            self.fail(where, f"{name} must not be empty")
        control = find_control_character(value)
        if control:
            self.fail(
                where,
                f"{name} must not contain control characters, found U+{ord(control.group()):04X}"
                f" in {excerpt_around(value, control.start())}",
            )
        invisible = invisible_name(value)
        if invisible is not None:
            self.fail(where, f"{name} must not be empty: it holds only invisible characters, {invisible}")
        return value

    # -- helpers reading a key of a mapping ---------------------------------------------

    def whole_at(self, owner: YamlMap, key: str, name: str, minimum: int = 0, maximum: int | None = None) -> int:
        return self.whole(owner[key], owner.positions[key], _join(name, key), minimum, maximum)

    def optional_whole_at(self, owner: YamlMap, key: str, name: str, minimum: int = 0) -> int | None:
        if owner.get(key) is None:
            return None
        return self.whole_at(owner, key, name, minimum)

    def text_at(self, owner: YamlMap, key: str, name: str) -> str:
        return self.text(owner[key], owner.positions[key], _join(name, key))

    def optional(self, owner: YamlMap, key: str, read: Callable[[YamlMap, str], T]) -> T | None:
        """Read key if present and not null; a missing or null optional value is None."""
        if key not in owner or owner[key] is None:
            return None
        return read(owner, key)


def _join(name: str, key: str) -> str:
    return f"{name}.{key}" if name else key


def _describe(value: Any) -> str:
    """Name a wrong value the way the file shows it."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, int):
        return f"the number {value}"
    if isinstance(value, float):
        return f"the number {value!r}" if math.isfinite(value) else f"{value!r}"
    if isinstance(value, str):
        return f"the text {excerpt(value)}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__  # pragma: no cover - plain_yaml makes nothing else


# -- the profile's parts ------------------------------------------------------------------


def _source(reader: _Reader, owner: YamlMap, key: str) -> Source:
    block = reader.mapping(
        owner[key], owner.positions[key], key, ("title", "publisher", "license"), ("copyright", "doi", "url")
    )

    def optional_text(name: str) -> str | None:
        return reader.optional(block, name, lambda m, k: reader.text_at(m, k, key))

    return Source(
        title=reader.text_at(block, "title", key),
        publisher=reader.text_at(block, "publisher", key),
        license=reader.text_at(block, "license", key),
        copyright=optional_text("copyright"),
        doi=optional_text("doi"),
        url=optional_text("url"),
    )


def _ranks(reader: _Reader, owner: YamlMap) -> Ranks:
    block = reader.mapping(
        owner["ranks"], owner.positions["ranks"], "ranks", ("size",), ("intensity", "in_economy", "economy_clusters")
    )

    def rank(name: str) -> int | None:
        return reader.optional(block, name, lambda m, k: reader.whole_at(m, k, "ranks", minimum=1))

    in_economy, economy_clusters = rank("in_economy"), rank("economy_clusters")
    if (in_economy is None) != (economy_clusters is None):
        given, missing = (
            ("in_economy", "economy_clusters") if in_economy is not None else ("economy_clusters", "in_economy")
        )
        reader.fail(block.positions[given], f"ranks.{given} needs ranks.{missing} beside it")
    if in_economy is not None and economy_clusters is not None and in_economy > economy_clusters:
        reader.fail(
            block.positions["in_economy"],
            f"ranks.in_economy ({in_economy}) cannot be above ranks.economy_clusters ({economy_clusters})",
        )
    return Ranks(
        size=reader.whole_at(block, "size", "ranks", minimum=1),
        intensity=rank("intensity"),
        in_economy=in_economy,
        economy_clusters=economy_clusters,
    )


def _per_million(reader: _Reader, owner: YamlMap) -> PerMillion:
    keys = ("pct_applications", "scientific_articles")
    block = reader.mapping(owner["per_million"], owner.positions["per_million"], "per_million", keys)
    return PerMillion(*(reader.whole_at(block, key, "per_million") for key in keys))


def _periods(reader: _Reader, owner: YamlMap) -> Periods:
    if owner.get("periods") is None:
        return Periods()
    keys = ("pct_applications", "scientific_articles")
    block = reader.mapping(owner["periods"], owner.positions["periods"], "periods", (), keys)

    def period(m: YamlMap, key: str) -> Period:
        name = f"periods.{key}"
        pair = reader.sequence(m, key, name)
        if len(pair) != 2:
            reader.fail(pair.position, f"{name} must be [first year, last year], got {len(pair)} values")
        first, last = (reader.whole(year, pair.positions[index], name, 1000, 9999) for index, year in enumerate(pair))
        if first > last:
            reader.fail(pair.position, f"{name} starts after it ends: [{first}, {last}]")
        return Period(first, last)

    return Periods(*(reader.optional(block, key, period) for key in keys))


def _check_ranks_and_shares(reader: _Reader, rows: YamlList, name: str, ranks: list[int], shares: list[int]) -> None:
    for index in range(1, len(ranks)):
        if ranks[index] < ranks[index - 1]:
            reader.fail(
                rows.positions[index],
                f"{name}[{index}].rank ({ranks[index]}) comes after rank {ranks[index - 1]}: list rows in rank order",
            )
    # Each share is rounded to a whole percent, so each may be up to 0.5 above its true value.
    total = sum(shares)
    if total > 100 + 0.5 * len(shares):
        reader.fail(
            rows.position, f"the shares of {name} add up to {total}%, more than 100% even allowing for rounding"
        )


def _ranked_counts(reader: _Reader, owner: YamlMap, key: str, section: str) -> tuple[RankedCount, ...]:
    name = f"{section}.{key}"
    rows = reader.sequence(owner, key, name)
    if not rows:
        reader.fail(rows.position, f"{name} must list at least one row")
    result = []
    for index, row in enumerate(rows):
        where = rows.positions[index]
        row_name = f"{name}[{index}]"
        block = reader.mapping(row, where, row_name, ("name", "count", "share"), ("rank",))
        rank = reader.optional_whole_at(block, "rank", row_name, minimum=1)
        result.append(
            RankedCount(
                rank=index + 1 if rank is None else rank,
                name=reader.text_at(block, "name", row_name),
                count=reader.whole_at(block, "count", row_name),
                share=reader.whole_at(block, "share", row_name, 0, 100),
            )
        )
    _check_ranks_and_shares(reader, rows, name, [r.rank for r in result], [r.share for r in result])
    return tuple(result)


def _field_shares(reader: _Reader, owner: YamlMap, section: str) -> tuple[FieldShare, ...]:
    if owner.get("top_fields") is None:
        return ()
    name = f"{section}.top_fields"
    rows = reader.sequence(owner, "top_fields", name)
    result = []
    for index, row in enumerate(rows):
        where = rows.positions[index]
        row_name = f"{name}[{index}]"
        block = reader.mapping(row, where, row_name, ("field", "share"), ("rank",))
        rank = reader.optional_whole_at(block, "rank", row_name, minimum=1)
        result.append(
            FieldShare(
                rank=index + 1 if rank is None else rank,
                field=reader.text_at(block, "field", row_name),
                share=reader.whole_at(block, "share", row_name, 0, 100),
            )
        )
    _check_ranks_and_shares(reader, rows, name, [r.rank for r in result], [r.share for r in result])
    return tuple(result)


def _collaboration(reader: _Reader, owner: YamlMap, section: str) -> Collaboration:
    name = f"{section}.collaboration"
    block = reader.mapping(owner["collaboration"], owner.positions["collaboration"], name, ("share", "top_locations"))
    locations = reader.sequence(block, "top_locations", f"{name}.top_locations")
    return Collaboration(
        share=reader.whole_at(block, "share", name, 0, 100),
        top_locations=tuple(
            reader.text(location, locations.positions[index], f"{name}.top_locations[{index}]")
            for index, location in enumerate(locations)
        ),
    )


def _patents(reader: _Reader, owner: YamlMap) -> Patents:
    block = reader.mapping(
        owner["patents"], owner.positions["patents"], "patents", ("top_applicants", "collaboration"), ("top_fields",)
    )
    return Patents(
        top_applicants=_ranked_counts(reader, block, "top_applicants", "patents"),
        top_fields=_field_shares(reader, block, "patents"),
        collaboration=_collaboration(reader, block, "patents"),
    )


def _publications(reader: _Reader, owner: YamlMap) -> Publications:
    block = reader.mapping(
        owner["publications"],
        owner.positions["publications"],
        "publications",
        ("top_organizations", "collaboration"),
        ("top_fields",),
    )
    return Publications(
        top_organizations=_ranked_counts(reader, block, "top_organizations", "publications"),
        top_fields=_field_shares(reader, block, "publications"),
        collaboration=_collaboration(reader, block, "publications"),
    )


def parse_profile(text: str, path: str) -> ClusterProfile:
    """Build a profile from a file's YAML text; ``path`` only names the file in errors.

    Text that is not a YAML mapping with one of the format's keys is refused as not a profile,
    quoting nothing of it.
    """
    check_text_size(text, path)
    check_line_breaks(text, path)
    try:
        data = _plain_data(text, path)
    except Unrecognised as unrecognised:
        raise not_a_profile(path, unrecognised.found, unrecognised.line) from None
    return _profile(_Reader(path), data)


def _plain_data(text: str, path: str) -> YamlMap:
    """The YAML's top-level mapping (raises Unrecognised for YAML that is no profile's)."""
    data = read_plain_yaml(text, path, TOP_KEYS)
    if data is None:
        has_content = any(
            line.strip() not in ("", "---", "...") and not line.lstrip().startswith("#") for line in text.splitlines()
        )
        if has_content:
            raise Unrecognised("nothing (null)", 1)
        raise ProfileError(path, "holds no profile: the file is empty or only comments", 1)
    assert isinstance(data, YamlMap)  # read_plain_yaml gives nothing else with top_keys
    return data


def _profile(reader: _Reader, data: YamlMap) -> ClusterProfile:
    if "format" in data:
        found = data["format"]
        if found != FORMAT:
            reader.fail(data.positions["format"], f"format must be {FORMAT!r}, got {_describe(found)}")
    top = reader.mapping(data, data.position, "", TOP_REQUIRED, TOP_OPTIONAL)
    return ClusterProfile(
        cluster=reader.text_at(top, "cluster", ""),
        economy=reader.text_at(top, "economy", ""),
        year=reader.whole_at(top, "year", "", 1000, 9999),
        source=reader.optional(top, "source", lambda m, k: _source(reader, m, k)),
        ranks=_ranks(reader, top),
        per_million=_per_million(reader, top),
        periods=_periods(reader, top),
        patents=_patents(reader, top),
        publications=_publications(reader, top),
    )


# Opened for reading only, without waiting (a FIFO with no writer, a device), without becoming
# the process's terminal, and not inherited by a child process. O_NONBLOCK changes nothing for
# a regular file, and nothing but a regular file is read.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_READ_CHUNK = 1 << 20


def _not_a_file(mode: int) -> str:
    """Why a file of this mode is not read: it is not a regular file, and may never end or never answer."""
    if stat.S_ISDIR(mode):
        return "is a folder, not a profile file"
    kind = (
        "a named pipe (FIFO)"
        if stat.S_ISFIFO(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else ""
    )
    return f"is {kind}, not a regular file" if kind else "is not a regular file"


def _read_at_most(descriptor: int, size: int) -> bytes:
    """Up to size bytes from an open file, fewer only at its end."""
    chunks: list[bytes] = []
    left = size
    while left > 0:
        chunk = os.read(descriptor, min(left, _READ_CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _open_error(error: OSError, path: Path, name: str) -> ProfileError:
    if isinstance(error, FileNotFoundError):
        return ProfileError(name, "no such file")
    if isinstance(error, (IsADirectoryError, PermissionError)) and os.path.isdir(path):
        return ProfileError(name, "is a folder, not a profile file")  # Windows cannot open a folder as a file
    if isinstance(error, PermissionError):
        return ProfileError(name, "cannot be read: permission denied")
    if error.errno == errno.ENXIO:  # a socket, or a device with nothing behind it: nothing was opened
        return ProfileError(name, "is not a regular file")
    return ProfileError(name, f"cannot be read: {error.strerror or error}")


def _file_bytes(path: Path, name: str) -> bytes:
    """The bytes of a regular file of at most the size limit (and one more, to tell one past it).

    What is checked is what was opened (fstat of the open descriptor, not a stat of the path
    before it): a FIFO or a device put in the file's place between a look and the open is
    refused all the same, and opening never waits for one.
    """
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except ValueError:
        raise ProfileError(name, "is not a valid file path") from None
    except OSError as error:
        raise _open_error(error, path, name) from None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise ProfileError(name, _not_a_file(info.st_mode))
        check_size(info.st_size, name)
        return _read_at_most(descriptor, text_rules.MAX_PROFILE_BYTES + 1)
    except OSError as error:
        raise ProfileError(name, f"cannot be read: {error.strerror or error}") from None
    finally:
        os.close(descriptor)


def read_profile_text(path: Path) -> str:
    """Read a profile file as text, refusing what is not a small UTF-8 regular file (without ever waiting)."""
    name = str(path)
    raw = _file_bytes(path, name)
    limit = text_rules.MAX_PROFILE_BYTES
    if len(raw) > limit:  # it grew after fstat measured it
        raise ProfileError(name, f"is over {limit:,} bytes, the most a profile may be")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _not_utf8(raw, error, name) from None
    return text.removeprefix("\ufeff")


def _not_utf8(raw: bytes, error: UnicodeDecodeError, name: str) -> ProfileError:
    """Bytes that are not UTF-8: in what starts as a profile, a mistake at its line; else no profile at all."""
    line = text_rules.line_at(raw, error.start)
    before = raw[: error.start].decode("utf-8").removeprefix("\ufeff")
    if holds_profile_text(before) or is_yaml_profile(before):
        return ProfileError(name, f"is not UTF-8 text: byte 0x{raw[error.start]:02X} cannot be decoded", line)
    return not_a_profile(name, f"bytes that are not UTF-8 text (byte 0x{raw[error.start]:02X})", line)


def parse_any_profile(text: str, path: str) -> ClusterProfile:
    """A profile from either form: published profile text, or gii-cluster-profile/1 YAML.

    The form is told by the text's structure (forms.py), never by the file's name: text that
    opens as the template does is profile text; else YAML with one of the format's keys at its
    top level is YAML; else text holding the template's header line anywhere (after a browser's
    navigation, say) is profile text, read from the header that opens a profile, or refused
    after the first header; anything else is not a profile at all, refused quoting nothing of
    it. Text over the size limit is refused before either reads it. Profile text holding
    several profiles gives its first (``parse_any_profiles`` gives them all).
    """
    check_text_size(text, path)
    check_line_breaks(text, path)
    if _is_text(text):
        return _profile_text(text, path)
    return _yaml_profile(text, path)


def parse_any_profiles(text: str, path: str) -> list[FoundProfile]:
    """Every profile a text holds, in order, each with the line it starts on and it or its refusal.

    Told apart as parse_any_profile tells them: YAML holds one profile (at line 1; a mistake
    in it is raised), profile text any number (profile_text.find_profile_texts). Raises
    ProfileError when the text is no profile at all, is too large or holds an odd line break.
    """
    check_text_size(text, path)
    check_line_breaks(text, path)
    if _is_text(text):
        from qingdao_viewer.profile.profile_text import read_profile_texts

        return read_profile_texts(text, path)
    return [FoundProfile(1, _yaml_profile(text, path), None)]


def _is_text(text: str) -> bool:
    """Whether text is read as profile text (parse_any_profile's words): its opening, or a header and no YAML."""
    return looks_like_profile_text(text) or (holds_profile_text(text) and not is_yaml_profile(text))


def _yaml_profile(text: str, path: str) -> ClusterProfile:
    try:
        data = _plain_data(text, path)
    except Unrecognised as unrecognised:
        raise not_a_profile(path, unrecognised.found, unrecognised.line) from None
    return _profile(_Reader(path), data)


def _profile_text(text: str, path: str) -> ClusterProfile:
    # The text reader is imported only for text: YAML profiles (nearly all) load without it.
    from qingdao_viewer.profile.profile_text import read_profile_text_form

    return read_profile_text_form(text, path)


def load_profile(path: str | os.PathLike[str]) -> ClusterProfile:
    """Load a profile file (YAML or profile text); raise ProfileError (and only that) when it cannot be used."""
    path = Path(path)
    return parse_any_profile(read_profile_text(path), str(path))
