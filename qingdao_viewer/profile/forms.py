"""Which of its two forms a profile is in, told by its structure: YAML, or the published text (no Qt).

Never by the file's name, nor by a phrase inside a comment:

- **Profile text** follows WIPO's template: the header ``Global Innovation Index YYYY`` as a
  line of its own, then the title line ``<cluster>, <economy>``, then the first sentence
  ``<cluster> is the <rank>-ranked cluster`` (blank lines between them, copying's marks on
  them; the sentence is not a ``#`` line, as a YAML comment would be).
  ``looks_like_profile_text`` tells that opening at the text's start. A browser's copy of a
  web page brings lines around it (site navigation, breadcrumbs, a cookie banner, a footer):
  ``profile_openings`` finds every header that opens a profile anywhere in a text (the title
  may be missing or broken: the header and the first sentence tell it), so a profile is found
  by its template, not by its place, and a text may hold several. A header line followed by
  anything else (a menu's "Global Innovation Index 2024" item) opens nothing.
- **YAML** is a mapping with one of the format's top-level keys (``format``, ``cluster``, ...)
  at its top level: ``is_yaml_profile``. A YAML file whose comments copy the template's
  opening is still YAML: its sentence is a comment.
- Anything else is **not a profile** (a credentials file, an image, a web page) and is refused
  as such, quoting nothing of it: ``not_a_profile``. A file that starts with the header but
  breaks the template later, or a YAML mapping with a profile key but wrong values, is a
  profile with a mistake, refused at the mistake's line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from qingdao_viewer.profile.errors import ProfileError
from qingdao_viewer.profile.plain_yaml import recognises

FORMAT = "gii-cluster-profile/1"
TOP_REQUIRED = ("format", "cluster", "economy", "year", "ranks", "per_million", "patents", "publications")
TOP_OPTIONAL = ("source", "periods")
TOP_KEYS = frozenset(TOP_REQUIRED + TOP_OPTIONAL)

NOT_A_PROFILE = (
    f"not a GII cluster profile: expected a YAML mapping with format: {FORMAT}, or a profile's published text"
)
NOT_PROFILE_TEXT = (
    "not a GII cluster profile's published text: expected its header line, 'Global Innovation Index <year>'"
)
YAML_NOT_TEXT = (
    f"holds a YAML profile ({FORMAT}), not a profile's published text: save it as a .yaml file and open that"
)

_LINE_END = re.compile(r"\r\n|\r|\n")
_SPACE = re.compile(r"[^\S\t]")  # what remains of Unicode whitespace once controls are refused
# A thin or narrow no-break space between digit groups is a thousands separator as typesetting
# prints it (1\u202f742): read as the comma the source prints. Not before a "%": 1\u2009100% is
# a count and a share. Other spaces between figures are column gaps and stay so.
_THIN_GROUPS = re.compile(r"(?<![0-9,])[0-9]{1,3}(?:[\u2009\u202f][0-9]{3})+(?![0-9,]|[ \t\u00a0\u2009\u202f]*%)")
# Spaces a browser or a typesetter puts between a figure and its "%" ("11 %", "11\u00a0%"), or a
# tab where the sign was copied as a cell of its own ("11\t%").
_SPACED_PERCENT = re.compile(r"(?<=[0-9])[ \t]+%")
_GAP = re.compile(r"[ \t]{2,}")
_HEADING_MARK = re.compile(r"#+(?:[ \t]+|\Z)")
HEADER = re.compile(r"[#* \t]*Global[ \t]+Innovation[ \t]+Index[ \t]+([0-9]{4})[#* \t]*")
_FIRST_SENTENCE = re.compile(r"\S is the \S+?-ranked cluster")
# The header is a short line; a longer one, however it is padded, is not it (and is not normalized to see).
_HEADER_MOST = 1000
_SENTENCE_LINES = 8  # lines of the first sentence looked at, at most
_SENTENCE_CHARACTERS = 2000  # and characters


def normal_line(raw: str) -> str:
    """A line of profile text with copying's marks undone: bold marks, heading marks, odd and repeated spaces."""
    if raw.startswith("\ufeff") and raw.lstrip("\ufeff \t#*").startswith("Global"):
        raw = raw.lstrip("\ufeff")  # a header's byte order mark, where copied files were joined
    if "\u2009" in raw or "\u202f" in raw:
        raw = _THIN_GROUPS.sub(lambda group: re.sub("[\u2009\u202f]", ",", group.group()), raw)
    line = _SPACE.sub(" ", raw).replace("**", "")
    if "%" in line:
        line = _SPACED_PERCENT.sub("%", line)
    # Runs of blanks are column gaps or copying's padding: one tab keeps the gap and the search linear.
    line = _GAP.sub("\t", line).strip(" \t")
    if line.startswith("#"):
        line = _HEADING_MARK.sub("", line, count=1).strip(" \t")
    return line


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """The text's lines (ended by LF, CR LF or CR) with their numbers, read only as far as they are asked for."""
    start, number = 0, 1
    for end in _LINE_END.finditer(text):
        yield number, text[start : end.start()]
        start, number = end.end(), number + 1
    yield number, text[start:]


def _non_blank(lines: Iterator[tuple[int, str]]) -> tuple[int, str] | None:
    for number, raw in lines:
        if raw.strip():
            return number, raw
    return None


def _is_title(line: str) -> bool:
    """Whether a line reads as the title "<cluster>, <economy>" (and not as the first sentence)."""
    cluster, comma, economy = line.partition(",")
    return bool(comma and cluster.strip() and economy.strip()) and "-ranked" not in line


def _is_header(raw: str) -> bool:
    return "Index" in raw and len(raw) <= _HEADER_MOST and HEADER.fullmatch(normal_line(raw)) is not None


def header_line(text: str) -> int | None:
    """The number of the first line that is not blank, if that line is the template's header; else None."""
    first = _non_blank(_lines(text.removeprefix("\ufeff")))
    if first is None or not _is_header(first[1]):
        return None
    return first[0]


def starts_like_profile_text(text: str) -> bool:
    """Whether text starts with the template's header line: from there on it is read as profile text."""
    return header_line(text) is not None


def looks_like_profile_text(text: str) -> bool:
    """Whether text opens as the template does: the header, the title line and the first sentence."""
    lines = _lines(text.removeprefix("\ufeff"))
    header = _non_blank(lines)
    if header is None or not _is_header(header[1]):
        return False
    title = _non_blank(lines)
    if title is None or not _is_title(normal_line(title[1])):
        return False
    first = _non_blank(lines)
    if first is None or first[1].lstrip(" \t*\xa0").startswith("#"):  # a YAML comment, not a sentence
        return False
    sentence = [first[1]]
    for _, raw in lines:
        if not raw.strip() or len(sentence) >= _SENTENCE_LINES:
            break
        sentence.append(raw)
    words = " ".join(" ".join(sentence)[:_SENTENCE_CHARACTERS].split())
    return _FIRST_SENTENCE.search(words) is not None


def split_lines(text: str) -> list[str]:
    """The text's lines, ended by LF, CR LF or CR (a byte order mark at its start removed)."""
    return _LINE_END.split(text.removeprefix("\ufeff"))


def _opens_at(lines: list[str], header: int, next_filled: list[int]) -> bool:
    """Whether the header at lines[header] opens a profile: the first sentence follows, the title between.

    The title may be missing or broken (the reader then says so at its line); a first sentence
    in a ``#`` line is a YAML comment, not a sentence. At most a few lines are looked at.
    """
    at = next_filled[header + 1]
    if at >= len(lines):
        return False
    if _is_title(normal_line(lines[at][:_SENTENCE_CHARACTERS])):
        at = next_filled[at + 1]
        if at >= len(lines):
            return False
    sentence = []
    for raw in lines[at : at + _SENTENCE_LINES]:
        # The sentence ends at a blank line; a "#" line (a YAML comment) or a header is no part of it.
        if not raw.strip() or raw.lstrip(" \t*\xa0").startswith("#") or _is_header(raw):
            break
        sentence.append(raw[:_SENTENCE_CHARACTERS])
    words = " ".join(" ".join(sentence)[:_SENTENCE_CHARACTERS].split())
    return _FIRST_SENTENCE.search(words) is not None


def profile_openings(lines: list[str]) -> list[int]:
    """The indexes of the header lines that open a profile (see the module's words), in order; linear in lines.

    Each header looks ahead at a bounded number of lines; blank runs are skipped in one step.
    """
    next_filled = [len(lines)] * (len(lines) + 1)  # the first line at or after i that is not blank
    for index in range(len(lines) - 1, -1, -1):
        next_filled[index] = index if lines[index].strip() else next_filled[index + 1]
    return [index for index, raw in enumerate(lines) if _is_header(raw) and _opens_at(lines, index, next_filled)]


_SENTENCE_CLUSTER = re.compile(r"(?P<cluster>\S.*?) is the \S+?-ranked cluster")


def headerless_openings(lines: list[str]) -> list[int]:
    """The indexes of title lines that open a profile with no header line before them; linear in lines.

    A title ``<cluster>, <economy>`` whose next line that is not blank is the first sentence
    naming that cluster, the line before it (blank lines aside) no header: a profile copied
    from its title down. It cannot be read (its edition is the header's), but among other
    profiles it is refused at its title rather than passed over as noise.
    """
    found = []
    previous = -1  # the last line before this one that is not blank
    next_filled = [len(lines)] * (len(lines) + 1)
    for index in range(len(lines) - 1, -1, -1):
        next_filled[index] = index if lines[index].strip() else next_filled[index + 1]
    for index, raw in enumerate(lines):
        if not raw.strip():
            continue
        title = normal_line(raw[:_SENTENCE_CHARACTERS]) if "," in raw else ""
        if title and _is_title(title) and not (previous >= 0 and _is_header(lines[previous])):
            at = next_filled[index + 1]
            if at < len(lines) and not lines[at].lstrip(" \t*\xa0").startswith("#"):
                words = " ".join(normal_line(lines[at][:_SENTENCE_CHARACTERS]).split())
                sentence = _SENTENCE_CLUSTER.match(words)
                if sentence is not None and " ".join(title.split()).startswith(sentence.group("cluster") + ", "):
                    found.append(index)
        previous = index
    return found


def first_header(lines: list[str]) -> int | None:
    """The index of the first line that is the template's header, opening a profile or not."""
    return next((index for index, raw in enumerate(lines) if _is_header(raw)), None)


def holds_profile_text(text: str) -> bool:
    """Whether a template's header line is anywhere in text (after a browser's navigation, say)."""
    return first_header(split_lines(text)) is not None


def is_yaml_profile(text: str) -> bool:
    """Whether text is YAML whose top level is a mapping with one of the format's keys (read only that far)."""
    return recognises(text, TOP_KEYS)


def not_a_profile(path: str, found: str, line: int | None = None) -> ProfileError:
    """The refusal of a file that is no profile at all: what was expected and, in general terms, what was found."""
    return ProfileError(path, f"{NOT_A_PROFILE}; found {found}", line)
