"""The opening-stock import from the "Gudang & Stok" page, as a person does it: choose the file, see the sheet
that will be read, import; a refused file lists its problems by row and column; Cancel writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from inventory import catalog
from inventory.models import StockMovement
from tests.hostile.cases_sheets import STOCK_HEADER, declare_size, xlsx
from ui import dialogs, ops
from ui.pages.stock import StockPage
from ui.pages.stock_import import StockImportDialog
from ui.pages.volunteer_import import ErrorColumn


def _movements(db) -> int:  # noqa: ANN001
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(StockMovement))


@pytest.fixture
def gudang_ctx(make_ctx, db, users):  # noqa: ANN001, ANN201
    g = users["gudang"]

    def work(s) -> None:  # noqa: ANN001
        catalog.add_warehouse(s, g, "GDG", "Gudang Dinsos Kab. Bengkulu Tengah", "17.09")
        catalog.add_item(s, g, "BRS", "Beras", "kg", category="Pangan")
    db.write(work)
    return make_ctx(g)


def _open(qtbot, monkeypatch, ctx, path: Path) -> StockImportDialog:  # noqa: ANN001
    page = StockPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not ops.busy())
    assert page.import_button.isVisibleTo(page)
    dialog = page.open_import()
    assert dialog is not None
    monkeypatch.setattr(dialogs, "open_file_name", lambda *a, **k: path)
    dialog.choose_file()
    qtbot.waitUntil(lambda: not ops.busy())
    return dialog


def test_the_visible_sheet_is_read_and_booked(qtbot, monkeypatch, gudang_ctx, tmp_path) -> None:  # noqa: ANN001
    path = xlsx(tmp_path / "saldo.xlsx", [STOCK_HEADER] + [["GDG", "BRS", n] for n in range(1, 7)], title="Stok",
                hidden=("Lama", [STOCK_HEADER, ["GDG", "BRS", 999]]))
    declare_size(path, "A1:C2")  # all six rows are read all the same
    dialog = _open(qtbot, monkeypatch, gudang_ctx, path)
    assert dialog.sheet_label.text().startswith("Stok")
    with qtbot.waitSignal(dialog.imported, timeout=15_000):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: not ops.busy())
    assert dialog.result_value.rows == 6 and dialog.result_value.quantity == 21
    assert "lembar 'Stok'" in dialog.status.text() and dialog.close_button.isVisibleTo(dialog)
    assert _movements(gudang_ctx.db) == 6


def test_a_refused_file_lists_rows_and_columns_and_writes_nothing(qtbot, monkeypatch, gudang_ctx,
                                                                tmp_path, no_modal_dialogs) -> None:  # noqa: ANN001
    rows = [STOCK_HEADER] + [["GDG", "BRS", n] for n in range(1, 7)]
    rows[4] = ["GDX", "BRS", "=1+1"]
    path = xlsx(tmp_path / "salah.xlsx", rows)
    dialog = _open(qtbot, monkeypatch, gudang_ctx, path)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not ops.busy())
    model = dialog.error_model
    shown = {(model.data(model.index(r, ErrorColumn.ROW)), model.data(model.index(r, ErrorColumn.COLUMN)))
             for r in range(model.rowCount())}
    assert shown == {(5, "C (Jumlah)")}  # the formula first: the row's other cells are checked once it has a value
    assert "rumus" in model.data(model.index(0, ErrorColumn.MESSAGE))
    assert dialog.error_table.isVisibleTo(dialog) and "1 kesalahan" in dialog.status.text()
    assert _movements(gudang_ctx.db) == 0 and no_modal_dialogs == []
    # a file that is no workbook at all: said in the dialog
    bomb = tmp_path / "bukan.xlsx"
    bomb.write_bytes(b"PK\x03\x04 bukan zip")
    monkeypatch.setattr(dialogs, "open_file_name", lambda *a, **k: bomb)
    dialog.choose_file()
    qtbot.waitUntil(lambda: not ops.busy())
    assert "bukan.xlsx" in dialog.status.text()


def test_cancel_writes_nothing(qtbot, monkeypatch, gudang_ctx, tmp_path) -> None:  # noqa: ANN001
    path = xlsx(tmp_path / "besar.xlsx", [STOCK_HEADER] + [["GDG", "BRS", 1]] * 3000)
    dialog = _open(qtbot, monkeypatch, gudang_ctx, path)
    dialog.import_button.click()
    assert dialog.cancel_button.isVisibleTo(dialog)
    dialog.cancel_button.click()  # cancelled at the next progress report
    qtbot.waitUntil(lambda: not ops.busy(), timeout=30_000)
    assert dialog.result_value is None and "Dibatalkan" in dialog.status.text()
    assert _movements(gudang_ctx.db) == 0
    assert dialog.import_button.isEnabled()


def test_only_warehouse_staff_see_the_import(qtbot, make_ctx, users) -> None:  # noqa: ANN001
    page = StockPage(make_ctx(users["pemantau"]))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not ops.busy())
    assert not page.import_button.isVisibleTo(page) and page.open_import() is None


def test_a_bare_enter_imports_nothing(qtbot, monkeypatch, gudang_ctx, tmp_path) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    path = xlsx(tmp_path / "saldo.xlsx", [STOCK_HEADER, ["GDG", "BRS", 5]], title="Stok")
    dialog = _open(qtbot, monkeypatch, gudang_ctx, path)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.import_button.isEnabled()
    dialog.file_edit.setFocus()
    qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not ops.busy())
    assert _movements(gudang_ctx.db) == 0 and not dialog.close_button.isVisibleTo(dialog)
