"""User accounts, roles and authentication (argon2id password hashes)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tagana_app import audit
from tagana_app.changes import changes
from tagana_app.cleaning import clean_text
from tagana_app.errors import (
    AccountLocked,
    AuthenticationFailed,
    Duplicate,
    NotFound,
    PermissionDenied,
    SessionEnded,
    ValidationError,
)
from tagana_app.models import ROLES, User
from tagana_app.nip import check_nip
from tagana_app.permissions import ADMIN, COORDINATOR, DEFAULT_ROLE, OFFICIAL, WAREHOUSE, can_manage_users
from tagana_app.texts import N_

if TYPE_CHECKING:
    from tagana_app.db import Database

_hasher = PasswordHasher()  # argon2id with the library's recommended parameters
MIN_PASSWORD_LENGTH = 8
SLOW_AFTER = 3  # failed logins in a row before the next attempt waits (1 s, 2 s, 4 s, ... MAX_DELAY)
MAX_DELAY = 30.0
LOCK_AFTER = 10  # failed logins in a row that lock the account until an admin unlocks it
SOURCE_CLI, SOURCE_WINDOW = "cli", "jendela"
# How a login waits; tests replace it (they must not sleep for real).
sleep: Callable[[float], None] = time.sleep

ROLE_LABELS = {  # the window translates them in the context "roles"
    ADMIN: N_("roles", "Administrator"),
    WAREHOUSE: N_("roles", "Petugas gudang"),
    COORDINATOR: N_("roles", "Koordinator tanggap darurat"),
    OFFICIAL: N_("roles", "Pejabat penandatangan"),
    DEFAULT_ROLE: N_("roles", "Pemantau (hanya baca)"),
}


@dataclass(frozen=True)
class Actor:
    """The person acting; every service that writes takes one."""

    id: int
    username: str
    role: str
    full_name: str = ""

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: str
    active: bool
    locked: bool = False
    failed_logins: int = 0
    nip: str = ""
    rank: str = ""
    position: str = ""


def _info(user: User) -> UserInfo:
    return UserInfo(user.id, user.username, user.full_name, user.role, user.active, user.locked_at is not None,
                    user.failed_logins or 0, user.nip or "", user.rank or "", user.position or "")


def require_role(actor: Actor, *roles: str, action: str) -> None:
    """Refuse unless the actor has one of ``roles`` (admin may do everything).

    The program's own rules are ``Capability`` objects (``tagana_app.permissions``); this is for a
    rule that has none yet."""
    if actor.role == ADMIN or actor.role in roles:
        return
    raise PermissionDenied(user=actor.username, role=actor.role, action=action,
                           allowed=", ".join((*roles, ADMIN)))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(N_("errors", "Kata sandi minimal {n} karakter."), n=MIN_PASSWORD_LENGTH)


def _check_username(username: str) -> str:
    username = username.strip()
    if not username or len(username) > 64 or not all(c.isalnum() or c in "._-" for c in username):
        raise ValidationError(
            N_("errors", "Nama pengguna '{name}' tidak valid: gunakan huruf, angka, titik, garis bawah atau "
                         "tanda hubung."),
            name=username)
    return username


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValidationError(N_("errors", "Peran '{role}' tidak dikenal. Pilihan: {choices}."), role=role,
                              choices=", ".join(ROLES))


def has_users(session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(User)) > 0


@changes("users")
def create_user(session: Session, actor: Actor | None, username: str, role: str, password: str,
                full_name: str = "", *, password_hash: str | None = None) -> UserInfo:
    """Create a user. Only an admin may, except for the very first user, who must be an admin.

    ``password_hash``: a hash of ``password`` made earlier with ``hash_password`` (the demo users,
    whose password is the same and public, share one; argon2 takes a good part of a second each).
    """
    username = _check_username(username)
    _check_role(role)
    _check_password(password)
    if actor is None:
        if has_users(session):
            raise PermissionDenied(user="-", role="-", action=N_("domain", "membuat pengguna tanpa masuk"),
                                   allowed=ADMIN)
        if role != ADMIN:
            raise ValidationError(N_("errors", "Pengguna pertama harus berperan admin."))
    else:
        can_manage_users.require(actor, action=N_("domain", "membuat pengguna"))
    if session.scalar(select(User.id).where(func.lower(User.username) == username.lower())):
        raise Duplicate(what=N_("domain", "Pengguna"), key=username)
    user = User(username=username, role=role, full_name=full_name.strip(),
                password_hash=password_hash or hash_password(password))
    session.add(user)
    session.flush()
    audit.record(session, actor or Actor(user.id, user.username, user.role), "user.create",
                 N_("domain", "pengguna"),
                 user.username, {"role": role, "full_name": user.full_name})
    return _info(user)


def create_first_admin(session: Session, username: str, password: str, full_name: str = "") -> UserInfo:
    """The administrator of a new database (refused once it has users)."""
    return create_user(session, None, username, ADMIN, password, full_name)


def _find_user(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))


def authenticate(session: Session, username: str, password: str) -> Actor:
    """The actor for these credentials; refuses unknown users, wrong passwords, inactive and locked
    accounts.  People log in through ``login``, which also counts, slows down and records failures."""
    user = _find_user(session, username)
    if user is None or not user.active:
        # Hash anyway so a wrong user name takes as long as a wrong password.
        _hasher.hash(password)
        raise AuthenticationFailed()
    if user.locked_at is not None:
        raise AccountLocked(user=user.username, n=LOCK_AFTER)
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise AuthenticationFailed() from None
    return Actor(user.id, user.username, user.role, user.full_name)


def login_delay(failures: int) -> float:
    """How long an attempt waits after ``failures`` failed logins in a row: nothing for the first
    ones, then 1 s, 2 s, 4 s ... up to MAX_DELAY."""
    if failures < SLOW_AFTER:
        return 0.0
    return min(2.0 ** (failures - SLOW_AFTER), MAX_DELAY)


def _record_failure(session: Session, username: str, source: str) -> bool:
    """Count and audit one failed login (in its own transaction: the attempt itself was refused);
    True when this failure locks the account."""
    user = _find_user(session, username)
    locks = False
    if user is not None:
        user.failed_logins = (user.failed_logins or 0) + 1
        locks = user.failed_logins >= LOCK_AFTER and user.locked_at is None
        if locks:
            from tagana_app import clock

            user.locked_at = clock.utcnow()
    who = Actor(user.id, user.username, user.role) if user is not None else Actor(None, username.strip()[:64], "-")  # type: ignore[arg-type]
    audit.record(session, who, "user.login_failed", N_("domain", "pengguna"), who.username,
                 {"sumber": source, "gagal_berturut": user.failed_logins if user else None,
                  "dikunci": bool(user is not None and user.locked_at is not None)})
    return locks


def login(db: Database, username: str, password: str, *, source: str) -> Actor:
    """Log a person in (the command line and the window): after SLOW_AFTER failures in a row each
    attempt first waits (``login_delay``, outside any transaction), LOCK_AFTER lock the account;
    every failure is counted and audited with where it came from, and a success resets the count."""
    with db.read() as session:
        user = _find_user(session, username)
        failures = (user.failed_logins or 0) if user is not None else 0
        locked = user is not None and user.locked_at is not None
        name = user.username if user is not None else username
    if locked:
        db.write(lambda s: _record_failure(s, username, source))
        raise AccountLocked(user=name, n=LOCK_AFTER)
    delay = login_delay(failures)
    if delay:
        sleep(delay)
    try:
        actor = db.write(lambda s: authenticate(s, username, password))
    except AuthenticationFailed:
        if db.write(lambda s: _record_failure(s, username, source)):
            raise AccountLocked(user=name, n=LOCK_AFTER) from None
        raise
    if failures:
        def reset(session: Session) -> None:
            found = _find_user(session, username)
            if found is not None:
                found.failed_logins = 0
        db.write(reset)
    return actor


@changes("users")
def unlock_user(session: Session, actor: Actor, username: str) -> UserInfo:
    """An admin unlocks an account locked by failed logins (and clears its count)."""
    can_manage_users.require(actor, action=N_("domain", "membuka kunci pengguna"))
    user = _find_user(session, username)
    if user is None:
        raise NotFound(what=N_("domain", "Pengguna"), key=username)
    audit.record(session, actor, "user.unlock", N_("domain", "pengguna"), user.username,
                 {"gagal_berturut": user.failed_logins or 0, "dikunci": user.locked_at is not None})
    user.failed_logins = 0
    user.locked_at = None
    return _info(user)


@changes("users")
def set_password(session: Session, actor: Actor, username: str, new_password: str) -> UserInfo:
    """Change a password: one's own, or anyone's for an admin."""
    user = session.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))
    if user is None:
        raise NotFound(what=N_("domain", "Pengguna"), key=username)
    if user.id != actor.id:
        can_manage_users.require(actor, action=N_("domain", "mengganti kata sandi pengguna lain"))
    _check_password(new_password)
    user.password_hash = hash_password(new_password)
    audit.record(session, actor, "user.password", N_("domain", "pengguna"), user.username,
                 {"password": "diganti"})
    return _info(user)


_PERSON_FIELDS = {  # what update_user changes: column, its label in a refusal, its longest length
    "full_name": (N_("domain", "Nama lengkap"), 200),
    "rank": (N_("domain", "Pangkat/golongan"), 100),
    "position": (N_("domain", "Jabatan"), 200),
}


@changes("users")
def update_user(session: Session, actor: Actor, username: str, *, full_name: str | None = None,
                nip: str | None = None, rank: str | None = None, position: str | None = None) -> UserInfo:
    """An admin records who a user is as a person: full name, NIP (checked: ``tagana_app.nip``), rank
    (pangkat/golongan) and position (jabatan), what the papers print under an official's signature.
    A field left ``None`` is kept; everything is checked before anything changes."""
    can_manage_users.require(actor, action=N_("domain", "mengubah data pengguna"))
    user = _find_user(session, username)
    if user is None:
        raise NotFound(what=N_("domain", "Pengguna"), key=username)
    wanted: dict[str, str] = {}
    for name, value in (("full_name", full_name), ("rank", rank), ("position", position)):
        if value is not None:
            label, longest = _PERSON_FIELDS[name]
            wanted[name] = clean_text(value, field=label, max_len=longest)
    if nip is not None:
        wanted["nip"] = check_nip(clean_text(nip, field="NIP", max_len=40))
        if wanted["nip"] and session.scalar(select(User.username).where(User.nip == wanted["nip"], User.id != user.id)):
            raise Duplicate(what="NIP", key=wanted["nip"])  # one civil servant, one NIP
    changed = {name: {"lama": getattr(user, name) or "", "baru": value} for name, value in wanted.items()
               if (getattr(user, name) or "") != value}
    for name, value in wanted.items():
        setattr(user, name, value)
    if changed:
        audit.record(session, actor, "user.update", N_("domain", "pengguna"), user.username, changed)
    return _info(user)


def _other_user(session: Session, actor: Actor, username: str, doing: str) -> User:
    """The account an admin changes: it exists and is not the admin's own (nobody deactivates or
    demotes himself: another administrator does)."""
    can_manage_users.require(actor, action=doing)
    user = _find_user(session, username)
    if user is None:
        raise NotFound(what=N_("domain", "Pengguna"), key=username)
    if user.id == actor.id:
        raise ValidationError(N_("errors", "Anda tidak dapat {doing} akun Anda sendiri ({user}); minta admin lain "
                                           "melakukannya."), doing=doing, user=user.username)
    return user


def _keep_an_admin(session: Session, user: User, doing: str) -> None:
    """Refuse to take away the last active administrator (nobody could manage the users any more)."""
    if user.role != ADMIN or not user.active:
        return
    others = session.scalar(select(func.count()).select_from(User).where(
        User.role == ADMIN, User.active.is_(True), User.id != user.id))
    if not others:
        raise ValidationError(N_("errors", "Tidak dapat {doing} {user}: ia satu-satunya admin yang aktif. Jadikan "
                                           "pengguna lain admin lebih dulu."), doing=doing, user=user.username)


@changes("users")
def set_active(session: Session, actor: Actor, username: str, active: bool) -> UserInfo:
    """An admin deactivates an account (it can no longer log in; its history stays) or activates it
    again.  Not one's own account, nor the last active admin."""
    doing = N_("domain", "mengaktifkan") if active else N_("domain", "menonaktifkan")
    user = _other_user(session, actor, username, doing)
    if user.active == active:
        return _info(user)
    if not active:
        _keep_an_admin(session, user, doing)
    user.active = active
    session.flush()
    audit.record(session, actor, "user.activate" if active else "user.deactivate", N_("domain", "pengguna"),
                 user.username, {"aktif": {"lama": not active, "baru": active}})
    return _info(user)


@changes("users")
def set_role(session: Session, actor: Actor, username: str, role: str) -> UserInfo:
    """An admin changes an account's role.  Not one's own, nor the last active admin's away from admin."""
    _check_role(role)
    doing = N_("domain", "mengubah peran")
    user = _other_user(session, actor, username, doing)
    if user.role == role:
        return _info(user)
    if role != ADMIN:
        _keep_an_admin(session, user, doing)
    old, user.role = user.role, role
    session.flush()
    audit.record(session, actor, "user.role", N_("domain", "pengguna"), user.username,
                 {"peran": {"lama": old, "baru": role}})
    return _info(user)


def still_signed_in(session: Session, actor: Actor) -> None:
    """Refuse, in the transaction about to write, the work of a window whose account was deactivated or
    given another role since it signed in (the window keeps its Actor until it logs out; the command line
    signs in for each command).  A locked account is not refused here: a stranger's wrong passwords do not
    end the session of the person at the desk."""
    row = session.execute(select(User.active, User.role).where(User.id == actor.id)).one_or_none()
    if row is None or not row.active:
        raise SessionEnded(username=actor.username)
    if row.role != actor.role:
        raise SessionEnded(SessionEnded.template_role, username=actor.username,
                           old=ROLE_LABELS.get(actor.role, actor.role), new=ROLE_LABELS.get(row.role, row.role))


def list_users(session: Session) -> list[UserInfo]:
    return [_info(u) for u in session.scalars(select(User).order_by(User.username))]
