"""Demo data for dispatches: kits, and a few dispatches in every state for the demo incidents.

Runs after ``inventory.demo`` and ``deployment.demo`` (it uses their warehouse, items, incidents
and assignments); whatever is missing is skipped.  All people are invented.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from deployment import assignments, incidents, requests
from deployment.dispatch import kits
from deployment.dispatch import service as dispatches
from deployment.dispatch.service import DispatchInput
from deployment.models import Incident
from inventory.demo import demo_actor
from inventory.models import Item, Warehouse
from tagana_app import clock, regions, settings
from tagana_app.accounts import Actor
from tagana_app.errors import TaganaError

KITS = (
    ("PK-KEL", "Paket keluarga", "kk", "Untuk setiap kepala keluarga pengungsi.",
     (("FKT", 1, 1), ("SLM", 2, 1), ("MTR", 1, 1), ("EMB", 1, 1), ("GYG", 1, 1))),
    ("PK-DUL", "Paket dapur umum lapangan", "jiwa",
     "Satu dapur umum untuk sekitar 750 jiwa, dengan beras 0,4 kg per jiwa per hari untuk satu hari.",
     (("DUL", 1, 750), ("GNS", 1, 750), ("BRS", 4, 10), ("MGR", 1, 25))),
    ("PK-SAJI", "Paket makanan siap saji", "jiwa", "Tiga kali makan sehari untuk satu hari.",
     (("MSS", 3, 1), ("AMN", 1, 4))),
    ("PK-HUNI", "Paket hunian darurat", "kk", "Alas tidur dan terpal per keluarga, velbed untuk kelompok rentan.",
     (("TGL", 1, 1), ("KSR", 1, 1), ("VLB", 1, 5))),
)
OFFICIAL = {
    settings.BAST_OFFICIAL_NAME: "Hendra Kurniawan, S.Sos. (contoh)",
    settings.BAST_OFFICIAL_NIP: "197805122005011003",
    settings.BAST_OFFICIAL_POSITION: "Kepala Bidang Perlindungan dan Jaminan Sosial",
}


def _have(session: Session, code: str) -> bool:
    return session.scalar(select(Item.id).where(Item.code == code)) is not None


def _first_desa(kecamatan: str) -> str:
    children = [r for r in regions.children(kecamatan) if r.level == 4]
    return children[0].code if children else kecamatan


def _attempt(session: Session, work) -> object | None:  # noqa: ANN001
    """Run one demo dispatch in a savepoint; skip it when the demo stock does not allow it."""
    try:
        with session.begin_nested():
            return work()
    except TaganaError:
        return None


def _requests(session: Session, actor: Actor, pejabat: Actor, incident: str, today: date) -> tuple[str, int]:
    """Two request letters: the camat's, decided (rice in part), answered by the first dispatch; a kepala
    desa's received today, waiting for its disposition.  Returns the camat's request number ("" if skipped)
    and how many were made."""
    koordinator = demo_actor(session, "koordinator", actor)
    yesterday = today - timedelta(days=1)

    def camat() -> str:
        number = requests.add_request(session, koordinator, requests.RequestInput(
            incident=incident, requester_kind="kecamatan", region_code="17.09.03",
            requester_name="Sutrisno Wibowo (contoh)", requester_position="Camat Pondok Kelapa",
            requester_id="197204151998031004", letter_number="460/112/PK/" + f"{yesterday:%m/%Y}",
            letter_date=yesterday, received_on=yesterday,
            lines=[requests.RequestLineInput("MSS", 300), requests.RequestLineInput("beras", 500)],
            people={"dapur_umum": 4})).number
        requests.decide_request(session, pejabat, number, lines={
            "MSS": requests.Decision(300), "beras": requests.Decision(300, "sebagian sudah dikirim BPBD")},
            people={"dapur_umum": requests.Decision(4)}, note="segera kirim")
        return number

    def desa() -> str:
        return requests.add_request(session, koordinator, requests.RequestInput(
            incident=incident, requester_kind="desa", region_code=_first_desa("17.09.02"),
            requester_name="Rahmawati (contoh)", requester_position="Kepala Desa",
            letter_number="140/27/DS/" + f"{today:%m/%Y}", letter_date=today, received_on=today,
            lines=[requests.RequestLineInput("SLM", 100), requests.RequestLineInput("family_kit", 40)])).number

    answered = _attempt(session, camat)
    received = _attempt(session, desa)
    return answered or "", bool(answered) + bool(received)


def load_demo(session: Session, actor: Actor) -> dict[str, int]:
    settings.set_office(session, actor, OFFICIAL, audited=False)
    made_kits = 0
    for code, name, basis, description, lines in KITS:
        present = [kits.KitLineInput(item, qty, per) for item, qty, per in lines if _have(session, item)]
        if present and _attempt(session, lambda c=code, n=name, b=basis, p=present, d=description:
                                kits.create_kit(session, actor, c, n, b, p, description=d)):
            made_kits += 1
    warehouse = session.scalar(select(Warehouse.code).where(Warehouse.kind == "gudang").order_by(Warehouse.id))
    open_incidents = list(session.scalars(select(Incident).where(Incident.status != "selesai").order_by(Incident.id)))
    if warehouse is None or not open_incidents:
        return {"paket": made_kits, "pengiriman": 0}
    flood = open_incidents[0]
    pejabat = demo_actor(session, "pejabat", actor)

    def approve(number: str) -> None:  # the maker submits, a pejabat who did not make it approves
        dispatches.submit_dispatch(session, actor, number)
        dispatches.approve_dispatch(session, pejabat, number)

    crew = [a.nik for a in assignments.list_assignments(session, incident=flood.number)]
    today = clock.today()
    made = 0

    def one(data: DispatchInput, steps: list) -> None:  # noqa: ANN001
        nonlocal made

        def work() -> str:
            record = dispatches.create_dispatch(session, actor, data)
            for step in steps:
                step(record.number)
            return record.number
        if _attempt(session, work):
            made += 1

    base = dict(incident=flood.number, warehouse=warehouse, budget="Bantuan buffer stock Dinas Sosial Tahun Anggaran "
                + str(today.year))
    asked, letters = _requests(session, actor, pejabat, flood.number, today)
    # 1. Handed over, with a small difference at the destination; it answers the camat's request.
    one(DispatchInput(request=asked, destination="Posko Kantor Camat Pondok Kelapa", region_code="17.09.03",
                      recipient_name="Sutrisno Wibowo (contoh)", recipient_position="Camat Pondok Kelapa",
                      recipient_id="197204151998031004", vehicle_plate="BD 8123 AB", driver_name="Yusuf Hamdani",
                      driver_phone="081278001122", address="Jl. Raya Pondok Kelapa (contoh)", **base),
        [lambda n: kits.add_kit_to_dispatch(session, actor, n, "PK-KEL", households=50),
         lambda n: dispatches.add_line(session, actor, n, "MSS", 300),
         *[lambda n, v=v: dispatches.add_escort(session, actor, n, v) for v in crew[:2]],
         approve,
         lambda n: dispatches.send_dispatch(session, actor, n),
         lambda n: dispatches.handover_dispatch(session, actor, n, received={"SLM": 98},
                                                reason="2 lembar basah terendam air di perjalanan")])
    # 2. Sent: a field kitchen with its equipment out on loan.
    desa = _first_desa("17.09.02")
    one(DispatchInput(destination="Posko Dapur Umum Balai Desa", destination_kind="desa", region_code=desa,
                      recipient_name="Rahmawati (contoh)", recipient_position="Kepala Desa",
                      recipient_id="1709024506800002", vehicle_plate="BD 8456 CD", driver_name="Slamet Riyadi",
                      **base),
        [lambda n: kits.add_kit_to_dispatch(session, actor, n, "PK-DUL", people=320),
         *[lambda n, v=v: dispatches.add_escort(session, actor, n, v) for v in crew[2:4]],
         approve,
         lambda n: dispatches.send_dispatch(session, actor, n)])
    # 3. Approved, waiting for the truck: its stock is reserved.
    one(DispatchInput(destination="Posko Pengungsian SD Negeri (contoh)", region_code="17.09.03",
                      recipient_name="Dedi Saputra (contoh)", recipient_position="Koordinator Posko", **base),
        [lambda n: kits.add_kit_to_dispatch(session, actor, n, "PK-SAJI", people=120),
         approve])
    # 4. A draft being prepared.
    one(DispatchInput(destination="Posko Kesehatan Desa (contoh)", region_code="17.09.02",
                      recipient_name="Lina Marlina (contoh)", recipient_position="Sekretaris Desa", **base),
        [lambda n: dispatches.add_line(session, actor, n, "LPS", 100),
         lambda n: dispatches.add_line(session, actor, n, "KWR", 40)])
    # 5. Cancelled after approval: the number stays recorded as cancelled.
    one(DispatchInput(destination="Posko Talang Empat (contoh)", region_code="17.09.02",
                      recipient_name="Agus Salim (contoh)", recipient_position="Lurah", **base),
        [lambda n: dispatches.add_line(session, actor, n, "SLM", 50),
         approve,
         lambda n: dispatches.cancel_dispatch(session, actor, n, "digabung dengan pengiriman lain")])
    # 6. Equipment lent to the landslide, which is over now: what is not back is overdue.
    closed = session.scalar(select(Incident).where(Incident.status == "selesai").order_by(Incident.id))
    if closed is not None:
        start = clock.local(closed.started_at).date() + timedelta(days=1)

        def reopen_and_send() -> bool:
            incidents.update_incident(session, actor, closed.number, status="tanggap_darurat")
            record = dispatches.create_dispatch(session, actor, DispatchInput(
                incident=closed.number, warehouse=warehouse, destination="Posko Balai Desa (contoh)",
                region_code=incidents.incident_regions(session, closed.id)[0], dispatch_date=start,
                recipient_name="Marzuki (contoh)", recipient_position="Kepala Desa", vehicle_plate="BD 8789 EF",
                driver_name="Hasan Basri", budget=base["budget"]))
            for item, qty in (("GNS", 1), ("TKP", 2), ("SLM", 40)):
                if _have(session, item):
                    dispatches.add_line(session, actor, record.number, item, qty)
            approve(record.number)
            dispatches.send_dispatch(session, actor, record.number, when=start)
            dispatches.handover_dispatch(session, actor, record.number, when=start)
            if _have(session, "TKP"):
                dispatches.return_goods(session, actor, record.number, "TKP", 1, condition="rusak ringan",
                                        remarks="sobek di satu sisi", when=start + timedelta(days=14))
            # The genset stays with the village for the recovery: a pejabat closes with that reason.
            why = "peralatan dipinjamkan ke desa untuk masa pemulihan (contoh)"
            dispatches.close_dispatch(session, pejabat, record.number, override=why)
            incidents.update_incident(session, pejabat, closed.number, status="selesai", close_override=why)
            return True
        if _attempt(session, reopen_and_send):
            made += 1
    return {"paket": made_kits, "pengiriman": made, "permintaan": letters}
