"""The report in compare mode: both clusters' figures, side by side where they compare, every tab of each.

Qingdao (the embedded profile) compared with São Tomé d'Ávila–Zürichsee, an INVENTED cluster
from tests/fixtures whose figures come from no GII profile (a different edition, no source).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pdf_pages import (
    assert_laid_out_cleanly,
    assert_no_page_half_empty,
    credit_count,
    one_line,
    page_count,
    pdf_images,
    pdf_pages_text,
    pdf_words,
)

from qingdao_viewer.profile import ClusterProfile, load_profile
from qingdao_viewer.report import report_pdf_bytes
from qingdao_viewer.tables import build_tables
from qingdao_viewer.tables.comparison import build_comparison

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
OTHER = "São Tomé d'Ávila–Zürichsee, Ruritania"


@pytest.fixture
def qingdao(embedded_path: Path) -> ClusterProfile:
    return load_profile(embedded_path)


@pytest.fixture
def other() -> ClusterProfile:
    return load_profile(FIXTURES / "other-cluster.yaml")


@pytest.fixture
def compared_pdf(qapp: object, qingdao: ClusterProfile, other: ClusterProfile) -> bytes:
    others = [(other, build_tables(other))]
    return report_pdf_bytes(qingdao, build_tables(qingdao), others, build_comparison(qingdao, other))


def test_the_report_of_a_comparison_is_not_the_single_one(
    qapp: object, qingdao: ClusterProfile, compared_pdf: bytes, tmp_path: Path
) -> None:
    single = report_pdf_bytes(qingdao, build_tables(qingdao))
    assert compared_pdf != single
    assert page_count(compared_pdf) > page_count(single)
    assert len(pdf_pages_text(compared_pdf, tmp_path)) == page_count(compared_pdf)


def test_every_page_names_both_clusters_and_gives_the_sources_once(
    qingdao: ClusterProfile, other: ClusterProfile, compared_pdf: bytes, tmp_path: Path
) -> None:
    credits = [build_tables(qingdao).overview.attribution, build_tables(other).overview.attribution]
    assert credits[0] != credits[1]  # two editions, two credits: each once a page
    pages = pdf_pages_text(compared_pdf, tmp_path, "-raw")
    for number, page in enumerate(pages, start=1):
        lines = [line for line in page.splitlines() if line.strip()]
        assert lines[0] == f"Qingdao, China and {OTHER} GII S&T cluster profiles compared", lines[0]
        assert [credit_count(page, credit) for credit in credits] == [1, 1], f"page {number}"
        assert f"Page {number} of {len(pages)}" in page


def test_key_figures_read_down_a_column_a_cluster(compared_pdf: bytes, tmp_path: Path) -> None:
    first = pdf_pages_text(compared_pdf, tmp_path)[0]
    rows = {one_line(line) for line in first.splitlines()}
    for row in (
        "Rank by size (top 100) 20 57",
        "Rank by intensity (top 100) 23 —",
        "Rank in economy 8 2",
        "Economy's clusters in top 100 26 3",
        "PCT applications per 1M inhabitants 1,742 512",
        "Scientific articles per 1M inhabitants 9,697 12,040",
        "PCT applications co-invented 2% 41%",
        "Scientific articles co-published 63% 0%",
    ):
        assert row in rows, row
    text = one_line(pdf_pages_text(compared_pdf, tmp_path, "-raw")[0])  # in the order drawn: card by card
    assert "Key figures — Qingdao, China, GII 2024 and " in text
    assert "QINGDAO HAIER AIR CONDITIONER GENERAL" in text and "Université de Montréal" in text  # the leaders


def test_every_tab_of_each_cluster_is_there_under_its_name(compared_pdf: bytes, tmp_path: Path) -> None:
    # A heading wrapped after a dash reads back with a space after it.
    text = one_line("\n".join(pdf_pages_text(compared_pdf, tmp_path, "-raw"))).replace("– ", "–")
    for table in (
        "Top PCT applicants",
        "Top technology fields: patents",
        "Top publishing organizations",
        "Top technology fields: publications",
        "Share of output made in collaboration",
        "Top locations of co-inventors (PCT applications)",
        "Top locations of co-publishers (scientific articles)",
    ):
        assert text.count(f"{table} — Qingdao, China, GII 2024") == 1, table
        assert text.count(f"{table} — {OTHER}, GII 2031") == 1, table
    for figures in (
        "1 QINGDAO HAIER AIR CONDITIONER GENERAL 2,131 25%",
        "2 L'Atelier d'Optique Ménard & Fils 1,875 14%",
        "1 Université de Montréal 98,765 52%",
        "1 Computer technology 18%",
        "The source profile names no collaborating locations.",
    ):
        assert figures in text, figures
    assert text.index("— Qingdao, China, GII 2024") < text.index(f"— {OTHER}, GII 2031")  # the first cluster first


def test_charts_of_one_kind_share_one_scale(compared_pdf: bytes, tmp_path: Path) -> None:
    """Both applicants' charts end their axis at the same share: equal shares draw equally long bars."""
    ends = []
    for words in pdf_words(compared_pdf, tmp_path):
        labels = [word for word in words if word.text == "Share" and words[words.index(word) + 1].text == "(%)"]
        for label in labels:
            axis = [w for w in words if label.top - 30 < w.top < label.top and w.text.isdigit()]
            ends.append(max(int(w.text) for w in axis))
    # Charts in the order drawn: applicants (both), fields (patents: only the other cluster's profile gives
    # them), organizations (both), fields (publications: the other's), collaboration (both, 0 to 100%).
    assert len(ends) == 8, ends
    assert ends[0] == ends[1] and ends[3] == ends[4] and ends[6:] == [100, 100], ends
    assert ends[0] >= 40 and ends[3] >= 60  # room for Qingdao's 25% and the other's 52% on each pair's one axis


def test_the_comparison_is_vectors_laid_out_cleanly_without_half_empty_pages(
    compared_pdf: bytes, tmp_path: Path
) -> None:
    assert pdf_images(compared_pdf, tmp_path) == []
    assert_laid_out_cleanly(pdf_words(compared_pdf, tmp_path))
    assert_no_page_half_empty(compared_pdf, tmp_path)


def test_more_than_two_clusters_are_reported_each_in_turn(
    qapp: object, qingdao: ClusterProfile, other: ClusterProfile, tmp_path: Path
) -> None:
    third = load_profile(FIXTURES / "profile-texts" / "kessington-2024.txt")
    tables = build_tables(qingdao)
    pdf = report_pdf_bytes(qingdao, tables, [(other, build_tables(other)), (third, build_tables(third))])
    pages = pdf_pages_text(pdf, tmp_path, "-raw")
    header = next(line for line in pages[0].splitlines() if line.strip())
    assert header.startswith(f"Qingdao, China, {OTHER} and ") and header.endswith("GII S&T cluster profiles compared")
    assert f"Qingdao, China, {OTHER} and {third.title}" in one_line(pages[0]).replace("– ", "–")  # the title
    first = one_line(pages[0])
    assert re.search(rf"Rank by size \(top 100\) 20 57 {third.ranks.size}\b", first), first[:600]
    text = one_line("\n".join(pages))
    assert text.count("Top PCT applicants — ") == 3
    assert_no_page_half_empty(pdf, tmp_path)


def test_each_compared_clusters_derived_estimates_follow_the_source_figures_marked_derived(
    qingdao: ClusterProfile, other: ClusterProfile, compared_pdf: bytes, tmp_path: Path
) -> None:
    text = one_line("\n".join(pdf_pages_text(compared_pdf, tmp_path, "-raw")))
    block = text.index("Derived estimates (not in the source)")
    assert block > text.index("Leading organizations")  # after the source's figures of every cluster
    derived = text[block:]
    qingdao_cards = derived.index("Qingdao, China, GII 2024")
    other_cards = derived.index(f"{OTHER}, GII {other.year}")
    assert qingdao_cards < other_cards  # each cluster's, in the comparison's order
    assert "8,391 to 8,611 PCT applications, cluster total (derived)" in derived[qingdao_cards:other_cards]
    assert "4,815,000 to 4,945,000 Population, both taken together (derived)" in derived[qingdao_cards:other_cards]
    assert derived.count("Derived by Qingdao Viewer, not published by WIPO") == 1
    assert text[:block].count("(derived)") == 0  # nothing before it is marked: the source's figures are not mixed


def test_a_comparison_reported_without_the_derived_estimates_has_none(
    qapp: object, qingdao: ClusterProfile, other: ClusterProfile, tmp_path: Path
) -> None:
    """As the window reports while View > Show derived estimates is off."""
    others = [(other, build_tables(other)._replace(derived=None))]
    tables = build_tables(qingdao)._replace(derived=None)
    pdf = report_pdf_bytes(qingdao, tables, others, build_comparison(qingdao, other))
    text = one_line("\n".join(pdf_pages_text(pdf, tmp_path)))
    assert "Derived estimates" not in text and "(derived)" not in text and "8,391" not in text
