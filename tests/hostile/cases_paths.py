"""Careless output paths and document numbers (issue 11, items 1 and 10): no export, report, stock card,
print or backup writes over the live database, its WAL, a backup, the program's data folder, a folder or
into a folder that does not exist; a --ref may not be the office's number of another kind of paper;
every print passes the kind's role check."""

from __future__ import annotations

from tests.hostile.corpus import Case

REFUSED = "tidak boleh ditulis"
LIVE = "basis data yang sedang dipakai"

# An approved write-off with a number given by hand, and a printed Surat Jalan with a known number.
APPROVED_WITHOUT_DECREE = (
    ("gudang", ["stock", "writeoff", "GDG", "BRS", "2", "--reason", "basah", "--ref", "BAPH-UJI-1"]),
    ("pejabat", ["stock", "writeoff-approve", "BAPH-UJI-1"]),
)
APPROVED_WRITEOFF = (
    *APPROVED_WITHOUT_DECREE,
    ("pejabat", ["stock", "writeoff-basis", "BAPH-UJI-1", "--decree-number", "1/2026", "--decree-date", "2026-01-05",
                 "--decree-issuer", "Bupati Bengkulu Tengah", "--method", "dimusnahkan"]),
    ("admin", ["setting", "set", "office.head_name", "Dra. Wulan Contoh, M.Si."]),
)
PRINTED_MANIFEST = (
    ("admin", ["setting", "set", "numbering.manifest", "SJ{{seq:03d}}-{{year}}"]),
    ("admin", ["setting", "set", "numbering.pengiriman", "KRM{{seq:03d}}-{{year}}"]),
    ("koordinator", ["dispatch", "new", "KB-2026-0001", "--from", "GDG", "--to", "Posko A",
                     "--recipient", "Kepala Desa"]),
    ("koordinator", ["dispatch", "add", "KRM001-{year}", "BRS", "5"]),
    ("koordinator", ["dispatch", "submit", "KRM001-{year}"]),
    ("pejabat", ["dispatch", "approve", "KRM001-{year}"]),
    ("gudang", ["print", "manifest", "KRM001-{year}"]),
)
# A receipt booked under the sender's document.
RECEIPT = (("gudang", ["stock", "receive", "GDG", "BRS", "5", "--source", "kemensos", "--doc-number", "SP-UJI-1"]),)

CASES = [
    # --- outputs over the live database and its files ----------------------------------------------
    Case("koordinator-exports-volunteers-over-the-database", ["volunteer", "export", "{db_path}"],
         [REFUSED, LIVE], user="koordinator", sqlite_only=True),
    Case("stock-export-over-the-wal", ["stock", "export", "{db_path}-wal"],
         [REFUSED, "pendamping basis data"], sqlite_only=True),
    Case("report-xlsx-over-the-database", ["report", "stock", "--xlsx", "{db_path}"],
         [REFUSED, "basis data"], sqlite_only=True),
    Case("report-pdf-over-the-journal", ["report", "stock", "--pdf", "{db_path}-journal"],
         [REFUSED, "pendamping basis data"], sqlite_only=True),
    Case("stock-card-pdf-over-the-database", ["stock", "card", "GDG", "BRS", "--pdf", "{db_path}"],
         [REFUSED, "basis data"], sqlite_only=True),
    Case("export-through-a-symlink-to-the-database", ["volunteer", "export", "{file}"],
         [REFUSED, LIVE], user="koordinator", link_to="{db_path}", suffix=".xlsx", sqlite_only=True),
    Case("backup-over-the-wal", ["backup", "{db_path}-wal"], [REFUSED, "pendamping basis data"], user="admin",
         sqlite_only=True),
    Case("backup-over-the-database", ["backup", "{db_path}"], [REFUSED, LIVE], user="admin", sqlite_only=True),
    # --- the program's folders ---------------------------------------------------------------------
    Case("report-pdf-into-the-backup-folder", ["report", "stock", "--pdf", "{backup}/laporan.pdf"],
         [REFUSED, "folder cadangan"]),
    Case("stock-card-into-the-data-folder", ["stock", "card", "GDG", "BRS", "--pdf", "{data}/kartu.pdf"],
         [REFUSED, "folder data program"]),
    Case("volunteer-export-into-the-data-folder", ["volunteer", "export", "{data}/relawan.xlsx"],
         [REFUSED, "folder data program"], user="koordinator"),
    # --- folders that are not there, and folders given as files -------------------------------------
    Case("stock-export-into-a-missing-folder", ["stock", "export", "{tmp}/tidak-ada/stok.xlsx"],
         [REFUSED, "tidak-ada' tidak ada"]),
    Case("report-xlsx-to-an-existing-folder", ["report", "stock", "--xlsx", "{tmp}"], [REFUSED, "sebuah folder"]),
    Case("volunteer-export-to-an-existing-folder", ["volunteer", "export", "{tmp}"], [REFUSED, "sebuah folder"],
         user="koordinator"),
    Case("print-into-a-missing-folder", ["stock", "writeoff-print", "BAPH-UJI-1", "-o", "{tmp}/tidak-ada/ba.pdf"],
         [REFUSED, "tidak-ada' tidak ada"], setup=APPROVED_WRITEOFF),
    Case("print-manifest-again-over-the-database", ["print", "again", "SJ001-{year}", "-o", "{db_path}"],
         [REFUSED, LIVE], setup=PRINTED_MANIFEST, sqlite_only=True),
    Case("backup-into-a-missing-folder", ["backup", "{tmp}/tidak-ada/cadangan.db"], [REFUSED, "tidak ada"],
         user="admin", sqlite_only=True),
    # --- numbers of the office's own papers ---------------------------------------------------------
    Case("writeoff-ref-is-a-surat-jalan-number",
         ["stock", "writeoff", "GDG", "BRS", "1", "--reason", "rusak", "--ref", "SJ001-{year}"],
         ["SJ001-", "nomor Surat Jalan", "Berita Acara Penghapusan"], setup=PRINTED_MANIFEST),
    Case("receipt-number-is-a-writeoff-number", ["stock", "receive", "GDG", "BRS", "5", "--doc-number", "baph-uji-1"],
         ["baph-uji-1", "nomor Berita Acara Penghapusan"], setup=APPROVED_WRITEOFF),
    Case("count-member-nip-is-not-18-digits", ["stock", "count", "start", "GDG", "--member", "Rina|1985-03|Ketua Tim"],
         ["NIP Rina harus 18 angka"]),
    Case("writeoff-printed-without-its-decree", ["stock", "writeoff-print", "BAPH-UJI-1", "-o", "{tmp}/ba.pdf"],
         ["keputusan penghapusan"], setup=APPROVED_WITHOUT_DECREE),
    Case("opening-stock-ref-is-a-surat-jalan-number", ["stock", "import", "{file}", "--ref", "SJ001-{year}"],
         ["nomor Surat Jalan"], setup=PRINTED_MANIFEST, suffix=".csv",
         make_file=lambda path: path.write_text("Gudang;Kode Barang;Jumlah\nGDG;BRS;5\n", encoding="utf-8")),
    # --- every print through the pipeline -----------------------------------------------------------
    Case("pemantau-prints-a-writeoff-record", ["stock", "writeoff-print", "BAPH-UJI-1", "-o", "{tmp}/ba.pdf"],
         ["tidak berwenang", "mencetak dokumen"], user="pemantau", setup=APPROVED_WRITEOFF),
    Case("pemantau-prints-a-receipt-paper", ["stock", "print", "SP-UJI-1", "-o", "{tmp}/ba.pdf"],
         ["tidak berwenang", "mencetak dokumen"], user="pemantau", setup=RECEIPT),
    Case("receipt-paper-without-a-pengurus-barang", ["stock", "print", "SP-UJI-1", "-o", "{tmp}/ba.pdf"],
         ["Berita Acara Penerimaan Barang tidak dapat dicetak", "Pengurus barang", "belum ditentukan"],
         setup=(*RECEIPT, ("admin", ["setting", "set", "signer.pengurus_barang", ""]))),
    Case("stock-print-of-a-surat-jalan-number", ["stock", "print", "SJ001-{year}", "-o", "{tmp}/sj.pdf"],
         ["SJ001-", "adalah Surat Jalan", "bukan penerimaan"], setup=PRINTED_MANIFEST),
    Case("pemantau-prints-a-manifest-again", ["print", "again", "SJ001-{year}", "-o", "{tmp}/sj.pdf"],
         ["tidak berwenang"], user="pemantau", setup=PRINTED_MANIFEST),
]
