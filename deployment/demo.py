"""Demo data: ~300 invented Tagana volunteers of Kabupaten Bengkulu Tengah, two incidents, assignments.

Every name is put together at random from common Indonesian given names: no real person is meant.
NIKs have a valid structure for the volunteer's kecamatan but are invented.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from deployment import assignments, incidents
from deployment import volunteers as vs
from deployment.models import SKILLS
from tagana_app import clock, regions
from tagana_app.accounts import Actor

HOME = "17.09"
COUNT = 300
MEN = ("Ahmad", "Budi", "Dedi", "Eko", "Fajar", "Hendra", "Irfan", "Joko", "Rizki", "Yudi", "Agus", "Bayu",
       "Dimas", "Fikri", "Galih", "Hadi", "Iwan", "Reza", "Taufik", "Wahyu", "Rudi", "Andi", "Arif", "Dani")
WOMEN = ("Ayu", "Dewi", "Fitri", "Indah", "Lina", "Maya", "Nurul", "Putri", "Rina", "Sari", "Tika", "Wulan",
         "Yuni", "Desi", "Eka", "Lestari", "Mega", "Novi", "Ratna", "Siska", "Vina", "Yanti", "Anisa", "Dina")
FAMILY = ("Saputra", "Pratama", "Wijaya", "Hidayat", "Kurniawan", "Setiawan", "Nugroho", "Santoso", "Syahputra",
          "Ramadhan", "Firmansyah", "Maulana", "Hasibuan", "Harahap", "Siregar", "Lubis", "Putra", "Gunawan",
          "Susanti", "Rahmawati", "Anggraini", "Wahyuni", "Handayani", "Permatasari", "Yuliani", "Sari")


def _nik(rng: random.Random, kecamatan: str, birth: date, sex: str, used: set[str]) -> str:
    day = birth.day + (40 if sex == "P" else 0)
    while True:
        nik = kecamatan.replace(".", "") + f"{day:02d}{birth.month:02d}{birth.year % 100:02d}" \
            + f"{rng.randint(1, 9999):04d}"
        if nik not in used:
            used.add(nik)
            return nik


def load_demo(session: Session, actor: Actor) -> dict[str, int]:
    rng = random.Random(1709)
    today = clock.today()
    kecamatan = [r for r in regions.children(HOME) if r.level == 3]
    desa = {k.code: [r.code for r in regions.children(k.code) if r.level == 4] for k in kecamatan}
    used: set[str] = set()
    niks: list[tuple[str, str, str]] = []  # nik, kecamatan, status
    people: list[vs.VolunteerInput] = []
    for n in range(COUNT):
        sex = "P" if rng.random() < 0.45 else "L"
        given = rng.choice(WOMEN if sex == "P" else MEN)
        name = f"{given} {rng.choice(FAMILY)}"
        age = rng.randint(18, 50)
        birth = today - timedelta(days=age * 365 + rng.randint(30, 330))
        kec = rng.choice(kecamatan).code
        region = rng.choice(desa[kec]) if desa[kec] and rng.random() < 0.8 else kec
        status = "legiun" if age > 45 else ("nonaktif" if rng.random() < 0.05 else "aktif")
        level = rng.choices(("muda", "madya", "utama"), weights=(6, 3, 1))[0]
        skills = []
        for skill in rng.sample(list(SKILLS), rng.randint(1, 3)):
            trained = date(rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28))
            skills.append(vs.SkillInput(skill, trained, trained.replace(year=trained.year + 3)))
        nik = _nik(rng, kec, birth, sex, used)
        data = vs.VolunteerInput(
            nik=nik, full_name=name, region_code=region, sex=sex, birth_date=birth,
            niat=f"TGN-1709-{n + 1:04d}" if rng.random() < 0.85 else None,
            phone=f"08{rng.choice(('12', '13', '21', '52', '53', '57', '77', '78'))}{rng.randint(10_000_000, 99_999_999)}",
            address=f"Jl. Contoh No. {rng.randint(1, 120)}", level=level, status=status, skills=tuple(skills),
            emergency_contact=f"{rng.choice(MEN + WOMEN)} (keluarga)", remarks="data contoh")
        people.append(data)
        niks.append((nik, kec, status))
    vs.add_volunteers(session, actor, people)  # one write for all: the same rows as one add_volunteer each

    start = datetime.combine(today - timedelta(days=5), time(3, 30), tzinfo=clock.zone())
    flood = incidents.add_incident(
        session, actor, disaster_type="banjir", name="Banjir luapan Sungai Air Bengkulu (contoh)",
        region_codes=["17.09.03", "17.09.02"], started_at=start, status="tanggap_darurat",
        sk_number="360/123/BPBD/2026 (contoh)", sk_date=today - timedelta(days=5),
        sk_issuer="Bupati Bengkulu Tengah", status_from=today - timedelta(days=5),
        status_to=today + timedelta(days=9), posko_location="Kantor Camat Pondok Kelapa (contoh)",
        figures={"kk": 120, "jiwa": 410, "pengungsi": 150})
    incidents.record_figures(session, actor, flood.number, {"kk": 210, "jiwa": 730, "pengungsi": 320, "luka": 4,
                                                            "rumah_rusak": 35}, note="pendataan hari ke-2",
                             at=start + timedelta(days=1))
    incidents.record_figures(session, actor, flood.number, {"pengungsi": 280, "hilang": 1},
                             note="sebagian warga kembali", at=start + timedelta(days=3))
    slide_start = datetime.combine(today - timedelta(days=60), time(14, 0), tzinfo=clock.zone())
    slide = incidents.add_incident(
        session, actor, disaster_type="tanah_longsor", name="Tanah longsor Desa Contoh (contoh)",
        region_codes=["17.09.06"], started_at=slide_start, status="tanggap_darurat",
        posko_location="Balai desa (contoh)", figures={"kk": 14, "jiwa": 52, "pengungsi": 40, "rumah_rusak": 9})

    added = 0
    active = [n for n in niks if n[2] == "aktif"]
    for nik, _kec, _status in active[:6]:
        assignments.assign_volunteer(session, actor, nik, slide.number, rng.choice(list(SKILLS)),
                                     today - timedelta(days=58), today - timedelta(days=47))
        added += 1
    incidents.update_incident(session, actor, slide.number, status="selesai")
    near = [n for n in active if n[1] in ("17.09.03", "17.09.02")]
    for nik, _kec, _status in near[:8]:
        assignments.assign_volunteer(session, actor, nik, flood.number, rng.choice(list(SKILLS)),
                                     today - timedelta(days=4), today + timedelta(days=9))
        added += 1
    return {"relawan": COUNT, "kejadian": 2, "penugasan": added}
