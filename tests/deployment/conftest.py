"""Helpers for the deployment tests: invented NIKs, volunteers and incidents."""

from __future__ import annotations

from datetime import date

import pytest

from deployment import incidents
from deployment import volunteers as vs
from tagana_app.accounts import Actor
from tagana_app.db import Database

KEC = "17.09.01"  # Karang Tinggi, Kabupaten Bengkulu Tengah


def make_nik(birth: date, sex: str = "L", serial: int = 1, kecamatan: str = KEC) -> str:
    day = birth.day + (40 if sex == "P" else 0)
    return f"{kecamatan.replace('.', '')}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"


def add_volunteer(db: Database, actor: Actor, serial: int, *, name: str | None = None, sex: str = "L",
                  birth: date = date(1995, 3, 14), region: str = KEC, skills: tuple = (), **extra) -> vs.VolunteerRecord:
    data = vs.VolunteerInput(nik=make_nik(birth, sex, serial, region[:8] if len(region) >= 8 else KEC), full_name=name or f"Relawan Uji {serial}",
                             region_code=region, sex=sex, birth_date=birth, skills=skills, **extra)
    return db.write(lambda s: vs.add_volunteer(s, actor, data))


def add_incident(db: Database, actor: Actor, *, regions: tuple[str, ...] = (KEC,), kind: str = "banjir",
                 start: date = date(2026, 11, 20), **extra) -> incidents.IncidentRecord:
    return db.write(lambda s: incidents.add_incident(s, actor, disaster_type=kind, name=f"{kind} uji",
                                                     region_codes=list(regions), started_at=start, **extra))


@pytest.fixture
def coord(users: dict[str, Actor]) -> Actor:
    return users["koordinator"]
