"""Demo stock of the fictitious Dinas Sosial Kabupaten Bengkulu Tengah.

The main warehouse and two lumbung sosial, the Kemensos buffer-stock list with batches and expiry
dates relative to today (some near or past expiry), serial-numbered equipment in mixed condition,
minimum levels, and a few months of history booked through the ordinary services.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from inventory import catalog, catalog_edit, counts, equipment, stock, transfers, writeoffs
from inventory.models import StockDocument, StockMovement, Warehouse
from inventory.stock import IssueLine, ReceiveLine
from tagana_app import clock
from tagana_app.accounts import Actor
from tagana_app.models import User

MAIN, LS_TPN, LS_PKL = "GDG-BT", "LS-TPN", "LS-PKL"
# The demo books the past months of a warehouse today: each document dated back says so.
DEMO_REASON = "Data contoh: riwayat beberapa bulan terakhir"

COUNT_TEAM = (counts.TeamMember("Siti Aminah (contoh)", "198503122010012003", "Ketua Tim"),
              counts.TeamMember("Yusuf Rahman (contoh)", "199001152015031002", "Anggota"),
              counts.TeamMember("Dewi Lestari (contoh)", "", "Anggota"))

WAREHOUSES = (
    (MAIN, "Gudang Dinsos Kab. Bengkulu Tengah", "gudang", "17.09.01",
     "Jl. Contoh Raya No. 1, Karang Tinggi", "Siti Aminah, S.E."),
    (LS_TPN, "Lumbung Sosial Taba Penanjung", "lumbung", "17.09.06",
     "Balai Desa Contoh, Taba Penanjung", "Joko Prasetyo (contoh)"),
    (LS_PKL, "Lumbung Sosial Pondok Kelapa", "lumbung", "17.09.03",
     "Kantor Camat Pondok Kelapa (contoh)", "Rina Marlina (contoh)"),
)

# code, name, unit, category, kind, expires, serialized
ITEMS = (
    ("MSS", "Makanan siap saji", "paket", "Pangan", "consumable", True, False),
    ("LPS", "Lauk pauk siap saji", "paket", "Pangan", "consumable", True, False),
    ("MKA", "Makanan anak", "paket", "Pangan", "consumable", True, False),
    ("BRS", "Beras", "kg", "Pangan", "consumable", True, False),
    ("MGR", "Minyak goreng", "liter", "Pangan", "consumable", True, False),
    ("AMN", "Air mineral 24 x 600 ml", "dus", "Pangan", "consumable", True, False),
    ("FKT", "Family kit", "paket", "Sandang & kebersihan", "consumable", True, False),
    ("KWR", "Kids ware", "paket", "Sandang & kebersihan", "consumable", False, False),
    ("SDG", "Sandang dewasa", "paket", "Sandang & kebersihan", "consumable", False, False),
    ("FWR", "Food ware", "paket", "Peralatan rumah tangga", "consumable", False, False),
    ("PDK", "Peralatan dapur keluarga", "paket", "Peralatan rumah tangga", "consumable", False, False),
    ("EMB", "Ember", "buah", "Peralatan rumah tangga", "consumable", False, False),
    ("GYG", "Gayung", "buah", "Peralatan rumah tangga", "consumable", False, False),
    ("SLM", "Selimut", "lembar", "Tidur & hunian", "consumable", False, False),
    ("KSR", "Kasur", "lembar", "Tidur & hunian", "consumable", False, False),
    ("MTR", "Matras", "lembar", "Tidur & hunian", "consumable", False, False),
    ("TGL", "Tenda gulung (terpal)", "lembar", "Tidur & hunian", "consumable", False, False),
    ("VLB", "Velbed", "unit", "Tidur & hunian", "equipment", False, False),
    ("TKP", "Tenda keluarga portabel", "unit", "Tenda", "equipment", False, True),
    ("TSG", "Tenda serbaguna", "unit", "Tenda", "equipment", False, True),
    ("TPL", "Tenda pleton", "unit", "Tenda", "equipment", False, True),
    ("GNS", "Genset 2.000 W", "unit", "Peralatan lapangan", "equipment", False, True),
    ("GGS", "Gergaji mesin", "unit", "Peralatan lapangan", "equipment", False, True),
    ("PRK", "Perahu karet", "unit", "Peralatan lapangan", "equipment", False, True),
    ("DUL", "Peralatan dapur umum lapangan", "unit", "Peralatan lapangan", "equipment", False, True),
)
# The line of the needs estimate each demo item counts for, and its content per unit in that need's
# unit ("" for the unit itself): a dus of 24 x 600 ml holds 14.4 liter; tents give their floor in m².
NEEDS = {"BRS": ("beras", ""), "AMN": ("air", "14.4"), "MSS": ("makanan_siap_saji", ""), "FKT": ("family_kit", ""),
         "SLM": ("selimut", ""), "TKP": ("tenda", "16"), "TSG": ("tenda", "48"), "TPL": ("tenda", "84"),
         "DUL": ("dapur_umum", "")}

MINIMUMS = {
    MAIN: {"MSS": 1000, "LPS": 500, "MKA": 400, "BRS": 3000, "FKT": 300, "SLM": 500, "MTR": 300, "TGL": 200,
           "AMN": 200, "TKP": 10, "GNS": 4, "VLB": 100, "KSR": 200},
    LS_TPN: {"MSS": 100, "SLM": 50, "BRS": 500, "FKT": 30, "MTR": 40},
    LS_PKL: {"MSS": 100, "SLM": 50, "BRS": 500, "FKT": 30, "TGL": 40},
}


def _serials(prefix: str, n: int, start: int = 1) -> tuple[str, ...]:
    return tuple(f"{prefix}-{i:04d}" for i in range(start, start + n))


def _backdate(session: Session, booking: stock.Booking, day: date) -> None:
    """Demo history only: place the movements on the day their document is dated."""
    at = datetime.combine(day, time(9, 30), tzinfo=clock.zone()).astimezone(UTC)
    ids = [m.id for m in booking.movements]
    session.execute(update(StockMovement).where(StockMovement.id.in_(ids)).values(at=at))
    # entered on that day too: nothing was dated back, so no card line needs to say why
    session.execute(update(StockDocument).where(StockDocument.doc_type == booking.doc_type,
                                                StockDocument.number == booking.doc_number)
                    .values(entered_at=at, backdate_reason=""))


def demo_actor(session: Session, username: str, fallback: Actor) -> Actor:
    """The demo user ``username`` as an actor (``fallback`` when the demo users are not there)."""
    user = session.scalar(select(User).where(User.username == username))
    return Actor(user.id, user.username, user.role, user.full_name) if user else fallback


def load_demo(session: Session, actor: Actor) -> dict[str, int]:
    if session.scalar(select(Warehouse.id).where(Warehouse.code == MAIN)) is not None:
        return {"gudang": 0, "barang": 0, "mutasi stok": 0}
    gudang = demo_actor(session, "gudang", actor)
    pejabat = demo_actor(session, "pejabat", actor)
    today = clock.today()

    def ago(n: int) -> date:
        return today - timedelta(days=n)

    def ahead(n: int) -> date:
        return today + timedelta(days=n)

    for code, name, kind, region, address, pic in WAREHOUSES:
        catalog.add_warehouse(session, actor, code, name, region, kind=kind, address=address, person_in_charge=pic)
    for code, name, unit, category, kind, expires, serialized in ITEMS:
        catalog.add_item(session, actor, code, name, unit, category=category, kind=kind, expires=expires,
                         serialized=serialized)
    for code, (need, content) in NEEDS.items():  # what counts for the needs estimate, and how much
        catalog_edit.update_item(session, actor, code, need_category=need, content_per_unit=content)
    for wh, levels in MINIMUMS.items():
        for item, minimum in levels.items():
            catalog.set_minimum(session, actor, wh, item, minimum)

    def receive(day: int, wh: str, lines: list[ReceiveLine], source: str, sender: str) -> None:
        b = stock.receive_goods(session, gudang, wh, lines, source=source, sender=sender, doc_date=ago(day),
                               backdate_reason=DEMO_REASON)
        _backdate(session, b, ago(day))

    def issue(day: int, wh: str, lines: list[IssueLine], recipient: str) -> stock.Booking:
        b = stock.issue_goods(session, gudang, wh, lines, recipient=recipient, doc_date=ago(day),
                             backdate_reason=DEMO_REASON)
        _backdate(session, b, ago(day))
        return b

    def transfer(day: int, src: str, dst: str, lines: list[IssueLine]) -> None:
        b = transfers.transfer_goods(session, gudang, src, dst, lines, doc_date=ago(day), backdate_reason=DEMO_REASON)
        _backdate(session, b, ago(day))

    # Buffer stock from Kemensos, months ago; some of it is now near or past its expiry.
    receive(200, MAIN, [
        ReceiveLine("MSS", 600, "MSS-KMS-2501", ago(30)),
        ReceiveLine("LPS", 400, "LPS-KMS-2501", ahead(20)),
        ReceiveLine("FKT", 250, "FKT-KMS-2501", ago(10)),
        ReceiveLine("SLM", 1000), ReceiveLine("KSR", 300), ReceiveLine("MTR", 600), ReceiveLine("TGL", 400),
        ReceiveLine("KWR", 250), ReceiveLine("FWR", 250), ReceiveLine("SDG", 400), ReceiveLine("PDK", 150),
        ReceiveLine("VLB", 150),
        ReceiveLine("TKP", 20, serials=_serials("TKP-KMS", 20)),
        ReceiveLine("TSG", 6, serials=_serials("TSG-KMS", 6)),
        ReceiveLine("TPL", 3, serials=_serials("TPL-KMS", 3)),
        ReceiveLine("DUL", 2, serials=_serials("DUL-KMS", 2)),
    ], "kemensos", "Direktorat PSKBA Kemensos RI")
    receive(150, MAIN, [
        ReceiveLine("BRS", 4000, "BRS-CBP-2506", ahead(20)),
        ReceiveLine("MGR", 300, "MGR-2506", ahead(150)),
        ReceiveLine("GNS", 8, serials=_serials("GNS-PROV", 8)),
        ReceiveLine("PRK", 3, serials=_serials("PRK-PROV", 3)),
        ReceiveLine("GGS", 4, serials=_serials("GGS-PROV", 4)),
    ], "dinsos_provinsi", "Dinas Sosial Provinsi Bengkulu")
    receive(90, MAIN, [
        ReceiveLine("MSS", 1000, "MSS-KMS-2507", ahead(45)),
        ReceiveLine("MSS", 900, "MSS-KMS-2509", ahead(300)),
        ReceiveLine("MKA", 300, "MKA-KMS-2507", ahead(60)),
        ReceiveLine("FKT", 400, "FKT-KMS-2507", ahead(400)),
        ReceiveLine("LPS", 600, "LPS-KMS-2507", ahead(250)),
    ], "kemensos", "Direktorat PSKBA Kemensos RI")
    receive(60, MAIN, [
        ReceiveLine("BRS", 2000, "BRS-APBD-2509", ahead(180)),
        ReceiveLine("AMN", 300, "AMN-2509", ahead(200)),
        ReceiveLine("EMB", 500), ReceiveLine("GYG", 500),
    ], "apbd", "CV Contoh Sejahtera (pengadaan APBD)")
    receive(45, MAIN, [ReceiveLine("SLM", 200), ReceiveLine("AMN", 100, "AMN-CSR-01", ahead(120))],
            "donor", "PT Contoh Peduli (CSR)")

    # Stocking the lumbung sosial.
    transfer(80, MAIN, LS_TPN, [IssueLine("MSS", 120, batch="MSS-KMS-2507"), IssueLine("SLM", 80), IssueLine("MTR", 40),
                                IssueLine("FKT", 40, batch="FKT-KMS-2507"), IssueLine("BRS", 400),
                                IssueLine("TKP", 2), IssueLine("GNS", 1)])
    transfer(75, MAIN, LS_PKL, [IssueLine("MSS", 150, batch="MSS-KMS-2509"), IssueLine("SLM", 100), IssueLine("TGL", 60),
                                IssueLine("FKT", 20, batch="FKT-KMS-2507"), IssueLine("BRS", 600),
                                IssueLine("TKP", 2), IssueLine("PRK", 1)])

    # Past emergencies: a flood in Pagar Jati and abrasion in Pondok Kelapa.
    issue(40, MAIN, [IssueLine("MSS", 300), IssueLine("LPS", 150), IssueLine("FKT", 120), IssueLine("SLM", 250),
                     IssueLine("MTR", 150), IssueLine("BRS", 1500), IssueLine("AMN", 120), IssueLine("EMB", 100)],
          "Posko Banjir Desa Contoh, Kec. Pagar Jati (Kepala Desa)")
    issue(40, MAIN, [IssueLine("TKP", 4, serials=_serials("TKP-KMS", 4, start=5)), IssueLine("GNS", 2), IssueLine("DUL", 1), IssueLine("VLB", 30)],
          "Posko Banjir Desa Contoh, Kec. Pagar Jati (pinjam pakai)")
    issue(12, LS_PKL, [IssueLine("MSS", 60), IssueLine("SLM", 40), IssueLine("TGL", 25), IssueLine("BRS", 150)],
          "Posko Abrasi Kec. Pondok Kelapa (Camat)")
    issue(12, LS_PKL, [IssueLine("PRK", 1)], "Posko Abrasi Kec. Pondok Kelapa (pinjam pakai)")
    # Some equipment already came back.
    receive(25, MAIN, [ReceiveLine("TKP", 2, serials=("TKP-KMS-0005", "TKP-KMS-0006"), condition="rusak ringan"),
                       ReceiveLine("GNS", 1, serials=("GNS-PROV-0002",))],
            "return", "Posko Banjir Desa Contoh, Kec. Pagar Jati")

    # Equipment condition as found at the last inspection.
    equipment.set_condition(session, gudang, "GNS", "GNS-PROV-0007", "rusak ringan", remarks="aki lemah")
    equipment.set_condition(session, gudang, "GNS", "GNS-PROV-0008", "rusak berat", remarks="mesin macet")
    equipment.set_condition(session, gudang, "PRK", "PRK-PROV-0003", "rusak ringan", remarks="tambalan bocor")
    equipment.set_condition(session, gudang, "TSG", "TSG-KMS-0006", "rusak berat", remarks="rangka patah")

    # Expired family kits proposed for write-off, waiting for the pejabat; a broken genset approved.
    writeoffs.request_writeoff(session, gudang, MAIN, [IssueLine("FKT", 90, batch="FKT-KMS-2501")],
                               reason_kind="kedaluwarsa", reason="Family kit kedaluwarsa, kemasan rusak")
    wo = writeoffs.request_writeoff(session, gudang, MAIN, [IssueLine("TSG", 1, serials=("TSG-KMS-0006",))],
                                    reason_kind="rusak", reason="Rangka patah, tidak ekonomis diperbaiki")
    _, b = writeoffs.approve_writeoff(
        session, pejabat, wo.number, remarks="Disetujui sesuai pemeriksaan", method="dimusnahkan", value=4_750_000,
        decree=writeoffs.Decree("000.2.3.3/145/DINSOS/2026", ago(7), "Kepala Dinas Sosial Kabupaten Bengkulu Tengah"))
    _backdate(session, b, ago(5))

    # The half-yearly count of a lumbung sosial, approved and posted: the rice came out 5 kg short.
    count = counts.start_count(session, gudang, LS_PKL, team=COUNT_TEAM)
    for line in count.lines:
        short = 5 if line.item == "BRS" else 0
        counts.enter_count(session, gudang, count.number, line.item, line.snapshot_qty - short,
                           batch=line.batch, reason="tercecer saat bongkar muat" if short else "")
    counts.submit_count(session, gudang, count.number)
    if pejabat.id != gudang.id:  # the official who did not count approves (nobody approves their own count)
        counts.approve_count(session, pejabat, count.number)

    movements = session.scalar(select(func.count()).select_from(StockMovement))
    return {"gudang": len(WAREHOUSES), "barang": len(ITEMS), "mutasi stok": int(movements or 0)}
