"""Hostile inputs at every door of the profile layer: nothing leaks, every message is one short line, lines count right.

Each class of the issue "Nothing lost, nothing hangs, nothing leaks" has a table here, and each
table is read through every door that takes its kind of input: ``load_profile`` (a file, as the
command line, Open, a drop and the library read it), ``parse_any_profile`` and
``parse_profile_text`` (a paste). The tables are counted at the end (``HOSTILE``), so the count a
report gives is the count the tests run.

- Secrets: a file that is no profile is refused as such and nothing of it is quoted.
- Unbounded messages: any message is one line of at most MAX_LINE characters, its excerpts cut.
- Line breaks: every reader numbers lines as LF, CR LF and CR end them; NEL, LS and PS are refused.
- Names: a name of invisible characters only is refused like an empty one, by both readers.
- Sniffing: YAML or text is told by what the file is, not by its name or a comment.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from qingdao_viewer.profile import ProfileError, load_profile, parse_any_profile, parse_profile, plain_yaml
from qingdao_viewer.profile.errors import EXCERPT, MAX_LINE, MAX_MESSAGE, excerpt
from qingdao_viewer.profile.forms import NOT_A_PROFILE, NOT_PROFILE_TEXT, YAML_NOT_TEXT
from qingdao_viewer.profile.profile_text import parse_profile_text
from qingdao_viewer.profile.text_rules import INVISIBLE_CATEGORIES, invisible_name

REPO = Path(__file__).resolve().parents[2]
YAML_TEXT = (REPO / "data" / "qingdao-2024.yaml").read_text(encoding="utf-8")
SEED = (REPO / "tests" / "fixtures" / "qingdao-2024-profile.txt").read_text(encoding="utf-8")
EMBEDDED = load_profile(REPO / "data" / "qingdao-2024.yaml")
SECRET = "sekrit-123"
PROPERTY = settings(max_examples=max(200, settings.default.max_examples), deadline=None)


def edited(old: str, new: str, text: str) -> str:
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def refusal(read: Callable[[], object]) -> ProfileError:
    with pytest.raises(ProfileError) as caught:
        read()
    assert type(caught.value) is ProfileError
    return caught.value


def one_short_line(error: ProfileError) -> str:
    """The error as shown: one line of at most MAX_LINE characters, no raw control, format or break character."""
    shown = str(error)
    assert len(shown) <= MAX_LINE, len(shown)
    assert len(error.message) <= MAX_MESSAGE
    assert shown.splitlines() == [shown], shown[:400]
    raw = [character for character in shown if unicodedata.category(character) in {"Cc", "Cf", "Zl", "Zp", "Cs"}]
    assert not raw, raw
    return shown


# -- secrets: a file that is no profile is refused, quoting nothing -------------------------------

# Files a profile path may turn out to be (a symlink to one, say). Each holds SECRET.
NOT_PROFILES: dict[str, bytes] = {
    "an env file": f"TOKEN={SECRET}\n".encode(),
    "an env file, many lines": f"USER=me\nTOKEN={SECRET}\nHOST=example.org\n".encode(),
    "a shell export": f"export API_TOKEN='{SECRET}'\n".encode(),
    "an INI file": f"[default]\naws_secret_access_key = {SECRET}\n".encode(),
    "a netrc": f"machine example.org login me password {SECRET}\n".encode(),
    "YAML credentials": f"api_token: {SECRET}\n".encode(),
    "YAML with a nested cluster key": f"apiVersion: v1\nclusters:\n- cluster:\n    token: {SECRET}\n".encode(),
    "JSON": f'{{"auths": {{"registry": {{"auth": "{SECRET}"}}}}}}\n'.encode(),
    "a YAML list": f"- {SECRET}\n- cluster: x\n".encode(),
    "a tagged YAML value": f"token: !!python/name:{SECRET}\n".encode(),
    "a YAML anchor": f"token: &{SECRET} x\n".encode(),
    "a duplicate key": f"{SECRET}: 1\n{SECRET}: 2\n".encode(),
    "a bad YAML escape": f'token: "\\q{SECRET}"\n'.encode(),
    "a private key": f"-----BEGIN OPENSSH KEY-----\nb3BlbnNz{SECRET}\n-----END OPENSSH KEY-----\n".encode(),
    "an HTML page": f"<!DOCTYPE html>\n<html><head><title>{SECRET}</title></head>\n<body>a: b</body></html>\n".encode(),
    "an HTML page naming the index": f"<html>\n<h1>Global Innovation Index 2024</h1>\n<p>{SECRET}</p>\n".encode(),
    "a PNG image": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + SECRET.encode() + b"\xff\x00",
    "a gzip file": b"\x1f\x8b\x08\x00" + SECRET.encode() + b"\x00\x03",
    "binary UTF-8 with NULs": b"\x00\x01\x02" + SECRET.encode() + b"\x00",
    "a control character": f"TOKEN={SECRET}\x07\n".encode(),
    "Latin-1 text": f"mot de passe: {SECRET} é\n".encode("latin-1"),
    "UTF-16 text": f"TOKEN={SECRET}\n".encode("utf-16"),
    "a secret after a bad byte": b"\xff" + SECRET.encode(),
    "a byte order mark": f"\ufeffTOKEN={SECRET}\n".encode(),
    "CR line ends": f"USER=me\rTOKEN={SECRET}\r".encode(),
    "a long secret": f"TOKEN={SECRET}{'x' * 500_000}\n".encode(),
    "a surrogate escape": f'token: "\\ud800{SECRET}"\n'.encode(),
    "a second document": f"a: 1\n---\ntoken: {SECRET}\n".encode(),
    "a YAML directive": f"%YAML 2.0\n---\ntoken: {SECRET}\n".encode(),
    "a mapping as a key": f"? {{token: {SECRET}}}\n: 1\n".encode(),
}


@pytest.mark.parametrize("name", NOT_PROFILES)
@pytest.mark.parametrize("file_name", ["profile.yaml", "profile.txt", "profile"])
def test_a_file_that_is_no_profile_is_refused_quoting_nothing(tmp_path: Path, name: str, file_name: str) -> None:
    secret_file = tmp_path / "credentials"
    secret_file.write_bytes(NOT_PROFILES[name])
    path = tmp_path / file_name
    path.symlink_to(secret_file)  # as the issue found it: the profile's path is a link to the secret
    error = refusal(lambda: load_profile(path))
    shown = one_short_line(error)
    assert SECRET not in shown and "sekrit" not in shown
    assert error.path == str(path)
    assert NOT_A_PROFILE in error.message, shown


@pytest.mark.parametrize("name", NOT_PROFILES)
def test_pasted_text_that_is_no_profile_is_refused_quoting_nothing(name: str) -> None:
    text = NOT_PROFILES[name].decode("utf-8", errors="replace")
    error = refusal(lambda: parse_profile_text(text, "clipboard"))
    shown = one_short_line(error)
    assert SECRET not in shown
    assert error.message in (NOT_PROFILE_TEXT, YAML_NOT_TEXT) or "line break" in error.message, shown


def test_a_yaml_file_with_a_profile_key_quotes_keys_not_values(tmp_path: Path) -> None:
    # A mapping with one of the format's keys is a profile with mistakes: its unknown key is named, not its value.
    path = tmp_path / "p.yaml"
    path.write_text(f"year: 2024\ntoken: {SECRET}\n", encoding="utf-8")
    shown = one_short_line(refusal(lambda: load_profile(path)))
    assert shown == (
        f"{path}:2: unknown key 'token'; known keys: format, cluster, economy, year, ranks, per_million, patents,"
        " publications, source, periods"
    )


# -- unbounded messages: one line, at most MAX_LINE characters, excerpts cut -----------------------

MEGA = 1_000_000
LONG_MESSAGES: dict[str, tuple[Callable[[str], object], str, str]] = {
    # name: (door, input, what the message must say)
    "a 1 MB unknown key": (parse_any_profile, YAML_TEXT + "? " + "k" * MEGA + "\n: 1\n", "unknown key 'kkk"),
    "a 1 MB unknown key in a row": (
        parse_any_profile,
        edited("share: 9}", "share: 9, " + "k" * 1000 + ": 1}", YAML_TEXT),
        "unknown key 'patents.top_applicants[2].kkk",
    ),
    "a 1 MB value where a number belongs": (
        parse_any_profile,
        edited("year: 2024", "year: " + "9x" * (MEGA // 2), YAML_TEXT),
        "year must be a whole number from 1000 to 9999, got the text '9x9x",
    ),
    "a 1 MB count": (parse_any_profile, edited("count: 881", "count: " + "8" * MEGA, YAML_TEXT), "count must be"),
    "a 1 MB format": (
        parse_any_profile,
        edited("format: gii-cluster-profile/1", "format: " + "f" * MEGA, YAML_TEXT),
        "format must be",
    ),
    "a 1 MB tag": (
        parse_any_profile,
        edited("cluster: Qingdao", "cluster: !" + "t" * MEGA + " x", YAML_TEXT),
        "the YAML tag !ttt",
    ),
    "a 1 MB anchor": (
        parse_any_profile,
        edited("cluster: Qingdao", "cluster: &" + "a" * MEGA + " x", YAML_TEXT),
        "anchors (&aaa",
    ),
    "a 1 MB alias": (
        parse_any_profile,
        edited("cluster: Qingdao", "cluster: *" + "a" * MEGA, YAML_TEXT),
        "aliases (*aaa",
    ),
    "a 1 MB duplicate key": (
        parse_any_profile,
        YAML_TEXT + "? " + "d" * (MEGA // 2) + "\n: 1\n? " + "d" * (MEGA // 2) + "\n: 2\n",
        "duplicate key 'ddd",
    ),
    "a 1 MB invalid tagged value": (
        parse_any_profile,
        edited("year: 2024", "year: !!int " + "x" * MEGA, YAML_TEXT),
        "is not a valid !!int value",
    ),
    "a 1 MB name with a control at its end": (
        parse_any_profile,
        edited("cluster: Qingdao", 'cluster: "' + "n" * MEGA + '\\a"', YAML_TEXT),
        "must not contain control characters, found U+0007 in '…nnn",
    ),
    "a key with line breaks and an override": (
        parse_any_profile,
        YAML_TEXT + '"a\\nb\\u2028c\\u202ed\\x00e": 1\n',
        "unknown key 'a\\nb\\u2028c\\u202ed\\x00e'",
    ),
    "a long broken text line": (
        parse_any_profile,
        edited("20th largest", "No. " + "y" * MEGA + " largest", SEED),
        "found 'No. yyy",
    ),
    "a long broken title": (parse_any_profile, edited("Qingdao, China", "Qingdao " + "z" * MEGA, SEED), "the title"),
    "a long row": (parse_any_profile, edited("\t881\t", "\t" + "8" * MEGA + "\t", SEED), "a count in a row"),
    "a long cluster name in the messages' words": (
        parse_profile_text,
        SEED.replace("Qingdao", "Q" * 200_000).replace("2% of", "two percent of"),
        "expected '<share>% of QQQ",
    ),
    "a long text line with a control": (
        parse_profile_text,
        edited("20th largest", "20th " + "c" * MEGA + "\x07 largest", SEED),
        "found U+0007 in '…ccc",
    ),
    "a long pasted line without the header": (parse_profile_text, "h" * MEGA, NOT_PROFILE_TEXT),
    "a long file that is no profile": (parse_any_profile, "n" * MEGA, NOT_A_PROFILE),
}


@pytest.mark.parametrize("name", LONG_MESSAGES)
def test_any_message_is_one_short_line(name: str) -> None:
    door, text, words = LONG_MESSAGES[name]
    error = refusal(lambda: door(text, "p.yaml"))
    shown = one_short_line(error)
    assert words in shown, shown
    # What is quoted of the input (the runs of one letter these inputs are made of) is an excerpt, or none.
    runs = [len(run.group()) for run in re.finditer(r"(.)\1{9,}", error.message)]
    assert all(run <= EXCERPT for run in runs), runs
    for quote in re.findall(r"'(?:[^'\\]|\\.)*'", error.message):
        assert len(quote) <= EXCERPT + 3 or not re.search(r"(.)\1{9}", quote) or quote.startswith("'<"), quote


@pytest.mark.parametrize("length", [100, 250, 1000, 4000])
def test_a_long_path_is_cut_in_the_middle_so_the_line_stays_short(length: int) -> None:
    path = "/" + "d" * (length - len("/tail/profile.yaml") - 1) + "/tail/profile.yaml"
    assert len(path) == length
    error = refusal(lambda: parse_profile("x", path))
    shown = one_short_line(error)
    assert error.path == path  # kept whole; shown whole when it fits
    assert shown.endswith(f"/tail/profile.yaml:1: {error.message}")
    assert (path in shown) is (length + len(error.message) + 4 <= MAX_LINE)


@pytest.mark.parametrize("name", ["new\nline.yaml", "bell\x07.yaml", "\u202eevil.yaml", "ls\u2028ps\u2029.yaml"])
def test_a_path_with_controls_is_shown_escaped(name: str) -> None:
    shown = one_short_line(refusal(lambda: parse_profile("x", f"dir/{name}")))
    assert shown.startswith("dir/" + repr(name)[1:-1] + ":1: ")


@PROPERTY
@given(st.text(max_size=3000), st.integers(0, 2))
def test_any_refusal_of_any_text_is_one_short_line(text: str, door: int) -> None:
    read = (parse_any_profile, parse_profile, parse_profile_text)[door]
    try:
        read(text, "fuzzed")
    except ProfileError as error:
        one_short_line(error)


@PROPERTY
@given(st.text(min_size=0, max_size=200), st.integers(1, 80))
def test_an_excerpt_is_short_escaped_and_cut_only_when_needed(text: str, limit: int) -> None:
    shown = excerpt(text, limit)
    assert len(shown) <= limit + 3
    assert all(unicodedata.category(character) not in {"Cc", "Cf", "Zl", "Zp", "Cs"} for character in shown)
    if len(repr(text)) - 2 <= limit:
        assert shown == repr(text)
    else:
        assert shown.endswith("…'") or shown.endswith('…"')


# -- line breaks: every reader counts them alike, or refuses them ----------------------------------

BREAKS = {"LF": "\n", "CR LF": "\r\n", "CR": "\r"}
ODD_BREAKS = {"NEL": "\x85", "LS": "\u2028", "PS": "\u2029"}


def with_breaks(text: str, line_end: str) -> str:
    return text.replace("\n", line_end)


def line_of(text: str, needle: str) -> int:
    (line,) = [number for number, line in enumerate(text.split("\n"), 1) if needle in line]
    return line


@pytest.fixture(params=["libyaml", "pure Python"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "libyaml" and not yaml.__with_libyaml__:
        pytest.skip("PyYAML was built without libyaml")
    if request.param == "pure Python":
        monkeypatch.setattr(plain_yaml, "PARSER", "SafeLoader")
    return str(request.param)


# (YAML text with a mistake, the needle on the mistake's line, words of the message)
YAML_MISTAKES = {
    "a wrong value": (edited("count: 881", "count: -881", YAML_TEXT), "-881", "whole number"),
    "a syntax error": (edited("  intensity: 23", "\tintensity: 23", YAML_TEXT), "\tintensity", "not valid YAML"),
    "a control character": (edited("economy: China", "economy: Ch\x07ina", YAML_TEXT), "economy: Ch", "U+0007"),
    "a control after non-ASCII": (
        edited("economy: China", "economy: 東京—Zürich\x07", YAML_TEXT),
        "economy: 東京",
        "U+0007",
    ),
    "a lone surrogate": (
        edited("economy: China", "economy: Ch\ud800ina", YAML_TEXT),
        "economy: Ch",
        "not valid Unicode",
    ),
    "an unknown key": (edited("  intensity: 23", "  intensty: 23", YAML_TEXT), "intensty", "did you mean"),
}


@pytest.mark.parametrize("line_end", BREAKS)
@pytest.mark.parametrize("mistake", YAML_MISTAKES)
def test_yaml_lines_count_alike_whatever_the_line_ends(parser: str, line_end: str, mistake: str) -> None:
    text, needle, words = YAML_MISTAKES[mistake]
    error = refusal(lambda: parse_any_profile(with_breaks(text, BREAKS[line_end]), "p.yaml"))
    assert (error.line, words in error.message) == (line_of(text, needle), True), str(error)


TEXT_MISTAKES = {
    "a wrong suffix": (edited("20th largest", "20st largest", SEED), "20st", "'20st'"),
    "a control character": (edited("Jinan", "Jin\x07an", SEED), "Jin", "U+0007"),
    "a letter in a count": (edited("\t881\t", "\t88l\t", SEED), "88l", "'88l'"),
    "an invisible name": (edited("QINGDAO UNIVERSITY", "\u200b", SEED), "7,510", "U+200B"),
}


@pytest.mark.parametrize("line_end", BREAKS)
@pytest.mark.parametrize("mistake", TEXT_MISTAKES)
@pytest.mark.parametrize("door", ["file", "paste"])
def test_text_lines_count_alike_whatever_the_line_ends(line_end: str, mistake: str, door: str) -> None:
    text, needle, words = TEXT_MISTAKES[mistake]
    read = parse_any_profile if door == "file" else parse_profile_text
    error = refusal(lambda: read(with_breaks(text, BREAKS[line_end]), "p.txt"))
    assert (error.line, words in error.message) == (line_of(text, needle), True), str(error)


# Where an odd line break may stand: (the text, the words it goes in the middle of, on one line of the text)
ODD_PLACES = {
    "a YAML comment": (YAML_TEXT, "# Every figure is copied"),
    "a YAML comment after a value": (YAML_TEXT, '# "20th largest'),
    "a YAML value": (YAML_TEXT, "economy: China"),
    "a quoted YAML name": (YAML_TEXT, '"© WIPO, 2024"'),
    "a YAML key": (YAML_TEXT, "per_million:"),
    "the text's title": (SEED, "Qingdao, China"),
    "a text sentence": (SEED, "20th largest"),
    "a text row": (SEED, "QINGDAO UNIVERSITY"),
    "the text's last line": (SEED, "**Jinan**"),
}


@pytest.mark.parametrize("odd", ODD_BREAKS)
@pytest.mark.parametrize("place", ODD_PLACES)
@pytest.mark.parametrize("line_end", BREAKS)
def test_nel_ls_and_ps_are_refused_at_their_line_by_every_reader(odd: str, place: str, line_end: str) -> None:
    base, old = ODD_PLACES[place]
    middle = len(old) // 2
    text = edited(old, old[:middle] + ODD_BREAKS[odd] + old[middle:], base)
    line = line_of(base, old)
    doors: list[Callable[[str, str], object]] = [parse_any_profile, parse_profile_text]
    if base is YAML_TEXT:
        doors.append(parse_profile)
    for door in doors:
        error = refusal(lambda door=door: door(with_breaks(text, BREAKS[line_end]), "p"))
        assert error.line == line, (door.__name__, str(error))
        assert f"found the line break U+{ord(ODD_BREAKS[odd]):04X}" in error.message
        one_short_line(error)


def test_an_odd_line_break_in_a_file_is_refused_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_bytes(edited("# Every figure", "# Every\u2028figure", YAML_TEXT).replace("\n", "\r").encode())
    error = refusal(lambda: load_profile(path))
    assert str(error) == (
        f"{path}:2: expected lines ending in LF, CR LF or CR, found the line break U+2028 (LINE SEPARATOR)"
    )


def test_a_yaml_comment_hiding_a_line_after_an_odd_break_is_refused_not_read() -> None:
    # YAML would end the comment at the LS and read "format: nonsense" as a key: it is refused before that.
    text = edited("# Every figure", "# Every figure\u2028cluster: Elsewhere", YAML_TEXT)
    error = refusal(lambda: parse_profile(text, "p.yaml"))
    assert error.line == 2 and "U+2028" in error.message


# -- names: only invisible characters is as good as empty -----------------------------------------

INVISIBLE_NAMES = {
    "zero-width space": "\u200b",
    "left-to-right mark": "\u200e",
    "right-to-left mark": "\u200f",
    "word joiner": "\u2060",
    "byte order mark": "\ufeff",
    "Mongolian vowel separator": "\u180e",
    "soft hyphen": "\u00ad",
    "zero-width joiners": "\u200c\u200d\u200c",
    "a combining mark alone": "\u0301",
    "combining grapheme joiner": "\u034f",
    "a variation selector": "\ufe0f",
    "a tag character": "\U000e0041",
    "Hangul filler": "\u3164",
    "halfwidth Hangul filler": "\uffa0",
    "Braille blank": "\u2800",
    "ideographic space and a ZWSP": "\u3000\u200b",
    "many kinds": "\u200b\u200e\u2060\ufeff\u00ad\u034f",
}
YAML_FIELDS = {
    "cluster": ("cluster: Qingdao", "cluster: {name}", "cluster: ", "cluster must not be empty"),
    "economy": ("economy: China", "economy: {name}", "economy: China", "economy must not be empty"),
    "applicant": (
        "{name: QINGDAO HAIER WASHING MACHINE,",
        "{{name: {name},",
        "count: 881",
        "[1].name must not be empty",
    ),
    "location": ("Jinan]", "{name}]", "Jinan", "top_locations[2] must not be empty"),
    "source": ("  publisher: WIPO", "  publisher: {name}", "publisher:", "source.publisher must not be empty"),
}


@pytest.mark.parametrize("name", INVISIBLE_NAMES)
@pytest.mark.parametrize("field", YAML_FIELDS)
def test_an_invisible_name_is_refused_by_the_yaml_reader(name: str, field: str) -> None:
    old, new, needle, words = YAML_FIELDS[field]
    quoted = '"' + "".join(f"\\U{ord(character):08X}" for character in INVISIBLE_NAMES[name]) + '"'
    text = edited(old, new.format(name=quoted), YAML_TEXT)
    error = refusal(lambda: parse_profile(text, "p.yaml"))
    assert error.line == line_of(YAML_TEXT, needle), str(error)
    assert words in error.message and "only invisible characters" in error.message
    assert f"U+{ord(INVISIBLE_NAMES[name][0]):04X}" in error.message


TEXT_FIELDS = {
    "cluster": (lambda text, name: text.replace("Qingdao", name), line_of(SEED, "eighth-ranked"), "a cluster name"),
    "applicant": (
        lambda text, name: edited("QINGDAO UNIVERSITY", name, text),
        line_of(SEED, "7,510"),
        "a name in a row",
    ),
    "location": (lambda text, name: edited("**Jinan**", name, text), line_of(SEED, "Jinan"), "a location's name"),
    "field": (lambda text, name: edited("Patents\n\n", f"Patents\n1\t{name}\t5%\n", text), 37, "a field in a row"),
}


@pytest.mark.parametrize("name", INVISIBLE_NAMES)
@pytest.mark.parametrize("field", TEXT_FIELDS)
def test_an_invisible_name_is_refused_by_the_text_reader(name: str, field: str) -> None:
    change, line, words = TEXT_FIELDS[field]
    text = change(SEED, INVISIBLE_NAMES[name])
    error = refusal(lambda: parse_profile_text(text, "p.txt"))
    assert (error.line, words in error.message, "found only U+" in error.message) == (line, True, True), str(error)


@pytest.mark.parametrize("name", ["a\u200b", "\u200dx", "e\u0301", "نام\u200cخانوادگی", "👩\u200d🔬", "\u3164a"])
def test_invisible_characters_inside_a_visible_name_are_kept(name: str) -> None:
    assert parse_profile(edited("cluster: Qingdao", f'cluster: "{name}"', YAML_TEXT), "p.yaml").cluster == name
    text = SEED.replace("Qingdao", name)
    assert parse_profile_text(text, "p.txt").cluster == name


INVISIBLE = st.characters(categories=sorted(INVISIBLE_CATEGORIES - {"Cc", "Cs", "Zl", "Zp"}))  # type: ignore[arg-type]


@PROPERTY
@given(st.text(INVISIBLE, min_size=1, max_size=8))
def test_any_name_of_invisible_characters_only_is_refused(name: str) -> None:
    assert invisible_name(name) is not None
    quoted = '"' + "".join(f"\\U{ord(character):08X}" for character in name) + '"'
    error = refusal(lambda: parse_profile(edited("cluster: Qingdao", f"cluster: {quoted}", YAML_TEXT), "p.yaml"))
    assert error.line == line_of(YAML_TEXT, "cluster: ")
    assert "cluster must not" in error.message


# -- sniffing: YAML or text by what the file is ----------------------------------------------------

YAML_WITH_A_HEADER_COMMENT = "# Global Innovation Index 2024\n" + YAML_TEXT
YAML_WITH_THE_OPENING_IN_COMMENTS = (
    "# Global Innovation Index 2024\n#\n# Qingdao, China\n#\n"
    "# Qingdao is the eighth-ranked cluster, out of 26 Chinese clusters\n" + YAML_TEXT
)
MARKDOWN_SEED = edited("Global Innovation Index 2024", "# Global Innovation Index 2024", SEED.replace("**", ""))


@pytest.mark.parametrize(
    ("content", "file_name"),
    [
        pytest.param(YAML_WITH_A_HEADER_COMMENT, "p.yaml", id="YAML with a header comment"),
        pytest.param(YAML_WITH_A_HEADER_COMMENT, "p.txt", id="the same, named .txt"),
        pytest.param(YAML_WITH_THE_OPENING_IN_COMMENTS, "p.yaml", id="YAML with the opening in comments"),
        pytest.param(YAML_TEXT, "p.txt", id="YAML named .txt"),
        pytest.param(YAML_TEXT.replace("\n", "\r"), "p", id="YAML with CR line ends and no suffix"),
        pytest.param(SEED, "p.yaml", id="the text named .yaml"),
        pytest.param(MARKDOWN_SEED, "p.yaml", id="the text with a Markdown heading, named .yaml"),
        pytest.param("\ufeff\n\n" + SEED.replace("\n", "\r\n"), "p.txt", id="the text with a BOM and CR LF"),
    ],
)
def test_the_form_is_told_by_the_files_structure(tmp_path: Path, content: str, file_name: str) -> None:
    path = tmp_path / file_name
    path.write_bytes(content.encode("utf-8"))
    assert load_profile(path) == EMBEDDED


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        pytest.param(edited("20th largest", "20st largest", SEED), 12, "'20st'", id="a text mistake, named .yaml"),
        pytest.param(edited("Qingdao, China", "Qingdao China", SEED), 6, "'Qingdao China'", id="a broken title"),
        pytest.param(
            edited("format: gii-cluster-profile/1", "format: gii-cluster-profile/2", YAML_WITH_A_HEADER_COMMENT),
            7,
            "format must be",
            id="a YAML mistake under a header comment",
        ),
    ],
)
def test_a_profile_with_a_mistake_gets_its_own_readers_message(text: str, line: int, words: str) -> None:
    for name in ("p.yaml", "p.txt"):
        error = refusal(lambda name=name: parse_any_profile(text, name))
        assert (error.line, words in error.message) == (line, True), str(error)


def test_pasted_text_with_markdown_headings_is_read() -> None:
    assert parse_profile_text(MARKDOWN_SEED, "clipboard") == parse_profile_text(SEED, "clipboard")


@pytest.mark.parametrize(
    "text",
    [YAML_TEXT, YAML_WITH_A_HEADER_COMMENT, YAML_WITH_THE_OPENING_IN_COMMENTS],
    ids=["plain", "header", "opening"],
)
def test_pasted_yaml_is_told_from_text(text: str) -> None:
    error = refusal(lambda: parse_profile_text(text, "clipboard"))
    assert str(error) == f"clipboard: {YAML_NOT_TEXT}"


def count_hostile_inputs() -> int:
    """The hostile inputs these tables hold, each counted once per file name or door it is read through."""
    return (
        len(NOT_PROFILES) * (3 + 1)  # three file names, and pasted
        + len(LONG_MESSAGES)
        + 4  # long paths
        + 4  # paths with controls
        + len(YAML_MISTAKES) * len(BREAKS) * 2  # two parsers
        + len(TEXT_MISTAKES) * len(BREAKS) * 2  # two doors
        + len(ODD_BREAKS) * len(ODD_PLACES) * len(BREAKS)
        + 2  # odd breaks in a file, and hiding a line
        + len(INVISIBLE_NAMES) * (len(YAML_FIELDS) + len(TEXT_FIELDS))
        + 8  # forms told by structure
        + 3 * 2  # mistakes under either name
        + 3  # pasted YAML
        + 1  # a key with a value of a profile key's file
    )


def test_the_count_of_hostile_inputs_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    total = count_hostile_inputs()
    assert total > 400
    with capsys.disabled():
        if os.environ.get("QINGDAO_COUNT_HOSTILE"):
            print(f"\nhostile inputs in tests/profile/test_hostile_inputs.py tables: {total}")
