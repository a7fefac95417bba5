"""Reading a profile's published text: the seed exactly, invented clusters, copying's marks, every refusal.

The texts in tests/fixtures/profile-texts/ are of INVENTED clusters (made-up names and
figures); each is checked against the whole profile it must give. Refusals are checked for
the line they name and for saying what was expected and what was found; fuzzing checks that
nothing but a ProfileError ever escapes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from qingdao_viewer.profile import (
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
)
from qingdao_viewer.profile.forms import (
    NOT_PROFILE_TEXT,
    YAML_NOT_TEXT,
    looks_like_profile_text,
    starts_like_profile_text,
)
from qingdao_viewer.profile.profile_text import parse_profile_text
from qingdao_viewer.profile.profile_yaml import profile_to_yaml

REPO = Path(__file__).resolve().parents[2]
SEED = (REPO / "tests" / "fixtures" / "qingdao-2024-profile.txt").read_text(encoding="utf-8")
TEXTS = REPO / "tests" / "fixtures" / "profile-texts"

FUZZ = settings(max_examples=max(300, settings.default.max_examples), deadline=None)

GII_2024 = Source(
    title="Global Innovation Index 2024, science and technology cluster profile",
    publisher="WIPO",
    license="CC BY 4.0",
    copyright="© WIPO, 2024",
    doi="10.34667/tind.50062",
)
PERIODS_2024 = Periods(Period(2019, 2023), Period(2018, 2022))

# The whole profile each invented text must give.
EXPECTED = {
    "nordhavn-osterby-2024.txt": ClusterProfile(
        cluster="Nordhavn–Østerby",
        economy="Denmark",
        year=2024,
        ranks=Ranks(size=1, intensity=2, in_economy=1, economy_clusters=1),
        per_million=PerMillion(4406, 12077),
        periods=PERIODS_2024,
        patents=Patents(
            top_applicants=(RankedCount(1, "ØSTERBY VINDKRAFT A/S", 1204551, 88),),
            top_fields=(),
            collaboration=Collaboration(17, ("Malmvik",)),
        ),
        publications=Publications(
            top_organizations=(
                RankedCount(1, "NORDHAVN TEKNISKE UNIVERSITET", 21344, 31),
                RankedCount(2, "ØSTERBY UNIVERSITETSHOSPITAL", 9120, 13),
                RankedCount(3, "KØBMAND HANSEN'S INSTITUT FOR HAVFORSKNING", 4871, 7),
                RankedCount(4, "DANSK RUMFARTSCENTER ÆRØ", 3002, 4),
                RankedCount(4, "STATENS SERUMLABORATORIUM ØSTERBY", 3002, 4),
                RankedCount(6, "SØNDERBRO SYGEHUS", 2517, 4),
                RankedCount(7, "INSTITUT FOR ÉLECTROCHIMIE NORDIQUE", 2210, 3),
                RankedCount(8, "FJORDLAB & PARTNERE", 1980, 3),
                RankedCount(9, "NORDHAVN BIOBANK", 1456, 2),
                RankedCount(10, "MOLE'S HAVN AKADEMI", 1001, 1),
            ),
            top_fields=(),
            collaboration=Collaboration(58, ("Hamborg-Vest", "Aarvig")),
        ),
        source=GII_2024,
    ),
    "kessington-2024.txt": ClusterProfile(
        cluster="Port Vellmar–Kessington, MA",
        economy="United States of America",
        year=2024,
        ranks=Ranks(size=11, intensity=63, in_economy=11, economy_clusters=20),
        per_million=PerMillion(2950, 14302),
        periods=PERIODS_2024,
        patents=Patents(
            top_applicants=(
                RankedCount(1, "VELLMAR ROBOTICS & CONTROLS INC", 3118, 12),
                RankedCount(2, "ACME <b>BOLD</b> LABS < KESSINGTON", 2047, 8),
                RankedCount(3, "O'HARE-DUBOIS MEDICAL DEVICES CORP", 1000000, 4),
            ),
            top_fields=(),
            collaboration=Collaboration(9, ("Ashgrove, NY", "Fenwick, DC–Marlow, MD", "Lake Orrin, CA")),
        ),
        publications=Publications(
            top_organizations=(
                RankedCount(1, "UNIVERSITY OF PORT VELLMAR", 31877, 22),
                RankedCount(2, "KESSINGTON INSTITUTE OF TECHNOLOGY", 12004, 8),
                RankedCount(2, "ST. ANSELM'S GENERAL HOSPITAL", 12004, 8),
            ),
            top_fields=(),
            collaboration=Collaboration(41, ("Ashgrove, NY", "Lake Orrin, CA", "Brindle Falls, MN")),
        ),
        source=GII_2024,
    ),
    "yeonhwa-baekrim-2024.txt": ClusterProfile(
        cluster="Yeonhwa-do–Baekrim",
        economy="Republic of Korea",
        year=2024,
        ranks=Ranks(size=12, intensity=13, in_economy=26, economy_clusters=30),
        per_million=PerMillion(3310, 7065),
        periods=PERIODS_2024,
        patents=Patents(
            top_applicants=(
                RankedCount(1, "연화전자 주식회사", 5402, 21),
                RankedCount(2, "白林化學工業株式會社", 1877, 7),
                RankedCount(2, "한빛 & 바다 로보틱스", 1877, 7),
                RankedCount(4, "YEONHWA DISPLAY CO., LTD.", 960, 4),
            ),
            top_fields=(
                FieldShare(1, "Digital communication", 18),
                FieldShare(2, "Semiconductors", 12),
                FieldShare(3, "Computer technology", 9),
            ),
            collaboration=Collaboration(35, ("Hanam-si", "Geumgang-ri", "Nishi-Ōmura")),
        ),
        publications=Publications(
            top_organizations=(
                RankedCount(1, "연화대학교", 18030, 39),
                RankedCount(2, "BAEKRIM NATIONAL UNIVERSITY", 6115, 13),
                RankedCount(3, "동해 해양과학기술원 (東海海洋科學技術院)", 2920, 6),
            ),
            top_fields=(FieldShare(1, "Materials science", 15), FieldShare(1, "Chemistry", 15)),
            collaboration=Collaboration(72, ("Hanam-si", "白林新城", "Geumgang-ri")),
        ),
        source=GII_2024,
    ),
    "vardanes-2031.txt": ClusterProfile(
        cluster="Vardanes",
        economy="Iran (Islamic Republic of)",
        year=2031,
        ranks=Ranks(size=3, intensity=22, in_economy=32, economy_clusters=40),
        per_million=PerMillion(96, 8800),
        periods=Periods(None, None),  # an edition the app does not know: never invented
        patents=Patents(
            top_applicants=(
                RankedCount(1, "AL-ZAHRA’S PETROCHEMICAL CO.", 44, 30),
                RankedCount(1, "VARDANES PHARMACEUTICAL RESEARCH & DEVELOPMENT", 44, 30),
            ),
            top_fields=(),
            collaboration=Collaboration(5, ("Kharvand", "Sefidabad")),
        ),
        publications=Publications(
            top_organizations=(
                RankedCount(1, "UNIVERSITY OF VARDANES", 9514, 47),
                RankedCount(2, "DANESH-E NOVIN INSTITUTE", 2230, 11),
                RankedCount(3, "VARDANES UNIVERSITY OF MEDICAL SCIENCES", 1760, 9),
            ),
            top_fields=(),
            collaboration=Collaboration(27, ("Kharvand",)),
        ),
        source=Source(
            title="Global Innovation Index 2031, science and technology cluster profile",
            publisher="WIPO",
            license="the terms given in the Global Innovation Index 2031",
            copyright="© WIPO, 2031",
            doi=None,
        ),
    ),
}


def fixture_text(name: str) -> str:
    return (TEXTS / name).read_text(encoding="utf-8")


def edited(old: str, new: str, text: str = SEED) -> str:
    """The text with old (which must occur exactly once) replaced by new."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def line_count(text: str) -> int:
    return len(re.split(r"\r\n|\r|\n", text))


# -- what is read ---------------------------------------------------------------------------------


def test_the_seed_text_gives_the_embedded_profile(embedded_path: Path, seed_text: str) -> None:
    assert parse_profile_text(seed_text, "seed.txt") == load_profile(embedded_path)


def test_the_fixtures_are_all_checked() -> None:
    assert sorted(path.name for path in TEXTS.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_an_invented_cluster_gives_its_whole_profile(name: str) -> None:
    assert parse_profile_text(fixture_text(name), name) == EXPECTED[name]


# Ways copying changes a text without changing what it says.
VARIANTS: dict[str, Callable[[str], str]] = {
    "as is": lambda text: text,
    "CRLF": lambda text: text.replace("\n", "\r\n"),
    "CR": lambda text: text.replace("\n", "\r"),
    "byte order mark": lambda text: "\ufeff" + text.removeprefix("\ufeff"),
    "runs of spaces for tabs": lambda text: text.replace("\t", "   "),
    "single spaces for tabs": lambda text: text.replace("\t", " "),
    "no bold": lambda text: text.replace("**", ""),
    "trailing blanks": lambda text: text.replace("\n", " \t\n") + "\n \n\n",
    "no-break spaces": lambda text: text.replace(" ", "\u00a0"),
    "blank lines doubled": lambda text: text.replace("\n\n", "\n \n\n"),
    "markdown headings": lambda text: re.sub(r"(?m)^(Top .*|Patents|Publications)$", r"## \1", text),
    "headings in capitals": lambda text: re.sub(
        r"(?m)^(Top PCT applicants|Top publishing organizations)$", lambda m: m.group().upper(), text
    ),
    "sentences wrapped": lambda text: text.replace(", that falls", ",\nthat falls").replace(" It filed", "\nIt filed"),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_copying_marks_change_nothing(name: str, variant: str) -> None:
    assert parse_profile_text(VARIANTS[variant](fixture_text(name)), name) == EXPECTED[name]


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_copying_marks_change_nothing_in_the_seed(variant: str, embedded_path: Path) -> None:
    assert parse_profile_text(VARIANTS[variant](SEED), "seed.txt") == load_profile(embedded_path)


def test_the_seed_with_bold_everywhere(embedded_path: Path) -> None:
    text = re.sub(r"(?m)^(\S[^\t\n]*)$", r"**\1**", SEED)  # every line without tabs in bold
    assert text.count("**") > 20
    assert parse_profile_text(text, "seed.txt") == load_profile(embedded_path)


WORD_RANKS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty-sixth": 26,
    "thirtieth": 30,
    "thirty-second": 32,
    "forty-second": 42,
    "fifty-third": 53,
    "seventy-seventh": 77,
    "ninety-ninth": 99,
    "hundredth": 100,
    "Eighth": 8,
    "8th": 8,
    "1st": 1,
    "22nd": 22,
    "101st": 101,
}


@pytest.mark.parametrize(("word", "rank"), sorted(WORD_RANKS.items()))
def test_ranks_in_the_economy_in_words_and_figures(word: str, rank: int) -> None:
    text = edited("eighth-ranked cluster, out of 26", f"{word}-ranked cluster, out of 200")
    profile = parse_profile_text(text, "p.txt")
    assert (profile.ranks.in_economy, profile.ranks.economy_clusters) == (rank, 200)


FIGURE_RANKS = ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "63rd", "101st", "111th"]
FIGURE_RANKS += ["112th", "113th", "1000th", "1001st"]


@pytest.mark.parametrize("figure", FIGURE_RANKS)
def test_ranks_by_size_and_intensity_in_figures(figure: str) -> None:
    number = int(figure[:-2])
    text = edited("20th largest", f"{figure} largest")
    text = edited("23rd S&T", f"{figure} S&T", text)
    profile = parse_profile_text(text, "p.txt")
    assert (profile.ranks.size, profile.ranks.intensity) == (number, number)


@pytest.mark.parametrize(
    ("wrong", "right"),
    [("22th", "22nd"), ("1nd", "1st"), ("11st", "11th"), ("12nd", "12th"), ("13rd", "13th"), ("21th", "21st")],
)
def test_a_wrong_suffix_is_refused(wrong: str, right: str) -> None:
    with pytest.raises(ProfileError) as caught:
        parse_profile_text(edited("20th largest", f"{wrong} largest"), "p.txt")
    assert caught.value.line == 12
    assert caught.value.message == f"expected the rank by size written {right!r}, found {wrong!r}"


def test_the_economy_is_the_title_after_the_cluster() -> None:
    text = edited("Qingdao, China", "Qingdao, China and Hong Kong, China")
    assert parse_profile_text(text, "p.txt").economy == "China and Hong Kong, China"


def test_a_possessive_may_be_a_bare_apostrophe_or_a_typographic_one() -> None:
    text = edited("of Qingdao's PCT", "of Qingdao' PCT")
    text = edited("of Qingdao's scientific", "of Qingdao’s scientific", text)
    assert parse_profile_text(text, "p.txt").patents.collaboration.share == 2


@pytest.mark.parametrize(
    ("written", "locations"),
    [
        ("Beijing", ("Beijing",)),
        ("Beijing and Jinan", ("Beijing", "Jinan")),
        ("Beijing, Shanghai-Suzhou and Jinan", ("Beijing", "Shanghai-Suzhou", "Jinan")),
        ("Beijing, Shanghai-Suzhou, and Jinan", ("Beijing", "Shanghai-Suzhou", "Jinan")),
        ("A, B, C and D", ("A", "B", "C", "D")),
        ("Ashgrove, NY", ("Ashgrove, NY",)),
        ("Ashgrove, NY and Paris", ("Ashgrove, NY", "Paris")),
        (
            "Fenwick, DC–Marlow, MD, Orrin, CA and St. Anselm, MO",
            ("Fenwick, DC–Marlow, MD", "Orrin, CA", "St. Anselm, MO"),
        ),
        ("**Beijing, Shanghai-Suzhou** and **Jinan**", ("Beijing", "Shanghai-Suzhou", "Jinan")),
        ("**Beijing**, **Shanghai-Suzhou**\nand **Jinan**", ("Beijing", "Shanghai-Suzhou", "Jinan")),
    ],
)
def test_lists_of_locations(written: str, locations: tuple[str, ...]) -> None:
    last = edited("**Beijing, Shanghai-Suzhou** and **Jinan**.", written + ".")
    first = edited("**Beijing, Tokyo-Yokohama** and **Hangzhou**", written, last)
    profile = parse_profile_text(first, "p.txt")
    assert profile.patents.collaboration.top_locations == locations
    assert profile.publications.collaboration.top_locations == locations


@pytest.mark.parametrize("words", ["the top collaborating location being", "the top two collaborating locations being"])
def test_the_last_sentence_may_count_its_locations_otherwise(words: str) -> None:
    text = edited("the top three collaborating locations being", words)
    assert parse_profile_text(text, "p.txt").publications.collaboration.share == 63


def test_field_rows_and_a_missing_column_header_row() -> None:
    text = edited(
        "Patents\n\n\n\nPublications\n", "Patents\n1\tComputer technology\t12%\n2\tOptics\t5%\nPublications\n"
    )
    text = edited("\t\tPatents\tShare\n", "", text)
    profile = parse_profile_text(text, "p.txt")
    assert profile.patents.top_fields == (FieldShare(1, "Computer technology", 12), FieldShare(2, "Optics", 5))
    assert profile.publications.top_fields == ()
    assert len(profile.patents.top_applicants) == 3


def test_a_row_may_have_a_name_ending_in_figures() -> None:
    text = edited("2\tQINGDAO HAIER WASHING MACHINE\t881", "2\tQINGDAO 2000 LAB 12\t881")
    assert parse_profile_text(text, "p.txt").patents.top_applicants[1] == RankedCount(2, "QINGDAO 2000 LAB 12", 881, 10)


def test_shares_at_the_rounding_allowance_are_accepted() -> None:
    text = edited("\t25%", "\t82%")  # 82 + 10 + 9 = 101, the most three rounded shares may add up to
    assert parse_profile_text(text, "p.txt").patents.top_applicants[0].share == 82


# -- sniffing -------------------------------------------------------------------------------------


OPENING = "Global Innovation Index 2024\n\nQingdao, China\n\nQingdao is the eighth-ranked cluster, out of 26\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SEED, True),
        (OPENING, True),
        (
            "\ufeff\r\n**Global Innovation Index 2024**\r\n# Qingdao, China\r\nQingdao is the\r\n8th-ranked cluster",
            True,
        ),
        ("## Global Innovation Index 2024\n\n## Qingdao, China\n\nQingdao is the eighth-ranked cluster", True),
        ("Global Innovation Index 2024\nQingdao, China", False),
        ("Global Innovation Index 2024\nQingdao China\nQingdao is the eighth-ranked cluster", False),
        ("Global Innovation Index 2024\nQingdao is the eighth-ranked cluster, out of 26\n", False),
        ("Global Innovation Index 2024\nQingdao, China\nQingdao is a cluster", False),
        ("# Global Innovation Index 2024\nformat: gii-cluster-profile/1\n", False),
        # A YAML file whose comments copy the template's opening is YAML: its sentence is a comment.
        (
            "# Global Innovation Index 2024\n# Qingdao, China\n# Qingdao is the eighth-ranked cluster\nformat: x\n",
            False,
        ),
        ("Global Innovation Index 2024\nQingdao, China\n**# Qingdao is the eighth-ranked cluster", False),
        ("Qingdao, China\nGlobal Innovation Index 2024\nQingdao is the eighth-ranked cluster", False),
        ("", False),
    ],
)
def test_looks_like_profile_text_by_the_templates_opening(text: str, expected: bool) -> None:
    assert looks_like_profile_text(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SEED, True),
        ("Global Innovation Index 2024\nQingdao, China", True),
        ("\ufeff\r\n  \r\nGlobal Innovation Index 2031\r\n", True),
        ("**Global Innovation Index 2024**\n", True),
        ("# Global Innovation Index 2024", True),
        ("## **Global  Innovation\u00a0Index 2024** ##\n", True),
        ("Global Innovation Index 2024", True),
        ("", False),
        ("format: gii-cluster-profile/1\n", False),
        ("# Qingdao, China: GII 2024 science and technology cluster profile.\n", False),
        ("Global Innovation Index\n2024\n", False),
        ("Global Innovation Index 24\n", False),
        ("Qingdao, China\nGlobal Innovation Index 2024\n", False),
        ("The Global Innovation Index 2024 report", False),
        ("Global Innovation Index 2024 " + "x" * 10_000, False),
    ],
)
def test_starts_like_profile_text(text: str, expected: bool) -> None:
    assert starts_like_profile_text(text) is expected


def test_the_yaml_profiles_do_not_look_like_text(embedded_path: Path) -> None:
    for text in (embedded_path.read_text(encoding="utf-8"), profile_to_yaml(load_profile(embedded_path))):
        assert not looks_like_profile_text(text)
        assert not starts_like_profile_text(text)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_fixture_looks_like_text(name: str) -> None:
    assert looks_like_profile_text(fixture_text(name))
    assert starts_like_profile_text(fixture_text(name))


def test_the_opening_is_found_fast_after_many_blank_lines() -> None:
    # Blank lines are skipped one by one, not searched again from each: 200,000 of them are quick.
    text = "\n" * 200_000 + OPENING
    assert looks_like_profile_text(text) and starts_like_profile_text(text)


# -- refusals -------------------------------------------------------------------------------------

# (what is broken, the text, the line to name, words of the message). Line numbers are the seed's:
# 4 header, 6 title, 10 first sentence, 12 size, 14 intensity, 16 "Top PCT applicants", 20-23 its
# table, 25 "Top publishing organizations", 29-32 its table, 34 "Top technology fields in Qingdao",
# 36 "Patents", 40 "Publications", 44 and 46 the collaboration sentences.
APPLICANTS_ROW_3 = "3\tQINGDAO HAIER REFRIGERATOR"
ORGANIZATIONS_ROWS = SEED[SEED.index("1\tQINGDAO UNIVERSITY") : SEED.index("\n\nTop technology")]
FIELDS_PART = "Top technology fields in Qingdao\n\nPatents\n\n\n\nPublications\n"
FIRST_LIST = "**Beijing, Tokyo-Yokohama** and **Hangzhou**"
LAST_LIST = "**Beijing, Shanghai-Suzhou** and **Jinan**"


def refused(name: str, text: str, line: int, words: str) -> object:
    return pytest.param(text, line, words, id=name)


REFUSALS = [
    refused("a header's year under 1000", edited("Index 2024", "Index 0999"), 4, "a year from 1000"),
    refused("no comma in the title", edited("Qingdao, China", "Qingdao China"), 6, "'Qingdao China'"),
    refused("no economy in the title", edited("Qingdao, China", "Qingdao,"), 6, "'Qingdao, <economy>'"),
    refused("another cluster in the title", edited("Qingdao, China", "Jinan, China"), 6, "'Jinan, China'"),
    refused("no title", edited("Qingdao, China", ""), 10, "the title line"),
    refused("a misspelt rank", edited("eighth-ranked", "eigth-ranked"), 10, "'eigth'"),
    refused("a rank with a wrong suffix", edited("eighth-ranked", "8nd-ranked"), 10, "written '8th', found '8nd'"),
    refused("a rank of 0", edited("eighth-ranked", "0th-ranked"), 10, "at least 1st"),
    refused("a rank above the economy's clusters", edited("out of 26", "out of 6"), 10, "no higher than its 6"),
    refused("clusters in words", edited("out of 26", "out of twenty-six"), 10, "'twenty-six'"),
    refused("the 'only' form", edited("the eighth-ranked cluster", "the only cluster"), 10, "'only cluster, out of"),
    refused("no rank", edited("is the eighth-ranked cluster", "is a cluster"), 10, "'Qingdao is a cluster"),
    refused("another year in the first sentence", edited("clusters in 2024.", "clusters in 2023."), 10, "'2023'"),
    refused("a malformed figure", edited("1,742", "1,74"), 10, "'1,74'"),
    refused("a decimal point", edited("9,697", "9.697"), 10, "'9.697'"),
    refused("other words", edited("both per 1 million", "both per 1,000 people"), 10, "'both per 1,000 people"),
    refused("a size rank's suffix", edited("20th largest", "20st largest"), 12, "'20st'"),
    refused("a size rank in another form", edited("20th largest", "No. 20 largest"), 12, "'No. 20 largest"),
    refused("no size sentence", edited("20th largest science and technology cluster in 2024", ""), 14, "largest"),
    refused("an intensity rank's suffix", edited("23rd S&T", "23th S&T"), 14, "'23th'"),
    refused("another year for intensity", edited("density) in 2024", "density) in 2025"), 14, "header on line 4"),
    refused("junk after the sentences", edited("density) in 2024", "density) in 2024 and more"), 14, "'and more'"),
    refused("no 'Top PCT applicants'", edited("Top PCT applicants", "Top PCT applicant"), 16, "'Top PCT applicant'"),
    refused("a share without %", edited("2,131\t25%", "2,131\t25"), 21, "found '25'"),
    refused("a share over 100%", edited("2,131\t25%", "2,131\t101%"), 21, "'101%'"),
    refused("a letter in a count", edited("\t881\t", "\t88l\t"), 22, "'88l'"),
    refused("a rank of 0 in a row", edited(APPLICANTS_ROW_3, "0" + APPLICANTS_ROW_3[1:]), 23, "found '0'"),
    refused("rows out of rank order", edited(APPLICANTS_ROW_3, "1" + APPLICANTS_ROW_3[1:]), 23, "rank order"),
    refused("a row with two cells", edited(APPLICANTS_ROW_3 + "\t732\t9%", "3\t9%"), 23, "'3\\t9%'"),
    refused("a row without a rank", edited(APPLICANTS_ROW_3, APPLICANTS_ROW_3[2:]), 23, "'QINGDAO HAIER"),
    refused("shares over 100%", edited("\t25%", "\t83%"), 16, "found shares adding up to 102%"),
    refused("the other table's header row", edited("\t\tPatents\tShare", "\t\tArticles\tShare"), 20, "at least one"),
    refused("no 'Top publishing organizations'", edited("Top publishing organizations", ""), 29, "'Articles\\tShare'"),
    refused("an empty table", edited(ORGANIZATIONS_ROWS, "\n\n"), 34, "'Top publishing organizations' with rows"),
    refused(
        "another cluster's fields", edited("fields in Qingdao", "fields in Jinan"), 34, "'Top technology fields in"
    ),
    refused("no technology fields part", edited(FIELDS_PART, "\n" * 7), 44, "'Top technology fields in Qingdao'"),
    refused("no 'Patents' heading", edited("\nPatents\n", "\n\n"), 40, "'Patents'"),
    refused("a field row without %", edited("Patents\n\n", "Patents\n1\tOptics\t12\n"), 37, "found '12'"),
    refused("a field row without a field", edited("Patents\n\n", "Patents\n1\t12%\n"), 37, "'1\\t12%'"),
    refused("a share per mille", edited("2% of", "2‰ of"), 44, "found \"2‰ of Qingdao's PCT"),
    refused("a share over 100% of applications", edited("2% of", "102% of"), 44, "'102%'"),
    refused("another cluster's applications", edited("of Qingdao's PCT", "of Jinan's PCT"), 44, "\"Jinan's PCT"),
    refused("other words for collaboration", edited("filed in collaboration", "filed together"), 44, "'PCT patent"),
    refused(
        "a list without 'and'", edited(FIRST_LIST, "Beijing, Tokyo-Yokohama"), 44, "found 'Beijing, Tokyo-Yokohama'"
    ),
    refused("a list with an empty name", edited(FIRST_LIST, "Beijing, , Tokyo and Hangzhou"), 44, "'A, B and C'"),
    refused(
        "no end to the first sentence", edited("emerging as the top collaborative locations.", "."), 44, "emerging"
    ),
    refused("a list ending in 'and'", edited(LAST_LIST, "Beijing, Shanghai-Suzhou and"), 46, "'A, B and C'"),
    refused("no last sentence", SEED[: SEED.index("63% of")], 46, "found the end of the text"),
    refused("a sentence cut by a footer", SEED[: SEED.index("63% of")] + "© WIPO 2024\n", 46, "'© WIPO 2024'"),
    refused("a bell", edited("Jinan", "Jin\x07an"), 46, "found U+0007 in"),
    refused("a right-to-left override", edited("Qingdao, China", "Qingdao, Chi\u202ena"), 6, "U+202E"),
    refused("a line separator", edited("Qingdao, China", "Qingdao,\u2028China"), 6, "U+2028"),
    refused("a lone surrogate", edited("Qingdao, China", "Qingdao, \ud800"), 6, "U+D800"),
    refused("the table cut short", SEED[: SEED.index(APPLICANTS_ROW_3)], 23, "found the end of the text"),
    refused("a header only", "Global Innovation Index 2024\n", 2, "the title line"),
    refused("CRLF", edited("20th largest", "20st largest").replace("\n", "\r\n"), 12, "'20st'"),
    refused("CR", edited("20th largest", "20st largest").replace("\n", "\r"), 12, "'20st'"),
    refused("a byte order mark", "\ufeff" + edited("20th largest", "20st largest"), 12, "'20st'"),
]


@pytest.mark.parametrize(("text", "line", "words"), REFUSALS)
def test_refusals_name_the_line_and_what_was_expected_and_found(text: str, line: int, words: str) -> None:
    with pytest.raises(ProfileError) as caught:
        parse_profile_text(text, "dir/p.txt")
    error = caught.value
    assert type(error) is ProfileError
    assert (error.path, error.line) == ("dir/p.txt", line), str(error)
    assert str(error) == f"dir/p.txt:{line}: {error.message}"
    assert error.message.startswith("expected "), error.message
    assert ", found " in error.message, error.message
    assert words in error.message, error.message
    assert "\n" not in error.message


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param(edited("Index 2024", "Idx 2024"), 4, id="no header"),
        pytest.param("", 1, id="nothing"),
        pytest.param(" \n\t\n\n", 1, id="blank lines only"),
        pytest.param("TOKEN=sekrit-123\nPASSWORD=hunter2\n", 1, id="a credentials file"),
        pytest.param("\n\n<!DOCTYPE html>\n<title>Global Innovation Index 2024</title>\n", 3, id="a web page"),
        pytest.param("name: sekrit-123\n", 1, id="YAML of no profile"),
        pytest.param("sekrit\x00\x07-123\n", 1, id="controls"),
    ],
)
def test_text_that_is_no_profile_text_is_refused_quoting_nothing(text: str, line: int) -> None:
    with pytest.raises(ProfileError) as caught:
        parse_profile_text(text, "clipboard")
    assert str(caught.value) == f"clipboard:{line}: {NOT_PROFILE_TEXT}"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param((REPO / "data" / "qingdao-2024.yaml").read_text(encoding="utf-8"), id="the embedded profile"),
        pytest.param(
            "# Global Innovation Index 2024\n" + profile_to_yaml(load_profile(REPO / "data" / "qingdao-2024.yaml")),
            id="a header comment",
        ),
        pytest.param(
            "# Global Innovation Index 2024\n# Qingdao, China\n# Qingdao is the eighth-ranked cluster\nyear: 1\n",
            id="the opening in comments",
        ),
    ],
)
def test_a_pasted_yaml_profile_is_told_apart(text: str) -> None:
    with pytest.raises(ProfileError) as caught:
        parse_profile_text(text, "clipboard")
    assert str(caught.value) == f"clipboard: {YAML_NOT_TEXT}"


def test_found_text_is_shortened() -> None:
    with pytest.raises(ProfileError) as caught:
        parse_profile_text(edited("Top PCT applicants", "Top PCT applicants " + "x" * 200), "p.txt")
    found = caught.value.message.split(", found ", 1)[1]
    assert found.endswith("…'") and len(found) < 70


# -- fuzzing --------------------------------------------------------------------------------------

PIECES = (
    "\t",
    "  ",
    "**",
    "# ",
    "\n",
    "\r\n",
    "\r",
    "\ufeff",
    "\u00a0",
    "\u202e",
    "\x00",
    "\x85",
    "%",
    ",",
    ".",
    "'",
    "’",
    "0",
    "1",
    "101",
    "9" * 5000,
    "1," + "000," * 50 + "000",
    "-ranked",
    " and ",
    "'s",
    "st",
    "nd",
    "th",
    "twenty-",
    "Top PCT applicants\n",
    "Patents\n",
    "Publications\n",
    "1\tX\t5\t5%\n",
    "1\tField\t5%\n",
    "Global Innovation Index 2024\n",
    "é",
    "東京",
    "😀",
)
PIECE = st.one_of(st.sampled_from(PIECES), st.text(min_size=1, max_size=6))


@st.composite
def mutated_seeds(draw: st.DrawFn) -> str:
    """The seed with lines deleted, duplicated or swapped and characters replaced or inserted."""
    text = SEED
    for _ in range(draw(st.integers(1, 4))):
        lines = text.split("\n")
        kind = draw(st.sampled_from(("delete", "duplicate", "swap", "replace", "insert")))
        i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
        if kind == "delete":
            del lines[i]
            text = "\n".join(lines)
        elif kind == "duplicate":
            lines.insert(j, lines[i])
            text = "\n".join(lines)
        elif kind == "swap":
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
        else:
            at = draw(st.integers(0, len(text)))
            cut = draw(st.integers(1, 8)) if kind == "replace" else 0
            text = text[:at] + draw(PIECE) + text[at + cut :]
    return text


def check_outcome(text: str, record: bool = True) -> ClusterProfile | None:
    """Parse; an error must be a plain ProfileError on a line of the text, saying expected and found."""
    try:
        profile = parse_profile_text(text, "fuzzed.txt")
    except ProfileError as error:
        assert type(error) is ProfileError
        assert error.path == "fuzzed.txt"
        if error.message == YAML_NOT_TEXT:
            assert error.line is None
        else:
            assert error.line is not None and 1 <= error.line <= line_count(text), (error.line, str(error))
        assert (error.message.startswith("expected ") and ", found " in error.message) or error.message in (
            NOT_PROFILE_TEXT,
            YAML_NOT_TEXT,
        ), error.message
        if record:
            event("refused: " + re.sub(r"'.*|[0-9]+", "_", error.message)[:50])
        return None
    if record:
        event("read")
    return profile


@FUZZ
@given(mutated_seeds())
def test_mutated_seeds_are_read_or_refused(text: str) -> None:
    profile = check_outcome(text)
    if profile is not None:
        # What the text gives, the YAML loader accepts: the same rules hold.
        assert parse_profile(profile_to_yaml(profile), "x.yaml") == profile


@FUZZ
@given(st.text(max_size=400))
def test_any_text_is_read_or_refused(text: str) -> None:
    check_outcome(text)


@FUZZ
@given(st.integers(0, len(SEED)), st.integers(0, 20), st.text(max_size=30))
def test_the_seed_with_text_spliced_in_is_read_or_refused(at: int, cut: int, noise: str) -> None:
    check_outcome(SEED[:at] + noise + SEED[at + cut :])


def test_pathological_blanks_are_quick() -> None:
    # Long runs of blanks and blank lines must not make a search slow (each is read once).
    for text in (
        SEED.replace(" emerging", " " * 200_000 + "emerging"),
        SEED.replace("**Hangzhou**", "Hangzhou" + "\n" * 200_000),
        SEED[: SEED.index("2% of")] + "2% of Qingdao's " + " x" * 100_000,
        SEED.replace("Qingdao is the", "Qingdao" + " a" * 100_000),
    ):
        check_outcome(text, record=False)
