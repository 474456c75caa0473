"""Backup and restore of the SQLite database file."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from tagana_app import backup, settings
from tagana_app.db import Database
from tagana_app.errors import BackupError
from tagana_app.outputs import OutputRefused
from tests.conftest import make_user


def _office_name(path: Path) -> str | None:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        row = conn.execute("SELECT value FROM app_setting WHERE key = 'office.name'").fetchone()
    return row[0] if row else None


def _set_office_name(db: Database, admin, name: str) -> None:  # noqa: ANN001
    db.write(lambda s: settings.set_office(s, admin, {settings.OFFICE_NAME: name}))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def live(sqlite_db):  # noqa: ANN001, ANN201
    admin = make_user(sqlite_db, "admin", "admin")
    _set_office_name(sqlite_db, admin, "DINAS SOSIAL ASLI")
    return sqlite_db, admin


def test_backup_is_an_intact_copy_while_a_writer_is_active(live, tmp_path):
    db, admin = live
    writer = db.engine.connect()
    try:
        writer.begin()  # holds the write lock with an uncommitted change
        writer.execute(text("UPDATE app_setting SET value = '{\"v\": \"BELUM DISIMPAN\"}' "
                            "WHERE key = 'office.name'"))
        (tmp_path / "cadangan").mkdir()
        target = backup.backup(db.sqlite_path, tmp_path / "cadangan" / "salinan.db")
        writer.rollback()
    finally:
        writer.close()
    assert target == tmp_path / "cadangan" / "salinan.db"
    assert backup.integrity_problem(target) is None
    assert "DINAS SOSIAL ASLI" in _office_name(target)  # committed data (still in the WAL) is there
    assert not list(target.parent.glob("*.sebagian"))
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one self-contained file


def test_backup_into_a_folder_gets_a_dated_name_and_refuses_the_live_file(live, tmp_path):
    db, _ = live
    target = backup.backup(db.sqlite_path, str(tmp_path / "folder") + "/")  # as typed: a new folder
    assert target.parent == tmp_path / "folder" and target.name.startswith("tagana-")
    again = backup.backup(db.sqlite_path, tmp_path / "folder")  # an existing folder
    assert again.parent == tmp_path / "folder"
    with pytest.raises(OutputRefused, match="basis data yang sedang dipakai"):
        backup.backup(db.sqlite_path, db.sqlite_path)
    with pytest.raises(BackupError, match="tidak ada"):
        backup.backup(tmp_path / "tidak-ada.db", tmp_path / "x.db")


def test_restore_replaces_the_live_database_and_keeps_a_copy_of_it(live, tmp_path):
    db, admin = live
    saved = backup.backup(db.sqlite_path, tmp_path / "cadangan.db")
    _set_office_name(db, admin, "DINAS SOSIAL DIUBAH")
    db.dispose()
    kept = backup.restore(db.sqlite_path, saved)
    assert kept.exists() and kept != db.sqlite_path and "sebelum-pulih" in kept.name
    assert "DINAS SOSIAL DIUBAH" in _office_name(kept)
    assert "DINAS SOSIAL ASLI" in _office_name(db.sqlite_path)
    with db.read() as s:  # the program sees the restored data
        assert settings.get_office(s, settings.OFFICE_NAME) == "DINAS SOSIAL ASLI"


def _corrupt_copy(source: Path, target: Path) -> Path:
    data = bytearray(source.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 6)):  # trash a few pages after the header
        data[offset] = 0xA5
    target.write_bytes(bytes(data))
    return target


@pytest.mark.parametrize("kind", ["garbage", "corrupt_pages", "not_tagana", "missing"])
def test_restore_refuses_a_bad_file_and_leaves_the_live_file_alone(live, tmp_path, kind):
    db, _ = live
    good = backup.backup(db.sqlite_path, tmp_path / "baik.db")
    bad = tmp_path / f"{kind}.db"
    if kind == "garbage":
        bad.write_bytes(b"ini bukan basis data " * 500)
    elif kind == "corrupt_pages":
        _corrupt_copy(good, bad)
    elif kind == "not_tagana":
        with sqlite3.connect(bad) as conn:
            conn.execute("CREATE TABLE belanja (barang TEXT)")
    db.dispose()
    live_path = db.sqlite_path
    before = _digest(live_path)
    folder_before = sorted(p.name for p in live_path.parent.iterdir())
    with pytest.raises(BackupError) as err:
        backup.restore(live_path, bad)
    message = str(err.value)
    assert message.startswith("Cadangan gagal:")
    if kind == "not_tagana":
        assert "bukan basis data Tagana Logistik" in message
    elif kind == "missing":
        assert "tidak ada" in message
    else:
        assert "tidak dapat dipulihkan" in message
    assert _digest(live_path) == before
    assert sorted(p.name for p in live_path.parent.iterdir()) == folder_before  # no copy, no leftovers
    assert "DINAS SOSIAL ASLI" in _office_name(live_path)


def test_automatic_backup_keeps_only_the_last_n(live, tmp_path):
    db, admin = live
    folder = tmp_path / "otomatis"
    made = []
    for i in range(5):
        _set_office_name(db, admin, f"DINAS KE-{i}")
        made.append(backup.automatic_backup(db.sqlite_path, folder, keep=3))
    remaining = sorted(folder.iterdir())
    assert remaining == sorted(made[-3:])
    assert all(p.name.startswith(backup.AUTO_PREFIX) for p in remaining)
    assert "DINAS KE-4" in _office_name(made[-1])
    # Other files in the folder are never touched.
    (folder / "manual.db").write_bytes(b"")
    backup.automatic_backup(db.sqlite_path, folder, keep=1)
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith(backup.AUTO_PREFIX)) == \
        ["manual.db"]
    assert len(list(folder.glob(backup.AUTO_PREFIX + "*"))) == 1


@pytest.mark.parametrize("make", ["newer_schema", "only_two_tables", "head_missing_a_table", "no_active_admin",
                                  "not_sqlite", "empty"])
def test_restore_refuses_a_database_this_version_cannot_use(live, tmp_path, make):
    from tests.hostile import cases_restore

    db, _ = live
    bad = tmp_path / f"{make}.db"
    getattr(cases_restore, make)(bad)
    db.dispose()
    before = _digest(db.sqlite_path)
    folder_before = sorted(p.name for p in db.sqlite_path.parent.iterdir())
    with pytest.raises(BackupError, match="tidak dapat dipulihkan"):
        backup.restore(db.sqlite_path, bad)
    assert _digest(db.sqlite_path) == before
    assert sorted(p.name for p in db.sqlite_path.parent.iterdir()) == folder_before


def test_restore_of_an_older_schema_is_upgraded_to_the_head(live, tmp_path):
    from tagana_app import accounts, migrate
    from ui.pages.local_settings import restore_from

    db, admin = live
    head = migrate.head_revision()
    older_revision = "0004"
    assert older_revision != head
    older = Database.open(str(tmp_path / "lama.db"))
    migrate.upgrade(older, older_revision)
    with older.engine.begin() as conn:  # the models are the head's: an older schema is written in SQL
        conn.execute(text("INSERT INTO app_user (username, full_name, role, password_hash, active, created_at) "
                          "VALUES ('admin', '', 'admin', :hash, :yes, '2026-01-01 00:00:00')"),
                     {"hash": accounts.hash_password("kata-sandi-lama"), "yes": True})
    older.dispose()
    assert backup.restore_problem(tmp_path / "lama.db") is None
    restore_from(db, admin, tmp_path / "lama.db")
    assert migrate.current_revision(db) == head
    with db.read() as s:
        assert accounts.authenticate(s, "admin", "kata-sandi-lama").role == "admin"
