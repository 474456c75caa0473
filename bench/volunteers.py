"""Benchmark: volunteer search and suggestions on 100,000 volunteers, and a 50,000-row roster import.

Each figure is printed next to a baseline measured in the same run:
- search (target <= 30 ms per query, count included): baseline = fetch every volunteer and filter in Python;
- suggestion for an incident (target <= 100 ms): baseline = the same ranking done in Python over all rows;
- import of 50,000 rows (target within 2x): baseline = openpyxl just reading the file (read-only mode).

Usage: .venv/bin/python bench/volunteers.py [--volunteers 100000] [--rows 50000] [--pg URL]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select, text, update  # noqa: E402

from deployment import assignments, incidents, roster  # noqa: E402
from deployment import volunteers as vs  # noqa: E402
from deployment.models import (  # noqa: E402
    SKILLS,
    Assignment,
    Unavailability,
    Volunteer,
    VolunteerNameToken,
    VolunteerSkill,
    assignment_counts,
)
from deployment.validate import age_on  # noqa: E402
from tagana_app import accounts, clock, migrate, regions  # noqa: E402
from tagana_app.accounts import Actor  # noqa: E402
from tagana_app.db import Database  # noqa: E402
from tagana_app.models import utcnow  # noqa: E402

GIVEN = ("Ahmad", "Budi", "Dedi", "Eko", "Fajar", "Hendra", "Irfan", "Joko", "Rizki", "Yudi", "Ayu", "Dewi",
         "Fitri", "Indah", "Lina", "Maya", "Nurul", "Putri", "Rina", "Sari", "Tika", "Wulan", "Yuni", "Desi")
FAMILY = ("Saputra", "Pratama", "Wijaya", "Hidayat", "Kurniawan", "Setiawan", "Nugroho", "Santoso", "Lestari",
          "Ramadhan", "Firmansyah", "Maulana", "Hasibuan", "Harahap", "Siregar", "Lubis", "Gunawan", "Susanti")
TODAY = date(2026, 11, 23)


def kecamatan_codes() -> list[str]:
    codes = []
    for kab in regions.children("17"):
        codes += [k.code for k in regions.children(kab.code) if k.level == 3]
    return codes


def person(rng: random.Random, n: int, kecs: list[str]) -> dict:
    sex = rng.choice("LP")
    birth = date(rng.randint(1976, 2007), rng.randint(1, 12), rng.randint(1, 28))
    kec = kecs[n % len(kecs)] if rng.random() < 0.5 else rng.choice(kecs)
    day = birth.day + (40 if sex == "P" else 0)
    nik = f"{kec.replace('.', '')}{day:02d}{birth.month:02d}{birth.year % 100:02d}{n % 9999 + 1:04d}"
    name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)} {rng.choice(FAMILY)}"
    return {"nik": nik, "sex": sex, "birth": birth, "kec": kec, "name": name,
            "phone": f"+62812{n:08d}", "niat": f"TGN-{n:06d}"}


def unique_people(count: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    kecs = kecamatan_codes()
    seen, people, n = set(), [], 0
    while len(people) < count:
        n += 1
        p = person(rng, n, kecs)
        if p["nik"] not in seen:
            seen.add(p["nik"])
            people.append(p)
    return people


def fill(db: Database, count: int) -> None:
    rng = random.Random(7)
    people = unique_people(count, 1)
    stamp = utcnow()
    rows = [{"nik": p["nik"], "niat": p["niat"], "niat_lower": p["niat"].lower(), "full_name": p["name"],
             "name_lower": p["name"].lower(), "sex": p["sex"], "birth_date": p["birth"], "phone": p["phone"],
             "address": "", "region_code": p["kec"], "kecamatan_code": p["kec"],
             "level": rng.choice(("muda", "muda", "madya", "utama")),
             "status": rng.choices(("aktif", "nonaktif", "legiun"), (85, 10, 5))[0], "emergency_contact": "",
             "emergency_phone": None, "remarks": "", "created_at": stamp, "updated_at": stamp} for p in people]

    def work(session):  # noqa: ANN001, ANN202
        for start in range(0, len(rows), 10000):
            session.execute(insert(Volunteer), rows[start:start + 10000])
        ids = list(session.scalars(select(Volunteer.id)))
        chosen_skills = {vid: rng.sample(list(SKILLS), rng.randint(1, 3)) for vid in ids}
        session.execute(update(Volunteer), [{"id": vid, "skill_mask": vs.skill_mask(sk)}
                                            for vid, sk in chosen_skills.items()])
        tokens = [t for vid, name, niat in session.execute(select(Volunteer.id, Volunteer.name_lower,
                                                                   Volunteer.niat_lower))
                  for t in vs.token_rows(vid, name, niat)]
        for start in range(0, len(tokens), 20000):
            session.execute(insert(VolunteerNameToken), tokens[start:start + 20000])
        skills = []
        for vid in ids:
            for skill in chosen_skills[vid]:
                trained = date(rng.randint(2015, 2025), rng.randint(1, 12), 1)
                skills.append({"volunteer_id": vid, "skill": skill, "trained_on": trained,
                               "certificate_expiry": trained.replace(year=trained.year + 3)})
        for start in range(0, len(skills), 20000):
            session.execute(insert(VolunteerSkill), skills[start:start + 20000])
        return ids
    ids = db.write(work)
    admin = db.write(lambda s: _actor(accounts.create_user(s, None, "admin", "admin", "bench-password")))
    numbers = [db.write(lambda s, k=k: incidents.add_incident(
        s, admin, disaster_type="banjir", name=f"Banjir {k}", region_codes=[kecamatan_codes()[k * 7]],
        started_at=TODAY - timedelta(days=10 * k))).number for k in range(10)]

    def deploy(session):  # noqa: ANN001, ANN202
        incident_ids = [incidents.find(session, n).id for n in numbers]
        chosen = rng.sample(ids, len(ids) // 12)
        rows = []
        for vid in chosen:
            start = TODAY + timedelta(days=rng.randint(-120, 30))
            rows.append({"volunteer_id": vid, "incident_id": rng.choice(incident_ids), "role": rng.choice(list(SKILLS)),
                         "start_date": start, "end_date": start + timedelta(days=rng.randint(0, 13)),
                         "warnings": [], "created_by": "bench", "created_at": stamp})
        session.execute(insert(Assignment), rows)
        session.execute(insert(Unavailability), [
            {"volunteer_id": vid, "start_date": TODAY + timedelta(days=rng.randint(0, 20)),
             "end_date": TODAY + timedelta(days=rng.randint(21, 30)), "reason": "bench"}
            for vid in rng.sample(ids, len(ids) // 33)])
    db.write(deploy)
    if db.is_sqlite:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    else:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    return numbers[0]


def _actor(info: accounts.UserInfo) -> Actor:
    return Actor(info.id, info.username, info.role)


def timed(fn, repeat: int = 7) -> tuple[float, float]:  # noqa: ANN001
    """Median wall-clock and CPU milliseconds of ``repeat`` runs after one warm-up.

    CPU time of this process is printed too: on a shared machine the wall clock also counts the time
    spent waiting for a core (SQLite runs inside this process; for PostgreSQL the server's work is
    only in the wall clock).
    """
    fn()
    walls, cpus = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        fn()
        walls.append((time.perf_counter() - w) * 1000)
        cpus.append((time.process_time() - c) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def show(pair: tuple[float, float]) -> str:
    return f"{pair[0]:7.1f} ms (CPU {pair[1]:6.1f})"


SEARCHES = {
    "satu huruf 'd'": vs.VolunteerFilter(text="d"),
    "awal kata 'sari'": vs.VolunteerFilter(text="sari"),
    "nama 'dewi hid'": vs.VolunteerFilter(text="dewi hid"),
    "NIK awalan 170901": vs.VolunteerFilter(text="170901"),
    "HP 0812000001": vs.VolunteerFilter(text="0812000001"),
    "NIAT tgn-0123": vs.VolunteerFilter(text="tgn-0123"),
    "keahlian + jenjang + status": vs.VolunteerFilter(skill="dapur umum", level="madya", status="aktif"),
    "kecamatan + teks 'eko'": vs.VolunteerFilter(text="eko", region="17.09.01"),
    "tersedia 1-7 Des + keahlian": vs.VolunteerFilter(skill="logistik", available_from=date(2026, 12, 1),
                                                      available_to=date(2026, 12, 7)),
}


def naive_search(db: Database, needle: str) -> int:
    with db.read() as s:
        rows = s.execute(select(Volunteer.full_name, Volunteer.nik, Volunteer.niat, Volunteer.phone)).all()
    return sum(1 for r in rows if needle in r.full_name.lower() or r.nik.startswith(needle)
               or (r.niat or "").lower().startswith(needle))


def naive_suggest(db: Database, incident: str, role: str, start: date, end: date) -> list:
    """The ranking of ``assignments.suggest_volunteers`` done in Python over every row (the office's
    default rules: rest refuses under 7 days, dapur umum is a role Legiun members may take)."""
    with db.read() as s:
        codes = incidents.incident_regions(s, incidents.find(s, incident).id)
        people = s.execute(select(Volunteer.id, Volunteer.kecamatan_code, Volunteer.region_code, Volunteer.status,
                                  Volunteer.level, Volunteer.birth_date, Volunteer.name_lower)).all()
        skills = {r.volunteer_id: r.certificate_expiry for r in s.execute(
            select(VolunteerSkill.volunteer_id, VolunteerSkill.certificate_expiry).where(VolunteerSkill.skill == role))}
        deployed = s.execute(select(Assignment.volunteer_id, Assignment.start_date, Assignment.end_date)
                             .where(assignment_counts())).all()
        away = s.execute(select(Unavailability.volunteer_id, Unavailability.start_date,
                                Unavailability.end_date)).all()
    kecs = {c[:8] for c in codes}
    desas = {c for c in codes if len(c.split(".")) == 4}
    rest = timedelta(days=7)
    busy = {a.volunteer_id for a in deployed if a.start_date <= end + rest and a.end_date >= start - rest}
    busy |= {u.volunteer_id for u in away if u.start_date <= end and u.end_date >= start}
    window = TODAY - timedelta(days=90)
    days: dict[int, int] = {}
    last: dict[int, date] = {}
    for a in deployed:
        lo, hi = max(a.start_date, window), min(a.end_date, TODAY)
        if lo <= hi:
            days[a.volunteer_id] = days.get(a.volunteer_id, 0) + (hi - lo).days + 1
        if a.end_date < start:
            last[a.volunteer_id] = max(last.get(a.volunteer_id, a.end_date), a.end_date)
    ranked = []
    for p in people:
        if p.status == "nonaktif" or p.id in busy or age_on(p.birth_date, start) < 18:
            continue
        expiry = skills.get(p.id, "none")
        skill_rank = 2 if expiry == "none" else 1 if expiry is not None and expiry < end else 0
        near = 0 if p.region_code in desas else 1 + min(regions.nearness(p.kecamatan_code, k) for k in kecs)
        level = ("utama", "madya", "muda").index(p.level)
        ranked.append((skill_rank, near, level, days.get(p.id, 0), last.get(p.id, date(1900, 1, 1)), p.name_lower,
                       p.id))
    ranked.sort()
    return ranked[:20]


def bench_database(label: str, db: Database, count: int) -> None:
    print(f"\n== {label}: {count:,} relawan ==")
    t = time.perf_counter()
    incident = fill(db, count)
    print(f"(data dibuat dalam {time.perf_counter() - t:.1f} s)")
    print("Pencarian (halaman 100 baris + jumlah total), median ms:")
    for name, flt in SEARCHES.items():
        def run(flt=flt):  # noqa: ANN001, ANN202
            with db.read() as s:
                return vs.list_volunteers(s, flt, limit=100)
        with db.read() as s:
            total = vs.count_volunteers(s, flt)
        print(f"  {name:34s} {show(timed(run))}   ({total:,} cocok)")
    base = timed(lambda: naive_search(db, "sari"), repeat=3)
    print(f"  baseline: ambil semua baris + saring di Python ('sari'): {show(base)}")
    if db.is_sqlite:
        with db.engine.connect() as conn:
            scan = timed(lambda: conn.exec_driver_sql(
                "SELECT count(*) FROM volunteer WHERE name_lower LIKE '%sari%'").scalar())
        print(f"  baseline: satu full scan SQL LIKE '%sari%' (count saja): {show(scan)}")

    start, end = date(2026, 12, 1), date(2026, 12, 7)

    def suggest():  # noqa: ANN202
        with db.read() as s:
            return assignments.suggest_volunteers(s, incident, "dapur umum", start, end, limit=20, today=TODAY)
    fast = suggest()
    slow = naive_suggest(db, incident, "dapur_umum", start, end)
    assert [f.volunteer_id for f in fast] == [r[-1] for r in slow], "SQL and Python rankings differ"
    base = timed(lambda: naive_suggest(db, incident, "dapur_umum", start, end), 3)
    print(f"Usulan relawan (20 teratas): {show(timed(suggest))}   baseline Python atas semua baris: {show(base)}")


def make_roster(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    people = unique_people(rows, 99)
    kec_names = {k.code: k.name for kab in regions.children("17") for k in regions.children(kab.code)}
    book = Workbook(write_only=True)
    ws = book.create_sheet("Relawan")
    ws.append(["No", "Nama Lengkap", "NIK", "NIAT", "Jenis Kelamin", "Tanggal Lahir", "No. HP", "Kecamatan",
               "Keahlian", "Jenjang", "Status", "Alamat"])
    rng = random.Random(3)
    for n, p in enumerate(people, 1):
        # Kecamatan by code (names repeat across kabupaten), birth dates as Excel date cells.
        ws.append([n, p["name"], p["nik"], p["niat"], p["sex"], datetime.combine(p["birth"], datetime.min.time()),
                   "0" + p["phone"][3:], p["kec"], ", ".join(rng.sample(list(SKILLS.values()), 2)),
                   rng.choice(("Muda", "Madya", "Utama")), "Aktif", f"Jl. Contoh {n}, {kec_names.get(p['kec'], '')}"])
    book.save(path)


def read_only_openpyxl(path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _ in book.active.iter_rows(values_only=True))
    book.close()
    return count


def bench_import(label: str, db_factory, rows: int, path: Path) -> None:  # noqa: ANN001
    db = db_factory()
    admin = db.write(lambda s: _actor(accounts.create_user(s, None, "admin", "admin", "bench-password")))
    base = timed(lambda: read_only_openpyxl(path), repeat=2)
    w, c = time.perf_counter(), time.process_time()
    report = roster.import_roster_file(db, admin, path)  # the path the window and the command line take
    took = ((time.perf_counter() - w) * 1000, (time.process_time() - c) * 1000)
    assert report.imported == rows, (report.imported, report.errors[:5])
    print(f"Impor {rows:,} baris ({label}): {took[0] / 1000:6.2f} s (CPU {took[1] / 1000:5.2f})   "
          f"baseline openpyxl hanya membaca: {base[0] / 1000:6.2f} s (CPU {base[1] / 1000:5.2f})   "
          f"rasio {took[0] / base[0]:4.2f}x (CPU {took[1] / base[1]:4.2f}x; target <= 2x)")
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--volunteers", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--pg", metavar="URL", help="also measure on this PostgreSQL server (makes a database)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-relawan-"))
    created: list[str] = []

    def sqlite_db(name: str) -> Database:
        db = Database.open(str(work / name))
        migrate.upgrade(db)
        return db

    def pg_db() -> Database:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        base = make_url(args.pg).set(drivername="postgresql+psycopg")
        name = f"bench_relawan_{len(created)}_{clock.utcnow():%H%M%S%f}"
        with create_engine(base, isolation_level="AUTOCOMMIT").connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        created.append(name)
        db = Database.open(base.set(database=name).render_as_string(hide_password=False))
        migrate.upgrade(db)
        return db

    try:
        db = sqlite_db("cari.db")
        bench_database("SQLite", db, args.volunteers)
        db.dispose()
        if args.pg:
            db = pg_db()
            bench_database("PostgreSQL", db, args.volunteers)
            db.dispose()
        path = work / "relawan.xlsx"
        t = time.perf_counter()
        make_roster(path, args.rows)
        print(f"\n(berkas {args.rows:,} baris dibuat dalam {time.perf_counter() - t:.1f} s)")
        bench_import("SQLite", lambda: sqlite_db("impor.db"), args.rows, path)
        if args.pg:
            bench_import("PostgreSQL", pg_db, args.rows, path)
    finally:
        if args.pg and created:
            from sqlalchemy import create_engine
            from sqlalchemy.engine import make_url

            with create_engine(make_url(args.pg).set(drivername="postgresql+psycopg"),
                               isolation_level="AUTOCOMMIT").connect() as conn:
                for name in created:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


if __name__ == "__main__":
    main()
