"""Reading spreadsheets and CSV files a person hands the program, and writing cells safely.

One reader for every import (opening stock, volunteer roster), so each file is read by the same rules:

- a workbook is checked from its zip directory BEFORE it is opened: its size on disk, the sum of its
  members' uncompressed sizes and each member's compression ratio (a 1 MB file that would swell to
  gigabytes is refused without being unpacked); a CSV file by its size;
- only visible sheets are read: the first visible one unless the person names one (a hidden or
  "very hidden" sheet is never read, even by name); the sheet read is part of the result;
- the sheet's declared size (its ``<dimension>`` element) is never trusted: every row the sheet's
  XML holds is read, and the number of cells is counted as they are read and refused past a limit;
- a cell holding a formula is read as its last computed value (the value Excel stored with it);
  a formula without a stored value is ``FORMULA``, which the importers report as "berisi rumus";
- a CSV file's encoding is UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252/Latin-1
  as ``charset-normalizer`` confirms it; anything else is refused naming the file;
- cell texts are cleaned of control characters (NUL and the like; tab and line breaks are kept).

Writing: ``safe_value`` makes a text that begins with ``=``, ``+``, ``-``, ``@`` (or a tab or
carriage return) a plain text cell, never a formula, in every export.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tagana_app.errors import ValidationError
from tagana_app.texts import N_

# The limits of what an import reads (stated in README, "Importing spreadsheets").
MAX_FILE_BYTES = 100 * 1024 * 1024          # an .xlsx or .csv file on disk
MAX_UNCOMPRESSED_BYTES = 400 * 1024 * 1024  # the sum of an .xlsx file's members, unpacked
MAX_COMPRESSION_RATIO = 100                 # unpacked/packed, for a member larger than 1 MB unpacked
RATIO_CHECK_FROM = 1024 * 1024
MAX_CELLS = 3_000_000                       # cells read from one sheet (a 20,000-row roster has ~300,000)
MAX_ROWS = 1_048_576                        # as many as Excel itself has
MAX_COLUMNS = 256                           # columns read of each row (the imports use the first 20 or so)
SERIAL_DATE_RANGE = (date(1900, 1, 1), date(2199, 12, 31))  # Excel serial dates accepted in a date column

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
FORMULA_TAG = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}f"


class _Formula:
    """A formula cell without a stored value: reads as empty text; importers report it by row and column."""

    __slots__ = ()

    def __str__(self) -> str:
        return ""

    def __repr__(self) -> str:
        return "FORMULA"


FORMULA: Any = _Formula()

def column_letter(index: int) -> str:
    """The Excel letter of a 0-based column index: 0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def column_label(index: int | None, header: str) -> str:
    """How a refusal names a column: its letter and its header, e.g. "C (Jumlah)"."""
    return header if index is None else f"{column_letter(index)} ({header})"


@dataclass
class SheetTable:
    """The rows of the sheet (or CSV file) read: ``(row number as the spreadsheet numbers it, values)``,
    blank rows included only where the file holds them.  Close it when done (a workbook stays open)."""

    file: str
    sheet: str
    rows: Iterator[tuple[int, tuple[Any, ...]]]
    close: Callable[[], None]
    total: int | None = None  # rows in the file, when known without reading them (a CSV)


def file_too_big(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ValidationError(N_("errors", "Berkas '{name}' terlalu besar ({size} MB; paling besar {limit} MB)."),
                              name=path.name, size=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024))


def check_workbook(path: Path) -> None:
    """Refuse a workbook whose unpacked size or compression ratio is beyond the limits, from its zip
    directory only.  (zipfile stops a member at its declared size and fails its CRC if it lied.)"""
    file_too_big(path)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ValidationError(N_("errors", "Berkas '{name}' tidak dapat dibaca sebagai .xlsx: {reason}"),
                              name=path.name, reason=str(exc)) from None
    total = sum(m.file_size for m in members)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise ValidationError(N_("errors", "Berkas '{name}' ditolak: isinya membesar menjadi {size} MB setelah "
                                           "dibuka (paling besar {limit} MB)."),
                              name=path.name, size=total // (1024 * 1024),
                              limit=MAX_UNCOMPRESSED_BYTES // (1024 * 1024))
    for m in members:
        if m.file_size > RATIO_CHECK_FROM and m.file_size > MAX_COMPRESSION_RATIO * max(m.compress_size, 1):
            raise ValidationError(N_("errors", "Berkas '{name}' ditolak: bagian '{member}' dimampatkan {ratio} kali "
                                               "(paling banyak {limit} kali); berkas seperti ini dibuat untuk "
                                               "menghabiskan memori."),
                                  name=path.name, member=m.filename, ratio=m.file_size // max(m.compress_size, 1),
                                  limit=MAX_COMPRESSION_RATIO)


def visible_sheets(path: str | Path) -> list[str]:
    """The names of a workbook's visible sheets, in order (a CSV file has none)."""
    path = Path(path)
    if path.suffix.lower() not in WORKBOOK_SUFFIXES:
        return []
    book = _load(path)
    try:
        return [ws.title for ws in book.worksheets if ws.sheet_state == "visible"]
    finally:
        book.close()


def _load(path: Path) -> Any:
    check_workbook(path)
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a broken file
        raise ValidationError(N_("errors", "Berkas '{name}' tidak dapat dibaca sebagai .xlsx: {reason}"),
                              name=path.name, reason=str(exc) or type(exc).__name__) from None


def open_sheets(path: str | Path, sheet: str | None = None) -> Iterator[SheetTable]:
    """The sheets an import may read, one after another: ``sheet`` only when named, else every visible
    sheet in order (a CSV file is one "sheet" named after the file).  The caller stops at the first it
    wants; each table is closed when the next is asked for or the iteration ends."""
    path = Path(path)
    if not path.exists():
        raise ValidationError(N_("errors", "Berkas '{path}' tidak ditemukan."), path=str(path))
    suffix = path.suffix.lower()
    if suffix == ".csv":
        yield read_csv(path)
        return
    if suffix not in WORKBOOK_SUFFIXES:
        raise ValidationError(N_("errors", "Jenis berkas '{suffix}' tidak didukung: gunakan .xlsx atau .csv."),
                              suffix=suffix or path.name)
    book = _load(path)
    try:
        by_name = {ws.title: ws for ws in book.worksheets}
        if sheet is not None:
            ws = by_name.get(sheet)
            if ws is None:
                raise ValidationError(N_("errors", "Lembar '{sheet}' tidak ada di berkas '{name}'."), sheet=sheet,
                                      name=path.name)
            if ws.sheet_state != "visible":
                raise ValidationError(N_("errors", "Lembar '{sheet}' di berkas '{name}' tersembunyi; tampilkan "
                                                   "lembar itu di Excel bila memang isinya yang dimaksud."),
                                      sheet=sheet, name=path.name)
            chosen = [ws]
        else:
            chosen = [ws for ws in book.worksheets if ws.sheet_state == "visible"]
            if not chosen:
                raise ValidationError(N_("errors", "Berkas '{name}' tidak memiliki lembar yang terlihat."),
                                      name=path.name)
        for ws in chosen:
            yield SheetTable(path.name, ws.title, _sheet_rows(book, ws, path.name), book.close)
    finally:
        book.close()


def open_sheet(path: str | Path, sheet: str | None = None) -> SheetTable:
    """The one sheet an import reads: ``sheet`` if named, else the first visible one.  Close it when done."""
    sheets = open_sheets(path, sheet)
    table = next(sheets)
    close = table.close

    def closing() -> None:
        close()
        sheets.close()
    table.close = closing
    return table


def _sheet_rows(book: Any, ws: Any, name: str) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """Every row the sheet's XML holds (not the size it declares), as values; formulas without a stored
    value as ``FORMULA``; cells counted against ``MAX_CELLS``."""
    from openpyxl.worksheet._reader import WorkSheetParser

    class Parser(WorkSheetParser):
        def parse_cell(self, element: Any) -> dict[str, Any]:
            cell = super().parse_cell(element)
            if cell["value"] is None and element.find(FORMULA_TAG) is not None:
                cell["value"] = FORMULA
            return cell

    cells = 0
    with book._archive.open(ws._worksheet_path) as source:
        parser = Parser(source, ws._shared_strings, data_only=True, epoch=book.epoch,
                        date_formats=book._date_formats, timedelta_formats=book._timedelta_formats)
        for number, row in parser.parse():
            if number > MAX_ROWS:
                break
            cells += len(row)
            if cells > MAX_CELLS:
                raise ValidationError(N_("errors", "Berkas '{name}', lembar '{sheet}': lebih dari {limit} sel; "
                                                   "bagi menjadi beberapa berkas."),
                                      name=name, sheet=ws.title, limit=f"{MAX_CELLS:,}".replace(",", "."))
            width = min(max((c["column"] for c in row), default=0), MAX_COLUMNS)
            values: list[Any] = [None] * width
            for c in row:
                if c["column"] <= width:
                    value = c["value"]
                    # Stripped only: a control character stays for the import's row check to refuse by row
                    # and column (tagana_app.cleaning), never dropped unseen.
                    values[c["column"] - 1] = value.strip() if isinstance(value, str) else value
            yield number, tuple(values)


def decode_csv(raw: bytes, name: str) -> str:
    """The text of a CSV file: UTF-8 (BOM or not), UTF-16 with a BOM, or Windows-1252/Latin-1 when
    charset-normalizer agrees; anything else is refused naming the file."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    else:
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            if raw.startswith(codecs.BOM_UTF8):
                raise ValidationError(N_("errors", "Berkas '{name}' bertanda UTF-8 tetapi byte ke-{offset} bukan "
                                                   "UTF-8 yang sah; simpan ulang sebagai \"CSV UTF-8\"."),
                                      name=name, offset=exc.start + 1) from None
        if b"\x00" not in raw:
            from charset_normalizer import from_bytes

            best = from_bytes(raw[:200_000], cp_isolation=["cp1252", "latin_1"]).best()
            if best is not None:
                try:
                    return raw.decode(best.encoding)
                except UnicodeDecodeError:
                    pass
    raise ValidationError(N_("errors", "Berkas '{name}' bukan teks CSV yang dapat dibaca (pengodean bukan UTF-8 "
                                       "atau Windows-1252); simpan ulang dari Excel sebagai \"CSV UTF-8\"."),
                          name=name)


def read_csv(path: Path) -> SheetTable:
    file_too_big(path)
    text = decode_csv(path.read_bytes(), path.name)
    sample = text[:8192]
    delimiter = max((";", ",", "\t"), key=sample.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows: list[tuple[int, tuple[Any, ...]]] = []
    cells = 0
    try:
        for number, row in enumerate(reader, start=1):
            cells += len(row)
            if cells > MAX_CELLS or number > MAX_ROWS:
                raise ValidationError(N_("errors", "Berkas '{name}': lebih dari {limit} sel; bagi menjadi beberapa "
                                                   "berkas."), name=path.name, limit=f"{MAX_CELLS:,}".replace(",", "."))
            rows.append((reader.line_num, tuple(c.strip() for c in row[:MAX_COLUMNS])))
    except csv.Error as exc:
        raise ValidationError(N_("errors", "Berkas '{name}' baris {row}: bukan CSV yang sah ({reason})."),
                              name=path.name, row=reader.line_num, reason=str(exc)) from None
    # A CSV row is numbered as a spreadsheet program shows it: by records, not by physical lines.
    numbered = [(n, values) for n, (_line, values) in enumerate(rows, start=1)]
    return SheetTable(path.name, path.name, iter(numbered), lambda: None, len(numbered))


def is_serial_number(value: Any) -> bool:
    """A number (or a text of digits only, as a CSV holds it) that may be an Excel serial date."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and re.fullmatch(r"[0-9]{1,6}(\.0+)?", value.strip()) is not None


def excel_date(value: Any) -> date:
    """An Excel serial date (days since 1899-12-30, Excel's 1900 leap-year quirk included) as a date;
    ValidationError outside ``SERIAL_DATE_RANGE``."""
    from openpyxl.utils.datetime import from_excel

    number = float(value)
    low, high = SERIAL_DATE_RANGE
    try:
        found = from_excel(number)
    except (OverflowError, ValueError):
        found = None
    if isinstance(found, datetime):
        found = found.date()
    if not isinstance(found, date) or not (low <= found <= high) or number < 1:
        raise ValidationError(N_("errors", "Angka {value} bukan tanggal Excel yang masuk akal (tanggal {low} sampai "
                                           "{high})."),
                              value=_number_text(number), low=f"{low:%d/%m/%Y}", high=f"{high:%d/%m/%Y}")
    return found


def _number_text(number: float) -> str:
    return str(int(number)) if number.is_integer() and abs(number) < 1e16 else repr(number)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def _as_text(cell: Any, value: Any) -> Any:
    """Put ``value`` in ``cell``; a text a spreadsheet program would take for a formula (it begins with
    =, +, -, @, a tab or a carriage return) is kept a text: type "s" and the "quote prefix" style (Excel
    shows it as typed and keeps it text when the cell is edited)."""
    cell.value = value
    if is_formula_like(value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def write_cell(ws: Any, row: int, column: int, value: Any) -> Any:
    """``ws.cell(row, column, value)`` for an export: a formula-like text stays text (``_as_text``)."""
    return _as_text(ws.cell(row=row, column=column), value)


def safe_value(ws: Any, value: Any) -> Any:
    """A value for ``ws.append`` in an export: a formula-like text becomes a text cell (``_as_text``);
    anything else is returned as it is."""
    if not is_formula_like(value):
        return value
    from openpyxl.cell import Cell, WriteOnlyCell

    return _as_text(WriteOnlyCell(ws) if getattr(ws.parent, "write_only", False) else Cell(ws), value)


def safe_row(ws: Any, values: list[Any] | tuple[Any, ...]) -> list[Any]:
    """``values`` with every formula-like text made a plain text cell (``safe_value``)."""
    return [safe_value(ws, v) for v in values]
