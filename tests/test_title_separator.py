"""One title separator: every title that names its cluster joins it with " — " (Chinese: ——).

The window, the report's document title, the key figures tables, the comparison's and an
exported chart's title, in English and in Chinese, as the real code builds them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from qingdao_viewer.charts.spec import chart_title
from qingdao_viewer.language import apply_language
from qingdao_viewer.profile import load_profile
from qingdao_viewer.report.pdf_report import _document_title, report_content
from qingdao_viewer.tables.comparison import build_comparison
from qingdao_viewer.tables.profile_tables import build_tables
from qingdao_viewer.ui.main_window import MainWindow

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEPARATOR = {"en": " — ", "zh_CN": "——"}
OTHER_SEPARATORS = re.compile(r" - |: | – (?=GII)|：")


@pytest.fixture(autouse=True)
def english_after(qapp: object) -> Iterator[None]:
    yield
    apply_language("en")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_title_uses_the_one_separator(qtbot: QtBot, embedded_path: Path, language: str) -> None:
    assert apply_language(language) == language
    profile = load_profile(embedded_path)
    other = load_profile(FIXTURES / "profile-texts" / "nordhavn-osterby-2024.txt")
    window = MainWindow(profile, str(embedded_path), settings=None)
    qtbot.addWidget(window)
    tables = build_tables(profile)
    titles = {
        "window": window.windowTitle(),
        "report": _document_title(report_content(profile, tables)),
        "key figures": tables.key_figures.title,
        "chart": chart_title(tables.patent_applicants),
        "comparison": build_comparison(profile, other).key_figures.title,
    }
    for where, title in titles.items():
        assert title.count(SEPARATOR[language]) == 1, f"{language} {where}: {title!r}"
        assert not OTHER_SEPARATORS.search(title), f"{language} {where}: {title!r}"
        assert "Qingdao, China" in title, title
    if language == "en":
        assert titles["window"] == "Qingdao, China — GII 2024 S&T cluster"
        assert titles["chart"] == "Top PCT applicants — Qingdao, China, GII 2024"
    else:  # the cluster first, as Chinese names the owner before what it owns
        assert all(title.startswith("Qingdao, China") for title in titles.values()), titles
