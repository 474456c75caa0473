"""Benchmark: a posko's day in one exchange file (500 distributions, 50 check-ins, 10 requests).

An office and a posko (new SQLite files; with ``--pg URL`` the office on a throwaway PostgreSQL
database) paired through real set-up and reply files; the office sends the posko its goods (one
dispatch, handed over complete).  Then the posko's day: 500 distributions of 2 to 4 lines to
households of its villages (through the distribution service), 50 volunteers checked in, 10 requests.
Printed next to a baseline measured in the same run:

- the posko's exchange file (export: collect, hash, remember what was sent, sign, compress): its size
  and time, next to the same records as a plain ``json.dumps`` + ``zlib.compress``;
- taking it at the office (verify, apply every record in savepoints, acknowledge), next to
  ``zlib.decompress`` + ``json.loads`` of the baseline;
- the next export with nothing new (what the posko pays to make a file every evening).

Usage: .venv/bin/python bench/exchange.py [--distributions 500] [--checkins 50] [--requests 10] [--pg URL]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from bench.printing import database  # noqa: E402
from deployment import assignments, incidents  # noqa: E402
from deployment import requests as aid_requests  # noqa: E402
from deployment import volunteers as vs  # noqa: E402
from deployment.dispatch import service as dispatches  # noqa: E402
from deployment.distribution import service as distributions  # noqa: E402
from deployment.exchange import engine, posko, sites  # noqa: E402
from deployment.exchange.envelope import unpack  # noqa: E402
from deployment.exchange.models import ExchangeRef  # noqa: E402
from inventory import catalog, stock  # noqa: E402
from inventory.stock import ReceiveLine  # noqa: E402
from tagana_app import accounts, clock, migrate, regions  # noqa: E402
from tagana_app.accounts import Actor  # noqa: E402
from tagana_app.db import Database  # noqa: E402

PASSWORD = "sandi-bench-123"
KEC = "17.09.03"  # Pondok Kelapa, Bengkulu Tengah
POSKO = "PSK-01"
ITEMS = (("BRS", "Beras", "kg", False), ("MSS", "Makanan siap saji", "paket", True),
         ("MIE", "Mi instan", "dus", True), ("AIR", "Air mineral 600 ml", "dus", True),
         ("MNY", "Minyak goreng", "liter", True), ("GLA", "Gula pasir", "kg", False),
         ("FK", "Family kit", "paket", False), ("HYG", "Hygiene kit", "paket", False),
         ("SLM", "Selimut", "lembar", False), ("TKR", "Tikar", "lembar", False),
         ("PPK", "Popok bayi", "paket", True), ("SBN", "Sabun mandi", "buah", False))
GIVEN = ("Ahmad", "Budi", "Dedi", "Eko", "Fajar", "Hendra", "Irfan", "Joko", "Rizki", "Yudi", "Ayu", "Dewi",
         "Fitri", "Indah", "Lina", "Maya", "Nurul", "Putri", "Rina", "Sari", "Tika", "Wulan", "Yuni", "Desi")
FAMILY = ("Saputra", "Pratama", "Wijaya", "Hidayat", "Kurniawan", "Setiawan", "Nugroho", "Santoso", "Lestari",
          "Ramadhan", "Firmansyah", "Maulana", "Hasibuan", "Harahap", "Siregar", "Lubis", "Gunawan", "Susanti")


def nik(rng: random.Random, serial: int, years: tuple[int, int] = (1950, 2005)) -> tuple[str, date, str]:
    """A NIK issued in Pondok Kelapa (women: day + 40), with the birth date and sex it says."""
    sex = rng.choice("LP")
    born = date(rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28))
    day = born.day + (40 if sex == "P" else 0)
    return f"{KEC.replace('.', '')}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}", born, sex


def name(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    t0 = time.perf_counter()
    result = fn()
    return result, (time.perf_counter() - t0) * 1000


def office_world(db: Database, volunteers: int, rng: random.Random) -> tuple[dict[str, Actor], str]:
    """Users, warehouse GDG with stock of the items, an incident in Pondok Kelapa, volunteers assigned."""
    users = {}
    for username, role in (("admin", "admin"), ("gudang", "gudang"), ("koordinator", "koordinator"),
                           ("pejabat", "pejabat")):
        info = db.write(lambda s, u=username, r=role: accounts.create_user(s, users.get("admin"), u, r, PASSWORD,
                                                                           u.title()))
        users[username] = Actor(info.id, info.username, info.role, info.full_name)
    g, k = users["gudang"], users["koordinator"]
    today = clock.today()

    def goods(s: Any) -> None:
        catalog.add_warehouse(s, g, "GDG", "Gudang Dinsos Kab. Bengkulu Tengah", "17.09")
        for code, label, unit, expires in ITEMS:
            catalog.add_item(s, g, code, label, unit, category="Bantuan", expires=expires)
        stock.receive_goods(s, g, "GDG", [
            ReceiveLine(code, 20_000, batch="B1" if expires else "", expiry=today + timedelta(days=300) if expires
                        else None) for code, _label, _unit, expires in ITEMS], source="kemensos")
    db.write(goods)
    incident = db.write(lambda s: incidents.add_incident(
        s, k, disaster_type="banjir", name="Banjir Pondok Kelapa", region_codes=[KEC],
        started_at=today - timedelta(days=2), figures={"kk": 900, "jiwa": 3200, "pengungsi": 1500})).number
    for n in range(1, volunteers + 1):
        number, born, sex = nik(rng, 9000 + n, years=(1980, 2000))
        data = vs.VolunteerInput(nik=number, full_name=name(rng), region_code=KEC, sex=sex, birth_date=born,
                                 niat=f"TGN-BN-{n:03d}")
        db.write(lambda s, d=data: vs.add_volunteer(s, k, d))
        db.write(lambda s, d=data: assignments.assign_volunteer(s, k, d.nik, incident, "logistik",
                                                                today - timedelta(days=1), today + timedelta(days=10)))
    return users, incident


def pair(office: Database, users: dict[str, Actor], incident: str, path: Path) -> tuple[Database, Actor]:
    k = users["koordinator"]
    setup = office.write(lambda s: posko.create_posko(s, k, POSKO, name="Posko Pondok Kelapa",
                                                      incident_number=incident))
    laptop = Database.open(str(path))
    migrate.upgrade(laptop)
    reply = laptop.write(lambda s: posko.join(s, setup.data, admin="admin-posko", password=PASSWORD))
    with laptop.read() as s:
        posko_fp = sites.self_site(s).fingerprint
    office.write(lambda s: engine.import_file(s, k, reply.data, expect_fingerprint=posko_fp))
    with laptop.read() as s:
        info = accounts.list_users(s)[0]
    return laptop, Actor(info.id, info.username, info.role, info.full_name)


def stock_the_posko(office: Database, users: dict[str, Actor], incident: str, laptop: Database,
                    admin: Actor) -> None:
    """One dispatch of every item, sent, taken at the posko in a file and handed over complete."""
    k = users["koordinator"]
    data = dispatches.DispatchInput(incident=incident, warehouse="GDG", destination="", posko=POSKO,
                                    recipient_name="Ketua Posko", vehicle_plate="BD 8123 AB",
                                    driver_name="Joko Santoso")
    number = office.write(lambda s: dispatches.create_dispatch(s, k, data)).number
    for code, *_rest in ITEMS:
        office.write(lambda s, c=code: dispatches.add_line(s, k, number, c, 5_000))
    office.write(lambda s: dispatches.submit_dispatch(s, k, number))
    office.write(lambda s: dispatches.approve_dispatch(s, users["pejabat"], number))
    office.write(lambda s: dispatches.send_dispatch(s, users["gudang"], number))
    made = office.write(lambda s: engine.export(s, k, POSKO))
    laptop.write(lambda s: engine.import_file(s, admin, made.data))
    laptop.write(lambda s: dispatches.handover_dispatch(s, admin, number))
    office_code = _office_code(office)
    back = laptop.write(lambda s: engine.export(s, admin, office_code))
    office.write(lambda s: engine.import_file(s, k, back.data))


def _office_code(office: Database) -> str:
    with office.read() as s:
        return sites.self_site(s).code


def posko_day(laptop: Database, admin: Actor, incident: str, rng: random.Random, *, count: int, checkins: int,
              requests: int) -> float:
    """The day's work at the posko; returns its time in seconds."""
    desas = [r.code for r in regions.children(KEC)][:8]
    t0 = time.perf_counter()
    for n in range(count):
        chosen = rng.sample(ITEMS, rng.randint(2, 4))
        lines = tuple(distributions.DistributionLineInput(code, rng.randint(1, 10)) for code, *_ in chosen)
        if n % 20 == 19:  # now and then a whole village's share, to the village office
            fields = {"recipient_kind": "desa", "recipient_name": "Kantor desa", "household_size": None}
        else:
            number, _born, _sex = nik(rng, n + 1)
            fields = {"recipient_name": name(rng), "nik": number, "household_size": rng.randint(1, 7)}
        data = distributions.DistributionInput(incident=incident, desa_code=desas[n % len(desas)], lines=lines,
                                               confirm_repeat=True, **fields)
        laptop.write(lambda s, d=data: distributions.distribute(s, admin, d))
    with laptop.read() as s:
        ids = list(s.scalars(select(ExchangeRef.local_id).where(ExchangeRef.kind == "assignment")
                             .order_by(ExchangeRef.local_id)))
    for assignment_id in ids[:checkins]:
        laptop.write(lambda s, a=assignment_id: assignments.check_in(s, admin, a))
    for n in range(requests):
        chosen = rng.sample(ITEMS, rng.randint(2, 3))
        data = aid_requests.RequestInput(
            incident=incident, requester_kind="posko", region_code=KEC, requester_name="Ketua Posko Pondok Kelapa",
            letter_number=f"{n + 1:03d}/PSK-01/XI/2026", letter_date=clock.today(),
            lines=[aid_requests.RequestLineInput(code, rng.randint(50, 500)) for code, *_ in chosen])
        laptop.write(lambda s, d=data: aid_requests.add_request(s, admin, d))
    return time.perf_counter() - t0


def run(pg: str | None, args: argparse.Namespace) -> None:
    rng = random.Random(15)
    with tempfile.TemporaryDirectory(prefix="tagana-bench-exchange-") as tmp, \
            database(Path(tmp), pg) as office:
        users, incident = office_world(office, args.checkins, rng)
        laptop, admin = pair(office, users, incident, Path(tmp) / "posko.db")
        try:
            stock_the_posko(office, users, incident, laptop, admin)
            seconds = posko_day(laptop, admin, incident, rng, count=args.distributions, checkins=args.checkins,
                                requests=args.requests)
            office_code = _office_code(office)
            made, export_ms = timed(lambda: laptop.write(lambda s: engine.export(s, admin, office_code)))
            outcome, import_ms = timed(lambda: office.write(
                lambda s: engine.import_file(s, users["koordinator"], made.data)))
            records = unpack(made.data).body()["records"]
            packed, pack_ms = timed(lambda: zlib.compress(json.dumps(records).encode()))
            _, unpack_ms = timed(lambda: json.loads(zlib.decompress(packed)))
            idle, idle_ms = timed(lambda: laptop.write(lambda s: engine.export(s, admin, office_code)))
        finally:
            laptop.dispose()
    where = "PostgreSQL" if pg else "SQLite"
    kinds: dict[str, int] = {}
    for kind, _key, _data in records:
        kinds[kind] = kinds.get(kind, 0) + 1
    print(f"\nKantor di {where}; hari posko dicatat dalam {seconds:.1f} s "
          f"({args.distributions} distribusi, {args.checkins} check-in, {args.requests} permintaan)")
    print(f"berkas {made.name}: {made.records} catatan ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}); "
          f"diterapkan {outcome.applied}, tertunda {outcome.pending}, ditolak {outcome.refused}")
    print(f"{'':34}{'berkas .tagana':>16}{'json+zlib':>14}{'rasio':>8}")
    print(f"{'ukuran (byte)':34}{made.size:>16,}{len(packed):>14,}{made.size / len(packed):>8.2f}")
    print(f"{'byte per distribusi':34}{made.size / args.distributions:>16,.0f}"
          f"{len(packed) / args.distributions:>14,.0f}")
    print(f"{'membuat berkas di posko (ms)':34}{export_ms:>16,.0f}{pack_ms:>14,.1f}{export_ms / pack_ms:>8.0f}")
    print(f"{'mengambil berkas di kantor (ms)':34}{import_ms:>16,.0f}{unpack_ms:>14,.1f}{import_ms / unpack_ms:>8.0f}")
    print(f"{'berkas berikutnya, tanpa perubahan':34}{idle_ms:>13,.0f} ms  ({idle.size:,} byte, "
          f"{idle.records} catatan)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--distributions", type=int, default=500)
    parser.add_argument("--checkins", type=int, default=50)
    parser.add_argument("--requests", type=int, default=10)
    parser.add_argument("--pg", metavar="URL", help="the office on a throwaway database of this PostgreSQL server")
    args = parser.parse_args()
    run(args.pg, args)


if __name__ == "__main__":
    main()
