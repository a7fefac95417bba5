"""The PDF report: A4 pages with every figure of the profile, long tables continued, names as written.

The text checks read the PDF with poppler's ``pdftotext``, as a reader copying from it
would; where poppler-utils is missing they are skipped, except in CI, which installs it.
"""

from __future__ import annotations

import html
import importlib.util
import os
import re
import shutil
import subprocess
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

import pytest
from cli_runner import run_cli

from qingdao_viewer.charts import EXPORT_HEIGHT, bars_that_fit
from qingdao_viewer.profile import ClusterProfile, FieldShare, load_profile
from qingdao_viewer.report import report_pdf_bytes
from qingdao_viewer.tables import build_tables

REPO = Path(__file__).resolve().parents[2]
BIG_ROWS = 3000
A4_WIDTH, A4_HEIGHT = 595.28, 841.89  # points
MARGIN = 18 / 25.4 * 72  # the report's side margins, 18 mm
OVERLAP_POINTS = 0.5  # words' boxes may touch (line spacing is their full height), not overlap


def skip_unless_ci(reason: str) -> None:
    """Skip where the machine lacks a tool; in CI, which installs it, fail instead."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason}\n(CI installs poppler-utils, so CI must run this test)")
    pytest.skip(reason)


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        skip_unless_ci(f"{tool} not installed: apt-get install poppler-utils")
    assert found is not None
    return found


def pdftotext(pdf: bytes, folder: Path, mode: str) -> str:
    path = folder / "report-for-text.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(
        [poppler("pdftotext"), mode, str(path), "-"], capture_output=True, text=True, check=True, timeout=120
    )
    return result.stdout


def pdf_pages_text(pdf: bytes, folder: Path, mode: str = "-layout") -> list[str]:
    """The text of each page as ``pdftotext -layout`` (or ``-raw``: in the order drawn) reads it."""
    pages = pdftotext(pdf, folder, mode).split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


class Word(NamedTuple):
    text: str
    left: float
    top: float
    right: float
    bottom: float


def pdf_words(pdf: bytes, folder: Path) -> list[list[Word]]:
    """Every word of every page with its box in points, as ``pdftotext -bbox`` finds them."""
    pages = []
    for page in pdftotext(pdf, folder, "-bbox").split("<page ")[1:]:
        pages.append(
            [
                Word(html.unescape(text), float(left), float(top), float(right), float(bottom))
                for left, top, right, bottom, text in re.findall(
                    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page
                )
            ]
        )
    return pages


def assert_laid_out_cleanly(pages: list[list[Word]]) -> None:
    """Every word inside the page's margins, and no two words overlapping."""
    for number, words in enumerate(pages, start=1):
        for word in words:
            inside = word.left >= MARGIN - 0.5 and word.right <= A4_WIDTH - MARGIN + 0.5
            assert inside and word.top >= 0 and word.bottom <= A4_HEIGHT, f"page {number}: {word} is off the page"
        ordered = sorted(words, key=lambda word: word.top)
        for index, word in enumerate(ordered):
            for other in ordered[index + 1 :]:
                if other.top >= word.bottom - OVERLAP_POINTS:
                    break
                apart = other.left >= word.right - OVERLAP_POINTS or other.right <= word.left + OVERLAP_POINTS
                assert apart, f"page {number}: {word} overlaps {other}"


def page_count(pdf: bytes) -> int:
    """Page objects in the file (Qt writes each as an uncompressed ``/Type /Page`` dictionary)."""
    return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", pdf))


def one_line(text: str) -> str:
    """Text with its runs of spaces and line breaks as single spaces."""
    return " ".join(text.split())


def big_profile(rows: int, folder: Path) -> ClusterProfile:
    """The scale-test profile that benchmarks/make_big_profile.py writes."""
    spec = importlib.util.spec_from_file_location("make_big_profile", REPO / "benchmarks" / "make_big_profile.py")
    assert spec is not None and spec.loader is not None
    module = ModuleType(spec.name)
    spec.loader.exec_module(module)
    path = folder / f"big-{rows}.yaml"
    path.write_text(module.big_profile_text(rows), encoding="utf-8")
    return load_profile(path)


def with_applicants(profile: ClusterProfile, *names: str) -> ClusterProfile:
    """The profile with its top applicants renamed (counts and shares kept)."""
    rows = list(profile.patents.top_applicants)
    for index, name in enumerate(names):
        rows[index] = rows[index]._replace(name=name)
    return profile._replace(patents=profile.patents._replace(top_applicants=tuple(rows)))


@pytest.fixture
def embedded(embedded_path: Path) -> ClusterProfile:
    return load_profile(embedded_path)


@pytest.fixture
def embedded_pdf(qapp: object, embedded: ClusterProfile) -> bytes:
    return report_pdf_bytes(embedded, build_tables(embedded))


# -- the embedded profile ---------------------------------------------------------------


def test_report_is_a_four_page_pdf(embedded_pdf: bytes, tmp_path: Path) -> None:
    """Page 1 the key figures, then Patents, Publications and Collaboration, a page each."""
    assert embedded_pdf.startswith(b"%PDF-")
    assert embedded_pdf.rstrip().endswith(b"%%EOF")
    assert page_count(embedded_pdf) == 4
    path = tmp_path / "report.pdf"
    path.write_bytes(embedded_pdf)
    info = subprocess.run([poppler("pdfinfo"), str(path)], capture_output=True, text=True, check=True, timeout=60)
    assert re.search(r"^Pages:\s+4$", info.stdout, re.MULTILINE)
    assert re.search(r"^Page size:\s+595(\.\d+)? x 842(\.\d+)? pts \(A4\)", info.stdout, re.MULTILINE)
    assert re.search(r"^Title:\s+Qingdao, China: GII 2024 S&T cluster profile$", info.stdout, re.MULTILINE)
    assert info.stderr == ""  # poppler found nothing to complain about


def test_every_figure_of_the_profile_is_in_the_text(embedded_pdf: bytes, tmp_path: Path) -> None:
    pages = pdf_pages_text(embedded_pdf, tmp_path)
    text = one_line("\n".join(pages))
    figures = [
        *("2,131", "25%", "881", "10%", "732", "9%"),
        *("7,510", "16%", "6,710", "14%", "6,496"),
        *("1,742", "9,697", "20th", "23rd", "8th of 26", "2%", "63%"),
        *("2019–2023", "2018–2022"),
        *("Beijing", "Tokyo-Yokohama", "Hangzhou", "Shanghai-Suzhou", "Jinan"),
        *("QINGDAO HAIER AIR CONDITIONER GENERAL", "QINGDAO HAIER WASHING MACHINE", "QINGDAO HAIER REFRIGERATOR"),
        *("QINGDAO UNIVERSITY", "OCEAN UNIVERSITY OF CHINA", "CHINA UNIVERSITY OF PETROLEUM"),
        *("CC BY 4.0", "10.34667/tind.50062", "Page 1 of 4"),
    ]
    missing = [figure for figure in figures if figure not in text]
    assert not missing, f"not in the report's text: {missing}"
    # Page 1 is the Overview: ranks, per-million figures with their periods, leaders, collaboration.
    # (Read in the order drawn: -layout interleaves the lines of cards side by side.)
    first = one_line(pdf_pages_text(embedded_pdf, tmp_path, "-raw")[0])
    for sentence in (
        "Qingdao, China GII 2024 S&T cluster profile",
        "20th largest science and technology cluster of the top 100 in 2024",
        "23rd S&T cluster by intensity (relative to population density)",
        "8th of 26 among the clusters of China in the top 100",
        "1,742 PCT patent applications per 1 million inhabitants, 2019–2023",
        "9,697 scientific articles per 1 million inhabitants, 2018–2022",
        "QINGDAO HAIER AIR CONDITIONER GENERAL top PCT applicant: 2,131 applications, 25% of the cluster's total",
        "QINGDAO UNIVERSITY top publishing organization: 7,510 articles, 16% of the cluster's total",
        "2% of PCT applications are co-invented with inventors elsewhere",
        "63% of scientific articles are co-published with other organizations",
        "Licensed under CC BY 4.0. DOI 10.34667/tind.50062.",
    ):
        assert sentence in first


def test_the_fields_the_source_does_not_give_are_said_not_invented(embedded_pdf: bytes, tmp_path: Path) -> None:
    text = one_line("\n".join(pdf_pages_text(embedded_pdf, tmp_path)))
    assert "The source profile gives no figures for its top technology fields (patents)." in text
    assert "The source profile gives no figures for its top technology fields (publications)." in text


def test_every_page_has_the_header_the_credit_and_its_number(embedded_pdf: bytes, tmp_path: Path) -> None:
    pages = pdf_pages_text(embedded_pdf, tmp_path)
    assert len(pages) == 4
    for number, page in enumerate(pages, start=1):
        lines = [line for line in page.splitlines() if line.strip()]
        assert lines[0].split()[:2] == ["Qingdao,", "China"], lines[0]
        footer = one_line("\n".join(lines[-3:]))
        assert f"Page {number} of 4" in footer
        assert "CC BY 4.0" in footer and "10.34667/tind.50062" in footer


def test_tables_print_their_cells_as_the_grid_shows_them(embedded_pdf: bytes, tmp_path: Path) -> None:
    """One row per line, names left-aligned, numbers right-aligned with their headers."""
    lines = "\n".join(pdf_pages_text(embedded_pdf, tmp_path)).splitlines()
    rows = [line for line in lines if re.match(r"\s*\d\s+QINGDAO HAIER", line)]
    assert [one_line(row) for row in rows] == [
        "1 QINGDAO HAIER AIR CONDITIONER GENERAL 2,131 25%",
        "2 QINGDAO HAIER WASHING MACHINE 881 10%",
        "3 QINGDAO HAIER REFRIGERATOR 732 9%",
    ]
    page = pdf_words(embedded_pdf, tmp_path)[1]
    header = next(word for word in page if word.text == "Rank")
    patents = [word for word in page if word.top >= header.top]  # the table, not the chart above it

    def right_edges(*texts: str) -> set[float]:
        return {round(word.right, 1) for word in patents if word.text in texts}

    assert len(right_edges("Share", "25%", "10%", "9%")) == 1
    assert len(right_edges("applications", "2,131", "881", "732")) == 1
    assert len({round(word.left, 1) for word in patents if word.text in ("Applicant", "QINGDAO")}) == 1


def test_nothing_is_cut_off_or_drawn_over(embedded_pdf: bytes, tmp_path: Path) -> None:
    assert_laid_out_cleanly(pdf_words(embedded_pdf, tmp_path))


# -- the charts -------------------------------------------------------------------------


def test_charts_are_vectors_not_images(embedded_pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(embedded_pdf)
    listed = subprocess.run(
        [poppler("pdfimages"), "-list", str(path)], capture_output=True, text=True, check=True, timeout=60
    )
    header, rule, *images = listed.stdout.splitlines()
    assert header.split()[:3] == ["page", "num", "type"] and set(rule) == {"-"}
    assert images == []


def test_chart_labels_are_text_a_reader_can_find(embedded_pdf: bytes, tmp_path: Path) -> None:
    """Each chart's names, shares and axis are text: the patents page has each leader's name twice, chart and table."""
    patents, publications, collaboration = (one_line(page) for page in pdf_pages_text(embedded_pdf, tmp_path)[1:])
    assert patents.count("QINGDAO HAIER AIR CONDITIONER GENERAL") == 2
    assert patents.count("25%") == 2 and patents.count("10%") == 2
    assert publications.count("OCEAN UNIVERSITY OF CHINA") == 2 and publications.count("16%") == 2
    assert collaboration.count("63%") == 2
    for page in (patents, publications, collaboration):
        assert page.count("Share (%)") == 1  # the axis' label


def test_each_chart_is_titled_with_the_cluster_and_edition(embedded_pdf: bytes, tmp_path: Path) -> None:
    """As an exported chart is: the heading over a chart and its table says whose figures they are."""
    patents, publications, collaboration = (one_line(page) for page in pdf_pages_text(embedded_pdf, tmp_path)[1:])
    assert "Top PCT applicants — Qingdao, China, GII 2024" in patents
    assert "Top publishing organizations — Qingdao, China, GII 2024" in publications
    assert re.search(r"\w — Qingdao, China, GII 2024", collaboration)


def test_charts_are_as_wide_as_the_tables(embedded_pdf: bytes, tmp_path: Path) -> None:
    """The axis runs across the body, from its left margin to its right, as the tables do."""
    words = pdf_words(embedded_pdf, tmp_path)[1]
    axis_top = next(word for word in words if word.text == "Share").top  # the axis' label, under its figures

    def centre(text: str) -> float:
        (found,) = [word for word in words if word.text == text and axis_top - 30 < word.top < axis_top]
        return (found.left + found.right) / 2

    assert MARGIN < centre("0") < MARGIN + 20
    assert A4_WIDTH - MARGIN - 30 < centre("40") < A4_WIDTH - MARGIN
    table_right = max(word.right for word in words if word.text == "Share")  # the table's Share column
    assert table_right == pytest.approx(A4_WIDTH - MARGIN, abs=6)


def test_charts_keep_print_colours(embedded_pdf: bytes, tmp_path: Path) -> None:
    """The picture is the point: bars in the report's blue on white paper, whatever the window's theme."""
    from PySide6.QtGui import QColor, QImage

    from qingdao_viewer.report.pdf_report import BAR

    path = tmp_path / "report.pdf"
    path.write_bytes(embedded_pdf)
    subprocess.run(
        [poppler("pdftoppm"), "-f", "2", "-l", "2", "-r", "40", "-png", str(path), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    (png,) = tmp_path.glob("page*.png")
    image = QImage(str(png))
    colours = {QColor(image.pixel(x, y)).name() for y in range(image.height()) for x in range(image.width())}
    assert BAR in colours and "#ffffff" in colours and "#000000" in colours


def test_same_profile_same_bytes(qapp: object, embedded: ClusterProfile, embedded_pdf: bytes) -> None:
    again = report_pdf_bytes(embedded, build_tables(embedded))
    assert again == embedded_pdf
    assert b"/CreationDate (" not in embedded_pdf and b"xmp:CreateDate" not in embedded_pdf


def test_same_bytes_from_another_process(embedded_pdf: bytes, tmp_path: Path) -> None:
    """Fonts are written in hash order: without a fixed seed, a new process may order them anew."""
    out = tmp_path / "other.pdf"
    for _ in range(2):
        result = run_cli("--report", out, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert out.read_bytes() == embedded_pdf


# -- names as written -------------------------------------------------------------------


def test_markup_in_names_is_printed_literally(qapp: object, embedded: ClusterProfile, tmp_path: Path) -> None:
    profile = with_applicants(embedded, "<b>R&D</b> & Co", "Société Générale d'Études", "青岛海尔 R&D <i>")
    pdf = report_pdf_bytes(profile, build_tables(profile))
    text = one_line("\n".join(pdf_pages_text(pdf, tmp_path)))
    assert "<b>R&D</b> & Co" in text
    assert "Société Générale d'Études" in text
    assert "R&D <i>" in text  # the CJK part shows only where a font has its glyphs


def test_long_names_wrap_and_lose_nothing(qapp: object, embedded: ClusterProfile, tmp_path: Path) -> None:
    words = [f"WORD{index:03d}" for index in range(120)]  # several lines in the Applicant column
    unbroken = "X" * 6000  # no place to break, and taller than a page: it goes on over pages
    profile = with_applicants(embedded, "QINGDAO HAIER AIR CONDITIONER GENERAL", " ".join(words), unbroken)
    pdf = report_pdf_bytes(profile, build_tables(profile))
    pages = pdf_pages_text(pdf, tmp_path)
    assert len(pages) == page_count(pdf) > 4
    text = "\n".join(pages)
    assert [word for word in words if word not in text] == []
    # The chart's labels end in an ellipsis where the plot is too narrow for them; the table loses nothing.
    elided = [word.text for page in pdf_words(pdf, tmp_path) for word in page if word.text.endswith("…")]
    assert len(elided) == 2 and re.fullmatch(r"WORD\d{3}…", elided[0]) and re.fullmatch(r"X+…", elided[1])
    assert text.count("X") - elided[1].count("X") == len(unbroken)
    assert "Top PCT applicants (continued)" in text
    assert "QINGDAO HAIER REFRIGERATOR" not in text  # its name was replaced, not lost among the others
    assert "732" in text  # the third row's count is still there, beside the long name
    assert_laid_out_cleanly(pdf_words(pdf, tmp_path))


def test_fields_with_figures_get_a_chart_and_a_table(qapp: object, embedded: ClusterProfile, tmp_path: Path) -> None:
    fields = (FieldShare(1, "Computer technology", 12), FieldShare(2, "Electrical machinery", 7))
    profile = embedded._replace(patents=embedded.patents._replace(top_fields=fields))
    pdf = report_pdf_bytes(profile, build_tables(profile))
    text = one_line("\n".join(pdf_pages_text(pdf, tmp_path)))
    assert "1 Computer technology 12%" in text and "2 Electrical machinery 7%" in text
    assert "top technology fields (patents)" not in text
    assert "top technology fields (publications)" in text


# -- thousands of rows ------------------------------------------------------------------


def test_thousands_of_rows_continue_over_pages(qapp: object, tmp_path: Path) -> None:
    profile = big_profile(BIG_ROWS, tmp_path)
    tables = build_tables(profile)
    pdf = report_pdf_bytes(profile, tables)  # its time is measured by `make bench`, not here
    pages = pdf_pages_text(pdf, tmp_path)
    assert len(pages) == page_count(pdf)
    # About 46 rows a page: two lists of 3,000 need about 130 pages; the overview and charts a few more.
    assert 2 * BIG_ROWS / 60 < len(pages) < 2 * BIG_ROWS / 40
    text = "\n".join(pages)
    for index in (0, 1, BIG_ROWS // 2, BIG_ROWS - 2, BIG_ROWS - 1):
        assert re.search(rf"^\s*{index + 1}\s+APPLICANT {index:06d} CO LTD\s+{BIG_ROWS * 10 - index:,}\s", text, re.M)
        assert re.search(rf"^\s*{index + 1}\s+UNIVERSITY {index:06d}\s+{BIG_ROWS * 20 - index:,}\s", text, re.M)
    # Every row once, none cut at a page's foot; every page of a list starts with its header again.
    # And the leader on page 1, and the first rows again as the chart's bars.
    assert len(re.findall(r"APPLICANT \d{6} CO LTD", text)) == BIG_ROWS + 1 + bars_that_fit(EXPORT_HEIGHT)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        if re.search(r"^\s*\d+\s+APPLICANT \d{6}", page, re.M):
            assert re.search(r"Rank\s+Applicant\s+PCT applications\s+Share", page), f"page {number} has no header"


# -- writing files ----------------------------------------------------------------------
