"""The PDF report: A4 pages with every figure of the profile, long tables continued, names as written.

The text checks read the PDF with poppler's ``pdftotext``, as a reader copying from it
would; where poppler-utils is missing they are skipped, except in CI, which installs it.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
from pathlib import Path
from types import ModuleType

import pytest
from cli_runner import run_cli
from pdf_pages import (
    A4_WIDTH,
    MARGIN,
    assert_laid_out_cleanly,
    assert_no_page_half_empty,
    credit_count,
    one_line,
    page_count,
    pdf_images,
    pdf_pages_text,
    pdf_words,
    poppler,
)

from qingdao_viewer.charts import EXPORT_HEIGHT, bars_that_fit
from qingdao_viewer.profile import ClusterProfile, FieldShare, load_profile
from qingdao_viewer.report import report_pdf_bytes
from qingdao_viewer.tables import build_tables

REPO = Path(__file__).resolve().parents[2]
BIG_ROWS = 3000


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


def test_report_is_a_three_page_pdf(embedded_pdf: bytes, tmp_path: Path) -> None:
    """Page 1 the key figures, page 2 Patents and Publications, page 3 Collaboration: no tab starts a page."""
    assert embedded_pdf.startswith(b"%PDF-")
    assert embedded_pdf.rstrip().endswith(b"%%EOF")
    assert page_count(embedded_pdf) == 3
    path = tmp_path / "report.pdf"
    path.write_bytes(embedded_pdf)
    info = subprocess.run([poppler("pdfinfo"), str(path)], capture_output=True, text=True, check=True, timeout=60)
    assert re.search(r"^Pages:\s+3$", info.stdout, re.MULTILINE)
    assert re.search(r"^Page size:\s+595(\.\d+)? x 842(\.\d+)? pts \(A4\)", info.stdout, re.MULTILINE)
    assert re.search(r"^Title:\s+Qingdao, China — GII 2024 S&T cluster profile$", info.stdout, re.MULTILINE)
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
        *("CC BY 4.0", "10.34667/tind.50062", "Page 1 of 3"),
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
        "2% of PCT applications are co-invented with other inventors",
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
    assert len(pages) == 3
    for number, page in enumerate(pages, start=1):
        lines = [line for line in page.splitlines() if line.strip()]
        assert lines[0].split()[:2] == ["Qingdao,", "China"], lines[0]
        footer = one_line("\n".join(lines[-3:]))
        assert f"Page {number} of 3" in footer
        assert "CC BY 4.0" in footer and "10.34667/tind.50062" in footer


def test_every_page_gives_the_source_once(embedded: ClusterProfile, embedded_pdf: bytes, tmp_path: Path) -> None:
    """In its footer, and nowhere else: page 1 no longer repeats it under a Source heading."""
    credit = build_tables(embedded).overview.attribution
    pages = pdf_pages_text(embedded_pdf, tmp_path, "-raw")
    assert [credit_count(page, credit) for page in pages] == [1] * len(pages)
    assert all(one_line(page).count("CC BY 4.0") == 1 for page in pages)
    assert not any(line.strip() == "Source" for page in pages for line in page.splitlines())  # no heading of it


def test_no_page_is_left_half_empty(embedded_pdf: bytes, tmp_path: Path) -> None:
    fills = assert_no_page_half_empty(embedded_pdf, tmp_path)
    assert len(fills) == 3 and all(0 < fill <= 1 for fill in fills)


def test_a_table_is_kept_with_its_heading_and_chart(embedded_pdf: bytes, tmp_path: Path) -> None:
    """Every heading is on the page of the table (or note) it heads: none ends a page."""
    pages = [one_line(page) for page in pdf_pages_text(embedded_pdf, tmp_path, "-raw")]
    for heading, first_row in (
        ("Top PCT applicants — Qingdao, China, GII 2024", "1 QINGDAO HAIER AIR CONDITIONER GENERAL 2,131 25%"),
        ("Top publishing organizations — Qingdao, China, GII 2024", "1 QINGDAO UNIVERSITY 7,510 16%"),
        ("Top technology fields: publications", "The source profile gives no figures"),
        ("Top locations of co-inventors (PCT applications)", "Rank Location 1 Beijing"),
    ):
        (page,) = [page for page in pages if heading in page]
        assert first_row in page.split(heading, 1)[1], heading


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
    end = min(word.top for word in page if word.text == "Top" and word.top > header.top)  # the next heading
    patents = [word for word in page if header.top <= word.top < end]  # the table, not the charts around it

    def aligned(edges: list[float]) -> bool:  # to a fifth of a point: poppler rounds each glyph's advance
        return len(edges) > 1 and max(edges) - min(edges) < 0.2

    def right_edges(*texts: str) -> list[float]:
        return [word.right for word in patents if word.text in texts]

    assert aligned(right_edges("Share", "25%", "10%", "9%"))
    assert aligned(right_edges("applications", "2,131", "881", "732"))
    assert aligned([word.left for word in patents if word.text in ("Applicant", "QINGDAO")])


def test_nothing_is_cut_off_or_drawn_over(embedded_pdf: bytes, tmp_path: Path) -> None:
    assert_laid_out_cleanly(pdf_words(embedded_pdf, tmp_path))


# -- the charts -------------------------------------------------------------------------


def test_charts_are_vectors_not_images(embedded_pdf: bytes, tmp_path: Path) -> None:
    assert pdf_images(embedded_pdf, tmp_path) == []


def test_chart_labels_are_text_a_reader_can_find(embedded_pdf: bytes, tmp_path: Path) -> None:
    """Each chart's names, shares and axis are text: each leader's name is there twice, chart and table."""
    tabs, collaboration = (one_line(page) for page in pdf_pages_text(embedded_pdf, tmp_path)[1:])
    assert tabs.count("QINGDAO HAIER AIR CONDITIONER GENERAL") == 2
    assert tabs.count("25%") == 2 and tabs.count("10%") == 2
    assert tabs.count("OCEAN UNIVERSITY OF CHINA") == 2 and tabs.count("16%") == 2
    assert collaboration.count("63%") == 2
    assert tabs.count("Share (%)") == 2 and collaboration.count("Share (%)") == 1  # the axes' labels


def test_each_chart_is_titled_with_the_cluster_and_edition(embedded_pdf: bytes, tmp_path: Path) -> None:
    """As an exported chart is: the heading over a chart and its table says whose figures they are."""
    tabs, collaboration = (one_line(page) for page in pdf_pages_text(embedded_pdf, tmp_path)[1:])
    assert "Top PCT applicants — Qingdao, China, GII 2024" in tabs
    assert "Top publishing organizations — Qingdao, China, GII 2024" in tabs
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

    from qingdao_viewer.report.flow import BAR

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
    assert len(pages) == page_count(pdf) > 3
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


# -- pages well used, whatever the profile ----------------------------------------------


@pytest.mark.parametrize(
    "name", sorted(path.name for path in (REPO / "tests" / "fixtures" / "profile-texts").glob("*.txt"))
)
def test_no_page_of_any_test_profile_is_left_half_empty(qapp: object, tmp_path: Path, name: str) -> None:
    profile = load_profile(REPO / "tests" / "fixtures" / "profile-texts" / name)
    pdf = report_pdf_bytes(profile, build_tables(profile))
    assert_no_page_half_empty(pdf, tmp_path)
    pages = pdf_pages_text(pdf, tmp_path, "-raw")
    assert [credit_count(page, build_tables(profile).overview.attribution) for page in pages] == [1] * len(pages)


def test_a_chart_draws_fewer_bars_rather_than_leave_a_page_half_empty(qapp: object, tmp_path: Path) -> None:
    """Nordhavn–Østerby's ten publishing organizations: their chart and table would fill most of a page.
    Moved whole to the next page they would leave the Patents page 40% used; they start under it
    instead, the chart drawing the bars that fit there and saying so, the table flowing on in full."""
    profile = load_profile(REPO / "tests" / "fixtures" / "profile-texts" / "nordhavn-osterby-2024.txt")
    pdf = report_pdf_bytes(profile, build_tables(profile))
    pages = [one_line(page) for page in pdf_pages_text(pdf, tmp_path, "-raw")]
    assert len(pages) == 3
    assert "Publications Top publishing organizations" in pages[1]
    drawn = re.search(r"Top (\d+) drawn; (\d+) more rows in the table", pages[1])
    assert drawn is not None and int(drawn.group(1)) + int(drawn.group(2)) == 10
    assert int(drawn.group(1)) >= 5  # MIN_BARS
    assert "Top publishing organizations (continued) Rank Organization Articles Share" in pages[2]
    text = "\n".join(pdf_pages_text(pdf, tmp_path))
    assert len(re.findall(r"^\s*\d+\s+\S.*\s[\d,]+\s+\d+%\s*$", text, re.M)) >= 11  # 1 applicant, 10 organizations
    assert_no_page_half_empty(pdf, tmp_path)


def test_no_text_of_the_report_is_set_as_a_ligature(qapp: object, tmp_path: Path) -> None:
    """Tables, cards and the charts' labels alike: "Scientific" copies and searches as ten letters."""
    profile = load_profile(REPO / "data" / "qingdao-2024.yaml")
    text = "\n".join(pdf_pages_text(report_pdf_bytes(profile, build_tables(profile)), tmp_path))
    assert "Scientific articles" in text
    assert not re.search("[\ufb00-\ufb06]", text), re.findall(".{12}[\ufb00-\ufb06].{12}", text)


# -- the derived estimates ------------------------------------------------------------------------


def test_the_overview_page_ends_with_the_derived_estimates_marked_derived(embedded_pdf: bytes, tmp_path: Path) -> None:
    first = one_line(pdf_pages_text(embedded_pdf, tmp_path, "-raw")[0])
    block = first.index("Derived estimates (not in the source)")
    assert block > first.index("Made in collaboration")  # after the source's own figures
    derived = first[block:]
    for card in (
        "8,391 to 8,611 PCT applications, cluster total (derived)",
        "46,276 to 48,118 Scientific articles, cluster total (derived)",
        "4,815,000 to 4,945,000 Population, both taken together (derived)",
        "Derived by Qingdao Viewer, not published by WIPO",
        "the estimate is the narrowest interval all rows allow",
    ):
        assert card in derived, card
    assert "(derived)" not in first[:block]  # the source's figures are not marked, nor mixed in


def test_tables_without_the_derived_estimates_report_none(
    qapp: object, embedded: ClusterProfile, tmp_path: Path
) -> None:
    """As the window reports while View > Show derived estimates is off."""
    pdf = report_pdf_bytes(embedded, build_tables(embedded)._replace(derived=None))
    text = one_line("\n".join(pdf_pages_text(pdf, tmp_path)))
    assert "Derived estimates" not in text and "8,391" not in text and "(derived)" not in text
    assert "63%" in text
