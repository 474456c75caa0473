"""Settings, tab "Tanda tangan elektronik": the administrator sets up the office's certificate from a file and
its password, sees which certificate signs, and removes it; a wrong password is refused; others only look."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from tagana_app import esign
from tagana_app.models import AppSetting
from tests.conftest import make_user
from tests.esign_certs import P12_PASSWORD, SIGNER_NAME, make_certificates
from tests.ui.test_settings_page import _open_settings, _settled
from ui import dialogs
from ui.main_window import MainWindow
from ui.pages.esign_panel import EsignPanel


@pytest.fixture(scope="module")
def certs():  # noqa: ANN201
    return make_certificates()


def _open(qtbot, ctx) -> tuple[MainWindow, EsignPanel]:  # noqa: ANN001
    window, page = _open_settings(qtbot, ctx)
    page.tabs.setCurrentIndex(page.tabs.count() - 1)
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Tanda tangan elektronik"
    return window, page.esign


def _stored(ctx) -> bool:  # noqa: ANN001
    with ctx.db.read() as s:
        return s.get(AppSetting, esign.CERTIFICATE_KEY) is not None


def test_the_admin_sets_up_and_removes_the_certificate(qtbot, ctx, tmp_path, certs, monkeypatch,
                                                       no_modal_dialogs) -> None:
    p12 = tmp_path / "sertifikat-kantor.p12"
    p12.write_bytes(certs.p12)
    monkeypatch.setattr(dialogs, "open_file_name", lambda *args: p12)
    window, panel = _open(qtbot, ctx)
    assert "Tidak ada sertifikat" in panel.status.text() and not panel.remove_button.isEnabled()

    qtbot.mouseClick(panel.choose, Qt.MouseButton.LeftButton)
    assert panel.path.text() == str(p12)
    qtbot.keyClicks(panel.password, "bukan-sandinya")
    qtbot.mouseClick(panel.install_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert no_modal_dialogs[-1] == ("warn", "Kata sandi sertifikat 'sertifikat-kantor.p12' salah.")
    assert not _stored(ctx) and panel.password.text() == ""

    qtbot.keyClicks(panel.password, P12_PASSWORD)
    qtbot.mouseClick(panel.install_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert no_modal_dialogs[-1][0] == "inform" and SIGNER_NAME in no_modal_dialogs[-1][1]
    assert _stored(ctx) and panel.path.text() == "" and panel.password.text() == ""
    shown = panel.status.text()
    assert SIGNER_NAME in shown and "CN=CA Uji Tagana" in shown and "01-01-2090" in shown
    assert panel.remove_button.isEnabled()
    if os.environ.get("TAGANA_GRAB_DIR"):
        window.grab().save(os.path.join(os.environ["TAGANA_GRAB_DIR"], "esign-panel.png"))

    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert no_modal_dialogs[-1][0] == "confirm"
    qtbot.waitUntil(lambda: "Tidak ada sertifikat" in panel.status.text())
    assert not _stored(ctx) and not panel.remove_button.isEnabled()


def test_other_users_see_the_certificate_but_cannot_change_it(qtbot, db, admin, make_ctx, tmp_path, certs) -> None:
    p12 = tmp_path / "kantor.p12"
    p12.write_bytes(certs.p12)
    db.write(lambda s: esign.setup(s, admin, p12, P12_PASSWORD))
    window, panel = _open(qtbot, make_ctx(make_user(db, "pejabat", "pejabat", admin)))
    qtbot.waitUntil(lambda: SIGNER_NAME in panel.status.text())
    assert not panel.remove_button.isVisibleTo(panel)
    assert not panel.install_button.isVisibleTo(panel) and not panel.password.isVisibleTo(panel)
