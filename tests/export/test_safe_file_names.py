"""The file names save dialogs propose (export.names.safe_file_name): safe whatever a cluster's name holds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qingdao_viewer.export.names import WINDOWS_DEVICES, safe_file_name

PROPERTY = settings(max_examples=max(300, settings.default.max_examples), deadline=None)


@pytest.mark.parametrize(
    ("suggested", "proposed"),
    [
        ("qingdao-2024-patent-applicants.csv", "qingdao-2024-patent-applicants.csv"),
        ("qingdao-2024-nordhavn-østerby-2024.xlsx", "qingdao-2024-nordhavn-østerby-2024.xlsx"),
        ("Qingdao-patent_applicants.csv", "qingdao-patent-applicants.csv"),
        ("../../etc/passwd", "etc-passwd"),
        ("../../../.ssh/authorized_keys.csv", "ssh-authorized-keys.csv"),
        ("/absolute/path.png", "absolute-path.png"),
        ("C:\\Windows\\system32\\x.svg", "c-windows-system32-x.svg"),
        (".hidden.csv", "hidden.csv"),
        ("...", "export"),
        ("", "export"),
        (".csv", "export.csv"),
        ("CON.csv", "con-file.csv"),
        ("nul", "nul-file"),
        ("LPT1.yaml", "lpt1-file.yaml"),
        ("com¹.csv", "com1-file.csv"),
        ('a:b*c?d"e<f>g|h.csv', "a-b-c-d-e-f-g-h.csv"),
        ("R&D\u202e\u200bgnp.exe.csv", "r-d-gnp-exe.csv"),
        ("line\nbreak\x00.pdf", "line-break.pdf"),
        ("name.with.dots.yaml", "name-with-dots.yaml"),
        ("trailing dot. .csv", "trailing-dot.csv"),
        ("x./etc", "x-etc"),
        ("東京 2024.PNG", "東京-2024.png"),
    ],
)
def test_a_suggested_name_is_made_safe(suggested: str, proposed: str) -> None:
    assert safe_file_name(suggested) == proposed


@PROPERTY
@given(st.text(max_size=300), st.sampled_from(["", ".csv", ".png", ".yaml", ".PDF", ".tar.gz"]))
def test_any_name_gives_a_safe_file_name(text: str, suffix: str) -> None:
    name = safe_file_name(text + suffix)
    assert name and name.isprintable() and not name.startswith((".", "-"))
    assert not any(character in name for character in '/\\:*?"<>|') and ".." not in name
    assert not name.endswith((".", " ", "-"))
    assert len(name.encode("utf-8")) <= 255
    assert name.split(".")[0] not in WINDOWS_DEVICES
    assert safe_file_name(name) == name  # a safe name is kept as it is
