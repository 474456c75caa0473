"""Backup and restore of the SQLite database with SQLite's online backup API.

A restore checks the backup first (its integrity, that it is a database of this program at a schema
this version knows, with its tables and an active administrator) and never overwrites the live
file without first copying it aside; a backup at an older schema is upgraded by the caller.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tagana_app import clock, outputs
from tagana_app.errors import BackupError
from tagana_app.texts import N_, Text

AUTO_PREFIX = "tagana-otomatis-"


def _online_copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dst.close()
    finally:
        src.close()


SQLITE_HEADER = b"SQLite format 3\x00"
# The tables of the first released schema: a backup at an older revision must have at least these
# (the migrations bring it to the head); one at the head must have every table of the head.
CORE_TABLES = frozenset({"alembic_version", "app_user", "app_setting", "audit_log", "document_sequence"})


def integrity_problem(path: Path) -> str | None:
    """None when ``path`` is a sound SQLite database of this program, else what is wrong."""
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as exc:
        return str(exc)
    if not header:
        return Text(N_("errors", "berkas itu kosong"))
    if header != SQLITE_HEADER:
        return Text(N_("errors", "berkas itu bukan basis data SQLite"))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            return result
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables or "app_user" not in tables:
            return Text(N_("errors", "berkas ini bukan basis data Tagana Logistik"))
        return None
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


def restore_problem(path: Path) -> str | None:
    """None when ``path`` may replace the live database: a sound database of this program at a schema
    this version knows (the head, or an older revision the migrations bring to the head), with the
    program's tables and at least one active administrator; else what is wrong."""
    from tagana_app import migrate

    problem = integrity_problem(path)
    if problem:
        return problem
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revisions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
        known = migrate.declared_revisions()
        if len(revisions) != 1:
            return Text(N_("errors", "berkas ini tidak mencatat satu revisi skema (tercatat: {count})"),
                        count=len(revisions))
        revision = revisions[0]
        if revision not in known:
            return Text(N_("errors", "skema basis data itu (revisi '{revision}') tidak dikenal versi program "
                                     "ini; mungkin dibuat oleh versi yang lebih baru: perbarui program lebih "
                                     "dulu"), revision=revision)
        needed = migrate.head_tables() if revision == migrate.declared_head() else CORE_TABLES
        missing = sorted(needed - tables)
        if missing:
            return Text(N_("errors", "tabel program tidak lengkap (tidak ada: {tables})"),
                        tables=", ".join(missing))
        try:
            admins = conn.execute("SELECT count(*) FROM app_user WHERE role = 'admin' AND active").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            return str(exc)
        if not admins:
            return Text(N_("errors", "tidak ada admin yang aktif di dalamnya, sehingga tidak ada yang dapat "
                                     "mengelolanya"))
        return None
    finally:
        conn.close()


def backup(database: Path, target: Path | str) -> Path:
    """Copy the live database to ``target`` (a file, or a folder to put a dated file in).

    ``target`` may be the text a person typed: a trailing separator means a (new) folder, which
    ``Path`` would otherwise drop.
    """
    as_folder = isinstance(target, str) and target.endswith(("/", "\\"))
    target = Path(target)
    if not database.exists():
        raise BackupError(reason=Text(N_("errors", "basis data '{database}' tidak ada"),
                                      database=str(database)))
    if target.is_dir() or as_folder:
        target = target / f"tagana-{clock.now():%Y%m%d-%H%M%S}.db"
    # Never the live database or its WAL and journal; a folder named with a trailing separator is made.
    outputs.check_output_path(target, database=database, backup=True, create_folder=as_folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".sebagian")
    try:
        _online_copy(database, partial)
        problem = integrity_problem(partial)
        if problem:
            raise BackupError(reason=problem)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def restore(database: Path, source: Path) -> Path:
    """Replace the live database with ``source``; returns where the old live file was copied."""
    if not source.exists():
        raise BackupError(reason=Text(N_("errors", "berkas cadangan '{source}' tidak ada"),
                                      source=str(source)))
    problem = restore_problem(source)
    if problem:
        raise BackupError(reason=Text(N_("errors", "berkas '{source}' tidak dapat dipulihkan: {problem}"),
                                      source=str(source), problem=problem))
    kept = database.with_name(f"{database.stem}.sebelum-pulih-{clock.now():%Y%m%d-%H%M%S}{database.suffix}")
    if database.exists():
        _online_copy(database, kept)
    # Write through SQLite so the WAL and any open reader see a consistent switch.
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(database)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return kept


def automatic_backup(database: Path, folder: Path, keep: int) -> Path:
    """A dated backup into ``folder``, keeping only the newest ``keep`` automatic ones."""
    folder.mkdir(parents=True, exist_ok=True)
    target = backup(database, folder / f"{AUTO_PREFIX}{clock.now():%Y%m%d-%H%M%S-%f}.db")
    autos = sorted(folder.glob(f"{AUTO_PREFIX}*.db"))
    for old in autos[: max(0, len(autos) - keep)]:
        old.unlink(missing_ok=True)
    return target


