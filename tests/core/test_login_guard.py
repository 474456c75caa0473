"""Failed logins: audited (who, when, from where) in their own transaction, slowed down after
repeated failures, locked after ten; an admin unlocks; a success resets the count."""

from __future__ import annotations

import pytest

from tagana_app import accounts, audit
from tagana_app.cli import main
from tagana_app.errors import AccountLocked, AuthenticationFailed, PermissionDenied
from tests.conftest import TEST_PASSWORD, make_user


@pytest.fixture
def waits(monkeypatch) -> list[float]:  # noqa: ANN001
    """The delays a login waited, instead of waiting them."""
    waited: list[float] = []
    monkeypatch.setattr(accounts, "sleep", waited.append)
    return waited


def _fail(db, username: str = "gudang", times: int = 1):  # noqa: ANN001, ANN202
    for _ in range(times):
        with pytest.raises((AuthenticationFailed, AccountLocked)) as refused:
            accounts.login(db, username, "salah-sandi", source=accounts.SOURCE_CLI)
    return refused.value


def _state(db, username: str = "gudang") -> accounts.UserInfo:  # noqa: ANN001
    with db.read() as s:
        return next(u for u in accounts.list_users(s) if u.username == username)


def test_failures_are_audited_in_their_own_transaction_with_their_source(db, users, waits):
    _fail(db)
    with pytest.raises(AuthenticationFailed):
        accounts.login(db, "gudang", "salah-lagi", source=accounts.SOURCE_WINDOW)
    _fail(db, "tidak-ada")
    with db.read() as s:
        entries = audit.list_entries(s, audit.AuditFilter(action="user.login_failed"))
    by_source = sorted((e.username, e.changes["sumber"]) for e in entries)
    assert by_source == [("gudang", "cli"), ("gudang", "jendela"), ("tidak-ada", "cli")]
    assert all(e.at is not None for e in entries)
    assert _state(db).failed_logins == 2


def test_repeated_failures_wait_longer_and_ten_lock_the_account(db, users, waits):
    _fail(db, times=9)
    assert waits == [1.0, 2.0, 4.0, 8.0, 16.0, 30.0]  # none for the first three, then growing, capped
    assert not _state(db).locked
    refused = _fail(db)
    assert isinstance(refused, AccountLocked)
    assert "dikunci setelah 10 kali gagal masuk" in str(refused) and "minta admin membuka kunci" in str(refused)
    assert _state(db).locked
    with pytest.raises(AccountLocked):  # even the right password now
        accounts.login(db, "gudang", TEST_PASSWORD, source=accounts.SOURCE_CLI)
    with pytest.raises(PermissionDenied):
        db.write(lambda s: accounts.unlock_user(s, users["gudang"], "gudang"))
    db.write(lambda s: accounts.unlock_user(s, users["admin"], "gudang"))
    assert not _state(db).locked and _state(db).failed_logins == 0
    waits.clear()
    assert accounts.login(db, "gudang", TEST_PASSWORD, source=accounts.SOURCE_CLI).role == "gudang"
    assert waits == []


def test_a_successful_login_resets_the_count(db, users, waits):
    _fail(db, times=4)
    assert accounts.login(db, "gudang", TEST_PASSWORD, source=accounts.SOURCE_CLI).username == "gudang"
    assert waits == [1.0, 2.0]  # the fourth failure waited 1 s, the right password after it 2 s
    assert _state(db).failed_logins == 0
    _fail(db, times=3)
    assert waits == [1.0, 2.0]  # counted from zero again: three more failures wait nothing


def test_cli_locks_and_user_unlock_opens(db, db_url, waits, monkeypatch, capsys):
    admin = make_user(db, "admin", "admin")
    make_user(db, "gudang", "gudang", admin)
    monkeypatch.setenv("TAGANA_USER", "gudang")
    monkeypatch.setenv("TAGANA_PASSWORD", "salah-sandi")
    codes = [main(["--db", db_url, "user", "list"]) for _ in range(10)]
    assert codes == [1] * 10
    err = capsys.readouterr().err
    assert err.splitlines()[-1].startswith("Ditolak: Akun 'gudang' dikunci setelah 10 kali gagal masuk")
    monkeypatch.setenv("TAGANA_USER", "admin")
    monkeypatch.setenv("TAGANA_PASSWORD", TEST_PASSWORD)
    assert main(["--db", db_url, "user", "unlock", "gudang"]) == 0
    assert "dibuka" in capsys.readouterr().out
    monkeypatch.setenv("TAGANA_USER", "gudang")
    assert main(["--db", db_url, "user", "list"]) == 0  # logged in again
    with db.read() as s:
        sources = {e.changes["sumber"] for e in audit.list_entries(s, audit.AuditFilter(action="user.login_failed"))}
        assert audit.list_entries(s, audit.AuditFilter(action="user.unlock"))
    assert sources == {"cli"}
