"""The roster import wizard: every row error shown by row and column; fix the file or import the valid rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from deployment.models import Volunteer
from tagana_app.models import AuditLog
from tests.deployment.conftest import add_volunteer
from tests.deployment.test_roster import EXPECTED_ERRORS, GOOD_ROWS, HEADER, nik, rows, write_xlsx
from ui import dialogs, ops
from ui.pages.volunteer_import import ErrorColumn, VolunteerImportDialog
from ui.pages.volunteers import VolunteersPage


def _count(db, model=Volunteer) -> int:  # noqa: ANN001
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture
def messy(tmp_path: Path, ctx, users) -> Path:  # noqa: ANN001
    existing = add_volunteer(ctx.db, users["koordinator"], 99, name="Sudah Terdaftar")
    return write_xlsx(tmp_path / "relawan.xlsx", rows(existing.nik))


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    data = [[n, f"Relawan {n}", nik(n), f"0812345670{n:02d}", "L", "14/03/1995", "Karang Tinggi", None, "logistik"]
            for n in range(1, 13)]
    return write_xlsx(tmp_path / "bersih.xlsx", data, header=HEADER[:9])


def _open(qtbot, monkeypatch, ctx, path: Path) -> VolunteerImportDialog:  # noqa: ANN001
    page = VolunteersPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not ops.busy())
    dialog = page.open_import()
    assert dialog is not None
    monkeypatch.setattr(dialogs, "open_file_name", lambda *a, **k: path)
    dialog.choose_file()
    qtbot.waitUntil(lambda: not ops.busy())
    assert dialog.check_button.isEnabled()
    with qtbot.waitSignal(dialog.checked, timeout=15_000):
        dialog.check_button.click()
    qtbot.waitUntil(lambda: not ops.busy())
    return dialog


def test_mistakes_listed_by_row_and_column_and_fixing_the_file_writes_nothing(qtbot, monkeypatch, ctx, messy,
                                                                            qtmodeltester):  # noqa: ANN001
    dialog = _open(qtbot, monkeypatch, ctx, messy)
    model = dialog.error_model
    shown = {(model.data(model.index(r, ErrorColumn.ROW)), model.data(model.index(r, ErrorColumn.COLUMN)))
             for r in range(model.rowCount())}
    assert shown == EXPECTED_ERRORS
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in ErrorColumn] == ["Baris", "Kolom", "Masalah"]
    assert any("16 digit" in model.data(model.index(r, ErrorColumn.MESSAGE)) for r in range(model.rowCount()))
    assert dialog.error_table.isVisibleTo(dialog)
    assert "Ukuran Baju" in dialog.info.text()  # the extra columns are named
    assert f"{GOOD_ROWS} dari 17 baris valid" in dialog.summary.text()
    assert dialog.valid_only_button.isVisibleTo(dialog)
    assert dialog.valid_only_button.text() == f"Impor hanya baris yang valid ({GOOD_ROWS})"
    assert not dialog.all_button.isVisibleTo(dialog)
    qtmodeltester.check(model)

    dialog.fix_button.click()
    assert dialog.result() == dialog.DialogCode.Rejected
    assert _count(ctx.db) == 1
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "volunteer.import")) == 0


def test_import_only_the_valid_rows(qtbot, monkeypatch, ctx, messy) -> None:  # noqa: ANN001
    dialog = _open(qtbot, monkeypatch, ctx, messy)
    with qtbot.waitSignal(ctx.changes.changed, timeout=15_000) as changed:
        dialog.valid_only_button.click()
    qtbot.waitUntil(lambda: not ops.busy())
    assert changed.args[0].touches("volunteers")
    assert dialog.result_report is not None and dialog.result_report.imported == GOOD_ROWS
    assert _count(ctx.db) == 1 + GOOD_ROWS
    assert f"{GOOD_ROWS} relawan diimpor" in dialog.import_status.text()
    assert dialog.close_button.isVisibleTo(dialog)


def test_a_clean_file_imports_all(qtbot, monkeypatch, ctx, clean) -> None:  # noqa: ANN001
    dialog = _open(qtbot, monkeypatch, ctx, clean)
    assert dialog.error_model.rowCount() == 0 and not dialog.error_table.isVisibleTo(dialog)
    assert not dialog.valid_only_button.isVisibleTo(dialog)
    assert dialog.all_button.text() == "Impor semua (12)"
    with qtbot.waitSignal(dialog.imported, timeout=15_000):
        dialog.all_button.click()
    qtbot.waitUntil(lambda: not ops.busy())
    assert _count(ctx.db) == 12
    dialog.close_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_only_writing_roles_may_import(qtbot, make_ctx, users) -> None:  # noqa: ANN001
    page = VolunteersPage(make_ctx(users["pemantau"]))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not ops.busy())
    assert not page.import_button.isEnabled() and page.open_import() is None
    assert not page.export_button.isEnabled()  # the roster's personal data is exported by admin and koordinator


def test_cancelling_the_import_writes_nothing(qtbot, monkeypatch, ctx, tmp_path, no_modal_dialogs) -> None:  # noqa: ANN001
    data = [[n, f"Relawan {n}", nik(n), None, "L", None, "Karang Tinggi", None, "logistik"] for n in range(1, 1201)]
    dialog = _open(qtbot, monkeypatch, ctx, write_xlsx(tmp_path / "besar.xlsx", data, header=HEADER[:9]))
    assert dialog.all_button.text() == "Impor semua (1200)"
    dialog.all_button.click()
    assert dialog.cancel_button.isVisibleTo(dialog)
    dialog.cancel_button.click()  # cancelled at the first progress report, long before the rows are written
    qtbot.waitUntil(lambda: not ops.busy())
    assert _count(ctx.db) == 0 and dialog.result_report is None
    assert dialog.all_button.isVisibleTo(dialog) and no_modal_dialogs == []


def test_hidden_sheets_are_not_offered_and_the_sheet_read_is_shown(qtbot, monkeypatch, ctx, tmp_path) -> None:  # noqa: ANN001
    from tests.hostile.cases_sheets import ROSTER_HEADER, xlsx

    path = xlsx(tmp_path / "relawan.xlsx", [ROSTER_HEADER, ["Budi", "12345", "17.09.01"]], title="Relawan",
                hidden=("Arsip", [ROSTER_HEADER, ["Andi", nik(1), "17.09.01"]]))
    dialog = _open(qtbot, monkeypatch, ctx, path)
    assert [dialog.sheet.itemText(i) for i in range(1, dialog.sheet.count())] == ["Relawan"]
    assert "Lembar 'Relawan'" in dialog.info.text()
    model = dialog.error_model
    assert (model.data(model.index(0, ErrorColumn.ROW)), model.data(model.index(0, ErrorColumn.COLUMN))) == (
        2, "B (NIK)")
    assert _count(ctx.db) == 0
