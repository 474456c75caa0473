from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tagana_app import accounts, audit
from tagana_app.errors import AuthenticationFailed, Duplicate, PermissionDenied, ValidationError
from tagana_app.models import AuditLog, User
from tests.conftest import TEST_PASSWORD, make_user


def test_first_user_must_be_admin_and_only_once(db):
    with pytest.raises(ValidationError):
        db.write(lambda s: accounts.create_user(s, None, "op", "gudang", TEST_PASSWORD))
    make_user(db, "kepala", "admin")
    with pytest.raises(PermissionDenied):
        db.write(lambda s: accounts.create_user(s, None, "kedua", "admin", TEST_PASSWORD))


def test_password_is_argon2id_and_verified(db, admin):
    with db.read() as s:
        stored = s.scalar(select(User.password_hash).where(User.username == "admin"))
    assert stored.startswith("$argon2id$") and TEST_PASSWORD not in stored
    actor = db.write(lambda s: accounts.authenticate(s, "ADMIN", TEST_PASSWORD))
    assert actor.role == "admin"
    with pytest.raises(AuthenticationFailed):
        db.write(lambda s: accounts.authenticate(s, "admin", "salah-sandi"))
    with pytest.raises(AuthenticationFailed):
        db.write(lambda s: accounts.authenticate(s, "tidakada", TEST_PASSWORD))


def test_only_admin_creates_users_and_refusal_writes_nothing(db, users):
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(AuditLog))
    with pytest.raises(PermissionDenied) as err:
        db.write(lambda s: accounts.create_user(s, users["gudang"], "baru", "gudang", TEST_PASSWORD))
    assert "tidak berwenang" in str(err.value)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditLog)) == before
        assert s.scalar(select(User).where(User.username == "baru")) is None


def test_duplicate_username_and_bad_role_and_short_password(db, admin):
    with pytest.raises(Duplicate):
        db.write(lambda s: accounts.create_user(s, admin, "Admin", "gudang", TEST_PASSWORD))
    with pytest.raises(ValidationError, match="Peran"):
        db.write(lambda s: accounts.create_user(s, admin, "x", "raja", TEST_PASSWORD))
    with pytest.raises(ValidationError, match="minimal"):
        db.write(lambda s: accounts.create_user(s, admin, "x", "gudang", "pendek"))


def test_password_change_self_or_admin_and_audited(db, users):
    db.write(lambda s: accounts.set_password(s, users["gudang"], "gudang", "sandi-baru-123"))
    db.write(lambda s: accounts.authenticate(s, "gudang", "sandi-baru-123"))
    with pytest.raises(PermissionDenied):
        db.write(lambda s: accounts.set_password(s, users["gudang"], "pejabat", "sandi-baru-123"))
    db.write(lambda s: accounts.set_password(s, users["admin"], "pejabat", "sandi-baru-456"))
    with db.read() as s:
        rows = audit.list_entries(s, audit.AuditFilter(action="user.password"))
    assert [(r.username, r.entity_id) for r in rows] == [("admin", "pejabat"), ("gudang", "gudang")]
    assert all("sandi-baru" not in str(r.changes) for r in rows)


def test_audit_filters_and_paging(db, users):
    with db.read() as s:
        everything = audit.list_entries(s)
        assert audit.count_entries(s) == len(everything) == 5
        assert [e.entity_id for e in audit.list_entries(s, limit=2, offset=1)] == \
            [e.entity_id for e in everything[1:3]]
        assert {e.entity_id for e in audit.list_entries(s, audit.AuditFilter(text="KOOR"))} == {"koordinator"}
        assert audit.count_entries(s, audit.AuditFilter(username="nobody")) == 0
