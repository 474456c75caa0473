"""The Laporan page: the nilai persediaan (value of stock) picked, run for one warehouse and saved as PDF."""

from __future__ import annotations

import os

from pypdf import PdfReader
from PySide6.QtCore import QLocale, Qt

from inventory import stock
from inventory.stock import IssueLine, ReceiveLine
from tests.reports.conftest import known  # noqa: F401 - the shared data set
from ui import dialogs, ops
from ui.pages.reports import ReportsPage


def settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)


def test_value_report_picked_run_for_a_warehouse_and_saved(qtbot, make_ctx, known, tmp_path,  # noqa: F811
                                                           monkeypatch) -> None:
    g = known.users["gudang"]
    for price in (10_000, 12_000):  # two priced lots of 100 kg, then 150 kg issued: 50 kg at 12.000 left
        known.db.write(lambda s, p=price: stock.receive_goods(s, g, "LS1", [ReceiveLine("VEL", 100, unit_price=p)],
                                                              source="apbd"))
    known.db.write(lambda s: stock.issue_goods(s, g, "LS1", [IssueLine("VEL", 150)], recipient="Posko Uji"))
    page = ReportsPage(make_ctx(known.users["pemantau"]))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    settled(qtbot)
    page.kind.setFocus()
    qtbot.keyClicks(page.kind, "Nilai")  # typing picks the report by its title, as on any combo box
    assert page.kind.currentData() == "value"
    assert page.fields["as_of"].isVisibleTo(page) and page.fields["warehouse"].isVisibleTo(page)
    assert not page.fields["incident"].isVisibleTo(page)
    page.warehouse.setCurrentIndex(page.warehouse.findData("LS1"))
    with qtbot.waitSignal(page.report_shown, timeout=15_000):
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    model = page.tabs.widget(0).model()
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert heads[-2:] == ["Nilai (Rp)", "Jumlah tanpa harga"]
    rows = {model.index(r, 4).data(): [model.index(r, c).data() for c in range(6, 10)]
            for r in range(len(model.table.rows))}
    vel = rows.pop("VEL")
    assert vel[0] == "50" and vel[2] == QLocale().toString(600_000) and vel[3] == ""
    # what was received without a price says so, never 0
    assert rows and all(v[2] == "harga belum tercatat" and v[3] for v in rows.values())
    if os.environ.get("TAGANA_SHOTS"):  # to look at it
        page.grab().save(os.path.join(os.environ["TAGANA_SHOTS"], "value-report.png"))

    target = tmp_path / "nilai"
    monkeypatch.setattr(dialogs, "save_file_name", lambda *args, **kwargs: target)
    with qtbot.waitSignal(page.exported, timeout=30_000) as blocker:
        qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    text = "\n".join(p.extract_text() for p in PdfReader(str(blocker.args[0])).pages)
    assert "LAPORAN NILAI PERSEDIAAN" in text and "600.000" in text and "Gudang: LS1" in text
