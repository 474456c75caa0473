"""A known data set for the reports: stock moved over three weeks, two incidents, dispatches,
a BAST, returns, volunteers and their assignments.  Movements are back-dated so that a stock
position "as of" a past day has something to show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from deployment import assignments, incidents
from deployment import volunteers as vs
from deployment.dispatch import documents
from deployment.dispatch import service as dispatches
from inventory import catalog, stock, transfers
from inventory.ledger import Booking
from inventory.models import StockMovement
from inventory.stock import IssueLine, ReceiveLine
from tagana_app import clock
from tagana_app.accounts import Actor
from tagana_app.db import Database

TODAY = clock.today()
KEC = "17.09.01"  # Karang Tinggi
DESA = "17.09.02.2001"  # Air Sebakul, Talang Empat


def ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def backdate(session: Session, doc_number: str, day: date) -> None:
    """Pretend the document's movements were booked at noon of ``day`` (local time)."""
    at = datetime.combine(day, time(12), tzinfo=clock.zone()).astimezone(UTC)
    session.execute(update(StockMovement).where(StockMovement.doc_number == doc_number).values(at=at))


def nik(serial: int, birth: date = date(1994, 5, 17)) -> str:
    return f"{KEC.replace('.', '')}{birth.day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"


@dataclass
class Known:
    db: Database
    users: dict[str, Actor]
    incident_a: str
    incident_b: str
    d1: str
    d2: str
    bast: str
    volunteers: dict[str, int]


@pytest.fixture
def known(db: Database, users: dict[str, Actor], signers: dict, tmp_path: Path) -> Known:
    g, k, p = users["gudang"], users["koordinator"], users["pejabat"]

    def catalogue(s: Session) -> None:
        catalog.add_warehouse(s, g, "GDG", "Gudang Dinsos Kab. Bengkulu Tengah", "17.09")
        catalog.add_warehouse(s, g, "LS1", "Lumbung Sosial Karang Tinggi", KEC, kind="lumbung")
        catalog.add_item(s, g, "BRS", "Beras", "kg", category="Pangan")
        catalog.add_item(s, g, "MSS", "Makanan siap saji", "paket", category="Pangan", expires=True)
        catalog.add_item(s, g, "GEN", "Genset 2000 W", "unit", category="Peralatan", kind="equipment",
                         serialized=True)
        catalog.add_item(s, g, "VEL", "Velbed", "unit", category="Peralatan", kind="equipment")
        catalog.set_minimum(s, g, "GDG", "BRS", 2000)
    db.write(catalogue)

    def booked(work, day: date) -> Booking:  # noqa: ANN001
        def run(s: Session) -> Booking:
            b = work(s)
            backdate(s, b.doc_number, day)
            return b
        return db.write(run)

    booked(lambda s: stock.receive_goods(s, g, "GDG", [
        ReceiveLine("BRS", 1000), ReceiveLine("MSS", 200, "MSS-01", TODAY + timedelta(days=100)),
        ReceiveLine("GEN", 3, serials=("G-1", "G-2", "G-3")), ReceiveLine("VEL", 10)],
        source="kemensos", doc_date=ago(20), backdate_reason="dicatat kemudian"), ago(20))
    booked(lambda s: transfers.transfer_goods(s, g, "GDG", "LS1", [IssueLine("BRS", 100)], doc_date=ago(15),
                                          backdate_reason="dicatat kemudian"), ago(15))
    booked(lambda s: stock.issue_goods(s, g, "GDG", [IssueLine("BRS", 50)], recipient="Panti Asuhan Contoh",
                                       doc_date=ago(10), backdate_reason="dicatat kemudian"), ago(10))

    a = db.write(lambda s: incidents.add_incident(
        s, k, disaster_type="banjir", name="Banjir Uji", region_codes=["17.09.02"], started_at=ago(12),
        status_from=ago(12), status_to=ago(12) + timedelta(days=13),
        figures={"kk": 50, "jiwa": 180, "pengungsi": 120}))
    b = db.write(lambda s: incidents.add_incident(
        s, k, disaster_type="tanah_longsor", name="Longsor Uji", region_codes=["17.09.03"], started_at=ago(9)))

    def dispatch(incident: str, region: str, lines: list[tuple[str, int]], sent: date) -> str:
        data = dispatches.DispatchInput(incident=incident, warehouse="GDG", destination="Posko Uji",
                                        recipient_name="Kepala Desa Uji", recipient_position="Kepala Desa",
                                        region_code=region, dispatch_date=sent)
        number = db.write(lambda s: dispatches.create_dispatch(s, k, data)).number
        for item, qty in lines:
            db.write(lambda s, item=item, qty=qty: dispatches.add_line(s, k, number, item, qty))
        db.write(lambda s: dispatches.submit_dispatch(s, k, number))
        db.write(lambda s: dispatches.approve_dispatch(s, p, number))
        booked(lambda s: _booking(dispatches.send_dispatch(s, g, number, when=sent)), sent)
        return number

    d1 = dispatch(a.number, DESA, [("BRS", 200), ("MSS", 50), ("GEN", 2), ("VEL", 4)], ago(8))
    d2 = dispatch(b.number, "17.09.03", [("BRS", 100), ("GEN", 1)], ago(6))
    db.write(lambda s: dispatches.handover_dispatch(s, g, d1, received={"BRS": 198}, reasons={"BRS": "karung sobek"},
                                                    when=ago(7)))
    bast = db.write(lambda s: documents.print_bast(s, p, d1, out=tmp_path / "bast.pdf")).number
    db.write(lambda s: dispatches.return_goods(s, g, d1, "GEN", 1, when=ago(2)))
    db.write(lambda s: dispatches.return_goods(s, g, d1, "VEL", 1, condition="rusak ringan", when=ago(2)))
    db.write(lambda s: incidents.update_incident(s, p, b.number, status="selesai",  # the genset is still out
                                                 close_override="genset dipinjam desa"))
    # After every "as of" day the tests ask about: more rice comes in today.
    db.write(lambda s: stock.receive_goods(s, g, "GDG", [ReceiveLine("BRS", 500)], source="apbd"))

    ids = {}
    for serial, name in ((1, "Ani Relawan"), (2, "Budi Relawan")):
        data = vs.VolunteerInput(nik=nik(serial), full_name=name, region_code=KEC, sex="L",
                                 birth_date=date(1994, 5, 17), skills=("logistik",))
        ids[name] = db.write(lambda s, data=data: vs.add_volunteer(s, k, data)).id
    ani, budi = nik(1), nik(2)
    db.write(lambda s: assignments.assign_volunteer(s, p, ani, a.number, "logistik", ago(12), ago(3),
                                                    override_reason="uji"))
    db.write(lambda s: assignments.assign_volunteer(s, p, budi, a.number, "logistik", ago(5), TODAY + timedelta(days=5),
                                                    override_reason="uji"))
    return Known(db, users, a.number, b.number, d1, d2, bast, ids)


def _booking(record: dispatches.DispatchRecord) -> Booking:
    """send_dispatch returns the dispatch; the ledger document number is the dispatch number."""
    return Booking("pengiriman", record.number, record.sent_on or TODAY, ())
