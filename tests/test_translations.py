"""The Chinese translation is complete, current with the sources, and builds to a loadable .qm."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TS = REPO / "resources" / "translations" / "qingdao_viewer_zh_CN.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message.find("translation"))  # type: ignore[misc]
        for context in root.iter("context")
        for message in context.findall("message")
    ]


def test_every_string_is_translated() -> None:
    found = messages(TS)
    assert len(found) > 150
    for context, source, translation in found:
        assert translation is not None and translation.text, f"{context}: {source!r} has no translation"
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), f"{context}: {source!r}"


def test_translations_keep_every_placeholder_and_accelerator() -> None:
    from qingdao_viewer.tables.overview import CARD_PAIRS

    paired = {source for pair in CARD_PAIRS for source in pair}
    translated = {(context, source): translation.text or "" for context, source, translation in messages(TS)}
    for pair in CARD_PAIRS:  # a figure and its caption share their values: each named once by the two
        sources = sorted(name for source in pair for name in PLACEHOLDER.findall(source))
        texts = [translated["Tables", source] for source in pair]
        assert sorted(name for text in texts for name in PLACEHOLDER.findall(text)) == sources, (pair, texts)
    for context, source, translation in messages(TS):
        text = translation.text or ""
        if source in paired and context == "Tables":
            continue
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (context, source, text)
        accelerator = re.search(r"&([A-Za-z])", source.replace("S&T", ""))
        if accelerator and context == "MainWindow":
            assert f"&{accelerator.group(1).upper()}" in text.upper(), (source, text)


def test_the_translation_file_lists_exactly_the_strings_in_the_sources(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not in this environment")
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(path) for path in (REPO / "qingdao_viewer").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(copy)], check=True, capture_output=True, timeout=120)
    before = {(context, source) for context, source, _ in messages(TS)}
    after = {(ctx, source) for ctx, source, translation in messages(copy) if translation.get("type") != "vanished"}
    assert after == before, f"new: {sorted(after - before)}; gone: {sorted(before - after)} (run `make lupdate`)"


def test_the_built_translation_loads(qapp: object) -> None:
    from PySide6.QtCore import QTranslator

    assert QM.exists(), "run `make translations` and commit the .qm"
    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("MainWindow", "&File") == "文件(&F)"
