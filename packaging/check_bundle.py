"""Check a built one-folder bundle: size budget, and nothing links to a library left out.

Usage: python packaging/check_bundle.py dist/qingdao-viewer [ARCHIVE]
Exit 0 when the bundle holds; 1 with the reasons otherwise.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

FOLDER_BUDGET = 170_000_000
ARCHIVE_BUDGET = 70_000_000


def dropped_libraries(spec: Path) -> list[str]:
    """The spec's left-out libraries that must not be linked from inside the bundle.

    Those under its "base of every Linux desktop" comment are expected from the system.
    """
    text = spec.read_text(encoding="utf-8")
    block = text.split("DROPPED_LIBRARIES = (", 1)[1].split("# The base of every Linux desktop", 1)[0]
    return re.findall(r'"([^"]+)"', block)


def needed(library: Path) -> list[str]:
    """The libraries a library links to directly (its ELF NEEDED entries).

    Direct links, not ldd's whole closure: every library in the bundle is checked, so a left-out
    library linked through another of the bundle's is found where it is linked; what a system
    library links to (the system's CUPS and its Kerberos) is the system's own.
    """
    output = subprocess.run(["readelf", "-d", str(library)], capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", output)


def size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def main(argv: list[str]) -> int:
    folder = Path(argv[1])
    archive = Path(argv[2]) if len(argv) > 2 else None
    dropped = dropped_libraries(Path(__file__).with_name("qingdao-viewer.spec"))
    problems = []
    for library in sorted(folder.rglob("*.so*")):
        if not library.is_file():
            continue
        for name in needed(library):
            if any(name == lib or name.startswith(lib + ".so") for lib in dropped):
                problems.append(f"{library.relative_to(folder)} links to {name}, which the spec leaves out")
    folder_bytes = size(folder)
    print(f"folder: {folder_bytes / 1e6:.1f} MB (budget {FOLDER_BUDGET / 1e6:.0f} MB)")
    if folder_bytes > FOLDER_BUDGET:
        problems.append("the folder is over its budget")
    if archive is not None:
        archive_bytes = archive.stat().st_size
        print(f"archive: {archive_bytes / 1e6:.1f} MB (budget {ARCHIVE_BUDGET / 1e6:.0f} MB)")
        if archive_bytes > ARCHIVE_BUDGET:
            problems.append("the archive is over its budget")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
