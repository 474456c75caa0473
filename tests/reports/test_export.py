"""The reports written to .xlsx (read back with openpyxl), PDF (read back with pypdf) and the CLI."""

from __future__ import annotations

import json
import re

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from deployment.reports import REPORTS, ReportFilter, export
from tagana_app.cli import main
from tagana_app.pdf import load_profile
from tagana_app.progress import NullProgress
from tests.conftest import TEST_PASSWORD
from tests.reports.conftest import ago, nik


def made(known, kind: str, **flt):  # noqa: ANN001, ANN201
    with known.db.read() as s:
        return REPORTS[kind].build(s, ReportFilter(**flt), NullProgress()), load_profile(s)


def header_row(ws, first: str = "No") -> int:  # noqa: ANN001
    return next(r for r in range(1, 20) if ws.cell(row=r, column=1).value == first)


def test_stock_xlsx_has_titles_bold_frozen_header_formats_and_totals(known, tmp_path) -> None:
    report, profile = made(known, "stock", as_of=ago(7))
    path = export.to_xlsx(report, tmp_path / "posisi.xlsx", profile)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Posisi stok per gudang", "Jumlah per barang"]
    ws = wb["Posisi stok per gudang"]
    assert ws["A1"].value == profile.government.upper() and ws["A2"].value == profile.office.upper()
    assert ws["A3"].value == "LAPORAN POSISI STOK PERSEDIAAN"
    assert any("Posisi per tanggal" in str(ws.cell(row=r, column=1).value) for r in range(4, 8))
    head = header_row(ws)
    titles = [c.value for c in ws[head]]
    assert titles == ["No", "Gudang", "Nama gudang", "Kode", "Uraian barang", "Kategori", "Layak pakai",
                      "Kedaluwarsa", "Jumlah", "Satuan"]
    assert all(c.font.bold for c in ws[head])
    assert ws.freeze_panes == f"A{head + 1}"
    data = [[c.value for c in row] for row in ws.iter_rows(min_row=head + 1, max_row=ws.max_row)
            if row[0].value is not None]
    body = [r for r in data if isinstance(r[0], int)]
    footer = data[len(body)]
    assert {(r[1], r[3]): r[8] for r in body} == {("GDG", "BRS"): 650, ("GDG", "MSS"): 150, ("GDG", "GEN"): 1,
                                                  ("GDG", "VEL"): 6, ("LS1", "BRS"): 100}
    assert footer[0].startswith("Jumlah baris") and footer[8] == 5
    assert ws.cell(row=head + len(body) + 1, column=1).font.bold
    assert ws.cell(row=head + 1, column=9).number_format == "#,##0"
    assert ws.column_dimensions["E"].width >= len("Uraian barang")


def test_stock_report_shows_expired_stock_apart_in_xlsx_and_pdf(known, tmp_path) -> None:
    """30 paket of ready meals that expired three days ago: on hand 180, of which 30 expired, 150 usable,
    per warehouse and per item, in the report's tables, its .xlsx and its PDF."""
    from inventory import stock
    from inventory.stock import ReceiveLine

    known.db.write(lambda s: stock.receive_goods(s, known.users["gudang"], "GDG",
                                                 [ReceiveLine("MSS", 30, "MSS-LAMA", ago(3))], source="apbd"))
    report, profile = made(known, "stock")
    row = {(r.warehouse, r.item): r for r in report.rows}[("GDG", "MSS")]
    assert (row.quantity, row.expired, row.usable) == (180, 30, 150)
    assert {(r.warehouse, r.item): r.expired for r in report.rows if r.expired} == {("GDG", "MSS"): 30}
    total = {t.item: t for t in report.totals}["MSS"]
    assert (total.quantity, total.expired, total.usable) == (180, 30, 150)
    before = made(known, "stock", as_of=ago(4))[0]  # the day before it expired: nothing expired
    assert not [r for r in before.rows if r.expired]

    wb = load_workbook(export.to_xlsx(report, tmp_path / "posisi.xlsx", profile))
    for sheet, key in (("Posisi stok per gudang", 3), ("Jumlah per barang", 1)):
        ws = wb[sheet]
        head = header_row(ws)
        titles = [c.value for c in ws[head]]
        cells = {ws.cell(row=r, column=key + 1).value: [c.value for c in ws[r]] for r in range(head + 1, ws.max_row + 1)}
        mss = dict(zip(titles, cells["MSS"], strict=True))
        assert (mss["Layak pakai"], mss["Kedaluwarsa"], mss["Jumlah"], mss["Satuan"]) == (150, 30, 180, "paket")

    export.to_pdf(report, tmp_path / "posisi.pdf", profile)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "posisi.pdf").pages)
    assert "Layak pakai" in text and "Kedaluwarsa" in text
    assert re.search(r"MSS Makanan siap saji Pangan 150 30 180 paket", text), text


def test_distribution_xlsx_totals_per_item(known, tmp_path) -> None:
    report, profile = made(known, "distribution")
    wb = load_workbook(export.to_xlsx(report, tmp_path / "distribusi.xlsx", profile))
    ws = wb["Jumlah per barang"]
    head = header_row(ws)
    rows = {r[1]: r for r in ws.iter_rows(min_row=head + 1, values_only=True) if r[1]}
    assert rows["BRS"][4] == 300 and rows["BRS"][5] == 198 and rows["GEN"][6] == 1
    main_ws = wb["Rincian penyaluran"]
    totals = {r[0]: r[11:14] for r in main_ws.iter_rows(values_only=True) if str(r[0]).startswith("Jumlah")}
    # Each unit its own sum (received: d1 only); never kg, paket and unit added into one figure.
    assert totals == {"Jumlah dalam kg": (300, 198, "kg"), "Jumlah dalam paket": (50, 50, "paket"),
                      "Jumlah dalam unit": (7, 6, "unit")}
    cells = [v for row in main_ws.iter_rows(values_only=True) for v in row]
    assert 357 not in cells and 254 not in cells


def test_incident_report_sums_each_unit_of_a_dispatch_apart(known, tmp_path) -> None:
    report, profile = made(known, "incident", incident=known.incident_a)
    wb = load_workbook(export.to_xlsx(report, tmp_path / "kejadian.xlsx", profile))
    ws = wb["Pengiriman bantuan"]
    head = header_row(ws)
    row = next(ws.iter_rows(min_row=head + 1, values_only=True))
    assert row[1] == known.d1 and row[8] == "200 kg; 50 paket; 6 unit"  # not 256


def test_reports_leaving_the_office_mask_every_nik(known, tmp_path) -> None:
    full = {nik(1), nik(2)}
    for kind, flt in (("deployments", {}), ("incident", {"incident": known.incident_a}), ("distribution", {})):
        report, profile = made(known, kind, **flt)
        wb = load_workbook(export.to_xlsx(report, tmp_path / f"{kind}.xlsx", profile))
        cells = " ".join(str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row if v)
        export.to_pdf(report, tmp_path / f"{kind}.pdf", profile)
        text = "".join(p.extract_text() for p in PdfReader(str(tmp_path / f"{kind}.pdf")).pages)
        for number in full:
            assert number not in cells and number not in re.sub(r"\s", "", text), kind
        if kind == "deployments":
            assert "1709**********01" in cells and "1709**********02" in cells
            assert all(r.nik.startswith("1709*") for r in report.rows)


def test_incident_xlsx_has_summary_sheet(known, tmp_path) -> None:
    report, profile = made(known, "incident", incident=known.incident_a)
    wb = load_workbook(export.to_xlsx(report, tmp_path / "kejadian.xlsx", profile))
    assert wb.sheetnames[0] == "Ringkasan"
    labels = {r[0]: r[1] for r in wb["Ringkasan"].iter_rows(values_only=True) if r[0]}
    assert labels["Nomor kejadian"] == known.incident_a


def pdf_text(path) -> tuple[int, str]:  # noqa: ANN001
    reader = PdfReader(str(path))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_stock_pdf_letterhead_pages_and_signature(known, tmp_path) -> None:
    report, profile = made(known, "stock", as_of=ago(7))
    built = export.to_pdf(report, tmp_path / "posisi.pdf", profile)
    pages, text = pdf_text(tmp_path / "posisi.pdf")
    assert pages == built.pages
    assert profile.government.upper() in text and "LAPORAN POSISI STOK PERSEDIAAN" in text
    assert f"Halaman 1 dari {pages}" in text
    assert "GDG — Gudang Dinsos Kab. Bengkulu Tengah" in text
    assert re.search(r"Beras\s+Pangan\s+650\s+0\s+650\s+kg", text)  # usable, expired, on hand
    assert profile.head_title.split()[0] in text and "Jumlah baris" in text


def test_long_report_repeats_header_on_every_page(known, tmp_path) -> None:
    report, profile = made(known, "stock")
    rows = tuple((i, "GDG", "Gudang", f"B{i:04d}", f"Barang {i}", "Pangan", i, 0, i, "kg") for i in range(1, 401))
    table = report.tables()[0]
    long = type("Long", (), {})()  # a stand-in report with one long table
    long.title, long.filter_lines, long.landscape = report.title, (), False
    long.made_at = report.made_at
    long.info, long.notes = (lambda: []), (lambda: [])
    long.tables = lambda: [table.__class__(table.key, table.title, table.columns, rows, table.footer, 8)]
    export.to_pdf(long, tmp_path / "panjang.pdf", profile)
    reader = PdfReader(str(tmp_path / "panjang.pdf"))
    assert len(reader.pages) >= 5
    for n, page in enumerate(reader.pages, 1):
        text = " ".join(page.extract_text().split())
        assert "Uraian barang" in text and f"Halaman {n} dari {len(reader.pages)}" in text


@pytest.mark.parametrize("kind", ["distribution", "deployments", "loans"])
def test_other_reports_make_pdfs(known, tmp_path, kind) -> None:
    report, profile = made(known, kind)
    export.to_pdf(report, tmp_path / f"{kind}.pdf", profile)
    _pages, text = pdf_text(tmp_path / f"{kind}.pdf")
    assert report.title in text.replace("\n", " ")
    if kind == "distribution":  # long numbers may wrap inside their cell
        assert known.bast in "".join(text.split()) and "Desa Air Sebakul" in " ".join(text.split())
    if kind == "deployments":
        assert "Ani Relawan" in text and "16" in text
    if kind == "loans":
        assert "TERLAMBAT" in text


def test_incident_pdf(known, tmp_path) -> None:
    report, profile = made(known, "incident", incident=known.incident_a)
    export.to_pdf(report, tmp_path / "kejadian.pdf", profile)
    _pages, text = pdf_text(tmp_path / "kejadian.pdf")
    flat = " ".join(text.split())
    assert "LAPORAN PERTANGGUNGJAWABAN" in flat and known.bast in "".join(text.split()) and "karung sobek" in flat
    assert "Perkiraan kebutuhan 14 hari" in flat


def run_cli(known, db_url, monkeypatch, capsys, *argv):  # noqa: ANN001, ANN201
    monkeypatch.setenv("TAGANA_PASSWORD", TEST_PASSWORD)
    monkeypatch.setenv("TAGANA_USER", "pemantau")
    capsys.readouterr()
    code = main(["--db", db_url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_json_xlsx_pdf_and_refusals(known, db_url, monkeypatch, capsys, tmp_path) -> None:
    code, out, _ = run_cli(known, db_url, monkeypatch, capsys, "report", "stock", "--as-of", ago(7).isoformat(),
                           "--json")
    assert code == 0
    data = json.loads(out)
    assert {(r["warehouse"], r["item"]): r["quantity"] for r in data["rows"]}[("GDG", "BRS")] == 650
    code, out, _ = run_cli(known, db_url, monkeypatch, capsys, "report", "distribution", "--xlsx",
                           str(tmp_path / "d.xlsx"))
    assert code == 0 and (tmp_path / "d.xlsx").exists()
    code, out, _ = run_cli(known, db_url, monkeypatch, capsys, "report", "incident", "--incident", known.incident_a,
                           "--pdf", str(tmp_path / "k.pdf"))
    assert code == 0 and (tmp_path / "k.pdf").read_bytes().startswith(b"%PDF")
    code, out, _ = run_cli(known, db_url, monkeypatch, capsys, "report", "deployments", "--from",
                           ago(4).isoformat(), "--to", ago(0).isoformat())
    assert code == 0 and "Budi Relawan" in out
    code, _, err = run_cli(known, db_url, monkeypatch, capsys, "report", "incident")
    assert code == 1 and err.startswith("Ditolak: ")
    code, _, err = run_cli(known, db_url, monkeypatch, capsys, "report", "loans", "--warehouse", "NOPE")
    assert code == 1 and "NOPE" in err
    with pytest.raises(SystemExit) as exit_:
        run_cli(known, db_url, monkeypatch, capsys, "report", "stock", "--as-of", "kemarin")
    assert exit_.value.code == 2


def test_xlsx_writes_formula_like_texts_as_text(known, tmp_path) -> None:
    from inventory import catalog, stock

    g = known.users["gudang"]
    evil = "=cmd|' /C calc'!A0"

    def work(s) -> None:  # noqa: ANN001
        catalog.add_item(s, g, "EVL", evil, "unit", category="@SUM(1)")
        stock.receive_goods(s, g, "GDG", [stock.ReceiveLine("EVL", 2)], source="apbd")
    known.db.write(work)
    report, profile = made(known, "stock")
    wb = load_workbook(export.to_xlsx(report, tmp_path / "posisi.xlsx", profile))
    found = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value in (evil, "@SUM(1)")]
    assert found and {(c.value, c.data_type) for c in found} <= {(evil, "s"), ("@SUM(1)", "s")}
    assert not [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.data_type == "f"]


def test_incident_report_names_who_reported_the_figures_as_a_person(known, tmp_path) -> None:
    from sqlalchemy import select

    from deployment.models import IncidentFigures
    from tagana_app.models import User
    with known.db.read() as s:
        login, name = s.execute(select(User.username, User.full_name).join(
            IncidentFigures, IncidentFigures.recorded_by == User.username)).first()
    assert login != name
    report, profile = made(known, "incident", incident=known.incident_a)
    ws = load_workbook(export.to_xlsx(report, tmp_path / "kejadian.xlsx", profile))["Perkembangan data dampak"]
    head = header_row(ws)
    reporters = {row[2] for row in ws.iter_rows(min_row=head + 1, values_only=True) if row[0]}
    assert name in reporters and login not in reporters
