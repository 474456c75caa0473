"""The "Pengiriman" and "Dokumen" pages driven as a person would: a dispatch from draft to handover,
buttons enabled only for the right role and state, returns (by ticked serial number for serialized equipment),
the documents list with reprint and verification."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from sqlalchemy import select

from deployment.dispatch import documents
from deployment.dispatch import service as D
from inventory.models import EquipmentUnit
from tagana_app import settings, verification
from tagana_app import settings as tagana_settings
from tests.dispatch.conftest import env, snapshot  # noqa: F401 - env: the dispatch world as a fixture
from ui import ops
from ui.pages import dispatches as dispatch_page
from ui.pages.dispatch_model import DispatchListModel, DocumentListModel
from ui.pages.dispatches import DispatchesPage
from ui.pages.documents import DocumentsPage
from ui.printed import PrintedDialog


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)


def _page(qtbot, make_ctx, actor, tmp_path: Path, like: DispatchesPage | None = None) -> DispatchesPage:  # noqa: ANN001
    """A page for ``actor``; ``like`` shares another page's change signal, as two pages of one window do."""
    ctx = replace(like.ctx, actor=actor) if like is not None else make_ctx(actor)
    ctx.local.set(settings.DOCUMENTS_DIR, str(tmp_path / "dokumen"))
    page = DispatchesPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    return page


def _status(world) -> str:  # noqa: ANN001
    with world.db.read() as s:
        return D.list_dispatches(s)[0].status


def _enabled(page: DispatchesPage) -> set[str]:
    return {step for step, button in page.editor.buttons.items() if button.isEnabled()}


def test_a_dispatch_from_draft_to_handover_in_the_window(qtbot, make_ctx, env, tmp_path, opened):  # noqa: F811
    koord = _page(qtbot, make_ctx, env.koordinator, tmp_path)
    assert koord.new_button.isEnabled() and _enabled(koord) == set()
    dialog = koord.open_new()
    qtbot.addWidget(dialog)
    assert dialog.incident.currentData() == env.incident and dialog.warehouse.currentData() == "GDG"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "wajib diisi" in dialog.error.text()
    qtbot.keyClicks(dialog.destination, "Posko Balai Desa Contoh")
    qtbot.keyClicks(dialog.recipient, "Budi Contoh")
    qtbot.keyClicks(dialog.vehicle, "BD 8123 AB")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: koord.editor.record is not None)
    editor = koord.editor
    assert editor.record.status == "draft" and koord.selected_number() == editor.record.number
    assert not editor.edit_box.isHidden() and _enabled(koord) == {"cancel"}  # no lines: no approval yet

    # Too much is refused before anything is saved, with the free stock shown.
    editor.item.setCurrentIndex(editor.item.findData("MSS"))
    assert editor.free_label.text() == "Stok bebas Makanan siap saji: 150 paket"
    editor.quantity.setValue(151)
    assert not editor.add_button.isEnabled() and "tersedia 150 paket, diminta 151 paket" in editor.line_error.text()
    editor.quantity.setValue(60)
    assert editor.add_button.isEnabled() and editor.line_error.isHidden()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: editor.lines.rowCount() == 1)
    assert editor.lines.item(0, 0).text() == "MSS" and editor.lines.item(0, 2).text() == "60"
    assert _enabled(koord) == {"submit", "cancel"}  # a coordinator submits, never approves
    qtbot.mouseClick(editor.buttons["submit"], Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: editor.record.status == "submitted")
    assert _enabled(koord) == {"withdraw", "cancel"} and editor.edit_box.isHidden()  # its lines are fixed now

    # A pejabat (who did not make it) approves it from his own desktop.
    pejabat = _page(qtbot, make_ctx, env.pejabat, tmp_path, like=koord)
    pejabat.select(editor.record.number)
    _settled(qtbot)
    qtbot.waitUntil(lambda: pejabat.editor.record is not None)
    assert _enabled(pejabat) == {"withdraw", "approve", "cancel"}
    qtbot.mouseClick(pejabat.editor.buttons["approve"], Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: editor.record.status == "approved")
    assert _enabled(koord) == {"cancel", "manifest"}  # a coordinator does not load the truck

    gudang = _page(qtbot, make_ctx, env.gudang, tmp_path, like=koord)
    gudang.select(editor.record.number)
    _settled(qtbot)
    qtbot.waitUntil(lambda: gudang.editor.record is not None)
    assert _enabled(gudang) == {"send", "manifest"}
    qtbot.mouseClick(gudang.editor.buttons["send"], Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: gudang.editor.record.status == "sent")
    assert _enabled(gudang) == {"handover", "return", "manifest"}
    assert _status(env) == "sent"

    handover = gudang.editor.handover()
    qtbot.addWidget(handover)
    handover.counts["MSS"].setValue(58)
    qtbot.mouseClick(handover.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert handover.isVisible() and "alasan selisih wajib diisi" in handover.error.text()
    qtbot.keyClicks(handover.reason, "2 paket basah")
    with qtbot.waitSignal(handover.accepted):
        qtbot.mouseClick(handover.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: gudang.editor.record.status == "handed_over")
    assert _enabled(gudang) == {"return", "manifest", "bast"}
    qtbot.mouseClick(gudang.editor.buttons["bast"], Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: bool(opened))
    assert Path(opened[0]).parent == tmp_path / "dokumen"
    assert "BERITA ACARA SERAH TERIMA" in PdfReader(opened[0]).pages[0].extract_text()
    # The coordinator's page followed the changes; closing is for a coordinator or an official.
    qtbot.waitUntil(lambda: koord.editor.record.status == "handed_over")
    assert "close" in _enabled(koord) and "close" not in _enabled(gudang)


# The buttons each role had enabled before they were read from the lifecycle table (draft with lines).
BUTTONS = {
    "gudang": {"draft": set(), "submitted": set(), "approved": {"send", "manifest"},
               "sent": {"handover", "return", "manifest"}},
    "koordinator": {"draft": {"submit", "cancel"}, "submitted": {"withdraw", "cancel"},
                    "approved": {"cancel", "manifest"}, "sent": {"handover", "manifest"}},
    "pejabat": {"draft": {"submit", "cancel"}, "submitted": {"withdraw", "approve", "cancel"},
                "approved": {"cancel", "manifest"}, "sent": {"manifest"}},
    "pemantau": {"draft": set(), "submitted": set(), "approved": set(), "sent": set()},
}
EDITS = {"gudang", "koordinator", "pejabat"}  # the draft editor (lines, kits, escorts)


def test_each_role_gets_the_buttons_of_the_table(qtbot, make_ctx, env, tmp_path):  # noqa: F811
    numbers = {}
    made = (D.submit_dispatch, D.approve_dispatch)
    for state, steps in (("draft", ()), ("submitted", (D.submit_dispatch,)), ("approved", made),
                         ("sent", (*made, D.send_dispatch))):
        numbers[state] = env.new()
        env.add(numbers[state], "BRS", 5)
        for fn in steps:
            env.step(fn, numbers[state], "admin")
    for role, wanted in BUTTONS.items():
        page = _page(qtbot, make_ctx, env.users[role], tmp_path)
        assert page.new_button.isEnabled() == (role in EDITS)
        for state, number in numbers.items():
            page.select(number)
            _settled(qtbot)
            qtbot.waitUntil(lambda n=number, p=page: p.editor.record is not None and p.editor.record.number == n)
            assert (role, state, _enabled(page)) == (role, state, wanted[state])
            assert page.editor.edit_box.isHidden() == (state != "draft" or role not in EDITS)


def test_a_reader_sees_but_cannot_act(qtbot, make_ctx, env, tmp_path):  # noqa: F811
    number = env.new()
    env.add(number, "BRS", 5)
    page = _page(qtbot, make_ctx, env.pemantau, tmp_path)
    assert not page.new_button.isEnabled()
    page.select(number)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.editor.record is not None)
    assert _enabled(page) == set() and page.editor.edit_box.isHidden()


def test_cancel_from_the_window_releases_the_stock(qtbot, make_ctx, env, tmp_path):  # noqa: F811
    number = env.new()
    env.add(number, "MSS", 100)
    env.approve(number)
    page = _page(qtbot, make_ctx, env.pejabat, tmp_path)
    page.select(number)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.editor.record is not None)
    dialog = page.editor.cancel()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.reason, "jalan putus")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.editor.record.status == "cancelled")
    assert env.free("MSS") == 150 and _enabled(page) == set()


def test_a_step_shows_its_result_without_reading_the_editor_again(qtbot, make_ctx, env, tmp_path,  # noqa: F811
                                                                   monkeypatch):
    """The editor that approved shows the returned record and skips its own change; another page still
    reads. (Before the change announced its origin the approving editor read the dispatch twice.)"""
    number = env.new()
    env.add(number, "MSS", 10)
    env.step(D.submit_dispatch, number, "koordinator")
    koord = _page(qtbot, make_ctx, env.pejabat, tmp_path)  # the approving page: a pejabat's
    other = _page(qtbot, make_ctx, env.koordinator, tmp_path, like=koord)
    for page in (koord, other):
        page.select(number)
        _settled(qtbot)
        qtbot.waitUntil(lambda p=page: p.editor.record is not None and p.editor.record.number == number)
    reads: list[str] = []
    real = dispatch_page._load_editor
    monkeypatch.setattr(dispatch_page, "_load_editor", lambda s, n: reads.append(n) or real(s, n))
    loads = {koord.editor: 0, other.editor: 0}
    for editor in loads:
        real_load = editor.load
        monkeypatch.setattr(editor, "load", lambda n, e=editor, load=real_load: loads.__setitem__(e, loads[e] + 1)
                            or load(n))

    qtbot.mouseClick(koord.editor.buttons["approve"], Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: other.editor.record.status == "approved")
    assert koord.editor.record.status == "approved" and _enabled(koord) == {"cancel", "manifest"}
    assert loads == {koord.editor: 0, other.editor: 1}
    assert reads == [number]  # one read of the dispatch, by the other page
    assert koord.selected_number() == number  # the list was read again (new status) and kept the selection
    assert koord.model.row(koord.model.row_of(number)).status == "approved"


def _sent(world, *lines: tuple[str, int]) -> str:  # noqa: ANN001
    number = world.new()
    for item, qty in lines:
        world.add(number, item, qty)
    world.approve(number)
    world.step(D.send_dispatch, number, "gudang")
    return number


def _units(world) -> dict[str, tuple[str, int | None, str]]:  # noqa: ANN001
    with world.db.read() as s:
        return {u.serial: (u.status, u.dispatch_id, u.condition) for u in s.scalars(select(EquipmentUnit))}


def _return_dialog(qtbot, page: DispatchesPage, number: str):  # noqa: ANN001, ANN202
    page.select(number)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.editor.record is not None and page.editor.record.number == number)
    assert "return" in _enabled(page)
    dialog = page.editor.return_goods()
    qtbot.addWidget(dialog)
    return dialog


def test_return_chosen_serial_numbers_in_the_window(qtbot, make_ctx, env, tmp_path):  # noqa: F811
    number = _sent(env, ("GEN", 2), ("VEL", 3))
    sent = [p.serial for p in env.show(number).lines[0].picks]
    assert len(sent) == 2
    page = _page(qtbot, make_ctx, env.gudang, tmp_path)
    dialog = _return_dialog(qtbot, page, number)
    dialog.item.setCurrentIndex(dialog.item.findData("GEN"))
    # The units still out on this dispatch, to tick; the quantity follows the ticks.
    assert not dialog.serials.isHidden() and not dialog.quantity.isEnabled()
    assert [dialog.serials.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.serials.count())] == sent
    assert dialog.quantity.value() == 0
    before = snapshot(env.db)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert dialog.isVisible() and "Centang nomor seri" in dialog.error.text()
    assert snapshot(env.db) == before

    dialog.serials.setCurrentRow(1)
    qtbot.keyClick(dialog.serials, Qt.Key.Key_Space)  # ticked from the keyboard
    assert dialog.quantity.value() == 1 and dialog.chosen_serials() == [sent[1]]
    dialog.condition.setCurrentIndex(dialog.condition.findData("rusak ringan"))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    units = _units(env)
    assert units[sent[1]] == ("gudang", None, "rusak ringan")  # exactly the ticked unit came back
    assert units[sent[0]][0] != "gudang" and units[sent[0]][1] is not None
    record = env.show(number)
    assert [(r.item, r.quantity, r.serials) for r in record.returns] == [("GEN", 1, (sent[1],))]
    qtbot.waitUntil(lambda: page.editor.record.returns == record.returns)  # the page reloaded

    # The next return offers only the unit still out.
    dialog = _return_dialog(qtbot, page, number)
    dialog.item.setCurrentIndex(dialog.item.findData("GEN"))
    assert [dialog.serials.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.serials.count())] == \
        [sent[0]]
    dialog.reject()


def test_a_scanned_unit_label_ticks_the_unit_coming_back(qtbot, make_ctx, env, tmp_path):  # noqa: F811
    number = _sent(env, ("VEL", 3), ("GEN", 2))
    sent = [p.serial for p in env.show(number).lines[1].picks]
    page = _page(qtbot, make_ctx, env.gudang, tmp_path)
    dialog = _return_dialog(qtbot, page, number)
    assert dialog.item.currentData() == "VEL"
    before = snapshot(env.db)
    qtbot.keyClicks(dialog.scan, f"U:GEN:{sent[1]}")  # the scanner types the label, then Enter
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert dialog.item.currentData() == "GEN" and dialog.chosen_serials() == [sent[1]]
    assert dialog.quantity.value() == 1 and dialog.scan.text() == "" and dialog.isVisible()
    qtbot.keyClicks(dialog.scan, "U:GEN:TIDAK-ADA")
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert "U:GEN:TIDAK-ADA bukan unit yang masih keluar" in dialog.error.text()
    assert snapshot(env.db) == before
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.scan, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _settled(qtbot)
    assert [(r.item, r.serials) for r in env.show(number).returns] == [("GEN", (sent[1],))]


def test_return_without_serial_numbers_in_the_window(qtbot, make_ctx, env, tmp_path):  # noqa: F811
    number = _sent(env, ("VEL", 3), ("GEN", 1))
    page = _page(qtbot, make_ctx, env.gudang, tmp_path)
    dialog = _return_dialog(qtbot, page, number)
    assert dialog.item.currentData() == "VEL"
    assert dialog.serials.isHidden() and dialog.quantity.isEnabled() and dialog.quantity.value() == 1
    dialog.quantity.setValue(2)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    record = env.show(number)
    assert [(r.item, r.quantity, r.serials) for r in record.returns] == [("VEL", 2, ())]
    assert env.free("VEL") == 9


def test_printing_a_surat_jalan_shows_where_it_went_and_says_when_it_cannot_be_opened(
        qtbot, make_ctx, env, tmp_path, monkeypatch):  # noqa: ANN001, F811
    number = env.new()
    env.add(number, "BRS", 5)
    env.approve(number)
    asked: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: asked.append(url.toLocalFile()) or False)
    page = _page(qtbot, make_ctx, env.gudang, tmp_path)
    page.select(number)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.editor.record is not None and page.editor.buttons["manifest"].isEnabled())
    qtbot.mouseClick(page.editor.buttons["manifest"], Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.editor.findChild(PrintedDialog) is not None)
    dialog = page.editor.findChild(PrintedDialog)
    path = Path(dialog.path_label.text())
    assert path.parent == tmp_path / "dokumen" and path.is_file()
    assert path.name.startswith("surat-jalan_") and path.name.endswith("_asli.pdf")
    assert dialog.isVisible() and asked == []  # nothing is opened before the person asks
    qtbot.mouseClick(dialog.open_file_button, Qt.MouseButton.LeftButton)
    assert asked == [str(path)]
    assert dialog.isVisible() and not dialog.message.isHidden() and "Tidak ada aplikasi" in dialog.message.text()
    assert dialog.path_label.text() == str(path)  # still there to copy
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert asked[1] == str(path.parent) and "tidak dapat dibuka" in dialog.message.text()
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: asked.append(url.toLocalFile()) or True)
    qtbot.mouseClick(dialog.open_file_button, Qt.MouseButton.LeftButton)
    assert asked[2] == str(path)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_documents_page_lists_searches_reprints_and_verifies(qtbot, make_ctx, env, tmp_path, opened):  # noqa: F811
    number = env.new(recipient_name="Siti Penerima")
    env.add(number, "BRS", 5)
    env.approve(number)
    printed = env.db.write(lambda s: documents.print_manifest(s, env.gudang, number, directory=tmp_path))
    ctx = make_ctx(env.gudang)
    ctx.local.set(settings.DOCUMENTS_DIR, str(tmp_path / "dokumen"))
    page = DocumentsPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    assert {r.doc_type for r in page.model.rows()} == {"penerimaan", "pengiriman", "manifest"}
    qtbot.keyClicks(page.search, "siti")
    qtbot.waitUntil(lambda: not page._timer.isActive())
    _settled(qtbot)
    assert len(page.model.rows()) == 2
    page.kind.setCurrentIndex(page.kind.findData("manifest"))
    _settled(qtbot)
    assert [r.number for r in page.model.rows()] == [printed.number]
    assert not page.reprint_button.isEnabled()
    page.table.selectRow(0)
    assert page.reprint_button.isEnabled() and page.open_button.isEnabled()
    qtbot.mouseClick(page.reprint_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].endswith("salinan-1.pdf") and "SALINAN ke-1" in PdfReader(opened[0]).pages[0].extract_text()
    qtbot.waitUntil(lambda: page.model.rows()[0].print_count == 2)

    dialog = page.open_verify()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.code, printed.code)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert dialog.report is not None and dialog.report.matches and "ASLI" in dialog.result.text()
    dialog.code.setText("ZZZZZZZZZZ")
    dialog.check()
    _settled(qtbot)
    assert dialog.report is None and "tidak ditemukan" in dialog.result.text()


def test_documents_page_shows_every_kind_and_reprints_a_writeoff_record(qtbot, make_ctx, env, tmp_path,  # noqa: F811
                                                                        opened):
    """The type filter lists each kind of paper the office numbers by its title; a Berita Acara Penghapusan of
    the stock part is reprinted and verified from here like the papers of a dispatch (the kinds registry)."""
    from inventory import writeoff_papers as stock_documents
    from inventory import writeoffs
    from inventory.stock import IssueLine
    from tagana_app import clock, settings

    env.db.write(lambda s: writeoffs.request_writeoff(s, env.gudang, "GDG", [IssueLine("BRS", 5)],
                                                      reason_kind="rusak", reason="basah terkena banjir"))
    with env.db.read() as s:
        number = writeoffs.list_writeoffs(s)[0].number
    env.db.write(lambda s: writeoffs.approve_writeoff(s, env.pejabat, number, method="dimusnahkan", decree=writeoffs.Decree(
        "000.2.3.3/145/DINSOS/2026", clock.today(), "Bupati Bengkulu Tengah")))
    env.db.write(lambda s: settings.set_office(s, env.admin, {settings.HEAD_NAME: "Dra. Wulan Contoh, M.Si."}))
    env.db.write(lambda s: stock_documents.print_writeoff(s, env.gudang, number, out=tmp_path / "ba.pdf"))
    page = DocumentsPage(make_ctx(env.koordinator))
    page.ctx.local.set(settings.DOCUMENTS_DIR, str(tmp_path / "dokumen"))
    qtbot.addWidget(page)
    _settled(qtbot)
    kinds = [(page.kind.itemText(i), page.kind.itemData(i)) for i in range(1, page.kind.count())]
    assert kinds == [("Berita Acara Serah Terima", "bast"), ("Surat Jalan", "manifest"),
                     ("Surat Perintah Tugas", "spt"), ("Berita Acara Penerimaan Barang", "penerimaan"),
                     ("Surat Bukti Barang Keluar", "pengeluaran"),
                     ("Surat Jalan Mutasi Antargudang", "mutasi"),
                     ("Berita Acara Stock Opname", "opname"), ("Berita Acara Penghapusan", "penghapusan"),
                     ("Pengiriman", "pengiriman"), ("Berita Acara Pinjam Pakai", "pinjam_pakai"),
                     ("Berita Acara Pengembalian", "ba_pengembalian"), ("Koreksi (pembatalan)", "koreksi"),
                     ("Permintaan Bantuan", "permintaan"), ("Distribusi bantuan", "distribusi")]
    page.kind.setCurrentIndex(page.kind.findData("penghapusan"))
    _settled(qtbot)
    assert [(r.number, r.doc_type_label) for r in page.model.rows()] == [(number, "Berita Acara Penghapusan")]
    page.table.selectRow(0)
    assert page.reprint_button.isEnabled()
    qtbot.mouseClick(page.reprint_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: bool(opened))
    assert "SALINAN ke-1" in PdfReader(opened[0]).pages[0].extract_text()
    with env.db.read() as s:
        payload = verification.list_prints(s, number)[1].payload
    dialog = page.open_verify()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.code, payload)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert dialog.report is not None and dialog.report.matches
    assert "Jenis: Berita Acara Penghapusan" in dialog.result.text()


def test_models_pass_the_model_tester(qtbot, qtmodeltester, env):  # noqa: F811
    a, b = env.new(), env.new()
    env.add(a, "BRS", 5)
    with env.db.read() as s:
        rows = D.list_dispatches(s)
        docs = documents.list_documents(s)
    model = DispatchListModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.row_of(b) == 0
    model.set_rows(rows)  # the same rows again change nothing
    doc_model = DocumentListModel()
    doc_model.set_rows(docs)
    qtmodeltester.check(doc_model)


def test_documents_page_checks_a_typed_code_and_offers_a_new_document(qtbot, make_ctx, env, tmp_path,  # noqa: F811
                                                                       opened, monkeypatch):
    """The code read off the paper is typed into the page's field and checked with "Periksa"; a reprint of a
    paper whose record changed is refused with what changed, and "Buat dokumen baru" takes a new number."""
    from sqlalchemy import update

    from deployment.dispatch.models import DispatchPick
    from ui import dialogs

    number = env.new(recipient_name="Siti Penerima")
    env.add(number, "BRS", 5)
    env.approve(number)
    first = env.db.write(lambda s: documents.print_manifest(s, env.gudang, number, directory=tmp_path))
    typed = next(w for w in PdfReader(first.path).pages[0].extract_text().split() if len(w) == 11 and w[5] == "-")
    ctx = make_ctx(env.gudang)
    ctx.local.set(tagana_settings.DOCUMENTS_DIR, str(tmp_path / "dokumen"))
    page = DocumentsPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    qtbot.keyClicks(page.verify_panel.code, typed)
    qtbot.mouseClick(page.verify_panel.check_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert page.verify_panel.report is not None and page.verify_panel.report.matches
    assert "ASLI" in page.verify_panel.result.text()

    env.db.write(lambda s: s.execute(update(DispatchPick).values(quantity=4)))
    qtbot.mouseClick(page.verify_panel.check_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert not page.verify_panel.report.matches
    assert "Baris 1 (Beras): jumlah tercetak 5, di basis data 4" in page.verify_panel.result.text()
    page.grab().save(str(tmp_path / "dokumen-periksa.png"))

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "choose", lambda parent, title, text, action: asked.append(text) or True)
    page.table.selectRow(0)
    qtbot.mouseClick(page.reprint_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert asked and "Baris 1 (Beras)" in asked[0]
    qtbot.waitUntil(lambda: bool(opened))
    assert f"Menggantikan dokumen nomor {first.number}" in PdfReader(opened[0]).pages[0].extract_text()
    qtbot.waitUntil(lambda: {r.status for r in page.model.rows() if r.doc_type == "manifest"} == {"replaced", "issued"})
