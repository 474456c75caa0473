"""Restores of files that must not replace the live database (`tagana restore FILE`, admin only):
each is refused before the live file is touched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from tests.hostile.corpus import Case


def _head_copy(path: Path) -> None:
    """A sound database of this program at the head, with one active admin (changed by the cases)."""
    from tagana_app import accounts, migrate
    from tagana_app.db import Database

    db = Database.open(str(path))
    migrate.upgrade(db)
    db.write(lambda s: accounts.create_first_admin(s, "kepala", "kata-sandi-uji"))
    db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, as a backup is
    conn.close()


def _edit(path: Path, *statements: str) -> None:
    _head_copy(path)
    with sqlite3.connect(path) as conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


def newer_schema(path: Path) -> None:
    _edit(path, "UPDATE alembic_version SET version_num = '0099'")


def only_two_tables(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('0005')")
        conn.execute("CREATE TABLE app_user (id INTEGER PRIMARY KEY, username TEXT, role TEXT, active BOOLEAN)")
        conn.execute("INSERT INTO app_user VALUES (1, 'kepala', 'admin', 1)")
    conn.close()


def head_missing_a_table(path: Path) -> None:
    _edit(path, "DROP TABLE dispatch_line")


def no_active_admin(path: Path) -> None:
    _edit(path, "UPDATE app_user SET active = 0")


def not_sqlite(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 ini arsip zip, bukan basis data " * 100)


def empty(path: Path) -> None:
    path.write_bytes(b"")


def text_file(path: Path) -> None:
    shutil.copyfile(__file__, path)


CASES = [
    Case("restore-newer-schema", ["restore", "{file}"], ["tidak dapat dipulihkan", "'0099'", "lebih baru"],
         user="admin", make_file=newer_schema, suffix=".db", sqlite_only=True),
    Case("restore-only-two-tables", ["restore", "{file}"], ["tidak dapat dipulihkan", "tabel program tidak lengkap",
                                                           "audit_log"],
         user="admin", make_file=only_two_tables, suffix=".db", sqlite_only=True),
    Case("restore-head-missing-a-table", ["restore", "{file}"], ["tabel program tidak lengkap", "dispatch_line"],
         user="admin", make_file=head_missing_a_table, suffix=".db", sqlite_only=True),
    Case("restore-no-active-admin", ["restore", "{file}"], ["tidak dapat dipulihkan", "tidak ada admin yang aktif"],
         user="admin", make_file=no_active_admin, suffix=".db", sqlite_only=True),
    Case("restore-not-sqlite", ["restore", "{file}"], ["tidak dapat dipulihkan", "bukan basis data SQLite"],
         user="admin", make_file=not_sqlite, suffix=".db", sqlite_only=True),
    Case("restore-empty-file", ["restore", "{file}"], ["tidak dapat dipulihkan", "kosong"],
         user="admin", make_file=empty, suffix=".db", sqlite_only=True),
    Case("restore-python-source", ["restore", "{file}"], ["bukan basis data SQLite"],
         user="admin", make_file=text_file, suffix=".py", sqlite_only=True),
]
