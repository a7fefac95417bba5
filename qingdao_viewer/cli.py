"""The command line: open the window, or check, export, report, import and list profiles without one.

Here are the options, the streams and the choice of command; the commands themselves are in
qingdao_viewer.commands. Qt is imported only by the commands that need it, so ``--check`` runs
anywhere, fast. Exit statuses (commands/status.py): 0 success, 2 bad input or usage, 1 anything unexpected,
130 and 143 ended by SIGINT and SIGTERM.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from qingdao_viewer import __version__
from qingdao_viewer.commands.check import check
from qingdao_viewer.commands.status import EXIT_BAD_INPUT, EXIT_UNEXPECTED, interrupted_status
from qingdao_viewer.i18n import LANGUAGES

if TYPE_CHECKING:
    from qingdao_viewer.charts import ImageSize

_EPILOG = """\
With no PROFILE the embedded Qingdao, China (GII 2024) profile is used. Two to ten PROFILEs open the
window comparing the first with the others; --report and --export with several report or export
them compared (the comparison tables too).

The library (the Cluster box's list) keeps profiles as YAML in the data folder's
profiles/ (on Linux $XDG_DATA_HOME, else ~/.local/share, then qingdao-viewer/qingdao-viewer/).

exit statuses:
  0  success
  2  bad input or usage (the message names the file and line)
  1  anything unexpected
  130, 143  ended by SIGINT (Ctrl+C) or SIGTERM: the files being written are removed,
            files written before stay as they were (the window first saves its settings)
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
        "SVG into DIR, each named for the cluster and edition (qingdao-2024-patent-applicants.csv); no window; with "
        "several PROFILEs (2 to 10) each one's files and the comparison tables. "
        "It replaces files of the same names (an earlier export of that cluster and edition), and says so; other "
        "files stay, and datapackage.json keeps listing the CSV files of other clusters exported there",
    )
    action.add_argument(
        "--report",
        metavar="OUT.pdf",  # as typed, not a Path: "DIR/" names a folder, and a Path would drop the slash
        help="write a PDF report of PROFILE (every tab's figures and charts, A4) to OUT.pdf, or of several "
        "PROFILEs compared (the first with the others); no window",
    )
    action.add_argument(
        "--import",
        dest="import_paths",
        nargs="+",
        metavar="PATH",
        help="keep each profile (YAML or profile text; a folder: its .yaml, .yml and .txt files) in the library"
        " and say where it went; no window",
    )
    action.add_argument(
        "--library",
        action="store_true",
        help="list the library's profiles, one line each: cluster, edition, shipped or kept, file; no window",
    )
    action.add_argument(
        "--smoke",
        action="store_true",
        help="open the window, wait until it is painted and every tab built, print timings as JSON, exit",
    )
    parser.add_argument(
        "--png-size",
        metavar="WIDTHxHEIGHT",
        help="with --export: lay the PNG charts out at this size in pixels (default 1000x600; each side 200 to 8000)",
    )
    parser.add_argument(
        "--png-scale",
        metavar="N",
        help="with --export: draw each of those pixels as N x N, 1 to 4 (default 1): 2 gives the same chart "
        "twice as sharp, a 2000x1200 PNG by default",
    )
    parser.add_argument(
        "--lang",
        choices=sorted(LANGUAGES),
        help="the language of the window (default: View > Language, else the system's) or of --report "
        "(default: English)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


class UsageError(ValueError):
    """A command line that cannot run; its message names the option."""


_SIZE = re.compile(r"([0-9]+)[x×]([0-9]+)", re.IGNORECASE)


def png_image_size(size: str | None, scale: str | None) -> ImageSize:
    """``--png-size WIDTHxHEIGHT`` and ``--png-scale N`` as an image size (defaults where not given).

    UsageError, its message naming the option, for text that is not a size or a number, or
    one out of bounds (ImageSize.checked). Imports the charts package, and with it Qt.
    """
    from qingdao_viewer.charts import EXPORT_HEIGHT, EXPORT_WIDTH, ImageSize, ImageSizeError

    width, height, ratio = EXPORT_WIDTH, EXPORT_HEIGHT, 1.0
    if size is not None:
        match = _SIZE.fullmatch(size.strip())
        if match is None:
            raise UsageError(f"--png-size: expected WIDTHxHEIGHT in pixels, such as 2000x1200, not {size!r}")
        width, height = int(match.group(1)), int(match.group(2))
    if scale is not None:
        try:
            ratio = float(scale.strip().removesuffix("x").removesuffix("×"))
        except ValueError:
            raise UsageError(f"--png-scale: expected a number from 1 to 4, such as 2, not {scale!r}") from None
    try:
        return ImageSize(width, height, ratio).checked()
    except ImageSizeError as error:
        option = {"ratio": "--png-scale", "pixels": "--png-size and --png-scale"}.get(error.part, "--png-size")
        raise UsageError(f"{option}: {error}") from None


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
    except KeyboardInterrupt as interrupt:  # SIGINT, or SIGTERM in a command (commands.headless)
        return interrupted_status(interrupt)
    except Exception as error:  # the last line of defence
        print(f"qingdao-viewer: unexpected error: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_UNEXPECTED


def _run(argv: Sequence[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if (args.png_size is not None or args.png_scale is not None) and args.export is None:
        return _usage_error("--png-size and --png-scale go with --export")
    if args.check:
        return check(args.profiles)
    if args.import_paths is not None or args.library:
        if args.profiles:
            return _usage_error("--import takes its PATHs after it, --library none")
        from qingdao_viewer.commands.library import import_command, library_command

        return import_command(args.import_paths) if args.import_paths is not None else library_command()
    if len(args.profiles) > 2:
        from qingdao_viewer.tables.comparison import MAX_COMPARED

        if len(args.profiles) > MAX_COMPARED:
            return _usage_error(f"at most {MAX_COMPARED} PROFILEs can be compared, not {len(args.profiles)}")
    if args.report is not None:
        from qingdao_viewer.commands.report import report_command

        return report_command(args.report, args.profiles, language=args.lang)
    if len(args.profiles) > 1 and args.smoke:
        parser.error("--smoke takes one PROFILE (the window, --export and --report compare several)")
    profile_path = args.profiles[0] if args.profiles else None
    if args.export is not None:
        try:
            png_size = png_image_size(args.png_size, args.png_scale)  # checked before the profile is read
        except UsageError as error:
            return _usage_error(str(error))
        from qingdao_viewer.commands.export import export_command

        return export_command(args.export, args.profiles or profile_path, png_size=png_size)
    if len(args.profiles) > 1:
        return _open_compared(args.profiles, args.lang)
    from qingdao_viewer.ui.app import run_app

    return run_app(profile_path, smoke=args.smoke, language=args.lang)


def _open_compared(paths: Sequence[str], language: str | None) -> int:
    """`qingdao-viewer A B C ...`: the window on A compared with the others (2 to 10 in all, checked by the caller).

    Every one is read first: one that cannot be is named with its line on stderr, status 2, no window.
    """
    from qingdao_viewer.commands.headless import load_for_command

    if any(load_for_command(path) is None for path in paths):  # the reason, naming file and line, on stderr
        return EXIT_BAD_INPUT
    from qingdao_viewer.ui.app import run_app

    return run_app(paths[0], language=language, compare_path=list(paths[1:]))


def _usage_error(message: str) -> int:
    """One line on stderr, naming the option: status 2."""
    print(f"qingdao-viewer: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT
