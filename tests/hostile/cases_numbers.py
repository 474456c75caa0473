"""Huge and odd numbers (issue 11, item 2): one quantity type, ASCII digits only, stated maximum."""

from __future__ import annotations

from pathlib import Path

from tests.hostile.corpus import Case

NOT_A_NUMBER = ["Jumlah", "bukan bilangan bulat", "angka 0-9"]


def _stock_csv(quantity: str):  # noqa: ANN202
    def make(path: Path) -> None:
        path.write_text(f"Gudang,Kode Barang,Jumlah\nGDG,BRS,{quantity}\n", encoding="utf-8")
    return make


CASES = [
    Case("receive-beyond-int64-sum", ["stock", "receive", "GDG", "BRS", "9223372036854775000"],
         ["Jumlah terlalu besar", "paling banyak 1.000.000.000"]),
    Case("receive-one-past-the-maximum", ["stock", "receive", "GDG", "BRS", "1000000001"],
         ["Jumlah terlalu besar: 1.000.000.001"]),
    Case("receive-thousands-of-digits", ["stock", "receive", "GDG", "BRS", "9" * 5000], ["Jumlah terlalu besar"]),
    Case("receive-arabic-indic-digits", ["stock", "receive", "GDG", "BRS", "١٢"], NOT_A_NUMBER),
    Case("receive-persian-digits", ["stock", "receive", "GDG", "BRS", "۱۲"], NOT_A_NUMBER),
    Case("receive-full-width-digits", ["stock", "receive", "GDG", "BRS", "１３"], NOT_A_NUMBER),
    Case("receive-underscore", ["stock", "receive", "GDG", "BRS", "1_000"], NOT_A_NUMBER),
    Case("receive-plus-sign", ["stock", "receive", "GDG", "BRS", "+5"], NOT_A_NUMBER),
    Case("receive-exponent", ["stock", "receive", "GDG", "BRS", "1e3"], NOT_A_NUMBER),
    Case("receive-decimal", ["stock", "receive", "GDG", "BRS", "5.5"], NOT_A_NUMBER),
    Case("receive-decimal-comma", ["stock", "receive", "GDG", "BRS", "5,5"], NOT_A_NUMBER),
    Case("receive-space-inside", ["stock", "receive", "GDG", "BRS", "5 5"], NOT_A_NUMBER),
    Case("receive-negative", ["stock", "receive", "GDG", "BRS", "-5"], ["Jumlah tidak boleh negatif"]),
    Case("receive-zero", ["stock", "receive", "GDG", "BRS", "0"], ["Jumlah harus lebih dari nol"]),
    Case("issue-full-width", ["stock", "issue", "GDG", "BRS", "５", "--to", "Posko A"], NOT_A_NUMBER),
    Case("issue-huge", ["stock", "issue", "GDG", "BRS", "99999999999", "--to", "Posko A"], ["Jumlah terlalu besar"]),
    Case("transfer-arabic-indic", ["stock", "transfer", "GDG", "GDG", "BRS", "٣"], NOT_A_NUMBER),
    Case("writeoff-underscore", ["stock", "writeoff", "GDG", "BRS", "1_0", "--reason", "rusak"], NOT_A_NUMBER),
    Case("minimum-full-width", ["stock", "minimum", "GDG", "BRS", "１０"], NOT_A_NUMBER),
    Case("incident-figure-huge", ["incident", "update", "KB-2026-0001", "--displaced", "99999999999"],
         ["--displaced terlalu besar"], user="koordinator"),
    Case("incident-figure-arabic-indic", ["incident", "update", "KB-2026-0001", "--displaced", "١٠"],
         ["--displaced", "bukan bilangan bulat"], user="koordinator"),
    Case("import-quantity-arabic-indic", ["stock", "import", "{file}"], ["baris 2", "Jumlah", "bukan bilangan bulat"],
         make_file=_stock_csv("١٢"), suffix=".csv", user="admin"),
    Case("import-quantity-beyond-int64", ["stock", "import", "{file}"], ["baris 2", "Jumlah", "terlalu besar"],
         make_file=_stock_csv("9223372036854775000"), suffix=".csv", user="admin"),
    Case("import-quantity-exponent", ["stock", "import", "{file}"], ["baris 2", "Jumlah", "bukan bilangan bulat"],
         make_file=_stock_csv("1e3"), suffix=".csv", user="admin"),
]
