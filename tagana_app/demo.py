"""The demo data set: a fictitious Dinas Sosial Kabupaten Bengkulu Tengah.

Every person here is invented.  The core loads the office profile and one user per role; the
packages above it add their parts (stock, volunteers and incidents, dispatches), which the caller
hands over as ``DemoPart``s: ``deployment.demo_set`` puts the whole set together for the command
line and the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from tagana_app import accounts, audit, permissions, settings
from tagana_app.accounts import Actor
from tagana_app.progress import NullProgress, Progress
from tagana_app.texts import N_, Text

DEMO_PASSWORD = "tagana-demo"
DEMO_USERS = (
    ("admin", "admin", "Rahmat Hidayat, S.T."),
    ("gudang", "gudang", "Siti Aminah, S.E."),
    ("koordinator", "koordinator", "Drs. Bambang Sutrisno"),
    ("pejabat", "pejabat", "Dra. Wulan Sari, M.Si."),
    ("pemantau", "pemantau", "Agus Setiawan, S.Kom."),
)
# What the papers print under their signatures: NIP, pangkat/golongan, jabatan (all invented).
DEMO_PEOPLE = {
    "admin": ("198504172010011002", "Penata (III/c)", "Pranata Komputer Ahli Muda"),
    "gudang": ("199002202015032003", "Penata Muda (III/a)", "Pengurus Barang"),
    "koordinator": ("197508122002121004", "Penata Tingkat I (III/d)", "Kepala Bidang Perlindungan dan Jaminan Sosial"),
    "pejabat": ("197001012000032001", "Pembina Utama Muda (IV/c)", "Kepala Dinas Sosial Kabupaten Bengkulu Tengah"),
    "pemantau": ("198811052014021001", "Penata Muda Tingkat I (III/b)", "Analis Data dan Informasi"),
}
# Who signs which role (tagana_app.signatories).
DEMO_SIGNERS = {settings.SIGNER_KEPALA_DINAS: "pejabat", settings.SIGNER_PIHAK_PERTAMA: "koordinator",
                settings.SIGNER_PENGURUS_BARANG: "gudang"}

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


@dataclass(frozen=True)
class DemoPart:
    """A package's share of the demo data; ``load`` returns how many records of each kind it added."""

    label: str  # what the progress says while it loads, e.g. "gudang dan stok" (a marked label)
    load: Callable[[Session, Actor], dict[str, int]]


def load_demo(session: Session, actor: Actor, parts: Sequence[DemoPart] = (),
              progress: Progress | None = None) -> dict[str, int]:
    """Fill the database with the office, the demo users and then each of ``parts``, in order;
    returns how many records of each kind were added."""
    progress = progress or NullProgress()
    steps = 1 + len(parts)
    progress.update(0, steps, N_("domain", "Data contoh: kantor dan pengguna"))
    permissions.can_load_demo.require(actor, action=N_("domain", "memuat data contoh"))
    settings.set_office(session, actor, OFFICE, audited=False)
    existing = {u.username for u in accounts.list_users(session)}
    added = {"pengguna": 0}
    shared_hash = None  # one argon2 hash for the five: their password is the same, and published
    for username, role, full_name in DEMO_USERS:
        if username not in existing:
            shared_hash = shared_hash or accounts.hash_password(DEMO_PASSWORD)
            accounts.create_user(session, actor, username, role, DEMO_PASSWORD, full_name,
                                 password_hash=shared_hash)
            nip, rank, position = DEMO_PEOPLE[username]
            accounts.update_user(session, actor, username, nip=nip, rank=rank, position=position)
            added["pengguna"] += 1
    # Signers only among the demo's own people: a user of the same name made before is left alone.
    settings.set_office(session, actor, {setting: username for setting, username in DEMO_SIGNERS.items()
                                         if username not in existing}, audited=False)
    for done, part in enumerate(parts, start=1):
        progress.update(done, steps, Text(N_("domain", "Data contoh: {part}"), "domain", part=part.label))
        added.update(part.load(session, actor))
    audit.record(session, actor, "demo.load", N_("domain", "basis data"), "data contoh", added)
    progress.update(steps, steps, N_("domain", "Data contoh dimuat"))
    return added
