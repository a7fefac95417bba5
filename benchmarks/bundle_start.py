"""Start-up of the packaged bundle beside the source, measured side by side.

Runs `--smoke` (offscreen) of each, alternating, RUNS times, and prints the medians of its
first_paint_ms and ready_ms (times from process start) and the bundle/source ratios.
Usage: python benchmarks/bundle_start.py [BUNDLE_EXECUTABLE] [RUNS]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.10


def smoke(command: list[str]) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the source start from cached bytecode, as a user's is
    result = subprocess.run([*command, "--smoke"], env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} --smoke failed: {result.stderr}")
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def main() -> int:
    bundle = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "dist" / "qingdao-viewer" / "qingdao-viewer"
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    if not bundle.is_file():
        print(f"no bundle at {bundle}: run `make package` first", file=sys.stderr)
        return 2
    variants = {"source": [sys.executable, "-m", "qingdao_viewer"], "bundle": [str(bundle)]}
    smoke(variants["source"])  # warm the file cache for both
    smoke(variants["bundle"])
    samples: dict[str, list[dict[str, float]]] = {name: [] for name in variants}
    for _ in range(runs):
        for name, command in variants.items():
            samples[name].append(smoke(command))
    holds = True
    for figure in ("first_paint_ms", "ready_ms"):
        medians = {name: statistics.median(s[figure] for s in samples[name]) for name in variants}
        ratio = medians["bundle"] / medians["source"]
        verdict = "holds" if ratio <= TARGET_RATIO else "FAILS"
        holds &= ratio <= TARGET_RATIO
        print(
            f"{figure}: source {medians['source']:.0f} ms, bundle {medians['bundle']:.0f} ms, "
            f"ratio {ratio:.2f} (target <= {TARGET_RATIO:.2f}: {verdict}; median of {runs})"
        )
    return 0 if holds else 1


if __name__ == "__main__":
    sys.exit(main())
