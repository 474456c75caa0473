"""An admin deactivates, activates and changes the role of other accounts: never his own, never the last
active admin; a deactivated account cannot log in; `tagana user deactivate|activate|role`."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from tagana_app import accounts
from tagana_app.errors import AuthenticationFailed, PermissionDenied, ValidationError
from tagana_app.models import AuditLog
from tests.conftest import TEST_PASSWORD, cli_runner


def _audit(db, action: str) -> list[dict]:  # noqa: ANN001
    with db.read() as s:
        return [row.changes for row in s.scalars(select(AuditLog).where(AuditLog.action == action))]


def test_a_deactivated_user_cannot_log_in_until_activated_again(db, users):
    admin = users["admin"]
    info = db.write(lambda s: accounts.set_active(s, admin, "gudang", False))
    assert not info.active
    with pytest.raises(AuthenticationFailed):
        accounts.login(db, "gudang", TEST_PASSWORD, source=accounts.SOURCE_WINDOW)
    assert _audit(db, "user.deactivate") == [{"aktif": {"lama": True, "baru": False}}]
    db.write(lambda s: accounts.set_active(s, admin, "gudang", True))
    assert accounts.login(db, "gudang", TEST_PASSWORD, source=accounts.SOURCE_WINDOW).role == "gudang"


def test_nobody_deactivates_or_demotes_himself_nor_the_last_active_admin(db, users):
    admin = users["admin"]
    for work in (lambda s: accounts.set_active(s, admin, "admin", False),
                 lambda s: accounts.set_role(s, admin, "ADMIN", "pemantau")):
        with pytest.raises(ValidationError, match="akun Anda sendiri"):
            db.write(work)
    second = db.write(lambda s: accounts.set_role(s, admin, "pejabat", "admin"))
    assert second.role == "admin" and _audit(db, "user.role") == [{"peran": {"lama": "pejabat", "baru": "admin"}}]
    other = accounts.Actor(second.id, second.username, second.role)
    db.write(lambda s: accounts.set_active(s, other, "admin", False))  # another admin remains: allowed
    with pytest.raises(ValidationError, match="satu-satunya admin yang aktif"):
        db.write(lambda s: accounts.set_active(s, admin, "pejabat", False))  # were admin still active: no
    with db.read() as s:
        assert {u.username: (u.role, u.active) for u in accounts.list_users(s)}["admin"] == ("admin", False)
    db.write(lambda s: accounts.set_active(s, other, "admin", True))
    db.write(lambda s: accounts.set_role(s, admin, "pejabat", "pejabat"))  # two active admins: back to pejabat
    with pytest.raises(ValidationError, match="satu-satunya admin yang aktif"):
        db.write(lambda s: accounts.set_role(s, other, "admin", "gudang"))


def test_only_an_admin_changes_accounts(db, users):
    for work in (lambda s: accounts.set_active(s, users["pejabat"], "gudang", False),
                 lambda s: accounts.set_role(s, users["koordinator"], "gudang", "admin")):
        with pytest.raises(PermissionDenied, match="yang berwenang: admin"):
            db.write(work)
    with pytest.raises(ValidationError, match="Peran 'raja' tidak dikenal"):
        db.write(lambda s: accounts.set_role(s, users["admin"], "gudang", "raja"))
    with db.read() as s:
        assert {(u.role, u.active) for u in accounts.list_users(s) if u.username == "gudang"} == {("gudang", True)}


@pytest.fixture
def run(db_url, monkeypatch, capsys):  # noqa: ANN001, ANN201
    return cli_runner(db_url, monkeypatch, capsys, "admin")


def test_user_commands(db, users, run):
    code, out, _ = run("user", "deactivate", "gudang", "--json")
    assert code == 0 and json.loads(out)["active"] is False
    code, _, err = run("user", "list", user="gudang")
    assert code == 1 and "salah" in err  # a deactivated account cannot log in on the command line either
    code, out, _ = run("user", "activate", "gudang")
    assert code == 0 and "Akun gudang aktif." in out
    code, out, _ = run("user", "role", "gudang", "koordinator", "--json")
    assert code == 0 and json.loads(out)["role"] == "koordinator"
    code, _, err = run("user", "role", "admin", "pemantau")
    assert code == 1 and "akun Anda sendiri" in err
    code, _, err = run("user", "deactivate", "pejabat", user="koordinator")
    assert code == 1 and "tidak berwenang" in err
    assert run("user", "role", "gudang", "raja")[0] == 2
    with db.read() as s:
        assert {u.username: (u.role, u.active) for u in accounts.list_users(s)}["pejabat"] == ("pejabat", True)


def test_a_signed_in_account_deactivated_or_given_another_role_meanwhile_is_refused(db, users):
    """The window keeps the Actor it signed in with: its next write checks the account still is what it was."""
    admin, pejabat, gudang = users["admin"], users["pejabat"], users["gudang"]
    db.write(lambda s: accounts.still_signed_in(s, pejabat))  # nothing changed: the work goes on
    db.write(lambda s: accounts.set_role(s, admin, "pejabat", "pemantau"))
    with pytest.raises(accounts.SessionEnded, match="diubah administrator dari Pejabat .* menjadi Pemantau"):
        db.write(lambda s: accounts.still_signed_in(s, pejabat))
    db.write(lambda s: accounts.set_active(s, admin, "gudang", False))
    with pytest.raises(accounts.SessionEnded, match="Akun gudang sudah dinonaktifkan"):
        db.write(lambda s: accounts.still_signed_in(s, gudang))
    db.write(lambda s: accounts.set_active(s, admin, "gudang", True))
    db.write(lambda s: accounts.still_signed_in(s, gudang))
