"""Pinjam pakai through the window: the clerk lends two gensets from the stock page's "Tugas gudang" menu,
sees the number and the Berita Acara, finds the loan in the list (red once overdue) and takes one unit back
in "rusak ringan", which prints the Berita Acara Pengembalian."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDesktopServices

from inventory import catalog, equipment, loans, stock
from inventory.stock import ReceiveLine
from tagana_app import clock, settings
from ui import ops
from ui.pages.loan_dialogs import OVERDUE, LendDialog, LoansDialog, ReturnDialog
from ui.pages.stock import StockPage
from ui.printed import PrintedDialog

pytestmark = pytest.mark.dates


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy())


@pytest.fixture
def gensets(db, users, signers):  # noqa: ANN001, ANN201
    g = users["gudang"]

    def work(s):  # noqa: ANN001, ANN202
        catalog.add_warehouse(s, g, "GDG", "Gudang Dinsos Kab. Bengkulu Tengah", "17.09")
        catalog.add_item(s, g, "GEN", "Genset 2000 W", "unit", category="Peralatan", kind="equipment",
                         serialized=True)
        catalog.add_item(s, g, "BRS", "Beras", "kg", category="Pangan")
        stock.receive_goods(s, g, "GDG", [ReceiveLine("GEN", 3, serials=("G-01", "G-02", "G-03"))], source="apbd")
    db.write(work)
    return users


def _tick(qtbot, widget, serials) -> None:  # noqa: ANN001
    for i in range(widget.count()):
        item = widget.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in serials:
            rect = widget.visualItemRect(item)
            qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            if item.checkState() != Qt.CheckState.Checked:  # a click on the text selects; space ticks
                qtbot.keyClick(widget, Qt.Key.Key_Space)
            assert item.checkState() == Qt.CheckState.Checked


def test_a_loan_out_and_back_through_the_window(qtbot, make_ctx, gensets, no_modal_dialogs, tmp_path, monkeypatch,
                                                clock_at):
    ctx = make_ctx(gensets["gudang"])
    ctx.local.set(settings.DOCUMENTS_DIR, str(tmp_path / "dokumen"))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    page = StockPage(ctx)
    qtbot.addWidget(page)
    page.show()
    _settled(qtbot)
    assert page.tasks_button.isVisible() and page.lend_action.isVisible()
    page.lend_action.trigger()
    dialog = page.findChild(LendDialog)
    assert dialog is not None
    dialog.item.setCurrentIndex(dialog.item.findData("GEN"))
    _settled(qtbot)
    qtbot.waitUntil(lambda: dialog.units.count() == 3)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # a bare Enter books nothing
    assert dialog.isVisible() and not dialog.error.isVisible()
    # Ctrl+Enter submits: no unit ticked, the refusal says so
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.error.isVisible() and "unit" in dialog.error.text() and dialog.isVisible()
    _tick(qtbot, dialog.units, {"G-01", "G-02"})
    qtbot.keyClicks(dialog.borrower, "Pemerintah Desa Pagar Jati")
    qtbot.keyClicks(dialog.office, "Desa Pagar Jati")
    qtbot.keyClicks(dialog.contact, "Sutrisno")
    qtbot.keyClicks(dialog.position, "Kepala Desa")
    qtbot.keyClicks(dialog.purpose, "Pasar murah desa")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "tanggal wajib kembali" in dialog.error.text() and dialog.due.hasFocus()
    dialog.due.setDate(QDate.fromString((clock.today() + timedelta(days=3)).isoformat(), Qt.DateFormat.ISODate))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert no_modal_dialogs[0][0] == "confirm" and "G-01, G-02" in no_modal_dialogs[0][1]
    _settled(qtbot)
    qtbot.waitUntil(lambda: dialog.result_loan is not None and not dialog.isVisible())
    loan = dialog.result_loan
    assert any(loan.number in text for kind, text in no_modal_dialogs if kind == "inform")
    qtbot.waitUntil(lambda: any(d.path.name.startswith("berita-acara-pinjam-pakai_")
                                for d in page.findChildren(PrintedDialog)))
    paper = next(d.path for d in page.findChildren(PrintedDialog))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(paper).pages).split())
    assert "BERITA ACARA PINJAM PAKAI" in text and loan.number in text and "G-02" in text and "Sutrisno" in text
    with ctx.db.read() as s:
        assert equipment.get_unit(s, "GEN", "G-01").status == "dipinjam"

    clock_at.set(clock.now() + timedelta(days=5))  # two days past the due date
    page.loans_action.trigger()
    listing = page.findChild(LoansDialog)
    _settled(qtbot)
    qtbot.waitUntil(lambda: listing.table.rowCount() == 1)
    assert "TERLAMBAT 2 hari" in listing.table.item(0, 6).text()
    assert listing.table.item(0, 0).foreground().color() == OVERDUE
    assert not listing.return_button.isEnabled()
    qtbot.mouseClick(listing.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=listing.table.visualItemRect(listing.table.item(0, 0)).center())
    assert listing.return_button.isEnabled()
    qtbot.mouseClick(listing.return_button, Qt.MouseButton.LeftButton)
    back = listing.findChild(ReturnDialog)
    assert back.units.count() == 2
    back.units.item(1).setCheckState(Qt.CheckState.Unchecked)  # only G-01 comes back today
    back.condition.setCurrentIndex(back.condition.findData("rusak ringan"))
    qtbot.keyClicks(back.remarks, "tangki bocor")
    qtbot.mouseClick(back.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: back.result_return is not None)
    qtbot.waitUntil(lambda: any(d.path.name.startswith("berita-acara-pengembalian_")
                                for d in listing.findChildren(PrintedDialog)))
    with ctx.db.read() as s:
        unit = equipment.get_unit(s, "GEN", "G-01")
        assert (unit.status, unit.condition) == ("gudang", "rusak ringan")
        left = loans.get_loan(s, loan.number)
        assert left.units_out == 1 and left.overdue
        assert next(u for u in left.units if u.serial == "G-01").return_remarks == "tangki bocor"
    qtbot.waitUntil(lambda: listing.table.item(0, 3) is not None and listing.table.item(0, 3).text() == "1/2")


def test_the_dashboard_names_the_overdue_loan(qtbot, make_ctx, gensets, clock_at):
    from ui.pages.dashboard import DashboardPage

    g = gensets["gudang"]
    loan = make_ctx(g).db.write(lambda s: loans.lend_units(s, g, "GDG", "GEN", ["G-03"], borrower="Kecamatan Taba",
                                                           due=clock.today()))
    page = DashboardPage(make_ctx(gensets["pejabat"]))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.dashboard is not None)
    assert not page.late_loans.isVisible() and page.dashboard.figure("overdue").value == 0
    clock_at.set(clock.now() + timedelta(days=1))
    page.refresh()
    qtbot.waitUntil(lambda: page.late_loans.isVisible())
    assert loan.number in page.late_loans.text() and "terlambat 1 hari" in page.late_loans.text()
    assert page.figures["overdue"].value.text() == "1"


def test_a_scanned_unit_label_chooses_the_item_and_ticks_the_unit(qtbot, make_ctx, gensets) -> None:
    """The clerk scans the QR label on a genset (the scanner types "U:GEN:G-02" and Enter) into the item
    field of the pinjam pakai and of the write-off request: the item is chosen and that unit ticked."""
    from ui.pages.writeoff_dialogs import WriteOffRequestDialog

    ctx = make_ctx(gensets["gudang"])
    with ctx.db.read() as s:
        warehouses, items = catalog.list_warehouses(s), catalog.list_items(s)
    for dialog in (LendDialog(ctx, warehouses, items, warehouse="GDG", item="BRS"),
                   WriteOffRequestDialog(ctx, warehouses, items, warehouse="GDG", item="BRS")):
        qtbot.addWidget(dialog)
        dialog.show()
        _settled(qtbot)
        dialog.item.setEditText("")
        qtbot.keyClicks(dialog.item, "U:GEN:G-02")
        qtbot.keyClick(dialog.item, Qt.Key.Key_Return)  # Enter from the scanner: chooses, never submits
        _settled(qtbot)
        qtbot.waitUntil(lambda d=dialog: d.units.count() > 0)
        ticked = [d.units.item(i).data(Qt.ItemDataRole.UserRole) for d in (dialog,) for i in range(d.units.count())
                  if d.units.item(i).checkState() == Qt.CheckState.Checked]
        assert dialog.item.current_code() == "GEN" and ticked == ["G-02"] and dialog.isVisible()
