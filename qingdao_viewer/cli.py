"""The command line: open the window, or check, export and report profiles without one.

Here are the options, the streams and the choice of command; the commands themselves are in
qingdao_viewer.commands. Qt is imported only by the commands that need it, so ``--check`` runs
anywhere, fast. Exit statuses (commands/status.py): 0 success, 2 bad input or usage, 1 anything unexpected.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from qingdao_viewer import __version__
from qingdao_viewer.commands.check import check
from qingdao_viewer.commands.status import EXIT_UNEXPECTED
from qingdao_viewer.i18n import LANGUAGES

_EPILOG = """\
With no PROFILE the embedded Qingdao, China (GII 2024) profile is used.

exit statuses:
  0  success
  2  bad input or usage (the message names the file and line)
  1  anything unexpected
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qingdao-viewer",
        description="Read a WIPO Global Innovation Index S&T cluster profile.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "profiles",
        nargs="*",
        metavar="PROFILE",
        help="a gii-cluster-profile/1 YAML file, or a profile's published text (.txt)",
    )
    action = parser.add_mutually_exclusive_group()
    action.add_argument(
        "--check",
        action="store_true",
        help="validate each PROFILE (default: the embedded one), print a summary line each; no window",
    )
    action.add_argument(
        "--export",
        metavar="DIR",
        type=Path,
        help="write every table as CSV, with a datapackage.json that describes them, and every chart as PNG and "
        "SVG into DIR, each named for the cluster and edition (qingdao-2024-patent-applicants.csv); no window. "
        "It replaces files of the same names (an earlier export of that cluster and edition), and says so; other "
        "files stay, and datapackage.json keeps listing the CSV files of other clusters exported there",
    )
    action.add_argument(
        "--report",
        metavar="OUT.pdf",
        type=Path,
        help="write a PDF report of PROFILE (every tab's figures and charts, A4) to OUT.pdf; no window",
    )
    action.add_argument(
        "--smoke",
        action="store_true",
        help="open the window, wait until it is painted and every tab built, print timings as JSON, exit",
    )
    parser.add_argument(
        "--lang",
        choices=sorted(LANGUAGES),
        help="the language of the window (default: View > Language, else the system's) or of --report "
        "(default: English)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _ensure_streams() -> None:
    """A windowed program may start with no stdout or stderr; give it somewhere to write."""
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    # A name the terminal's encoding cannot show is escaped, not a failure.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status. No traceback reaches the user."""
    _ensure_streams()
    try:
        return _run(argv)
    except KeyboardInterrupt:
        return EXIT_UNEXPECTED
    except Exception as error:  # the last line of defence
        print(f"qingdao-viewer: unexpected error: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_UNEXPECTED


def _run(argv: Sequence[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.check:
        return check(args.profiles)
    if len(args.profiles) > 1:
        parser.error("give at most one PROFILE (only --check takes several)")
    profile_path = args.profiles[0] if args.profiles else None
    if args.report is not None:
        from qingdao_viewer.commands.report import report_command

        return report_command(args.report, profile_path, language=args.lang)
    if args.export is not None:
        from qingdao_viewer.commands.export import export_command

        return export_command(args.export, profile_path)
    from qingdao_viewer.ui.app import run_app

    return run_app(profile_path, smoke=args.smoke, language=args.lang)
