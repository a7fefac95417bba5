"""Write a valid gii-cluster-profile/1 with N applicants and N organizations, for scale tests.

Usage: python benchmarks/make_big_profile.py N [OUT]   (default OUT: big-N.yaml)
Shares are 0 except the first rows', so the list's shares stay within 100%.
"""

from __future__ import annotations

import sys
from pathlib import Path


def big_profile_text(rows: int) -> str:
    lines = [
        "format: gii-cluster-profile/1",
        "cluster: Bigcluster",
        "economy: Testland",
        "year: 2024",
        "ranks: {size: 1, intensity: 1, in_economy: 1, economy_clusters: 1}",
        "per_million: {pct_applications: 123456, scientific_articles: 654321}",
        "patents:",
        "  top_applicants:",
    ]
    lines += [
        f"    - {{name: APPLICANT {index:06d} CO LTD, count: {rows * 10 - index}, share: {50 if index == 0 else 0}}}"
        for index in range(rows)
    ]
    lines += ["  top_fields: []", "  collaboration: {share: 5, top_locations: [Alpha, Beta, Gamma]}"]
    lines += ["publications:", "  top_organizations:"]
    lines += [
        f"    - {{name: UNIVERSITY {index:06d}, count: {rows * 20 - index}, share: {40 if index == 0 else 0}}}"
        for index in range(rows)
    ]
    lines += ["  top_fields: []", "  collaboration: {share: 50, top_locations: [Alpha, Delta]}"]
    return "\n".join(lines) + "\n"


def main() -> int:
    rows = int(sys.argv[1])
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(f"big-{rows}.yaml")
    out.write_text(big_profile_text(rows), encoding="utf-8")
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
