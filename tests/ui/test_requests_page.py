"""The "Permintaan" page driven as each person would: a koordinator records a village's letter, a
pejabat decides it (one line in part, one refused), the koordinator makes a dispatch from it in the
main window and submits it, the pejabat approves it, the warehouse sends it; nobody decides a request
they recorded (button disabled, service refuses); a request is cancelled with a reason."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from deployment import requests as R
from deployment.requests import RequestInput, RequestLineInput
from inventory.models import Item
from tagana_app import clock, settings
from tagana_app.errors import PermissionDenied
from tagana_app.permissions import OwnWorkRefused
from tests.dispatch.conftest import KEC, env  # noqa: F401 - env: the dispatch world as a fixture
from ui import ops
from ui.main_window import MainWindow
from ui.pages.dispatches import DispatchesPage
from ui.pages.requests import RequestsPage

LETTER = RequestInput(incident="", requester_kind="kecamatan", region_code=KEC, requester_name="Budi Contoh",
                      letter_number="140/27/PK/2026", letter_date=clock.today(),
                      lines=[RequestLineInput("MSS", 100), RequestLineInput("FK", 50)], people={"logistik": 2},
                      requester_position="Camat")


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)


def _page(qtbot, make_ctx, actor, like=None) -> RequestsPage:  # noqa: ANN001
    """A page for ``actor``; ``like`` shares another page's change signal, as two desktops' pages do not,
    but as one window's pages do (so a write on one shows on the other without a manual refresh)."""
    page = RequestsPage(replace(like.ctx, actor=actor) if like is not None else make_ctx(actor))
    qtbot.addWidget(page)
    _settled(qtbot)
    return page


def _click(qtbot, button) -> None:  # noqa: ANN001
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _settled(qtbot)


def _choose(qtbot, pairs, label: str, count: int) -> None:  # noqa: ANN001
    """Type the thing into the combo as a person types it, the number, then "Tambah"."""
    pairs.what.lineEdit().clear()
    qtbot.keyClicks(pairs.what.lineEdit(), label)
    pairs.count.setValue(count)
    qtbot.mouseClick(pairs.add_button, Qt.MouseButton.LeftButton)


def test_a_request_from_the_letter_to_a_sent_dispatch(qtbot, make_ctx, env, tmp_path: Path) -> None:  # noqa: F811
    local_ctx = make_ctx(env.koordinator)
    local_ctx.local.set(settings.DOCUMENTS_DIR, str(tmp_path / "dokumen"))
    window = MainWindow(local_ctx)
    qtbot.addWidget(window)
    window.show_section("requests")
    koord: RequestsPage = window.page("requests")
    _settled(qtbot)
    assert koord.new_button.isEnabled()

    # The koordinator types the letter in; Enter in a field never saves, a missing name is refused inline.
    dialog = koord.open_new()
    qtbot.addWidget(dialog)
    _settled(qtbot)
    assert dialog.incident.currentData() == env.incident
    dialog.kind.setCurrentIndex(dialog.kind.findData("kecamatan"))
    qtbot.keyClicks(dialog.region.text, KEC)
    assert "Pondok Kelapa" in dialog.region.hint.text()
    qtbot.keyClick(dialog.region.text, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.isHidden()
    _choose(qtbot, dialog.goods, "Makanan siap saji (MSS)", 100)
    _choose(qtbot, dialog.goods, "Family kit (FK)", 50)
    _choose(qtbot, dialog.people, "logistik", 2)
    assert dialog.goods.pairs() == [("MSS", 100), ("FK", 50)] and dialog.people.pairs() == [("logistik", 2)]
    qtbot.keyClicks(dialog.letter_number, "140/27/PK/2026")
    qtbot.keyClick(dialog.letter_number, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _settled(qtbot)
    assert dialog.isVisible() and "Nama pemohon wajib diisi" in dialog.error.text()
    qtbot.keyClicks(dialog.name, "Budi Contoh")
    qtbot.keyClicks(dialog.position, "Camat")
    qtbot.keyClicks(dialog.requester_id, "12345")  # neither NIK nor NIP: the service's refusal, nothing lost
    _click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "bukan NIK" in dialog.error.text() and dialog.name.text() == "Budi Contoh"
    dialog.requester_id.setText("197501012000031002")
    with qtbot.waitSignal(dialog.accepted):
        _click(qtbot, dialog.ok_button)
    _settled(qtbot)
    number = dialog.created.number
    qtbot.waitUntil(lambda: koord.detail.record is not None and koord.detail.record.number == number)
    assert koord.detail.record.status == "diterima" and koord.detail.lines.rowCount() == 3
    # A koordinator does not decide (his own request least of all): the button says who may, the service refuses.
    decide = koord.detail.buttons["decide"]
    assert not decide.isEnabled() and "pejabat" in decide.toolTip()
    with pytest.raises(PermissionDenied):
        env.db.write(lambda s: R.decide_request(s, env.koordinator, number, reject="coba"))

    # The pejabat decides it: MSS in part (a reason is required), FK refused, the two volunteers approved.
    pejabat = _page(qtbot, make_ctx, env.pejabat, like=koord)
    pejabat.select(number)
    assert pejabat.detail.buttons["decide"].isEnabled() and not pejabat.new_button.isEnabled()
    decision = pejabat.detail.decide()
    qtbot.addWidget(decision)
    assert decision.lines["MSS"].approved.value() == 100 and not decision.lines["MSS"].reason.isEnabled()
    decision.lines["MSS"].approved.setValue(60)
    _click(qtbot, decision.ok_button)
    assert decision.isVisible() and "Alasan wajib diisi" in decision.error.text()
    qtbot.keyClicks(decision.lines["MSS"].reason, "stok dibagi dengan Kecamatan Talang Empat")
    decision.lines["FK"].approved.setValue(0)
    qtbot.keyClicks(decision.lines["FK"].reason, "family kit sudah dikirim BPBD")
    qtbot.keyClicks(decision.note, "Segera salurkan")
    with qtbot.waitSignal(decision.accepted):
        _click(qtbot, decision.ok_button)
    _settled(qtbot)
    qtbot.waitUntil(lambda: koord.detail.record.status == "didisposisi")
    record = koord.detail.record
    assert [(x.key, x.approved, x.decision) for x in record.lines] == [("MSS", 60, "sebagian"), ("FK", 0, "ditolak")]
    assert koord.detail.lines.item(1, 4).text() == "ditolak: family kit sudah dikirim BPBD"
    assert not pejabat.detail.buttons["decide"].isEnabled()  # decided once

    # The koordinator makes the dispatch from it: the request's people and what is still owed, prefilled.
    made = koord.detail.make_dispatch()
    qtbot.addWidget(made)
    _settled(qtbot)
    qtbot.waitUntil(lambda: len(made.picks) == 1)
    assert made.recipient.text() == "Budi Contoh" and made.region.text() == KEC
    assert made.chosen_lines() == [("MSS", 60)]  # FK was refused: nothing owed
    qtbot.keyClicks(made.vehicle, "BD 8123 AB")
    with qtbot.waitSignal(made.accepted):
        _click(qtbot, made.ok_button)
    _settled(qtbot)
    dispatch_number = made.created.number
    assert made.created.request == number and window.current_section() == "dispatches"
    dispatches: DispatchesPage = window.page("dispatches")
    qtbot.waitUntil(lambda: dispatches.editor.record is not None
                    and dispatches.editor.record.number == dispatch_number)
    assert [(x.item, x.quantity) for x in dispatches.editor.record.lines] == [("MSS", 60)]
    _click(qtbot, dispatches.editor.buttons["submit"])  # "Ajukan"
    qtbot.waitUntil(lambda: dispatches.editor.record.status == "submitted")

    def other(actor) -> DispatchesPage:  # noqa: ANN001
        page = DispatchesPage(replace(dispatches.ctx, actor=actor))
        qtbot.addWidget(page)
        _settled(qtbot)
        page.select(dispatch_number)
        _settled(qtbot)
        qtbot.waitUntil(lambda: page.editor.record is not None)
        return page
    _click(qtbot, other(env.pejabat).editor.buttons["approve"])
    _click(qtbot, other(env.gudang).editor.buttons["send"])
    qtbot.waitUntil(lambda: dispatches.editor.record.status == "sent")

    # Back on the request: 60 of MSS fulfilled by the sent dispatch, which it lists.
    window.show_section("requests")
    _settled(qtbot)
    qtbot.waitUntil(lambda: koord.detail.record.lines[0].fulfilled == 60)
    assert dispatch_number in koord.detail.decision.text()
    assert koord.detail.lines.item(0, 3).text() == "60 paket"


def test_a_request_is_cancelled_with_a_reason_and_others_only_look(qtbot, make_ctx, env) -> None:  # noqa: F811
    number = env.db.write(lambda s: R.add_request(s, env.koordinator, replace(LETTER, incident=env.incident))).number
    looker = _page(qtbot, make_ctx, env.pemantau)
    looker.select(number)
    assert not looker.new_button.isEnabled() and "koordinator" in looker.new_button.toolTip()
    assert not any(b.isEnabled() for b in looker.detail.buttons.values())
    koord = _page(qtbot, make_ctx, env.koordinator, like=looker)
    koord.select(number)
    assert not koord.detail.buttons["dispatch"].isEnabled()  # not decided yet
    dialog = koord.detail.cancel()
    qtbot.addWidget(dialog)
    _click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "Alasan wajib diisi" in dialog.error.text()
    qtbot.keyClicks(dialog.reason, "surat tercatat dua kali")
    with qtbot.waitSignal(dialog.accepted):
        _click(qtbot, dialog.ok_button)
    _settled(qtbot)
    qtbot.waitUntil(lambda: looker.detail.record.status == "dibatalkan")
    assert "surat tercatat dua kali" in looker.detail.decision.text()
    # "Perlu tindakan" lists open requests only: the cancelled one is gone from it.
    koord.status.setCurrentIndex(koord.status.findText("Perlu tindakan"))
    _settled(qtbot)
    assert koord.model.row_of(number) is None


def test_a_pejabat_refuses_a_whole_request(qtbot, make_ctx, env) -> None:  # noqa: F811
    number = env.db.write(lambda s: R.add_request(s, env.koordinator, replace(LETTER, incident=env.incident))).number
    pejabat = _page(qtbot, make_ctx, env.pejabat)
    pejabat.select(number)
    decision = pejabat.detail.decide()
    qtbot.addWidget(decision)
    refuse = decision.open_reject()
    qtbot.addWidget(refuse)
    qtbot.keyClicks(refuse.reason, "bukan wilayah terdampak")
    with qtbot.waitSignal(decision.accepted):
        _click(qtbot, refuse.ok_button)
    _settled(qtbot)
    qtbot.waitUntil(lambda: pejabat.detail.record.status == "ditolak")
    assert all(x.decision == "ditolak" for x in (*pejabat.detail.record.lines, *pejabat.detail.record.people))
    assert not pejabat.detail.buttons["dispatch"].isEnabled() and not pejabat.detail.buttons["cancel"].isEnabled()


def test_overdue_counts_working_days(qtbot, make_ctx, env) -> None:  # noqa: F811
    """Received on a Friday with one working day: due on Monday, overdue from Tuesday; shown in the list."""
    friday = clock.today() - timedelta(days=(clock.today().weekday() - 4) % 7 + 7)
    assert R.due_date(friday, 1) == friday + timedelta(days=3)
    number = env.db.write(lambda s: R.add_request(s, env.koordinator, replace(
        LETTER, incident=env.incident, received_on=friday, letter_date=friday))).number
    with env.db.read() as s:
        record = R.get_request(s, number)
    assert not R.is_overdue(record, friday + timedelta(days=3), 1) and R.is_overdue(record, friday + timedelta(days=4), 1)
    page = _page(qtbot, make_ctx, env.koordinator)
    row = page.model.row_of(number)
    assert page.model.index(row, 5).data() == "diterima · terlambat"


def test_nobody_decides_a_request_they_recorded(qtbot, make_ctx, env) -> None:  # noqa: F811
    """The admin may record and decide, but not both on one request: disabled, and refused by the service."""
    own = env.db.write(lambda s: R.add_request(s, env.admin, replace(LETTER, incident=env.incident))).number
    other = env.db.write(lambda s: R.add_request(s, env.koordinator, replace(
        LETTER, incident=env.incident, letter_number="140/28/PK/2026"))).number
    page = _page(qtbot, make_ctx, env.admin)
    page.select(own)
    decide = page.detail.buttons["decide"]
    assert not decide.isEnabled() and "pekerjaannya sendiri" in decide.toolTip()
    with pytest.raises(OwnWorkRefused):
        env.db.write(lambda s: R.decide_request(s, env.admin, own, reject="coba"))
    page.select(other)
    assert decide.isEnabled() and decide.toolTip() == ""


def test_a_need_category_is_answered_by_the_item_the_koordinator_picks(qtbot, make_ctx, env) -> None:  # noqa: F811
    """100 kg of beras asked and approved; rice is kept in 5 kg packs: 20 packs offered, the koordinator
    sends 10 now (the rest is still owed for a later dispatch)."""
    env.db.write(lambda s: s.execute(update(Item).where(Item.code == "BRS")
                                     .values(need_category="beras", content_per_unit=Decimal(5))))
    number = env.db.write(lambda s: R.add_request(s, env.koordinator, replace(
        LETTER, incident=env.incident, lines=[RequestLineInput("beras", 100)], people={}))).number
    env.db.write(lambda s: R.decide_request(s, env.pejabat, number, lines={"beras": R.Decision(100)}))
    page = _page(qtbot, make_ctx, env.koordinator)
    page.select(number)
    made = page.detail.make_dispatch()
    qtbot.addWidget(made)
    _settled(qtbot)
    qtbot.waitUntil(lambda: len(made.picks) == 1)
    goods, spin = made.picks[0]
    assert goods.currentData().code == "BRS" and spin.value() == 20
    spin.selectAll()
    qtbot.keyClicks(spin, "10")
    with qtbot.waitSignal(made.accepted):
        _click(qtbot, made.ok_button)
    _settled(qtbot)
    assert [(x.item, x.quantity) for x in made.created.lines] == [("BRS", 10)]
    again = page.detail.make_dispatch()
    qtbot.addWidget(again)
    _settled(qtbot)
    qtbot.waitUntil(lambda: len(again.picks) == 1)
    assert again.owed[0].owed == 50 and again.picks[0][1].value() == 10  # 50 kg still owed: 10 packs


def test_volunteers_asked_for_are_assigned_from_the_request(qtbot, make_ctx, env) -> None:  # noqa: F811
    """A decided request asking for two logistics volunteers: "Tugaskan relawan..." opens the incident's
    assignment dialog with the role still short; the assignment answers the request (one of two now)."""
    from PySide6.QtWidgets import QLabel
    from sqlalchemy import select

    from deployment.models import AidRequest, Assignment, Volunteer

    number = env.db.write(lambda s: R.add_request(s, env.koordinator, replace(LETTER, incident=env.incident))).number
    env.db.write(lambda s: R.decide_request(s, env.pejabat, number, lines={"MSS": R.Decision(100), "FK": R.Decision(50)},
                                            people={"logistik": R.Decision(2)}))
    looker = _page(qtbot, make_ctx, env.pemantau)
    looker.select(number)
    _settled(qtbot)
    qtbot.waitUntil(lambda: looker.detail.record is not None and looker.detail.record.number == number)
    assert not looker.detail.buttons["assign"].isEnabled() and "koordinator" in looker.detail.buttons["assign"].toolTip()

    koord = _page(qtbot, make_ctx, env.koordinator, like=looker)
    koord.select(number)
    _settled(qtbot)
    qtbot.waitUntil(lambda: koord.detail.record is not None and koord.detail.record.number == number)
    dialog = koord.detail.assign()
    qtbot.addWidget(dialog)
    assert dialog.role.currentData() == "logistik"
    assert any(f"Menjawab permintaan {number}" in label.text() for label in dialog.findChildren(QLabel))
    qtbot.keyClicks(dialog.search, env.outsider)  # the volunteer not yet on duty, found by NIK
    qtbot.waitUntil(lambda: dialog.volunteer_id() is not None)
    qtbot.waitUntil(lambda: dialog.check is not None and dialog.ok_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: looker.detail.record.people[0].fulfilled == 1)
    with env.db.read() as s:
        made = s.execute(select(Volunteer.nik, AidRequest.number).join(Assignment, Assignment.volunteer_id == Volunteer.id)
                         .join(AidRequest, AidRequest.id == Assignment.request_id)).all()
        assert [tuple(row) for row in made] == [(env.outsider, number)]
    assert koord.detail.buttons["assign"].isEnabled()  # one of two: still short
