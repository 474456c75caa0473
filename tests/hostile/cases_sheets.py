"""Spreadsheets and CSV files that lie or attack (issue 11, item 4), for both imports.

The files are made here: openpyxl writes a workbook, then its XML is edited inside the zip where a
spreadsheet program (or an attacker) would make it differently.  ``tests/core/test_sheets.py`` and the
import tests use the same makers.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook

from tests.hostile.corpus import Case

STOCK_HEADER = ["Gudang", "Kode Barang", "Jumlah", "Kedaluwarsa"]
ROSTER_HEADER = ["Nama", "NIK", "Kecamatan"]
GOOD_NIKS = ("1709011403950002", "1709011403950003", "1709015403950004", "1709011403950005",
             "1709011403950006", "1709011403950007")


def xlsx(path: Path, rows: Sequence[Sequence[object]], *, title: str = "Data",
         hidden: tuple[str, Sequence[Sequence[object]]] | None = None) -> Path:
    """A workbook with ``rows`` on a visible sheet ``title``; ``hidden`` = (name, rows) comes first, hidden."""
    book = Workbook()
    ws = book.active
    if hidden is not None:
        ws.title = hidden[0]
        for row in hidden[1]:
            ws.append(list(row))
        ws.sheet_state = "hidden"
        ws = book.create_sheet(title)
    else:
        ws.title = title
    for row in rows:
        ws.append(list(row))
    book.save(path)
    return path


def edit_members(path: Path, edit: Callable[[str, bytes], bytes | None]) -> None:
    """Rewrite the zip members of ``path``: ``edit(name, data)`` returns new data (None: unchanged)."""
    with zipfile.ZipFile(path) as archive:
        members = [(info.filename, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            changed = edit(name, data)
            archive.writestr(name, data if changed is None else changed)


def declare_size(path: Path, ref: str) -> None:
    """Make every sheet's <dimension> say ``ref`` (e.g. "A1:C2"), whatever it holds."""
    edit_members(path, lambda name, data: re.sub(rb'<dimension ref="[^"]*"', f'<dimension ref="{ref}"'.encode(),
                                                 data) if name.startswith("xl/worksheets/") else None)


def cache_formula(path: Path, cell: str, value: str) -> None:
    """Give the formula in ``cell`` a stored value, as Excel does when it saves."""
    def edit(name: str, data: bytes) -> bytes | None:
        if not name.startswith("xl/worksheets/"):
            return None
        return re.sub(rf'(<c r="{cell}"[^>]*>\s*<f>[^<]*</f>)\s*(<v\s*/>|<v>\s*</v>)?'.encode(),
                      rb"\1<v>" + value.encode() + b"</v>", data)
    edit_members(path, edit)


def bomb(path: Path, megabytes: int = 40) -> None:
    """A small workbook whose sheet unpacks to ``megabytes`` of repeated rows (a zip bomb)."""
    xlsx(path, [STOCK_HEADER, ["GDG", "BRS", 1]])
    row = b'<row><c t="inlineStr"><is><t>GDG</t></is></c><c t="inlineStr"><is><t>BRS</t></is></c><c><v>1</v></c></row>'
    body = row * (megabytes * 1024 * 1024 // len(row))

    def edit(name: str, data: bytes) -> bytes | None:
        if name != "xl/worksheets/sheet1.xml":
            return None
        return re.sub(rb"<sheetData>.*</sheetData>", b"<sheetData>" + body + b"</sheetData>", data, flags=re.S)
    edit_members(path, edit)


def _stock_dimension_lie(path: Path) -> None:
    rows = [STOCK_HEADER] + [["GDG", "BRS", n] for n in range(1, 7)]
    rows[4] = ["GDX", "BRS", 4]  # row 5 names a warehouse that does not exist
    xlsx(path, rows)
    declare_size(path, "A1:C2")


def _stock_formula(path: Path) -> None:
    xlsx(path, [STOCK_HEADER, ["GDG", "BRS", "=2*3"]])


def _stock_serial_date(path: Path) -> None:
    xlsx(path, [STOCK_HEADER, ["GDG", "MSS", 5, 9999999]])


def _stock_huge(path: Path) -> None:
    path.write_text("Gudang;Kode Barang;Jumlah\nGDG;BRS;99999999999999999999999\n", encoding="utf-8")


def _stock_odd_digits(path: Path) -> None:
    path.write_text("Gudang;Kode Barang;Jumlah\nGDG;BRS;\u0661\u0662\n", encoding="utf-8")


def _stock_bad_encoding(path: Path) -> None:
    path.write_bytes(b"Gudang;Kode Barang;Jumlah;Keterangan\nGDG;BRS;5;" + b"\x81\x8d\x8f\x90\x9d\xff\xfe\n")


def _stock_broken_bom(path: Path) -> None:
    path.write_bytes(b"\xef\xbb\xbfGudang;Kode Barang;Jumlah\nGDG;BRS;5;caf\xe9\n")


def _stock_nul(path: Path) -> None:
    path.write_bytes(b"Gudang;Kode Barang;Jumlah\nGDG;BRS;\x00\x00\n")


def _stock_hidden(path: Path) -> None:
    """The hidden sheet holds a valid list; the visible one a wrong row: the visible one is read."""
    xlsx(path, [STOCK_HEADER, ["GDG", "BRS", 5], ["GDG", "XYZ", 1]],
         hidden=("Lama", [STOCK_HEADER, ["GDG", "BRS", 5]]))


def _roster_hidden(path: Path) -> None:
    xlsx(path, [ROSTER_HEADER, ["Andi", GOOD_NIKS[0], "17.09.01"], ["Budi", "12345", "17.09.01"]],
         title="Relawan", hidden=("Arsip", [ROSTER_HEADER, ["Andi", GOOD_NIKS[0], "17.09.01"]]))


def _roster_formula(path: Path) -> None:
    xlsx(path, [ROSTER_HEADER, ["Andi", GOOD_NIKS[0], "17.09.01"], ["Budi", '=CONCATENATE("1709",A2)', "17.09.01"]])


def _roster_nul_name(path: Path) -> None:
    """Control characters only where the name should be (openpyxl reads none from a workbook: CSV)."""
    path.write_bytes(f"Nama,NIK,Kecamatan\nAndi,{GOOD_NIKS[0]},17.09.01\n".encode()
                     + b"\x00\x01\x1b," + GOOD_NIKS[1].encode() + b",17.09.01\n")


def _roster_serial_birth(path: Path) -> None:
    xlsx(path, [ROSTER_HEADER + ["Tanggal Lahir"], ["Andi", GOOD_NIKS[0], "17.09.01", -5]])


def _roster_dimension_lie(path: Path) -> None:
    rows = [ROSTER_HEADER] + [[f"Relawan {n}", nik, "17.09.01"] for n, nik in enumerate(GOOD_NIKS, 1)]
    rows[4][1] = "1709011403950001"  # row 5: already registered
    xlsx(path, rows)
    declare_size(path, "A1:C2")


def _roster_bomb(path: Path) -> None:
    bomb(path)


K = "koordinator"
CASES = [
    Case("sheet-stock-declared-size-lies", ["stock", "import", "{file}"], ["baris 5, kolom A (Gudang)", "GDX"],
         make_file=_stock_dimension_lie, suffix=".xlsx"),
    Case("sheet-stock-formula-without-value", ["stock", "import", "{file}"], ["baris 2, kolom C (Jumlah)", "rumus"],
         make_file=_stock_formula, suffix=".xlsx"),
    Case("sheet-stock-serial-date-out-of-range", ["stock", "import", "{file}"],
         ["baris 2, kolom D (Kedaluwarsa)", "9999999", "bukan tanggal Excel"], make_file=_stock_serial_date,
         suffix=".xlsx"),
    Case("sheet-stock-huge-quantity", ["stock", "import", "{file}"],
         ["baris 2, kolom C (Jumlah)", "1.000.000.000"], make_file=_stock_huge, suffix=".csv"),
    Case("sheet-stock-arabic-digits", ["stock", "import", "{file}"], ["baris 2, kolom C (Jumlah)", "angka 0-9"],
         make_file=_stock_odd_digits, suffix=".csv"),
    Case("sheet-stock-zip-bomb", ["stock", "import", "{file}"], ["input.xlsx", "dimampatkan"], make_file=bomb,
         suffix=".xlsx"),
    Case("sheet-stock-csv-bad-encoding", ["stock", "import", "{file}"], ["input.csv", "bukan teks CSV"],
         make_file=_stock_bad_encoding, suffix=".csv"),
    Case("sheet-stock-csv-broken-utf8-bom", ["stock", "import", "{file}"], ["input.csv", "UTF-8"],
         make_file=_stock_broken_bom, suffix=".csv"),
    Case("sheet-stock-nul-in-cell", ["stock", "import", "{file}"], ["baris 2, kolom C (Jumlah)", "bukan bilangan bulat"],
         make_file=_stock_nul, suffix=".csv"),
    Case("sheet-stock-hidden-sheet-not-read", ["stock", "import", "{file}"], ["baris 3, kolom B (Kode Barang)", "XYZ"],
         make_file=_stock_hidden, suffix=".xlsx"),
    Case("sheet-roster-hidden-sheet-not-read", ["volunteer", "import", "{file}"], ["baris 3, kolom B (NIK)"],
         user=K, make_file=_roster_hidden, suffix=".xlsx"),
    Case("sheet-roster-hidden-sheet-by-name", ["volunteer", "import", "{file}", "--sheet", "Arsip"],
         ["Arsip", "tersembunyi"], user=K, make_file=_roster_hidden, suffix=".xlsx"),
    Case("sheet-roster-formula-without-value", ["volunteer", "import", "{file}"], ["baris 3, kolom B (NIK)", "rumus"],
         user=K, make_file=_roster_formula, suffix=".xlsx"),
    Case("sheet-roster-control-characters-name", ["volunteer", "import", "{file}"],
         ["baris 3, kolom A (Nama)", "karakter kendali"], user=K, make_file=_roster_nul_name, suffix=".csv"),
    Case("sheet-roster-serial-birth-date", ["volunteer", "import", "{file}"],
         ["baris 2, kolom D (Tanggal Lahir)", "bukan tanggal Excel"], user=K, make_file=_roster_serial_birth,
         suffix=".xlsx"),
    Case("sheet-roster-declared-size-lies", ["volunteer", "import", "{file}"],
         ["baris 5, kolom B (NIK)", "sudah terdaftar"], user=K, make_file=_roster_dimension_lie, suffix=".xlsx"),
    Case("sheet-roster-zip-bomb", ["volunteer", "import", "{file}"], ["input.xlsx", "dimampatkan"], user=K,
         make_file=_roster_bomb, suffix=".xlsx"),
]
