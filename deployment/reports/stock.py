"""Posisi stok: the balance of every item in every warehouse at the end of a chosen day.

Expired stock is shown apart: of what is on hand, how much is in batches whose expiry date is before
the position date ("Kedaluwarsa") and how much can still be given out ("Layak pakai").

Computed from the ledger (the sum of the movements whose documents are dated up to that day, so a
receipt typed in today but dated last week counts from last week), not from the running balances, so a past date gives the past position.  The heavy part is one GROUP BY over
``stock_movement``; names are joined onto its result, not onto the million movements.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deployment.reports.model import (
    Col,
    Report,
    ReportFilter,
    Table,
    made_now,
    region_matches,
)
from inventory.catalog import get_warehouse
from inventory.models import Batch, Item, StockMovement, Warehouse
from inventory.transfers import TransitTotal, in_transit_as_of
from tagana_app import clock, signatories
from tagana_app.bulk import gc_paused
from tagana_app.progress import Progress
from tagana_app.texts import N_

FILTERS = ("as_of", "warehouse", "region")


class StockPositionRow(NamedTuple):
    """One line; a NamedTuple, not a dataclass: reports build tens of thousands of them and a tuple
    is several times cheaper to make (the whole report stays within 2x of its SQL aggregate)."""

    warehouse: str
    warehouse_name: str
    item: str
    item_name: str
    category: str
    unit: str
    quantity: int  # on hand, expired included
    expired: int = 0  # of which in batches expired on the position date

    @property
    def usable(self) -> int:
        return self.quantity - self.expired


@dataclass(frozen=True)
class StockItemTotal:
    item: str
    item_name: str
    category: str
    unit: str
    quantity: int
    warehouses: int
    expired: int = 0

    @property
    def usable(self) -> int:
        return self.quantity - self.expired


@dataclass(frozen=True)
class StockPosition(Report):
    signed_by = (signatories.KEPALA_DINAS, signatories.PENGURUS_BARANG)  # the keeper signs, the head knows

    as_of: date
    rows: tuple[StockPositionRow, ...]
    totals: tuple[StockItemTotal, ...]
    in_transit: tuple[TransitTotal, ...] = ()  # sent by the position date, not yet received then

    @property
    def total_lines(self) -> int:
        return len(self.rows)

    def tables(self) -> list[Table]:
        main = Table(
            "posisi", N_("domain", "Posisi stok per gudang"),
            (Col("no", N_("domain", "No"), 0.45, "no"), Col("warehouse", N_("domain", "Gudang"), 1.0),
             Col("warehouse_name", N_("domain", "Nama gudang"), 2.4), Col("item", N_("domain", "Kode"), 0.9),
             Col("item_name", N_("domain", "Uraian barang"), 3.0), Col("category", N_("domain", "Kategori"), 1.4),
             Col("usable", N_("domain", "Layak pakai"), 1.0, "int"), Col("expired", N_("domain", "Kedaluwarsa"), 1.0, "int"),
             Col("quantity", N_("domain", "Jumlah"), 1.0, "int"), Col("unit", N_("domain", "Satuan"), 0.8)),
            tuple((i, r.warehouse, r.warehouse_name, r.item, r.item_name, r.category, r.usable, r.expired, r.quantity,
                   r.unit) for i, r in enumerate(self.rows, 1)),
            ((N_("domain", "Jumlah baris (barang per gudang)"), "", "", "", "", "", "", "", len(self.rows), ""),),
            label_span=8, group=(1, 2))
        per_item = Table(
            "per_barang", N_("domain", "Jumlah per barang"),
            (Col("no", N_("domain", "No"), 0.45, "no"), Col("item", N_("domain", "Kode"), 0.9),
             Col("item_name", N_("domain", "Uraian barang"), 3.0), Col("category", N_("domain", "Kategori"), 1.4),
             Col("warehouses", N_("domain", "Jml gudang"), 0.8, "int"),
             Col("usable", N_("domain", "Layak pakai"), 1.0, "int"), Col("expired", N_("domain", "Kedaluwarsa"), 1.0, "int"),
             Col("quantity", N_("domain", "Jumlah"), 1.0, "int"), Col("unit", N_("domain", "Satuan"), 0.8)),
            tuple((i, t.item, t.item_name, t.category, t.warehouses, t.usable, t.expired, t.quantity, t.unit)
                  for i, t in enumerate(self.totals, 1)),
            ((N_("domain", "Jumlah jenis barang"), "", "", "", "", "", "", len(self.totals), ""),), label_span=7)
        if not self.in_transit:
            return [main, per_item]
        transit = Table(
            "perjalanan", N_("domain", "Dalam perjalanan (mutasi belum diterima)"),
            (Col("no", N_("domain", "No"), 0.45, "no"), Col("from", N_("domain", "Dari"), 1.0),
             Col("to", N_("domain", "Ke"), 1.0), Col("to_name", N_("domain", "Gudang tujuan"), 2.4),
             Col("item", N_("domain", "Kode"), 0.9), Col("item_name", N_("domain", "Uraian barang"), 3.0),
             Col("quantity", N_("domain", "Jumlah"), 1.0, "int"), Col("unit", N_("domain", "Satuan"), 0.8)),
            tuple((i, t.from_warehouse, t.to_warehouse, t.to_name, t.item, t.item_name, t.quantity, t.unit)
                  for i, t in enumerate(self.in_transit, 1)),
            ((N_("domain", "Jumlah baris dalam perjalanan"), "", "", "", "", "", len(self.in_transit), ""),),
            label_span=6)
        return [main, per_item, transit]

    def notes(self) -> list[str]:
        notes = [N_("domain", "Saldo dihitung dari buku persediaan: jumlah semua mutasi masuk dikurangi keluar sampai "
                   "akhir tanggal posisi. Satuan berbeda-beda, maka jumlah hanya dijumlahkan per barang."),
                N_("domain", "Kedaluwarsa: bagian dari jumlah yang berada dalam batch dengan tanggal kedaluwarsa "
                   "sebelum tanggal posisi; tidak untuk disalurkan. Layak pakai: jumlah dikurangi yang kedaluwarsa.")]
        if self.in_transit:
            notes.append(N_("domain", "Barang dalam perjalanan (mutasi yang sudah dikirim tetapi belum diterima pada "
                                      "tanggal posisi) tidak termasuk saldo gudang mana pun dan dicantumkan "
                                      "tersendiri."))
        return notes


def position_query(as_of: date, warehouse_ids: list[int] | None = None):  # noqa: ANN201
    """The plain aggregate underneath: net quantity per warehouse and item of the documents dated up
    to ``as_of`` (the document date, not the day it was typed in)."""
    query = (select(StockMovement.warehouse_id, StockMovement.item_id,
                    func.sum(StockMovement.qty_in - StockMovement.qty_out).label("qty"))
             .where(StockMovement.doc_date <= as_of)
             .group_by(StockMovement.warehouse_id, StockMovement.item_id))
    if warehouse_ids is not None:
        query = query.where(StockMovement.warehouse_id.in_(warehouse_ids))
    return query


def expired_query(as_of: date, warehouse_ids: list[int] | None = None):  # noqa: ANN201
    """Of that, the part in batches whose expiry date is before ``as_of``."""
    query = (select(StockMovement.warehouse_id, StockMovement.item_id,
                    func.sum(StockMovement.qty_in - StockMovement.qty_out).label("expired"))
             .join(Batch, Batch.id == StockMovement.batch_id)
             .where(StockMovement.doc_date <= as_of, Batch.expiry < as_of)
             .group_by(StockMovement.warehouse_id, StockMovement.item_id))
    if warehouse_ids is not None:
        query = query.where(StockMovement.warehouse_id.in_(warehouse_ids))
    return query


@gc_paused()  # tens of thousands of rows: see tagana_app.bulk
def build(session: Session, flt: ReportFilter, progress: Progress) -> StockPosition:
    as_of = flt.as_of or flt.end or clock.today()
    progress.update(0, 3, N_("domain", "Memeriksa filter"))
    warehouse_ids: list[int] | None = None
    if flt.warehouse:
        warehouse_ids = [get_warehouse(session, flt.warehouse).id]
    region = flt.region_code
    if region:
        chosen = [wid for wid, code in session.execute(select(Warehouse.id, Warehouse.region_code))
                  if region_matches(code, region)]
        warehouse_ids = chosen if warehouse_ids is None else [w for w in warehouse_ids if w in chosen]
    progress.update(1, 3, N_("domain", "Menjumlahkan buku persediaan"))
    sums = position_query(as_of, warehouse_ids).subquery()
    expired = expired_query(as_of, warehouse_ids).subquery()
    query = (select(Warehouse.code, Warehouse.name, Item.code, Item.name, func.coalesce(Item.category, ""), Item.unit,
                    sums.c.qty, func.coalesce(expired.c.expired, 0))
             .select_from(sums)
             .join(Warehouse, Warehouse.id == sums.c.warehouse_id)
             .join(Item, Item.id == sums.c.item_id)
             .outerjoin(expired, (expired.c.warehouse_id == sums.c.warehouse_id) & (expired.c.item_id == sums.c.item_id))
             .where(sums.c.qty != 0)
             .order_by(Warehouse.code, Item.category, Item.name, Item.code))
    make = StockPositionRow._make
    rows = tuple(make(row) for row in session.execute(query))
    progress.update(2, 3, N_("domain", "Menyusun jumlah per barang"))
    totals: dict[str, list] = {}
    for r in rows:
        entry = totals.setdefault(r.item, [r.item_name, r.category, r.unit, 0, 0, 0])
        entry[3] += r.quantity
        entry[4] += 1
        entry[5] += r.expired
    item_totals = tuple(StockItemTotal(code, name, category, unit, qty, n, gone)
                        for code, (name, category, unit, qty, n, gone)
                        in sorted(totals.items(), key=lambda kv: (kv[1][1], kv[1][0], kv[0])))
    progress.update(3, 3, N_("domain", "Selesai."))
    transit = tuple(in_transit_as_of(session, as_of, warehouse_ids))
    return StockPosition("stock", N_("domain", "LAPORAN POSISI STOK PERSEDIAAN"), flt.describe(FILTERS), made_now(),
                         as_of, rows, item_totals, transit)
