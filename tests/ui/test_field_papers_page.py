"""The papers of lent equipment printed from the "Pengiriman" page as a coordinator would: the
Berita Acara Pinjam Pakai once a genset has gone out, the Berita Acara Pengembalian once it is back,
each followed by the dialog that says where the file went."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDesktopServices

from deployment.dispatch import service as D
from tagana_app import settings
from tagana_app import settings as tagana_settings
from tests.dispatch.conftest import TODAY, env  # noqa: F401 - the dispatch world as a fixture
from tests.dispatch.test_documents import PROFILE
from ui import ops
from ui.pages.dispatches import DispatchesPage
from ui.printed import PrintedDialog


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)


def _print_and_see(qtbot, page: DispatchesPage, step: str) -> Path:  # noqa: ANN001
    for old in page.editor.findChildren(PrintedDialog):
        old.close()
        old.setParent(None)
    qtbot.mouseClick(page.editor.buttons[step], Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.editor.findChild(PrintedDialog) is not None)
    dialog = page.editor.findChild(PrintedDialog)
    assert dialog.isVisible()
    return Path(dialog.path_label.text())


def test_a_coordinator_prints_the_pinjam_pakai_and_the_pengembalian(qtbot, make_ctx, env, tmp_path,  # noqa: F811
                                                                    monkeypatch):
    env.db.write(lambda s: settings.set_office(s, env.admin, PROFILE))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    number = env.new()
    env.add(number, "GEN", 1)
    env.add(number, "MSS", 10)
    env.approve(number)
    ctx = make_ctx(env.koordinator)
    ctx.local.set(tagana_settings.DOCUMENTS_DIR, str(tmp_path / "dokumen"))
    page = DispatchesPage(replace(ctx))
    qtbot.addWidget(page)
    _settled(qtbot)
    page.select(number)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.editor.record is not None)
    buttons = page.editor.buttons
    assert not buttons["pinjam_pakai"].isEnabled()  # nothing has gone out yet
    env.step(D.send_dispatch, number, "gudang")
    page.editor.load(number)
    _settled(qtbot)
    qtbot.waitUntil(lambda: buttons["pinjam_pakai"].isEnabled())
    assert not buttons["pengembalian"].isEnabled()  # nothing has come back yet
    assert "wajib kembali" in page.editor.info.text()

    lent = _print_and_see(qtbot, page, "pinjam_pakai")
    assert lent.parent == tmp_path / "dokumen" and lent.name.startswith("berita-acara-pinjam-pakai_")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(lent).pages)
    assert "BERITA ACARA PINJAM PAKAI PERALATAN" in text and "G-001" in text

    env.step(D.return_goods, number, "gudang", "GEN", 1)
    page.editor.load(number)
    _settled(qtbot)
    qtbot.waitUntil(lambda: buttons["pengembalian"].isEnabled())
    back = _print_and_see(qtbot, page, "pengembalian")
    assert back.name.startswith("berita-acara-pengembalian_") and back.name.endswith("_asli.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(back).pages)
    assert "BERITA ACARA PENGEMBALIAN PERALATAN PINJAM PAKAI" in text and "Tepat waktu" in text
    page.editor.grab().save(str(tmp_path / "pengiriman.png"))


def test_a_new_dispatch_takes_the_day_lent_equipment_is_due_back(qtbot, make_ctx, env, tmp_path):  # noqa: F811
    ctx = make_ctx(env.koordinator)
    ctx.local.set(tagana_settings.DOCUMENTS_DIR, str(tmp_path / "dokumen"))
    page = DispatchesPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    dialog = page.open_new()
    qtbot.addWidget(dialog)
    assert not dialog.loan_due.isEnabled()  # by default: the end of the emergency period
    qtbot.keyClicks(dialog.destination, "Posko Balai Desa Contoh")
    qtbot.keyClicks(dialog.recipient, "Budi Contoh")
    qtbot.mouseClick(dialog.has_due, Qt.MouseButton.LeftButton)
    assert dialog.loan_due.isEnabled()
    due = TODAY + timedelta(days=30)
    dialog.loan_due.setDate(QDate(due))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert dialog.created is not None and env.show(dialog.created.number).loan_due == due
