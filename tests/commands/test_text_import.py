"""Profile text at the command-line doors: --check, --export, and a bad text's PATH:LINE message."""

from __future__ import annotations

from pathlib import Path

from cli_runner import REPO, run_cli
from export_files import export_files

SEED = REPO / "tests" / "fixtures" / "qingdao-2024-profile.txt"
TEXTS = REPO / "tests" / "fixtures" / "profile-texts"


def test_check_reads_profile_texts() -> None:
    texts = sorted(TEXTS.glob("*.txt"))
    result = run_cli("--check", SEED, *texts)
    assert result.returncode == 0, result.stderr
    assert f"{SEED}: OK: Qingdao, China, GII 2024: 3 top PCT applicants" in result.stdout
    assert "Nordhavn–Østerby, Denmark, GII 2024" in result.stdout
    assert len(result.stdout.splitlines()) == 1 + len(texts)


def test_a_text_that_cannot_be_read_names_its_line_and_exits_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_text(SEED.read_text(encoding="utf-8").replace("2,131\t25%", "2,131\ttwenty-five"), encoding="utf-8")
    result = run_cli("--check", broken)
    assert result.returncode == 2
    line = (
        SEED.read_text(encoding="utf-8")
        .splitlines()
        .index(next(x for x in SEED.read_text(encoding="utf-8").splitlines() if "2,131" in x))
    )
    assert result.stderr.startswith(f"{broken}:{line + 1}: expected "), result.stderr
    assert "found" in result.stderr and "Traceback" not in result.stderr


def test_export_of_the_seed_text_is_byte_identical_to_the_embedded_profile(tmp_path: Path) -> None:
    from_yaml, from_text = tmp_path / "yaml", tmp_path / "text"
    assert run_cli("--export", from_yaml).returncode == 0
    result = run_cli("--export", from_text, SEED)
    assert result.returncode == 0, result.stderr
    names = sorted(path.name for path in from_yaml.iterdir())
    assert names == sorted(path.name for path in from_text.iterdir()) == sorted(export_files())
    assert "datapackage.json" in names and "qingdao-2024-patent-applicants.csv" in names
    for name in names:
        assert (from_yaml / name).read_bytes() == (from_text / name).read_bytes(), name


def test_export_with_a_bad_text_writes_nothing(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_text("Global Innovation Index 2024\n\nnot a title line at all\n", encoding="utf-8")
    result = run_cli("--export", tmp_path / "out", broken)
    assert result.returncode == 2 and result.stderr.startswith(f"{broken}:")
    assert not (tmp_path / "out").exists()
