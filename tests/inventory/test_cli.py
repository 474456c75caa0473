"""`tagana warehouse|item|stock ...`: output, --json, exit statuses, nothing written on refusal."""

from __future__ import annotations

import json

from pypdf import PdfReader

from .conftest import snapshot

DECREE = ("--decree-number", "000.2.3.3/145/DINSOS/2026", "--decree-date", "2026-01-05", "--decree-issuer",
          "Bupati Bengkulu Tengah", "--method", "dimusnahkan")


def test_catalogue_commands(run):
    assert run("warehouse", "add", "LS2", "--name", "Lumbung Sosial Talang Empat", "--region", "17.09.02",
               "--kind", "lumbung")[0] == 0
    code, out, _ = run("warehouse", "list", "--json")
    assert code == 0 and {w["code"] for w in json.loads(out)} == {"GDG", "LS1", "LS2"}
    assert "Talang Empat" in run("warehouse", "list")[1]
    code, _, err = run("warehouse", "add", "LS3", "--name", "X", "--region", "99.99")
    assert code == 1 and err.startswith("Ditolak: ") and "tidak dikenal" in err
    code, out, _ = run("item", "add", "tkp", "--name", "Tenda keluarga portabel", "--unit", "unit", "--serial",
                       "--json")
    assert code == 0 and json.loads(out)["kind"] == "equipment" and json.loads(out)["serialized"] is True
    code, _, err = run("item", "add", "X1", "--name", "X", "--unit", "gelas")
    assert code == 1 and "Satuan 'gelas' tidak dikenal" in err
    assert run("item", "add", "X2", "--name", "X", "--unit", "kg", user="pemantau")[0] == 1
    code, out, _ = run("item", "list", "--json")
    assert "TKP" in {i["code"] for i in json.loads(out)}


def test_stock_commands_and_refusals(run, env, signers, tmp_path):
    code, out, _ = run("stock", "receive", "GDG", "BRS", "500", "--source", "Dinsos Provinsi", "--ref", "SP-1",
                       "--json")
    assert code == 0
    booking = json.loads(out)
    assert booking["ref_number"] == "SP-1" and booking["movements"][0]["source"] == "dinsos_provinsi"
    assert booking["doc_number"] != "SP-1"  # our own number; SP-1 is the sender's
    assert run("stock", "receive", "GDG", "MSS", "40", "--expiry", "2030-01-31", "--batch", "B7")[0] == 0
    assert run("stock", "receive", "GDG", "GEN", "2", "--serial", "G-1", "--serial", "G-2")[0] == 0

    before = snapshot(env.db)
    code, out, err = run("stock", "issue", "GDG", "BRS", "501", "--to", "Posko A")
    assert (code, out) == (1, "")
    assert err.strip() == ("Ditolak: Stok Beras (BRS) di Gudang Dinsos Kab. Bengkulu Tengah tidak cukup: "
                           "tersedia 500 kg, diminta 501 kg.")
    code, _, err = run("stock", "receive", "GDG", "BRS", "500", "--doc-number", booking["doc_number"])
    assert code == 1 and "sudah dibukukan" in err
    assert run("stock", "issue", "GDG", "BRS", "1", "--to", "x", user="pemantau")[0] == 1
    assert snapshot(env.db) == before
    # a wrong number is a refusal (exit 1), usage errors exit 2; neither writes anything
    code, _, err = run("stock", "issue", "GDG", "BRS", "-3", "--to", "x")
    assert code == 1 and err.strip() == "Ditolak: Jumlah tidak boleh negatif (diberikan: -3)."
    assert run("stock", "issue", "GDG", "BRS", "3")[0] == 2
    assert run("stock", "receive", "GDG", "MSS", "3", "--expiry", "31-01-2030")[0] == 2
    assert snapshot(env.db) == before

    code, out, _ = run("stock", "issue", "GDG", "BRS", "120", "--to", "Posko Banjir Desa A", "--json")
    issued = json.loads(out)["movements"][0]
    assert code == 0 and issued["qty_out"] == 120
    code, out, _ = run("stock", "transfer", "GDG", "LS1", "GEN", "1", "--serial", "G-2", "--json")
    moved = json.loads(out)
    assert code == 0 and moved["status"] == "dikirim"
    code, out, _ = run("stock", "in-transit", "--json")
    assert [(r["number"], r["serial"], r["to_warehouse"]) for r in json.loads(out)] == [(moved["number"], "G-2", "LS1")]
    before = snapshot(env.db)
    code, _, err = run("stock", "transfer-receive", moved["number"], "--received", "GEN=0")
    assert code == 1 and "nomor seri" in err
    assert run("stock", "transfer-receive", moved["number"], "--received", "GEN")[0] == 1
    assert run("stock", "transfer-receive")[0] == 2
    assert snapshot(env.db) == before
    code, out, _ = run("stock", "transfer-receive", moved["number"])
    assert code == 0 and "Diterima" in out
    code, out, _ = run("stock", "reverse", str(issued["id"]), "--reason", "salah jumlah", "--json")
    assert code == 0 and json.loads(out)["movements"][0]["reverses_id"] == issued["id"]
    assert run("stock", "reverse", str(issued["id"]), "--reason", "lagi")[0] == 1

    code, out, _ = run("stock", "balance", "--json")
    rows = {(r["warehouse"], r["item"]): r["on_hand"] for r in json.loads(out)}
    assert rows == {("GDG", "BRS"): 500, ("GDG", "MSS"): 40, ("GDG", "GEN"): 1, ("LS1", "GEN"): 1}
    code, out, _ = run("stock", "balance", "--warehouse", "GDG", "--item", "MSS", "--batches")
    assert code == 0 and "B7" in out
    assert run("stock", "balance", "--warehouse", "NOPE")[0] == 1

    code, out, _ = run("stock", "card", "GDG", "BRS", "--json")
    card = json.loads(out)
    assert code == 0 and [line["balance"] for line in card["lines"]] == [500, 380, 500]
    assert card["closing_balance"] == 500
    pdf_path = tmp_path / "kartu.pdf"
    code, out, _ = run("stock", "card", "GDG", "BRS", "--pdf", str(pdf_path))
    assert code == 0 and pdf_path.exists()
    text = "".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    assert "KARTU PERSEDIAAN BARANG" in text and "dok. SP-1" in text and "Posko Banjir Desa A" in text
    assert "Halaman 1 dari" in text

    code, out, _ = run("stock", "minimum", "GDG", "BRS", "1000")
    assert code == 0
    code, out, _ = run("stock", "alerts", "--json")
    assert {(a["kind"], a["item"]) for a in json.loads(out)} == {("below_min", "BRS")}
    code, out, _ = run("stock", "units", "--item", "GEN", "--json")
    assert {u["serial"]: u["warehouse"] for u in json.loads(out)} == {"G-1": "GDG", "G-2": "LS1"}
    assert run("stock", "unit-condition", "GEN", "G-1", "rusak ringan")[0] == 0
    code, out, _ = run("stock", "unit-history", "GEN", "G-1")
    assert "Perubahan kondisi" in out


def test_writeoff_count_import_export_commands(run, tmp_path):
    assert run("stock", "receive", "GDG", "BRS", "100")[0] == 0
    code, out, _ = run("stock", "writeoff", "GDG", "BRS", "10", "--reason", "basah terkena banjir", "--json")
    number = json.loads(out)["number"]
    assert code == 0 and json.loads(out)["status"] == "diajukan"
    code, _, err = run("stock", "writeoff-approve", number)
    assert code == 1 and "tidak berwenang" in err
    code, out, _ = run("stock", "writeoff-approve", number, *DECREE, user="pejabat")
    assert code == 0 and "Penghapusan" in out
    ba = tmp_path / "ba.pdf"
    assert run("setting", "set", "office.head_name", "Dra. Wulan Contoh, M.Si.", user="admin")[0] == 0
    assert run("stock", "writeoff-print", number, "-o", str(ba))[0] == 0
    text = PdfReader(ba).pages[0].extract_text()
    assert "BERITA ACARA PENGHAPUSAN" in text and number in text and "basah terkena banjir" in text
    assert run("stock", "writeoff-print", number, "-o", str(ba))[0] == 0
    assert "SALINAN" in PdfReader(ba).pages[0].extract_text()

    code, out, _ = run("stock", "count", "start", "GDG", "--json")
    count = json.loads(out)["number"]
    sheet = tmp_path / "lembar.pdf"
    assert run("stock", "count", "sheet", count, "--pdf", str(sheet))[0] == 0
    sheet_text = PdfReader(sheet).pages[0].extract_text()
    assert "Beras" in sheet_text and "90" not in sheet_text.split("Beras")[1].split("\n")[0]
    assert run("stock", "count", "post", count)[0] == 1
    code, out, _ = run("stock", "count", "enter", count, "BRS", "88", "--reason", "susut", "--json")
    assert code == 0 and json.loads(out)["difference"] == -2
    assert run("stock", "count", "submit", count)[0] == 0
    code, out, _ = run("stock", "count", "post", count, "--json", user="pejabat")
    assert code == 0 and json.loads(out)["status"] == "diposting"
    assert json.loads(run("stock", "balance", "--item", "BRS", "--json")[1])[0]["on_hand"] == 88

    csv_path = tmp_path / "saldo.csv"
    csv_path.write_text("Gudang,Kode Barang,Jumlah\nLS1,BRS,25\nLS1,NOPE,1\n", encoding="utf-8")
    code, _, err = run("stock", "import", str(csv_path))
    assert code == 1 and "baris 3, kolom B (Kode Barang)" in err
    csv_path.write_text("Gudang,Kode Barang,Jumlah\nLS1,BRS,25\n", encoding="utf-8")
    code, out, _ = run("stock", "import", str(csv_path), "--json")
    assert code == 0 and json.loads(out)["rows"] == 1
    out_path = tmp_path / "stok.xlsx"
    assert run("stock", "export", str(out_path))[0] == 0 and out_path.exists()


def test_a_writeoff_record_is_listed_reprinted_and_verified_like_any_paper(run, env, tmp_path, monkeypatch):
    """Through the kinds registry (tagana_app.doc_kinds): `documents`, `print again` and `verify` know the
    Berita Acara Penghapusan that the stock part prints, as they know the papers of a dispatch."""
    from tagana_app import verification

    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "dokumen"))
    assert run("stock", "receive", "GDG", "BRS", "100")[0] == 0
    number = json.loads(run("stock", "writeoff", "GDG", "BRS", "10", "--reason", "basah", "--json")[1])["number"]
    assert run("stock", "writeoff-approve", number, *DECREE, user="pejabat")[0] == 0
    assert run("setting", "set", "office.head_name", "Dra. Wulan Contoh, M.Si.", user="admin")[0] == 0
    assert run("stock", "writeoff-print", number, "-o", str(tmp_path / "ba.pdf"))[0] == 0
    code, out, _ = run("documents", "--type", "penghapusan", "--json")
    assert code == 0 and [(d["number"], d["doc_type_label"]) for d in json.loads(out)] == [
        (number, "Berita Acara Penghapusan")]
    code, out, _ = run("print", "again", number, "--json")
    again = json.loads(out)
    assert code == 0 and again["copy_no"] == 1 and again["doc_type"] == "penghapusan"
    assert "SALINAN ke-1" in PdfReader(again["path"]).pages[0].extract_text()
    code, out, _ = run("verify", again["payload"])
    assert code == 0 and "ASLI" in out and "Jenis: Berita Acara Penghapusan" in out
    with env.db.read() as s:
        original = verification.list_prints(s, number)[0]
    code, out, _ = run("verify", original.payload, "--json")
    assert code == 0 and json.loads(out)["matches"] is True
    code, _, err = run("print", "again", number, user="pemantau")
    assert code == 1 and "tidak berwenang" in err


def test_print_doc_prints_the_original_first_then_copies(run, env, tmp_path, monkeypatch):
    """`tagana print doc NUMBER` prints any numbered paper by its number: the first time its original, then a
    SALINAN of that original; the code printed on the page verifies."""
    import re

    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "dokumen"))
    assert run("stock", "receive", "GDG", "BRS", "100")[0] == 0
    number = json.loads(run("stock", "writeoff", "GDG", "BRS", "10", "--reason", "basah", "--json")[1])["number"]
    assert run("stock", "writeoff-approve", number, *DECREE, user="pejabat")[0] == 0
    assert run("setting", "set", "office.head_name", "Dra. Wulan Contoh, M.Si.", user="admin")[0] == 0
    code, out, err = run("print", "doc", number, "-o", str(tmp_path / "asli.pdf"), "--json")
    assert code == 0 and json.loads(out)["copy_no"] == 0, err
    code, out, err = run("print", "doc", number, "-o", str(tmp_path / "salinan.pdf"))
    assert code == 0 and "SALINAN ke-1" in out, err
    original = [p.extract_text() for p in PdfReader(tmp_path / "asli.pdf").pages]
    copy = [p.extract_text() for p in PdfReader(tmp_path / "salinan.pdf").pages]
    assert not any("SALINAN" in p for p in original) and all("Salinan sesuai dengan aslinya" in p for p in copy)
    typed = re.search(r"Kode verifikasi: ([A-Z2-7]{5}-[A-Z2-7]{5})", copy[-1]).group(1)
    code, out, _ = run("verify", typed)
    assert code == 0 and "ASLI" in out
