"""Fuzzing the loader: whatever the file holds, it loads or it is a ProfileError, never anything else.

Each property runs at least 300 examples (more if the Hypothesis profile in use asks for more,
e.g. ``pytest --hypothesis-profile=...`` with a larger ``max_examples``).
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import event, given, settings
from hypothesis import strategies as st

from qingdao_viewer.profile import ClusterProfile, ProfileError, load_profile, parse_profile

REPO = Path(__file__).resolve().parents[2]
TEXT = (REPO / "data" / "qingdao-2024.yaml").read_text(encoding="utf-8")
RAW = TEXT.encode("utf-8")

FUZZ = settings(max_examples=max(300, settings.default.max_examples), deadline=None)

# Pieces of YAML syntax and awkward characters to splice in.
SNIPPETS = (
    "&a ",
    "*a",
    "&a",
    "!!",
    "!!python/name:os.system ",
    "!!str ",
    "!!int ",
    "!!float ",
    "!!map ",
    "!!seq ",
    "!local ",
    "!<tag:yaml.org,2002:python/object:object> ",
    "{",
    "}",
    "[",
    "]",
    ": ",
    ":",
    "- ",
    "? ",
    ", ",
    "<<: ",
    "---\n",
    "...\n",
    "%YAML 1.1\n",
    "%TAG !e! tag:e.com,2000:\n",
    "#",
    "'",
    '"',
    "\\",
    "|",
    ">-",
    "\n",
    "  ",
    "    ",
    "\t",
    "\r",
    "\r\n",
    "\x00",
    "\x07",
    "\x1b",
    "\x7f",
    "\x85",
    "\u2028",
    "\u202e",
    "\ufeff",
    "é",
    "東京",
    "😀",
    "ß",
    "-1",
    "0",
    "101",
    "2131.0",
    "1e3",
    "0x10",
    "true",
    "no",
    "null",
    "~",
    "''",
    '""',
    "[]",
    "{}",
)
PIECE = st.one_of(
    st.sampled_from(SNIPPETS),
    st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=6),
    st.integers(-(10**7), 10**7).map(str),
)
# Where a plain value sits: after ": " up to the end of the line, a comma or a bracket.
VALUE = re.compile(r"(?<=: )[^,{}\[\]\n#]+|(?<=[\[,] )[^,{}\[\]\n#]+")


def _position(draw: st.DrawFn, text: str) -> int:
    return draw(st.integers(0, len(text)))


def _delete_chars(draw: st.DrawFn, text: str) -> str:
    at, length = _position(draw, text), draw(st.integers(1, 12))
    return text[:at] + text[at + length :]


def _insert(draw: st.DrawFn, text: str) -> str:
    at = _position(draw, text)
    return text[:at] + draw(PIECE) + text[at:]


def _replace_chars(draw: st.DrawFn, text: str) -> str:
    at, length = _position(draw, text), draw(st.integers(1, 6))
    return text[:at] + draw(PIECE) + text[at + length :]


def _lines(draw: st.DrawFn, text: str) -> tuple[list[str], int, int]:
    lines = text.split("\n")
    pick = st.integers(0, len(lines) - 1)
    return lines, draw(pick), draw(pick)


def _delete_line(draw: st.DrawFn, text: str) -> str:
    lines, i, _ = _lines(draw, text)
    del lines[i]
    return "\n".join(lines)


def _duplicate_line(draw: st.DrawFn, text: str) -> str:
    lines, i, j = _lines(draw, text)
    lines.insert(j, lines[i])
    return "\n".join(lines)


def _swap_lines(draw: st.DrawFn, text: str) -> str:
    lines, i, j = _lines(draw, text)
    lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


def _values(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in VALUE.finditer(text)]


def _swap_values(draw: st.DrawFn, text: str) -> str:
    spans = _values(text)
    if len(spans) < 2:
        return text
    first, second = sorted(draw(st.lists(st.sampled_from(spans), min_size=2, max_size=2, unique=True)))
    (a, b), (c, d) = first, second
    return text[:a] + text[c:d] + text[b:c] + text[a:b] + text[d:]


def _replace_value(draw: st.DrawFn, text: str) -> str:
    spans = _values(text)
    if not spans:
        return text
    start, end = draw(st.sampled_from(spans))
    return text[:start] + draw(PIECE) + text[end:]


MUTATIONS = (
    _delete_chars,
    _insert,
    _replace_chars,
    _delete_line,
    _duplicate_line,
    _swap_lines,
    _swap_values,
    _replace_value,
)


@st.composite
def mutated_profiles(draw: st.DrawFn) -> str:
    text = TEXT
    for mutation in draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=4)):
        text = mutation(draw, text)
    return text


def _line_count(text: str) -> int:
    """Lines as YAML counts them (it also breaks lines at CR, NEL, LS and PS)."""
    return len(re.split(r"\r\n|[\n\r\x85\u2028\u2029]", text))


def _check_error(error: ProfileError, path: str, lines: int) -> None:
    """The error is a plain ProfileError shown as ``PATH:LINE: message`` or ``PATH: message``."""
    assert type(error) is ProfileError
    assert error.path == path
    shown = str(error)
    if error.line is None:
        assert shown == f"{path}: {error.message}"
    else:
        # At the end of the stream YAML may name the line after the last one.
        assert 1 <= error.line <= lines + 1, (error.line, lines, shown)
        assert shown == f"{path}:{error.line}: {error.message}"
        assert re.match(rf"{re.escape(path)}:[0-9]+: \S", shown)
    assert error.column is None or error.column >= 1
    assert error.message.strip()


def _load(content: bytes) -> ClusterProfile | ProfileError:
    """Load content from a real file; return the profile or the ProfileError (anything else propagates)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzzed profile.yaml"
        path.write_bytes(content)
        try:
            profile = load_profile(path)
        except ProfileError as error:
            event("refused: " + re.sub(r"[0-9]+|'.*'", "_", error.message)[:40])
            text = content.decode("utf-8", errors="replace")
            _check_error(error, str(path), max(_line_count(text), content.count(b"\n") + 1))
            return error
        event("loaded")
        return profile


@FUZZ
@given(mutated_profiles())
def test_mutated_profile_loads_or_is_refused(text: str) -> None:
    result = _load(text.encode("utf-8"))
    assert isinstance(result, (ClusterProfile, ProfileError))


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes_load_or_are_refused(content: bytes) -> None:
    result = _load(content)
    assert isinstance(result, (ClusterProfile, ProfileError))


@FUZZ
@given(st.integers(0, len(RAW)), st.integers(0, 16), st.binary(min_size=1, max_size=64))
def test_profile_with_random_bytes_spliced_in_loads_or_is_refused(at: int, cut: int, noise: bytes) -> None:
    result = _load(RAW[:at] + noise + RAW[at + cut :])
    assert isinstance(result, (ClusterProfile, ProfileError))


@FUZZ
@given(mutated_profiles(), st.sampled_from(["profile.yaml", "dir with spaces/p:1.yaml", "données/東京 2024.yaml"]))
def test_errors_of_mutated_profiles_name_the_path_and_line(text: str, path: str) -> None:
    try:
        profile = parse_profile(text, path)
    except ProfileError as error:
        _check_error(error, path, _line_count(text))
    else:
        assert isinstance(profile, ClusterProfile)


def test_the_mutations_do_produce_refusals() -> None:
    # The fuzzing is only worth something if the mutations reach the refusals; check a few by hand.
    for broken in (TEXT.replace("2131", "&a 2131"), TEXT.replace("Qingdao\n", "Qingdao: [\n"), TEXT + "\t"):
        try:
            parse_profile(broken, "p.yaml")
        except ProfileError as error:
            _check_error(error, "p.yaml", _line_count(broken))
        else:
            raise AssertionError(f"accepted: {broken[-40:]!r}")
