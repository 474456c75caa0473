"""Control characters and odd text (issue 11, item 3): refused naming the field, the same on both databases."""

from __future__ import annotations

from pathlib import Path

from tests.hostile.corpus import Case

CONTROL = ["berisi karakter kendali"]
LONG = "N" * 5000


def _stock_csv(remarks: str):  # noqa: ANN202
    def make(path: Path) -> None:
        path.write_text(f"Gudang,Kode Barang,Jumlah,Keterangan\nGDG,BRS,5,{remarks}\n", encoding="utf-8")
    return make


CASES = [
    Case("warehouse-name-nul", ["warehouse", "add", "GDX", "--name", "Gudang\x00X", "--region", "17.09"],
         ["Nama berisi karakter kendali", "\\x00"], user="admin"),
    Case("item-name-5000-chars", ["item", "add", "XXX", "--name", LONG, "--unit", "kg"],
         ["Nama terlalu panjang: 5000 karakter; paling banyak 200"], user="admin"),
    Case("volunteer-name-escape", ["volunteer", "add", "--nik", "1709011403950002", "--name", "Andi\x1b[31m Merah",
                                   "--region", "17.09.01", "--sex", "L"],
         ["Nama lengkap berisi karakter kendali", "\\x1b"], user="admin"),
    Case("volunteer-name-5000-chars", ["volunteer", "add", "--nik", "1709011403950002", "--name", LONG,
                                       "--region", "17.09.01", "--sex", "L"],
         ["Nama lengkap terlalu panjang: 5000 karakter"], user="admin"),
    Case("incident-name-nul", ["incident", "add", "--type", "banjir", "--name", "Banjir\x00", "--region", "17.09.01",
                               "--start", "2026-11-21"], ["Nama berisi karakter kendali"], user="koordinator"),
    Case("receive-number-escape-codes", ["stock", "receive", "GDG", "BRS", "5", "--doc-number", "SP-1\x1b[2K\rSP-2"],
         ["Nomor dokumen berisi karakter kendali", "\\x1b"]),
    Case("receive-number-too-long", ["stock", "receive", "GDG", "BRS", "5", "--doc-number", "R" * 81],
         ["Nomor dokumen terlalu panjang: 81 karakter; paling banyak 80"]),
    Case("receive-ref-escape-codes", ["stock", "receive", "GDG", "BRS", "5", "--ref", "SJ-1\x1b[2K\rSJ-2"],
         ["Nomor dokumen pengirim berisi karakter kendali", "\\x1b"]),
    Case("receive-ref-too-long", ["stock", "receive", "GDG", "BRS", "5", "--ref", "R" * 81],
         ["Nomor dokumen pengirim terlalu panjang: 81 karakter; paling banyak 80"]),
    Case("issue-recipient-too-long", ["stock", "issue", "GDG", "BRS", "5", "--to", LONG],
         ["Penerima terlalu panjang: 5000 karakter"]),
    Case("issue-recipient-c1-control", ["stock", "issue", "GDG", "BRS", "5", "--to", "Posko\x9b31m"],
         ["Penerima berisi karakter kendali", "\\x9b"]),
    Case("writeoff-reason-nul", ["stock", "writeoff", "GDG", "BRS", "1", "--reason", "rusak\x00"],
         ["Alasan berisi karakter kendali"]),
    Case("user-full-name-escape", ["user", "add", "budi", "--role", "gudang", "--full-name", "Budi\x1b]0;x\x07",
                                   "--password-env", "SANDI_BARU"],
         ["Nama lengkap berisi karakter kendali"], user="admin", env={"SANDI_BARU": "sandi-baru-yang-panjang"}),
    Case("setting-office-name-escape", ["setting", "set", "office.name", "DINAS\x1b[2J"],
         ["Nama kantor", "berisi karakter kendali"], user="admin"),
    Case("setting-office-name-too-long", ["setting", "set", "office.name", LONG],
         ["Nama kantor", "terlalu panjang"], user="admin"),
    Case("import-remarks-escape", ["stock", "import", "{file}"], ["baris 2", "Keterangan", "berisi karakter kendali"],
         make_file=_stock_csv("catatan\x1b[31m"), suffix=".csv", user="admin"),
    Case("import-remarks-too-long", ["stock", "import", "{file}"], ["baris 2", "Keterangan", "terlalu panjang"],
         make_file=_stock_csv("K" * 20_001), suffix=".csv", user="admin"),
]
