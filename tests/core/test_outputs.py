"""The guard of every output path (tagana_app/outputs.py) and its all-or-nothing writing."""

from __future__ import annotations

import os

import pytest

from tagana_app import backup, outputs, paths, settings
from tagana_app.outputs import OutputRefused


def _why(path, **kwargs) -> str:  # noqa: ANN001, ANN003
    with pytest.raises(OutputRefused) as caught:
        outputs.check_output_path(path, **kwargs)
    message = str(caught.value)
    assert str(path) in message  # names the path
    return message


def test_the_live_database_and_its_companions_are_refused(sqlite_db, tmp_path):
    live = sqlite_db.sqlite_path
    assert "basis data yang sedang dipakai" in _why(live, database=live)
    for suffix in ("-wal", "-shm", "-journal"):
        assert "pendamping basis data yang sedang dipakai" in _why(f"{live}{suffix}", database=live)
    # Without being told which database is live: any SQLite file and its companions.
    assert "berkas basis data SQLite" in _why(live)
    assert "pendamping basis data" in _why(f"{live}-wal")
    link = tmp_path / "laporan.xlsx"
    link.symlink_to(live)
    assert "basis data yang sedang dipakai" in _why(link, database=live)


def test_backups_may_replace_an_older_backup_but_never_the_live_database(sqlite_db, tmp_path):
    live = sqlite_db.sqlite_path
    older = backup.backup(live, tmp_path / "lama.db")
    assert backup.backup(live, older) == older  # an older backup (a SQLite file) is replaced
    for target in (live, f"{live}-wal", f"{live}-journal"):
        with pytest.raises(OutputRefused):
            backup.backup(live, target)
    assert "tidak ada" in _why(tmp_path / "baru" / "x.db", database=live, backup=True)
    made = backup.backup(live, str(tmp_path / "baru") + "/")  # a folder asked for: made
    assert made.parent == tmp_path / "baru"


def test_the_programs_folders_are_refused_but_the_documents_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("TAGANA_CONFIG_DIR", str(tmp_path / "pengaturan"))  # this test's own settings file
    assert "folder cadangan" in _why(paths.default_backup_dir() / "laporan.pdf")
    assert "folder data program" in _why(paths.data_dir() / "relawan.xlsx")
    assert "folder data program" in _why(paths.config_dir() / "x.pdf")
    local = settings.LocalSettings()
    mine = tmp_path / "cadangan-saya"
    local.set(settings.BACKUP_DIR, str(mine))
    mine.mkdir()
    assert "folder cadangan" in _why(mine / "stok.xlsx")
    # The documents folder may be inside the data folder; printed papers go there.
    docs = paths.data_dir() / "dokumen"
    local.set(settings.DOCUMENTS_DIR, str(docs))
    assert outputs.problem(docs / "a.pdf", create_folder=True) is None


def test_folders_missing_or_given_as_files_are_refused(tmp_path):
    assert "sebuah folder" in _why(tmp_path)
    assert "tidak ada" in _why(tmp_path / "tidak-ada" / "x.xlsx")
    (tmp_path / "berkas").write_text("x")
    assert "bukan folder" in _why(tmp_path / "berkas" / "x.xlsx")
    assert outputs.problem(tmp_path / "tidak-ada" / "x.xlsx", create_folder=True) is None
    assert outputs.problem(tmp_path / "x.xlsx") is None


def test_a_failed_write_leaves_the_old_file_and_no_partial_one(tmp_path):
    target = tmp_path / "laporan.xlsx"
    target.write_bytes(b"lama")
    with pytest.raises(RuntimeError), outputs.atomic(target) as tmp:
        tmp.write_bytes(b"setengah")
        raise RuntimeError("disk penuh")
    assert target.read_bytes() == b"lama"
    assert os.listdir(tmp_path) == ["laporan.xlsx"]
    outputs.write_bytes(target, b"baru")
    assert target.read_bytes() == b"baru" and os.listdir(tmp_path) == ["laporan.xlsx"]


def test_staged_files_appear_only_when_finished(tmp_path):
    staged = outputs.Staged()
    staged.add(tmp_path / "a.pdf", b"A")
    assert not (tmp_path / "a.pdf").exists()
    staged.discard()
    assert os.listdir(tmp_path) == []
    staged.add(tmp_path / "a.pdf", b"A")
    staged.finish()
    staged.discard()  # nothing left to discard
    assert (tmp_path / "a.pdf").read_bytes() == b"A" and os.listdir(tmp_path) == ["a.pdf"]
    # An archive file is never overwritten: the one already there is set aside.
    staged.add(tmp_path / "a.pdf", b"B", keep_existing=True)
    staged.finish()
    assert (tmp_path / "a.pdf").read_bytes() == b"B" and (tmp_path / "a.sebelumnya-1.pdf").read_bytes() == b"A"
