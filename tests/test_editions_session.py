"""The session's editions of the cluster shown, read lazily from the library (invented profiles).

The fixtures in tests/fixtures/editions are INVENTED (editions, names and figures): Qingdao's
GII 2024 profile with the edition and figures changed, and a "São Paulo"/"Sao Paulo" and a
"Tokyo–Yokohama"/"Tokyo-Yokohama" pair whose names differ only in an accent or a dash.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qingdao_viewer import session as session_module
from qingdao_viewer.library import ProfileLibrary
from qingdao_viewer.profile import ClusterProfile, load_profile
from qingdao_viewer.session import Session

DATA = Path(__file__).resolve().parent.parent / "data"
EDITIONS = Path(__file__).resolve().parent / "fixtures" / "editions"
NORDHAVN = Path(__file__).resolve().parent / "fixtures" / "profile-texts" / "nordhavn-osterby-2024.txt"
QINGDAO = load_profile(DATA / "qingdao-2024.yaml")
QINGDAO_2023 = load_profile(EDITIONS / "qingdao-2023-invented.yaml")
SAO_PAULO_2024 = load_profile(EDITIONS / "sao-paulo-2024-invented.yaml")
SAO_PAULO_2023 = load_profile(EDITIONS / "sao-paulo-2023-invented.yaml")
TOKYO_2024 = load_profile(EDITIONS / "tokyo-yokohama-2024-invented.yaml")
TOKYO_2023 = load_profile(EDITIONS / "tokyo-yokohama-2023-invented.yaml")


def make_session(tmp_path: Path, shipped: Path = DATA) -> Session:
    return Session(QINGDAO, str(DATA / "qingdao-2024.yaml"), library=lambda: ProfileLibrary(shipped, tmp_path / "kept"))


def editions(session: Session) -> list[tuple[str, int, int]]:
    return [(profile.cluster, profile.year, profile.ranks.size) for profile in session.editions()]


def test_the_fixtures_are_the_invented_editions_they_say() -> None:
    assert (QINGDAO_2023.cluster, QINGDAO_2023.year, QINGDAO_2023.source) == ("Qingdao", 2023, None)
    assert [p.cluster for p in (SAO_PAULO_2024, SAO_PAULO_2023, TOKYO_2024, TOKYO_2023)] == [
        "São Paulo", "Sao Paulo", "Tokyo–Yokohama", "Tokyo-Yokohama",
    ]  # fmt: skip
    for path in EDITIONS.glob("*.yaml"):
        assert path.read_text(encoding="utf-8").startswith("# INVENTED for tests only")


def test_one_edition_alone_is_the_profile_shown(tmp_path: Path) -> None:
    session = make_session(tmp_path)
    assert session.editions() == [QINGDAO]


def test_a_kept_edition_of_the_cluster_is_found_oldest_first(tmp_path: Path) -> None:
    session = make_session(tmp_path)
    session.keep(QINGDAO_2023, origin="test")
    session.keep(TOKYO_2023, origin="test")  # another cluster: not an edition of Qingdao
    assert session.editions() == [QINGDAO_2023, QINGDAO]


def test_names_differing_only_in_an_accent_or_a_dash_are_one_cluster(tmp_path: Path) -> None:
    session = make_session(tmp_path)
    for profile in (SAO_PAULO_2023, TOKYO_2024, TOKYO_2023._replace(economy="China")):
        session.keep(profile, origin="test")
    session.open(str(EDITIONS / "sao-paulo-2024-invented.yaml"))
    assert editions(session) == [("Sao Paulo", 2023, 63), ("São Paulo", 2024, 60)]
    session.open(str(EDITIONS / "tokyo-yokohama-2023-invented.yaml"))
    # "Tokyo-Yokohama" of China is another cluster, though its name is the same
    assert [(p.cluster, p.economy, p.year) for p in session.editions()] == [
        ("Tokyo-Yokohama", "Japan", 2023),
        ("Tokyo–Yokohama", "Japan", 2024),
    ]


def test_the_profile_shown_wins_over_another_file_of_its_edition(tmp_path: Path) -> None:
    session = make_session(tmp_path)
    session.keep(SAO_PAULO_2023, origin="test")
    respelt = SAO_PAULO_2023._replace(year=2024, ranks=SAO_PAULO_2023.ranks._replace(size=61))
    session.keep(respelt, origin="test")  # "Sao Paulo" 2024: one edition with the shown "São Paulo" 2024
    session.open(str(EDITIONS / "sao-paulo-2024-invented.yaml"))
    assert editions(session) == [("Sao Paulo", 2023, 63), ("São Paulo", 2024, 60)]


def test_only_the_matching_files_are_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    session = make_session(tmp_path)
    kept = [session.keep(profile, origin="test") for profile in (QINGDAO_2023, SAO_PAULO_2023, TOKYO_2023)]
    session.listing()
    read: list[Path] = []
    real = session_module.load_profile

    def counted(path: Path) -> ClusterProfile:
        read.append(Path(path))
        return real(path)

    monkeypatch.setattr(session_module, "load_profile", counted)
    assert [p.year for p in session.editions()] == [2023, 2024]
    assert read == [kept[0]]


def test_a_file_that_no_longer_reads_is_left_out_without_an_error(tmp_path: Path) -> None:
    session = make_session(tmp_path)
    path = session.keep(QINGDAO_2023, origin="test")
    session.listing()  # listed while it read
    path.write_text("format: gii-cluster-profile/1\ncluster: [broken\n", encoding="utf-8")
    assert session.editions() == [QINGDAO]
    path.unlink()
    assert session.editions() == [QINGDAO]


def test_of_two_files_of_another_edition_the_kept_one_comes_first_then_the_next_that_reads(tmp_path: Path) -> None:
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    shutil.copy(DATA / "qingdao-2024.yaml", shipped)
    shutil.copy(EDITIONS / "qingdao-2023-invented.yaml", shipped)
    session = make_session(tmp_path, shipped)
    assert editions(session) == [("Qingdao", 2023, 22), ("Qingdao", 2024, 20)]  # the shipped 2023
    users = QINGDAO_2023._replace(cluster="QINGDAO", ranks=QINGDAO_2023.ranks._replace(size=21))
    path = session.keep(users, origin="test")
    assert editions(session) == [("QINGDAO", 2023, 21), ("Qingdao", 2024, 20)]  # the user's kept copy
    path.write_text("not a profile\n", encoding="utf-8")
    assert editions(session) == [("Qingdao", 2023, 22), ("Qingdao", 2024, 20)]  # it no longer reads: the shipped
