"""The one family of table models (ui/table_model.py): every model of the window passes Qt's model tester
with real rows, a refresh changes rows in place and keeps the selection, a paged model reads pages from a
service fetch function, and one current read per view drops stale answers."""

from __future__ import annotations

import importlib
import pkgutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from enum import IntEnum
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QTableView

import ui.pages
from deployment import assignments, emergency, roster
from deployment import requests as R
from deployment.dispatch import documents
from deployment.dispatch import service as D
from deployment.distribution import service as distribution
from deployment.reports import REPORTS, ReportFilter
from tagana_app import accounts, clock
from tagana_app.progress import NullProgress
from tests.deployment.test_roster import rows as roster_rows
from tests.deployment.test_roster import write_xlsx
from tests.dispatch.conftest import Env, env  # noqa: F401 - env: the dispatch world as a fixture
from ui import ops
from ui.pages.audit_model import AuditModel
from ui.pages.dispatch_model import DispatchListModel, DocumentListModel
from ui.pages.distributions import DistributionListModel
from ui.pages.emergency_dialogs import StatusHistoryModel
from ui.pages.incident_data import incident_view, list_incidents
from ui.pages.incident_model import (
    AssignmentModel,
    EquipmentOutModel,
    FiguresHistoryModel,
    HandedOverModel,
    IncidentDispatchModel,
    IncidentListModel,
    NeedsModel,
    SuggestionModel,
)
from ui.pages.reports import ReportTableModel
from ui.pages.request_model import RequestListModel, load_requests
from ui.pages.stock_model import StockModel
from ui.pages.users import UsersModel
from ui.pages.volunteer_import import RowErrorModel
from ui.pages.volunteers_model import VolunteerModel
from ui.table_model import Col, PagedTableModel, TableModel
from ui.table_view import setup_table


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)


# --- every model of the window, with real rows ----------------------------------------------------

def window_models() -> set[type[TableModel]]:
    """Every TableModel subclass the window defines (its page modules imported)."""
    for info in pkgutil.walk_packages(ui.pages.__path__, "ui.pages."):
        importlib.import_module(info.name)
    found: set[type[TableModel]] = set()
    todo: list[type] = [TableModel]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("ui.") and sub is not PagedTableModel:
                found.add(sub)
    return found


@pytest.fixture
def world(env: Env, tmp_path: Path) -> dict[str, Any]:  # noqa: F811
    """The dispatch world with a dispatch handed over (goods handed over, a genset still out), a draft,
    and everything the window's models show read from it."""
    handed = env.new()
    env.add(handed, "MSS", 20)
    env.add(handed, "GEN", 1)
    env.approve(handed)
    env.step(D.send_dispatch, handed, "gudang")
    env.step(D.handover_dispatch, handed, "gudang")
    env.add(env.new(), "BRS", 5)
    messy = write_xlsx(tmp_path / "relawan.xlsx", roster_rows(env.crew[0]))
    today = clock.today()
    env.db.write(lambda s: R.add_request(s, env.koordinator, R.RequestInput(
        incident=env.incident, requester_kind="kecamatan", region_code="17.09.03", requester_name="Camat Uji",
        letter_number="460/1/UJI", letter_date=today, lines=[R.RequestLineInput("BRS", 10)])))
    env.db.write(lambda s: distribution.distribute(s, env.koordinator, distribution.DistributionInput(
        incident=env.incident, desa_code="17.09.03.2010", recipient_name="Sutarno", nik="1709034109900011",
        household_size=4, warehouse="GDG", lines=[distribution.DistributionLineInput("BRS", 10)])))
    with env.db.read() as s:
        view = incident_view(s, env.incident, 7, all_assignments=True)
        return {
            "env": env, "view": view, "dispatches": D.list_dispatches(s), "documents": documents.list_documents(s),
            "incidents": list_incidents(s), "users": accounts.list_users(s),
            "suggestions": assignments.suggest_volunteers(s, env.incident, "logistik", today,
                                                          today + timedelta(days=6)),
            "errors": roster.check_roster(s, messy)[0].errors,
            "report": REPORTS["stock"].build(s, ReportFilter(as_of=today), NullProgress()).tables()[0],
            "statuses": emergency.status_history(s, env.incident), "requests": load_requests(s),
            "distributions": distribution.list_distributions(s),
        }


def _filled(model: TableModel, rows: Any) -> TableModel:
    model.set_rows(list(rows))
    return model


def _paged(model: StockModel | VolunteerModel | AuditModel, qtbot) -> PagedTableModel:  # noqa: ANN001
    with qtbot.waitSignal(model.loaded, timeout=15_000):
        model.set_filter(model.filter)  # the first page of everything
    return model


BUILDERS: dict[type, Callable[[dict[str, Any], Any], TableModel]] = {
    DispatchListModel: lambda w, _: _filled(DispatchListModel(), w["dispatches"]),
    DocumentListModel: lambda w, _: _filled(DocumentListModel(), w["documents"]),
    IncidentListModel: lambda w, _: _filled(IncidentListModel(), w["incidents"]),
    FiguresHistoryModel: lambda w, _: _filled(FiguresHistoryModel(), reversed(w["view"].record.history)),
    NeedsModel: lambda w, _: _filled(NeedsModel(), w["view"].needs),
    AssignmentModel: lambda w, _: _filled(AssignmentModel(), w["view"].assignments),
    SuggestionModel: lambda w, _: _filled(SuggestionModel(), w["suggestions"]),
    IncidentDispatchModel: lambda w, _: _filled(IncidentDispatchModel(), w["view"].dispatches),
    HandedOverModel: lambda w, _: _filled(HandedOverModel(), w["view"].handed_over),
    EquipmentOutModel: lambda w, _: _filled(EquipmentOutModel(), w["view"].equipment_out),
    UsersModel: lambda w, _: _filled(UsersModel(), w["users"]),
    RowErrorModel: lambda w, _: _filled(RowErrorModel(), w["errors"]),
    StatusHistoryModel: lambda w, _: _filled(StatusHistoryModel(), w["statuses"]),
    RequestListModel: lambda w, _: _filled(RequestListModel(), w["requests"]),
    DistributionListModel: lambda w, _: _filled(DistributionListModel(), w["distributions"]),
    ReportTableModel: lambda w, _: ReportTableModel(w["report"]),
    StockModel: lambda w, qtbot: _paged(StockModel(w["env"].db), qtbot),
    VolunteerModel: lambda w, qtbot: _paged(VolunteerModel(w["env"].db, viewer=w["env"].users["pemantau"]), qtbot),
    AuditModel: lambda w, qtbot: _paged(AuditModel(w["env"].db), qtbot),
}


def test_every_model_of_the_window_is_built_below() -> None:
    assert window_models() == set(BUILDERS)


@pytest.mark.parametrize("kind", sorted(BUILDERS, key=lambda k: k.__name__), ids=lambda k: k.__name__)
def test_every_model_passes_the_model_tester(qtbot, qtmodeltester, world, kind) -> None:  # noqa: ANN001
    model = BUILDERS[kind](world, qtbot)
    assert isinstance(model, kind) and model.rowCount() > 0
    assert model.columnCount() == len(getattr(model, "columns", ())) or kind is ReportTableModel
    qtmodeltester.check(model)
    rows = model.rows()
    if not isinstance(model, PagedTableModel) and kind is not ReportTableModel:
        # The tester stays attached: reorder, drop and bring back rows in place.
        model.set_rows(list(reversed(rows)))
        model.set_rows(rows[1:])
        model.set_rows(rows)
        assert model.rows() == rows
    _settled(qtbot)


# --- set_rows in place ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Thing:
    code: str
    amount: int


class ThingColumn(IntEnum):
    CODE = 0
    AMOUNT = 1


class ThingModel(TableModel[Thing]):
    columns = ThingColumn

    def __init__(self) -> None:
        super().__init__([Col("Kode", lambda t: t.code), Col("Jumlah", lambda t: str(t.amount), right=True)],
                         key=lambda t: t.code)


def _things(*specs: str) -> list[Thing]:
    return [Thing(code, int(amount)) for code, amount in (spec.split("=") for spec in specs)]


def test_set_rows_changes_in_place_and_the_selection_follows_its_record(qtbot, qtmodeltester) -> None:  # noqa: ANN001
    model = ThingModel()
    model.set_rows(_things("A=1", "B=2", "C=3", "D=4"))
    qtmodeltester.check(model)
    view = setup_table(QTableView(), model)
    qtbot.addWidget(view)
    view.selectRow(2)  # C
    signals: dict[str, list] = {"reset": [], "changed": [], "inserted": [], "removed": [], "moved": []}
    model.modelReset.connect(lambda: signals["reset"].append(1))
    model.dataChanged.connect(lambda first, last: signals["changed"].append((first.row(), last.row())))
    model.rowsInserted.connect(lambda _p, first, last: signals["inserted"].append((first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: signals["removed"].append((first, last)))
    model.layoutChanged.connect(lambda *_: signals["moved"].append(1))

    def selected() -> list[str]:
        return [model.row(i.row()).code for i in view.selectionModel().selectedRows()]

    model.set_rows(_things("A=1", "B=2", "C=3", "D=4"))  # the same records: nothing at all
    assert signals == {"reset": [], "changed": [], "inserted": [], "removed": [], "moved": []}

    model.set_rows(_things("Z=9", "A=1", "C=30", "D=4"))  # B went, Z came, C changed
    assert signals["reset"] == [] and signals["moved"] == []
    assert signals["removed"] == [(1, 1)] and signals["inserted"] == [(0, 0)] and signals["changed"] == [(2, 2)]
    assert selected() == ["C"] and model.row(model.row_of("C")).amount == 30

    model.set_rows(_things("D=4", "C=30", "A=1", "Z=9"))  # a new order (a sort by a changed value)
    assert signals["reset"] == [] and signals["moved"] == [1]
    assert [t.code for t in model.rows()] == ["D", "C", "A", "Z"] and selected() == ["C"]

    assert model.update_row(Thing("A", 5)) and model.row(2).amount == 5
    assert not model.update_row(Thing("Q", 1))
    model.set_rows([])
    assert model.rowCount() == 0 and selected() == []


# --- a paged model over a service fetch function --------------------------------------------------

class PagedThings(PagedTableModel[Thing]):
    PAGE = 3
    columns = ThingColumn

    def __init__(self, db, things: list[Thing]) -> None:  # noqa: ANN001
        super().__init__(db, [Col("Kode", lambda t: t.code), Col("Jumlah", lambda t: str(t.amount))],
                         key=lambda t: t.code)
        self.things = things
        self.asked: list[tuple[int, int]] = []

    def fetch(self) -> Callable[[Any, int, int], list[Thing]]:
        snapshot = list(self.things)  # the "filter" the read is for, fixed when it starts

        def fetch(session: Any, limit: int, offset: int) -> list[Thing]:
            self.asked.append((limit, offset))
            return snapshot[offset:offset + limit]
        return fetch


def test_a_paged_model_reads_pages_as_the_view_asks_and_refreshes_in_place(qtbot, qtmodeltester, db) -> None:  # noqa: ANN001
    model = PagedThings(db, _things(*(f"{c}={n}" for n, c in enumerate("ABCDEFG"))))
    with qtbot.waitSignal(model.loaded):
        model.start_over()
    assert model.rowCount() == 3 and model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.loaded):
        model.fetchMore(QModelIndex())
    assert [t.code for t in model.rows()] == list("ABCDEF")
    view = setup_table(QTableView(), model)
    qtbot.addWidget(view)
    view.selectRow(4)  # E
    model.things = _things("A=0", "B=1", "C=1", "D=3", "E=44", "F=5", "G=6")
    reset: list[int] = []
    model.modelReset.connect(lambda: reset.append(1))
    asked = len(model.asked)
    with qtbot.waitSignal(model.loaded):
        model.refresh()
    assert model.asked[asked] == (6, 0)  # the rows shown, read again in one go (the view may then ask for more)
    assert reset == [] and [model.row(i.row()) for i in view.selectionModel().selectedRows()] == [Thing("E", 44)]
    _settled(qtbot)  # the view may have asked for the next page itself
    while model.canFetchMore(QModelIndex()):
        with qtbot.waitSignal(model.loaded):
            model.fetchMore(QModelIndex())
        _settled(qtbot)
    assert [t.code for t in model.rows()] == list("ABCDEFG")
    qtmodeltester.check(model)
    _settled(qtbot)


# --- one current read per view --------------------------------------------------------------------

def test_the_answer_to_an_older_read_is_dropped(qtbot, db) -> None:  # noqa: ANN001
    owner = ThingModel()
    current = ops.CurrentRead(db, owner)
    release = threading.Event()
    shown: list[str] = []

    def slow(session: Any) -> str:
        release.wait(10)  # held in its worker until the newer read has answered
        return "older"

    current.start(slow, on_success=shown.append)
    assert current.busy
    newer = current.start(lambda session: "newer", on_success=shown.append)
    with qtbot.waitSignal(newer.finished, timeout=10_000):
        pass
    assert shown == ["newer"] and not current.busy
    release.set()
    _settled(qtbot)
    assert shown == ["newer"]  # the older answer came last and was dropped

    failed: list[BaseException] = []
    current.start(lambda session: 1 / 0, on_success=shown.append, on_error=failed.append)
    current.drop()  # the view moved on: not even a failure of that read is shown
    _settled(qtbot)
    assert failed == [] and shown == ["newer"]

