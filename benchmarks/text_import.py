"""Text import's speed in the input's size (part of `make bench`; run alone: python benchmarks/text_import.py).

A profile's text is read in time linear in the text's size, whatever a browser copied around
it: each kind of input is read at 1/8, 1/4, 1/2 and 1 MiB (the limit), and the figure beside
the target is the time per MiB at 1 MiB over the time per MiB at 1/8 MiB (1.0 when linear; a
reader quadratic in the size would give 8). Kinds:

- noise: a profile with a page's menus, breadcrumbs and cookie banner before it and its footer
  after it, repeated to the size;
- near misses: header lines that open no profile (``Global Innovation Index 2024`` followed by
  a menu, a breadcrumb that looks like a title), then the profile;
- profiles: copies of a page holding the profile, one after another (every one is read).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from qingdao_viewer.profile import load_profile, parse_any_profiles  # noqa: E402

SEED = (REPO / "tests" / "fixtures" / "qingdao-2024-profile.txt").read_text(encoding="utf-8")
MIB = 1024 * 1024
MENU = "Skip to main content\nAbout IP\nIP Services\nPolicy\nHome > Global Innovation Index > GII 2024 > Clusters\n"
BANNER = "We use cookies to give you the best experience.\nAccept cookies\tReject all\n\n"
FOOTER = "\nDownload the report (PDF)\nTerms of use\tPrivacy policy\tAccessibility\n© WIPO 2024\n"
NEAR_MISS = "Global Innovation Index 2024\nAccept cookies\n\n## Global Innovation Index 2024 ##\nHome, About WIPO\n"


def _fill(size: int, piece: str) -> str:
    return piece * max(0, size // len(piece.encode("utf-8")))


def noise(size: int) -> str:
    room = size - len(SEED.encode("utf-8")) - 1
    return _fill(room // 2, MENU + BANNER) + SEED + "\n" + _fill(room - room // 2, FOOTER)


def near_misses(size: int) -> str:
    return _fill(size - len(SEED.encode("utf-8")), NEAR_MISS) + SEED


def profiles(size: int) -> str:
    return _fill(size, MENU + SEED + FOOTER)


KINDS: dict[str, Callable[[int], str]] = {"noise": noise, "near misses": near_misses, "profiles": profiles}
SIZES = (MIB // 8, MIB // 4, MIB // 2, MIB)


def seconds(text: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        found = parse_any_profiles(text, "clipboard")
        times.append(time.perf_counter() - start)
        assert found and all(item.error is None for item in found)
    return min(times)  # the least disturbed run: other work on the machine only slows runs down


def text_import(report: Callable[..., None], runs: int = 5) -> None:
    """Report, for each kind, the per-MiB time ratio (1 MiB against 1/8 MiB) and the time at 1 MiB."""
    expected = load_profile(REPO / "data" / "qingdao-2024.yaml")
    for kind, make in KINDS.items():
        seconds(make(MIB), 1)  # warm up: the reader's modules, regular expressions and caches
        timed = {}
        for size in SIZES:
            text = make(size)
            assert len(text.encode("utf-8")) <= MIB
            timed[size] = seconds(text, runs)
        assert parse_any_profiles(make(MIB), "clipboard")[-1].profile == expected
        per_mib = {size: timed[size] * MIB / size for size in SIZES}
        shown = ", ".join(f"{size // 1024} KiB {timed[size] * 1000:.0f} ms" for size in SIZES)
        ratio = per_mib[MIB] / per_mib[SIZES[0]]
        report(f"text import, {kind}: time per MiB at 1 MiB / at 128 KiB", ratio, "", 2.0, f" ({shown})")
        report(f"text import, {kind}: 1 MiB read", timed[MIB] * 1000, "ms", 1500)


def _print(name: str, value: float, unit: str, target: float, detail: str = "") -> None:
    print(f"{name}: {value:.2f} {unit} (target <= {target:g}{' ' + unit if unit else ''}){detail}")


if __name__ == "__main__":
    text_import(_print)
