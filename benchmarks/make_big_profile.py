"""Write large gii-cluster-profile/1 files, and files that test the size limits, for benchmarks and tests.

Usage: python benchmarks/make_big_profile.py N [OUT]        N applicants and N organizations, one row a line
       python benchmarks/make_big_profile.py KIND [OUT]     KIND, one of:
         largest         the most rows under the limits, one row a line as the app writes profiles
         largest-slow    the most rows under the limits in the slowest style to read: block
                         mappings, quoted keys and a comment on every line
         empty-mappings  "[{}, {}, ...]" under a profile key up to the size limit: refused, as no
                         profile holds that much
         spaces, letters the embedded profile with a run of 100,000 spaces (or letters) in a name

The limits are the loader's: MAX_PROFILE_BYTES (text_rules) and MAX_VALUES (plain_yaml).
Shares are 0 except the first rows', so the lists' shares stay within 100%.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from qingdao_viewer.package_data import embedded_profile_path
from qingdao_viewer.profile.plain_yaml import MAX_VALUES
from qingdao_viewer.profile.text_rules import MAX_PROFILE_BYTES

RUN = 100_000  # the run of spaces or letters in a value
_HEAD = [
    "format: gii-cluster-profile/1",
    "cluster: Bigcluster",
    "economy: Testland",
    "year: 2024",
    "ranks: {size: 1, intensity: 1, in_economy: 1, economy_clusters: 1}",
    "per_million: {pct_applications: 123456, scientific_articles: 654321}",
]
# Items (keys, values, lists and mappings, as plain_yaml counts them) outside the rows' lists, and in a row.
_ITEMS_OUTSIDE_ROWS = 54
_ITEMS_PER_ROW = 7


def _profile(rows: int, row: Callable[[str, int, int, int], list[str]]) -> str:
    lines = [*_HEAD, "patents:", "  top_applicants:"]
    lines += [line for index in range(rows) for line in row("APPLICANT", index, rows * 10 - index, 50)]
    lines += ["  top_fields: []", "  collaboration: {share: 5, top_locations: [Alpha, Beta, Gamma]}"]
    lines += ["publications:", "  top_organizations:"]
    lines += [line for index in range(rows) for line in row("UNIVERSITY", index, rows * 20 - index, 40)]
    lines += ["  top_fields: []", "  collaboration: {share: 50, top_locations: [Alpha, Delta]}"]
    return "\n".join(lines) + "\n"


def _flow_row(word: str, index: int, count: int, first_share: int) -> list[str]:
    share = first_share if index == 0 else 0
    name = f"{word} {index:06d} CO LTD" if word == "APPLICANT" else f"{word} {index:06d}"
    return [f"    - {{name: {name}, count: {count}, share: {share}}}"]


def _slow_row(word: str, index: int, count: int, first_share: int) -> list[str]:
    share = first_share if index == 0 else 0
    # Short names and comments: what costs is the number of items, not of bytes, so the slowest
    # file under the limits is the one with the most rows, each written as slowly as it can be.
    return [
        f'    - "name": "{word[0]}{index:06d}" # n',
        f'      "count": {count} # c',
        f'      "share": {share} # s',
    ]


def big_profile_text(rows: int) -> str:
    """rows applicants and rows organizations, one ``- {name: ..., count: ..., share: ...}`` row a line."""
    return _profile(rows, _flow_row)


def slow_profile_text(rows: int) -> str:
    """The same rows as block mappings with quoted keys and a comment on every line: the slowest style to read."""
    return _profile(rows, _slow_row)


def items(rows: int) -> int:
    """The items plain_yaml counts in a profile of these functions with rows rows in each list."""
    return _ITEMS_OUTSIDE_ROWS + 2 * rows * _ITEMS_PER_ROW


def largest(make: Callable[[int], str]) -> tuple[str, int]:
    """The profile of make with the most rows under both limits, and its rows per list."""

    def fits(rows: int) -> bool:
        return items(rows) <= MAX_VALUES and len(make(rows).encode("utf-8")) <= MAX_PROFILE_BYTES

    low, high = 1, 2
    while fits(high):
        low, high = high, high * 2
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if fits(middle) else (low, middle)
    return make(low), low


def empty_mappings_text() -> str:
    """``{format: ..., patents: [{}, {}, ...]}`` as long as the size limit allows: the most mappings a file can hold.

    The list sits under a profile's key, so the file is read as a profile until the items limit
    refuses it (a bare list is refused at once, as no profile).
    """
    head = "{format: gii-cluster-profile/1, patents: ["
    return head + "{}, " * ((MAX_PROFILE_BYTES - len(head) - 6) // 4) + "{}]}\n"


def long_value_text(character: str) -> str:
    """The embedded profile with a run of RUN characters inside its cluster's name."""
    # Found through the package, not __file__: tests load this file as a module, some without one.
    text = embedded_profile_path().read_text(encoding="utf-8")
    return text.replace("cluster: Qingdao", f"cluster: Qing{character * RUN}dao", 1)


KINDS: dict[str, Callable[[], str]] = {
    "largest": lambda: largest(big_profile_text)[0],
    "largest-slow": lambda: largest(slow_profile_text)[0],
    "empty-mappings": empty_mappings_text,
    "spaces": lambda: long_value_text(" "),
    "letters": lambda: long_value_text("x"),
}


def main() -> int:
    kind = sys.argv[1]
    text = KINDS[kind]() if kind in KINDS else big_profile_text(int(kind))
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(f"big-{kind}.yaml")
    out.write_text(text, encoding="utf-8")
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
