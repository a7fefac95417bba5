"""Derived figures: hand-worked values for Qingdao, and the properties that make them safe to show."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from qingdao_viewer.profile import RankedCount, load_profile
from qingdao_viewer.tables.derived import (
    Interval,
    derive,
    derived_table,
    implied_population,
    implied_total,
    total_from_row,
)
from qingdao_viewer.tables.table import Subject

QINGDAO = load_profile(Path(__file__).parents[2] / "data" / "qingdao-2024.yaml")
MODES = (ROUND_HALF_UP, ROUND_HALF_EVEN)


def rounded_percent(count: int, total: int, mode: str) -> int:
    """The share as the source prints it: 100 count / total to a whole number, halves rounded by mode."""
    exact = Fraction(100 * count, total)
    return int((Decimal(exact.numerator) / Decimal(exact.denominator)).quantize(Decimal(1), rounding=mode))


def test_qingdaos_first_applicant_alone_implies_8357_to_8697() -> None:
    # 2,131 at 25%: 2131 / 0.255 = 8356.9 and 2131 / 0.245 = 8697.96.
    assert total_from_row(2131, 25) == Interval(8357, 8697)
    assert total_from_row(7510, 16) == Interval(45516, 48451)  # 7510 / 0.165 = 45515.2, / 0.155 = 48451.6


def test_qingdaos_totals_are_the_narrowest_interval_all_rows_allow() -> None:
    figures = derive(QINGDAO)
    # Applicants: 881 at 10% gives 8391..9273 and 732 at 9% gives 7706..8611 (worked by hand).
    assert figures.pct_total is not None and figures.pct_total.interval == Interval(8391, 8611)
    assert (figures.pct_total.low_from, figures.pct_total.high_from) == ((2,), (3,))
    # Organizations: 6,710 at 14% gives 46276..49703 and 6,496 at 14% gives 44800..48118.
    assert figures.articles_total is not None and figures.articles_total.interval == Interval(46276, 48118)


def test_qingdaos_population_is_about_4_9_million() -> None:
    figures = derive(QINGDAO)
    # 8391 / 1742.5 = 4.8155 million, 8611 / 1741.5 = 4.9446 million, outward to thousands.
    assert figures.population_from_pct == Interval(4_815_000, 4_945_000)
    # 46276 / 9697.5 = 4.7719 million, 48118 / 9696.5 = 4.9624 million.
    assert figures.population_from_articles == Interval(4_771_000, 4_963_000)
    assert figures.population == Interval(4_815_000, 4_945_000)


def test_a_zero_share_gives_no_upper_bound_and_no_population() -> None:
    assert total_from_row(3, 0) == Interval(600, None)
    assert implied_population(Interval(600, None), 10) is None


def test_rows_that_contradict_each_other_give_no_estimate() -> None:
    rows = (RankedCount(1, "A", 100, 50), RankedCount(2, "B", 100, 10))
    assert implied_total(rows) is None
    assert implied_total(()) is None


def test_the_listed_rows_sum_bounds_the_total_from_below() -> None:
    # Each row alone allows 199 to 202 (100 / 0.505 and 100 / 0.495); together they need 200.
    rows = (RankedCount(1, "A", 100, 50), RankedCount(2, "B", 100, 50))
    assert total_from_row(100, 50) == Interval(199, 202)
    estimate = implied_total(rows)
    assert estimate is not None and estimate.interval == Interval(200, 202) and estimate.low_from == (0,)


@pytest.mark.parametrize("mode", MODES)
def test_the_true_total_always_lies_in_a_rows_interval_exhaustively(mode: str) -> None:
    for total in range(1, 301):
        for count in range(total + 1):
            share = rounded_percent(count, total, mode)
            assert total in total_from_row(count, share), (count, total, share)


@pytest.mark.parametrize("mode", MODES)
def test_the_true_total_always_lies_in_the_estimate_of_random_top_lists(mode: str) -> None:
    chance = random.Random(20241201)
    for _ in range(3000):
        total = chance.randint(1, 2_000_000)
        counts, left = [], total  # different applicants: together at most the total
        for _ in range(chance.randint(1, 5)):
            counts.append(chance.randint(0, left // 2))
            left -= counts[-1]
        counts.sort(reverse=True)
        rows = tuple(
            RankedCount(rank, f"row {rank}", count, rounded_percent(count, total, mode))
            for rank, count in enumerate(counts, start=1)
        )
        estimate = implied_total(rows)
        assert estimate is not None and total in estimate.interval, (total, rows, estimate)


@pytest.mark.parametrize("mode", MODES)
def test_the_true_population_always_lies_in_its_interval(mode: str) -> None:
    chance = random.Random(7)
    for _ in range(3000):
        population = chance.randint(100_000, 40_000_000)
        total = chance.randint(1_000, 400_000)
        per_million = rounded_percent(total * 10_000, population, mode)  # total / population * 1e6, whole
        if per_million < 1:
            continue
        low, high = implied_population(Interval(total, total), per_million) or (None, None)
        assert low is not None and high is not None and low <= population <= high, (population, total, per_million)


def test_the_table_is_titled_and_noted_as_derived_and_shows_the_intervals() -> None:
    subject = Subject(QINGDAO.cluster, QINGDAO.economy, QINGDAO.year)
    table = derived_table(QINGDAO, subject, "Source: WIPO")
    assert "derived" in table.title.lower() or "not in the source" in table.title
    assert "not published by WIPO" in table.note and table.attribution == "Source: WIPO"
    assert [table.rows[0][2], table.rows[0][3], table.rows[1][2], table.rows[1][3]] == [8391, 8611, 46276, 48118]
    assert table.display(2, 2) == "4,815,000" and table.display(2, 3) == "4,945,000"
    assert "row 2" in table.rows[0][4] and "row 3" in table.rows[0][4]  # type: ignore[operator]
