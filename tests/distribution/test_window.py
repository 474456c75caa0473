"""The "Distribusi" page driven as a person would: a koordinator records a distribution through the
dialog (the repeat warning asked as "Tetap catat?"), cancels one, and prints the daftar penerima."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from tagana_app import settings
from tests.ui.conftest import (  # noqa: F401
    _garbage_collected_on_the_gui_thread,
    _ops_finished,
    local,
    make_ctx,
    no_modal_dialogs,
    opened,
)
from ui import dialogs, ops
from ui.main_window import MainWindow
from ui.pages.distributions import DistributionsPage

from .conftest import DESA, NIK


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)


def _click(qtbot, button) -> None:  # noqa: ANN001
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _settled(qtbot)


def _fill(qtbot, dialog) -> None:  # noqa: ANN001
    qtbot.keyClicks(dialog.desa.text, DESA)
    assert "Talang Pauh" in dialog.desa.hint.text()
    qtbot.keyClicks(dialog.name, "Siti Aminah")
    qtbot.keyClicks(dialog.nik, NIK)
    dialog.people.setValue(4)
    dialog.package.setCurrentIndex(dialog.package.findData("PKK"))
    dialog.goods.what.lineEdit().clear()
    qtbot.keyClicks(dialog.goods.what.lineEdit(), "Makanan siap saji (MSS)")
    dialog.goods.count.setValue(2)
    qtbot.mouseClick(dialog.goods.add_button, Qt.MouseButton.LeftButton)


def test_record_warn_cancel_and_print(qtbot, make_ctx, world, opened, monkeypatch,  # noqa: F811
                                      tmp_path: Path) -> None:
    ctx = make_ctx(world.users["koordinator"])
    ctx.local.set(settings.DOCUMENTS_DIR, str(tmp_path / "dokumen"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_section("distributions")
    page: DistributionsPage = window.page("distributions")
    _settled(qtbot)
    assert page.new_button.isEnabled() and not page.cancel_button.isEnabled()

    dialog = page.open_new()
    qtbot.addWidget(dialog)
    _settled(qtbot)
    dialog.incident.setCurrentIndex(dialog.incident.findData(world.incident))
    dialog.warehouse.setCurrentIndex(dialog.warehouse.findData("GDG"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # nothing typed: refused inline
    assert "Desa" in dialog.error.text()
    _fill(qtbot, dialog)
    _click(qtbot, dialog.ok_button)
    assert dialog.created is not None and dialog.result() == dialog.DialogCode.Accepted
    first = dialog.created
    assert {(x.item, x.quantity) for x in first.lines} == {("FK", 1), ("BRS", 10), ("MSS", 2)}
    _settled(qtbot)
    assert page.model.rowCount() == 1 and page.selected_number() == first.number
    assert world.balance("FK") == 49

    # the same household, the same goods: asked "Tetap catat?"; No keeps the dialog open with the reason
    again = page.open_new()
    qtbot.addWidget(again)
    _settled(qtbot)
    again.incident.setCurrentIndex(again.incident.findData(world.incident))
    again.warehouse.setCurrentIndex(again.warehouse.findData("GDG"))
    _fill(qtbot, again)
    answers = iter([False, True])
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: asked.append(text) or next(answers))
    _click(qtbot, again.ok_button)
    assert asked and "Tetap catat?" in asked[0] and first.number in asked[0]
    assert again.created is None and "sudah menerima" in again.error.text()
    _click(qtbot, again.ok_button)
    _settled(qtbot)
    assert again.created is not None and first.number in again.created.warning
    _settled(qtbot)
    assert page.model.rowCount() == 2

    # cancel the second: its goods go back
    page.table.selectRow(page.model.row_of(again.created.number))
    reason = page.cancel()
    qtbot.addWidget(reason)
    qtbot.keyClicks(reason.reason, "tercatat dua kali")
    _click(qtbot, reason.ok_button)
    _settled(qtbot)
    assert world.balance("FK") == 49
    assert "Dibatalkan" in page.model.data(page.model.index(page.model.row_of(again.created.number), 7))

    # print the daftar penerima of the incident
    page.incident.setCurrentIndex(page.incident.findData(world.incident))
    _settled(qtbot)
    page.print_recipients()
    _settled(qtbot)
    assert opened and opened[-1].endswith(".pdf")
    text = "".join(p.extract_text() for p in PdfReader(opened[-1]).pages)
    assert "DAFTAR PENERIMA BANTUAN" in text and "Siti Aminah" in text and NIK not in text

