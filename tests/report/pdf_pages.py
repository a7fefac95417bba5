"""Reading a report's PDF as a reader's tools do (poppler's pdftotext, pdfimages, pdfinfo): its pages' text,
words with their boxes, images, and how full each page's body is."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import NamedTuple

import pytest

A4_WIDTH, A4_HEIGHT = 595.28, 841.89  # points
MARGIN = 18 / 25.4 * 72  # the report's side margins, 18 mm
BODY_TOP = 22 / 25.4 * 72  # the body starts 22 mm down
FOOTER_GAP = (4 + 1.5) / 25.4 * 72  # from the body's foot to the footer's first line of text
OVERLAP_POINTS = 0.5  # words' boxes may touch (line spacing is their full height), not overlap
FILL_THRESHOLD = 0.5  # every page but the last has text at least this far down its body


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


def pdf_images(pdf: bytes, folder: Path) -> list[str]:
    """The images in the file, a line each of ``pdfimages -list`` (none: every drawing is vectors)."""
    path = folder / "report-for-images.pdf"
    path.write_bytes(pdf)
    listed = subprocess.run(
        [poppler("pdfimages"), "-list", str(path)], capture_output=True, text=True, check=True, timeout=60
    )
    header, rule, *images = listed.stdout.splitlines()
    assert header.split()[:3] == ["page", "num", "type"] and set(rule) == {"-"}
    return images


def page_fills(pages: list[list[Word]]) -> list[float]:
    """How far down each page's body its text reaches, from 0 (none) to 1 (the body's foot).

    The body runs from 22 mm down to 4 mm over the footer's rule; the footer's first line is
    the one that ends with "Page N of M" (in any language) at the right margin, the lowest word
    set there. Charts count by their text (names, figures, the axis' label).
    """
    fills = []
    for words in pages:
        at_right = [word for word in words if abs(word.right - (A4_WIDTH - MARGIN)) < 1.5]
        assert at_right, "a page without its number"
        footer_text = max(word.top for word in at_right)
        body_bottom = footer_text - FOOTER_GAP
        body = [word for word in words if word.top >= BODY_TOP - 1 and word.bottom <= body_bottom + 1]
        reached = max((word.bottom for word in body), default=BODY_TOP)
        fills.append((reached - BODY_TOP) / (body_bottom - BODY_TOP))
    return fills


def assert_no_page_half_empty(pdf: bytes, folder: Path) -> list[float]:
    """No page but the last below FILL_THRESHOLD; returns each page's fill."""
    fills = page_fills(pdf_words(pdf, folder))
    thin = [(number, round(fill, 2)) for number, fill in enumerate(fills[:-1], start=1) if fill < FILL_THRESHOLD]
    assert not thin, f"pages (number, fill) below {FILL_THRESHOLD}: {thin}; all: {[round(f, 2) for f in fills]}"
    return fills


def credit_count(page: str, credit: str) -> int:
    """How many times a page gives the source's credit (its text as one line: it wraps in the footer)."""
    return one_line(page).count(one_line(credit))
