"""Free text cleaned at the service boundary, and terminal output that cannot be forged (issue 11, item 3)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from tagana_app import accounts
from tagana_app.cleaning import TEXT_MAX, ControlCharacters, TextTooLong, clean_text
from tagana_app.cli import main
from tagana_app.cli_support import escape_terminal, format_table, json_text
from tagana_app.models import User
from tests.conftest import TEST_PASSWORD


@pytest.mark.parametrize("bad", ["a\x00b", "a\x1b[31mb", "a\x07", "a\x7f", "a\x9bb", "a\x85b", "\x08"])
def test_control_characters_are_refused_naming_the_field(bad):
    for multiline in (False, True):
        with pytest.raises(ControlCharacters, match="^Nama berisi karakter kendali"):
            clean_text(bad, field="Nama", max_len=200, multiline=multiline)


def test_line_breaks_single_line_collapsed_multiline_kept():
    assert clean_text("  Posko\nBanjir\r\nDesa\tA  ", field="Tujuan", max_len=200) == "Posko Banjir Desa A"
    assert clean_text("baris 1\r\nbaris 2\r\tbaris 3 ", field="Keterangan", max_len=200, multiline=True) == \
        "baris 1\nbaris 2\n\tbaris 3"
    assert clean_text(None, field="x", max_len=5) == ""
    assert clean_text("Ünïcödé nama — ok", field="x", max_len=200) == "Ünïcödé nama — ok"


def test_length_limit():
    assert clean_text("x" * 200, field="Nama", max_len=200) == "x" * 200
    with pytest.raises(TextTooLong, match=r"^Nama terlalu panjang: 201 karakter; paling banyak 200\.$"):
        clean_text("x" * 201, field="Nama", max_len=200)
    with pytest.raises(TextTooLong):
        clean_text("x" * (TEXT_MAX + 1), field="Keterangan", max_len=TEXT_MAX, multiline=True)


def test_every_flush_checks_text_columns_the_same_on_both_databases(db, users):
    admin = users["admin"]
    for bad, error in (("Budi\x00", ControlCharacters), ("B" * 5000, TextTooLong)):
        with pytest.raises(error, match="Nama lengkap"):
            db.write(lambda s, bad=bad: accounts.create_user(s, admin, "budi", "gudang", "rahasia-panjang-1",
                                                               full_name=bad))
    with db.read() as s:
        assert s.query(User).filter_by(username="budi").count() == 0
    user = db.write(lambda s: accounts.create_user(s, admin, "budi", "gudang", "rahasia-panjang-1",
                                                  full_name="Budi\nSantoso"))
    assert user.full_name == "Budi Santoso"  # a single-line column keeps no line break


def test_escape_terminal_and_tables():
    assert escape_terminal("a\nb\x1b[31mc\x9b\x00") == "a\\nb\\x1b[31mc\\x9b\\x00"
    assert escape_terminal("baris\nkedua\t\x1b", keep_newlines=True) == "baris\nkedua\t\\x1b"
    table = format_table([{"a": "SP-1\nuser.delete  admin", "b": "\x1b[2J"}], [("a", "A"), ("b", "B")])
    assert len(table.splitlines()) == 3 and "\x1b" not in table and "\\n" in table
    dumped = json_text({"x": "a\x9b\x7f\x1b\n"})
    assert json.loads(dumped) == {"x": "a\x9b\x7f\x1b\n"} and not any(c in dumped for c in "\x9b\x7f\x1b")


def test_audit_prints_a_stored_control_character_escaped(db, db_url, users, monkeypatch, capsys):
    """A value stored before the cleaning (an old database) cannot forge a line or a colour."""
    db.write(lambda s: s.execute(text(
        "INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, changes) "
        "VALUES (CURRENT_TIMESTAMP, NULL, 'gudang', 'stock.receive', 'penerimaan', :eid, '{}')"),
        {"eid": "SP-1\n2026-11-23 10:00:00  admin  user.delete\x1b[31m"}))
    monkeypatch.setenv("TAGANA_USER", "admin")
    monkeypatch.setenv("TAGANA_PASSWORD", TEST_PASSWORD)
    capsys.readouterr()
    assert main(["--db", db_url, "audit", "--limit", "5"]) == 0
    out, _ = capsys.readouterr()
    assert "\x1b" not in out and "SP-1\\n2026-11-23" in out and "user.delete\\x1b[31m" in out
    assert not any(line.lstrip().startswith("2026-11-23 10:00:00  admin") for line in out.splitlines())
    assert main(["--db", db_url, "audit", "--limit", "5", "--json"]) == 0
    out, _ = capsys.readouterr()
    assert json.loads(out)[0]["entity_id"].startswith("SP-1\n2026")


def test_a_refusal_quoting_typed_text_is_escaped(db_url, db, users, monkeypatch, capsys):
    monkeypatch.setenv("TAGANA_USER", "gudang")
    monkeypatch.setenv("TAGANA_PASSWORD", TEST_PASSWORD)
    capsys.readouterr()
    assert main(["--db", db_url, "stock", "receive", "GD\x1b[2J", "BRS", "5"]) == 1
    _, err = capsys.readouterr()
    assert err.startswith("Ditolak: ") and "\x1b" not in err and "GD\\x1b[2J" in err
