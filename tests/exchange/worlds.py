"""Worlds for the exchange tests: a posko's own database beside the office's.

``posko_db`` makes a new SQLite file, migrated, with the posko as its own site (keys made there) and
the office as a known site; at the office it records the posko site (its public key, its incident),
as the office has it once the posko's reply file is imported.  ``carry`` moves the records of one
direction across without files: collect at the sender, a JSON round trip, apply at the receiver.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from deployment.exchange import kinds, sites
from deployment.exchange.models import Site
from deployment.models import Incident
from tagana_app import migrate
from tagana_app.db import Database


def posko_db(tmp_path: Path, office_session: Session, code: str = "PSK-01", *, incident: str | None = None,
             name: str | None = None, region_code: str = "") -> Database:
    """A migrated posko database ``<tmp_path>/<code>.db`` paired with the office of ``office_session``.

    ``incident``: the number of the incident the posko serves (recorded on its site at the office; at
    the posko the incident arrives with the first records)."""
    office = sites.self_site(office_session)
    name = name or f"Posko {code}"
    db = Database.open(str(tmp_path / f"{code}.db"))
    migrate.upgrade(db)

    def setup(s: Session) -> str:
        own = sites.make_self(s, code, name, "posko", region_code=region_code)
        s.add(Site(code=office.code, name=office.name, kind=office.kind, status="aktif", public_key=office.public_key,
                   region_code=office.region_code, profile={}, peer_held=[]))
        s.flush()
        return own.public_key
    public_key = db.write(setup)
    incident_id = None
    if incident is not None:
        incident_id = office_session.scalar(select(Incident.id).where(Incident.number == incident))
    office_session.add(Site(code=code, name=name, kind="posko", status="aktif", public_key=public_key,
                            region_code=region_code, incident_id=incident_id, profile={}, peer_held=[]))
    office_session.flush()
    return db


@dataclass
class Carried:
    applied: int = 0
    pending: list[str] = field(default_factory=list)   # messages
    refused: list[str] = field(default_factory=list)


def carry(sender: Database, receiver: Database, receiver_code: str, direction: str = kinds.DOWN) -> Carried:
    """Every record of ``direction`` from ``sender`` to the site ``receiver_code``, applied at ``receiver``
    in kind order (each in a savepoint, as the engine does)."""
    with sender.read() as s:
        sender_code = sites.self_site(s).code
        to = sites.info(sites.get(s, receiver_code))
        batch = [(k, json.loads(json.dumps(list(k.collect(s, to))))) for k in kinds.of_direction(direction)]

    def work(s: Session) -> Carried:
        result = Carried()
        frm = sites.info(sites.get(s, sender_code))
        for kind, records in batch:
            for key, data in records:
                try:
                    with s.begin_nested():
                        assert kind.apply is not None
                        kind.apply(s, frm, key, data)
                    result.applied += 1
                except kinds.Pending as exc:
                    result.pending.append(exc.message)
                except kinds.Refused as exc:
                    result.refused.append(exc.message)
        return result
    return receiver.write(work)
