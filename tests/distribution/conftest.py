"""A small world for the distribution tests: warehouse GDG with stock, an incident, a family kit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy.orm import Session

from deployment import incidents
from deployment.dispatch import kits
from deployment.distribution import service
from inventory import catalog, ledger, stock
from inventory.stock import ReceiveLine
from tagana_app import clock
from tagana_app.accounts import Actor
from tagana_app.db import Database

TODAY = clock.today()
KEC = "17.09.03"
DESA = "17.09.03.2009"     # Talang Pauh
DESA2 = "17.09.03.2010"    # Srikaton
NIK = "1709031403950001"
NIK2 = "1709035504880002"


@dataclass
class World:
    db: Database
    users: dict[str, Actor]
    incident: str

    def give(self, actor: Actor | None = None, **extra) -> service.DistributionRecord:  # noqa: ANN003
        fields = {"incident": self.incident, "desa_code": DESA, "recipient_name": "Siti Aminah", "nik": NIK,
                  "household_size": 4, "warehouse": "GDG",
                  "lines": (service.DistributionLineInput("BRS", 10),), **extra}
        data = service.DistributionInput(**fields)
        return self.db.write(lambda s: service.distribute(s, actor or self.users["koordinator"], data))

    def balance(self, item: str) -> int:
        with self.db.read() as s:
            return ledger.available(s, catalog.get_warehouse(s, "GDG").id, catalog.find_item(s, item).id)


@pytest.fixture
def world(db: Database, users: dict[str, Actor]) -> World:
    g, k = users["gudang"], users["koordinator"]

    def goods(s: Session) -> None:
        catalog.add_warehouse(s, g, "GDG", "Gudang Dinsos Kab. Bengkulu Tengah", "17.09")
        catalog.add_item(s, g, "BRS", "Beras", "kg", category="Pangan")
        catalog.add_item(s, g, "FK", "Family kit", "paket", category="Sandang")
        catalog.add_item(s, g, "MSS", "Makanan siap saji", "paket", category="Pangan")
        stock.receive_goods(s, g, "GDG", [ReceiveLine("BRS", 1000), ReceiveLine("FK", 50), ReceiveLine("MSS", 200)],
                            source="kemensos")
        kits.create_kit(s, g, "PKK", "Paket keluarga", "kk",
                        [kits.KitLineInput("FK", 1), kits.KitLineInput("BRS", 10)])
        kits.create_kit(s, g, "PJW", "Paket per jiwa", "jiwa", [kits.KitLineInput("MSS", 3)])
    db.write(goods)
    number = db.write(lambda s: incidents.add_incident(
        s, k, disaster_type="banjir", name="Banjir uji Pondok Kelapa", region_codes=[KEC],
        started_at=TODAY - timedelta(days=2))).number
    return World(db, users, number)
