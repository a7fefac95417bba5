"""The strict YAML reader gives, for a fixed set of documents, exactly what it gave when it was one long loop.

``plain_yaml_snapshot.json`` holds what ``read_plain_yaml`` returned (every value, its type,
its line and column) or raised (the whole message, line and column) for the shipped and fixture
profiles, for small documents that reach every event kind and every refusal, and for the
embedded profile with a YAML token spliced in at many places (stored as digests). It was
written by the reader before it was split into one function per event kind; the split must
not change one line number. Rewrite it (``python tests/profile/test_plain_yaml_snapshot.py``)
only when a change of what the reader gives is meant, and say so in the commit.
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from qingdao_viewer.profile import ProfileError, plain_yaml
from qingdao_viewer.profile.plain_yaml import YamlList, YamlMap, read_plain_yaml

REPO = Path(__file__).resolve().parents[2]
SNAPSHOT = Path(__file__).resolve().parent / "plain_yaml_snapshot.json"
EMBEDDED = REPO / "data" / "qingdao-2024.yaml"
FILES = ["data/qingdao-2024.yaml", "tests/fixtures/other-cluster.yaml"]
PARSERS = {"libyaml": "CSafeLoader", "pure Python": "SafeLoader"}

# Small documents: every event kind, every container, every scalar rule and every refusal.
DOCUMENTS = [
    "",
    "# only a comment\n",
    "---\n...\n",
    "---\na: 1\n...\n",
    "a: 1\n---\nb: 2\n",
    "plain text\n",
    "- a\n- b\n",
    "[1, 2, [3, [4]]]\n",
    "{a: {b: {c: [d, {e: f}]}}}\n",
    "a:\n  b:\n    - c: 1\n      d: 2\n    - [x, y]\n  e: ~\nf: last\n",
    "a:\n- 1\n- 2\nb: 3\n",
    "a: {}\nb: []\nc: {k: []}\n",
    "a:\nb: ~\nc: null\nd: Null\ne: NULL\nf: ''\n",
    "a: yes\nb: No\nc: on\nd: OFF\ne: true\nf: False\ng: y\nh: n\n",
    "a: 0881\nb: -3\nc: +5\nd: 2_131\ne: 0x853\nf: 2,131\ng: 25%\nh: 2024-01-01\n",
    "a: 2.5\nb: .5\nc: 1e3\nd: .inf\ne: -.Inf\nf: +.INF\ng: .nan\nh: 1.\ni: 6.02E+23\n",
    "a: " + "9" * 100 + "\nb: " + "9" * 101 + "\nc: 1." + "0" * 120 + "\n",
    "a: !!int " + "1" * 101 + "\nb: !!float " + "1" * 101 + "\n",
    "a: 'single ''quoted'''\nb: \"double \\u00e9 \\t \\\" \\\\\"\nc: '2024'\nd: \"yes\"\n",
    "a: |\n  block\n  text\nb: >\n  folded\n  text\nc: |-\n  kept\n",
    "a: !!str 1\nb: !!int 2\nc: !!float 3\nd: !!bool yes\ne: !!null ''\nf: ! 12\ng: !!str\n",
    "a: !<tag:yaml.org,2002:str> 1\nb: !<tag:yaml.org,2002:int> '7'\n",
    "a: !!map {b: 1}\nc: !!seq [d]\n",
    "a: !!int 20x4\n",
    "a: !!float x\n",
    "a: !!bool maybe\n",
    "a: !!null x\n",
    "a: !!int 1.5\n",
    "a: !!bool 1\n",
    "a: !!null ~\nb: !!bool ~\n",
    "a: !!int ''\n",
    "a: !!python/object/apply:os.system [echo]\n",
    "a: !!python/name:os.system\n",
    "a: !!binary aGVsbG8=\n",
    "a: !!timestamp 2024-01-01\n",
    "a: !!set {x}\n",
    "a: !!omap [b: 1]\n",
    "a: !mytag x\n",
    "!mytag a: 1\n",
    "!!str a: 1\n",
    "!!python/str a: 1\n",
    "a: !mytag [1]\n",
    "a: !mytag {b: 1}\n",
    "a: &x 1\n",
    "a: &x [1]\nb: *x\n",
    "a: *x\n",
    "- &x a\n",
    "&x a: 1\n",
    "a: 1\n<<: {b: 2}\n",
    "a: {<<: {b: 2}}\n",
    "a: 1\nb: 2\na: 3\n",
    "a:\n  b: 1\n  c: 2\n  b: 3\n",
    "'a': 1\n\"a\": 2\n",
    "? [a, b]\n: 1\n",
    "? {a: b}\n: 1\n",
    "[a]: 1\n",
    "a: {[b]: c}\n",
    "a: {? x}\n",
    "a: [b: c, d]\n",
    "? a\n? b\n",
    "[" * plain_yaml.MAX_DEPTH + "]" * plain_yaml.MAX_DEPTH + "\n",
    "[" * (plain_yaml.MAX_DEPTH + 1) + "]" * (plain_yaml.MAX_DEPTH + 1) + "\n",
    "{a: " * 40 + "1" + "}" * 40 + "\n",
    "".join(" " * depth + f"k{depth}:\n" for depth in range(40)),
    "- " * 40 + "x\n",
    "a: [" * 30 + "]" * 30 + "\n",
    "a:\tb\n",
    "\ta: 1\n",
    "a: [1, 2\n",
    "a: {b: 1\n",
    "a: b: c\n",
    "a: 'open\n",
    'a: "open\n',
    "key:value\n",
    "a: 1\n b: 2\n",
    "- a\nb: 1\n",
    "a: 1\n- b\n",
    "a: x\x01y\n",
    "a: x\x7fy\n",
    "a: x\x85y\n",
    "a: x\u2028y\n",
    "a: \ufeffx\n",
    'a: "\\x01"\n',
    "a: x\ud800y\n",
    "a: 東京 — Zürich\n",
    "a: 1\r\nb: 2\r\n",
    "a: 1\rb: 2\r",
    "a: x # comment\n# between\n\nb: 'y' # after\n",
    "%YAML 1.1\n---\na: 1\n",
    "%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n",
    "a: @x\n",
    "a: `x\n",
    "- - - a\n    - b\n  - c\n- d\n",
    "a: [b, {c: d, e: [f, g]}, h]\ni: j\n",
    "   \n\n   a: 1\n",
]

# Tokens spliced into the embedded profile: each reaches another event or refusal.
TOKENS = ["&a ", "*a", "!!str ", "!x ", "[", "]", "{", "}", ": ", "\t", "- ", "? ", "'", '"', "\n", "#", "---\n"]
STEP = 47


def spliced() -> dict[str, str]:
    """The embedded profile with each token inserted at every STEP-th character."""
    text = EMBEDDED.read_text(encoding="utf-8")
    return {
        f"{at}:{token!r}": text[:at] + token + text[at:] for at in range(0, len(text) + 1, STEP) for token in TOKENS
    }


def shown(value: Any) -> Any:
    """What the reader gave, as JSON: every value with its type, every position as [line, column]."""
    if isinstance(value, YamlMap):
        return {
            "map": list(value.position),
            "items": [[key, list(value.positions[key]), shown(item)] for key, item in value.items()],
        }
    if isinstance(value, YamlList):
        items = zip(value.positions, value, strict=True)
        return {"list": list(value.position), "items": [[list(where), shown(item)] for where, item in items]}
    if isinstance(value, float):
        return {"float": repr(value) if math.isfinite(value) else str(value)}
    if isinstance(value, bool) or value is None:
        return {type(value).__name__: value}
    if isinstance(value, int):
        return {"int": str(value)}
    assert isinstance(value, str), type(value)
    return {"str": value}


def outcome(text: str) -> Any:
    try:
        return {"value": shown(read_plain_yaml(text, "p.yaml"))}
    except ProfileError as error:
        return {"error": [str(error), error.line, error.column]}
    except Exception as error:  # anything but a ProfileError is a bug of the reader: recorded to be seen
        return {"crash": type(error).__name__}


def digest(result: Any) -> str:
    return hashlib.sha256(json.dumps(result, sort_keys=True).encode()).hexdigest()[:16]


def compute() -> dict[str, Any]:
    """Everything the snapshot holds, read with each parser PyYAML offers."""
    result: dict[str, Any] = {}
    for parser_name, parser in PARSERS.items():
        saved = plain_yaml.PARSER
        plain_yaml.PARSER = parser
        try:
            result[parser_name] = {
                "files": {name: outcome((REPO / name).read_text(encoding="utf-8")) for name in FILES},
                "documents": [[document, outcome(document)] for document in DOCUMENTS],
                "spliced": {name: digest(outcome(text)) for name, text in spliced().items()},
            }
        finally:
            plain_yaml.PARSER = saved
    return result


@pytest.fixture(scope="module")
def stored() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(params=list(PARSERS), autouse=True)
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    name: str = request.param
    if name == "libyaml" and not yaml.__with_libyaml__:
        pytest.skip("PyYAML was built without libyaml")
    monkeypatch.setattr(plain_yaml, "PARSER", PARSERS[name])
    return name


@pytest.mark.parametrize("name", FILES)
def test_the_profiles_read_to_the_same_values_and_lines(stored: dict[str, Any], parser: str, name: str) -> None:
    assert outcome((REPO / name).read_text(encoding="utf-8")) == stored[parser]["files"][name]


@pytest.mark.parametrize("index", range(len(DOCUMENTS)))
def test_each_small_document_reads_or_is_refused_as_before(stored: dict[str, Any], parser: str, index: int) -> None:
    document, expected = stored[parser]["documents"][index]
    assert document == DOCUMENTS[index], "DOCUMENTS changed: rewrite the snapshot"
    assert outcome(document) == expected


def test_the_spliced_profiles_read_or_are_refused_as_before(stored: dict[str, Any], parser: str) -> None:
    expected = stored[parser]["spliced"]
    texts = spliced()
    assert texts.keys() == expected.keys(), "the embedded profile or TOKENS changed: rewrite the snapshot"
    changed = [name for name, text in texts.items() if digest(outcome(text)) != expected[name]]
    assert not changed, f"{len(changed)} of {len(texts)} read differently, e.g. {changed[:5]}"


def test_the_snapshot_reaches_values_and_refusals_alike(stored: dict[str, Any], parser: str) -> None:
    # Worth something only if the documents reach both: values, and many different refusals.
    documents = stored[parser]["documents"]
    errors = {result["error"][0].split(":", 2)[2].split("'")[0] for _, result in documents if "error" in result}
    assert sum("value" in result for _, result in documents) > 30
    assert not [document for document, result in documents if "crash" in result]
    assert len(errors) > 20
    assert len(set(stored[parser]["spliced"].values())) > 100


def written(snapshot: dict[str, Any]) -> str:
    """The snapshot as JSON with one entry a line, so a change shows as the lines it changes."""
    parsers = []
    for parser_name, parts in snapshot.items():
        sections = []
        for section, entries in parts.items():
            if isinstance(entries, dict):
                lines = [f"{json.dumps(key)}: {json.dumps(value)}" for key, value in entries.items()]
                opening, closing = "{", "}"
            else:
                lines = [json.dumps(value) for value in entries]
                opening, closing = "[", "]"
            sections.append(f"  {json.dumps(section)}: {opening}\n   " + ",\n   ".join(lines) + f"\n  {closing}")
        parsers.append(f" {json.dumps(parser_name)}: {{\n" + ",\n".join(sections) + "\n }")
    return "{\n" + ",\n".join(parsers) + "\n}\n"


if __name__ == "__main__":
    SNAPSHOT.write_text(written(compute()), encoding="utf-8")
    print(f"wrote {SNAPSHOT}", file=sys.stderr)
