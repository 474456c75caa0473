"""Every file the program writes because a person asked for it (exports, reports, stock cards, printed
papers, backups) goes through here: one guard that refuses a path the program must never write over,
and one way of writing that leaves either the whole new file or the old one, never half of one.

``check_output_path`` refuses, naming the path and why:

- the live SQLite database, its ``-wal``, ``-shm`` and ``-journal`` files, and (except for a backup,
  which may replace an older backup) any other SQLite database file and its companions;
- a file in the backup folder (this desktop's and the default one), unless it is a backup;
- anything inside the program's data or settings folder other than the documents folder;
- an existing folder given as a file name, and a path whose folder does not exist (unless the person
  asked for the folder to be made: ``create_folder``).

Symbolic links are resolved first: a link to the database is the database.

``atomic(path)`` hands out a temporary file in the same folder and renames it over ``path`` only when
the writing finished; ``Staged`` does the same for several files whose renaming must wait for
something else (a printed paper waits for its transaction to commit: ``tagana_app.printing``).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from tagana_app import paths, settings
from tagana_app.errors import TaganaError
from tagana_app.texts import N_, Text

SQLITE_HEADER = b"SQLite format 3\x00"
COMPANIONS = ("-wal", "-shm", "-journal")


class OutputRefused(TaganaError):
    template = N_("errors", "Berkas '{path}' tidak boleh ditulis: {reason}.")


def documents_dir(local: settings.LocalSettings | None = None) -> Path:
    """Where printed papers are kept (this desktop's setting, else the user's documents folder)."""
    value = (local or settings.LocalSettings()).get(settings.DOCUMENTS_DIR)
    return Path(value).expanduser() if value else paths.default_documents_dir()


def resolved(path: Path | str) -> Path:
    return Path(os.path.abspath(Path(path).expanduser().resolve()))


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _database_of(path: Path) -> Path | None:
    """The database ``path`` belongs to when it is a database's ``-wal``, ``-shm`` or ``-journal`` file."""
    for suffix in COMPANIONS:
        if path.name.endswith(suffix):
            return path.with_name(path.name[: -len(suffix)])
    return None


def _settings_folder() -> Path:
    base = os.environ.get("TAGANA_CONFIG_DIR")
    return Path(base) if base else paths.config_dir()


def problem(path: Path | str, *, database: Path | None = None, create_folder: bool = False,
            backup: bool = False, local: settings.LocalSettings | None = None) -> Text | None:
    """Why ``path`` must not be written (None: it may be). See the module's docstring."""
    target = resolved(path)
    live = resolved(database) if database is not None else None
    owner = _database_of(target)
    if live is not None and target == live:
        return Text(N_("errors", "itu basis data yang sedang dipakai"))
    if live is not None and owner == live:
        return Text(N_("errors", "itu berkas pendamping basis data yang sedang dipakai ({database})"),
                    database=str(live))
    if not backup and target.is_file() and is_sqlite_file(target):
        return Text(N_("errors", "itu berkas basis data SQLite; simpan dengan nama lain"))
    if not backup and owner is not None and owner.is_file() and is_sqlite_file(owner):
        return Text(N_("errors", "itu berkas pendamping basis data {database}"), database=str(owner))
    local = local or settings.LocalSettings()
    documents = resolved(documents_dir(local))
    if not (backup or _inside(target, documents)):
        for folder in {resolved(paths.default_backup_dir()), resolved(local.backup_dir())}:
            if _inside(target, folder):
                return Text(N_("errors", "letaknya di folder cadangan {folder}"), folder=str(folder))
    protected = [resolved(paths.data_dir()), resolved(paths.config_dir()), resolved(_settings_folder())]
    backup_folders = {resolved(paths.default_backup_dir()), resolved(local.backup_dir())}
    for folder in protected:
        if _inside(target, folder) and not _inside(target, documents) and not (
                backup and any(_inside(target, b) for b in backup_folders)):
            return Text(N_("errors", "letaknya di folder data program {folder}; simpan di folder lain"),
                        folder=str(folder))
    if target.is_dir():
        return Text(N_("errors", "itu sebuah folder; sebutkan nama berkasnya"))
    parent = target.parent
    if parent.exists() and not parent.is_dir():
        return Text(N_("errors", "'{folder}' bukan folder"), folder=str(parent))
    if not parent.exists() and not create_folder:
        return Text(N_("errors", "folder '{folder}' tidak ada"), folder=str(parent))
    return None


def check_output_path(path: Path | str, *, database: Path | None = None, create_folder: bool = False,
                      backup: bool = False, local: settings.LocalSettings | None = None) -> Path:
    """``path`` as given when it may be written; else ``OutputRefused`` naming it and why."""
    found = problem(path, database=database, create_folder=create_folder, backup=backup, local=local)
    if found is not None:
        raise OutputRefused(path=str(path), reason=found)
    return Path(path)


def live_database(session: object) -> Path | None:
    """The SQLite file a session writes to (None: PostgreSQL)."""
    bind = session.get_bind()  # type: ignore[attr-defined]
    if bind.dialect.name != "sqlite" or not bind.url.database or bind.url.database == ":memory:":
        return None
    return Path(bind.url.database)


def _temporary(path: Path) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    return Path(tmp)


@contextlib.contextmanager
def atomic(path: Path | str, *, database: Path | None = None, create_folder: bool = False) -> Iterator[Path]:
    """Check ``path``, then yield a temporary file next to it; renamed over ``path`` when the block ends
    without an error, removed when it fails (the old file, if any, stays as it was)."""
    path = check_output_path(path, database=database, create_folder=create_folder)
    if create_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temporary(path)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_bytes(path: Path | str, data: bytes, *, database: Path | None = None,
                create_folder: bool = False) -> Path:
    with atomic(path, database=database, create_folder=create_folder) as tmp:
        tmp.write_bytes(data)
    return Path(path)


def set_aside(path: Path) -> Path:
    """Rename an existing ``path`` to a free ``<name>.sebelumnya-<n><suffix>`` next to it."""
    n = 1
    while (aside := path.with_name(f"{path.stem}.sebelumnya-{n}{path.suffix}")).exists():
        n += 1
    os.replace(path, aside)
    return aside


class Staged:
    """Files written now to temporary names next to their places, moved into place by ``finish`` or
    removed by ``discard`` (whichever comes first; the other then does nothing).  A file added with
    ``keep_existing`` never replaces one already there: that one is set aside first (``set_aside``)."""

    def __init__(self) -> None:
        self._files: list[tuple[Path, Path, bool]] = []

    def add(self, path: Path, data: bytes, *, keep_existing: bool = False) -> None:
        tmp = _temporary(path)
        self._files.append((tmp, path, keep_existing))
        tmp.write_bytes(data)

    def finish(self) -> None:
        files, self._files = self._files, []
        for tmp, path, keep in files:
            if keep and path.exists():
                set_aside(path)
            os.replace(tmp, path)

    def discard(self) -> None:
        files, self._files = self._files, []
        for tmp, _path, _keep in files:
            tmp.unlink(missing_ok=True)
