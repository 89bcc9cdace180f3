"""The table and filter models every list page is built on, checked against Qt's model rules
(pytest-qt's qtmodeltester: row and column counts, indexes, parents, data roles, resets)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pytestqt.modeltest import ModelTester

from councildesk.gui.table_model import ID_ROLE, SORT_ROLE, Column, FilterProxy, RowTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    on: dt.date | None
    seats: int


ROWS = [
    Row(1, "Cllr Wendy Clarke", dt.date(2027, 5, 4), 2),
    Row(2, "Cllr Nia Holloway", None, 11),
    Row(3, "Cllr Simon Rowlands", dt.date(2023, 5, 4), 3),
]
COLUMNS = [
    Column("Name", lambda r: r.name),
    Column("Term ends", lambda r: r.on),
    Column("Seats", lambda r: r.seats),
]


def _model() -> RowTableModel:
    model = RowTableModel(COLUMNS)
    model.set_rows(ROWS)
    return model


def test_the_table_model_keeps_qts_model_rules(qtmodeltester: ModelTester) -> None:
    model = _model()
    qtmodeltester.check(model, force_py=True)
    model.set_rows(ROWS[:1])
    model.set_rows([])
    qtmodeltester.check(model, force_py=True)


def test_the_filter_model_keeps_qts_model_rules(qtmodeltester: ModelTester) -> None:
    proxy = FilterProxy()
    proxy.setSourceModel(_model())
    qtmodeltester.check(proxy, force_py=True)
    proxy.setFilterFixedString("holloway")
    proxy.set_predicate(lambda row: row.seats > 2)
    qtmodeltester.check(proxy, force_py=True)


def test_cells_show_uk_dates_and_sort_by_value_not_by_text() -> None:
    model = _model()
    assert model.index(0, 1).data() == "04/05/2027"
    assert model.index(1, 1).data() == ""
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(2)  # seats: 2, 3, 11 by number, where text would give 11, 2, 3
    assert [proxy.index(r, 2).data(SORT_ROLE) for r in range(3)] == [2, 3, 11]
    proxy.sort(1)  # term ends: the empty date first, then 2023 before 2027 (not 04/05 twice)
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(3)] == [2, 3, 1]


def test_the_filter_matches_any_column_and_the_predicate_together() -> None:
    proxy = FilterProxy()
    proxy.setSourceModel(_model())
    proxy.setFilterFixedString("CLLR")
    assert proxy.rowCount() == 3
    proxy.set_predicate(lambda row: row.on is not None)
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())] == [1, 3]
    proxy.setFilterFixedString("2023")
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())] == [3]
