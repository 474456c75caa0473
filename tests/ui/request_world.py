"""Requests for aid on the demo data set, for the English walk and the screenshots: one waiting for the
pejabat (received some days ago: overdue), one decided (a line in part, a line refused) and one asking
for volunteers too."""

from __future__ import annotations

from datetime import timedelta

from deployment import incidents as incident_service
from deployment import requests as R
from deployment.dispatch import service as D
from inventory import catalog
from tagana_app import accounts, clock
from tagana_app.db import Database
from tagana_app.demo import DEMO_PASSWORD


def seed_requests(db: Database) -> list[str]:
    """The numbers of the requests made (as the demo's koordinator, decided by its pejabat)."""
    with db.read() as s:
        koordinator = accounts.authenticate(s, "koordinator", DEMO_PASSWORD)
        pejabat = accounts.authenticate(s, "pejabat", DEMO_PASSWORD)
        incident = next(i for i in incident_service.list_incidents(s) if i.status != "selesai")
        warehouse = catalog.list_warehouses(s)[0].code
        goods = [f.code for f in D.free_items(s, warehouse)][:3]
    region = incident.regions[-1].code
    today = clock.today()
    letters = [("desa", "Suparman", "Kepala Desa", "140/27/DS/2026", today - timedelta(days=6),
                [(goods[0], 120), (goods[1], 40)], {}),
               ("kecamatan", "Drs. Hendra Wijaya", "Camat", "300/112/KEC/2026", today - timedelta(days=2),
                [(goods[0], 200), (goods[2], 30), ("beras", 500)], {"dapur_umum": 4}),
               ("posko", "Rina Oktaviani", "Koordinator posko", "05/POSKO/2026", today,
                [(goods[1], 60)], {"logistik": 2, "psikososial": 1})]
    numbers = []
    for kind, name, position, letter, day, lines, people in letters:
        data = R.RequestInput(incident=incident.number, requester_kind=kind, region_code=region,
                              requester_name=name, requester_position=position, letter_number=letter,
                              letter_date=day, received_on=day, people=people,
                              lines=[R.RequestLineInput(what, n) for what, n in lines])
        numbers.append(db.write(lambda s, d=data: R.add_request(s, koordinator, d)).number)
    db.write(lambda s: R.decide_request(s, pejabat, numbers[1], lines={
        goods[0]: R.Decision(150, "stok terbatas"), goods[2]: R.Decision(30),
        "beras": R.Decision(0, "beras sudah disalurkan BPBD")}, people={"dapur_umum": R.Decision(4)},
        note="Segera salurkan; koordinasi dengan Camat"))
    return numbers

