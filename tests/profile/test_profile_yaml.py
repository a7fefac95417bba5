"""Writing a profile as YAML: whatever the profile holds, the loader reads the same profile back.

Names are where writing YAML by hand goes wrong (a colon, a hash, a quote, "yes", "2024", a
leading dash, a byte order mark...), so they are generated as nastily as Hypothesis can.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qingdao_viewer.profile import (
    ClusterProfile,
    Collaboration,
    FieldShare,
    Patents,
    Period,
    Periods,
    PerMillion,
    Publications,
    RankedCount,
    Ranks,
    Source,
    load_profile,
    parse_profile,
)
from qingdao_viewer.profile.profile_text import parse_profile_text
from qingdao_viewer.profile.profile_yaml import profile_to_yaml
from qingdao_viewer.profile.text_rules import find_control_character, invisible_name

REPO = Path(__file__).resolve().parents[2]
EMBEDDED = REPO / "data" / "qingdao-2024.yaml"
OTHER = REPO / "tests" / "fixtures" / "other-cluster.yaml"
TEXTS = sorted((REPO / "tests" / "fixtures" / "profile-texts").glob("*.txt"))

PROPERTY = settings(deadline=None)  # the profile's examples: 100 locally, 5,000 in CI


def round_trip(profile: ClusterProfile) -> ClusterProfile:
    return parse_profile(profile_to_yaml(profile), "written.yaml")


def test_the_embedded_profile_round_trips() -> None:
    profile = load_profile(EMBEDDED)
    assert round_trip(profile) == profile


def test_the_embedded_profile_is_written_as_the_data_file_writes_it() -> None:
    written = profile_to_yaml(load_profile(EMBEDDED))
    original = EMBEDDED.read_text(encoding="utf-8")
    rows = [
        line for line in original.splitlines() if line.startswith(("    - {", "  collaboration:", "  pct_", "  sci"))
    ]
    assert len(rows) == 12
    for row in rows:
        assert row in written.splitlines()


def test_the_header_comment_says_where_the_profile_came_from() -> None:
    written = profile_to_yaml(load_profile(EMBEDDED), origin="qingdao.txt")
    first, second = written.splitlines()[:2]
    assert first == "# Qingdao, China: GII 2024 science and technology cluster profile."
    assert second.startswith("# Written by Qingdao Viewer ") and "from qingdao.txt" in second
    assert "from a cluster profile" in profile_to_yaml(load_profile(EMBEDDED))


def test_an_origin_with_line_breaks_stays_in_its_comment() -> None:
    profile = load_profile(EMBEDDED)
    written = profile_to_yaml(profile, origin="a\nformat: nonsense\r\u2028\ufeff.txt")
    assert parse_profile(written, "x") == profile
    assert written.splitlines()[1].startswith("# Written by")
    assert "format: nonsense" not in written.splitlines()[2]


def test_another_cluster_round_trips() -> None:
    profile = load_profile(OTHER)
    written = profile_to_yaml(profile)
    assert round_trip(profile) == profile
    assert "{rank: 2, name: L'Atelier d'Optique Ménard & Fils, count: 1875, share: 14}" in written
    assert "source:" not in written and "periods:" not in written and "intensity" not in written
    assert "  collaboration: {share: 0, top_locations: []}" in written


@pytest.mark.parametrize("path", TEXTS, ids=[path.name for path in TEXTS])
def test_each_profile_text_round_trips(path: Path) -> None:
    profile = parse_profile_text(path.read_text(encoding="utf-8"), path.name)
    assert round_trip(profile) == profile


def test_the_seed_text_written_as_yaml_loads_as_the_embedded_profile(seed_text: str) -> None:
    written = profile_to_yaml(parse_profile_text(seed_text, "seed.txt"), origin="seed.txt")
    assert parse_profile(written, "x") == load_profile(EMBEDDED)


NASTY = (
    ":",
    "a: b",
    "a:b",
    "#",
    "a #b",
    "a#b",
    "-",
    "- x",
    "-x",
    "--- x",
    "...",
    "?",
    "? x",
    "yes",
    "Yes",
    "NO",
    "on",
    "off",
    "null",
    "Null",
    "~",
    "true",
    "y",
    "n",
    "123",
    "0881",
    "-877",
    "+5",
    "1e3",
    ".5",
    ".inf",
    "-.inf",
    ".nan",
    "NaN",
    "0x10",
    "1_000",
    "1,742",
    "25%",
    "2024-01-01",
    "12:30",
    "'",
    "''",
    '"',
    'say "hi"',
    "\\",
    "a\\nb",
    "[x]",
    "{x}",
    "a, b",
    "a]",
    "&a",
    "*a",
    "!x",
    "!!str",
    "%x",
    "@x",
    "`x",
    "|",
    ">",
    "<<",
    "<b>QINGDAO</b> & SONS",
    "O'Brien",
    "L'Atelier d'Optique",
    "東京大学",
    "جامعة الملك سعود",
    "São Tomé d'Ávila–Zürichsee",
    "a\ufeffb",
    "\ufeffa",
    "\ufffe",
    "\uffff",
    "a  b",
    " a",
    "a ",
    "a\u00a0",
    "\u3000a",
    "😀",
    "x\U0010fffd",
    "a\u200b",
    "\u200db\u200d",
    "e\u0301",
)


def _valid_text(text: str) -> bool:
    """What the loader accepts as text: not blank, no control characters, something that shows."""
    return bool(text.strip()) and not find_control_character(text) and invisible_name(text) is None


# Any character the loader allows in text (controls, surrogates, line and paragraph separators and
# bidirectional controls excluded by category and by name, which is quicker than filtering).
LETTERS = st.characters(
    exclude_categories=("Cc", "Cs", "Zl", "Zp"),
    exclude_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
)
# Names near the line between plain and quoted: letters mixed with YAML's punctuation.
NEAR_PLAIN = st.text(st.sampled_from("aZé東1 .,&'()/+-–—:#\"\\!?*%@`|>[]{}~\u00a0"), min_size=1, max_size=8)
NAMES = st.one_of(
    st.sampled_from(NASTY),
    st.text(LETTERS, min_size=1, max_size=16).filter(_valid_text),
    NEAR_PLAIN.filter(_valid_text),
)
COUNTS = st.integers(0, 10**30)
RANKS = st.integers(1, 10**6)


@st.composite
def ranked_rows(draw: st.DrawFn, minimum: int) -> tuple[RankedCount, ...]:
    """Rows as the loader allows them: ranks in order with ties and gaps, shares within rounding of 100."""
    rows = []
    rank, budget = draw(st.integers(1, 3)), 100
    for _ in range(draw(st.integers(minimum, 4))):
        share = draw(st.integers(0, budget))
        budget -= share
        rows.append(RankedCount(rank, draw(NAMES), draw(COUNTS), share))
        rank += draw(st.sampled_from((1, 1, 1, 0, 2)))
    return tuple(rows)


@st.composite
def field_rows(draw: st.DrawFn) -> tuple[FieldShare, ...]:
    return tuple(FieldShare(row.rank, row.name, row.share) for row in draw(ranked_rows(0)))


def collaborations() -> st.SearchStrategy[Collaboration]:
    return st.builds(Collaboration, st.integers(0, 100), st.lists(NAMES, max_size=3).map(tuple))


def periods() -> st.SearchStrategy[Period | None]:
    years = st.integers(1000, 9999)
    return st.none() | st.tuples(years, years).map(lambda pair: Period(min(pair), max(pair)))


@st.composite
def ranks(draw: st.DrawFn) -> Ranks:
    in_economy = economy_clusters = None
    if draw(st.booleans()):
        economy_clusters = draw(st.integers(1, 100))
        in_economy = draw(st.integers(1, economy_clusters))
    return Ranks(draw(RANKS), draw(st.none() | RANKS), in_economy, economy_clusters)


def sources() -> st.SearchStrategy[Source | None]:
    optional = st.none() | NAMES
    return st.none() | st.builds(Source, NAMES, NAMES, NAMES, optional, optional, optional)


profiles = st.builds(
    ClusterProfile,
    cluster=NAMES,
    economy=NAMES,
    year=st.integers(1000, 9999),
    ranks=ranks(),
    per_million=st.builds(PerMillion, COUNTS, COUNTS),
    periods=st.builds(Periods, periods(), periods()),
    patents=st.builds(Patents, ranked_rows(1), field_rows(), collaborations()),
    publications=st.builds(Publications, ranked_rows(1), field_rows(), collaborations()),
    source=sources(),
)


@PROPERTY
@given(profiles)
def test_any_valid_profile_round_trips(profile: ClusterProfile) -> None:
    assert round_trip(profile) == profile


@pytest.mark.parametrize("name", NASTY)
def test_each_nasty_name_round_trips_everywhere(name: str) -> None:
    profile = load_profile(OTHER)
    nasty = profile._replace(
        cluster=name,
        economy=name,
        source=Source(name, name, name, name, name, name),
        patents=profile.patents._replace(
            top_applicants=(RankedCount(1, name, 1, 1),),
            top_fields=(FieldShare(1, name, 1),),
            collaboration=Collaboration(1, (name, name)),
        ),
    )
    assert round_trip(nasty) == nasty


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("QINGDAO UNIVERSITY", "QINGDAO UNIVERSITY"),
        ("Université de Montréal", "Université de Montréal"),
        ("O'Brien & Søn", "O'Brien & Søn"),
        ("yes", '"yes"'),
        ("2024", '"2024"'),
        ("a: b", '"a: b"'),
        ('say "hi" \\ bye', '"say \\"hi\\" \\\\ bye"'),
        ("a\ufeffb", '"a\\uFEFFb"'),
        ("a, b", '"a, b"'),
    ],
)
def test_names_are_quoted_only_when_needed(name: str, written: str) -> None:
    profile = load_profile(EMBEDDED)
    changed = profile._replace(patents=profile.patents._replace(top_applicants=(RankedCount(1, name, 1, 1),)))
    assert f"    - {{name: {written}, count: 1, share: 1}}" in profile_to_yaml(changed).splitlines()
