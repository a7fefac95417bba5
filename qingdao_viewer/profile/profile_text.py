"""Read a GII S&T cluster profile as published text (as in tests/fixtures/qingdao-2024-profile.txt).

WIPO publishes one profile per cluster, all from one template: a header, a title, sentences
giving the ranks and the output per million inhabitants, two tables (top PCT applicants, top
publishing organizations), a "Top technology fields" part and two collaboration sentences.
People copy that text from a web page or a PDF, so the reader forgives what copying does
(CRLF, a byte order mark, ``**`` bold and ``#`` heading marks, non-breaking and stray spaces,
blank lines, spaces instead of tabs, sentences wrapped over lines) and refuses anything
else with the line and what it expected there: a figure is never guessed.

Accepted variants, and what is refused:

- Ranks in words (``eighth``, ``twenty-sixth``, up to ``hundredth``) or figures with the
  right suffix (``8th``, ``22nd``; ``22th`` is refused). "out of 1 ... cluster" may be
  singular. The "only cluster" phrasing some one-cluster economies might use is refused:
  its form is not known, and a rank is never inferred.
- Table rows are ``rank, name, count, share%`` separated by tabs or spaces; ties repeat a
  rank. Each table needs at least one row, as in the YAML format. The column header row
  (``Patents Share``, ``Articles Share``) may be left out.
- "Top technology fields" has a ``Patents`` and a ``Publications`` part, empty when the
  charts did not survive in the text (the usual case): empty tuples, never invented. Rows
  ``rank, field, share%`` under them are read as FieldShare rows; rows without a rank are
  refused.
- Collaboration locations are ``A``, ``A and B`` or ``A, B and C`` (any length, with or
  without a comma before "and"). A part that starts with a two-letter code (``MA``,
  ``DC–Baltimore``) belongs to the name before it, so US names such as
  ``Boston–Cambridge, MA`` stay whole; a name holding " and " cannot be told apart from
  two names and is split. "the top three collaborating locations" may say any number or
  none; it is not checked against the list. At least one location is needed.
- The source and the periods are not in the text: they come from the GII edition, known for
  2024 (``_EDITIONS``); for another year the source names that edition and the periods are
  left unknown (None).

Names keep their characters as printed, with runs of spaces made one space and ``**``
removed. Controls and bidirectional overrides are refused as in the YAML loader, and so are
names that show nothing (only invisible characters, text_rules.invisible_name).

- Spacing a browser or a typesetter puts in figures (forms.normal_line): "11 %" (any space,
  no-break, thin or narrow no-break) is read as "11%"; a thin or narrow no-break space between
  groups of three digits is a thousands separator ("2\u202f131" is 2,131), except before a
  "%". Other spaces between digits stay gaps between cells.

A profile is found by its template, not by its place (forms.profile_openings): a browser's
copy of the web page brings menus, breadcrumbs, a cookie banner and a footer around it. Each
header line ``Global Innovation Index YYYY`` followed by the first sentence opens a profile,
read from there up to the next opening at most; the lines before the first and after each
profile's last sentence are not read. A text may hold several profiles (find_profile_texts
gives each, with its line, or its refusal); one refused leaves the others read. Text holding
no header at all is refused as not a profile's text, quoting nothing of it (a paste may be
anything); a YAML profile is told apart and refused with a word on opening it as a file.
Within a profile, a refusal quotes at most an excerpt of the line, names the line of the whole
text, and says in words what belongs there.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise
from typing import NamedTuple, NoReturn

from qingdao_viewer.profile.errors import EXCERPT, ProfileError, excerpt, excerpt_around
from qingdao_viewer.profile.forms import (
    HEADER,
    NOT_PROFILE_TEXT,
    YAML_NOT_TEXT,
    first_header,
    headerless_openings,
    is_yaml_profile,
    looks_like_profile_text,
    normal_line,
    profile_openings,
    split_lines,
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
from qingdao_viewer.profile.plain_yaml import MAX_DIGITS
from qingdao_viewer.profile.text_rules import (
    check_line_breaks,
    check_text_size,
    find_control_character,
    invisible_name,
)


class _Edition(NamedTuple):
    """What a GII edition's methodology says, for the facts the profile text leaves out."""

    license: str
    doi: str | None
    periods: Periods


# The editions the app knows (docs/profile-format.md, ../shared/FACTS.md). Add a row per edition.
_EDITIONS: dict[int, _Edition] = {
    2024: _Edition("CC BY 4.0", "10.34667/tind.50062", Periods(Period(2019, 2023), Period(2018, 2022))),
}


def _source(year: int) -> Source:
    """The attribution for a year's edition; for an unknown edition, a pointer rather than a guessed licence."""
    edition = _EDITIONS.get(year)
    return Source(
        title=f"Global Innovation Index {year}, science and technology cluster profile",
        publisher="WIPO",
        license=edition.license if edition else f"the terms given in the Global Innovation Index {year}",
        copyright=f"© WIPO, {year}",
        doi=edition.doi if edition else None,
    )


# -- words and figures ------------------------------------------------------------------------

_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = (
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_TENTHS = ("twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth")


def _word_ordinals() -> dict[str, int]:
    """first ... hundredth, compounds hyphenated as printed (twenty-sixth)."""
    words = {word: number for number, word in enumerate(_UNITS + _TEENS, start=1)}
    for index, (tens, tenth) in enumerate(zip(_TENS, _TENTHS, strict=True)):
        base = 20 + 10 * index
        words[tenth] = base
        for unit, word in enumerate(_UNITS, start=1):
            words[f"{tens}-{word}"] = base + unit
    words["hundredth"] = words["one-hundredth"] = 100
    return words


_WORD_ORDINALS = _word_ordinals()
_FIGURE_ORDINAL = re.compile(r"([0-9]+)(st|nd|rd|th)", re.IGNORECASE)
_WHOLE = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+")
_PERCENT = re.compile(r"([0-9]+)%")


def _suffix(number: int) -> str:
    if 11 <= number % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def _shown(text: str) -> str:
    """Quote found text for a message: an excerpt, escaped and shortened, so the message stays one short line."""
    return excerpt(text)


def _named(name: str) -> str:
    """A name the text gave, inside a message's words: shortened as an excerpt is."""
    return name if len(name) <= EXCERPT else name[: EXCERPT - 1] + "…"


def _one_line(text: str) -> str:
    """Free text as one line: runs of whitespace (line breaks, tabs) become one space."""
    return " ".join(text.split())


# -- lines ------------------------------------------------------------------------------------

_BLANKS = re.compile(r"[ \t\n]*")
_HEADER_LINE = re.compile(HEADER.pattern + r"(?=\n|\Z)")


class _Control(NamedTuple):
    """A character a profile may not hold, found on a line: refused if that line is read as a profile's."""

    line: int
    message: str


def _normal_lines(lines: list[str], first: int) -> tuple[list[str], list[_Control]]:
    """Lines with copying's marks undone, and those holding control characters (not refused here).

    ``first`` is the number of ``lines[0]`` in the whole text. Lines of a browser's noise after
    a profile may hold anything; a control character is refused only if the line holding it is
    read as part of a profile (``_read_at``).
    """
    normal = []
    controls = []
    for number, raw in enumerate(lines, start=first):
        control = find_control_character(raw.replace("\t", " "))
        if control:
            around = excerpt_around(raw, control.start())
            message = f"expected text without control characters, found U+{ord(control.group()):04X} in {around}"
            controls.append(_Control(number, message))
        normal.append(normal_line(raw))
    return normal, controls


def _phrase(words: str) -> str:
    """A fixed phrase of a sentence: its words may be separated by any whitespace, line breaks too."""
    return r"\s+".join(re.escape(word) for word in words.split())


def _heading(words: str) -> re.Pattern[str]:
    """A heading: a whole line, in any case (PDFs often set headings in capitals)."""
    return re.compile(r"[ \t]+".join(re.escape(word) for word in words.split()) + r"(?=\n|\Z)", re.IGNORECASE)


_YEAR = r"\s+(?P<year>[^\s.]+)\.?(?=\s|\Z)"  # checked against the header's year

_INTRO_CLUSTER = re.compile(r"(?P<cluster>[^\n]+?)\s+is\s+the\s+")
_ONLY = re.compile(r"only\b")
_RANK_IN_ECONOMY = re.compile(r"(?P<rank>\S+?)-ranked\s+cluster,\s+")
_OUT_OF = re.compile(r"out\s+of\s+(?P<clusters>\S+)\s+(?:[^\n]*?\s)?clusters?,\s+")
_TOP_100 = re.compile(_phrase("that falls within the top 100 S&T clusters in") + _YEAR)
_FILED = re.compile(
    _phrase("It filed")
    + r"\s+(?P<pct>\S+)\s+"
    + _phrase("PCT applications and published")
    + r"\s+(?P<articles>\S+)\s+"
    + _phrase("scientific articles,")
)
_PER_MILLION = re.compile(_phrase("both per 1 million inhabitants over the last five years, making it the:"))
_SIZE = re.compile(r"(?P<rank>\S+)\s+" + _phrase("largest science and technology cluster in") + _YEAR)
_INTENSITY = re.compile(
    r"(?P<rank>\S+)\s+" + _phrase("S&T cluster by intensity (relative to population density) in") + _YEAR
)

_APPLICANTS = _heading("Top PCT applicants")
_APPLICANTS_COLUMNS = _heading("Patents Share")
_ORGANIZATIONS = re.compile(r"Top[ \t]+publishing[ \t]+organi[sz]ations(?=\n|\Z)", re.IGNORECASE)
_ORGANIZATIONS_COLUMNS = _heading("Articles Share")
_FIELDS = re.compile(r"Top[ \t]+technology[ \t]+fields[ \t]+in[ \t]+(?P<cluster>[^\n]+)", re.IGNORECASE)
_PATENTS = _heading("Patents")
_PUBLICATIONS = _heading("Publications")

_ROW_START = re.compile(r"[0-9]+[ \t](?![ \t]*%)")  # "2 % of ..." is a sentence, not a row
_RANKED_ROW = re.compile(r"(?P<rank>\S+)[ \t]+(?P<name>\S.*?)[ \t]+(?P<count>\S+)[ \t]+(?P<share>\S+)")
_FIELD_ROW = re.compile(r"(?P<rank>\S+)[ \t]+(?P<name>\S.*?)[ \t]+(?P<share>\S+)")
# How a message writes a row: its cells in order, apart by tabs or spaces.
_RANKED_CELLS = "'<rank>  <name>  <count>  <share>%'"
_RANKED_ROW_WHAT = f"row {_RANKED_CELLS}"
_FIELD_ROW_WHAT = "row '<rank>  <field>  <share>%'"

_SHARE_OF = re.compile(r"(?P<share>[^\s%]+)%\s+of\s+")
_PATENT_SENTENCE = "PCT patent applications are filed in collaboration with other inventors, with"
_PATENT_COLLABORATION = re.compile(_phrase(_PATENT_SENTENCE) + r"\s+")
# Locations may wrap over lines but not cross a blank line, which keeps the search linear.
_PATENT_LOCATIONS = re.compile(
    r"(?P<locations>(?:[^\n]|\n(?!\n))+?)\s+"
    + _phrase("emerging as the top collaborative")
    + r"\s+locations?\.?(?=\s|\Z)"
)
_ARTICLE_SENTENCE = (
    "scientific articles are published in collaboration with other organizations, "
    "with the top three collaborating locations being"
)
_ARTICLE_COLLABORATION = re.compile(
    _phrase("scientific articles are published in collaboration with other")
    + r"\s+organi[sz]ations,\s+with\s+the\s+top(?:\s+(?:one|two|three|four|five|[0-9]+))?"
    + r"\s+collaborating\s+locations?\s+being\s+"
)
# The last sentence ends at a full stop ending a line, or at a blank line or the end of the text.
_ARTICLE_LOCATIONS = re.compile(r"(?P<locations>(?:[^\n]|\n(?!\n))+?)(?:\.(?=\n|\Z)|(?=\n\n|\Z))")
_CODE_PART = re.compile(r"[A-Z]{2}(?:[-–—].*)?")


def _join_codes(parts: list[str]) -> list[str]:
    """Comma-separated parts of a list, a part starting with a two-letter code joined to the one before."""
    result: list[str] = []
    for part in (part.strip() for part in parts):
        if result and result[-1] and _CODE_PART.fullmatch(part):
            result[-1] = f"{result[-1]}, {part}"
        else:
            result.append(part)
    return result


class _TextReader:
    """Reads the template's parts in order, keeping a position in the text to name lines in errors.

    The text is held as its normalized lines joined by line feeds, so a position is also a
    line number (one line of the text per line here, blank ones included). ``lines`` are the
    lines from the profile's header to where the text could hold another profile's, and
    ``first`` the number of the header's line in the whole text: messages name lines of that.
    """

    def __init__(self, lines: list[str], path: str, first: int = 1):
        self.path = path
        self.first = first
        self.doc = "\n".join(lines)
        self.starts = [0]
        for line in lines[:-1]:
            self.starts.append(self.starts[-1] + len(line) + 1)
        self.pos = 0

    # -- position and errors --------------------------------------------------------------------

    def line_at(self, pos: int) -> int:
        return bisect_right(self.starts, pos) + self.first - 1

    def rest_of_line(self, pos: int) -> str:
        end = self.doc.find("\n", pos)
        return self.doc[pos : len(self.doc) if end < 0 else end]

    def fail(self, pos: int, expected: str, found: str | None = None) -> NoReturn:
        """Refuse at pos's line, saying what belongs there and what is there (by default the rest of its line)."""
        if found is None:
            rest = self.rest_of_line(pos)
            found = _shown(rest) if rest else "the end of the text" if pos >= len(self.doc) else "an empty line"
        raise ProfileError(self.path, f"expected {expected}, found {found}", self.line_at(pos))

    def skip_space(self) -> None:
        self.pos = _BLANKS.match(self.doc, self.pos).end()  # type: ignore[union-attr]  # matches anywhere

    def expect(self, pattern: re.Pattern[str], expected: str) -> re.Match[str]:
        """The next words of a sentence, which may go on on the same line or the next."""
        self.skip_space()
        match = pattern.match(self.doc, self.pos)
        if match is None:
            self.fail(self.pos, expected)
        self.pos = match.end()
        return match

    def expect_line(self, pattern: re.Pattern[str], expected: str) -> re.Match[str]:
        """A whole line (a header, a heading); patterns end at a line's end."""
        self.skip_space()
        if self.pos > 0 and self.doc[self.pos - 1] != "\n":
            self.fail(self.pos, f"{expected} on a line of its own")
        match = pattern.match(self.doc, self.pos)
        if match is None:
            self.fail(self.pos, expected)
        self.pos = match.end()
        return match

    def take_line(self) -> tuple[int, str]:
        """The rest of the current line, consumed, with where it starts."""
        start = self.pos
        line = self.rest_of_line(start)
        self.pos = start + len(line)
        return start, line

    def name(self, value: str, where: int, what: str) -> str:
        """A name as printed: it must show something, not be only invisible characters (or nothing)."""
        invisible = invisible_name(value)
        if not value or invisible is not None:
            found = f"only {invisible}" if invisible else "nothing"
            self.fail(where, f"{what} that shows (not only invisible characters)", found)
        return value

    # -- figures ----------------------------------------------------------------------------------

    def whole(self, token: str, where: int, what: str, minimum: int = 0) -> int:
        """A whole number as printed, with or without thousands separators."""
        if not _WHOLE.fullmatch(token) or len(token) > MAX_DIGITS:
            self.fail(where, f"{what} (a whole number such as 1,742)", _shown(token))
        value = int(token.replace(",", ""))
        if value < minimum:
            self.fail(where, f"{what} of at least {minimum}", _shown(token))
        return value

    def share(self, token: str, where: int, what: str) -> int:
        """A whole percentage as printed: '25%'."""
        percent = _PERCENT.fullmatch(token)
        if percent is None or len(percent.group(1)) > 3 or int(percent.group(1)) > 100:
            self.fail(where, f"{what} (a share from 0% to 100%, such as 25%)", _shown(token))
        return int(percent.group(1))

    def ordinal(self, token: str, where: int, what: str) -> int:
        """A rank in words (eighth, twenty-sixth) or in figures with their suffix (8th, 22nd)."""
        figure = _FIGURE_ORDINAL.fullmatch(token)
        if figure is not None and len(figure.group(1)) <= MAX_DIGITS:
            number = int(figure.group(1))
            if number < 1:
                self.fail(where, f"{what} of at least 1st", _shown(token))
            if figure.group(2).lower() != _suffix(number):
                self.fail(where, f"{what} written '{number}{_suffix(number)}'", _shown(token))
            return number
        word = _WORD_ORDINALS.get(token.lower())
        if word is None:
            self.fail(where, f"{what} in words or figures, such as 'eighth' or '8th'", _shown(token))
        return word

    def same_year(self, match: re.Match[str], year: int, header_line: int) -> None:
        """A sentence's year must be the header's: a mismatch means pieces of two profiles."""
        token = match.group("year")
        if token != str(year):
            self.fail(match.start("year"), f"'{year}' (the year of the header on line {header_line})", _shown(token))

    # -- the parts ----------------------------------------------------------------------------------

    def profile(self) -> ClusterProfile:
        header = self.expect_line(_HEADER_LINE, "'Global Innovation Index <year>' as the first line")
        header_line = self.line_at(header.start())
        year = int(header.group(1))
        if year < 1000:
            self.fail(header.start(1), "a year from 1000 to 9999 in the header", _shown(header.group(1)))
        title_start, title = self.title()
        cluster, ranks, per_million = self.introduction(year, header_line)
        economy = self.economy(title_start, title, cluster)
        applicants = self.ranked_table(
            _APPLICANTS, "Top PCT applicants", _APPLICANTS_COLUMNS, "the heading 'Top PCT applicants'"
        )
        organizations = self.ranked_table(
            _ORGANIZATIONS,
            "Top publishing organizations",
            _ORGANIZATIONS_COLUMNS,
            "another row of 'Top PCT applicants' or the heading 'Top publishing organizations'",
        )
        patent_fields, publication_fields = self.technology_fields(cluster)
        patent_collaboration = self.collaboration(cluster, patents=True)
        publication_collaboration = self.collaboration(cluster, patents=False)
        # What follows the last sentence is not the profile's: a page's footer, or the next profile.
        edition = _EDITIONS.get(year)
        return ClusterProfile(
            cluster=cluster,
            economy=economy,
            year=year,
            ranks=ranks,
            per_million=per_million,
            periods=edition.periods if edition else Periods(),
            patents=Patents(applicants, patent_fields, patent_collaboration),
            publications=Publications(organizations, publication_fields, publication_collaboration),
            source=_source(year),
        )

    def title(self) -> tuple[int, str]:
        """The title line, checked once the first sentence has named the cluster."""
        self.skip_space()
        start, title = self.take_line()
        if not title:
            self.fail(start, "the title line '<cluster>, <economy>'")
        if "-ranked" in title and _INTRO_CLUSTER.match(title):
            self.fail(start, "the title line '<cluster>, <economy>' before the first sentence", _shown(title))
        return start, title

    def introduction(self, year: int, header_line: int) -> tuple[str, Ranks, PerMillion]:
        """The sentences giving the cluster's name, its ranks and its output per million inhabitants."""
        start = self.expect(_INTRO_CLUSTER, "'<cluster> is the <rank>-ranked cluster, out of <number> ... clusters'")
        cluster = self.name(_one_line(start.group("cluster")), start.start("cluster"), "a cluster name")
        if _ONLY.match(self.doc, self.pos):
            self.fail(self.pos, "'<rank>-ranked cluster, out of <number> ... clusters' (an 'only' form is not read)")
        rank = self.expect(_RANK_IN_ECONOMY, "'<rank>-ranked cluster,' such as 'eighth-ranked cluster,'")
        in_economy = self.ordinal(rank.group("rank"), rank.start("rank"), "the rank in the economy")
        out_of = self.expect(_OUT_OF, "'out of <number> <economy> clusters,' such as 'out of 26 Chinese clusters,'")
        economy_clusters = self.whole(
            out_of.group("clusters"), out_of.start("clusters"), "the number of the economy's clusters", minimum=1
        )
        if in_economy > economy_clusters:
            self.fail(
                rank.start("rank"),
                f"a rank in the economy no higher than its {economy_clusters} clusters",
                _shown(rank.group("rank")),
            )
        top_100 = self.expect(_TOP_100, "'that falls within the top 100 S&T clusters in <year>.'")
        self.same_year(top_100, year, header_line)
        filed = self.expect(_FILED, "'It filed <number> PCT applications and published <number> scientific articles,'")
        per_million = PerMillion(
            self.whole(filed.group("pct"), filed.start("pct"), "PCT applications per 1 million inhabitants"),
            self.whole(filed.group("articles"), filed.start("articles"), "articles per 1 million inhabitants"),
        )
        self.expect(_PER_MILLION, "'both per 1 million inhabitants over the last five years, making it the:'")
        size = self.expect(_SIZE, "'<rank> largest science and technology cluster in <year>'")
        size_rank = self.ordinal(size.group("rank"), size.start("rank"), "the rank by size")
        self.same_year(size, year, header_line)
        intensity = self.expect(
            _INTENSITY, "'<rank> S&T cluster by intensity (relative to population density) in <year>'"
        )
        intensity_rank = self.ordinal(intensity.group("rank"), intensity.start("rank"), "the rank by intensity")
        self.same_year(intensity, year, header_line)
        return cluster, Ranks(size_rank, intensity_rank, in_economy, economy_clusters), per_million

    def economy(self, title_start: int, title: str, cluster: str) -> str:
        """The title minus the cluster's name: economies may be several words, and clusters may hold commas."""
        line = _one_line(title)
        prefix = f"{cluster}, "
        economy = line[len(prefix) :] if line.startswith(prefix) else ""
        if not economy:
            self.fail(
                title_start,
                f"the title '{_named(cluster)}, <economy>'"
                " (the cluster the first sentence names, a comma, its economy)",
                _shown(title),
            )
        return self.name(economy, title_start, "an economy's name")

    def rows(self, row: re.Pattern[str], what: str, name: str) -> list[tuple[int, re.Match[str]]]:
        """The lines that start with a rank, each matched whole by row."""
        found: list[tuple[int, re.Match[str]]] = []
        while True:
            self.skip_space()
            if not _ROW_START.match(self.doc, self.pos):
                return found
            start, line = self.take_line()
            match = row.fullmatch(line)
            if match is None:
                self.fail(start, f"a {what} of the table {name!r}", _shown(line))
            found.append((start, match))

    def check_rows(self, heading_pos: int, name: str, rows: list[tuple[int, int, int]]) -> None:
        """Rows in rank order (ties allowed), shares adding up to at most 100 plus rounding, as the loader wants."""
        for (_, before, _), (start, rank, _) in pairwise(rows):
            if rank < before:
                self.fail(start, f"a rank of {before} or more (rows in rank order)", _shown(str(rank)))
        total = sum(share for _, _, share in rows)
        if total > 100 + 0.5 * len(rows):
            self.fail(
                heading_pos,
                f"the shares under {name!r} to add up to at most 100% (plus 0.5% a row for rounding)",
                f"shares adding up to {total}%",
            )

    def ranked_table(
        self, heading: re.Pattern[str], name: str, columns: re.Pattern[str], heading_what: str
    ) -> tuple[RankedCount, ...]:
        """A top list: its heading, an optional column header row, then one row per line."""
        self.expect_line(heading, heading_what)
        heading_pos = self.pos
        self.skip_space()
        header = columns.match(self.doc, self.pos)
        if header is not None:
            self.pos = header.end()
        result: list[tuple[int, RankedCount]] = []
        for start, row in self.rows(_RANKED_ROW, _RANKED_ROW_WHAT, name):
            rank = self.whole(row.group("rank"), start, "a rank", minimum=1)
            count = self.whole(row.group("count"), start + row.start("count"), f"a count in a row of {name!r}")
            share = self.share(row.group("share"), start + row.start("share"), f"a share in a row of {name!r}")
            name_at = start + row.start("name")
            row_name = self.name(_one_line(row.group("name")), name_at, f"a name in a row of {name!r}")
            result.append((start, RankedCount(rank, row_name, count, share)))
        if not result:
            self.fail(self.pos, f"the table {name!r} with rows {_RANKED_CELLS} (at least one)")
        self.check_rows(heading_pos, name, [(start, row.rank, row.share) for start, row in result])
        return tuple(row for _, row in result)

    def field_rows(self, name: str) -> tuple[FieldShare, ...]:
        """The rows under a "Top technology fields" part's heading: none when its chart was lost."""
        heading_pos = self.pos
        result: list[tuple[int, FieldShare]] = []
        for start, row in self.rows(_FIELD_ROW, _FIELD_ROW_WHAT, name):
            rank = self.whole(row.group("rank"), start, "a rank", minimum=1)
            share = self.share(row.group("share"), start + row.start("share"), f"a share in a row of {name!r}")
            name_at = start + row.start("name")
            field = self.name(_one_line(row.group("name")), name_at, f"a field in a row of {name!r}")
            result.append((start, FieldShare(rank, field, share)))
        self.check_rows(heading_pos, name, [(start, row.rank, row.share) for start, row in result])
        return tuple(row for _, row in result)

    def technology_fields(self, cluster: str) -> tuple[tuple[FieldShare, ...], tuple[FieldShare, ...]]:
        """The charts' part: headings only, when the charts did not survive in the text."""
        heading_what = f"the heading 'Top technology fields in {_named(cluster)}'"
        heading = self.expect_line(_FIELDS, f"another row of 'Top publishing organizations' or {heading_what}")
        if _one_line(heading.group("cluster")) != cluster:
            self.fail(heading.start(), heading_what, _shown(heading.group()))
        self.expect_line(_PATENTS, "the heading 'Patents' of the top technology fields")
        patents = self.field_rows("Patents")
        self.expect_line(_PUBLICATIONS, f"a {_FIELD_ROW_WHAT} or the heading 'Publications'")
        return patents, self.field_rows("Publications")

    def collaboration(self, cluster: str, patents: bool) -> Collaboration:
        """'2% of Qingdao's PCT patent applications are filed in collaboration ..., with A, B and C ...'."""
        words = _PATENT_SENTENCE if patents else _ARTICLE_SENTENCE
        # Only the sentence's start in the message: with a long cluster name, what was found still fits.
        start_words = " ".join(words.split()[:6])
        share_of = self.expect(_SHARE_OF, f"'<share>% of {_named(cluster)}'s {start_words} ...'")
        share = self.share(share_of.group("share") + "%", share_of.start("share"), "the share made in collaboration")
        possessive = re.compile(r"\s+".join(map(re.escape, cluster.split())) + r"['’]s?\s+")
        self.expect(possessive, f'"{_named(cluster)}\'s"')
        self.expect(_PATENT_COLLABORATION if patents else _ARTICLE_COLLABORATION, f"'{words}'")
        if patents:
            found = self.expect(_PATENT_LOCATIONS, "'<locations> emerging as the top collaborative locations.'")
        else:
            found = self.expect(_ARTICLE_LOCATIONS, "'<locations>.'")
        return Collaboration(share, self.locations(found))

    def locations(self, found: re.Match[str]) -> tuple[str, ...]:
        """'A', 'A and B' or 'A, B and C', keeping a name such as 'Boston–Cambridge, MA' whole."""
        text = _one_line(found.group("locations"))
        head, separator, last = text.rpartition(" and ")
        parts = _join_codes(head.removesuffix(",").split(",")) if separator else []
        tail = _join_codes(last.split(","))
        if len(tail) != 1 or not tail[0] or not all(parts):
            self.fail(found.start("locations"), "locations written 'A', 'A and B' or 'A, B and C'", _shown(text))
        where = found.start("locations")
        return tuple(self.name(location, where, "a location's name") for location in (*parts, tail[0]))


def find_profile_texts(text: str, path: str) -> list[FoundProfile]:
    """Every profile in a text, in order, each with the line of its header and the profile or its refusal.

    A profile is found by its template wherever it is (forms.profile_openings): lines a browser
    copied before its header and after its last sentence are not read, and a text may hold
    several profiles, each read on its own (one refused leaves the others read). Text over the
    size limit is refused before it is read; text without the template's header is refused
    quoting nothing of it, and a YAML profile (told by its structure) with a word on opening it.
    """
    check_text_size(text, path)
    check_line_breaks(text, path)
    if not looks_like_profile_text(text) and is_yaml_profile(text):
        raise ProfileError(path, YAML_NOT_TEXT)
    return read_profile_texts(text, path)


def parse_profile_text(text: str, path: str) -> ClusterProfile:
    """The first profile of a profile's published text; ``path`` only names it in errors (see find_profile_texts).

    Gives what the YAML loader gives for the same figures, so either form opens the same way.
    """
    return _first(find_profile_texts(text, path))


def read_profile_text_form(text: str, path: str) -> ClusterProfile:
    """parse_profile_text for text already measured and told to be profile text (the loader's, once it has)."""
    return _first(read_profile_texts(text, path))


def read_profile_texts(text: str, path: str) -> list[FoundProfile]:
    """find_profile_texts for text already measured and told to be profile text.

    Linear in the text's size: its lines are split and normalized once, the openings found in
    one pass, and each profile read from its header up to the next profile's header at most.
    When no header opens a profile, the first header line (if any) is read, to say what is
    wrong after it.
    """
    raw = split_lines(text)
    openings = profile_openings(raw)
    if not openings:
        header = first_header(raw)
        if header is None:
            first = next((number for number, line in enumerate(raw, 1) if line.strip()), 1)
            raise ProfileError(path, NOT_PROFILE_TEXT, first)
        openings = [header]
    found = [_read_at(raw[start:end], path, start + 1) for start, end in pairwise([*openings, len(raw)])]
    return _with_headerless(found, raw, path) if len(raw) > 1 else found


def _with_headerless(found: list[FoundProfile], raw: list[str], path: str) -> list[FoundProfile]:
    """found, with a refusal for each profile copied without its header, outside the profiles read, by line."""
    read = [(item.line, _last_line(item)) for item in found]
    missing = []
    for index in headerless_openings(raw):
        line = index + 1
        if any(first <= line <= last for first, last in read):
            continue
        title = normal_line(raw[index])
        expected = "the header line 'Global Innovation Index <year>' before this profile's title"
        refusal = ProfileError(path, f"expected {expected}, found {_shown(title)}", line)
        missing.append(FoundProfile(line, None, refusal, line))
    return sorted([*found, *missing], key=lambda item: item.line) if missing else found


def _last_line(item: FoundProfile) -> int:
    """The last line a profile read took (its refusal's line, for one refused)."""
    return item.last if item.last is not None else item.line


def _read_at(raw: list[str], path: str, first: int) -> FoundProfile:
    """The profile whose header is raw[0], line ``first`` of the text, read no further than raw's last line.

    Only these lines are normalized (what is before the first profile is never read). A
    control character on a line of the profile (up to its last sentence, or the line refused)
    refuses it at that line, before any later mistake.
    """
    lines, controls = _normal_lines(raw, first)
    reader = _TextReader(lines, path, first)
    profile: ClusterProfile | None = None
    refusal: ProfileError | None = None
    try:
        profile = reader.profile()
        last = reader.line_at(reader.pos)
    except ProfileError as error:
        refusal = error
        last = error.line or first + len(raw)
    if controls and controls[0].line <= last:
        return FoundProfile(first, None, ProfileError(path, controls[0].message, controls[0].line), controls[0].line)
    return FoundProfile(first, profile, refusal, last)


def _first(found: list[FoundProfile]) -> ClusterProfile:
    """The first profile found, or its refusal (a text opened as one profile is read as its first)."""
    if found[0].error is not None:
        raise found[0].error
    assert found[0].profile is not None
    return found[0].profile
