"""The one spreadsheet reader (tagana_app/sheets.py): what a lying or attacking file gets, without a database."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from tagana_app import sheets
from tagana_app.errors import ValidationError
from tests.hostile.cases_sheets import bomb, cache_formula, declare_size, xlsx


def _read(path, sheet=None):  # noqa: ANN001, ANN202
    table = sheets.open_sheet(path, sheet)
    try:
        return table.sheet, list(table.rows)
    finally:
        table.close()


def test_every_row_is_read_whatever_size_the_sheet_declares(tmp_path):
    path = xlsx(tmp_path / "a.xlsx", [["Gudang", "Jumlah"]] + [["GDG", n] for n in range(1, 7)])
    declare_size(path, "A1:C2")
    assert load_workbook(path, read_only=True).active.max_row == 2  # what the file claims
    sheet, rows = _read(path)
    assert sheet == "Data" and [n for n, _ in rows] == [1, 2, 3, 4, 5, 6, 7]
    assert rows[-1][1] == ("GDG", 6)


def test_only_visible_sheets_are_read(tmp_path):
    path = xlsx(tmp_path / "a.xlsx", [["terlihat"]], title="Baru", hidden=("Lama", [["tersembunyi"]]))
    assert sheets.visible_sheets(path) == ["Baru"]
    assert _read(path) == ("Baru", [(1, ("terlihat",))])
    with pytest.raises(ValidationError, match="tersembunyi"):
        sheets.open_sheet(path, "Lama")
    with pytest.raises(ValidationError, match="tidak ada"):
        sheets.open_sheet(path, "Lain")


def test_formula_uses_its_stored_value_or_is_reported_as_a_formula(tmp_path):
    path = xlsx(tmp_path / "a.xlsx", [["Jumlah", "Lain"], ["=2*3", "=1+1"]])
    cache_formula(path, "A2", "6")
    _, rows = _read(path)
    assert rows[1][1] == (6, sheets.FORMULA)
    assert str(sheets.FORMULA) == ""


def test_workbooks_that_swell_are_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "bom.xlsx"
    bomb(path, megabytes=5)
    assert path.stat().st_size < 200_000
    with pytest.raises(ValidationError, match="dimampatkan") as caught:
        sheets.open_sheet(path)
    assert "bom.xlsx" in str(caught.value)
    small = xlsx(tmp_path / "kecil.xlsx", [["a"]])
    monkeypatch.setattr(sheets, "MAX_UNCOMPRESSED_BYTES", 1000)
    with pytest.raises(ValidationError, match="membesar"):
        sheets.open_sheet(small)


def test_cells_are_counted_as_they_are_read(tmp_path, monkeypatch):
    path = xlsx(tmp_path / "a.xlsx", [["a", "b"]] * 20)
    declare_size(path, "A1:B1")
    monkeypatch.setattr(sheets, "MAX_CELLS", 30)
    with pytest.raises(ValidationError, match="lebih dari 30 sel"):
        _read(path)
    csv_path = tmp_path / "a.csv"
    csv_path.write_text("a;b\n" * 20)
    with pytest.raises(ValidationError, match="lebih dari 30 sel"):
        _read(csv_path)


def test_csv_encodings(tmp_path):
    cases = {"utf8.csv": "Nama;Kota\nJosé;Bogor\n".encode(),
             "bom.csv": "\ufeffNama;Kota\nJosé;Bogor\n".encode(),
             "cp1252.csv": "Nama;Kota\nJosé;Bogor\n".encode("cp1252"),
             "utf16.csv": "Nama;Kota\nJosé;Bogor\n".encode("utf-16")}
    for name, raw in cases.items():
        (tmp_path / name).write_bytes(raw)
        assert _read(tmp_path / name)[1] == [(1, ("Nama", "Kota")), (2, ("José", "Bogor"))], name
    (tmp_path / "bin.csv").write_bytes(b"PK\x03\x04\x00\x00\x81\x8d\xff\x00")
    with pytest.raises(ValidationError, match="bin.csv"):
        _read(tmp_path / "bin.csv")


def test_control_characters_are_kept_for_the_row_check_to_refuse(tmp_path):
    """The reader drops nothing unseen: the import's row check refuses a control character by row and column."""
    path = tmp_path / "a.csv"
    path.write_bytes(b"Nama;Alamat\nBu\x00di\x1b[31m; Jl. Merdeka\x07 \n")
    assert _read(path)[1][1] == (2, ("Bu\x00di\x1b[31m", "Jl. Merdeka\x07"))


def test_serial_dates():
    assert sheets.excel_date(46349) == date(2026, 11, 23)
    assert sheets.excel_date("46349") == date(2026, 11, 23)
    assert sheets.excel_date(1) == date(1900, 1, 1)
    for bad in (0, -5, 9999999, 1e300):
        with pytest.raises(ValidationError, match="bukan tanggal Excel"):
            sheets.excel_date(bad)
    assert sheets.is_serial_number(46349.0) and not sheets.is_serial_number(True)
    assert not sheets.is_serial_number("23/11/2026")


def test_column_letters():
    assert [sheets.column_letter(i) for i in (0, 2, 25, 26, 701, 702)] == ["A", "C", "Z", "AA", "ZZ", "AAA"]
    assert sheets.column_label(2, "Jumlah") == "C (Jumlah)"


@pytest.mark.parametrize("write_only", [False, True])
def test_export_helper_writes_formula_like_texts_as_text(tmp_path, write_only):
    book = Workbook(write_only=write_only)
    ws = book.create_sheet("x") if write_only else book.active
    values = ['=HYPERLINK("http://x","klik")', "+62812", "-1", "@SUM(A1)", "\t=1", "\r=1", "biasa", 5, None]
    ws.append(sheets.safe_row(ws, values))
    if not write_only:
        sheets.write_cell(ws, 2, 1, "=cmd|' /C calc'!A0")
    book.save(tmp_path / "x.xlsx")
    back = load_workbook(tmp_path / "x.xlsx").worksheets[0]
    row = back[1]
    # (some versions of openpyxl read a carriage return back as a line feed)
    def unified(v):  # noqa: ANN001, ANN202
        return v.replace("\r", "\n") if isinstance(v, str) else v
    assert [unified(c.value) for c in row] == [unified(v) for v in values[:8]]
    assert [c.data_type for c in row][:7] == ["s"] * 7
    assert [c.quotePrefix for c in row][:7] == [True] * 6 + [False]
    if not write_only:
        assert (back["A2"].value, back["A2"].data_type) == ("=cmd|' /C calc'!A0", "s")
