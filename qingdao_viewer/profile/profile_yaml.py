"""Write a ClusterProfile as a `gii-cluster-profile/1` YAML document (docs/profile-format.md).

The text is written here, not by a YAML library, so it looks like data/qingdao-2024.yaml
(one ``- {name: ..., count: ..., share: ...}`` row per line) and so the quoting rule is one
this module can be sure of: a value is written plain only when it is plainly text to YAML
and to the loader; anything else is double-quoted with escapes for the characters YAML
cannot hold raw. ``parse_profile`` of the result gives the profile back, equal, for every
profile the loader can give.

``yaml.safe_dump`` cannot give this shape: it writes no comments, puts a row's ``-`` at its
key's indent, writes ``ranks`` in flow and ``collaboration`` in block style, and quotes by
PyYAML's YAML 1.1 rules rather than the loader's, so the names ``0881`` and ``1e3`` come out
plain and read back as numbers. One row a line is also compact: a profile read from a file
in this style is written back at about its size (the header comment aside), so it reads back
under the size limit (text_rules) too; the library checks before it keeps one.
"""

from __future__ import annotations

import re

from qingdao_viewer import APP_NAME, __version__
from qingdao_viewer.profile.loader import FORMAT
from qingdao_viewer.profile.model import ClusterProfile, Collaboration, FieldShare, Period, RankedCount, Source
from qingdao_viewer.profile.plain_yaml import resolve_plain

# Text written without quotes: a letter first, then letters, digits, spaces and a little
# punctuation that means nothing to YAML inside a value, and no space at either end or
# doubled. Block values (after "key: ") may also hold commas; flow values (in [...] or {...}) not.
_PLAIN_FLOW = re.compile(r"[^\W\d_](?:[\w.&'()/+\-–— ]*[\w.&'()/+\-–—])?")
_PLAIN_BLOCK = re.compile(r"[^\W\d_](?:[\w.,&'()/+\-–— ]*[\w.&'()/+\-–—])?")
# Characters YAML cannot hold raw in a double-quoted scalar, or would read as a line break or
# a byte order mark: written as escapes.
_ESCAPED = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def _escape(character: str) -> str:
    """YAML's \\xHH or \\uHHHH for a character that may not stand raw."""
    code = ord(character)
    if code <= 0xFF:
        return f"\\x{code:02X}"
    return f"\\u{code:04X}"


def _quoted(text: str) -> str:
    """A double-quoted YAML scalar, which can hold any text."""
    body = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + _ESCAPED.sub(lambda match: _escape(match.group()), body) + '"'


def _text(text: str, flow: bool = True) -> str:
    """Text as a YAML value: plain when nothing could read it otherwise, else double-quoted."""
    plain = _PLAIN_FLOW if flow else _PLAIN_BLOCK
    if plain.fullmatch(text) and "  " not in text and isinstance(resolve_plain(text), str):
        return text
    return _quoted(text)


def _comment(text: str) -> str:
    """Text for a comment line: YAML refuses some characters even in comments, so they are escaped."""
    return _ESCAPED.sub(lambda match: _escape(match.group()), text)


def _period(period: Period) -> str:
    return f"[{period.first}, {period.last}]"


def _ranked_rows(rows: tuple[RankedCount, ...]) -> list[str]:
    """One flow row per line; ranks are written only when a list has ties or gaps (else they are positions)."""
    ranked = any(row.rank != index for index, row in enumerate(rows, start=1))
    return [
        "    - {"
        + (f"rank: {row.rank}, " if ranked else "")
        + f"name: {_text(row.name)}, count: {row.count}, share: {row.share}"
        + "}"
        for row in rows
    ]


def _field_rows(rows: tuple[FieldShare, ...]) -> list[str]:
    ranked = any(row.rank != index for index, row in enumerate(rows, start=1))
    return [
        "    - {" + (f"rank: {row.rank}, " if ranked else "") + f"field: {_text(row.field)}, share: {row.share}" + "}"
        for row in rows
    ]


def _list(key: str, rows: list[str]) -> list[str]:
    if not rows:
        return [f"  {key}: []"]
    return [f"  {key}:", *rows]


def _fields(rows: tuple[FieldShare, ...]) -> list[str]:
    if not rows:
        return ["  top_fields: []        # not given by the source"]
    return ["  top_fields:", *_field_rows(rows)]


def _collaboration(collaboration: Collaboration) -> str:
    locations = ", ".join(_text(location) for location in collaboration.top_locations)
    return f"  collaboration: {{share: {collaboration.share}, top_locations: [{locations}]}}"


def _source(source: Source) -> list[str]:
    lines = ["source:"]
    for key in ("title", "publisher", "license", "copyright", "doi", "url"):
        value = getattr(source, key)
        if value is not None:
            lines.append(f"  {key}: {_text(value, flow=False)}")
    return lines


def profile_to_yaml(profile: ClusterProfile, *, origin: str | None = None) -> str:
    """The profile as a `gii-cluster-profile/1` document; ``origin`` (a file name, say) goes in the header comment.

    Optional parts the profile does not give (source, periods, a rank) are left out, which
    the loader reads as not given; empty lists are written ``[]``.
    """
    made_from = f"from {origin}" if origin is not None else "from a cluster profile"
    lines = [
        _comment(f"# {profile.title}: GII {profile.year} science and technology cluster profile."),
        _comment(f"# Written by {APP_NAME} {__version__} {made_from}; the fields are described in"),
        "# docs/profile-format.md. Figures are as the source prints them.",
        f"format: {FORMAT}",
        f"cluster: {_text(profile.cluster, flow=False)}",
        f"economy: {_text(profile.economy, flow=False)}",
        f"year: {profile.year}",
    ]
    if profile.source is not None:
        lines += _source(profile.source)
    ranks = profile.ranks
    lines += ["ranks:", f"  size: {ranks.size}"]
    lines += [
        f"  {key}: {value}"
        for key, value in (
            ("intensity", ranks.intensity),
            ("in_economy", ranks.in_economy),
            ("economy_clusters", ranks.economy_clusters),
        )
        if value is not None
    ]
    lines += [
        "per_million:            # per 1 million inhabitants over the last five years, not totals",
        f"  pct_applications: {profile.per_million.pct_applications}",
        f"  scientific_articles: {profile.per_million.scientific_articles}",
    ]
    periods = [
        f"  {key}: {_period(period)}"
        for key, period in (
            ("pct_applications", profile.periods.pct_applications),
            ("scientific_articles", profile.periods.scientific_articles),
        )
        if period is not None
    ]
    if periods:
        lines += ["periods:", *periods]
    lines += [
        "patents:",
        *_list("top_applicants", _ranked_rows(profile.patents.top_applicants)),
        *_fields(profile.patents.top_fields),
        _collaboration(profile.patents.collaboration),
        "publications:",
        *_list("top_organizations", _ranked_rows(profile.publications.top_organizations)),
        *_fields(profile.publications.top_fields),
        _collaboration(profile.publications.collaboration),
    ]
    return "\n".join(lines) + "\n"
