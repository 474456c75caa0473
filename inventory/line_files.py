"""The lines of a receipt or an issue read from a .csv or .xlsx file (`tagana stock receive|issue --lines`).

Headers: Kode Barang, Jumlah, Kemasan, Batch, Kedaluwarsa, Nomor Seri, Kondisi, Harga Satuan (an
issue uses Kode Barang, Jumlah, Kemasan, Batch and Nomor Seri).  Every row is checked before
anything is booked; the refusal lists every wrong row and column.  The whole file is one document,
and the file's sha256 is kept with it so that the same file is not booked twice.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from inventory.catalog import find_item, pack_size
from inventory.errors import ImportRejected
from inventory.importing import _cell_text, _parse_date, read_rows
from inventory.models import CONDITIONS, Item
from inventory.stock import MAX_PRICE, IssueLine, ReceiveLine
from tagana_app import sheets
from tagana_app.errors import TaganaError, ValidationError
from tagana_app.quantities import MAX_QUANTITY, parse_quantity, parse_rupiah
from tagana_app.texts import N_, Text

COLUMNS = {  # key: (header, required)
    "item": ("Kode Barang", True),
    "quantity": ("Jumlah", True),
    "pack": ("Kemasan", False),
    "batch": ("Batch", False),
    "expiry": ("Kedaluwarsa", False),
    "serials": ("Nomor Seri", False),
    "condition": ("Kondisi", False),
    "price": ("Harga Satuan", False),
}
ISSUE_UNUSED = ("expiry", "condition", "price")
ALIASES = {"kode": "item", "barang": "item", "barcode": "item", "qty": "quantity", "satuan kemasan": "pack",
           "tanggal kedaluwarsa": "expiry", "serial": "serials", "no seri": "serials", "no. seri": "serials",
           "harga": "price"}


@dataclass(frozen=True)
class LineFile:
    name: str
    digest: str  # sha256 of the file's bytes, hex
    header: tuple[str, ...]
    columns: dict[str, int]
    data: tuple[tuple[int, tuple[object, ...]], ...]

    def column(self, key: str) -> str:
        index = self.columns.get(key)
        return sheets.column_label(index, self.header[index] if index is not None else COLUMNS[key][0])


def read_line_file(path: str | Path) -> LineFile:
    """Read a lines file (no database needed); refuses one without Kode Barang and Jumlah or without rows."""
    path = Path(path)
    if not path.exists():
        raise ValidationError(N_("errors", "Berkas '{path}' tidak ditemukan."), path=str(path))
    sheets.file_too_big(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    _sheet, header, data = read_rows(path)
    index: dict[str, int] = {}
    for i, name in enumerate(header):
        key = " ".join(name.strip().lower().split())
        found = next((k for k, (h, _) in COLUMNS.items() if h.lower() == key), ALIASES.get(key))
        if found and found not in index:
            index[found] = i
    missing = [(1, heading, Text(N_("errors", "kolom wajib tidak ada di baris judul")))
               for key, (heading, required) in COLUMNS.items() if required and key not in index]
    if missing:
        raise ImportRejected(missing)
    if not data:
        raise ValidationError(N_("errors", "Berkas '{path}' tidak berisi baris data."), path=path.name)
    return LineFile(path.name, digest, tuple(header), index, tuple(data))


def _read(session: Session, file: LineFile, *, receive: bool) -> list[ReceiveLine | IssueLine]:
    problems: list[tuple[int, str, str]] = []
    result: list[ReceiveLine | IssueLine] = []
    for rown, cells in file.data:
        def cell(key: str, cells: tuple[object, ...] = cells) -> object:
            i = file.columns.get(key)
            return cells[i] if i is not None and i < len(cells) else None

        def bad(key: str, template: str, rown: int = rown, **fields: object) -> None:
            problems.append((rown, file.column(key), Text(template, **fields)))

        before = len(problems)
        formulas = [key for key in file.columns if cell(key) is sheets.FORMULA]
        for key in formulas:
            bad(key, N_("errors", "berisi rumus tanpa nilai tersimpan; buka berkas di Excel, simpan ulang (agar "
                                  "nilainya tersimpan) atau tulis nilainya"))
        if formulas:
            continue
        item: Item | None = None
        code = _cell_text(cell("item"))
        if not code:
            bad("item", N_("errors", "wajib diisi"))
        else:
            try:
                item = find_item(session, code)
            except TaganaError:
                bad("item", N_("errors", "barang atau barcode '{code}' tidak dikenal"), code=code[:40])
        qty = 0
        if _cell_text(cell("quantity")) == "":
            bad("quantity", N_("errors", "wajib diisi"))
        else:
            try:
                qty = parse_quantity(cell("quantity"), field=COLUMNS["quantity"][0])
            except ValidationError as exc:
                bad("quantity", exc.template, **exc.fields)
            except (ValueError, TypeError):
                bad("quantity", N_("errors", "'{value}' bukan bilangan bulat dari 1 sampai {limit} (angka 0-9)"),
                    value=_cell_text(cell("quantity"))[:40], limit=f"{MAX_QUANTITY:,}".replace(",", "."))
        pack = _cell_text(cell("pack"))
        if item is not None and pack:
            try:
                pack_size(session, item, pack)
            except TaganaError as exc:
                bad("pack", exc.template, **exc.fields)
        batch = _cell_text(cell("batch"))
        serials = tuple(s.strip() for s in _cell_text(cell("serials")).replace(";", ",").split(",") if s.strip())
        if item is not None and item.serialized and qty and not pack and len(serials) != qty and (receive or serials):
            bad("serials", N_("errors", "barang bernomor seri: perlu {needed} nomor seri, ada {given}"),
                needed=qty, given=len(serials))
        if item is not None and not item.serialized and serials:
            bad("serials", N_("errors", "barang {item} tidak bernomor seri; kosongkan"), item=item.code)
        if not receive:
            for key in ISSUE_UNUSED:
                if _cell_text(cell(key)):
                    bad(key, N_("errors", "tidak dipakai pada pengeluaran; kosongkan"))
            if len(problems) == before and item is not None:
                result.append(IssueLine(item.code, qty, batch or None, serials, pack))
            continue
        expiry: date | None = None
        if _cell_text(cell("expiry")):
            try:
                expiry = _parse_date(cell("expiry"))
            except (ValueError, ValidationError):
                bad("expiry", N_("errors", "tanggal '{value}' tidak dikenali (gunakan YYYY-MM-DD atau DD/MM/YYYY)"),
                    value=_cell_text(cell("expiry"))[:40])
        if item is not None and item.expires and not _cell_text(cell("expiry")):
            bad("expiry", N_("errors", "wajib diisi untuk barang {item} yang memiliki masa kedaluwarsa"),
                item=item.code)
        if item is not None and not item.expires and _cell_text(cell("expiry")):
            bad("expiry", N_("errors", "barang {item} tidak dicatat kedaluwarsanya; kosongkan"), item=item.code)
        condition = _cell_text(cell("condition")).lower() or "baik"
        if condition not in CONDITIONS:
            bad("condition", N_("errors", "'{condition}' tidak dikenal (pilihan: {choices})"), condition=condition,
                choices=", ".join(CONDITIONS))
        price: int | None = None
        if _cell_text(cell("price")):
            try:
                price = parse_rupiah(cell("price"), field=COLUMNS["price"][0])
                if price > MAX_PRICE:
                    raise ValueError(price)
            except ValidationError as exc:
                bad("price", exc.template, **exc.fields)
            except (ValueError, TypeError):
                bad("price", N_("errors", "'{value}' bukan harga dalam rupiah"), value=_cell_text(cell("price"))[:40])
        if len(problems) == before and item is not None:
            result.append(ReceiveLine(item.code, qty, batch, expiry, serials, condition, pack, price))
    if problems:
        problems.sort(key=lambda p: p[0])
        raise ImportRejected(problems)
    return result


def receive_lines(session: Session, file: LineFile) -> list[ReceiveLine]:
    """The receipt lines of a file, every row checked against the catalogue (ImportRejected lists them all)."""
    return _read(session, file, receive=True)  # type: ignore[return-value]


def issue_lines(session: Session, file: LineFile) -> list[IssueLine]:
    """The issue lines of a file (no expiry, condition or price: the batches taken decide them)."""
    return _read(session, file, receive=False)  # type: ignore[return-value]
