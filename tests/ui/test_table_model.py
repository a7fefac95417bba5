"""The Qt item model over a Table: display as the source, sort as numbers, never markup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from qingdao_viewer.profile import load_profile
from qingdao_viewer.tables import Column, Kind, Table, build_tables
from qingdao_viewer.ui.table_model import MISSING_TOOLTIP, TableModel
from qingdao_viewer.ui.table_view import TableView

SORTABLE = Table(
    name="sortable",
    title="Sortable",
    columns=(Column("Rank", Kind.RANK), Column("Name"), Column("Count", Kind.COUNT), Column("Share", Kind.SHARE)),
    rows=((1, "beta", 900, 9), (2, "Alpha", 10000, 10), (3, "<b>R&D</b>", 85, 1), (4, "gamma", None, 0)),
)


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, embedded_path: Path) -> None:
    for table in build_tables(load_profile(embedded_path)).all:
        qtmodeltester.check(TableModel(table), force_py=True)
    qtmodeltester.check(TableModel(SORTABLE), force_py=True)


def test_display_alignment_and_sort_values(qapp: object) -> None:
    model = TableModel(SORTABLE)
    count = model.index(1, 2)
    assert count.data() == "10,000"
    assert count.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(1, 1).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignLeft
    header_alignment = model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole)
    assert header_alignment & Qt.AlignmentFlag.AlignRight
    assert model.index(3, 2).data() == "—"
    assert model.index(3, 2).data(Qt.ItemDataRole.ToolTipRole) == MISSING_TOOLTIP
    assert not model.flags(count) & Qt.ItemFlag.ItemIsEditable
    assert model.index(0, 0, model.index(0, 0)).data() is None  # no children
    assert model.data(QModelIndex()) is None


def test_numbers_sort_as_numbers_not_text(qtbot: QtBot) -> None:
    view = TableView(SORTABLE)
    qtbot.addWidget(view)
    view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    shown = [view.model().index(row, 2).data() for row in range(4)]
    assert shown == ["85", "900", "10,000", "—"]  # as text "10,000" < "85" < "900"
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [view.model().index(row, 1).data() for row in range(4)] == ["<b>R&D</b>", "Alpha", "beta", "gamma"]


def test_copy_follows_the_sorted_order(qtbot: QtBot, clean_clipboard: None) -> None:
    view = TableView(SORTABLE)
    qtbot.addWidget(view)
    view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    view.selectAll()
    copy = view.selection_copy()
    assert copy is not None
    header, *rows = copy.plain.splitlines()
    assert header == "Rank\tName\tCount\tShare"
    assert [line.split("\t")[1] for line in rows] == ["Alpha", "beta", "<b>R&D</b>", "gamma"]


def test_markup_in_a_name_is_a_plain_cell(qtbot: QtBot) -> None:
    model = TableModel(SORTABLE)
    assert model.index(2, 1).data() == "<b>R&D</b>"
    view = TableView(SORTABLE)
    qtbot.addWidget(view)
    view.selectAll()
    copy = view.selection_copy()
    assert copy is not None
    assert "&lt;b&gt;R&amp;D&lt;/b&gt;" in copy.html and "<b>R&D</b>" not in copy.html


def test_sorting_keeps_the_selection_on_its_row(qtbot: QtBot) -> None:
    view = TableView(SORTABLE)
    qtbot.addWidget(view)
    view.selectRow(1)  # Alpha
    view.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # by count: Alpha (10,000) first
    selected = {index.row() for index in view.selectionModel().selectedIndexes()}
    assert selected == {0}
    assert view.model().index(0, 1).data() == "Alpha"
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # back to the source's order
    assert [view.model().index(row, 1).data() for row in range(4)] == ["beta", "Alpha", "<b>R&D</b>", "gamma"]


def select(view: TableView, top: int, left: int, bottom: int, right: int, add: bool = False) -> None:
    model = view.model()
    flag = QItemSelectionModel.SelectionFlag.Select if add else QItemSelectionModel.SelectionFlag.ClearAndSelect
    view.selectionModel().select(QItemSelection(model.index(top, left), model.index(bottom, right)), flag)


def test_whole_rows_and_whole_columns_copy_under_the_header_a_block_does_not(qtbot: QtBot) -> None:
    view = TableView(SORTABLE)
    qtbot.addWidget(view)
    header = "Rank\tName\tCount\tShare"

    def copied() -> list[str]:
        copy = view.selection_copy()
        assert copy is not None
        return copy.plain.splitlines()

    # Selected through the selection model: selectRow() and selectColumn() heed the keyboard's modifiers.
    select(view, 1, 0, 1, 3)  # a whole row
    assert copied() == [header, "2\tAlpha\t10000\t10%"]
    select(view, 3, 0, 3, 3, add=True)  # and a second whole row: two ranges
    assert copied() == [header, "2\tAlpha\t10000\t10%", "4\tgamma\t\t0%"]
    select(view, 0, 2, 3, 2)  # a whole column
    assert copied() == ["Count", "900", "10000", "85", ""]
    select(view, 0, 1, 3, 1, add=True)  # and the names' column
    assert copied() == ["Name\tCount", "beta\t900", "Alpha\t10000", "<b>R&D</b>\t85", "gamma\t"]
    select(view, 0, 1, 1, 2)  # a block of four cells
    assert copied() == ["beta\t900", "Alpha\t10000"]
    select(view, 0, 0, 0, 3)  # a whole row again, then a cell of another row beside it
    select(view, 2, 1, 2, 1, add=True)
    assert copied() == ["1\tbeta\t900\t9%", "\t<b>R&D</b>\t\t"]
