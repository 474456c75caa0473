"""Rekap distribusi per kejadian: what went where, in which dispatch, with which BAST, to whom.

The quantity sent is read from the ledger (the dispatch movements booked under the dispatch
number), the recipient's count and the returns from the dispatch lines, the place from the
dispatch's region code (desa or kecamatan).

A third table, "Penyaluran ke desa/rumah tangga", sums the distributions to villages and households
(``deployment.distribution``), the office's own and those its poskos sent in their exchange files:
per incident, desa and posko, how many distributions, households and people, and the goods.  It is
printed only when there are any.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import repeat
from operator import itemgetter
from typing import NamedTuple

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from deployment import incidents as incident_service
from deployment.dispatch.lifecycle import SENT_STATES
from deployment.dispatch.models import Dispatch, DispatchLine
from deployment.models import Incident
from deployment.reports.model import Col, Report, ReportFilter, Table, made_now, per_unit, region_matches
from inventory.catalog import get_warehouse
from inventory.models import Item, StockMovement, Warehouse
from tagana_app import regions
from tagana_app.bulk import gc_paused
from tagana_app.progress import Progress
from tagana_app.texts import DOMAIN, N_, Text

FILTERS = ("period", "warehouse", "incident", "region")


@lru_cache(maxsize=4096)
def place_name(code: str) -> str:
    """"Desa Srikaton, Kec. Pondok Kelapa" or "Kec. Karang Tinggi" for a region code."""
    region = regions.lookup(code) if code else None
    if region is None:
        return code or ""
    names = [p.strip() for p in region.path.split(",")]
    if region.level == 4:
        return f"Desa {names[0]}, Kec. {names[1]}" if len(names) > 1 else f"Desa {names[0]}"
    if region.level == 3:
        return f"Kec. {names[0]}"
    return region.name


class DispatchHead(NamedTuple):
    """What the lines of one dispatch share; every row of the dispatch points to the same tuple."""

    incident: str
    incident_name: str
    dispatch: str
    sent_on: date | None
    warehouse: str
    destination: str
    region_code: str
    region_name: str
    bast_number: str
    recipient: str


class Goods(NamedTuple):
    code: str
    name: str
    unit: str


class DistributionRow(NamedTuple):
    """One line of a dispatch.  Tuples pointing to the shared dispatch head and goods, built in
    bulk (see ``build``): the report makes tens of thousands of them and stays within 2x of the
    ledger aggregate underneath."""

    head: DispatchHead
    goods: Goods
    sent: int
    received: int | None
    returned: int


@dataclass(frozen=True)
class DistributionItemTotal:
    item: str
    item_name: str
    unit: str
    sent: int
    received: int
    returned: int
    dispatches: int


@dataclass(frozen=True)
class VillageRow:
    """The active distributions of one incident in one desa by one posko (or the office)."""

    incident: str
    desa_code: str
    desa_name: str
    kecamatan_name: str
    site: str              # the posko's code, or "Kantor"
    distributions: int
    households: int
    people: int
    goods: str             # "Beras 50 kg, Family kit 10 paket"


@dataclass(frozen=True)
class Distribution(Report):
    rows: tuple[DistributionRow, ...]
    totals: tuple[DistributionItemTotal, ...]
    incidents: int
    dispatches: int
    villages: tuple[VillageRow, ...] = ()

    landscape = True

    def tables(self) -> list[Table]:
        main = Table(
            "distribusi", N_("domain", "Rincian penyaluran"),
            (Col("no", N_("domain", "No"), 0.4, "no"), Col("incident", N_("domain", "Kejadian"), 1.1),
             Col("incident_name", N_("domain", "Nama kejadian"), 2.0),
             Col("dispatch", N_("domain", "Pengiriman"), 1.9),
             Col("sent_on", N_("domain", "Tgl kirim"), 1.0, "date"),
             Col("region_code", N_("domain", "Kode wilayah"), 1.3),
             Col("place", N_("domain", "Desa/Kecamatan"), 2.0), Col("destination", N_("domain", "Tujuan"), 1.8),
             Col("bast_number", N_("domain", "Nomor BAST"), 1.9),
             Col("recipient", N_("domain", "Diserahkan kepada"), 2.0),
             Col("item_name", N_("domain", "Uraian barang"), 2.2),
             Col("sent", N_("domain", "Dikirim"), 0.9, "int"),
             Col("received", N_("domain", "Diterima"), 0.9, "int"), Col("unit", N_("domain", "Satuan"), 0.8)),
            tuple((i, h.incident, h.incident_name, h.dispatch, h.sent_on, h.region_code, h.region_name, h.destination,
                   h.bast_number, h.recipient, g.name, sent, received, g.unit)
                  for i, (h, g, sent, received, _returned) in enumerate(self.rows, 1)),
            self._unit_footer(), label_span=10,
            group=(1, 2), blank_repeats=(3, 4, 5, 6, 7, 8, 9))
        per_item = Table(
            "per_barang", N_("domain", "Jumlah per barang"),
            (Col("no", N_("domain", "No"), 0.4, "no"), Col("item", N_("domain", "Kode"), 0.9),
             Col("item_name", N_("domain", "Uraian barang"), 3.0),
             Col("dispatches", N_("domain", "Pengiriman"), 0.9, "int"),
             Col("sent", N_("domain", "Dikirim"), 0.9, "int"),
             Col("received", N_("domain", "Diterima"), 0.9, "int"),
             Col("returned", N_("domain", "Dikembalikan"), 1.0, "int"), Col("unit", N_("domain", "Satuan"), 0.8)),
            tuple((i, t.item, t.item_name, t.dispatches, t.sent, t.received, t.returned, t.unit)
                  for i, t in enumerate(self.totals, 1)),
            ((N_("domain", "Jumlah jenis barang"), "", "", len(self.totals), "", "", "", ""),), label_span=3)
        if not self.villages:
            return [main, per_item]
        households = Table(
            "per_desa", N_("domain", "Penyaluran ke desa/rumah tangga"),
            (Col("no", N_("domain", "No"), 0.4, "no"), Col("incident", N_("domain", "Kejadian"), 1.1),
             Col("desa_code", N_("domain", "Kode desa"), 1.3), Col("desa", N_("domain", "Desa/Kelurahan"), 1.8),
             Col("kecamatan", N_("domain", "Kecamatan"), 1.6), Col("site", N_("domain", "Posko"), 1.2),
             Col("distributions", N_("domain", "Distribusi"), 0.9, "int"),
             Col("households", N_("domain", "KK"), 0.7, "int"), Col("people", N_("domain", "Jiwa"), 0.7, "int"),
             Col("goods", N_("domain", "Barang disalurkan"), 4.0)),
            tuple((i, v.incident, v.desa_code, v.desa_name, v.kecamatan_name, v.site, v.distributions, v.households,
                   v.people, v.goods) for i, v in enumerate(self.villages, 1)),
            ((N_("domain", "Jumlah"), "", "", "", "", "", sum(v.distributions for v in self.villages),
              sum(v.households for v in self.villages), sum(v.people for v in self.villages), ""),), label_span=6,
            note=N_("domain", "Distribusi yang tidak dibatalkan, dari gudang kantor dan dari posko (yang sudah "
                              "diterima lewat berkas pertukaran). KK: penerima kepala keluarga; Jiwa: jumlah jiwa "
                              "yang dicatat."))
        return [main, per_item, households]

    def _unit_footer(self) -> tuple[tuple, ...]:
        """One totals row per unit: kg, lembar and paket are never added into one figure."""
        sent = per_unit((t.unit, t.sent) for t in self.totals)
        received = per_unit((t.unit, t.received) for t in self.totals)
        count = Text(N_("domain", "{count} pengiriman"), DOMAIN, count=self.dispatches)
        return tuple((Text(N_("domain", "Jumlah dalam {unit}"), DOMAIN, unit=unit), "", "", "", "", "", "", "", "", "",
                      count if n == 0 else "", qty, received[unit], unit)
                     for n, (unit, qty) in enumerate(sent.items()))

    def notes(self) -> list[str]:
        return [N_("domain", "Dikirim: jumlah yang keluar dari gudang menurut buku persediaan. Diterima: hitungan "
                   "penerima saat serah terima (kosong bila belum diserahterimakan).")]


def sent_query(dispatch_numbers=None):  # noqa: ANN001, ANN201
    """The plain aggregate underneath: quantity out per dispatch number and item, from the ledger."""
    query = (select(StockMovement.doc_number, StockMovement.item_id, func.sum(StockMovement.qty_out).label("qty"))
             .where(StockMovement.doc_type == "pengiriman", StockMovement.kind == "dispatch")
             .group_by(StockMovement.doc_number, StockMovement.item_id))
    if dispatch_numbers is not None:
        query = query.where(StockMovement.doc_number.in_(dispatch_numbers))
    return query


def lines_query(dispatch_numbers=None):  # noqa: ANN001, ANN201
    """The report's SQL: the ledger aggregate with each line's received and returned counts."""
    sums = sent_query(dispatch_numbers).subquery()
    return (select(sums.c.doc_number, DispatchLine.line_no, sums.c.item_id, sums.c.qty, DispatchLine.received,
                   DispatchLine.returned)
            .select_from(sums)
            .join(Dispatch, Dispatch.number == sums.c.doc_number)
            .join(DispatchLine, and_(DispatchLine.dispatch_id == Dispatch.id, DispatchLine.item_id == sums.c.item_id)))


@gc_paused()  # tens of thousands of rows: see tagana_app.bulk
def build(session: Session, flt: ReportFilter, progress: Progress) -> Distribution:
    progress.update(0, 3, N_("domain", "Memeriksa filter"))
    chosen = select(Dispatch.number).where(Dispatch.status.in_(SENT_STATES))
    narrowed = False
    if flt.incident:
        chosen = chosen.where(Dispatch.incident_id == incident_service.find(session, flt.incident).id)
        narrowed = True
    if flt.warehouse:
        chosen = chosen.where(Dispatch.warehouse_id == get_warehouse(session, flt.warehouse).id)
        narrowed = True
    if flt.start:
        chosen = chosen.where(Dispatch.sent_on >= flt.start)
        narrowed = True
    if flt.end:
        chosen = chosen.where(Dispatch.sent_on <= flt.end)
        narrowed = True
    region = flt.region_code
    progress.update(1, 3, N_("domain", "Menjumlahkan barang keluar dari buku persediaan"))
    # The dispatches and items are few: read them once into dictionaries, so the big query only
    # carries numbers (the ledger sums and the recipient's counts), not names and dates per line.
    heads = select(Dispatch.id, Dispatch.number, Incident.number, Incident.name, Dispatch.sent_on, Warehouse.code,
                   Dispatch.destination, Dispatch.region_code, Dispatch.bast_number, Dispatch.recipient_name,
                   Dispatch.recipient_position).join(Incident, Incident.id == Dispatch.incident_id) \
        .join(Warehouse, Warehouse.id == Dispatch.warehouse_id).where(Dispatch.status.in_(SENT_STATES)) \
        .order_by(Incident.number, Dispatch.sent_on, Dispatch.number)
    if narrowed:
        heads = heads.where(Dispatch.number.in_(chosen))
    dispatch_of = {}
    for _id, number, inc, inc_name, sent_on, wh, destination, code, bast, name, role in session.execute(heads):
        code = code or ""
        if region and not region_matches(code, region):
            continue
        dispatch_of[number] = DispatchHead(inc, inc_name, number, sent_on, wh, destination, code, place_name(code),
                                           bast or "", f"{name}, {role}" if role else name)
    goods_of = {i: Goods(code, name, unit) for i, code, name, unit in session.execute(
        select(Item.id, Item.code, Item.name, Item.unit))}
    query = lines_query(chosen if narrowed else None)
    # Plain tuples straight from the driver (number, line, item, sent, received, returned): every
    # column is a string or an integer, nothing to convert.
    raw = session.connection().execute(query).cursor.fetchall()
    rank = {number: n for n, number in enumerate(dispatch_of)}  # incident, day sent, dispatch number
    if region:
        raw = [r for r in raw if r[0] in rank]
    progress.update(2, 3, N_("domain", "Menyusun jumlah per barang"))
    # Tens of thousands of lines: sorted and assembled column-wise with map/zip/itemgetter, which
    # run in C, instead of a Python statement per line.
    numbers, lines, item_ids, sent, received, returned = (list(map(itemgetter(n), raw)) for n in range(6))
    # (dispatch rank, line) is unique, so the sort never compares the third element.
    order = sorted(zip(map(rank.__getitem__, numbers), lines, range(len(raw)), strict=True))
    position = list(map(itemgetter(2), order))
    numbers, item_ids, sent, received, returned = (list(map(col.__getitem__, position))
                                                    for col in (numbers, item_ids, sent, received, returned))
    rows = list(map(tuple.__new__, repeat(DistributionRow), zip(
        map(dispatch_of.__getitem__, numbers), map(goods_of.__getitem__, item_ids), sent, received, returned,
        strict=True)))
    totals: dict[int, list[int]] = {}
    for item_id, qty, got, back in zip(item_ids, sent, received, returned, strict=True):
        entry = totals.get(item_id)
        if entry is None:
            entry = totals[item_id] = [0, 0, 0, 0]
        entry[0] += qty
        entry[1] += got or 0
        entry[2] += back
        entry[3] += 1
    item_totals = tuple(sorted((DistributionItemTotal(*goods_of[i], *sums) for i, sums in totals.items()),
                               key=lambda t: (t.item_name, t.item)))
    sent_dispatches = set(numbers)
    villages = village_rows(session, flt)
    progress.update(3, 3, N_("domain", "Selesai."))
    return Distribution("distribution", N_("domain", "REKAPITULASI DISTRIBUSI BANTUAN PER KEJADIAN BENCANA"),
                        flt.describe(FILTERS), made_now(), tuple(rows), item_totals,
                        len({dispatch_of[n].incident for n in sent_dispatches}), len(sent_dispatches), villages)


def village_rows(session: Session, flt: ReportFilter) -> tuple[VillageRow, ...]:
    """The active distributions to villages and households (office's and poskos'), per incident, desa and posko."""
    from deployment.distribution.models import Distribution as Handout
    from deployment.distribution.models import DistributionLine

    query = (select(Handout.id, Incident.number, Handout.desa_code, Handout.site_code, Handout.recipient_kind,
                    Handout.household_size)
             .join(Incident, Incident.id == Handout.incident_id).where(Handout.status == "aktif"))
    if flt.incident:
        query = query.where(Handout.incident_id == incident_service.find(session, flt.incident).id)
    if flt.warehouse:
        query = query.where(Handout.warehouse_id == get_warehouse(session, flt.warehouse).id)
    if flt.start:
        query = query.where(Handout.distributed_on >= flt.start)
    if flt.end:
        query = query.where(Handout.distributed_on <= flt.end)
    groups: dict[tuple[str, str, str], list] = {}
    group_of: dict[int, tuple[str, str, str]] = {}
    for hid, incident, desa, site, kind, people in session.execute(query):
        if not region_matches(desa, flt.region_code):
            continue
        key = (incident, desa, site)
        entry = groups.setdefault(key, [0, 0, 0, {}])
        entry[0] += 1
        entry[1] += kind == "kk"
        entry[2] += people or 0
        group_of[hid] = key
    if not groups:
        return ()
    goods_of = {i: (name, unit) for i, name, unit in session.execute(select(Item.id, Item.name, Item.unit))}
    lines = select(DistributionLine.distribution_id, DistributionLine.item_id, DistributionLine.quantity)
    for hid, item_id, qty in session.execute(lines.where(DistributionLine.distribution_id.in_(list(group_of)))):
        goods = groups[group_of[hid]][3]
        goods[item_id] = goods.get(item_id, 0) + qty
    result = []
    for (incident, desa, site), (count, households, people, goods) in sorted(groups.items()):
        region = regions.lookup(desa)
        names = [p.strip() for p in region.path.split(",")] if region else [desa]
        text = ", ".join(f"{goods_of[i][0]} {qty} {goods_of[i][1]}"
                         for i, qty in sorted(goods.items(), key=lambda x: goods_of[x[0]][0]))
        result.append(VillageRow(incident, desa, names[0], names[1] if len(names) > 1 else "", site or "Kantor",
                                 count, households, people, text))
    return tuple(result)
