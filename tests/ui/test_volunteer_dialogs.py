"""A koordinator adds and changes volunteers in the window as a person would (typing, clicking, Enter that
never saves), with a skill and its certificate; a bad NIK is refused in the dialog and nothing typed is lost.
And the impact figures: typing 150 into KK after one click gives 150, KK above jiwa is refused on the field,
a big jump is asked about first."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox

from deployment import incidents as incident_service
from deployment import volunteers as vs
from tagana_app import clock
from tests.deployment.conftest import add_incident, add_volunteer, make_nik
from ui import dialogs, ops
from ui.pages.incidents import IncidentsPage
from ui.pages.volunteer_dialogs import VolunteerDialog
from ui.pages.volunteers import VolunteersPage

BIRTH = date(1995, 3, 14)


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)


def _page(qtbot, make_ctx, actor) -> VolunteersPage:  # noqa: ANN001
    page = VolunteersPage(make_ctx(actor))
    qtbot.addWidget(page)
    page.show()
    _settled(qtbot)
    return page


def _opened(qtbot, page: VolunteersPage, button) -> VolunteerDialog:  # noqa: ANN001
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(VolunteerDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.ok_button.isEnabled)  # the regions (and the volunteer) are read
    return dialog


def _click_and_type(qtbot, field, text: str) -> None:  # noqa: ANN001
    """Click at the left end of a field, as a hand does, and type."""
    target = field.lineEdit() if isinstance(field, QAbstractSpinBox) else field
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(3, target.height() // 2))
    qtbot.keyClicks(field, text)


def _pick(combo, code) -> None:  # noqa: ANN001
    combo.setCurrentIndex(combo.findData(code))


def test_koordinator_adds_then_changes_a_volunteer(qtbot, make_ctx, db, users, no_modal_dialogs):  # noqa: ANN001
    page = _page(qtbot, make_ctx, users["koordinator"])
    assert page.add_button.isEnabled() and not page.edit_button.isEnabled()
    dialog = _opened(qtbot, page, page.add_button)
    nik = make_nik(BIRTH, "P", 21)
    qtbot.keyClicks(dialog.nik, nik)
    qtbot.keyClick(dialog.nik, Qt.Key.Key_Return)  # Enter goes on to the next field, it saves nothing
    assert dialog.isVisible() and dialog.name.hasFocus()
    qtbot.keyClicks(dialog.name, "Dewi Lestari")
    qtbot.keyClicks(dialog.phone, "0812 3456 7001")
    _pick(dialog.kecamatan, "17.09.01")
    _pick(dialog.level, "madya")
    qtbot.keyClicks(dialog.emergency_contact, "Siti (ibu)")
    _pick(dialog.skills.skill, "evakuasi")
    _click_and_type(qtbot, dialog.skills.expiry, "30062027")
    qtbot.mouseClick(dialog.skills.add_button, Qt.MouseButton.LeftButton)
    assert dialog.skills.table.rowCount() == 1 and dialog.skills.table.item(0, 2).text() == "30-06-2027"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    with db.read() as s:
        dewi = vs.get_volunteer(s, nik)
    assert (dewi.full_name, dewi.sex, dewi.birth_date, dewi.level, dewi.phone) == (
        "Dewi Lestari", "P", BIRTH, "madya", "+6281234567001")
    assert [(k.skill, k.certificate_expiry) for k in dewi.skills] == [("evakuasi", date(2027, 6, 30))]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)  # the table followed the write

    page.table.selectRow(0)
    assert page.edit_button.isEnabled()
    dialog = _opened(qtbot, page, page.edit_button)
    assert dialog.nik.text() == nik and dialog.name.text() == "Dewi Lestari"
    assert dialog.skills.table.rowCount() == 1 and dialog.kecamatan.currentData() == "17.09.01"
    dialog.phone.selectAll()
    qtbot.keyClicks(dialog.phone, "081234567002")
    _pick(dialog.skills.skill, "dapur_umum")
    dialog.skills.trained_on.set_value(None)
    dialog.skills.expiry.set_value(None)
    qtbot.mouseClick(dialog.skills.add_button, Qt.MouseButton.LeftButton)
    dialog.skills.table.selectRow(1)  # evakuasi, sorted after dapur umum
    qtbot.mouseClick(dialog.skills.remove_button, Qt.MouseButton.LeftButton)
    _pick(dialog.skills.skill, "logistik")  # a certificate that ran out: saved, and said once
    dialog.skills.expiry.set_value(clock.today() - timedelta(days=2))
    qtbot.mouseClick(dialog.skills.add_button, Qt.MouseButton.LeftButton)
    assert dialog.skills.table.item(1, 2).foreground().color().name() == "#b3261e"  # shown red
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter saves
    _settled(qtbot)
    with db.read() as s:
        dewi = vs.get_volunteer(s, nik)
    assert dewi.phone == "+6281234567002" and [k.skill for k in dewi.skills] == ["dapur_umum", "logistik"]
    assert [kind for kind, text in no_modal_dialogs if "Sertifikat logistik sudah habis berlaku" in text] == ["inform"]


def test_a_bad_nik_is_refused_in_the_dialog_and_nothing_typed_is_lost(qtbot, make_ctx, db, users,  # noqa: ANN001
                                                                       monkeypatch):
    page = _page(qtbot, make_ctx, users["koordinator"])
    dialog = _opened(qtbot, page, page.add_button)
    qtbot.keyClicks(dialog.nik, "1709011403")
    qtbot.keyClicks(dialog.name, "Budi Santoso")
    qtbot.keyClicks(dialog.phone, "081234567003")
    qtbot.mouseClick(dialog.skills.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible() and "NIK '1709011403' tidak valid" in dialog.error.text()
    assert dialog.nik.hasFocus()
    assert (dialog.nik.text(), dialog.name.text(), dialog.phone.text()) == ("1709011403", "Budi Santoso",
                                                                           "081234567003")
    assert dialog.skills.table.rowCount() == 1

    # A NIK that says "perempuan" for a man is asked about; "No" keeps the dialog as it is.
    dialog.nik.setText(make_nik(BIRTH, "P", 3))
    _pick(dialog.sex, "L")
    answer: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: answer.append(text) and False)  # "No"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert answer and "tidak sesuai dengan NIK" in answer[0] and dialog.isVisible()
    _settled(qtbot)

    # Refused by the service (the NIK is someone else's): shown on the NIK field, the rest kept.
    other = add_volunteer(db, users["koordinator"], 9, name="Andi")
    dialog.nik.setText(other.nik)
    _pick(dialog.sex, None)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: "sudah terdaftar atas nama Andi" in dialog.error.text())
    assert dialog.isVisible() and dialog.nik.hasFocus() and dialog.name.text() == "Budi Santoso"
    with db.read() as s:
        assert vs.count_volunteers(s) == 1


def test_pemantau_cannot_add_or_change(qtbot, make_ctx, users):  # noqa: ANN001
    page = _page(qtbot, make_ctx, users["pemantau"])
    assert not page.add_button.isEnabled() and page.open_volunteer(None) is None


def _figures_dialog(qtbot, make_ctx, db, users, figures):  # noqa: ANN001
    incident = add_incident(db, users["koordinator"], start=clock.today() - timedelta(days=3), figures=figures)
    page = IncidentsPage(make_ctx(users["koordinator"]))
    qtbot.addWidget(page)
    _settled(qtbot)
    page.select(incident.number)
    qtbot.waitUntil(lambda: page.detail.view is not None and page.detail.view.record.number == incident.number)
    _settled(qtbot)
    dialog = page.open_figures()
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return page, dialog


def test_typing_150_into_kk_gives_150(qtbot, make_ctx, db, users):  # noqa: ANN001
    _page_kept, dialog = _figures_dialog(qtbot, make_ctx, db, users, {"kk": 0, "jiwa": 520, "pengungsi": 90})
    assert dialog.spins["kk"].hasFocus()  # the first field has the focus when the dialog opens
    _click_and_type(qtbot, dialog.spins["kk"], "150")
    assert dialog.spins["kk"].value() == 150
    _click_and_type(qtbot, dialog.spins["pengungsi"], "120")  # a field clicked into: its content replaced
    assert dialog.spins["pengungsi"].value() == 120
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert dialog.updated.figures.kk == 150


def test_kk_above_jiwa_is_refused_on_the_field_and_a_jump_asked(qtbot, make_ctx, db, users,  # noqa: ANN001
                                                                 no_modal_dialogs):
    _page_kept, dialog = _figures_dialog(qtbot, make_ctx, db, users, {"kk": 100, "jiwa": 520, "pengungsi": 90})
    kk = dialog.spins["kk"]
    _click_and_type(qtbot, kk, "1500")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Angka KK (1.500) lebih besar dari jumlah jiwa terdampak (520)" in dialog.error.text()
    assert kk.hasFocus() and kk.lineEdit().selectedText() == "1.500"
    qtbot.keyClicks(kk, "150")  # the selected figure typed over
    _click_and_type(qtbot, dialog.spins["pengungsi"], "400")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    asked = [text for kind, text in no_modal_dialogs if kind == "confirm"]
    assert len(asked) == 1 and "pengungsi: dari 90 menjadi 400" in asked[0] and "KK" not in asked[0]
    assert dialog.updated.figures.kk == 150 and dialog.updated.figures.pengungsi == 400


def test_a_jump_answered_no_saves_nothing(qtbot, make_ctx, db, users, monkeypatch):  # noqa: ANN001
    _page_kept, dialog = _figures_dialog(qtbot, make_ctx, db, users, {"kk": 100, "jiwa": 520, "pengungsi": 90})
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: asked.append(text) and False)  # "No"
    _click_and_type(qtbot, dialog.spins["jiwa"], "5200")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert asked and "jiwa: dari 520 menjadi 5.200" in asked[0]
    assert dialog.isVisible() and dialog.spins["jiwa"].value() == 5200 and dialog.updated is None
    with db.read() as s:
        assert len(incident_service.get_incident(s, dialog.record.number).history) == 1
