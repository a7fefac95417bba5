"""The profile loader: the embedded Qingdao profile exactly, another cluster, and every refusal.

Each refusal is built by editing the embedded file's text (or writing a small file) and
checks what a person sees: a ProfileError whose text is ``PATH:LINE: message``, on the
line to look at, with words that say what to change.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from qingdao_viewer.profile import (
    FORMAT,
    ClusterProfile,
    Collaboration,
    FieldShare,
    Patents,
    Period,
    Periods,
    PerMillion,
    ProfileError,
    Publications,
    RankedCount,
    Ranks,
    Source,
    load_profile,
    parse_profile,
    plain_yaml,
)

REPO = Path(__file__).resolve().parents[2]
EMBEDDED = REPO / "data" / "qingdao-2024.yaml"
OTHER = REPO / "tests" / "fixtures" / "other-cluster.yaml"
TEXT = EMBEDDED.read_text(encoding="utf-8")

# The source's figures, typed out from tests/fixtures/qingdao-2024-profile.txt.
QINGDAO = ClusterProfile(
    cluster="Qingdao",
    economy="China",
    year=2024,
    source=Source(
        title="Global Innovation Index 2024, science and technology cluster profile",
        publisher="WIPO",
        license="CC BY 4.0",
        copyright="© WIPO, 2024",
        doi="10.34667/tind.50062",
        url=None,
    ),
    ranks=Ranks(size=20, intensity=23, in_economy=8, economy_clusters=26),
    per_million=PerMillion(pct_applications=1742, scientific_articles=9697),
    periods=Periods(pct_applications=Period(2019, 2023), scientific_articles=Period(2018, 2022)),
    patents=Patents(
        top_applicants=(
            RankedCount(1, "QINGDAO HAIER AIR CONDITIONER GENERAL", 2131, 25),
            RankedCount(2, "QINGDAO HAIER WASHING MACHINE", 881, 10),
            RankedCount(3, "QINGDAO HAIER REFRIGERATOR", 732, 9),
        ),
        top_fields=(),
        collaboration=Collaboration(2, ("Beijing", "Tokyo-Yokohama", "Hangzhou")),
    ),
    publications=Publications(
        top_organizations=(
            RankedCount(1, "QINGDAO UNIVERSITY", 7510, 16),
            RankedCount(2, "OCEAN UNIVERSITY OF CHINA", 6710, 14),
            RankedCount(3, "CHINA UNIVERSITY OF PETROLEUM", 6496, 14),
        ),
        top_fields=(),
        collaboration=Collaboration(63, ("Beijing", "Shanghai-Suzhou", "Jinan")),
    ),
)


# -- helpers ------------------------------------------------------------------------------


def edited(old: str, new: str, text: str = TEXT) -> str:
    """The text with old (which must occur exactly once) replaced by new."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def line_of(text: str, needle: str) -> int:
    """The 1-based line, as an editor counts lines, of the one line holding needle."""
    lines = [number for number, line in enumerate(text.split("\n"), 1) if needle in line]
    assert len(lines) == 1, f"{needle!r} is on lines {lines}"
    return lines[0]


def write(folder: Path, content: str | bytes, name: str = "profile.yaml") -> Path:
    path = folder / name
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


def refusal(path: Path) -> ProfileError:
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert type(caught.value) is ProfileError
    return caught.value


def check(error: ProfileError, path: Path, line: int | None, *words: str) -> str:
    """Assert the error reads ``PATH:LINE: message`` (``PATH: message`` without a line); return message."""
    shown = str(error)
    prefix = f"{path}: " if line is None else f"{path}:{line}: "
    assert shown.startswith(prefix), f"{shown!r} does not start with {prefix!r}"
    assert error.path == str(path)
    assert error.line == line, shown
    message = shown[len(prefix) :]
    assert message == error.message
    assert "\n" not in shown, shown
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"
    return message


def refuse(folder: Path, content: str | bytes, line: int | None, *words: str) -> str:
    path = write(folder, content)
    return check(refusal(path), path, line, *words)


# -- the embedded profile -----------------------------------------------------------------


def test_embedded_profile_has_every_figure_of_the_source(embedded_path: Path) -> None:
    profile = load_profile(embedded_path)
    assert profile == QINGDAO
    assert profile.title == "Qingdao, China"


def test_embedded_profile_figures_one_by_one(embedded_path: Path) -> None:
    # The same as above, spelled out, so a failure names the one figure that drifted.
    p = load_profile(embedded_path)
    assert (p.cluster, p.economy, p.year) == ("Qingdao", "China", 2024)
    assert (p.ranks.size, p.ranks.intensity) == (20, 23)
    assert (p.ranks.in_economy, p.ranks.economy_clusters) == (8, 26)
    assert (p.per_million.pct_applications, p.per_million.scientific_articles) == (1742, 9697)
    assert p.periods.pct_applications == Period(2019, 2023)
    assert p.periods.scientific_articles == Period(2018, 2022)
    assert [(r.rank, r.name, r.count, r.share) for r in p.patents.top_applicants] == [
        (1, "QINGDAO HAIER AIR CONDITIONER GENERAL", 2131, 25),
        (2, "QINGDAO HAIER WASHING MACHINE", 881, 10),
        (3, "QINGDAO HAIER REFRIGERATOR", 732, 9),
    ]
    assert [(r.rank, r.name, r.count, r.share) for r in p.publications.top_organizations] == [
        (1, "QINGDAO UNIVERSITY", 7510, 16),
        (2, "OCEAN UNIVERSITY OF CHINA", 6710, 14),
        (3, "CHINA UNIVERSITY OF PETROLEUM", 6496, 14),
    ]
    assert p.patents.collaboration == Collaboration(2, ("Beijing", "Tokyo-Yokohama", "Hangzhou"))
    assert p.publications.collaboration == Collaboration(63, ("Beijing", "Shanghai-Suzhou", "Jinan"))
    assert p.patents.top_fields == () and p.publications.top_fields == ()


def _figures(profile: ClusterProfile) -> set[int]:
    """Every number the profile holds, except the periods (which come from the methodology)."""
    ranks, per_million = profile.ranks, profile.per_million
    numbers = {profile.year, ranks.size, ranks.intensity, ranks.in_economy, ranks.economy_clusters}
    numbers |= {per_million.pct_applications, per_million.scientific_articles}
    for side in (profile.patents, profile.publications):
        numbers.add(side.collaboration.share)
        for field in side.top_fields:
            numbers |= {field.rank, field.share}
    for row in (*profile.patents.top_applicants, *profile.publications.top_organizations):
        numbers |= {row.rank, row.count, row.share}
    return {n for n in numbers if n is not None}


def test_every_number_of_the_seed_text_is_in_the_profile(embedded_path: Path, seed_text: str) -> None:
    figures = _figures(load_profile(embedded_path))
    found = [int(n.replace(",", "")) for n in re.findall(r"\d{1,3}(?:,\d{3})+|\d+", seed_text)]
    assert len(found) > 20, found  # the regex really reads the text
    # "the top 100 S&T clusters" is the GII's own cut-off, not a figure of this cluster.
    missing = sorted({n for n in found if n not in figures} - {100})
    assert missing == [], f"numbers of the source text missing from the profile: {missing}"


def test_every_figure_and_name_of_the_profile_is_in_the_seed_text(embedded_path: Path, seed_text: str) -> None:
    profile = load_profile(embedded_path)
    words = set(re.findall(r"\d{1,3}(?:,\d{3})+|\d+", seed_text))
    numbers = _figures(profile) - {profile.year, profile.ranks.in_economy}
    assert sorted(n for n in numbers if f"{n:,}" not in words) == []
    assert f"Global Innovation Index {profile.year}" in seed_text
    assert "eighth-ranked cluster, out of 26 Chinese clusters" in seed_text  # in_economy 8 of 26
    rows = (*profile.patents.top_applicants, *profile.publications.top_organizations)
    for row in rows:
        assert f"{row.rank}\t{row.name}\t{row.count:,}\t{row.share}%" in seed_text
    for side in (profile.patents, profile.publications):
        assert f"{side.collaboration.share}% of Qingdao's" in seed_text
        for location in side.collaboration.top_locations:
            assert location in seed_text


def test_parse_profile_and_load_profile_agree(embedded_path: Path) -> None:
    assert parse_profile(TEXT, "anything.yaml") == load_profile(embedded_path)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"\xef\xbb\xbf" + TEXT.encode(), id="utf-8 byte order mark"),
        pytest.param(TEXT.replace("\n", "\r\n").encode(), id="CRLF line ends"),
        pytest.param(("---\n" + TEXT + "...\n").encode(), id="explicit document start and end"),
        pytest.param(("%YAML 1.1\n---\n" + TEXT).encode(), id="YAML directive"),
    ],
)
def test_same_profile_written_differently_loads_the_same(tmp_path: Path, content: bytes) -> None:
    assert load_profile(write(tmp_path, content)) == QINGDAO


def test_standard_tags_are_allowed(tmp_path: Path) -> None:
    text = edited("cluster: Qingdao", "!!str cluster: !!str Qingdao")
    text = edited("year: 2024", "year: !!int '2024'", text)
    text = edited("ranks:\n", "ranks: !!map\n", text)
    text = edited("  intensity: 23", "  intensity: !!null", text)
    text = edited(
        "[Beijing, Tokyo-Yokohama, Hangzhou]",
        "!!seq [Beijing, !<tag:yaml.org,2002:str> Tokyo-Yokohama, Hangzhou]",
        text,
    )
    text = edited("count: 881", "count: !!int 881", text)
    profile = load_profile(write(tmp_path, text))
    assert profile.year == 2024
    assert profile.ranks.intensity is None
    assert profile.patents.collaboration.top_locations == ("Beijing", "Tokyo-Yokohama", "Hangzhou")
    assert profile.patents.top_applicants[1].count == 881


# -- immutability -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("part", "attribute"),
    [
        (lambda p: p, "cluster"),
        (lambda p: p, "year"),
        (lambda p: p.ranks, "size"),
        (lambda p: p.per_million, "pct_applications"),
        (lambda p: p.periods, "pct_applications"),
        (lambda p: p.periods.pct_applications, "first"),
        (lambda p: p.source, "title"),
        (lambda p: p.patents, "top_applicants"),
        (lambda p: p.patents.top_applicants[0], "count"),
        (lambda p: p.publications.top_organizations[2], "name"),
        (lambda p: p.publications.collaboration, "share"),
    ],
)
def test_profile_is_immutable(embedded_path: Path, part: Callable[[ClusterProfile], object], attribute: str) -> None:
    obj = part(load_profile(embedded_path))
    before = getattr(obj, attribute)
    with pytest.raises(AttributeError):
        setattr(obj, attribute, before)
    with pytest.raises(AttributeError):
        delattr(obj, attribute)
    assert getattr(obj, attribute) == before


def test_profile_lists_are_tuples_and_the_profile_hashes(embedded_path: Path) -> None:
    profile = load_profile(embedded_path)
    assert isinstance(profile.patents.top_applicants, tuple)
    assert isinstance(profile.patents.top_fields, tuple)
    assert isinstance(profile.publications.collaboration.top_locations, tuple)
    with pytest.raises((AttributeError, TypeError)):
        profile.extra = 1  # type: ignore[attr-defined]
    assert hash(profile) == hash(load_profile(embedded_path))


# -- another, invented cluster --------------------------------------------------------------


def test_other_cluster_loads_with_its_own_values() -> None:
    profile = load_profile(OTHER)
    assert profile == ClusterProfile(
        cluster="São Tomé d'Ávila–Zürichsee",
        economy="Ruritania",
        year=2031,
        source=None,
        ranks=Ranks(size=57, intensity=None, in_economy=2, economy_clusters=3),
        per_million=PerMillion(pct_applications=512, scientific_articles=12040),
        periods=Periods(None, None),
        patents=Patents(
            top_applicants=(
                RankedCount(1, "東京大学", 4210, 31),
                RankedCount(2, "L'Atelier d'Optique Ménard & Fils", 1875, 14),
                RankedCount(2, "Université de Montréal", 1875, 14),
                RankedCount(4, "Αθηνά Ρομποτική Α.Ε.", 96, 1),
                RankedCount(5, "O'Brien & Søn Værktøjsfabrik ApS", 0, 0),
            ),
            top_fields=(
                FieldShare(1, "Computer technology", 18),
                FieldShare(2, "Électricité — machines", 12),
                FieldShare(3, "Медицинские технологии", 7),
            ),
            collaboration=Collaboration(41, ("Tōkyō-Yokohama", "Zürich", "Saint-Étienne", "N'Djamena")),
        ),
        publications=Publications(
            top_organizations=(
                RankedCount(1, "Université de Montréal", 98765, 52),
                RankedCount(2, "جامعة الملك سعود", 1234, 1),
            ),
            top_fields=(FieldShare(1, "Chemistry", 22), FieldShare(2, "材料科学", 9)),
            collaboration=Collaboration(0, ()),
        ),
    )
    assert profile.title == "São Tomé d'Ávila–Zürichsee, Ruritania"


def replace_block(key: str, replacement: str, text: str = TEXT) -> str:
    """The text with the top-level block under key (its line and the indented lines below) replaced."""
    new, count = re.subn(rf"^{key}:.*\n(?:  .*\n)+", replacement, text, flags=re.MULTILINE)
    assert count == 1, key
    return new


def test_optional_values_may_be_null(tmp_path: Path) -> None:
    text = replace_block("source", "source: ~\n")
    text = replace_block("periods", "periods: null\n", text)
    text = edited("  intensity: 23", "  intensity: null", text)
    text = text.replace("top_fields: []", "top_fields:")
    profile = load_profile(write(tmp_path, text))
    assert profile.source is None
    assert profile.ranks.intensity is None
    assert profile.periods == Periods(None, None)
    assert profile.patents.top_fields == () and profile.publications.top_fields == ()


def test_rank_field_allows_ties_and_gaps(tmp_path: Path) -> None:
    text = edited("count: 881, share: 10}", "count: 881, share: 10, rank: 1}")
    text = edited("count: 732, share: 9}", "count: 732, share: 9, rank: 7}", text)
    ranks = [row.rank for row in load_profile(write(tmp_path, text)).patents.top_applicants]
    assert ranks == [1, 1, 7]


# -- refusals: YAML syntax ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "lines", "words"),
    [
        pytest.param("share: 9}", "share: 9", (31, 32), ("not valid YAML", "'}'"), id="unclosed flow mapping"),
        pytest.param("Hangzhou]", "Hangzhou", (33, 34), ("not valid YAML", "']'"), id="unclosed flow list"),
        pytest.param("  intensity: 23", "\tintensity: 23", (18,), ("not valid YAML",), id="tab indentation"),
        pytest.param("  intensity: 23", "   intensity: 23", (18,), ("not valid YAML",), id="bad indentation"),
        pytest.param("year: 2024", "year 2024", (9, 10), ("not valid YAML", "':'"), id="missing colon"),
        pytest.param("cluster: Qingdao", "cluster: Qing: dao", (7,), ("not valid YAML", "mapping"), id="colon"),
        pytest.param("cluster: Qingdao", "cluster: @Qingdao", (7,), ("not valid YAML",), id="reserved @"),
        pytest.param("cluster: Qingdao", 'cluster: "Qing\\qdao"', (7,), ("not valid YAML", "escape"), id="escape"),
        pytest.param("cluster: Qingdao", "cluster: !e!x Qingdao", (7,), ("not valid YAML", "tag handle"), id="handle"),
        pytest.param(
            "format:", "%YAML 2.0\n---\nformat:", (6,), ("not valid YAML", "not a GII cluster profile"), id="YAML 2.0"
        ),
        pytest.param("cluster: Qingdao", "%YAML 1.1\ncluster: Qingdao", (7, 8), ("not valid YAML",), id="directive"),
    ],
)
def test_yaml_syntax_error(tmp_path: Path, old: str, new: str, lines: tuple[int, ...], words: tuple[str, ...]) -> None:
    path = write(tmp_path, edited(old, new))
    error = refusal(path)
    assert error.line in lines, str(error)
    check(error, path, error.line, *words)


def test_unclosed_quote_names_a_line(tmp_path: Path) -> None:
    # YAML reads on to the next quote, so the line is where it gave up, at or after the mistake.
    path = write(tmp_path, edited('"© WIPO, 2024"', '"© WIPO, 2024'))
    error = refusal(path)
    assert error.line is not None and error.line >= 14
    check(error, path, error.line, "not valid YAML")


# -- refusals: tags, anchors, aliases, merge keys -----------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "needle", "tag"),
    [
        ("cluster: Qingdao", 'cluster: !!python/object/apply:os.system ["true"]', "cluster:", "!!python/object/apply"),
        ("cluster: Qingdao", "cluster: !!python/name:os.system", "cluster:", "!!python/name:os.system"),
        ("cluster: Qingdao", "cluster: !!python/module:os", "cluster:", "!!python/module:os"),
        ("ranks:\n", "ranks: !!python/object/new:collections.OrderedDict\n", "ranks:", "!!python/object/new"),
        ("ranks:\n", "ranks: !!python/object:types.SimpleNamespace\n", "ranks:", "!!python/object:types"),
        ("cluster: Qingdao", "!!python/name:os.system cluster: Qingdao", "cluster:", "!!python/name"),
        ("cluster: Qingdao", "cluster: !<tag:yaml.org,2002:python/name:os.system> x", "cluster:", "!!python/name"),
        ("cluster: Qingdao", "cluster: !!binary UWluZ2Rhbw==", "cluster:", "!!binary"),
        ("year: 2024", "year: !!timestamp 2024-01-01", "year:", "!!timestamp"),
        ("ranks:\n", "ranks: !!set\n", "ranks:", "!!set"),
        ("ranks:\n", "ranks: !!omap\n", "ranks:", "!!omap"),
        ("cluster: Qingdao", "cluster: !local Qingdao", "cluster:", "!local"),
    ],
)
def test_tags_outside_plain_yaml_are_refused(tmp_path: Path, old: str, new: str, needle: str, tag: str) -> None:
    text = edited(old, new)
    refuse(tmp_path, text, line_of(text, needle), tag, "not allowed", "plain data")


@pytest.mark.parametrize(
    "template",
    [
        'cluster: !!python/object/apply:os.system ["touch {target}"]',
        "cluster: !!python/object/apply:os.system\n  - touch {target}",
        'cluster: !!python/object/new:os.system ["touch {target}"]',
        "cluster: !!python/object/apply:subprocess.call [[touch, {target}]]",
    ],
)
def test_python_tags_construct_and_run_nothing(tmp_path: Path, template: str) -> None:
    target = tmp_path / "constructed"
    text = edited("cluster: Qingdao", template.format(target=target))
    refuse(tmp_path, text, line_of(text, "cluster:"), "tag", "not allowed")
    assert not target.exists()


@pytest.mark.skipif(shutil.which("touch") is None, reason="needs the touch command")
def test_the_python_tag_payload_is_live(tmp_path: Path) -> None:
    # Shows the test above would notice: PyYAML's unsafe loader runs this very payload.
    target = tmp_path / "constructed"
    yaml.unsafe_load(f'cluster: !!python/object/apply:os.system ["touch {target}"]')
    assert target.exists()


@pytest.mark.parametrize(
    ("old", "new", "needle", "words"),
    [
        ("cluster: Qingdao", "cluster: &name Qingdao", "cluster:", ("anchors", "&name", "write the value out")),
        ("ranks:\n", "ranks: &r\n", "ranks:", ("anchors", "&r")),
        ("[Beijing, Tokyo", "&l [Beijing, Tokyo", "Tokyo-Yokohama", ("anchors", "&l")),
        ("economy: China", "economy: *name", "economy: *name", ("aliases", "*name", "write the value out")),
        ("cluster: Qingdao", "*k : x\ncluster: Qingdao", "*k", ("aliases", "*k")),
        ("year: 2024", "<<: {year: 2024}", "<<", ("merge keys", "<<")),
    ],
)
def test_anchors_aliases_and_merge_keys_are_refused(
    tmp_path: Path, old: str, new: str, needle: str, words: tuple[str, ...]
) -> None:
    text = edited(old, new)
    refuse(tmp_path, text, line_of(text, needle), *words, "not allowed")


def _billion_laughs() -> list[str]:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
    return lines


def test_billion_laughs_fails_fast(tmp_path: Path) -> None:
    path = write(tmp_path, f"format: {FORMAT}\n" + "\n".join(_billion_laughs()) + "\n")
    start = time.perf_counter()
    error = refusal(path)
    assert time.perf_counter() - start < 1.0
    check(error, path, 2, "anchors", "&a", "not allowed")


def test_billion_laughs_in_no_profile_is_refused_as_no_profile(tmp_path: Path) -> None:
    path = write(tmp_path, "\n".join(_billion_laughs()) + "\n")
    check(refusal(path), path, 1, "not a GII cluster profile", "found YAML that no profile holds")


# -- refusals: keys -----------------------------------------------------------------------


def test_duplicate_top_level_key_names_both_lines(tmp_path: Path) -> None:
    text = TEXT + "cluster: Jinan\n"
    message = refuse(tmp_path, text, text.count("\n"), "duplicate key 'cluster'")
    assert f"first given on line {line_of(TEXT, 'cluster:')}" in message


def test_duplicate_nested_key_names_both_lines(tmp_path: Path) -> None:
    text = edited("  intensity: 23", "  intensity: 23\n  size: 21")
    message = refuse(tmp_path, text, line_of(text, "size: 21"), "duplicate key 'size'")
    assert f"(first given on line {line_of(text, 'size: 20')})" in message


def test_duplicate_key_in_a_row(tmp_path: Path) -> None:
    text = edited("count: 881, share: 10}", "count: 881, share: 10, count: 882}")
    refuse(tmp_path, text, line_of(text, "882"), "duplicate key 'count'", f"first given on line {line_of(text, '882')}")


def test_duplicate_block_key_names_the_first_keys_line(tmp_path: Path) -> None:
    text = TEXT + "ranks:\n  size: 3\n"
    refuse(
        tmp_path, text, text.count("\n") - 1, "duplicate key 'ranks'", f"first given on line {line_of(TEXT, 'ranks:')})"
    )


@pytest.mark.parametrize(
    ("old", "new", "needle", "words"),
    [
        ("cluster: Qingdao", "cluser: Qingdao", "cluser", ("unknown key 'cluser'", "did you mean 'cluster'?")),
        ("  size: 20", "  sise: 20", "sise", ("unknown key 'ranks.sise'", "did you mean 'size'?")),
        (
            "{name: QINGDAO UNIVERSITY",
            "{nmae: QINGDAO UNIVERSITY",
            "nmae",
            ("publications.top_organizations[0].nmae", "'name'"),
        ),
        (
            "  top_fields: []        # not given in the source text\n  collaboration: {share: 2",
            "  top_feilds: []\n  collaboration: {share: 2",
            "top_feilds",
            ("unknown key 'patents.top_feilds'", "'top_fields'"),
        ),
        ("  license: CC", "  licence: CC", "licence", ("unknown key 'source.licence'", "did you mean 'license'?")),
        (
            "  pct_applications: [2019",
            "  pct_aplications: [2019",
            "aplications",
            ("periods.pct_aplications", "'pct_applications'"),
        ),
        ("{share: 63,", "{shares: 63,", "shares", ("publications.collaboration.shares", "did you mean 'share'?")),
        (
            "year: 2024",
            "year: 2024\nwebsite: x",
            "website",
            ("unknown key 'website'", "known keys: format, cluster, economy"),
        ),
    ],
)
def test_unknown_keys_are_refused_with_the_closest_known_key(
    tmp_path: Path, old: str, new: str, needle: str, words: tuple[str, ...]
) -> None:
    text = edited(old, new)
    refuse(tmp_path, text, line_of(text, needle), *words)


def test_unknown_block_key_is_reported_on_its_own_line(tmp_path: Path) -> None:
    text = edited("patents:\n", "patens:\n")
    refuse(tmp_path, text, line_of(text, "patens:"), "unknown key 'patens'", "did you mean 'patents'?")


def test_a_key_must_be_plain_text(tmp_path: Path) -> None:
    text = edited("cluster: Qingdao", "? [a, b]\n: c\ncluster: Qingdao")
    refuse(tmp_path, text, line_of(text, "[a, b]"), "key must be plain text")


# -- refusals: missing fields -------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "needle", "missing"),
    [
        ("cluster: Qingdao\n", "", "format:", "cluster"),
        ("format: gii-cluster-profile/1\n", "", "cluster:", "format"),
        ("economy: China\n", "", "format:", "economy"),
        ("year: 2024\n", "", "format:", "year"),
        # A missing key of a block mapping is reported on the line that names the block.
        ("  size: 20 ", "  # size: 20 ", "ranks:", "ranks.size"),
        ("  pct_applications: 1742\n", "", "per_million:", "per_million.pct_applications"),
        ("  scientific_articles: 9697\n", "", "per_million:", "per_million.scientific_articles"),
        (
            "{name: QINGDAO HAIER WASHING MACHINE, count: 881, ",
            "{name: QINGDAO HAIER WASHING MACHINE, ",
            "WASHING",
            "patents.top_applicants[1].count",
        ),
        ("{name: QINGDAO UNIVERSITY, ", "{", "7510", "publications.top_organizations[0].name"),
        (
            "{share: 2, top_locations: [Beijing, Tokyo-Yokohama, Hangzhou]}",
            "{share: 2}",
            "{share: 2}",
            "patents.collaboration.top_locations",
        ),
        ("  license: CC BY 4.0\n", "", "source:", "source.license"),
    ],
)
def test_missing_required_fields_are_refused(tmp_path: Path, old: str, new: str, needle: str, missing: str) -> None:
    # A missing key is reported where its mapping starts: the line of the mapping's first key.
    text = edited(old, new)
    refuse(tmp_path, text, line_of(text, needle), f"{missing} is missing")


def test_missing_top_applicants_is_refused(tmp_path: Path) -> None:
    text, count = re.subn(r"  top_applicants:\n(?:    - .*\n)+", "", TEXT)
    assert count == 1
    # Reported on the line that names the patents block.
    refuse(tmp_path, text, line_of(text, "patents:"), "patents.top_applicants is missing")


@pytest.mark.parametrize(
    ("old", "new", "needle", "words"),
    [
        ("cluster: Qingdao", "cluster:", "cluster:", ("cluster must be text", "nothing (null)")),
        ("cluster: Qingdao", "cluster: ~", "cluster:", ("cluster must be text", "nothing (null)")),
        ("  size: 20", "  size: null", "size:", ("ranks.size must be a whole number", "nothing (null)")),
    ],
)
def test_null_where_a_value_is_required(
    tmp_path: Path, old: str, new: str, needle: str, words: tuple[str, ...]
) -> None:
    text = edited(old, new)
    refuse(tmp_path, text, line_of(text, needle), *words)


def test_a_null_block_is_refused(tmp_path: Path) -> None:
    text = replace_block("ranks", "ranks: ~\n")
    refuse(tmp_path, text, line_of(text, "ranks:"), "ranks must be a mapping of keys to values, got nothing (null)")


# -- refusals: wrong types ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "needle", "words"),
    [
        (
            "count: 2131",
            'count: "2,131"',
            "2,131",
            ("patents.top_applicants[0].count must be a whole number >= 0", "got the text '2,131'"),
        ),
        ("count: 2131", "count: 2131.0", "2131.0", ("count must be a whole number", "got the number 2131.0")),
        ("count: 2131", "count: 2.131e3", "2.131e3", ("count must be a whole number", "got the number 2131.0")),
        ("count: 2131", "count: true", "count: true", ("count must be a whole number", "got the boolean true")),
        ("count: 2131", "count: 0x853", "0x853", ("count must be a whole number", "got the text '0x853'")),
        ("count: 2131", "count: 2_131", "2_131", ("count must be a whole number", "got the text '2_131'")),
        (
            "year: 2024",
            "year: '2024'",
            "year:",
            ("year must be a whole number from 1000 to 9999", "got the text '2024'"),
        ),
        ("year: 2024", "year: ! 2024", "year:", ("year must be a whole number", "got the text '2024'")),
        ("  size: 20", "  size: 20.0", "size:", ("ranks.size must be a whole number >= 1", "got the number 20.0")),
        ("  size: 20", "  size: yes", "size:", ("ranks.size must be a whole number", "got the boolean true")),
        ("share: 25}", "share: 25%}", "25%", ("share must be a whole number from 0 to 100", "got the text '25%'")),
        ("share: 63,", "share: .63,", ".63", ("publications.collaboration.share must be a whole number", "0.63")),
        (
            "  pct_applications: 1742",
            "  pct_applications: 1,742",
            "1,742",
            ("per_million.pct_applications must be a whole number", "'1,742'"),
        ),
        (
            "cluster: Qingdao",
            "cluster: 2024",
            "cluster:",
            ("cluster must be text", "the number 2024", "put it in quotes"),
        ),
        (
            "economy: China",
            "economy: no",
            "economy: no",
            ("economy must be text", "the boolean false", "put it in quotes"),
        ),
        (
            "[Beijing, Tokyo-Yokohama,",
            "[Beijing, 3,",
            "[Beijing, 3,",
            ("patents.collaboration.top_locations[1] must be text", "the number 3"),
        ),
        (
            "top_locations: [Beijing, Tokyo-Yokohama, Hangzhou]",
            "top_locations: Beijing",
            "top_locations: Beijing",
            ("patents.collaboration.top_locations must be a list", "the text 'Beijing'"),
        ),
        (
            "  top_fields: []        # not given in the source text\n  collaboration: {share: 63",
            "  top_fields: {}\n  collaboration: {share: 63",
            "top_fields: {}",
            ("publications.top_fields must be a list",),
        ),
        (
            "{share: 2, top_locations: [Beijing, Tokyo-Yokohama, Hangzhou]}",
            "[2, Beijing]",
            "[2, Beijing]",
            ("patents.collaboration must be a mapping", "got a list"),
        ),
        (
            "    - {name: QINGDAO HAIER REFRIGERATOR, count: 732, share: 9}",
            "    - QINGDAO HAIER REFRIGERATOR",
            "REFRIGERATOR",
            ("patents.top_applicants[2] must be a mapping", "the text"),
        ),
        ("[2019, 2023]", "{first: 2019, last: 2023}", "first:", ("periods.pct_applications must be a list",)),
        ("[2018, 2022]", "[2018, '2022']", "2018", ("periods.scientific_articles must be a whole number", "'2022'")),
        ("[2018, 2022]", "[2018]", "2018", ("periods.scientific_articles must be [first year, last year]", "1 values")),
        ("[2018, 2022]", "[2018, 2020, 2022]", "2018", ("must be [first year, last year]", "got 3 values")),
        (
            "[2018, 2022]",
            "[2018, 22]",
            "2018",
            ("periods.scientific_articles must be a whole number from 1000 to 9999", "got 22"),
        ),
        ('  copyright: "© WIPO, 2024"', "  copyright: 2024", "copyright:", ("source.copyright must be text",)),
        ("year: 2024", "year: !!int 20x4", "year:", ("'20x4' is not a valid !!int value",)),
    ],
)
def test_wrong_types_are_refused(tmp_path: Path, old: str, new: str, needle: str, words: tuple[str, ...]) -> None:
    text = edited(old, new)
    refuse(tmp_path, text, line_of(text, needle), *words)


@pytest.mark.parametrize("value", [".inf", "-.inf", "+.inf", ".Inf", ".nan", ".NaN"])
def test_yaml_infinity_and_nan_are_refused_as_numbers(tmp_path: Path, value: str) -> None:
    text = edited("year: 2024", f"year: {value}")
    refuse(tmp_path, text, line_of(text, "year:"), "year must be a whole number")


def test_a_whole_number_of_5000_digits_is_refused(tmp_path: Path) -> None:
    text = edited("count: 2131", "count: " + "9" * 5000)
    refuse(tmp_path, text, line_of(text, "9999999"), "count must be a whole number")


def test_infinity_spelt_as_an_overflowing_float_is_refused(tmp_path: Path) -> None:
    text = edited("count: 2131", "count: 1e999")
    refuse(tmp_path, text, line_of(text, "1e999"), "count must be a whole number", "got inf")


def test_leading_zeros_read_as_decimal(tmp_path: Path) -> None:
    # Whole numbers are decimal digits only: 0881 is 881, not an octal number.
    text = edited("count: 881", "count: 0881")
    assert load_profile(write(tmp_path, text)).patents.top_applicants[1].count == 881


# -- refusals: out-of-range numbers -------------------------------------------------------


def test_negative_count_is_refused(tmp_path: Path) -> None:
    text = edited("count: 881", "count: -877")
    message = refuse(tmp_path, text, line_of(text, "-877"))
    assert message == "patents.top_applicants[1].count must be a whole number >= 0, got -877"


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        (
            "count: 6496",
            "count: -1",
            "-1",
            "publications.top_organizations[2].count must be a whole number >= 0, got -1",
        ),
        (
            "  pct_applications: 1742",
            "  pct_applications: -1742",
            "-1742",
            "per_million.pct_applications must be a whole number >= 0, got -1742",
        ),
        (
            "  scientific_articles: 9697",
            "  scientific_articles: -5",
            "-5",
            "per_million.scientific_articles must be a whole number >= 0, got -5",
        ),
    ],
)
def test_other_negative_counts_are_refused(tmp_path: Path, old: str, new: str, needle: str, message: str) -> None:
    text = edited(old, new)
    assert refuse(tmp_path, text, line_of(text, needle)) == message


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        ("  size: 20", "  size: 0", "size:", "ranks.size must be a whole number >= 1, got 0"),
        ("  intensity: 23", "  intensity: 0", "intensity:", "ranks.intensity must be a whole number >= 1, got 0"),
        ("  in_economy: 8", "  in_economy: 0", "in_economy:", "ranks.in_economy must be a whole number >= 1, got 0"),
        (
            "  economy_clusters: 26",
            "  economy_clusters: -26",
            "economy_clusters:",
            "ranks.economy_clusters must be a whole number >= 1, got -26",
        ),
        (
            "count: 881, share: 10}",
            "count: 881, share: 10, rank: 0}",
            "rank: 0",
            "patents.top_applicants[1].rank must be a whole number >= 1, got 0",
        ),
    ],
)
def test_ranks_below_one_are_refused(tmp_path: Path, old: str, new: str, needle: str, message: str) -> None:
    text = edited(old, new)
    assert refuse(tmp_path, text, line_of(text, needle)) == message


def test_in_economy_above_economy_clusters_is_refused(tmp_path: Path) -> None:
    text = edited("  in_economy: 8", "  in_economy: 27")
    message = refuse(tmp_path, text, line_of(text, "in_economy:"))
    assert message == "ranks.in_economy (27) cannot be above ranks.economy_clusters (26)"


def test_in_economy_equal_to_economy_clusters_is_accepted(tmp_path: Path) -> None:
    text = edited("  in_economy: 8", "  in_economy: 26")
    assert load_profile(write(tmp_path, text)).ranks.in_economy == 26


@pytest.mark.parametrize(
    ("old", "new", "needle", "given", "missing"),
    [
        ("  economy_clusters: 26\n", "", "in_economy:", "in_economy", "economy_clusters"),
        ("  in_economy: 8 ", "  # in_economy: 8 ", "economy_clusters:", "economy_clusters", "in_economy"),
    ],
)
def test_in_economy_and_economy_clusters_come_together(
    tmp_path: Path, old: str, new: str, needle: str, given: str, missing: str
) -> None:
    text = edited(old, new)
    message = refuse(tmp_path, text, line_of(text, needle))
    assert message == f"ranks.{given} needs ranks.{missing} beside it"


def test_ranks_in_economy_may_both_be_left_out(tmp_path: Path) -> None:
    text = edited("  in_economy: 8 ", "# in_economy: 8 ")
    text = edited("  economy_clusters: 26\n", "", text)
    ranks = load_profile(write(tmp_path, text)).ranks
    assert (ranks.in_economy, ranks.economy_clusters) == (None, None)


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        (
            "share: 25}",
            "share: 101}",
            "101",
            "patents.top_applicants[0].share must be a whole number from 0 to 100, got 101",
        ),
        (
            "share: 16}",
            "share: -1}",
            "-1",
            "publications.top_organizations[0].share must be a whole number from 0 to 100, got -1",
        ),
        (
            "{share: 2,",
            "{share: 250,",
            "250",
            "patents.collaboration.share must be a whole number from 0 to 100, got 250",
        ),
        (
            "{share: 63,",
            "{share: -3,",
            "-3",
            "publications.collaboration.share must be a whole number from 0 to 100, got -3",
        ),
        (
            "  top_fields: []        # not given in the source text\n  collaboration: {share: 2",
            "  top_fields: [{field: Optics, share: 101}]\n  collaboration: {share: 2",
            "Optics",
            "patents.top_fields[0].share must be a whole number from 0 to 100, got 101",
        ),
    ],
)
def test_shares_outside_0_to_100_are_refused(tmp_path: Path, old: str, new: str, needle: str, message: str) -> None:
    text = edited(old, new)
    assert refuse(tmp_path, text, line_of(text, needle)) == message


def test_shares_adding_up_to_more_than_100_are_refused(tmp_path: Path) -> None:
    # 83 + 10 + 9 = 102: over 100 by more than the 3 x 0.5 that rounding allows.
    text = edited("share: 25}", "share: 83}")
    message = refuse(tmp_path, text, line_of(text, "AIR CONDITIONER"))
    assert message == "the shares of patents.top_applicants add up to 102%, more than 100% even allowing for rounding"


def test_shares_at_the_rounding_allowance_are_accepted(tmp_path: Path) -> None:
    # 82 + 10 + 9 = 101 <= 100 + 3 x 0.5: three shares each rounded up by under half a percent.
    text = edited("share: 25}", "share: 82}")
    assert sum(row.share for row in load_profile(write(tmp_path, text)).patents.top_applicants) == 101


@pytest.mark.parametrize(("first", "accepted"), [(50, True), (51, False)])
def test_two_shares_at_and_past_the_exact_allowance(tmp_path: Path, first: int, accepted: bool) -> None:
    # Two rows allow 100 + 2 x 0.5 = 101 exactly: 50 + 51 loads, 51 + 51 does not.
    fields = f"  top_fields:\n    - {{field: Optics, share: {first}}}\n    - {{field: Chemistry, share: 51}}\n"
    text = edited(
        "  top_fields: []        # not given in the source text\n  collaboration: {share: 63",
        fields + "  collaboration: {share: 63",
    )
    if accepted:
        assert [f.share for f in load_profile(write(tmp_path, text)).publications.top_fields] == [50, 51]
    else:
        message = refuse(tmp_path, text, line_of(text, "Optics"))
        assert (
            message == "the shares of publications.top_fields add up to 102%, more than 100% even allowing for rounding"
        )


def test_rows_out_of_rank_order_are_refused(tmp_path: Path) -> None:
    text = edited("count: 881, share: 10}", "count: 881, share: 10, rank: 5}")
    message = refuse(tmp_path, text, line_of(text, "REFRIGERATOR"))
    assert message == "patents.top_applicants[2].rank (3) comes after rank 5: list rows in rank order"


def test_an_empty_top_list_is_refused(tmp_path: Path) -> None:
    text = re.sub(r"(  top_organizations:)\n(    - .*\n)+", r"\1 []\n", TEXT)
    refuse(
        tmp_path, text, line_of(text, "top_organizations"), "publications.top_organizations must list at least one row"
    )


# -- refusals: names ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "needle", "words"),
    [
        ("cluster: Qingdao", 'cluster: ""', "cluster:", ("cluster must not be empty",)),
        ("cluster: Qingdao", "cluster: '   '", "cluster:", ("cluster must not be empty",)),
        (
            "{name: QINGDAO UNIVERSITY,",
            "{name: '',",
            "7510",
            ("publications.top_organizations[0].name must not be empty",),
        ),
        (
            "[Beijing, Shanghai",
            "['', Shanghai",
            "Shanghai",
            ("publications.collaboration.top_locations[0] must not be empty",),
        ),
        (
            "{name: QINGDAO HAIER WASHING MACHINE,",
            '{name: "QINGDAO\\aHAIER",',
            "QINGDAO\\a",
            ("patents.top_applicants[1].name must not contain control characters", "U+0007"),
        ),
        (
            "{name: QINGDAO HAIER WASHING MACHINE,",
            '{name: "QINGDAO\\x07HAIER",',
            "x07",
            ("control characters", "U+0007"),
        ),
        ("economy: China", 'economy: "\\e[31mChina"', 'economy: "', ("economy must not contain control", "U+001B")),
        ("cluster: Qingdao", 'cluster: "Qing\\tdao"', "cluster:", ("cluster must not contain control", "U+0009")),
        ("cluster: Qingdao", "cluster: Qing\tdao", "cluster:", ("cluster must not contain control", "U+0009")),
        ("cluster: Qingdao", 'cluster: "Qingdao\\n"', "cluster:", ("cluster must not contain control", "U+000A")),
        ("cluster: Qingdao", 'cluster: "Qing\\0dao"', "cluster:", ("cluster must not contain control", "U+0000")),
        ("cluster: Qingdao", "cluster: Qing\u202edao", "cluster:", ("cluster must not contain control", "U+202E")),
        ("cluster: Qingdao", 'cluster: "Qing\\u2066dao"', "cluster:", ("control characters", "U+2066")),
        (
            "Jinan]",
            '"Ji\\u2028nan"]',
            "Ji\\u2028nan",
            ("publications.collaboration.top_locations[2] must not contain control", "U+2028"),
        ),
        ("Jinan]", '"Ji\\u0085nan"]', "Ji\\u0085nan", ("top_locations[2] must not contain control", "U+0085")),
        (
            "  publisher: WIPO",
            '  publisher: "\\x9bWIPO"',
            "publisher:",
            ("source.publisher must not contain", "U+009B"),
        ),
    ],
)
def test_empty_names_and_control_characters_are_refused(
    tmp_path: Path, old: str, new: str, needle: str, words: tuple[str, ...]
) -> None:
    text = edited(old, new)
    refuse(tmp_path, text, line_of(text, needle), *words)


def test_a_literal_block_name_is_refused_for_its_newline(tmp_path: Path) -> None:
    text = edited("cluster: Qingdao", "cluster: |\n  Qingdao")
    refuse(tmp_path, text, line_of(text, "cluster:"), "cluster must not contain control characters", "U+000A")


@pytest.mark.parametrize("character", ["\x07", "\x00", "\x1b"])
def test_a_raw_control_character_is_refused_on_its_line(tmp_path: Path, character: str) -> None:
    text = edited("economy: China", f"economy: Ch{character}ina")
    message = refuse(tmp_path, text, line_of(text, "economy: Ch"), "control character")
    assert "<unicode string>" not in message


# -- refusals: not a profile at all -------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "words"),
    [
        pytest.param("", ("holds no profile", "empty or only comments"), id="empty"),
        pytest.param("\n\n   \n", ("holds no profile",), id="blank lines"),
        pytest.param("# only\n# comments\n", ("holds no profile", "only comments"), id="only comments"),
        pytest.param("---\n", ("holds no profile",), id="empty document"),
        pytest.param("--- ~\n", ("not a GII cluster profile", "found nothing (null)"), id="null"),
        pytest.param(
            "- format: gii-cluster-profile/1\n- cluster: Qingdao\n",
            ("not a GII cluster profile", "a list"),
            id="a list",
        ),
        pytest.param("Qingdao\n", ("not a GII cluster profile", "found a single value"), id="a text"),
        pytest.param("2024\n", ("not a GII cluster profile", "found a single value"), id="a number"),
        pytest.param("true\n", ("not a GII cluster profile", "found a single value"), id="a boolean"),
        pytest.param("name: Qingdao\n", ("not a GII cluster profile", "none of the profile's keys"), id="a mapping"),
    ],
)
def test_a_file_that_is_not_a_mapping_is_refused(tmp_path: Path, content: str, words: tuple[str, ...]) -> None:
    message = refuse(tmp_path, content, 1, *words)
    assert "Qingdao" not in message and "2024" not in message


@pytest.mark.parametrize(
    ("content", "line", "byte"),
    [
        pytest.param(
            TEXT.encode().replace(b"economy: China", b"economy: Ch\xffina"),
            line_of(TEXT, "economy: Ch"),
            "0xFF",
            id="0xFF in a name",
        ),
        pytest.param(
            TEXT.encode().replace(b"cluster: Qingdao", "cluster: São Paulo".encode("latin-1")),
            line_of(TEXT, "cluster:"),
            "0xE3",
            id="Latin-1",
        ),
        pytest.param(TEXT.encode() + "東".encode()[:2], TEXT.count("\n") + 1, "0xE6", id="cut multi-byte at the end"),
        pytest.param(
            TEXT.encode().replace(b"cluster: Qingdao", b"cluster: Qing\xc0\xafdao"), 7, "0xC0", id="overlong in a name"
        ),
        pytest.param(
            TEXT.encode().replace(b"\n", b"\r").replace(b"economy: China", b"economy: Ch\xffina"),
            8,
            "0xFF",
            id="CR line ends",
        ),
    ],
)
def test_bytes_that_are_not_utf8_are_refused_at_their_line(
    tmp_path: Path, content: bytes, line: int, byte: str
) -> None:
    refuse(tmp_path, content, line, "is not UTF-8 text", f"byte {byte}")


@pytest.mark.parametrize(
    ("content", "line"),
    [
        pytest.param(TEXT.encode("utf-16"), 1, id="UTF-16"),
        pytest.param(TEXT.encode().replace(b"# Qingdao, China", b"# Qingdao, \xc0\xaf"), 1, id="before any key"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 1, id="a PNG image"),
        pytest.param(b"TOKEN=sekrit-123\n\xff\xfe", 2, id="a credentials file with a bad byte"),
    ],
)
def test_bytes_that_are_not_utf8_before_any_profile_are_no_profile(tmp_path: Path, content: bytes, line: int) -> None:
    message = refuse(tmp_path, content, line, "not a GII cluster profile", "found bytes that are not UTF-8 text")
    assert "sekrit" not in message and "Qingdao" not in message


@pytest.mark.parametrize(
    "content",
    [
        pytest.param("cluster: " + "[" * 100_000, id="100,000 ["),
        pytest.param("cluster: " + "{a: " * 100_000, id="100,000 {a:"),
        pytest.param("cluster:\n" + "- " * 100_000 + "x\n", id="100,000 block list marks"),
        pytest.param(
            "cluster:\n" + "".join(" " * (depth + 1) + f"k{depth}:\n" for depth in range(1000)),
            id="1,000 block mappings",
        ),
        pytest.param(TEXT.replace("cluster: Qingdao", "cluster: " + "[" * 100_000), id="inside the profile"),
    ],
)
@pytest.mark.parametrize("parser", ["libyaml", "pure Python"])
def test_deep_nesting_is_a_profile_error_not_recursion(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str, parser: str
) -> None:
    if parser == "pure Python":
        monkeypatch.setattr(plain_yaml, "PARSER", "SafeLoader")
    elif not yaml.__with_libyaml__:
        pytest.skip("PyYAML was built without libyaml")
    path = write(tmp_path, content)
    error = refusal(path)
    assert error.line is not None
    check(error, path, error.line, "nest")


def test_the_nesting_limit_is_exact() -> None:
    depth = plain_yaml.MAX_DEPTH
    assert plain_yaml.read_plain_yaml("[" * depth + "]" * depth, "p") is not None
    with pytest.raises(ProfileError, match=f"nested more than {depth} levels deep"):
        plain_yaml.read_plain_yaml("[" * (depth + 1) + "]" * (depth + 1), "p")


def test_a_folder_is_refused(tmp_path: Path) -> None:
    check(refusal(tmp_path), tmp_path, None, "is a folder, not a profile file")


def test_a_missing_path_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "no-such-profile.yaml"
    check(refusal(path), path, None, "no such file")


def test_a_path_through_a_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, TEXT) / "inside.yaml"
    check(refusal(path), path, None, "cannot be read")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    path = tmp_path / "pipe.yaml"
    os.mkfifo(path)
    check(refusal(path), path, None, "is a named pipe (FIFO), not a regular file")


def test_a_path_with_a_nul_character_is_refused() -> None:
    error = refusal(Path("bad\0name.yaml"))
    assert (error.path, error.line) == ("bad\0name.yaml", None)
    assert str(error) == "bad\\x00name.yaml: is not a valid file path"  # the NUL shown, not written


def test_text_with_a_lone_surrogate_is_refused() -> None:
    with pytest.raises(ProfileError):
        parse_profile(edited("cluster: Qingdao", "cluster: Qing\ud800dao"), "p.yaml")


@pytest.mark.parametrize(
    ("new", "words"),
    [
        (
            "format: gii-cluster-profile/2",
            ("format must be 'gii-cluster-profile/1'", "got the text 'gii-cluster-profile/2'"),
        ),
        ("format: 1", ("format must be 'gii-cluster-profile/1'", "got the number 1")),
        ("format: GII-CLUSTER-PROFILE/1", ("format must be", "'GII-CLUSTER-PROFILE/1'")),
        ("format:", ("format must be", "nothing (null)")),
    ],
)
def test_a_wrong_format_is_refused(tmp_path: Path, new: str, words: tuple[str, ...]) -> None:
    text = edited(f"format: {FORMAT}", new)
    refuse(tmp_path, text, line_of(text, "format:"), *words)


@pytest.mark.parametrize(
    "second",
    ["---\ncluster: Jinan\n", "...\n---\n", "--- {cluster: Jinan}\n"],
)
def test_a_second_yaml_document_is_refused(tmp_path: Path, second: str) -> None:
    text = TEXT + second
    refuse(tmp_path, text, line_of(text, "---"), "one YAML document", "second one starts here")


# -- the format document --------------------------------------------------------------------


def test_the_documented_example_is_the_embedded_profile() -> None:
    document = (REPO / "docs" / "profile-format.md").read_text(encoding="utf-8")
    examples = re.findall(r"```yaml\n(.*?)```", document, flags=re.DOTALL)
    assert TEXT in examples, "docs/profile-format.md's complete example differs from data/qingdao-2024.yaml"
    assert FORMAT in document
