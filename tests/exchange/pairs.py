"""Several databases in one test: an office (the test's backend) and poskos (SQLite files), paired the
way people pair them: the set-up file, joining on an empty database, the reply taken at the office
with the fingerprint read over the phone."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from deployment.exchange import engine, posko, sites
from tagana_app.accounts import Actor
from tagana_app.db import Database
from tests.conftest import TEST_PASSWORD


def fresh_sqlite(templates: dict[str, str], path: Path) -> Database:
    """A new migrated, empty SQLite database at ``path`` (a laptop's)."""
    shutil.copyfile(templates["sqlite"], path)
    return Database.open(str(path))


@dataclass
class Posko:
    code: str
    db: Database
    admin: Actor
    setup: engine.Made
    reply: engine.Made


def admin_of(db: Database, username: str) -> Actor:
    from sqlalchemy import select

    from tagana_app.models import User

    with db.read() as s:
        user = s.scalar(select(User).where(User.username == username))
        return Actor(user.id, user.username, user.role, user.full_name)


def make_posko(office: Database, actor: Actor, templates: dict[str, str], path: Path, *, code: str = "PSK-01",
               incident: str, name: str = "Pondok Kelapa", take_reply: bool = True) -> Posko:
    setup = office.write(lambda s: posko.create_posko(s, actor, code, name=name, incident_number=incident))
    with office.read() as s:
        office_fp = sites.self_site(s).fingerprint
    laptop = fresh_sqlite(templates, path)
    reply = laptop.write(lambda s: posko.join(s, setup.data, admin=f"admin-{code.lower()}", password=TEST_PASSWORD,
                                              expect_fingerprint=office_fp))
    with laptop.read() as s:
        posko_fp = sites.self_site(s).fingerprint
    if take_reply:
        office.write(lambda s: engine.import_file(s, actor, reply.data, expect_fingerprint=posko_fp))
    return Posko(code, laptop, admin_of(laptop, f"admin-{code.lower()}"), setup, reply)


def send(from_db: Database, actor: Actor, to_code: str, *, full: bool = False) -> engine.Made:
    return from_db.write(lambda s: engine.export(s, actor, to_code, full=full))


def take(to_db: Database, actor: Actor, made: engine.Made | bytes) -> engine.Outcome:
    data = made.data if isinstance(made, engine.Made) else made
    return to_db.write(lambda s: engine.import_file(s, actor, data))
