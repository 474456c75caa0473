"""Opening stock from .xlsx or .csv, and the stock list to .xlsx.

The import reads every row and checks all of them before anything is written; every problem is
reported with its row and column in Indonesian, and nothing is imported while any row is wrong.
The same file cannot be booked twice: its document number is derived from its content.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory import ledger, queries
from inventory.errors import ImportRejected
from inventory.ledger import Booking, DocRef
from inventory.models import CONDITIONS, Batch, EquipmentUnit, Item, Warehouse
from inventory.permissions import can_import_opening_stock
from inventory.stock import ReceiveLine, book_receipt_line
from tagana_app import audit, clock, outputs
from tagana_app.accounts import Actor
from tagana_app.errors import ValidationError
from tagana_app.progress import NullProgress, Progress
from tagana_app.texts import N_, Text

COLUMNS = {  # key: (header, required)
    "warehouse": ("Gudang", True),
    "item": ("Kode Barang", True),
    "quantity": ("Jumlah", True),
    "batch": ("Batch", False),
    "expiry": ("Kedaluwarsa", False),
    "serials": ("Nomor Seri", False),
    "condition": ("Kondisi", False),
    "unit": ("Satuan", False),
    "remarks": ("Keterangan", False),
}
ALIASES = {"kode gudang": "warehouse", "kode": "item", "barang": "item", "qty": "quantity", "jml": "quantity",
           "tanggal kedaluwarsa": "expiry", "expired": "expiry", "ed": "expiry", "serial": "serials",
           "no. seri": "serials", "no seri": "serials"}


@dataclass(frozen=True)
class ImportRow:
    row: int
    warehouse: str
    line: ReceiveLine
    remarks: str


@dataclass(frozen=True)
class ImportResult:
    doc_number: str
    rows: int
    quantity: int
    booking: Booking


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_rows(path: Path) -> tuple[list[str], list[tuple[int, list[object]]]]:
    """Header and data rows (with their 1-based row numbers in the file) of a .xlsx or .csv file."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        try:
            wb = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # noqa: BLE001 - any unreadable workbook
            raise ValidationError(N_("errors", "Berkas '{path}' tidak dapat dibaca sebagai .xlsx: {error}"),
                                  path=path.name, error=exc) from None
        try:
            rows = [list(r) for r in wb.active.iter_rows(values_only=True)]
        finally:
            wb.close()
    elif suffix == ".csv":
        raw = path.read_bytes()
        try:
            content = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            content = raw.decode("cp1252")
        try:
            dialect = csv.Sniffer().sniff(content[:4096], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        rows = [list(r) for r in csv.reader(io.StringIO(content), dialect)]
    else:
        raise ValidationError(N_("errors", "Jenis berkas '{suffix}' tidak didukung: gunakan .xlsx atau .csv."),
                              suffix=suffix)
    if not rows:
        raise ValidationError(N_("errors", "Berkas '{path}' kosong."), path=path.name)
    header = [_cell_text(h) for h in rows[0]]
    data = [(n, r) for n, r in enumerate(rows[1:], start=2) if any(_cell_text(c) for c in r)]
    return header, data


def _parse_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _cell_text(value)
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def _parse_quantity(value: object) -> int:
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        n = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise ValueError(value)
        n = int(value)
    else:
        text = _cell_text(value)
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", text):  # "1.000": Indonesian thousands separator
            text = text.replace(".", "")
        n = int(text)
    if n <= 0:
        raise ValueError(value)
    return n


def validate_file(session: Session, path: Path, progress: Progress | None = None) -> list[ImportRow]:
    """Every row checked against the catalogue and the books; raises ImportRejected listing all problems."""
    progress = progress or NullProgress()
    header, data = read_rows(path)
    problems: list[tuple[int, str, str]] = []
    index: dict[str, int] = {}
    for i, name in enumerate(header):
        key = name.strip().lower()
        found = next((k for k, (h, _) in COLUMNS.items() if h.lower() == key), ALIASES.get(key))
        if found and found not in index:
            index[found] = i
    for key, (heading, required) in COLUMNS.items():
        if required and key not in index:
            problems.append((1, heading, Text(N_("errors", "kolom wajib tidak ada di baris judul"))))
    if problems:
        raise ImportRejected(problems)
    if not data:
        raise ValidationError(N_("errors", "Berkas '{path}' tidak berisi baris data."), path=path.name)

    warehouses = {w.code: w for w in session.scalars(select(Warehouse))}
    items = {i.code: i for i in session.scalars(select(Item))}
    batches = {(b.item_id, b.code): b.expiry for b in session.scalars(select(Batch))}
    seen_batches: dict[tuple[str, str], tuple[date | None, int]] = {}
    seen_serials: dict[tuple[str, str], int] = {}
    result: list[ImportRow] = []
    total = len(data)
    for done, (rown, cells) in enumerate(data):
        if done % 200 == 0:
            progress.update(done, total, N_("domain", "Memeriksa baris"))

        def cell(key: str, cells: list[object] = cells) -> object:
            i = index.get(key)
            return cells[i] if i is not None and i < len(cells) else None

        def bad(key: str, template: str, rown: int = rown, **fields: object) -> None:
            problems.append((rown, COLUMNS[key][0], Text(template, **fields)))

        before = len(problems)
        wh_code = _cell_text(cell("warehouse")).upper()
        item_code = _cell_text(cell("item")).upper()
        wh = warehouses.get(wh_code)
        item = items.get(item_code)
        if not wh_code:
            bad("warehouse", N_("errors", "wajib diisi"))
        elif wh is None:
            bad("warehouse", N_("errors", "gudang '{code}' tidak dikenal"), code=wh_code)
        if not item_code:
            bad("item", N_("errors", "wajib diisi"))
        elif item is None:
            bad("item", N_("errors", "barang '{code}' belum ada di katalog"), code=item_code)
        qty = 0
        raw_qty = cell("quantity")
        if _cell_text(raw_qty) == "":
            bad("quantity", N_("errors", "wajib diisi"))
        else:
            try:
                qty = _parse_quantity(raw_qty)
            except (ValueError, TypeError):
                bad("quantity", N_("errors", "'{value}' bukan bilangan bulat lebih dari nol"), value=_cell_text(raw_qty))
        unit_text = _cell_text(cell("unit")).lower()
        if item is not None and unit_text and unit_text != item.unit:
            bad("unit", N_("errors", "satuan '{unit}' berbeda dengan katalog ('{catalogue}')"), unit=unit_text,
                catalogue=item.unit)
        condition = _cell_text(cell("condition")).lower() or "baik"
        if condition not in CONDITIONS:
            bad("condition", N_("errors", "'{condition}' tidak dikenal (pilihan: {choices})"), condition=condition,
                choices=", ".join(CONDITIONS))
        expiry: date | None = None
        raw_exp = cell("expiry")
        if _cell_text(raw_exp):
            try:
                expiry = _parse_date(raw_exp)
            except ValueError:
                bad("expiry", N_("errors", "tanggal '{value}' tidak dikenali (gunakan YYYY-MM-DD atau "
                                           "DD/MM/YYYY)"),
                    value=_cell_text(raw_exp))
        batch = _cell_text(cell("batch"))
        serials = tuple(s.strip() for s in _cell_text(cell("serials")).replace(";", ",").split(",") if s.strip())
        if item is not None:
            if item.expires and expiry is None and not _cell_text(raw_exp):
                bad("expiry", N_("errors", "wajib diisi untuk barang {item} yang memiliki masa kedaluwarsa"),
                    item=item.code)
            if not item.expires and _cell_text(raw_exp):
                bad("expiry", N_("errors", "barang {item} tidak dicatat kedaluwarsanya; kosongkan"), item=item.code)
            if item.expires and expiry is not None:
                batch = batch or f"ED-{expiry:%Y%m%d}"
                recorded = batches.get((item.id, batch), "none")
                if recorded != "none" and recorded != expiry:
                    bad("expiry", N_("errors", "batch '{batch}' sudah tercatat dengan kedaluwarsa {recorded}"),
                        batch=batch, recorded=recorded)
                earlier = seen_batches.get((item.code, batch))
                if earlier and earlier[0] != expiry:
                    bad("expiry", N_("errors", "batch '{batch}' di baris {row} berkedaluwarsa {expiry}"),
                        batch=batch, row=earlier[1], expiry=earlier[0])
                seen_batches.setdefault((item.code, batch), (expiry, rown))
            if item.serialized:
                if qty and len(serials) != qty:
                    bad("serials", N_("errors", "barang bernomor seri: perlu {needed} nomor seri, ada {given}"),
                        needed=qty, given=len(serials))
                for serial in serials:
                    if (item.code, serial) in seen_serials:
                        bad("serials", N_("errors", "nomor seri {serial} juga ada di baris {row}"), serial=serial,
                            row=seen_serials[(item.code, serial)])
                    seen_serials.setdefault((item.code, serial), rown)
            elif serials:
                bad("serials", N_("errors", "barang {item} tidak bernomor seri; kosongkan"), item=item.code)
        if len(problems) == before and item is not None and wh is not None:
            line = ReceiveLine(item.code, qty, batch, expiry, serials, condition)
            result.append(ImportRow(rown, wh.code, line, _cell_text(cell("remarks"))))
    if seen_serials:
        existing = session.execute(select(Item.code, EquipmentUnit.serial)
                                   .join(Item, Item.id == EquipmentUnit.item_id)
                                   .where(EquipmentUnit.status != "batal")).all()
        for code, serial in existing:
            rown = seen_serials.get((code, serial))
            if rown is not None:
                problems.append((rown, COLUMNS["serials"][0], Text(
                    N_("errors", "nomor seri {serial} sudah tercatat di persediaan"), serial=serial)))
    progress.update(total, total, N_("domain", "Memeriksa baris"))
    if problems:
        problems.sort(key=lambda p: p[0])
        raise ImportRejected(problems)
    return result


def import_opening_stock(session: Session, actor: Actor, path: str | Path, *, progress: Progress | None = None,
                         doc_number: str | None = None, doc_date: date | None = None) -> ImportResult:
    """Book an opening stock list (saldo awal); all rows or none."""
    can_import_opening_stock.require(actor, action=N_("domain", "mengimpor saldo awal stok"))
    progress = progress or NullProgress()
    path = Path(path)
    if not path.exists():
        raise ValidationError(N_("errors", "Berkas '{path}' tidak ditemukan."), path=str(path))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12].upper()
    doc = DocRef("saldo_awal", (doc_number or "").strip() or f"SALDO-AWAL-{digest}", doc_date or clock.today())
    ledger.check_not_booked(session, doc, None)
    rows = validate_file(session, path, progress)
    warehouses = {w.code: w for w in session.scalars(select(Warehouse))}
    ids: list[int] = []
    for done, r in enumerate(rows):
        if done % 200 == 0:
            progress.update(done, len(rows), N_("domain", "Membukukan saldo awal"))
        ids += book_receipt_line(session, actor, warehouses[r.warehouse], r.line, doc, r.row, "lainnya",
                                 "Saldo awal", r.remarks)
    progress.update(len(rows), len(rows), N_("domain", "Membukukan saldo awal"))
    booking = Booking(doc.doc_type, doc.number, doc.date, ledger.movement_infos(session, ids))
    quantity = sum(r.line.quantity for r in rows)
    audit.record(session, actor, "stock.import", N_("domain", "saldo_awal"), doc.number,
                 {"berkas": path.name, "baris": len(rows), "jumlah": quantity})
    return ImportResult(doc.number, len(rows), quantity, booking)


def _chunks(session: Session, flt: queries.StockFilter, size: int = 2000) -> Iterator[list[queries.StockRow]]:
    offset = 0
    while True:
        rows = queries.stock_overview(session, flt, "item", size, offset)
        if not rows:
            return
        yield rows
        offset += size


def export_stock_xlsx(session: Session, path: str | Path, flt: queries.StockFilter | None = None, *,
                      progress: Progress | None = None) -> int:
    """The stock list (as the overview shows it) and the batches to an .xlsx file; returns the rows written."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    database = outputs.live_database(session)
    outputs.check_output_path(path, database=database)  # before the work, not after it
    progress = progress or NullProgress()
    flt = flt or queries.StockFilter()
    total = queries.count_overview(session, flt)
    wb = Workbook(write_only=False)
    ws = wb.active
    ws.title = "Stok"
    headers = ["Kode Barang", "Nama Barang", "Kategori", "Gudang", "Nama Gudang", "Stok", "Dicadangkan",
               "Satuan", "Minimum", "Kedaluwarsa Terdekat", "Peringatan"]
    ws.append(headers)
    written = 0
    for chunk in _chunks(session, flt):
        for r in chunk:
            ws.append([r.item, r.item_name, r.category, r.warehouse, r.warehouse_name, r.on_hand, r.reserved, r.unit,
                       r.minimum, r.nearest_expiry, r.alert_label])
        written += len(chunk)
        progress.update(written, total, N_("domain", "Menulis daftar stok"))
    batch_ws = wb.create_sheet("Batch")
    batch_ws.append(["Gudang", "Kode Barang", "Nama Barang", "Batch", "Kedaluwarsa", "Jumlah", "Satuan"])
    for b in queries.balances(session, warehouse=flt.warehouse):
        batch_ws.append([b.warehouse, b.item, b.item_name, b.batch, b.expiry, b.quantity, b.unit])
    for sheet, widths in ((ws, [14, 36, 18, 10, 32, 10, 12, 9, 10, 20, 22]), (batch_ws, [10, 14, 36, 18, 14, 10, 9])):
        for cell in sheet[1]:
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor="1F4E79")
        for i, width in enumerate(widths):
            sheet.column_dimensions[chr(ord("A") + i)].width = width
        sheet.freeze_panes = "A2"
    for row in ws.iter_rows(min_row=2, min_col=10, max_col=10):
        row[0].number_format = "DD/MM/YYYY"
    for row in batch_ws.iter_rows(min_row=2, min_col=5, max_col=5):
        row[0].number_format = "DD/MM/YYYY"
    with outputs.atomic(path, database=database) as tmp:
        wb.save(tmp)
    return written
