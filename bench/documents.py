"""Time to build the real 1,000-line Surat Jalan (manifest) next to a bare reportlab table of the same rows.

    .venv/bin/python bench/documents.py [--rows 1000] [--repeat 5] [--out DIR]

Main figure: ``deployment.dispatch.documents.build_manifest_pdf`` (letterhead, sender/recipient boxes,
"Halaman X dari Y", repeated header, zebra striping, wrapping cells, QR code, escorts and three
signatures) against ``SimpleDocTemplate`` + ``Table`` with the same rows, the same fonts and the
same repeated header row, in the same run.  Target: within 2x of the bare table.  The toolkit's
own generic table (part 1) is printed too.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle  # noqa: E402

from deployment import documents  # noqa: E402
from deployment.dispatch import service as D  # noqa: E402
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


def manifest_record(n: int) -> D.DispatchRecord:
    """A dispatch of ``n`` lines, one batch each, as ``dispatches.get_dispatch`` would return it."""
    lines = tuple(D.LineInfo(i + 1, f"BRG-{i % 8:03d}", NAMES[i % 8], UNITS[i % 8], "Pangan", "consumable", False,
                             10 + (i * 37) % 5000, False,
                             (D.PickInfo(0, f"B{2026000 + i}", None, None, None, 10 + (i * 37) % 5000, 0),),
                             None, "", 0, "", 0) for i in range(n))
    escorts = (D.EscortInfo(1, "Relawan Contoh", "1709035403950001", "TGN-1709-0001", "logistik", "logistik",
                            date(2026, 11, 20), date(2026, 12, 3)),)
    now = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)
    return D.DispatchRecord(
        1, "001/KRM/DINSOS/XI/2026", "approved", "Disetujui", "KB-2026-0001", "Banjir luapan sungai (contoh)",
        "tanggap_darurat", "banjir", "banjir", now, "GDG", "Gudang Dinas Sosial", "Jl. Contoh No. 1",
        "Siti Contoh", date(2026, 11, 23), "posko", "Posko Desa Contoh", "17.09.03", "Pondok Kelapa", "",
        "Budi Contoh", "Camat", "NIP", "197501012000031002", "BD 8123 AB", "Joko Contoh", "", "APBD", "",
        "koordinator", "koordinator", now, "", None, None, "", None, None, "", "001/SJ/DINSOS/XI/2026", None,
        lines, escorts, ())


PROFILE = pdf.OfficeProfile(address="Jl. Contoh No. 1, Karang Tinggi", phone="(0736) 123456",
                            email="dinsos@contoh.go.id", head_name="Kepala Contoh", head_nip="197001012000031001")


def manifest(record: D.DispatchRecord, out: Path | None = None) -> pdf.BuiltDocument:
    target: Path | io.BytesIO = out if out is not None else io.BytesIO()
    return documents.build_manifest_pdf(target, PROFILE, record, "001/SJ/DINSOS/XI/2026",
                                        payload="TAGANA|001/SJ/DINSOS/XI/2026|ABCDEFGHJK")


def timed(fn, *args) -> float:  # noqa: ANN001
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, help="also write the PDFs here")
    args = parser.parse_args()
    record = manifest_record(args.rows)
    rows = documents.manifest_rows(record)  # the very rows the manifest prints
    generic = make_rows(args.rows)
    bare(rows[:50])  # warm up fonts and imports for every builder
    manifest(manifest_record(50))
    toolkit(generic[:50])
    bare_times, manifest_times, kit_times = [], [], []
    for _ in range(args.repeat):  # interleaved, so all see the same machine load
        bare_times.append(timed(bare, rows))
        manifest_times.append(timed(manifest, record))
        kit_times.append(timed(toolkit, generic))
    built = manifest(record, args.out / "surat-jalan-1000.pdf" if args.out else None)
    if args.out:
        toolkit(generic, args.out / "toolkit-1000.pdf")
    b, m, k = (statistics.median(t) for t in (bare_times, manifest_times, kit_times))
    print(f"rows: {args.rows}, manifest pages: {built.pages}, repeats: {args.repeat} (median)")
    print(f"bare reportlab SimpleDocTemplate + Table (same rows): {b * 1000:8.1f} ms")
    print(f"Surat Jalan, deployment.dispatch.documents.build_manifest_pdf: {m * 1000:8.1f} ms")
    print(f"ratio: {m / b:.2f}x (target <= 2x)")
    print(f"(part 1: tagana_app.pdf.build_document, generic table: {k * 1000:.1f} ms, {k / b:.2f}x)")


if __name__ == "__main__":
    main()
