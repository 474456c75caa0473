"""Opening stock import (.xlsx and .csv): every row validated first, nothing written on any error."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from inventory import equipment, importing, queries
from inventory.errors import FileAlreadyBooked, ImportRejected
from tagana_app.errors import PermissionDenied, ValidationError
from tagana_app.progress import Cancelled, RecordingProgress

from .conftest import check_invariants, days, snapshot

HEADER = ["Gudang", "Kode Barang", "Nama Barang", "Jumlah", "Satuan", "Batch", "Kedaluwarsa", "Nomor Seri",
          "Kondisi", "Keterangan"]


def _xlsx(path, rows, header=HEADER):
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


GOOD = [
    ["GDG", "BRS", "Beras", 1500, "kg", None, None, None, None, "gudang utama"],
    ["GDG", "MSS", "Makanan siap saji", 200, "paket", "B-1", days(120), None, None, None],
    ["LS1", "MSS", "Makanan siap saji", "1.000", "paket", None, days(60).strftime("%d/%m/%Y"), None, None, None],
    ["GDG", "GEN", "Genset", 2, "unit", None, None, "G-1, G-2", "rusak ringan", None],
    [None, None, None, None, None, None, None, None, None, None],  # empty rows are skipped
    ["LS1", "VEL", "Velbed", 12.0, None, None, None, None, None, None],
]


def test_import_xlsx_books_every_row(env, tmp_path):
    path = _xlsx(tmp_path / "saldo.xlsx", GOOD)
    progress = RecordingProgress()
    result = env.db.write(lambda s: importing.import_opening_stock(s, env.gudang, path, progress=progress))
    assert (result.rows, result.quantity) == (5, 1500 + 200 + 1000 + 2 + 12)
    assert result.doc_number.startswith("SALDO-AWAL-")
    assert progress.reports[-1][0] == progress.reports[-1][1] == 5
    with env.db.read() as s:
        rows = {(r.warehouse, r.item): r.on_hand for r in queries.stock_overview(s)}
        assert rows == {("GDG", "BRS"): 1500, ("GDG", "MSS"): 200, ("LS1", "MSS"): 1000, ("GDG", "GEN"): 2,
                        ("LS1", "VEL"): 12}
        assert equipment.get_unit(s, "GEN", "G-2").condition == "rusak ringan"
        assert queries.balances(s, warehouse="LS1", item="MSS")[0].expiry == days(60)
        check_invariants(s)
    # the same file again is refused naming the first import, even under a number of its own
    before = snapshot(env.db)
    for number in (None, "SALDO-LAIN-1"):
        with pytest.raises(FileAlreadyBooked) as refused:
            env.db.write(lambda s, n=number: importing.import_opening_stock(s, env.gudang, path, doc_number=n))
        assert result.doc_number in str(refused.value)
    assert snapshot(env.db) == before


def test_import_lists_every_bad_row_and_column_and_writes_nothing(env, tmp_path):
    bad = [
        ["GDG", "BRS", "Beras", 10, "kg", None, None, None, None, None],          # row 2: fine
        ["XXX", "BRS", "Beras", 10, "kg", None, None, None, None, None],          # 3: unknown warehouse
        ["GDG", "ZZZ", "?", 10, None, None, None, None, None, None],              # 4: unknown item
        ["GDG", "BRS", "Beras", "sepuluh", "kg", None, None, None, None, None],   # 5: quantity
        ["GDG", "BRS", "Beras", 2.5, "kg", None, None, None, None, None],         # 6: fraction
        ["GDG", "MSS", "MSS", 5, "paket", None, None, None, None, None],          # 7: expiry missing
        ["GDG", "MSS", "MSS", 5, "paket", None, "31/02/2027", None, None, None],  # 8: bad date
        ["GDG", "BRS", "Beras", 5, "karung", None, None, None, None, None],       # 9: unit differs
        ["GDG", "GEN", "Genset", 2, "unit", None, None, "G-1", None, None],       # 10: serial count
        ["GDG", "GEN", "Genset", 1, "unit", None, None, "G-7", "hancur", None],   # 11: condition
        ["LS1", "GEN", "Genset", 1, "unit", None, None, "G-7", None, None],       # 12: serial twice in file
        ["GDG", "BRS", "Beras", None, "kg", None, None, None, None, None],        # 13: quantity empty
        ["GDG", "VEL", "Velbed", 1, None, None, date(2027, 1, 1), None, None, None],  # 14: expiry not allowed
    ]
    path = _xlsx(tmp_path / "salah.xlsx", bad)
    before = snapshot(env.db)
    with pytest.raises(ImportRejected) as info:
        env.db.write(lambda s: importing.import_opening_stock(s, env.gudang, path))
    assert snapshot(env.db) == before
    problems = {(row, column) for row, column, _ in info.value.problems}
    assert problems == {(3, "A (Gudang)"), (4, "B (Kode Barang)"), (5, "D (Jumlah)"), (6, "D (Jumlah)"),
                        (7, "G (Kedaluwarsa)"), (8, "G (Kedaluwarsa)"), (9, "E (Satuan)"), (10, "H (Nomor Seri)"),
                        (11, "I (Kondisi)"), (12, "H (Nomor Seri)"), (13, "D (Jumlah)"), (14, "G (Kedaluwarsa)")}
    text = str(info.value)
    assert "12 kesalahan" in text
    assert "baris 3, kolom A (Gudang): gudang 'XXX' tidak dikenal" in text
    assert "baris 12, kolom H (Nomor Seri): nomor seri G-7 juga ada di baris 11" in text
    assert info.value.to_dict()["problems"][0] == {"row": 3, "column": "A (Gudang)",
                                                   "message": "gudang 'XXX' tidak dikenal"}
    # each problem and each line of the list keeps its template, for the window to translate
    message = info.value.problems[0][2]
    assert (message.template, message.fields) == ("gudang '{code}' tidak dikenal", {"code": "XXX"})
    line = info.value.lines[0]
    assert line == "- baris 3, kolom A (Gudang): gudang 'XXX' tidak dikenal"
    assert (line.template, line.fields["row"], line.fields["text"]) == (
        "- baris {row}, kolom {column}: {text}", 3, message)


def test_import_csv_with_semicolons_and_existing_serial(env, tmp_path):
    from inventory import stock

    env.db.write(lambda s: stock.receive_goods(s, env.gudang, "GDG", [stock.ReceiveLine("GEN", 1, serials=("G-1",))],
                                               source="apbd"))
    path = tmp_path / "saldo.csv"
    path.write_text("Gudang;Kode Barang;Jumlah;Nomor Seri\nGDG;BRS;7;\nLS1;GEN;1;G-1\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as info:
        env.db.write(lambda s: importing.import_opening_stock(s, env.gudang, path))
    assert info.value.problems == [(3, "D (Nomor Seri)", "nomor seri G-1 sudah tercatat di persediaan")]
    path.write_text("Gudang;Kode Barang;Jumlah\nGDG;BRS;7\n", encoding="utf-8")
    assert env.db.write(lambda s: importing.import_opening_stock(s, env.gudang, path)).quantity == 7


def test_import_refuses_missing_columns_wrong_file_role_and_honours_cancel(env, tmp_path):
    path = _xlsx(tmp_path / "kolom.xlsx", [["GDG", 5]], header=["Gudang", "Jumlah"])
    with pytest.raises(ImportRejected) as info:
        env.db.write(lambda s: importing.import_opening_stock(s, env.gudang, path))
    assert info.value.problems == [(1, "Kode Barang", "kolom wajib tidak ada di baris judul")]
    other = tmp_path / "saldo.txt"
    other.write_text("x")
    with pytest.raises(ValidationError):
        env.db.write(lambda s: importing.import_opening_stock(s, env.gudang, other))
    good = _xlsx(tmp_path / "saldo.xlsx", GOOD)
    with pytest.raises(PermissionDenied):
        env.db.write(lambda s: importing.import_opening_stock(s, env.users["pemantau"], good))
    before = snapshot(env.db)
    with pytest.raises(Cancelled):
        env.db.write(lambda s: importing.import_opening_stock(s, env.gudang, good,
                                                              progress=RecordingProgress(cancel_after=2)))
    assert snapshot(env.db) == before


def test_export_xlsx_has_the_overview_and_batches(env, tmp_path):
    path = _xlsx(tmp_path / "saldo.xlsx", GOOD)
    env.db.write(lambda s: importing.import_opening_stock(s, env.gudang, path))
    out = tmp_path / "stok.xlsx"
    with env.db.read() as s:
        assert importing.export_stock_xlsx(s, out) == 5
    wb = load_workbook(out)
    ws = wb["Stok"]
    assert [c.value for c in ws[1]][:6] == ["Kode Barang", "Nama Barang", "Kategori", "Gudang", "Nama Gudang", "Stok"]
    assert ws.freeze_panes == "A2"
    values = {(r[3], r[0]): r[5] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert values[("LS1", "MSS")] == 1000
    assert wb["Batch"].max_row == 1 + 5


def test_import_file_reads_and_checks_before_the_write_lock(env, tmp_path):
    """``import_opening_stock_file`` checks every row while others may write, then books in one transaction."""
    import sqlite3

    path = _xlsx(tmp_path / "saldo.xlsx", GOOD)
    free_while_checking: list[bool] = []

    class Probe(RecordingProgress):
        def update(self, done, total=None, text=""):  # noqa: ANN001, ANN202
            if text == "Memeriksa baris" and env.db.is_sqlite and not free_while_checking:
                conn = sqlite3.connect(env.db.sqlite_path, timeout=0, isolation_level=None)
                try:
                    conn.execute("BEGIN IMMEDIATE")
                    conn.execute("ROLLBACK")
                    free_while_checking.append(True)
                except sqlite3.OperationalError:
                    free_while_checking.append(False)
                finally:
                    conn.close()
            super().update(done, total, text)

    progress = Probe()
    result = importing.import_opening_stock_file(env.db, env.gudang, path, progress=progress)
    assert (result.rows, result.sheet) == (5, "Sheet")
    assert free_while_checking == ([True] if env.db.is_sqlite else [])
    texts = [text for _, _, text in progress.reports]
    assert texts[0] == "Membaca berkas" and "Memeriksa baris" in texts and texts[-1] == "Membukukan saldo awal"
    # refused before any transaction: the same file again, a wrong file, a role that may not import
    before = snapshot(env.db)
    with pytest.raises(FileAlreadyBooked):
        importing.import_opening_stock_file(env.db, env.gudang, path)
    with pytest.raises(PermissionDenied):
        importing.import_opening_stock_file(env.db, env.users["pemantau"], path)
    assert snapshot(env.db) == before


def test_serial_dates_and_cached_formulas_in_the_stock_import(env, tmp_path):
    from tests.hostile.cases_sheets import cache_formula

    rows = [["GDG", "MSS", "Makanan siap saji", "=100+20", "paket", None, 46349, None, None, None]]
    path = _xlsx(tmp_path / "saldo.xlsx", rows)
    cache_formula(path, "D2", "120")
    result = env.db.write(lambda s: importing.import_opening_stock(s, env.gudang, path))
    assert result.quantity == 120
    with env.db.read() as s:
        assert queries.balances(s, warehouse="GDG", item="MSS")[0].expiry == date(2026, 11, 23)


def test_stock_export_writes_formula_like_names_as_text(env, tmp_path):
    from inventory import catalog

    env.db.write(lambda s: catalog.add_item(s, env.gudang, "HYP", '=HYPERLINK("http://x","klik")', "unit"))
    path = _xlsx(tmp_path / "saldo.xlsx", [["GDG", "HYP", None, 3, None, None, None, None, None, None]])
    env.db.write(lambda s: importing.import_opening_stock(s, env.gudang, path))
    out = tmp_path / "stok.xlsx"
    with env.db.read() as s:
        importing.export_stock_xlsx(s, out)
    cells = [row[1] for row in load_workbook(out)["Stok"].iter_rows(min_row=2) if row[0].value == "HYP"]
    assert [(c.value, c.data_type) for c in cells] == [('=HYPERLINK("http://x","klik")', "s")]
