from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from tagana_app import accounts, audit, backup, settings
from tests.conftest import TEST_PASSWORD, make_user
from ui import dialogs, ops
from ui.changes import AppChanges
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.settings import SettingsPage


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy())


def _open_settings(qtbot, ctx) -> tuple[MainWindow, SettingsPage]:  # noqa: ANN001
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_section("settings")
    _settled(qtbot)
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    return window, page


def test_office_profile_is_kept_after_reopening_the_window(qtbot, ctx, no_modal_dialogs) -> None:
    window, page = _open_settings(qtbot, ctx)
    form = page.office
    form.fields[settings.OFFICE_NAME].setText("DINAS SOSIAL DAN PEMBERDAYAAN")
    form.fields[settings.HEAD_NIP].setText("197001012000031001")
    form.paper.setCurrentIndex(form.paper.findData("F4"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert no_modal_dialogs[-1] == ("inform", "Profil kantor disimpan.")
    qtbot.waitUntil(lambda: "Dinas Sosial dan Pemberdayaan" in window.windowTitle())
    window.close()

    again, page = _open_settings(qtbot, ctx)
    assert page.office.fields[settings.OFFICE_NAME].text() == "DINAS SOSIAL DAN PEMBERDAYAAN"
    assert page.office.fields[settings.HEAD_NIP].text() == "197001012000031001"
    assert page.office.paper.currentData() == "F4"
    with ctx.db.read() as s:
        assert audit.list_entries(s, audit.AuditFilter(action="settings.update"))[0].username == "admin"


def test_font_chosen_on_the_office_profile_is_what_papers_print_in(qtbot, ctx, no_modal_dialogs, tmp_path) -> None:
    from pypdf import PdfReader

    from tagana_app import pdf

    window, page = _open_settings(qtbot, ctx)
    form = page.office
    assert form.font_choice.currentData() == "dejavu"
    assert form.preview.office.font().family() == "DejaVu Sans"
    form.font_choice.setFocus()
    qtbot.keyClick(form.font_choice, Qt.Key.Key_Down)  # Liberation Sans, the Arial face
    assert form.font_choice.currentData() == "liberation-sans"
    assert form.preview.office.font().family() == "Liberation Sans"  # the kop preview in that face
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert no_modal_dialogs[-1] == ("inform", "Profil kantor disimpan.")
    window.close()

    again, page = _open_settings(qtbot, ctx)
    assert page.office.font_choice.currentData() == "liberation-sans"
    with ctx.db.read() as s:
        profile = pdf.load_profile(s)
    pdf.build_document(tmp_path / "surat.pdf", profile, title="SURAT", story=lambda c: [pdf.para("Isi surat.")])
    fonts = {str(f.get_object()["/BaseFont"]).split("+")[-1]
             for f in PdfReader(tmp_path / "surat.pdf").pages[0]["/Resources"]["/Font"].values()}
    assert fonts == {"LiberationSans", "LiberationSans-Bold"}


def test_local_settings_are_kept_after_reopening_the_window(qtbot, ctx, tmp_path, no_modal_dialogs) -> None:
    window, page = _open_settings(qtbot, ctx)
    form = page.local
    form.language.setCurrentIndex(form.language.findData("en"))
    form.backup_keep.setValue(4)
    form.backup_on_exit.setChecked(False)
    form.backup_dir.setText(str(tmp_path / "cadangan"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "setelah program dibuka kembali" in no_modal_dialogs[-1][1]
    window.close()

    again, page = _open_settings(qtbot, ctx)
    assert page.local.language.currentData() == "en"
    assert page.local.backup_keep.value() == 4
    assert not page.local.backup_on_exit.isChecked()
    assert page.local.backup_dir.text() == str(tmp_path / "cadangan")
    assert ctx.local.backup_dir() == tmp_path / "cadangan"


def test_database_location_with_a_password_is_not_stored(qtbot, ctx, no_modal_dialogs) -> None:
    window, page = _open_settings(qtbot, ctx)
    before = ctx.local.path.read_text(encoding="utf-8") if ctx.local.path.exists() else ""
    page.local.database_url.setText("postgresql+psycopg://tagana:rahasia-kantor@server/tagana")
    qtbot.mouseClick(page.local.save_button, Qt.MouseButton.LeftButton)
    assert no_modal_dialogs[-1][0] == "warn" and "PGPASSWORD" in no_modal_dialogs[-1][1]
    stored = ctx.local.path.read_text(encoding="utf-8") if ctx.local.path.exists() else ""
    assert "rahasia-kantor" not in stored and stored == before
    page.local.database_url.setText("postgresql+psycopg://tagana@server/tagana")
    qtbot.mouseClick(page.local.save_button, Qt.MouseButton.LeftButton)
    assert ctx.local.get(settings.DATABASE_URL) == "postgresql+psycopg://tagana@server/tagana"
    window.close()


def test_office_profile_is_read_only_for_other_roles(qtbot, make_ctx, users) -> None:
    page = SettingsPage(make_ctx(users["pemantau"]))
    qtbot.addWidget(page)
    _settled(qtbot)
    assert page.office.fields[settings.OFFICE_NAME].isReadOnly()
    assert not page.office.save_button.isVisibleTo(page)
    assert not page.office.choose_logo.isEnabled()
    assert not page.local.backup_button.isEnabled()
    assert page.users.table.isHidden()


def test_logo_is_chosen_previewed_and_saved(qtbot, ctx, tmp_path, monkeypatch) -> None:
    image = QImage(800, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    logo = tmp_path / "logo.png"
    image.save(str(logo))
    monkeypatch.setattr(dialogs, "open_file_name", lambda *a, **k: logo)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    qtbot.mouseClick(page.office.choose_logo, Qt.MouseButton.LeftButton)
    assert not page.office.logo_preview.pixmap().isNull()
    page.office.save()
    _settled(qtbot)
    with ctx.db.read() as s:
        stored = settings.get_office(s, settings.OFFICE_LOGO_PNG)
    assert stored and stored == page.office.logo_data


def _sqlite_ctx(sqlite_db, local) -> AppContext:  # noqa: ANN001
    return AppContext(sqlite_db, make_user(sqlite_db, "admin", "admin"), local, AppChanges())


def test_backup_button_makes_a_file(qtbot, sqlite_db, local, tmp_path, monkeypatch, no_modal_dialogs) -> None:
    ctx = _sqlite_ctx(sqlite_db, local)
    target = tmp_path / "salinan" / "cadangan.db"
    target.parent.mkdir()  # the window's "save as" picks an existing folder
    monkeypatch.setattr(dialogs, "save_file_name", lambda *a, **k: target)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    qtbot.mouseClick(page.local.backup_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert target.exists() and backup.integrity_problem(target) is None
    assert no_modal_dialogs[-1][0] == "inform" and str(target) in no_modal_dialogs[-1][1]
    with sqlite_db.read() as s:
        assert audit.list_entries(s, audit.AuditFilter(action="db.backup"))[0].entity_id == str(target)


def test_restore_asks_then_restores_and_says_to_restart(qtbot, sqlite_db, local, tmp_path, monkeypatch,
                                                         no_modal_dialogs) -> None:
    ctx = _sqlite_ctx(sqlite_db, local)
    saved = backup.backup(sqlite_db.sqlite_path, tmp_path / "sebelum.db")
    make_user(sqlite_db, "gudang", "gudang", ctx.actor)
    monkeypatch.setattr(dialogs, "open_file_name", lambda *a, **k: saved)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    qtbot.mouseClick(page.local.restore_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert no_modal_dialogs[0][0] == "confirm"
    assert "buka kembali" in no_modal_dialogs[-1][1]
    with sqlite_db.read() as s:
        assert [u.username for u in accounts.list_users(s)] == ["admin"]


def test_restore_of_a_newer_schema_is_refused_with_the_same_message(qtbot, sqlite_db, local, tmp_path, monkeypatch,
                                                                    no_modal_dialogs) -> None:
    from tests.hostile.cases_restore import newer_schema
    from tests.hostile.test_corpus import fingerprint

    ctx = _sqlite_ctx(sqlite_db, local)
    newer = tmp_path / "dari-versi-baru.db"
    newer_schema(newer)
    before = fingerprint(sqlite_db)
    monkeypatch.setattr(dialogs, "open_file_name", lambda *a, **k: newer)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    qtbot.mouseClick(page.local.restore_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert [kind for kind, _ in no_modal_dialogs] == ["confirm", "warn"]
    message = no_modal_dialogs[-1][1]
    assert "tidak dapat dipulihkan" in message and "'0099'" in message and "lebih baru" in message
    assert page.local.restore_button.isEnabled()
    assert fingerprint(sqlite_db) == before
    assert not list(sqlite_db.sqlite_path.parent.glob("*sebelum-pulih*"))


def test_admin_adds_a_user_and_resets_a_password(qtbot, ctx, no_modal_dialogs) -> None:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    dialog = page.users.add_user()
    dialog.username.setText("siti")
    dialog.full_name.setText("Siti Petugas")
    dialog.role.setCurrentIndex(dialog.role.findData("gudang"))
    dialog.password.setText("pendek")
    dialog.password2.setText("pendek")
    dialog.submit()
    _settled(qtbot)
    assert "minimal 8" in dialog.error.text() and dialog.isVisible()
    dialog.password.setText("cukup-panjang")
    dialog.password2.setText("cukup-panjang")
    with qtbot.waitSignal(dialog.accepted):
        dialog.submit()
    qtbot.waitUntil(lambda: page.users.model.rowCount() == 2)

    page.users.table.selectRow([u.username for u in page.users.model.users].index("siti"))
    reset = page.users.reset_password()
    reset.password.setText("sandi-baru-123")
    reset.password2.setText("sandi-baru-123")
    with qtbot.waitSignal(reset.accepted):
        reset.submit()
    with ctx.db.read() as s:
        assert accounts.authenticate(s, "siti", "sandi-baru-123").role == "gudang"


def test_admin_unlocks_a_locked_account_with_buka_kunci(qtbot, ctx, users, no_modal_dialogs, monkeypatch) -> None:
    from tagana_app.errors import AccountLocked

    monkeypatch.setattr(accounts, "sleep", lambda seconds: None)
    for _ in range(accounts.LOCK_AFTER):
        with pytest.raises((accounts.AuthenticationFailed, AccountLocked)):
            accounts.login(ctx.db, "gudang", "salah-sandi", source=accounts.SOURCE_WINDOW)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.users.model.rowCount() == len(users))
    row = [u.username for u in page.users.model.users].index("gudang")
    assert page.users.model.users[row].locked
    assert page.users.model.index(row, 3).data() == "dikunci"
    page.users.table.selectRow(row)
    qtbot.mouseClick(page.users.unlock_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: not next(u for u in page.users.model.users if u.username == "gudang").locked)
    assert no_modal_dialogs[-1] == ("inform", "Kunci akun gudang dibuka.")
    assert accounts.login(ctx.db, "gudang", TEST_PASSWORD, source=accounts.SOURCE_WINDOW).username == "gudang"


def test_unexpected_error_goes_to_the_presenter(qtbot, no_modal_dialogs) -> None:
    def boom() -> None:
        raise RuntimeError("rusak")
    op = ops.run(None, boom)
    with qtbot.waitSignal(op.finished):
        pass
    assert no_modal_dialogs == [("warn", "Terjadi kesalahan yang tidak terduga. Tidak ada perubahan yang "
                                         "disimpan oleh operasi ini.")]


def test_progress_can_be_cancelled(qtbot) -> None:
    from tagana_app.progress import Cancelled

    started = []

    def long_work(progress) -> int:  # noqa: ANN001
        started.append(True)
        for i in range(10_000_000):
            progress.update(i, 10_000_000)
        return 1
    op = ops.run(None, long_work, progress="Bekerja...")
    qtbot.waitUntil(lambda: bool(started))
    with qtbot.waitSignal(op.failed) as blocker:
        op.cancel()
    assert isinstance(blocker.args[0], Cancelled)




# --- the "Aturan & penomoran" tab -------------------------------------------------------------------

def _rules_page(qtbot, ctx):  # noqa: ANN001, ANN202
    from ui.pages.office_rules import OfficeRulesForm

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    assert isinstance(page.rules, OfficeRulesForm)
    assert page.tabs.tabText(page.tabs.indexOf(page.rules)) == "Aturan && penomoran"
    return page, page.rules


def _stored(ctx, *wanted):  # noqa: ANN001, ANN202
    with ctx.db.read() as s:
        return tuple(settings.get_office(s, w) for w in wanted)


def _translated(context: str) -> set[str]:
    """The sources of ``context`` that have English in the committed catalogue."""
    import xml.etree.ElementTree as ET

    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / "tagana_en.ts"
    return {m.findtext("source") for c in ET.parse(ts).iter("context") if c.findtext("name") == context
            for m in c.iter("message") if (m.findtext("translation") or "").strip()
            and m.find("translation").get("type") not in ("unfinished", "vanished", "obsolete")}


def test_rules_tab_has_a_row_for_every_office_setting_outside_the_profile(qtbot, ctx) -> None:
    _, form = _rules_page(qtbot, ctx)
    office = {s for s in settings.REGISTRY.values() if s.scope is settings.Scope.OFFICE}
    assert set(form.fields) == office - set(settings.OFFICE_PROFILE) - {settings.DEMO_DATA}
    # offered to translators (a label that is a filled template is translated as its template)
    assert {getattr(s.label, "template", s.label) for s in form.fields} <= _translated("settings")
    assert form.value(settings.MAX_CONTINUOUS_DAYS) == 14
    assert form.value(settings.EXPIRY_ALERT_DAYS) == 90
    assert form.value(settings.HOME_REGION) == "17.09"
    assert "Bengkulu Tengah" in form.region_name.text()
    assert not form.save_button.isEnabled() and not form.revert_button.isEnabled()


def test_admin_changes_days_and_a_pattern_and_only_those_are_saved(qtbot, ctx, no_modal_dialogs) -> None:
    from tagana_app import numbering
    from ui.pages.office_rules import OfficeRulesForm

    _, form = _rules_page(qtbot, ctx)
    assert isinstance(form, OfficeRulesForm)
    bast = settings.NUMBER_PATTERNS["bast"]
    example = form.examples[bast]
    assert example.text() == "Nomor berikutnya: " + numbering.format_number(bast.default, 1, form.snapshot.today)

    form.fields[settings.MAX_CONTINUOUS_DAYS].setValue(21)
    edit = form.fields[bast]
    edit.clear()
    qtbot.keyClicks(edit, "{seq:04d}/BA/{year}")
    assert example.text() == f"Nomor berikutnya: 0001/BA/{form.snapshot.today.year}"  # as the person types
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)

    assert no_modal_dialogs[-1] == ("inform", "Aturan dan penomoran disimpan.")
    assert _stored(ctx, settings.MAX_CONTINUOUS_DAYS, bast) == (21, "{seq:04d}/BA/{year}")
    with ctx.db.read() as s:
        entries = audit.list_entries(s, audit.AuditFilter(action="settings.update"))
    assert len(entries) == 1 and entries[0].username == "admin"
    assert entries[0].changes == {"deployment.max_continuous_days": {"lama": 14, "baru": 21},
                                  bast.key: {"lama": bast.default, "baru": "{seq:04d}/BA/{year}"}}
    assert not form.save_button.isEnabled()  # reloaded: nothing left to save
    assert form.value(settings.MAX_CONTINUOUS_DAYS) == 21


def test_bad_pattern_is_refused_with_its_message_and_nothing_is_saved(qtbot, ctx, no_modal_dialogs) -> None:
    _, form = _rules_page(qtbot, ctx)
    form.fields[settings.MIN_REST_DAYS].setValue(3)
    spt = settings.NUMBER_PATTERNS["spt"]
    edit = form.fields[spt]
    edit.clear()
    qtbot.keyClicks(edit, "SPT/{tahun}")
    assert "tidak dikenal: tahun" in form.examples[spt].text()  # shown while typing
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)

    assert no_modal_dialogs[-1][0] == "warn"
    assert "Pola nomor 'SPT/{tahun}' memakai isian yang tidak dikenal: tahun" in no_modal_dialogs[-1][1]
    assert _stored(ctx, settings.MIN_REST_DAYS, spt) == (7, spt.default)
    with ctx.db.read() as s:
        assert audit.count_entries(s, audit.AuditFilter(action="settings.update")) == 0
    assert form.save_button.isEnabled() and form.value(spt) == "SPT/{tahun}"  # the person may correct it

    qtbot.mouseClick(form.revert_button, Qt.MouseButton.LeftButton)  # Kembalikan: back to what is stored
    _settled(qtbot)
    assert form.value(spt) == spt.default and form.value(settings.MIN_REST_DAYS) == 7
    assert not form.save_button.isEnabled()


def test_same_pattern_for_two_documents_is_pointed_out(qtbot, ctx) -> None:
    _, form = _rules_page(qtbot, ctx)
    form.fields[settings.NUMBER_PATTERNS["manifest"]].setText(settings.NUMBER_PATTERNS["bast"].default)
    assert "Sama dengan Pola nomor Surat Jalan" in form.examples[settings.NUMBER_PATTERNS["bast"]].text()


@pytest.mark.parametrize("role", ["pemantau", "pejabat"])
def test_rules_are_read_only_for_other_roles(qtbot, make_ctx, users, role) -> None:
    ctx = make_ctx(users["admin"])
    ctx.db.write(lambda s: settings.set_office(s, ctx.actor, {settings.MAX_CONTINUOUS_DAYS: 30}))
    _, form = _rules_page(qtbot, make_ctx(users[role]))
    assert form.value(settings.MAX_CONTINUOUS_DAYS) == 30
    assert form.fields[settings.MAX_CONTINUOUS_DAYS].isReadOnly()
    assert form.fields[settings.NUMBER_PATTERNS["bast"]].isReadOnly()
    assert form.fields[settings.BAST_OFFICIAL_NAME].isReadOnly()
    assert not form.save_button.isVisibleTo(form) and not form.revert_button.isVisibleTo(form)
    assert "Hanya administrator" in form.note.text()
