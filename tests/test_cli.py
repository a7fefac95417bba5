"""The command line itself: `--help` lists every option with the exit statuses, usage errors, `--smoke`, PNG sizes,
two profiles compared in the window."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from cli_runner import run_cli, run_python


def test_help_lists_every_option_and_the_exit_statuses() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for option in (
        *("--check", "--export DIR", "--report OUT.pdf", "--smoke", "--lang {en,zh_CN}", "--version"),
        *("--png-size WIDTHxHEIGHT", "--png-scale N", "--import PATH [PATH ...]", "--library"),
    ):
        assert option in result.stdout, option
    assert "0  success" in result.stdout and "2  bad input or usage" in result.stdout
    assert "1  anything unexpected" in result.stdout
    assert "130, 143  ended by SIGINT (Ctrl+C) or SIGTERM" in result.stdout


def test_an_unknown_language_is_a_usage_error() -> None:
    result = run_cli("--lang", "xx", "--check")
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_smoke_prints_timings_as_json(tmp_path: Path) -> None:
    result = run_cli("--smoke", cwd=tmp_path, env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(figures) == {"first_paint_ms", "ready_ms", "peak_rss_mb"}
    assert 0 < figures["first_paint_ms"] <= figures["ready_ms"]
    assert figures["peak_rss_mb"] > 10


# -- --png-size and --png-scale -----------------------------------------------------------------


def test_png_options_read_a_size_and_a_scale() -> None:
    from qingdao_viewer.charts import ImageSize
    from qingdao_viewer.cli import png_image_size

    assert png_image_size(None, None) == ImageSize(1000, 600, 1)
    assert png_image_size("2000x1200", None) == ImageSize(2000, 1200, 1)
    assert png_image_size(" 640X480 ", "2") == ImageSize(640, 480, 2)
    assert png_image_size("800×500", "1.5") == ImageSize(800, 500, 1.5)
    assert png_image_size(None, "4x") == ImageSize(1000, 600, 4)


@pytest.mark.parametrize(
    ("size", "scale", "message"),
    [
        ("abc", None, "--png-size: expected WIDTHxHEIGHT in pixels, such as 2000x1200, not 'abc'"),
        ("1000", None, "--png-size: expected WIDTHxHEIGHT in pixels, such as 2000x1200, not '1000'"),
        ("-5x100", None, "--png-size: expected WIDTHxHEIGHT in pixels, such as 2000x1200, not '-5x100'"),
        ("100x600", None, "--png-size: the width must be 200 to 8000 pixels, not 100"),
        ("1000x9000", None, "--png-size: the height must be 200 to 8000 pixels, not 9000"),
        (None, "two", "--png-scale: expected a number from 1 to 4, such as 2, not 'two'"),
        (None, "0.5", "--png-scale: the pixel ratio must be 1 to 4, not 0.5"),
        (None, "5", "--png-scale: the pixel ratio must be 1 to 4, not 5"),
        (None, "nan", "--png-scale: the pixel ratio must be 1 to 4, not nan"),
        (
            "5000x3000",
            "2",
            "--png-size and --png-scale: 5000 x 3000 at 2x is a 10000 x 6000 pixel image; at most 8000 pixels a side",
        ),
    ],
)
def test_png_options_out_of_bounds_are_refused_naming_the_option(
    size: str | None, scale: str | None, message: str
) -> None:
    from qingdao_viewer.cli import UsageError, png_image_size

    with pytest.raises(UsageError) as refused:
        png_image_size(size, scale)
    assert str(refused.value) == message


def test_a_bad_png_option_exits_2_with_one_line_and_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    result = run_cli("--export", folder, "--png-size", "100x100", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["qingdao-viewer: --png-size: the width must be 200 to 8000 pixels, not 100"]
    assert not folder.exists()
    result = run_cli("--export", folder, "--png-scale", "9", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["qingdao-viewer: --png-scale: the pixel ratio must be 1 to 4, not 9"]


def test_png_options_go_with_export_only() -> None:
    result = run_cli("--check", "--png-size", "2000x1200")
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["qingdao-viewer: --png-size and --png-scale go with --export"]


def test_export_writes_the_png_charts_at_the_size_and_scale_asked(tmp_path: Path) -> None:
    result = run_cli("--export", tmp_path / "out", "--png-size", "800x500", "--png-scale", "2", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    png = (tmp_path / "out" / "qingdao-2024-patent-applicants.png").read_bytes()
    assert (int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")) == (1600, 1000)


# -- two profiles: the window and the report compare them ---------------------------------------

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REPO_DATA = Path(__file__).resolve().parent.parent / "data"

# The real command line, up to the event loop: instead of running it, say what the window shows.
WINDOW_SHOWN = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication\n"
    "from qingdao_viewer import cli\n"
    "def shown(app):\n"
    "    (window,) = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == 'MainWindow']\n"
    "    compared = window.session.comparison\n"
    "    print('window:', window.session.profile.cluster, '|', compared.other.profile.cluster if compared else '-')\n"
    "    return 0\n"
    "QApplication.exec = shown\n"
    "sys.exit(cli.main(sys.argv[1:]))\n"
)


def run_window(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_python("-c", WINDOW_SHOWN, *args, cwd=cwd, env={"QT_QPA_PLATFORM": "offscreen"})


def test_two_profiles_open_the_window_comparing_the_first_with_the_second(tmp_path: Path) -> None:
    result = run_window(REPO_DATA / "qingdao-2024.yaml", FIXTURES / "other-cluster.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "window: Qingdao | São Tomé d'Ávila–Zürichsee"


def test_one_profile_opens_the_window_without_a_comparison(tmp_path: Path) -> None:
    result = run_window(FIXTURES / "other-cluster.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "window: São Tomé d'Ávila–Zürichsee | -"


@pytest.mark.parametrize("bad_first", [False, True], ids=["second-bad", "first-bad"])
def test_a_bad_profile_to_compare_is_refused_naming_file_and_line_and_no_window_opens(
    tmp_path: Path, bad_first: bool
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: gii-cluster-profile/1\ncluster: Qingdao\nyear: twenty\n", encoding="utf-8")
    good = REPO_DATA / "qingdao-2024.yaml"
    result = run_window(*((bad, good) if bad_first else (good, bad)), cwd=tmp_path)
    assert result.returncode == 2
    assert "window:" not in result.stdout
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"{bad}:") and line.split(":")[1].isdigit(), line
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bad.yaml"]


def test_the_window_compares_up_to_ten_and_more_is_a_usage_error(tmp_path: Path) -> None:
    profile = REPO_DATA / "qingdao-2024.yaml"
    result = run_cli(*[profile] * 11, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["qingdao-viewer: at most 10 PROFILEs can be compared, not 11"]
    result = run_cli("--export", tmp_path / "out", *[profile] * 11, cwd=tmp_path)
    assert result.returncode == 2 and "at most 10 PROFILEs" in result.stderr
    assert not (tmp_path / "out").exists()


def test_help_says_two_to_ten_profiles_compare() -> None:
    result = run_cli("--help")
    assert "Two to ten PROFILEs open the\nwindow comparing the first with the others" in result.stdout
