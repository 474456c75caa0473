"""`tagana stock receive|issue` with --lines, --pack, --price, --ref, --date; the same file twice;
`tagana report value`: exit statuses and nothing written when refused."""

from __future__ import annotations

import json

from openpyxl import Workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from inventory.models import Item, ItemBarcode, ItemPack, StockDocument

from .conftest import TODAY, days, snapshot

HEADER = ["Kode Barang", "Jumlah", "Kemasan", "Batch", "Kedaluwarsa", "Nomor Seri", "Kondisi", "Harga Satuan"]


def _catalogue(env) -> None:  # noqa: ANN001
    def work(s):  # noqa: ANN001, ANN202
        mss = s.scalar(select(Item).where(Item.code == "MSS"))
        s.add(ItemPack(item_id=mss.id, name="karton", contains=24))
        s.add(ItemBarcode(barcode="8991234567890", item_id=mss.id))
    env.db.write(work)


def _csv(path, rows):  # noqa: ANN001, ANN202
    path.write_text("\n".join(",".join(str(c) for c in row) for row in [HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def _state(env):  # noqa: ANN001, ANN202
    with env.db.read() as s:
        return snapshot(env.db), s.scalar(select(func.count()).select_from(StockDocument))


def test_receive_and_issue_from_a_lines_file_one_document_and_not_twice(run, env, tmp_path):
    _catalogue(env)
    exp = days(300).isoformat()
    receipt = _csv(tmp_path / "terima.csv", [
        ["8991234567890", 2, "karton", "", exp, "", "", "5000"],   # scanned barcode, in cartons: 48 paket
        ["BRS", 500, "", "", "", "", "", "12.000"],
        ["GEN", 2, "", "", "", "G-1;G-2", "baik", "Rp 7.500.000"],
    ])
    code, out, err = run("stock", "receive", "GDG", "--lines", str(receipt), "--source", "kemensos", "--from",
                         "Kemensos RI", "--ref", "SJ-77", "--json")
    assert code == 0, err
    booking = json.loads(out)
    assert booking["ref_number"] == "SJ-77" and len({m["doc_number"] for m in booking["movements"]}) == 1
    assert sorted((m["item"], m["qty_in"]) for m in booking["movements"]) == [
        ("BRS", 500), ("GEN", 1), ("GEN", 1), ("MSS", 48)]
    # the same file again: refused naming the first document and its date, nothing written
    before = _state(env)
    code, out, err = run("stock", "receive", "GDG", "--lines", str(receipt), "--ref", "SJ-78")
    assert (code, out) == (1, "") and booking["doc_number"] in err and TODAY.strftime("%d-%m-%Y") in err
    assert _state(env) == before

    issue = _csv(tmp_path / "keluar.csv", [["MSS", 1, "karton", "", "", "", "", ""], ["BRS", 100, "", "", "", "",
                                                                                      "", ""]])
    code, out, err = run("stock", "issue", "GDG", "--lines", str(issue), "--to", "Posko Desa A", "--ref", "SPm-3",
                         "--json")
    assert code == 0, err
    assert sorted((m["item"], m["qty_out"]) for m in json.loads(out)["movements"]) == [("BRS", 100), ("MSS", 24)]
    before = _state(env)
    code, _, err = run("stock", "issue", "GDG", "--lines", str(issue), "--to", "Posko Desa B")
    assert code == 1 and "sudah dibukukan" in err and _state(env) == before

    code, out, _ = run("report", "value", "--warehouse", "GDG", "--json")
    rows = {r["item"]: r for r in json.loads(out)["rows"]}
    assert code == 0 and rows["BRS"]["value"] == 400 * 12_000 and rows["MSS"]["value"] == 24 * 5000
    assert rows["GEN"]["value"] == 15_000_000


def test_a_bad_row_is_refused_naming_row_and_column_nothing_written(run, env, tmp_path):
    _catalogue(env)
    bad = _csv(tmp_path / "salah.csv", [
        ["BRS", 10, "", "", "", "", "", ""],
        ["ZZZ", 5, "", "", "", "", "", ""],                     # row 3: unknown item
        ["MSS", 5, "", "", "", "", "", ""],                     # row 4: expiry missing
        ["BRS", "lima", "", "", "", "", "", ""],                # row 5: quantity
        ["MSS", 1, "palet", "", days(30).isoformat(), "", "", ""],  # row 6: unknown pack
        ["BRS", 1, "", "", "", "", "", "murah"],                # row 7: price
    ])
    before = _state(env)
    code, out, err = run("stock", "receive", "GDG", "--lines", str(bad))
    assert (code, out) == (1, "")
    for expected in ("baris 3, kolom A (Kode Barang)", "baris 4, kolom E (Kedaluwarsa)", "baris 5, kolom B (Jumlah)",
                     "baris 6, kolom C (Kemasan)", "baris 7, kolom H (Harga Satuan)"):
        assert expected in err
    assert "baris 2" not in err and _state(env) == before
    # an issue file may not name an expiry or a price: the batches taken decide them
    wrong = _csv(tmp_path / "keluar.csv", [["BRS", 1, "", "", "", "", "", "9000"]])
    code, _, err = run("stock", "issue", "GDG", "--lines", str(wrong), "--to", "x")
    assert code == 1 and "baris 2, kolom H (Harga Satuan)" in err and _state(env) == before
    # usage: ITEM QTY and --lines together, or neither (exit 2)
    assert run("stock", "receive", "GDG", "BRS", "5", "--lines", str(bad))[0] == 2
    assert run("stock", "receive", "GDG")[0] == 2
    assert run("stock", "issue", "GDG", "--to", "x")[0] == 2
    assert _state(env) == before


def test_an_xlsx_lines_file(run, env, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(["BRS", 25, None, None, None, None, None, 13000])
    ws.append(["VEL", 3, None, None, None, None, "rusak ringan", None])
    wb.save(tmp_path / "terima.xlsx")
    code, out, err = run("stock", "receive", "GDG", "--lines", str(tmp_path / "terima.xlsx"), "--json")
    assert code == 0, err
    assert [(m["item"], m["qty_in"]) for m in json.loads(out)["movements"]] == [("BRS", 25), ("VEL", 3)]


def test_one_line_with_pack_price_barcode_ref_and_date(run, env, signers, tmp_path):
    _catalogue(env)
    exp = days(200).isoformat()
    code, out, err = run("stock", "receive", "GDG", "8991234567890", "3", "--pack", "karton", "--expiry", exp,
                         "--price", "4.500", "--ref", "SJ-1", "--ref-date", days(-2).isoformat(), "--date",
                         days(-1).isoformat(), "--backdate-reason", "tiba sore kemarin", "--json")
    assert code == 0, err
    booking = json.loads(out)
    assert booking["movements"][0]["qty_in"] == 72 and booking["doc_date"] == days(-1).isoformat()
    # a second receipt under the same delivery note is fine (the old code refused it)
    assert run("stock", "receive", "GDG", "BRS", "10", "--ref", "SJ-1")[0] == 0
    before = _state(env)
    code, _, err = run("stock", "receive", "GDG", "BRS", "10", "--date", days(1).isoformat())
    assert code == 1 and "belum terjadi" in err
    code, _, err = run("stock", "receive", "GDG", "BRS", "10", "--date", days(-1).isoformat())
    assert code == 1 and "alasan tanggal mundur" in err
    assert _state(env) == before
    code, out, _ = run("stock", "card", "GDG", "MSS", "--json")
    line = json.loads(out)["lines"][0]
    assert line["backdate_reason"] == "tiba sore kemarin" and line["ref_number"] == "SJ-1"
    assert line["unit_price"] == 4500 and line["balance_value"] == 72 * 4500

    pdf_path = tmp_path / "nilai.pdf"  # kept for a look: /tmp/h1/nilai.pdf
    code, out, err = run("report", "value", "--pdf", str(pdf_path))
    assert code == 0, err
    text = "".join(p.extract_text() for p in PdfReader(pdf_path).pages)
    assert "LAPORAN NILAI PERSEDIAAN" in text and "324.000" in text and "harga belum tercatat" in text
