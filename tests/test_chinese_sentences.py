"""Chinese written as Chinese: full-width punctuation, whole templates, economies named in Chinese.

Checks every translation in the .ts, and the sentences the app really builds of several
profiles (the Overview's captions, notes and summary, the credit line, every table's title and
note) under zh_CN: no ASCII sentence punctuation outside the profile's own names, no English
economy name where data/economies.csv knows the Chinese one, ranks as 第N名. English is unchanged.
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from qingdao_viewer import i18n
from qingdao_viewer.economies import economy_name, names
from qingdao_viewer.profile import ClusterProfile, load_profile
from qingdao_viewer.tables.comparison import build_comparison
from qingdao_viewer.tables.profile_tables import attribution_text, build_overview, build_tables

REPO = Path(__file__).resolve().parent.parent
TS = REPO / "resources" / "translations" / "qingdao_viewer_zh_CN.ts"
ECONOMIES = REPO / "data" / "economies.csv"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PROFILES = [
    REPO / "data" / "qingdao-2024.yaml",  # China
    FIXTURES / "profile-texts" / "kessington-2024.txt",  # United States of America
    FIXTURES / "profile-texts" / "nordhavn-osterby-2024.txt",  # Denmark
    FIXTURES / "profile-texts" / "vardanes-2031.txt",  # Iran (Islamic Republic of)
    FIXTURES / "profile-texts" / "yeonhwa-baekrim-2024.txt",  # Republic of Korea
    FIXTURES / "other-cluster.yaml",  # Ruritania: not in the table, so shown as given
]
# ASCII punctuation that ends or splits a sentence; Chinese writes ，。：；（）！？
ASCII_PUNCTUATION = re.compile(r"[.,:;!?](?:\s|$)|[()]")
# What is not prose in a translation: accelerators "(&F)", file-dialog filters "(*.csv)", markup, placeholders.
NOT_PROSE = re.compile(r"\(&[A-Z]\)|\([*][^)]*\)|<[^>]*>|\{[a-z_]*\}|https?://\S+")
# The economies of the brief that must be in the table, as WIPO names them.
MUST_KNOW = {
    "China": "中国", "United States of America": "美国", "Japan": "日本", "Republic of Korea": "韩国",
    "Germany": "德国", "France": "法国", "United Kingdom": "英国", "India": "印度", "Switzerland": "瑞士",
    "Iran (Islamic Republic of)": "伊朗", "Türkiye": "土耳其", "Russian Federation": "俄罗斯",
    "Hong Kong, China": "中国香港", "Taiwan Province of China": "中国台湾",
}
CJK = re.compile(r"[\u4e00-\u9fff]")


def translations() -> list[tuple[str, str, str]]:
    root = ET.parse(TS).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message.findtext("translation", ""))
        for context in root.iter("context")
        for message in context.findall("message")
    ]


@pytest.fixture
def chinese(qapp: object) -> Iterator[None]:
    from qingdao_viewer.language import apply_language

    assert apply_language("zh_CN") == "zh_CN"
    yield
    apply_language("en")


def prose_of(profile: ClusterProfile) -> list[str]:
    """Every sentence and caption the app builds of a profile in the language shown."""
    overview = build_overview(profile, attribution_text(profile))
    cards = [*overview.ranks, overview.output.pct_applications, overview.output.scientific_articles]
    cards += [*overview.leaders.given, overview.collaboration.patents, overview.collaboration.publications]
    found = [overview.subtitle, overview.output.note, overview.collaboration.summary, overview.attribution]
    found += [text for card in cards for text in card]
    for table in build_tables(profile).all:
        found += [table.title, table.note or "", *(column.header for column in table.columns)]
        found += [column.description for column in table.columns if column.description]
    return [text for text in found if text]


def without_names(text: str, profile: ClusterProfile) -> str:
    """The text less what the profile names itself (names stay as it gives them, commas and all)."""
    given = [profile.title, profile.cluster, *(row.name for row in profile.patents.top_applicants)]
    given += [row.name for row in profile.publications.top_organizations]
    if profile.source is not None:
        given += [profile.source.publisher, profile.source.title, profile.source.copyright or ""]
        given += [profile.source.license, profile.source.doi or "", profile.source.url or ""]
    for name in sorted((name for name in given if name), key=len, reverse=True):
        text = text.replace(name, "")
    return text


def test_every_translation_uses_full_width_punctuation() -> None:
    found = translations()
    assert len(found) > 150
    for context, source, translation in found:
        prose = NOT_PROSE.sub("", translation)
        assert not ASCII_PUNCTUATION.search(prose), f"{context}: {source!r} -> {translation!r}"
        assert not re.search(r"\d +[\u4e00-\u9fff]|[\u4e00-\u9fff] +\d", prose), (source, translation)


# Placeholders that are filled with a number: as a numeral, no space between them and a Chinese character.
NUMBER_PLACEHOLDER = r"\{(?:count|total|shown|selected|found|read|kept|height|files)\}"


def test_no_space_between_a_number_placeholder_and_a_chinese_character() -> None:
    spaced = re.compile(rf"[\u4e00-\u9fff] +{NUMBER_PLACEHOLDER}|{NUMBER_PLACEHOLDER} +[\u4e00-\u9fff]")
    found = [(source, translation) for _, source, translation in translations() if spaced.search(translation)]
    assert not found, found


def test_no_translation_starts_with_a_particle_or_glues_a_fragment() -> None:
    for context, source, translation in translations():
        assert not translation.startswith(("的", "，", "。")), f"{context}: {source!r} -> {translation!r}"
        assert "个中的" not in translation and "年前" not in translation, translation


@pytest.mark.parametrize("path", PROFILES, ids=lambda path: path.stem)
def test_chinese_sentences_of_real_profiles(chinese: None, path: Path) -> None:
    profile = load_profile(path)
    known = names()["zh_CN"].get(profile.economy)
    prose = prose_of(profile)
    assert len(prose) > 40
    for text in prose:
        rest = without_names(text, profile)
        assert not ASCII_PUNCTUATION.search(rest), f"{path.name}: {text!r}"
        if known is not None:
            assert profile.economy not in rest, f"{path.name}: English {profile.economy!r} in {text!r}"
    overview = build_overview(profile, attribution_text(profile))
    size, _, in_economy = overview.ranks
    assert size.figure == f"第{profile.ranks.size}名"
    assert f"{profile.ranks.size}th" not in " ".join(prose)
    if profile.ranks.in_economy is not None:
        assert in_economy.figure == f"第{profile.ranks.in_economy}名"
        # the economy as Chinese writes it where known, else as the profile gives it
        total = profile.ranks.economy_clusters
        assert in_economy.caption == f"在{known or profile.economy}入选全球前100的{total}个集群中"
    assert f"{profile.year}年全球前100" in size.caption
    assert overview.subtitle == f"科技集群 · {profile.year}年全球创新指数"


def test_qingdaos_overview_reads_as_written_chinese(chinese: None) -> None:
    profile = load_profile(REPO / "data" / "qingdao-2024.yaml")
    overview = build_overview(profile, attribution_text(profile))
    assert [tuple(card) for card in overview.ranks] == [
        ("第20名", "2024年全球前100科技集群中的规模排名"),
        ("第23名", "科技集群强度排名（相对于人口密度）"),
        ("第8名", "在中国入选全球前100的26个集群中"),
    ]
    assert tuple(overview.collaboration.patents) == ("2%", "PCT 申请中与其他发明人合作发明的比例")
    assert overview.collaboration.summary == (
        "Qingdao 的 PCT 专利申请中有2%与其他发明人合作提交；其科学论文中有63%与其他机构合作发表。"
    )
    assert overview.output.pct_applications.caption == "每100万居民 PCT 专利申请数（2019–2023年）"
    # Sentences joined as Chinese joins them: no space after 。, no ". " between them.
    assert overview.attribution.startswith("来源：WIPO，")
    assert "。 " not in overview.attribution and ". " not in overview.attribution
    assert overview.attribution.endswith("许可协议：CC BY 4.0。DOI：10.34667/tind.50062。")


def test_the_comparisons_words_are_chinese_too(chinese: None) -> None:
    first, second = (load_profile(path) for path in PROFILES[:2])
    tables = build_comparison(first, second).all
    kessington = "Port Vellmar–Kessington, MA, United States of America"
    assert tables[0].title == f"Qingdao, China，GII 2024 与 {kessington}，GII 2024——关键数据"
    for table in tables:
        for text in [table.title, table.note, table.attribution, *(column.header for column in table.columns)]:
            rest = without_names(without_names(text or "", first), second)
            assert not ASCII_PUNCTUATION.search(rest), text
    assert [row[0] for row in tables[1].rows] == ["与其他发明人合作发明的 PCT 申请", "与其他机构合作发表的科学论文"]


def test_the_data_packages_descriptions_are_chinese_sentences(chinese: None) -> None:
    from qingdao_viewer.export.datapackage import package_descriptor, table_resource
    from qingdao_viewer.export.plan import Edition, plan_export

    profile = load_profile(PROFILES[0])
    plan = plan_export([Edition(profile, build_tables(profile))])
    resources = [table_resource(file) for file in plan.tables]
    descriptions = [resource["description"] for resource in resources]
    descriptions.append(package_descriptor(resources)["description"])
    assert any("（2019–2023年）。" in text for text in descriptions), descriptions
    for text in descriptions:
        rest = without_names(text, profile)
        assert not ASCII_PUNCTUATION.search(rest) and "。 " not in rest, text


def test_english_is_unaffected(qapp: object) -> None:
    profile = load_profile(REPO / "data" / "qingdao-2024.yaml")
    overview = build_overview(profile, attribution_text(profile))
    assert tuple(overview.ranks.in_economy) == ("8th of 26", "among the clusters of China in the top 100")
    assert overview.attribution.endswith("Licensed under CC BY 4.0. DOI 10.34667/tind.50062.")
    assert economy_name("China") == "China" and economy_name("China", "zh_CN") == "中国"


def test_the_economies_table_is_data_read_without_qt() -> None:
    with ECONOMIES.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert list(rows[0]) == ["economy", "zh_CN"]
    economies = [row["economy"] for row in rows]
    assert len(economies) == len(set(economies)) >= 30
    assert all(CJK.search(row["zh_CN"]) and not re.search(r"[A-Za-z]", row["zh_CN"]) for row in rows), rows
    assert {name: names()["zh_CN"][name] for name in MUST_KNOW} == MUST_KNOW
    assert economy_name("Ruritania", "zh_CN") == "Ruritania"  # unknown: as the profile gives it
    code = (
        "import sys; from qingdao_viewer.economies import economy_name; "
        "print(economy_name('Japan', 'zh_CN'), any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert shown.stdout.split() == ["日本", "False"]


def test_sentences_join_as_each_language_writes_them() -> None:
    assert i18n.sentences(["Source: WIPO.", "Licensed under CC BY 4.0."]) == "Source: WIPO. Licensed under CC BY 4.0."
    assert i18n.sentences(["来源：WIPO。", "许可协议：CC BY 4.0。", "https://x"]) == "来源：WIPO。许可协议：CC BY 4.0。https://x"
    assert i18n.sentences([]) == ""
