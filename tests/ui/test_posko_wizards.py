"""Setting up a posko through the window, as the two people do it: at the office a koordinator runs
"Buat posko" (the posko and its set-up file); on the posko laptop's empty database the first start
leads to "Siapkan laptop posko" (the fingerprint the office reads is typed and checked, the admin made,
the reply saved); back at the office "Ambil balasan posko" with the posko's fingerprint pairs it.
The office is on the test's backend (SQLite and PostgreSQL), the laptop a SQLite file."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import select

from deployment.exchange import posko, sites
from deployment.exchange.models import Site
from tagana_app.accounts import Actor
from tagana_app.db import Database
from tests.conftest import TEST_PASSWORD
from tests.deployment.conftest import add_incident
from tests.exchange.pairs import fresh_sqlite
from tests.ui.test_app import DialogPlan
from ui import dialogs, ops, startup
from ui.changes import AppChanges
from ui.context import AppContext
from ui.login_dialog import FirstStartDialog
from ui.pages.posko_dialogs import CreatePoskoWizard, RevokePoskoDialog, TakeReplyDialog
from ui.pages.poskos import PoskosPage
from ui.posko_setup import PoskoSetupWizard


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)


def _click(qtbot, button) -> None:  # noqa: ANN001
    assert button.isEnabled() and button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _settled(qtbot)


def _next(qtbot, wizard: QWizard) -> None:  # noqa: ANN001
    page = wizard.currentPage()
    which = QWizard.WizardButton.CommitButton if page.isCommitPage() else QWizard.WizardButton.NextButton
    _click(qtbot, wizard.button(which))


def _type(qtbot, field, text: str) -> None:  # noqa: ANN001
    field.clear()
    qtbot.keyClicks(field, text)


def _fingerprint(db: Database) -> str:
    return db.write(sites.self_site).fingerprint  # made on the first call


@pytest.fixture
def office(db: Database, users: dict[str, Actor]) -> tuple[Database, Actor, str]:
    coord = users["koordinator"]
    return db, coord, add_incident(db, coord).number


def _shot(widget, name: str) -> None:  # noqa: ANN001
    """With TAGANA_SHOTS set, the wizard page as a picture there, to look at (nothing otherwise)."""
    shots = os.environ.get("TAGANA_SHOTS")
    if shots:
        widget.grab().save(str(Path(shots) / name))


def _create_posko(qtbot, page: PoskosPage, monkeypatch, setup_path: Path, incident: str) -> CreatePoskoWizard:  # noqa: ANN001
    monkeypatch.setattr(dialogs, "save_file_name", lambda *a: setup_path)
    _click(qtbot, page.buttons["create"])
    wizard = page.findChild(CreatePoskoWizard)
    assert wizard is not None
    qtbot.addWidget(wizard)
    _settled(qtbot)
    first = wizard.currentPage()
    _next(qtbot, wizard)  # nothing typed: refused on the page
    assert wizard.currentId() == CreatePoskoWizard.POSKO and first.error.isVisible()
    _type(qtbot, first.code, "psk-01")
    _type(qtbot, first.name, "Pondok Kelapa")
    first.incident.setCurrentIndex(first.incident.findData(incident))
    _next(qtbot, wizard)
    assert wizard.currentId() == CreatePoskoWizard.FILE and "PSK-01" in wizard.currentPage().summary.text()
    _shot(wizard, "kantor-2-berkas.png")
    _next(qtbot, wizard)  # "Buat posko & simpan berkas...": the save dialog, then the posko and its file
    qtbot.waitUntil(lambda: wizard.currentId() == CreatePoskoWizard.DONE, timeout=15_000)
    _shot(wizard, "kantor-3-sidik.png")
    return wizard


def _set_up_laptop(qtbot, wizard: PoskoSetupWizard, monkeypatch, setup_path: Path, reply_path: Path,  # noqa: ANN001
                   office_fp: str) -> None:
    monkeypatch.setattr(dialogs, "open_file_name", lambda *a: setup_path)
    monkeypatch.setattr(dialogs, "save_file_name", lambda *a: reply_path)
    _click(qtbot, wizard.currentPage().choose_button)
    assert wizard.currentPage().isComplete()
    _next(qtbot, wizard)
    check = wizard.currentPage()
    assert wizard.currentId() == PoskoSetupWizard.CHECK
    assert check.office_fingerprint.text() == office_fp and "PSK-01" in check.posko.text()
    _type(qtbot, check.spoken, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")  # misheard: refused, nothing made
    _next(qtbot, wizard)
    assert wizard.currentId() == PoskoSetupWizard.CHECK and "tidak sama" in check.error.text()
    _shot(wizard, "laptop-2-periksa.png")
    _type(qtbot, check.spoken, office_fp.lower().replace("-", " "))  # as typed from the phone
    _next(qtbot, wizard)
    admin = wizard.currentPage()
    assert wizard.currentId() == PoskoSetupWizard.ADMIN
    _type(qtbot, admin.full_name, "Petugas Posko")
    _type(qtbot, admin.password, TEST_PASSWORD)
    _type(qtbot, admin.password2, TEST_PASSWORD)
    _shot(wizard, "laptop-3-admin.png")
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == PoskoSetupWizard.DONE, timeout=15_000)
    _shot(wizard, "laptop-4-sidik.png")


def test_office_creates_the_posko_the_laptop_joins_and_the_office_takes_the_reply(
        qtbot, office, make_ctx, local, monkeypatch, _templates, tmp_path: Path) -> None:  # noqa: ANN001
    db, coord, incident = office
    page = PoskosPage(make_ctx(coord))
    qtbot.addWidget(page)
    page.show()
    _settled(qtbot)
    assert page.buttons["create"].isEnabled() and not page.buttons["revoke"].isEnabled()  # a koordinator
    setup_path, reply_path = tmp_path / "PSK-01-setup.tagana", tmp_path / "PSK-01-balasan.tagana"
    office_fp = _fingerprint(db)
    wizard = _create_posko(qtbot, page, monkeypatch, setup_path, incident)
    assert setup_path.exists() and wizard.currentPage().fingerprint.text() == office_fp
    assert str(setup_path) in wizard.currentPage().next_steps.text()
    _click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    _settled(qtbot)
    assert page.selected_code() == "PSK-01" and page.buttons["setup"].isEnabled()
    assert "Menunggu" in page.detail.title.text()

    laptop = fresh_sqlite(_templates, tmp_path / "posko.db")
    try:
        setup = PoskoSetupWizard(laptop, local)
        qtbot.addWidget(setup)
        setup.show()
        _set_up_laptop(qtbot, setup, monkeypatch, setup_path, reply_path, office_fp)
        posko_fp = _fingerprint(laptop)
        assert reply_path.exists() and setup.currentPage().fingerprint.text() == posko_fp
        assert setup.actor is not None and setup.actor.username == "admin" and setup.actor.role == "admin"
        with laptop.read() as s:
            me = sites.self_site(s)
            assert (me.code, me.kind) == ("PSK-01", "posko")
        at_posko = PoskosPage(AppContext(laptop, setup.actor, local, AppChanges()))  # a posko makes no posko
        qtbot.addWidget(at_posko)
        _settled(qtbot)
        assert not at_posko.is_office and not at_posko.buttons["create"].isEnabled()
        assert "laptop posko" in at_posko.buttons["create"].toolTip()
    finally:
        laptop.dispose()

    monkeypatch.setattr(dialogs, "open_file_name", lambda *a: reply_path)
    _click(qtbot, page.buttons["reply"])
    dialog = page.findChild(TakeReplyDialog)
    qtbot.addWidget(dialog)
    _click(qtbot, dialog.browse)
    assert dialog.file.text() == str(reply_path)
    _type(qtbot, dialog.fingerprint, office_fp)  # the office's own, not the posko's: refused
    _click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and dialog.error.isVisible() and posko_fp in dialog.error.text()
    with db.read() as s:
        assert s.scalar(select(Site.status).where(Site.code == "PSK-01")) == "menunggu"
    _type(qtbot, dialog.fingerprint, posko_fp)
    _click(qtbot, dialog.ok_button)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.outcome.status == "dipasangkan"
    with db.read() as s:
        assert s.scalar(select(Site.status).where(Site.code == "PSK-01")) == "aktif"
    _settled(qtbot)
    assert page.selected_code() == "PSK-01" and posko_fp in page.detail.info.text()
    assert not page.buttons["setup"].isEnabled()


def test_a_pemantau_sees_the_poskos_and_a_pejabat_revokes_one(qtbot, office, make_ctx, users, monkeypatch,
                                                               tmp_path: Path) -> None:  # noqa: ANN001
    db, coord, incident = office
    db.write(lambda s: posko.create_posko(s, coord, "PSK-02", name="Karang Tinggi", incident_number=incident))
    viewer = PoskosPage(make_ctx(users["pemantau"]))
    qtbot.addWidget(viewer)
    _settled(qtbot)
    assert viewer.selected_code() == "PSK-02"
    assert not any(b.isEnabled() for b in viewer.buttons.values())
    assert viewer.buttons["create"].toolTip()  # says who may

    page = PoskosPage(make_ctx(users["pejabat"]))
    qtbot.addWidget(page)
    page.show()
    _settled(qtbot)
    setup_again = tmp_path / "lagi.tagana"
    monkeypatch.setattr(dialogs, "save_file_name", lambda *a: setup_again)
    _click(qtbot, page.buttons["setup"])
    assert posko.read_setup(setup_again.read_bytes()).posko_code == "PSK-02"
    _click(qtbot, page.buttons["revoke"])
    dialog = page.findChild(RevokePoskoDialog)
    qtbot.addWidget(dialog)
    _click(qtbot, dialog.ok_button)  # no reason: refused in the dialog
    assert dialog.isVisible() and dialog.error.isVisible()
    _type(qtbot, dialog.reason, "Laptop posko hilang")
    _click(qtbot, dialog.ok_button)
    with db.read() as s:
        assert s.scalar(select(Site.status).where(Site.code == "PSK-02")) == "dicabut"
    _settled(qtbot)
    assert "Dicabut" in page.detail.title.text() and not page.buttons["revoke"].isEnabled()


def test_the_first_start_of_an_empty_database_sets_up_the_posko_and_signs_in_its_admin(
        qtbot, office, local, monkeypatch, _templates, tmp_path: Path) -> None:  # noqa: ANN001
    db, coord, incident = office
    setup_path, reply_path = tmp_path / "PSK-01-setup.tagana", tmp_path / "balasan.tagana"
    setup_path.write_bytes(db.write(lambda s: posko.create_posko(s, coord, "PSK-01", name="Pondok Kelapa",
                                                                 incident_number=incident)).data)
    office_fp = _fingerprint(db)
    path = tmp_path / "posko.db"
    fresh_sqlite(_templates, path).dispose()
    opening = startup.Opening(partial(startup.open_database, str(path), local), lambda: None)

    def run_wizard(wizard: PoskoSetupWizard) -> None:
        _set_up_laptop(qtbot, wizard, monkeypatch, setup_path, reply_path, office_fp)
        _click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))

    plan = DialogPlan((FirstStartDialog, lambda dialog: dialog.posko_button.click()), (PoskoSetupWizard, run_wizard))
    try:
        signed = startup.sign_in(opening, local, new_database=True, load_demo=None, import_window=lambda **_: None)
    finally:
        opening.close()
    assert plan.done() and signed is not None
    assert (signed.actor.username, signed.actor.role) == ("admin", "admin") and reply_path.exists()
    assert signed.posko is not None and (signed.posko.code, signed.posko.kind) == ("PSK-01", "posko")
