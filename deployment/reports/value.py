"""Nilai persediaan: the value of the stock per warehouse and category at the end of a chosen day.

Quantity times the unit price of each batch (or serial unit), summed from the ledger up to that
day by document date.  Stock whose price was never recorded is not counted as 0: its quantity is
shown as "harga belum tercatat", and the totals say how many items lack a price.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from deployment.reports.model import Col, Report, ReportFilter, Table, made_now
from inventory import values
from tagana_app import clock, indonesian, signatories
from tagana_app.progress import Progress
from tagana_app.texts import DOMAIN, N_, Text

FILTERS = ("as_of", "warehouse")
NO_PRICE = N_("domain", "harga belum tercatat")


@dataclass(frozen=True)
class CategoryTotal:
    warehouse: str
    warehouse_name: str
    category: str
    items: int
    value: int
    unpriced_items: int


@dataclass(frozen=True)
class StockValue(Report):
    signed_by = (signatories.KEPALA_DINAS, signatories.PENGURUS_BARANG)
    landscape = True

    as_of: date
    rows: tuple[values.ValueRow, ...]
    categories: tuple[CategoryTotal, ...]

    @property
    def total_value(self) -> int:
        return sum(r.value for r in self.rows)

    @property
    def unpriced_items(self) -> int:
        return sum(1 for r in self.rows if r.unpriced)

    def tables(self) -> list[Table]:
        def unpriced(r: values.ValueRow) -> str:
            return f"{indonesian.quantity(r.unpriced)} {r.unit}" if r.unpriced else ""

        def value(r: values.ValueRow) -> int | str:
            return NO_PRICE if r.unpriced == r.quantity else r.value

        main = Table(
            "nilai", N_("domain", "Nilai persediaan per gudang dan kategori"),
            (Col("no", N_("domain", "No"), 0.45, "no"), Col("warehouse", N_("domain", "Gudang"), 1.0),
             Col("warehouse_name", N_("domain", "Nama gudang"), 2.4), Col("category", N_("domain", "Kategori"), 1.4),
             Col("item", N_("domain", "Kode"), 0.9), Col("item_name", N_("domain", "Uraian barang"), 3.0),
             Col("quantity", N_("domain", "Jumlah"), 1.0, "int"), Col("unit", N_("domain", "Satuan"), 0.8),
             Col("value", N_("domain", "Nilai (Rp)"), 1.4, "int"),
             Col("unpriced", N_("domain", "Jumlah tanpa harga"), 1.3)),
            tuple((i, r.warehouse, r.warehouse_name, r.category or "-", r.item, r.item_name, r.quantity, r.unit,
                   value(r), unpriced(r)) for i, r in enumerate(self.rows, 1)),
            ((N_("domain", "Jumlah nilai persediaan"), "", "", "", "", "", "", "", self.total_value,
              Text(N_("domain", "{count} barang tanpa harga"), DOMAIN, count=self.unpriced_items)
              if self.unpriced_items else ""),),
            label_span=8, group=(1, 2))
        per_category = Table(
            "per_kategori", N_("domain", "Rekap per gudang dan kategori"),
            (Col("no", N_("domain", "No"), 0.45, "no"), Col("warehouse", N_("domain", "Gudang"), 1.0),
             Col("warehouse_name", N_("domain", "Nama gudang"), 2.4), Col("category", N_("domain", "Kategori"), 1.4),
             Col("items", N_("domain", "Jenis barang"), 0.9, "int"), Col("value", N_("domain", "Nilai (Rp)"), 1.4, "int"),
             Col("unpriced_items", N_("domain", "Barang tanpa harga"), 1.0, "int")),
            tuple((i, c.warehouse, c.warehouse_name, c.category or "-", c.items,
                   NO_PRICE if c.unpriced_items == c.items and not c.value else c.value, c.unpriced_items)
                  for i, c in enumerate(self.categories, 1)),
            ((N_("domain", "Jumlah"), "", "", "", sum(c.items for c in self.categories), self.total_value,
              self.unpriced_items),), label_span=4)
        return [main, per_category]

    def notes(self) -> list[str]:
        return [N_("domain", "Nilai = jumlah x harga satuan setiap batch (atau unit bernomor seri) sampai akhir tanggal "
                   "posisi, menurut tanggal dokumen. Pengeluaran mengambil batch dengan kedaluwarsa paling awal, "
                   "lalu lot paling lama."),
                N_("domain", "Harga belum tercatat: barang yang diterima tanpa harga satuan; jumlahnya disebut "
                   "tersendiri dan tidak dihitung sebagai nol dalam nilai.")]


def build(session: Session, flt: ReportFilter, progress: Progress) -> StockValue:
    as_of = flt.as_of or flt.end or clock.today()
    progress.update(0, 2, N_("domain", "Menjumlahkan buku persediaan"))
    rows = tuple(values.value_rows(session, as_of, flt.warehouse))
    progress.update(1, 2, N_("domain", "Menyusun jumlah per kategori"))
    groups: dict[tuple[str, str], list] = {}
    for r in rows:
        entry = groups.setdefault((r.warehouse, r.category), [r.warehouse_name, 0, 0, 0])
        entry[1] += 1
        entry[2] += r.value
        entry[3] += 1 if r.unpriced else 0
    categories = tuple(CategoryTotal(w, name, c, n, v, u) for (w, c), (name, n, v, u) in groups.items())
    progress.update(2, 2, N_("domain", "Selesai."))
    return StockValue("value", N_("domain", "LAPORAN NILAI PERSEDIAAN"), flt.describe(FILTERS), made_now(), as_of,
                      rows, categories)
