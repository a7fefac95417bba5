"""Text import as people copy it: a profile inside a browser's copy of its web page, several in one text.

The browser copies in tests/fixtures/browser-copies/ are made by hand as a select-all copy of
WIPO's cluster page gives them (menus, breadcrumbs, a cookie banner, a footer) around the seed
text; the invented clusters of tests/fixtures/profile-texts/ (made-up names and figures) are
wrapped in the same noise here. Every figure must still be read exactly: each noisy text gives
what the clean text (or data/qingdao-2024.yaml) gives, by parse equality.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qingdao_viewer.profile import (
    ClusterProfile,
    FoundProfile,
    ProfileError,
    load_profile,
    parse_any_profile,
    parse_any_profiles,
    parse_profile,
)
from qingdao_viewer.profile.errors import EXCERPT, MAX_LINE
from qingdao_viewer.profile.forms import NOT_A_PROFILE, NOT_PROFILE_TEXT, normal_line, profile_openings, split_lines
from qingdao_viewer.profile.profile_text import find_profile_texts, parse_profile_text
from qingdao_viewer.profile.profile_yaml import profile_to_yaml

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
EMBEDDED = REPO / "data" / "qingdao-2024.yaml"
SEED = (FIXTURES / "qingdao-2024-profile.txt").read_text(encoding="utf-8")
BROWSER_COPIES = FIXTURES / "browser-copies"
TEXTS = FIXTURES / "profile-texts"
INVENTED = sorted(path.name for path in TEXTS.glob("*.txt"))


def embedded() -> ClusterProfile:
    return load_profile(EMBEDDED)


def invented(name: str) -> str:
    return (TEXTS / name).read_text(encoding="utf-8")


def lines_of(text: str) -> int:
    return len(re.split(r"\r\n|\r|\n", text))


# -- a profile among a browser's noise ---------------------------------------------------------

MENU = "Skip to main content\nAbout IP\nIP Services\nPolicy\nCooperation\nReference\nAbout WIPO\nSearch WIPO\n"
BREADCRUMBS = "Home > Global Innovation Index > Global Innovation Index 2024 > Science and technology clusters\n"
BREADCRUMB_LINES = "Home\nGlobal Innovation Index\nGlobal Innovation Index 2024\nScience and technology clusters\n"
COOKIES = (
    "We use cookies to give you the best experience on our website.\nAccept cookies\tReject all\tCookie settings\n"
)
FOOTER = "\nDownload the report (PDF)\nShare\nTerms of use\tPrivacy policy\tAccessibility\nContact\n© WIPO 2024\n"
# Lines a page could hold that look like parts of the template but open no profile.
NEAR_MISSES = (
    "Global Innovation Index 2024\n\nAccept cookies\n\n"
    "## Global Innovation Index 2024 ##\nHome, About WIPO\n\n"
    "Global Innovation Index 2024\nQingdao, China\n# Qingdao is the eighth-ranked cluster (a comment)\n\n"
    "Global Innovation Index 2024\n"
)

# Ways a browser wraps a profile's text: (before, after).
NOISES: dict[str, tuple[str, str]] = {
    "menu and footer": (MENU, FOOTER),
    "breadcrumbs on one line": (MENU + BREADCRUMBS + "\n", FOOTER),
    "breadcrumbs a line each, with a bare header among them": (BREADCRUMB_LINES, FOOTER),
    "a cookie banner first": (COOKIES + "\n\n" + MENU, ""),
    "a cookie banner last": ("", FOOTER + COOKIES),
    "repeated blank lines": ("\n \n\n\u00a0\n" * 30, "\n\n\t\n" * 30),
    "headers that open nothing, before and after": (NEAR_MISSES + MENU, FOOTER + NEAR_MISSES),
    "CRLF throughout": (MENU.replace("\n", "\r\n") + "\r\n", FOOTER.replace("\n", "\r\n")),
}


def wrapped(noise: str, text: str) -> str:
    before, after = NOISES[noise]
    body = text.strip("\n ")
    if noise == "CRLF throughout":
        body = body.replace("\n", "\r\n")
    return before + body + ("\n" if after else "") + after


@pytest.mark.parametrize("name", sorted(path.name for path in BROWSER_COPIES.glob("*.txt")))
def test_a_browsers_copy_of_the_page_gives_the_embedded_profile(name: str) -> None:
    path = BROWSER_COPIES / name
    text = path.read_text(encoding="utf-8")
    assert "Accept cookies" in text and "©" in text  # the noise is there
    assert not text.lstrip().startswith("Global Innovation Index")
    assert parse_any_profile(text, "clipboard") == embedded()
    assert load_profile(path) == embedded()
    assert [found.error for found in find_profile_texts(text, "clipboard")] == [None]


def test_the_browser_copies_are_all_checked() -> None:
    assert sorted(path.name for path in BROWSER_COPIES.glob("*.txt")) == [
        "qingdao-2024-chromium.txt",
        "qingdao-2024-firefox.txt",
    ]


@pytest.mark.parametrize("noise", sorted(NOISES))
def test_the_seed_in_noise_gives_the_embedded_profile(noise: str) -> None:
    text = wrapped(noise, SEED)
    assert parse_profile_text(text, "clipboard") == embedded()
    assert parse_any_profile(text, "clipboard") == embedded()


@pytest.mark.parametrize("noise", sorted(NOISES))
@pytest.mark.parametrize("name", INVENTED)
def test_an_invented_cluster_in_noise_gives_its_whole_profile(name: str, noise: str) -> None:
    assert parse_any_profile(wrapped(noise, invented(name)), "clipboard") == parse_profile_text(invented(name), name)


def test_the_profile_found_starts_at_its_header_line() -> None:
    text = wrapped("breadcrumbs a line each, with a bare header among them", SEED)
    found = find_profile_texts(text, "clipboard")
    header = text.split("\n").index("Global Innovation Index 2024", 4) + 1  # the breadcrumb's is line 3
    assert [(item.line, item.error) for item in found] == [(header, None)]
    assert text.split("\n")[2] == "Global Innovation Index 2024"


def test_a_header_that_opens_nothing_is_not_a_profile() -> None:
    openings = profile_openings(split_lines(NEAR_MISSES + MENU + SEED))
    seed_starts = len(split_lines(NEAR_MISSES + MENU)) - 1  # the index of the seed's first line
    assert openings == [seed_starts + 3]  # the seed's header is its line 4
    # A header, a title and the first sentence in a comment open nothing; nor does a header
    # whose next lines are another header's opening.
    assert profile_openings(split_lines("Global Innovation Index 2024\nQ, C\n# Q is the first-ranked cluster")) == []
    assert profile_openings(split_lines("Global Innovation Index 2024\nQ, C\n" + SEED.strip())) == [2]


# -- several profiles in one text -------------------------------------------------------------


PAGE_BEFORE = MENU + BREADCRUMBS + "\n"


def several(*texts: str) -> str:
    """Profiles as a person copies them one after another from several pages: each with its page's noise."""
    return "".join(PAGE_BEFORE + text.strip("\n ") + "\n" + FOOTER for text in texts)


def starting_lines(*texts: str) -> list[int]:
    """The line of each profile's header in several(*texts), counted from the pieces it is made of."""
    starts, before = [], 0
    for text in texts:
        body = text.strip("\n ")
        header = next(index for index, line in enumerate(body.split("\n")) if "Global Innovation Index" in line)
        starts.append(before + lines_of(PAGE_BEFORE) + header)
        before += lines_of(PAGE_BEFORE + body + "\n" + FOOTER) - 1
    return starts


BROKEN_ROW = ("3\tQINGDAO HAIER REFRIGERATOR\t732\t9%", "3\tQINGDAO HAIER REFRIGERATOR\t732")


def broken_seed() -> tuple[str, int]:
    """The seed with its third applicant's share lost, and the line of that row in the seed."""
    old, new = BROKEN_ROW
    return SEED.replace(old, new), SEED.split("\n").index(old) + 1


@pytest.mark.parametrize("count", [2, 3])
def test_each_profile_of_a_text_is_read_with_its_starting_line(count: int) -> None:
    texts = [invented(name) for name in INVENTED[:count]]
    text = several(*texts)
    found = parse_any_profiles(text, "clipboard")
    assert [item.line for item in found] == starting_lines(*texts) and len(found) == count
    assert [item.profile for item in found] == [parse_profile_text(one, "p.txt") for one in texts]
    assert all(item.error is None for item in found)


@pytest.mark.parametrize("count", [2, 3])
def test_a_broken_profile_in_the_middle_is_refused_at_its_line_and_the_others_read(count: int) -> None:
    broken, row_in_seed = broken_seed()
    first, last = invented("kessington-2024.txt"), invented("nordhavn-osterby-2024.txt")
    texts = [first, broken, last][:count] if count == 3 else [first, broken]
    text = several(*texts)
    found = parse_any_profiles(text, "clipboard")
    assert len(found) == count
    refused = found[1]
    seed_start = starting_lines(*texts)[1]
    assert [item.line for item in found] == starting_lines(*texts)
    assert refused.profile is None and refused.error is not None
    assert refused.line == seed_start
    # The seed's header is on its line 4: the row is as far below the header in the whole text.
    assert refused.error.line == seed_start + (row_in_seed - 4)
    assert text.split("\n")[refused.error.line - 1] == BROKEN_ROW[1]
    assert str(refused.error).startswith(f"clipboard:{refused.error.line}: expected ")
    assert found[0].profile == parse_profile_text(first, "p.txt")
    if count == 3:
        assert found[2].profile == parse_profile_text(last, "p.txt")


def without_header(text: str) -> str:
    lines = text.strip("\n ").split("\n")
    return "\n".join(line for line in lines if "Global Innovation Index" not in line)


def test_a_profile_copied_without_its_header_among_others_is_refused_at_its_title() -> None:
    first, middle, last = SEED, invented("kessington-2024.txt"), invented("nordhavn-osterby-2024.txt")
    text = several(first, without_header(middle), last)
    found = parse_any_profiles(text, "clipboard")
    assert [item.profile for item in found] == [embedded(), None, parse_profile_text(last, "p.txt")]
    refused = found[1]
    title = "Port Vellmar–Kessington, MA, United States of America"
    assert text.split("\n")[refused.line - 1] == "# " + title
    assert str(refused.error) == (
        f"clipboard:{refused.line}: expected the header line 'Global Innovation Index <year>' before this "
        f"profile's title, found '{title[:40]}…'"
    )
    # Before the first profile, and after the last, alike.
    found = parse_any_profiles(several(without_header(middle), first, without_header(last)), "clipboard")
    assert [item.profile is not None for item in found] == [False, True, False]


def test_a_profile_copied_without_its_header_alone_is_no_profile_text() -> None:
    with pytest.raises(ProfileError) as caught:
        parse_profile_text(MENU + without_header(SEED), "clipboard")
    assert str(caught.value) == f"clipboard:1: {NOT_PROFILE_TEXT}"


def test_a_text_opened_as_one_profile_gives_its_first(tmp_path: Path) -> None:
    path = tmp_path / "two.txt"
    path.write_text(several(SEED, invented("kessington-2024.txt")), encoding="utf-8")
    assert load_profile(path) == embedded()
    broken, _ = broken_seed()
    path.write_text(several(broken, SEED), encoding="utf-8")
    with pytest.raises(ProfileError, match=r"two\.txt:30: expected a count in a row of 'Top PCT applicants'"):
        load_profile(path)


def test_a_yaml_profile_is_one_profile() -> None:
    text = EMBEDDED.read_text(encoding="utf-8")
    assert parse_any_profiles(text, "clipboard") == [FoundProfile(1, embedded(), None)]


@pytest.mark.parametrize(
    "text",
    [pytest.param("Accept cookies\nHome\n", id="noise only"), pytest.param(MENU + FOOTER, id="menu and footer")],
)
def test_noise_without_a_profile_is_refused_quoting_nothing(text: str) -> None:
    with pytest.raises(ProfileError) as caught:
        parse_any_profiles(text, "clipboard")
    assert caught.value.message.startswith(NOT_A_PROFILE)
    with pytest.raises(ProfileError) as caught:
        parse_profile_text(text, "clipboard")
    assert str(caught.value) == f"clipboard:1: {NOT_PROFILE_TEXT}"


def test_a_control_character_in_the_noise_is_not_the_profiles() -> None:
    text = "Menu\x07\n" + SEED + "\n\nFooter\x1b[0m\n"
    assert parse_profile_text(text, "clipboard") == embedded()
    inside = "Menu\x07\n" + SEED.replace("Jinan", "Jin\x07an")
    with pytest.raises(ProfileError, match=r"^clipboard:47: expected text without control characters, found U\+0007"):
        parse_profile_text(inside, "clipboard")


# -- spacing a browser introduces ---------------------------------------------------------------

THOUSANDS = r"(?<=[0-9]),(?=[0-9]{3})"
SPACINGS: dict[str, Callable[[str], str]] = {
    "a space before %": lambda text: re.sub(r"([0-9])%", r"\1 %", text),
    "two spaces before %": lambda text: re.sub(r"([0-9])%", r"\1  %", text),
    "a tab before % (the sign copied as a cell)": lambda text: re.sub(r"([0-9])%", "\\1\t%", text),
    "a no-break space before %": lambda text: re.sub(r"([0-9])%", "\\1\u00a0%", text),
    "a narrow no-break space before %": lambda text: re.sub(r"([0-9])%", "\\1\u202f%", text),
    "a thin space before %": lambda text: re.sub(r"([0-9])%", "\\1\u2009%", text),
    "thin spaces for thousands separators": lambda text: re.sub(THOUSANDS, "\u2009", text),
    "narrow no-break spaces for thousands separators": lambda text: re.sub(THOUSANDS, "\u202f", text),
    "both, with no-break spaces between words": lambda text: re.sub(
        THOUSANDS, "\u202f", re.sub(r"([0-9])%", "\\1\u00a0%", text)
    ).replace(" of ", "\u00a0of\u00a0"),
}


@pytest.mark.parametrize("spacing", sorted(SPACINGS))
def test_spacing_a_browser_introduces_keeps_every_figure(spacing: str) -> None:
    text = SPACINGS[spacing](SEED)
    assert text != SEED
    assert parse_profile_text(text, "clipboard") == embedded()


@pytest.mark.parametrize("spacing", sorted(SPACINGS))
@pytest.mark.parametrize("name", INVENTED)
def test_spacing_keeps_the_invented_figures(name: str, spacing: str) -> None:
    text = wrapped("menu and footer", SPACINGS[spacing](invented(name)))
    assert parse_any_profile(text, "clipboard") == parse_profile_text(invented(name), name)


def test_a_row_ending_11_space_percent_is_read_as_11_percent() -> None:
    text = SEED.replace("881\t10%", "881\t11 %")
    assert parse_profile_text(text, "clipboard").patents.top_applicants[1].share == 11


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1\tX\t2\u202f131\t25\u00a0%", "1\tX\t2,131\t25%"),
        ("1\tX\t1\u2009000\u2009000\t4 %", "1\tX\t1,000,000\t4%"),
        # Before a share, a thin space is the gap between a count and its share, not a separator.
        ("1\tX\t1\u2009100%", "1\tX\t1 100%"),
        ("1\tX\t12\u202f34\t5%", "1\tX\t12 34\t5%"),  # not groups of three: left as written
        ("2 % of Qingdao's", "2% of Qingdao's"),
        ("1\tX\t2,131\t25\t%", "1\tX\t2,131\t25%"),
        ("20 %-owned", "20%-owned"),
        ("the 1 000 best", "the 1 000 best"),  # a plain space is no thousands separator
    ],
)
def test_normal_line_spacing(line: str, expected: str) -> None:
    assert normal_line(line) == expected


def test_a_count_with_a_thin_space_is_not_split_into_a_name_and_a_count() -> None:
    text = SEED.replace("\t2,131\t", "\t2\u2009131\t")
    first = parse_profile_text(text, "clipboard").patents.top_applicants[0]
    assert (first.name, first.count) == ("QINGDAO HAIER AIR CONDITIONER GENERAL", 2131)


# -- refusals in words, at the right line ---------------------------------------------------------

APPLICANTS_ROWS = SEED[SEED.index("1\tQINGDAO HAIER AIR") : SEED.index("\n\nTop publishing")]
NOISE_LINES = lines_of(MENU) - 1  # the menu's lines before the profile


def in_menu(text: str) -> str:
    return MENU + text


MESSAGES = [
    pytest.param(
        in_menu(SEED.replace(APPLICANTS_ROWS, "Accept cookies")),
        21 + NOISE_LINES,
        "expected the table 'Top PCT applicants' with rows '<rank>  <name>  <count>  <share>%' (at least one), "
        "found 'Accept cookies'",
        id="a cookie banner for the table",
    ),
    pytest.param(
        in_menu(SEED.replace("3\tQINGDAO HAIER REFRIGERATOR\t732\t9%", "3\tQINGDAO HAIER REFRIGERATOR\t9%")),
        23 + NOISE_LINES,
        "expected a count in a row of 'Top PCT applicants' (a whole number such as 1,742), found 'REFRIGERATOR'",
        id="a row without its count",
    ),
    pytest.param(
        in_menu(SEED.replace("3\tQINGDAO HAIER REFRIGERATOR\t732\t9%", "3\t9%")),
        23 + NOISE_LINES,
        "expected a row '<rank>  <name>  <count>  <share>%' of the table 'Top PCT applicants', found '3\\t9%'",
        id="a row of two cells",
    ),
    pytest.param(
        in_menu(SEED[: SEED.index("Top publishing")] + "Share\tTerms of use\n© WIPO 2024\n"),
        25 + NOISE_LINES,
        "expected another row of 'Top PCT applicants' or the heading 'Top publishing organizations', "
        "found 'Share\\tTerms of use'",
        id="a footer where the next table belongs",
    ),
    pytest.param(
        in_menu(SEED[: SEED.index("Top technology")] + "Download the report (PDF)\n"),
        34 + NOISE_LINES,
        "expected another row of 'Top publishing organizations' or the heading 'Top technology fields in Qingdao', "
        "found 'Download the report (PDF)'",
        id="a footer where the fields belong",
    ),
    pytest.param(
        in_menu(SEED.replace("\t881\t10%", "\t881\t10 pct")),
        22 + NOISE_LINES,
        "expected a share in a row of 'Top PCT applicants' (a share from 0% to 100%, such as 25%), found 'pct'",
        id="a share in words",
    ),
    pytest.param(
        in_menu("Global Innovation Index 2024\n\nQingdao, China\n\nAccept cookies\n"),
        5 + NOISE_LINES,
        "expected '<cluster> is the <rank>-ranked cluster, out of <number> ... clusters', found 'Accept cookies'",
        id="a banner where the first sentence belongs",
    ),
]


@pytest.mark.parametrize(("text", "line", "message"), MESSAGES)
def test_a_refusal_says_what_was_expected_at_its_line(text: str, line: int, message: str) -> None:
    for read in (parse_profile_text, parse_any_profile):
        with pytest.raises(ProfileError) as caught:
            read(text, "clipboard")
        error = caught.value
        assert str(error) == f"clipboard:{line}: {message}"
        assert len(str(error)) <= MAX_LINE and "\n" not in str(error)
        found = error.message.split(", found ", 1)[1]
        assert len(found) <= EXCERPT + 3  # the quotes and an ellipsis


def test_a_long_found_line_is_an_excerpt() -> None:
    text = in_menu(SEED.replace(APPLICANTS_ROWS, "Accept cookies " + "and more " * 100))
    with pytest.raises(ProfileError) as caught:
        parse_profile_text(text, "clipboard")
    found = caught.value.message.split(", found ", 1)[1]
    assert found.endswith("…'") and len(found) <= EXCERPT + 3
    assert len(str(caught.value)) <= MAX_LINE


# -- told by structure -----------------------------------------------------------------------

YAML = EMBEDDED.read_text(encoding="utf-8")
OPENING_COMMENTS = "# Global Innovation Index 2024\n# Qingdao, China\n# Qingdao is the eighth-ranked cluster\n"


@pytest.mark.parametrize(
    ("text", "form"),
    [
        pytest.param(YAML, "yaml", id="YAML"),
        pytest.param(OPENING_COMMENTS + YAML, "yaml", id="YAML whose comments copy the opening"),
        pytest.param(
            "# Home > Global Innovation Index 2024\n#\n" + OPENING_COMMENTS + "\n" + profile_to_yaml(embedded()),
            "yaml",
            id="YAML with the opening and breadcrumbs in comments",
        ),
        pytest.param(MENU + SEED, "text", id="text after a menu"),
        pytest.param("Home: Clusters\nAccept cookies: yes\n" + SEED, "text", id="text after lines like YAML"),
        pytest.param(COOKIES + SEED + FOOTER, "text", id="text inside a banner and a footer"),
        pytest.param(NEAR_MISSES + SEED, "text", id="text after headers that open nothing"),
    ],
)
def test_parse_any_profile_tells_yaml_from_text_in_noise(text: str, form: str) -> None:
    assert parse_any_profile(text, "p") == embedded()
    if form == "yaml":
        assert parse_profile(text, "p.yaml") == embedded()
    else:
        assert parse_profile_text(text, "p.txt") == embedded()


def test_yaml_in_noise_is_not_read_as_text() -> None:
    with pytest.raises(ProfileError) as caught:
        parse_any_profile(MENU + YAML.replace("Qingdao", "Global Innovation Index 2024", 1), "p")
    assert caught.value.message.startswith(NOT_A_PROFILE) or caught.value.line is not None


# -- size: linear, and the limits stay --------------------------------------------------------

MIB = 1024 * 1024


def noise_of(size: int, piece: str) -> str:
    return piece * (size // len(piece.encode("utf-8")))


def test_a_mib_of_noise_around_a_profile_is_read() -> None:
    half = (MIB - len(SEED.encode("utf-8")) - 2) // 2
    text = noise_of(half, MENU + BREADCRUMBS + COOKIES) + SEED + "\n" + noise_of(half, FOOTER)
    assert len(text.encode("utf-8")) <= MIB
    assert parse_any_profile(text, "clipboard") == embedded()


def test_a_mib_of_near_miss_headers_before_a_profile_is_read() -> None:
    text = noise_of(MIB - len(SEED.encode("utf-8")) - 1, NEAR_MISSES) + SEED
    assert len(text.encode("utf-8")) <= MIB
    found = parse_any_profiles(text, "clipboard")
    assert [item.profile for item in found] == [embedded()]


def test_many_profiles_in_a_mib_are_each_read() -> None:
    one = MENU + SEED + FOOTER
    count = MIB // len(one.encode("utf-8"))
    found = parse_any_profiles(one * count, "clipboard")
    assert len(found) == count and all(item.profile == embedded() for item in found)


def test_noise_over_the_limit_is_refused_before_it_is_read() -> None:
    text = noise_of(MIB, MENU) + SEED
    with pytest.raises(ProfileError, match=r"a profile may be at most 1,048,576 bytes"):
        parse_any_profiles(text, "clipboard")


# -- any noise, any number of profiles ----------------------------------------------------------

NOISE_LINE = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "Accept cookies",
            "Home > Global Innovation Index > Clusters",
            "Global Innovation Index 2024",
            "Qingdao, China",
            "1\tQINGDAO UNIVERSITY\t7,510\t16%",
            "Top PCT applicants",
            "© WIPO 2024",
            "# comment",
            "**bold**",
            "\u00a0",
            "\x07",
        ]
    ),
    st.text(
        alphabet=st.characters(blacklist_characters="\n\r\x85\u2028\u2029", blacklist_categories=("Cs",)), max_size=30
    ),
)
NOISE = st.lists(NOISE_LINE, max_size=12).map(lambda lines: "\n".join(lines))


@settings(max_examples=max(200, settings.default.max_examples), deadline=None)
@given(st.lists(st.sampled_from([SEED, *(invented(name) for name in INVENTED)]), min_size=1, max_size=3), st.data())
def test_profiles_among_any_noise_are_each_read(texts: list[str], data: st.DataObject) -> None:
    pieces = []
    for text in texts:
        pieces += [data.draw(NOISE), text.strip("\n ").removeprefix("\ufeff")]
    pieces.append(data.draw(NOISE))
    joined = "\n".join(pieces)
    found = parse_any_profiles(joined, "clipboard")
    assert [item.error for item in found] == [None] * len(texts), [str(item.error) for item in found]
    assert [item.profile for item in found] == [parse_profile_text(text, "p.txt") for text in texts]


LONG_NAMED = SEED.replace("Qingdao", "Q" * 60)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(LONG_NAMED[: LONG_NAMED.index("63% of")] + "© WIPO 2024\n", id="a footer for the last sentence"),
        pytest.param(LONG_NAMED.replace("2% of", "2‰ of"), id="a share per mille"),
        pytest.param(LONG_NAMED[: LONG_NAMED.index("Top technology")] + "Share\n", id="a footer for the fields"),
        pytest.param(LONG_NAMED.replace("9%\n", "9 pct\n", 1), id="a share in words"),
    ],
)
def test_with_a_long_cluster_name_the_message_still_says_what_was_found(text: str) -> None:
    with pytest.raises(ProfileError) as caught:
        parse_profile_text(MENU + text, "clipboard")
    message = caught.value.message
    found = message.split(", found ", 1)[1]
    assert found[0] in "'\"" and found[-1] in "'\"", message  # quoted whole, not cut by the message's limit
    assert len(str(caught.value)) <= MAX_LINE
