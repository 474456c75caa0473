"""Through the window: an admin records a user's NIP, rank and position, and names who signs what."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from tagana_app import settings, signatories
from tagana_app.models import User
from ui import ops
from ui.pages.settings import SettingsPage
from ui.pages.users import PersonDialog

NIP = "198003152005011002"


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy())


def _page(qtbot, ctx, count: int) -> SettingsPage:  # noqa: ANN001
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.users.model.rowCount() == count)
    return page


def _type(qtbot, edit, text: str) -> None:  # noqa: ANN001
    edit.selectAll()
    edit.del_()
    qtbot.keyClicks(edit, text)


def test_admin_fills_nip_rank_and_position_and_a_bad_nip_is_refused(qtbot, ctx, users, tmp_path) -> None:
    page = _page(qtbot, ctx, len(users))
    page.users.table.selectRow([u.username for u in page.users.model.users].index("pejabat"))
    qtbot.mouseClick(page.users.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.users.findChild(PersonDialog)
    assert dialog.isVisible() and dialog.full_name.text() == "Pejabat"
    _type(qtbot, dialog.full_name, "Dra. Wulan Sari, M.Si.")
    _type(qtbot, dialog.nip, "19800315200501300")  # 17 digits
    _type(qtbot, dialog.rank, "Pembina Utama Muda (IV/c)")
    _type(qtbot, dialog.position, "Kepala Dinas Sosial Kabupaten Bengkulu Tengah")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert dialog.isVisible() and "NIP '19800315200501300' tidak valid: harus 18 digit" in dialog.error.text()
    dialog.grab().save(str(tmp_path / "data-pengguna.png"))
    with ctx.db.read() as s:
        assert s.scalar(select(User.full_name).where(User.username == "pejabat")) == "Pejabat"  # nothing saved
    _type(qtbot, dialog.nip, "19800315 200501 1 002")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with ctx.db.read() as s:
        user = s.scalar(select(User).where(User.username == "pejabat"))
        assert (user.full_name, user.nip, user.rank, user.position) == (
            "Dra. Wulan Sari, M.Si.", NIP, "Pembina Utama Muda (IV/c)", "Kepala Dinas Sosial Kabupaten Bengkulu Tengah")
    qtbot.waitUntil(lambda: NIP in [u.nip for u in page.users.model.users])
    page.grab().save(str(tmp_path / "pengguna.png"))


def test_admin_names_who_signs_in_the_penandatangan_section(qtbot, ctx, users, no_modal_dialogs, tmp_path) -> None:
    page = _page(qtbot, ctx, len(users))
    form = page.office
    chosen = {settings.SIGNER_KEPALA_DINAS: "pejabat", settings.SIGNER_PIHAK_PERTAMA: "koordinator",
              settings.SIGNER_PENGURUS_BARANG: "gudang"}
    for setting, username in chosen.items():
        combo = form.signers[setting]
        assert combo.currentData() == ""  # "(belum ditunjuk)"
        combo.setCurrentIndex(combo.findData(username))
    assert form.signers[settings.SIGNER_KEPALA_DINAS].currentText() == "Pejabat (pejabat)"
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert no_modal_dialogs[-1] == ("inform", "Profil kantor disimpan.")
    with ctx.db.read() as s:
        assert {setting: settings.get_office(s, setting) for setting in chosen} == chosen
        assert signatories.find(s, signatories.PIHAK_PERTAMA).username == "koordinator"
    page.resize(1100, 760)
    form.grab().save(str(tmp_path / "penandatangan.png"))

    again = _page(qtbot, ctx, len(users))
    qtbot.waitUntil(lambda: again.office.signers[settings.SIGNER_PENGURUS_BARANG].currentData() == "gudang")
    assert again.office.signers[settings.SIGNER_KEPALA_DINAS].currentData() == "pejabat"
