"""Settings: office settings in the database (admin only, audited, validated) and local ones in a file."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from tagana_app import audit, paths, settings
from tagana_app.errors import PermissionDenied, ValidationError
from tagana_app.models import AppSetting, AuditLog
from tagana_app.settings import LocalSettings, Scope


def test_every_setting_is_declared_once_with_a_valid_default():
    assert all(key == s.key for key, s in settings.REGISTRY.items())
    for s in settings.REGISTRY.values():
        assert s.coerce(s.default) == s.default, s.key
        assert s.label
    assert all(s.scope is Scope.OFFICE for s in settings.OFFICE_PROFILE)


def test_each_number_pattern_is_labelled_with_its_kind_title():
    from tagana_app import doc_kinds

    assert set(settings.PATTERN_LABELS) == {kind.code for kind in doc_kinds.numbered()}
    for kind in doc_kinds.numbered():
        assert settings.NUMBER_PATTERNS[kind.code].label == "Pola nomor " + kind.title


def test_a_refused_value_names_the_setting_by_its_label_in_the_settings_context():
    with pytest.raises(ValidationError) as refused:
        settings.MAX_CONTINUOUS_DAYS.coerce(0)
    assert str(refused.value) == ("Pengaturan 'Lama penugasan terus-menerus paling lama (hari)' harus antara 1 dan "
                                  "365; tertulis 0.")
    label = refused.value.fields["label"]
    assert (label.template, label.context) == ("Lama penugasan terus-menerus paling lama (hari)", "settings")


def test_office_settings_stored_and_audited(db, users):
    admin = users["admin"]
    with db.read() as s:
        assert settings.get_office(s, settings.PAPER_SIZE) == "A4"  # default before anything is stored
    changed = db.write(lambda s: settings.set_office(s, admin, {
        settings.OFFICE_NAME: "DINAS SOSIAL DAN PMD", settings.PAPER_SIZE: "F4",
        settings.HEAD_NIP: "197001012000032001"}))
    assert changed["office.paper"] == {"lama": "A4", "baru": "F4"}
    with db.read() as s:
        assert settings.get_office(s, settings.PAPER_SIZE) == "F4"
        values = settings.office_values(s)
        assert values["office.name"] == "DINAS SOSIAL DAN PMD"
        assert values["office.government"] == settings.GOVERNMENT_NAME.default
        entries = audit.list_entries(s, audit.AuditFilter(action="settings.update"))
    assert len(entries) == 1 and entries[0].username == "admin"
    assert entries[0].changes["office.head_nip"]["baru"] == "197001012000032001"

    # Storing the same values again changes nothing and writes no audit row.
    assert db.write(lambda s: settings.set_office(s, admin, {settings.PAPER_SIZE: "F4"})) == {}
    with db.read() as s:
        assert audit.count_entries(s, audit.AuditFilter(action="settings.update")) == 1


def test_logo_is_not_copied_into_the_audit_trail(db, admin):
    logo = "iVBORw0KGgo" + "A" * 500
    changed = db.write(lambda s: settings.set_office(s, admin, {settings.OFFICE_LOGO_PNG: logo}))
    assert changed["office.logo_png"]["baru"] == f"<{len(logo)} karakter>"
    with db.read() as s:
        assert settings.get_office(s, settings.OFFICE_LOGO_PNG) == logo
        assert logo not in json.dumps([e.changes for e in audit.list_entries(s)])


@pytest.mark.parametrize("role", ["gudang", "koordinator", "pejabat", "pemantau"])
def test_only_an_admin_changes_office_settings(db, users, role):
    with db.read() as s:
        before = (s.scalar(select(func.count()).select_from(AppSetting)),
                  s.scalar(select(func.count()).select_from(AuditLog)))
    with pytest.raises(PermissionDenied, match="tidak berwenang"):
        db.write(lambda s: settings.set_office(s, users[role], {settings.OFFICE_NAME: "DIAMBIL ALIH"}))
    with db.read() as s:
        assert (s.scalar(select(func.count()).select_from(AppSetting)),
                s.scalar(select(func.count()).select_from(AuditLog))) == before
        assert settings.get_office(s, settings.OFFICE_NAME) == settings.OFFICE_NAME.default


@pytest.mark.parametrize("paper", ["Letter", "a4", "A5", ""])
def test_paper_must_be_a4_or_f4_and_nothing_is_written_otherwise(db, admin, paper):
    with pytest.raises(ValidationError, match="A4, F4"):
        db.write(lambda s: settings.set_office(s, admin, {settings.OFFICE_NAME: "BERUBAH",
                                                          settings.PAPER_SIZE: paper}))
    with db.read() as s:
        assert settings.get_office(s, settings.OFFICE_NAME) == settings.OFFICE_NAME.default
        assert audit.count_entries(s, audit.AuditFilter(action="settings.update")) == 0


@pytest.mark.parametrize(("setting", "value", "message"), [
    (settings.MAX_CONTINUOUS_DAYS, 0, "antara 1 dan 365"),
    (settings.MIN_REST_DAYS, -3, "antara 0 dan 365"),
    (settings.EXPIRY_ALERT_DAYS, 1000, "antara 0 dan 365"),
    (settings.HOME_REGION, "99.99", "tidak dikenal"),
    (settings.HOME_REGION, "17.09.01", "yang diminta kabupaten"),
])
def test_rule_settings_out_of_range_are_refused_and_nothing_is_written(db, admin, setting, value, message):
    with pytest.raises(ValidationError, match=message):
        db.write(lambda s: settings.set_office(s, admin, {settings.MIN_REST_DAYS: 3, setting: value}))
    with db.read() as s:
        assert settings.get_office(s, settings.MIN_REST_DAYS) == settings.MIN_REST_DAYS.default
        assert audit.count_entries(s, audit.AuditFilter(action="settings.update")) == 0


def test_storing_an_unchanged_value_writes_no_audit_row(db, admin):
    assert db.write(lambda s: settings.set_office(s, admin, {settings.MIN_REST_DAYS: 7})) == {}
    with db.read() as s:
        assert audit.count_entries(s, audit.AuditFilter(action="settings.update")) == 0


def test_coerce_types():
    assert settings.BACKUP_KEEP.coerce("7") == 7
    assert settings.BACKUP_ON_EXIT.coerce("ya") is True and settings.BACKUP_ON_EXIT.coerce("0") is False
    assert settings.BACKUP_KEEP.coerce(None) == 10
    with pytest.raises(ValidationError, match="tidak valid"):
        settings.BACKUP_KEEP.coerce("sepuluh")


def test_local_settings_round_trip(tmp_path):
    path = tmp_path / "baru" / "pengaturan.json"
    local = LocalSettings(path)
    assert local.get(settings.LANGUAGE) == "id" and local.get(settings.BACKUP_KEEP) == 10
    local.set(settings.LANGUAGE, "en")
    local.set(settings.BACKUP_KEEP, 3)
    local.set(settings.DATABASE_URL, "postgresql+psycopg://kantor@server/tagana")
    assert json.loads(path.read_text(encoding="utf-8"))["local.language"] == "en"
    assert not list(path.parent.glob("*.tmp"))
    again = LocalSettings(path)
    assert again.get(settings.LANGUAGE) == "en" and again.get(settings.BACKUP_KEEP) == 3
    assert again.get(settings.DATABASE_URL).startswith("postgresql+psycopg://")
    with pytest.raises(ValidationError):
        again.set(settings.LANGUAGE, "fr")
    assert LocalSettings(path).get(settings.LANGUAGE) == "en"


def test_local_settings_file_lives_in_tagana_config_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("TAGANA_CONFIG_DIR", str(tmp_path / "portabel"))
    local = LocalSettings()
    assert local.path == tmp_path / "portabel" / "pengaturan.json"
    local.set(settings.LAST_USERNAME, "gudang")
    assert LocalSettings().get(settings.LAST_USERNAME) == "gudang"
    assert local.backup_dir() == paths.default_backup_dir()
    local.set(settings.BACKUP_DIR, str(tmp_path / "cadangan"))
    assert LocalSettings().backup_dir() == tmp_path / "cadangan"


@pytest.mark.parametrize("content", [b"{ bukan json", b"\xff\xfe\x00rusak", b"", b"[1, 2, 3]",
                                     b'{"local.language": "klingon", "local.backup_keep": "x"}'])
def test_a_corrupt_local_settings_file_gives_the_defaults(tmp_path, content):
    path = tmp_path / "pengaturan.json"
    path.write_bytes(content)
    local = LocalSettings(path)
    assert local.get(settings.LANGUAGE) == "id"
    assert local.get(settings.BACKUP_KEEP) == 10
    local.set(settings.LANGUAGE, "en")  # and it can be written again
    assert LocalSettings(path).get(settings.LANGUAGE) == "en"
