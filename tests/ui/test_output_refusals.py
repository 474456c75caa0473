"""The window refuses the same output paths as the command line, in a message box (issue 11, item 1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tagana_app import accounts
from ui import dialogs, ops
from ui.pages.volunteers import VolunteersPage


def test_relawan_export_pointed_at_the_database_file_is_refused_in_a_message_box(
        qtbot, make_ctx, users, db, monkeypatch, no_modal_dialogs) -> None:
    if not db.is_sqlite:
        pytest.skip("the case is about the SQLite file")
    before = db.sqlite_path.read_bytes()
    monkeypatch.setattr(dialogs, "save_file_name", lambda *a, **k: db.sqlite_path)  # the person picks it
    page = VolunteersPage(make_ctx(users["koordinator"]))  # a koordinator may export, never over the database
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not ops.busy())
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ops.busy())
    assert len(no_modal_dialogs) == 1
    kind, text = no_modal_dialogs[0]
    assert kind == "warn" and str(db.sqlite_path) in text and "basis data yang sedang dipakai" in text
    assert db.sqlite_path.read_bytes() == before
    with db.read() as s:
        assert [u.username for u in accounts.list_users(s)]  # still a working database
