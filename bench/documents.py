"""Time to build a 1,000-line document with the PDF toolkit, next to a bare reportlab table.

    .venv/bin/python bench/documents.py [--rows 1000] [--repeat 5] [--out DIR]

Both builds use the same rows, the same fonts and the same repeated header row, in the same
run; the toolkit adds the letterhead, "Halaman X dari Y", zebra striping, wrapping cells, the QR
code and the signature block.  Target: within 2x of the bare table.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle  # noqa: E402

from tagana_app import indonesian, pdf  # noqa: E402
from tagana_app.pdf import Column, Signer  # noqa: E402
from tagana_app.pdf.fonts import SANS, SANS_BOLD  # noqa: E402

HEADERS = ["No", "Kode", "Uraian barang", "Batch/Serial", "Jumlah", "Satuan", "Kondisi"]
WEIGHTS = [8, 12, 40, 16, 11, 10, 10]
NAMES = ["Makanan siap saji", "Lauk pauk siap saji", "Family kit", "Selimut", "Tenda gulung",
         "Paket sandang dewasa laki-laki dan perempuan ukuran campuran", "Beras medium", "Kasur"]
UNITS = ["paket", "paket", "paket", "lembar", "lembar", "paket", "kg", "lembar"]


def make_rows(n: int) -> list[list[object]]:
    return [[i + 1, f"BRG-{i % 8:03d}", NAMES[i % 8], f"B{2026000 + i}", 10 + (i * 37) % 5000, UNITS[i % 8], "Baik"]
            for i in range(n)]


def bare(rows: list[list[object]]) -> int:
    pdf.register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm)
    width = A4[0] - 45 * mm
    widths = [width * w / sum(WEIGHTS) for w in WEIGHTS]
    data = [HEADERS] + [[str(c) for c in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS, 9), ("FONT", (0, 0), (-1, 0), SANS_BOLD, 9),
                               ("GRID", (0, 0), (-1, -1), 0.5, "grey")]))
    doc.build([table])
    return len(buffer.getvalue())


def toolkit(rows: list[list[object]], out: Path | None = None) -> pdf.BuiltDocument:
    profile = pdf.OfficeProfile(address="Jl. Contoh No. 1, Karang Tinggi", phone="(0736) 123456",
                                email="dinsos@contoh.go.id", head_name="Kepala Contoh", head_nip="197001012000031001")
    columns = [Column(h, w, a, fmt=str if h == "No" else None) for h, w, a in
               zip(HEADERS, WEIGHTS, ["center", "left", "left", "left", "right", "left", "left"], strict=True)]

    def story(ctx: pdf.DocContext) -> list:
        return [pdf.fields([("Dari", "Gudang Dinas Sosial"), ("Kepada", "Posko Desa Contoh"),
                            ("Tanggal", indonesian.full_date(date(2026, 11, 23)))], ctx.width),
                pdf.spacer(3), pdf.data_table(columns, rows, ctx.width),
                pdf.signature_blocks([Signer("Pengirim,", "Petugas Gudang", "A"), Signer("Pengemudi,", "", ""),
                                      Signer("Penerima,", "Kepala Desa", "")], ctx.width,
                                     place_date="Karang Tinggi, 23 November 2026")]

    target: Path | io.BytesIO = out if out is not None else io.BytesIO()
    return pdf.build_document(target, profile, title="SURAT JALAN", number="001/SJ/DINSOS/XI/2026", story=story,
                              qr_payload="TAGANA|001/SJ/DINSOS/XI/2026|ABCDEFGHJK")


def timed(fn, *args) -> float:  # noqa: ANN001
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, help="also write the toolkit's PDF here")
    args = parser.parse_args()
    rows = make_rows(args.rows)
    bare(rows[:50])  # warm up fonts and imports for both
    toolkit(rows[:50])
    bare_times, kit_times = [], []
    for _ in range(args.repeat):  # interleaved, so both see the same machine load
        bare_times.append(timed(bare, rows))
        kit_times.append(timed(toolkit, rows))
    built = toolkit(rows, args.out / "surat-jalan-1000.pdf" if args.out else None)
    b, k = statistics.median(bare_times), statistics.median(kit_times)
    print(f"rows: {args.rows}, pages: {built.pages}, repeats: {args.repeat} (median)")
    print(f"bare reportlab SimpleDocTemplate + Table: {b * 1000:8.1f} ms")
    print(f"tagana_app.pdf build_document:            {k * 1000:8.1f} ms")
    print(f"ratio: {k / b:.2f}x (target <= 2x)")


if __name__ == "__main__":
    main()
