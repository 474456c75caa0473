"""The Laporan page: choose, filter, show, export through the (replaced) file picker."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

from tests.reports.conftest import ago, known  # noqa: F401 - the shared data set
from ui import dialogs, ops
from ui.pages.reports import ReportsPage, ReportTableModel
from ui.printed import PrintedDialog


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)


def test_stock_as_of_a_past_day_on_screen_and_exported(qtbot, qtmodeltester, make_ctx, known, tmp_path,  # noqa: F811
                                                       monkeypatch) -> None:
    page = ReportsPage(make_ctx(known.users["pemantau"]))
    qtbot.addWidget(page)
    settled(qtbot)
    assert not page.xlsx_button.isEnabled()
    page.kind.setCurrentIndex(page.kind.findData("stock"))
    assert page.fields["as_of"].isVisibleTo(page) and not page.fields["incident"].isVisibleTo(page)
    page.as_of.setDate(qdate(ago(7)))
    with qtbot.waitSignal(page.report_shown, timeout=15_000):
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    view = page.tabs.widget(0)
    model = view.model()
    assert isinstance(model, ReportTableModel)
    qtmodeltester.check(model)
    rows = {(model.index(r, 1).data(), model.index(r, 3).data()): model.index(r, 8).data()
            for r in range(len(model.table.rows))}
    assert rows[("GDG", "BRS")] == "650" and rows[("LS1", "BRS")] == "100"
    assert model.index(model.rowCount() - 1, 0).data().startswith("Jumlah baris")
    assert page.xlsx_button.isEnabled()

    target = tmp_path / "posisi"
    monkeypatch.setattr(dialogs, "save_file_name", lambda *args, **kwargs: target)
    with qtbot.waitSignal(page.exported, timeout=15_000) as blocker:
        qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    path = blocker.args[0]
    assert path == tmp_path / "posisi.xlsx" and "Disimpan" in page.summary.text()
    shown = page.findChild(PrintedDialog)
    assert shown is not None and shown.isVisible() and shown.path_label.text() == str(path)
    qtbot.mouseClick(shown.close_button, Qt.MouseButton.LeftButton)
    assert not shown.isVisible()
    ws = load_workbook(path).worksheets[0]
    assert ws.freeze_panes is not None and ws["A3"].value == "LAPORAN POSISI STOK PERSEDIAAN"

    with qtbot.waitSignal(page.exported, timeout=30_000) as blocker:
        qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    text = "\n".join(p.extract_text() for p in PdfReader(str(blocker.args[0])).pages)
    assert "LAPORAN POSISI STOK PERSEDIAAN" in text and "Halaman 1 dari" in text


def test_stock_report_in_the_window_shows_expired_stock_apart(qtbot, make_ctx, known, tmp_path) -> None:  # noqa: F811
    import os

    from inventory import stock
    from inventory.stock import ReceiveLine

    known.db.write(lambda s: stock.receive_goods(s, known.users["gudang"], "GDG",
                                                 [ReceiveLine("MSS", 30, "MSS-LAMA", ago(3))], source="apbd"))
    page = ReportsPage(make_ctx(known.users["pemantau"]))
    qtbot.addWidget(page)
    page.resize(1300, 600)
    page.show()
    settled(qtbot)
    page.kind.setCurrentIndex(page.kind.findData("stock"))
    with qtbot.waitSignal(page.report_shown, timeout=15_000):
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    for tab, key in ((0, 3), (1, 1)):  # per warehouse, per item
        model = page.tabs.widget(tab).model()
        heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert heads[-4:] == ["Layak pakai", "Kedaluwarsa", "Jumlah", "Satuan"]
        mss = next(r for r in range(len(model.table.rows)) if model.index(r, key).data() == "MSS")
        assert [model.index(mss, c).data() for c in range(len(heads) - 4, len(heads))] == ["150", "30", "180", "paket"]
    if os.environ.get("TAGANA_SHOTS"):  # to look at it
        page.grab().save(os.path.join(os.environ["TAGANA_SHOTS"], "stock-report.png"))


def test_filters_reach_the_report_and_cancelled_picker_writes_nothing(qtbot, make_ctx, known, tmp_path,  # noqa: F811
                                                                       monkeypatch) -> None:
    page = ReportsPage(make_ctx(known.users["admin"]))
    qtbot.addWidget(page)
    settled(qtbot)
    page.kind.setCurrentIndex(page.kind.findData("distribution"))
    page.incident.setCurrentIndex(page.incident.findData(known.incident_b))
    with qtbot.waitSignal(page.report_shown, timeout=15_000) as blocker:
        page.run_report()
    report = blocker.args[0]
    assert {r.head.dispatch for r in report.rows} == {known.d2}
    assert page.tabs.count() == 2
    monkeypatch.setattr(dialogs, "save_file_name", lambda *args, **kwargs: None)
    assert page.export("pdf") is None and list(tmp_path.glob("*.pdf")) == [tmp_path / "bast.pdf"]


def test_incident_report_has_a_summary_tab_and_bad_region_is_refused(qtbot, make_ctx, known,  # noqa: F811
                                                                      no_modal_dialogs) -> None:
    page = ReportsPage(make_ctx(known.users["admin"]))
    qtbot.addWidget(page)
    settled(qtbot)
    page.show_link("incident")
    qtbot.waitUntil(lambda: page.report is not None, timeout=15_000)
    assert page.tabs.tabText(0) == "Ringkasan"
    assert page.report.incident.number in (known.incident_a, known.incident_b)
    page.kind.setCurrentIndex(page.kind.findData("deployments"))
    page.region.setText("99.99")
    page.run_report()
    settled(qtbot)
    assert any("99.99" in text for _kind, text in no_modal_dialogs) or "99.99" in page.summary.text()
