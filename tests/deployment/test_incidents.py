from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from deployment import assignments, incidents, needs
from deployment import volunteers as vs
from tagana_app import clock
from tagana_app.errors import PermissionDenied, ValidationError
from tagana_app.models import AuditLog
from tests.deployment.conftest import add_incident, add_volunteer


def test_numbers_follow_a_sequence_per_year(db, coord):
    a = add_incident(db, coord, start=date(2026, 1, 5))
    b = add_incident(db, coord, start=date(2026, 11, 20))
    c = add_incident(db, coord, start=date(2027, 1, 2))
    assert (a.number, b.number, c.number) == ("KB-2026-0001", "KB-2026-0002", "KB-2027-0001")


def test_add_incident_validates_type_regions_status(db, coord, users):
    record = add_incident(db, coord, regions=("17.09.01", "17.09.03.2010"), kind="kebakaran permukiman",
                          status="siaga", sk_number="SK 1", status_from=date(2026, 11, 20),
                          status_to=date(2026, 12, 3), figures={"kk": 3, "jiwa": 11})
    assert record.disaster_type == "kebakaran_permukiman" and record.status == "siaga_darurat"
    assert [r.code for r in record.regions] == ["17.09.01", "17.09.03.2010"]
    assert record.figures.kk == 3 and len(record.history) == 1
    assert add_incident(db, coord, kind="bencana sosial").disaster_label == "bencana sosial"
    with pytest.raises(ValidationError, match="Jenis bencana"):
        add_incident(db, coord, kind="meteor")
    with pytest.raises(ValidationError, match="kabupaten/kota"):
        add_incident(db, coord, regions=("17.09",))
    with pytest.raises(ValidationError):
        add_incident(db, coord, regions=())
    with pytest.raises(PermissionDenied):
        add_incident(db, users["gudang"])


def test_figures_history_kept_and_latest_is_current(db, coord):
    record = add_incident(db, coord, figures={"kk": 10, "jiwa": 60, "pengungsi": 30})
    t1 = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)
    db.write(lambda s: incidents.record_figures(s, coord, record.number, {"pengungsi": 55, "luka": 2},
                                                note="hari ke-2", at=t1))
    updated = db.write(lambda s: incidents.record_figures(s, coord, record.number, {"pengungsi": 20},
                                                          at=t1 + timedelta(days=1)))
    assert updated.figures == incidents.Figures(kk=10, jiwa=60, pengungsi=20, luka=2)
    assert [h.figures.pengungsi for h in updated.history] == [30, 55, 20]
    assert updated.history[1].note == "hari ke-2"
    with pytest.raises(ValidationError):
        db.write(lambda s: incidents.record_figures(s, coord, record.number, {"meninggal": -1}))
    with db.read() as s:
        changes = s.scalars(select(AuditLog.changes).where(AuditLog.action == "incident.figures")).all()
    assert changes[0]["pengungsi"] == {"lama": 30, "baru": 55}


def test_update_status_and_list_active_first(db, coord):
    old = add_incident(db, coord, start=date(2026, 10, 1))
    new = add_incident(db, coord, start=date(2026, 11, 1), kind="puting beliung")
    db.write(lambda s: incidents.update_incident(s, coord, old.number, status="transisi darurat ke pemulihan",
                                                 sk_number="SK 2", region_codes=["17.09.02"]))
    closed = add_incident(db, coord, start=date(2026, 11, 10))
    db.write(lambda s: incidents.update_incident(s, coord, closed.number, status="selesai"))
    with db.read() as s:
        listed = incidents.list_incidents(s)
        shown = incidents.get_incident(s, old.number)
    assert [i.number for i in listed] == [new.number, old.number, closed.number]
    assert shown.status == "transisi" and shown.sk_number == "SK 2" and shown.regions[0].code == "17.09.02"
    with pytest.raises(ValidationError):
        db.write(lambda s: incidents.update_incident(s, coord, old.number, status_from=date(2026, 12, 2),
                                                     status_to=date(2026, 12, 1)))


def test_needs_estimate_from_standards():
    estimate = needs.estimate_needs(people=1500, households=400, days=7)
    lines = {n.code: n for n in estimate.lines}
    assert lines["beras"].quantity == Decimal("4200.0") and lines["beras"].unit == "kg"  # 0.4 × 1500 × 7
    assert lines["air"].quantity == 15 * 1500 * 7
    assert lines["family_kit"].quantity == 400
    assert lines["tenda"].quantity == Decimal("5250.0") and lines["tenda"].unit == "m²"  # 3.5 m² × 1500
    assert lines["selimut"].quantity == 1500
    assert lines["makanan_siap_saji"].quantity == 3 * 1500 * 3  # 3 a day for the first 3 days
    assert lines["dapur_umum"].quantity == 2  # ceil(1500 / 1000)
    assert lines["kalori"].quantity == 2100 * 1500 * 7
    with pytest.raises(ValidationError):
        needs.estimate_needs(people=-1, households=0, days=1)


def test_shortfall_with_given_quantities():
    estimate = needs.estimate_needs(people=100, households=30, days=3)
    lines = {s.code: s for s in needs.shortfall(estimate, available={"beras": 500, "family_kit": 10})}
    assert lines["beras"].short == 0 and lines["beras"].available == 500
    assert lines["family_kit"].short == 20
    assert lines["air"].available is None and lines["air"].short is None  # nothing said about water


def test_incident_counts_volunteers_on_duty(db, coord):
    record = add_incident(db, coord)
    v = add_volunteer(db, coord, 1, skills=(vs.SkillInput("logistik"),))
    today = clock.today()
    db.write(lambda s: assignments.assign_volunteer(s, coord, v.nik, record.number, "logistik", today, today))
    with db.read() as s:
        assert incidents.get_incident(s, record.number).volunteers_on_duty == 1


