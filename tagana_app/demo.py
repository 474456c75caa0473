"""The demo data set: a fictitious Dinas Sosial Kabupaten Bengkulu Tengah.

Every person here is invented.  Later parts of the program add their own demo data through
``DEMO_LOADERS`` (module names, loaded in order, each with ``load_demo(session, actor)``).
"""

from __future__ import annotations

import importlib

from sqlalchemy.orm import Session

from tagana_app import accounts, audit, permissions, settings
from tagana_app.accounts import Actor

DEMO_PASSWORD = "tagana-demo"
DEMO_USERS = (
    ("admin", "admin", "Rahmat Hidayat (contoh)"),
    ("gudang", "gudang", "Siti Aminah (contoh)"),
    ("koordinator", "koordinator", "Bambang Sutrisno (contoh)"),
    ("pejabat", "pejabat", "Dra. Wulan Sari, M.Si. (contoh)"),
    ("pemantau", "pemantau", "Agus Setiawan (contoh)"),
)
DEMO_LOADERS = ("inventory.demo", "deployment.demo", "deployment.dispatch.demo")

OFFICE = {
    settings.GOVERNMENT_NAME: "PEMERINTAH KABUPATEN BENGKULU TENGAH",
    settings.OFFICE_NAME: "DINAS SOSIAL",
    settings.OFFICE_ADDRESS: "Jl. Contoh Raya No. 1, Karang Tinggi, Bengkulu Tengah 38382",
    settings.OFFICE_PHONE: "(0736) 000000",
    settings.OFFICE_EMAIL: "dinsos@contoh.go.id",
    settings.SIGNING_CITY: "Karang Tinggi",
    settings.HEAD_NAME: "Dra. Wulan Sari, M.Si.",
    settings.HEAD_RANK: "Pembina Utama Muda (IV/c)",
    settings.HEAD_NIP: "197001012000032001",
    settings.DEMO_DATA: True,
}


def load_demo(session: Session, actor: Actor) -> dict[str, int]:
    """Fill the database with the demo data set; returns how many records of each kind were added."""
    permissions.can_load_demo.require(actor, action="memuat data contoh")
    settings.set_office(session, actor, OFFICE, audited=False)
    existing = {u.username for u in accounts.list_users(session)}
    added = {"pengguna": 0}
    for username, role, full_name in DEMO_USERS:
        if username not in existing:
            accounts.create_user(session, actor, username, role, DEMO_PASSWORD, full_name)
            added["pengguna"] += 1
    for name in DEMO_LOADERS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        added.update(module.load_demo(session, actor))
    audit.record(session, actor, "demo.load", "basis data", "data contoh", added)
    return added
