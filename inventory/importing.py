"""Opening stock from .xlsx or .csv, and the stock list to .xlsx.

The import reads every row and checks all of them before anything is written; every problem is
reported with its row and column in Indonesian, and nothing is imported while any row is wrong.
The same file cannot be booked twice: its sha256 is kept with its document (``stock_document``) and
a second import is refused naming the first, whatever number it is given; without a number the
document number is derived from the content too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory import ledger, queries, stock_documents
from inventory.errors import ImportRejected
from inventory.ledger import Booking, DocRef
from inventory.models import CONDITIONS, Batch, EquipmentUnit, Item, Warehouse
from inventory.permissions import can_import_opening_stock
from inventory.stock import ReceiveLine, book_receipt_line
from tagana_app import audit, clock, numbering, outputs, sheets
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.cleaning import TEXT_MAX, clean_text
from tagana_app.db import Database
from tagana_app.errors import ValidationError
from tagana_app.progress import NullProgress, Progress
from tagana_app.quantities import MAX_QUANTITY, parse_quantity
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
    sheet: str = ""  # the sheet read (the file's name for a CSV file)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


@dataclass(frozen=True)
class OpeningFile:
    """An opening-stock file as read, before any check against the books: nothing of it needs the
    database, so it is read before any transaction begins."""

    name: str
    sheet: str
    digest: str
    header: tuple[str, ...]
    columns: dict[str, int]  # key -> 0-based column index
    data: tuple[tuple[int, tuple[object, ...]], ...]  # (row number as the spreadsheet shows it, values)
    sha256: str = ""  # of the file's bytes, hex: kept with the document, a second import is refused

    def column(self, key: str) -> str:
        """How a refusal names the column: "C (Jumlah)", with the header as written in the file."""
        index = self.columns.get(key)
        return sheets.column_label(index, self.header[index] if index is not None else COLUMNS[key][0])


def read_rows(path: Path) -> tuple[str, list[str], list[tuple[int, tuple[object, ...]]]]:
    """The sheet read, its header and data rows (with their row numbers) of a .xlsx or .csv file:
    the first visible sheet, every row it holds (see ``tagana_app.sheets``)."""
    table = sheets.open_sheet(path)
    try:
        rows = list(table.rows)
    finally:
        table.close()
    if not rows:
        raise ValidationError(N_("errors", "Berkas '{path}' kosong."), path=path.name)
    first, header_row = rows[0]
    header = [_cell_text(h) for h in header_row]
    data = [(n, r) for n, r in rows[1:] if any(_cell_text(c) or c is sheets.FORMULA for c in r)]
    return table.sheet, header, data


def read_file(path: str | Path) -> OpeningFile:
    """Read and map an opening-stock file (no database needed); refuses a file without the required
    columns or without data rows."""
    path = Path(path)
    if not path.exists():
        raise ValidationError(N_("errors", "Berkas '{path}' tidak ditemukan."), path=str(path))
    sheets.file_too_big(path)
    sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    digest = sha256[:12].upper()
    sheet, header, data = read_rows(path)
    index: dict[str, int] = {}
    for i, name in enumerate(header):
        key = name.strip().lower()
        found = next((k for k, (h, _) in COLUMNS.items() if h.lower() == key), ALIASES.get(key))
        if found and found not in index:
            index[found] = i
    problems = [(1, heading, Text(N_("errors", "kolom wajib tidak ada di baris judul")))
                for key, (heading, required) in COLUMNS.items() if required and key not in index]
    if problems:
        raise ImportRejected(problems)
    if not data:
        raise ValidationError(N_("errors", "Berkas '{path}' tidak berisi baris data."), path=path.name)
    return OpeningFile(path.name, sheet, digest, tuple(header), index, tuple(data), sha256)


def _parse_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if sheets.is_serial_number(value):  # an Excel serial date (a date cell without a date format)
        return sheets.excel_date(value)
    text = _cell_text(value)
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def _parse_quantity(value: object) -> int:
    """ASCII digits, "1.000" with the thousands separator, within MAX_QUANTITY (tagana_app.quantities)."""
    if isinstance(value, bool):
        raise ValueError(value)
    return parse_quantity(value, field=COLUMNS["quantity"][0])


def validate_file(session: Session, source: str | Path | OpeningFile,
                  progress: Progress | None = None) -> list[ImportRow]:
    """Every row checked against the catalogue and the books; raises ImportRejected listing all problems."""
    progress = progress or NullProgress()
    file = source if isinstance(source, OpeningFile) else read_file(source)
    index, data = file.columns, file.data
    problems: list[tuple[int, str, str]] = []

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
            problems.append((rown, file.column(key), Text(template, **fields)))

        before = len(problems)
        formulas = [key for key in index if cell(key) is sheets.FORMULA]
        for key in formulas:
            bad(key, N_("errors", "berisi rumus tanpa nilai tersimpan; buka berkas di Excel, simpan ulang (agar "
                                  "nilainya tersimpan) atau tulis nilainya"))
        if formulas:
            continue
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
            except ValidationError as exc:
                bad("quantity", exc.template, **exc.fields)
            except (ValueError, TypeError):
                bad("quantity", N_("errors", "'{value}' bukan bilangan bulat dari 1 sampai {limit} (angka 0-9)"),
                    value=_cell_text(raw_qty)[:40], limit=f"{MAX_QUANTITY:,}".replace(",", "."))
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
            except ValidationError as exc:
                bad("expiry", exc.template, **exc.fields)
            except ValueError:
                bad("expiry", N_("errors", "tanggal '{value}' tidak dikenali (gunakan YYYY-MM-DD atau "
                                           "DD/MM/YYYY)"),
                    value=_cell_text(raw_exp))
        batch = _cell_text(cell("batch"))
        remarks = _cell_text(cell("remarks"))
        for key, max_len, multiline in (("batch", 60, False), ("remarks", TEXT_MAX, True)):
            try:  # as every service takes free text (tagana_app.cleaning), reported by row and column
                clean_text(batch if key == "batch" else remarks, field=COLUMNS[key][0], max_len=max_len,
                           multiline=multiline)
            except ValidationError as exc:
                bad(key, exc.template, **exc.fields)
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
            result.append(ImportRow(rown, wh.code, line, remarks))
    if seen_serials:
        existing = session.execute(select(Item.code, EquipmentUnit.serial)
                                   .join(Item, Item.id == EquipmentUnit.item_id)
                                   .where(EquipmentUnit.status != "batal")).all()
        for code, serial in existing:
            rown = seen_serials.get((code, serial))
            if rown is not None:
                problems.append((rown, file.column("serials"), Text(
                    N_("errors", "nomor seri {serial} sudah tercatat di persediaan"), serial=serial)))
    progress.update(total, total, N_("domain", "Memeriksa baris"))
    if problems:
        problems.sort(key=lambda p: p[0])
        raise ImportRejected(problems)
    return result


@changes("stock")
def import_opening_stock(session: Session, actor: Actor, source: str | Path | OpeningFile, *,
                         progress: Progress | None = None, doc_number: str | None = None,
                         doc_date: date | None = None) -> ImportResult:
    """Book an opening stock list (saldo awal); all rows or none.  ``source`` is the file, or the file as
    ``read_file`` read it (``import_opening_stock_file`` reads it before the transaction begins)."""
    can_import_opening_stock.require(actor, action=N_("domain", "mengimpor saldo awal stok"))
    progress = progress or NullProgress()
    file = source if isinstance(source, OpeningFile) else read_file(source)
    doc = _checked_doc_ref(session, file, doc_number, doc_date)
    rows = validate_file(session, file, progress)
    warehouses = {w.code: w for w in session.scalars(select(Warehouse))}
    ids: list[int] = []
    for done, r in enumerate(rows):
        if done % 200 == 0:
            progress.update(done, len(rows), N_("domain", "Membukukan saldo awal"))
        ids += book_receipt_line(session, actor, warehouses[r.warehouse], r.line, doc, r.row, "lainnya",
                                 "Saldo awal", r.remarks)
    progress.update(len(rows), len(rows), N_("domain", "Membukukan saldo awal"))
    stock_documents.record_document(session, actor, doc, warehouse_id=None, source="lainnya",
                                    counterparty="Saldo awal", remarks=file.name[:200],
                                    file_digest=file.sha256 or None)
    booking = Booking(doc.doc_type, doc.number, doc.date, ledger.movement_infos(session, ids))
    quantity = sum(r.line.quantity for r in rows)
    audit.record(session, actor, "stock.import", N_("domain", "saldo_awal"), doc.number,
                 {"berkas": file.name, "lembar": file.sheet, "baris": len(rows), "jumlah": quantity})
    return ImportResult(doc.number, len(rows), quantity, booking, file.sheet)


def _doc_ref(file: OpeningFile, doc_number: str | None, doc_date: date | None) -> DocRef:
    return DocRef("saldo_awal", (doc_number or "").strip() or f"SALDO-AWAL-{file.digest}", doc_date or clock.today())


def _checked_doc_ref(session: Session, file: OpeningFile, doc_number: str | None, doc_date: date | None) -> DocRef:
    """The list's document, refused when already booked or when ``--ref`` is one of this office's own
    numbers of another kind (numbering.check_reference)."""
    doc = _doc_ref(file, doc_number, doc_date)
    stock_documents.check_file_not_booked(session, doc.doc_type, file.sha256)  # even under another --ref
    if (doc_number or "").strip():
        numbering.check_reference(session, doc.doc_type, doc.number)
    ledger.check_not_booked(session, doc, None)
    return doc


@changes("stock")
def import_opening_stock_file(db: Database, actor: Actor, path: str | Path, *, progress: Progress | None = None,
                              doc_number: str | None = None, doc_date: date | None = None) -> ImportResult:
    """Read and check the whole file without the write lock, then book it in one short transaction.

    The file is read with no transaction open and checked in a read-only session (others keep
    working); the write transaction checks the rows again against the books as they are then (a cheap
    pass over rows already read) and books them, all or nothing.  Cancelling at any step writes nothing.
    """
    can_import_opening_stock.require(actor, action=N_("domain", "mengimpor saldo awal stok"))
    progress = progress or NullProgress()
    progress.update(0, None, N_("domain", "Membaca berkas"))
    file = read_file(path)
    with db.read() as session:
        _checked_doc_ref(session, file, doc_number, doc_date)
        validate_file(session, file, progress)
    return db.write(lambda s: import_opening_stock(s, actor, file, progress=progress, doc_number=doc_number,
                                                   doc_date=doc_date))


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
            ws.append(sheets.safe_row(ws, [r.item, r.item_name, r.category, r.warehouse, r.warehouse_name, r.on_hand,
                                           r.reserved, r.unit, r.minimum, r.nearest_expiry, r.alert_label]))
        written += len(chunk)
        progress.update(written, total, N_("domain", "Menulis daftar stok"))
    batch_ws = wb.create_sheet("Batch")
    batch_ws.append(["Gudang", "Kode Barang", "Nama Barang", "Batch", "Kedaluwarsa", "Jumlah", "Satuan"])
    for b in queries.balances(session, warehouse=flt.warehouse):
        batch_ws.append(sheets.safe_row(batch_ws, [b.warehouse, b.item, b.item_name, b.batch, b.expiry, b.quantity,
                                                   b.unit]))
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
