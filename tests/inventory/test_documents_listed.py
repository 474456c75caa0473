"""Every paper is listed with its title and found by its warehouse or other party, wherever it was printed:
the print pipeline registers the stock papers (receipt, issue, transfer, write-off) like a dispatch's."""

from __future__ import annotations

import json
from datetime import timedelta

from inventory import papers, stock, transfers, writeoff_papers, writeoffs
from inventory.stock import IssueLine, ReceiveLine
from tagana_app import issued_documents, printing

from .conftest import TODAY
from .test_stock_papers import _receipt, office  # noqa: F401 - the office with its Kepala Dinas and pengurus barang

WAREHOUSE = "Gudang Dinsos Kab. Bengkulu Tengah"
SENDER = "Kementerian Sosial RI, Direktorat PSKBA"


def _papers(env, docs) -> dict[str, printing.PrintedDocument]:  # noqa: ANN001
    """A receipt, an issue, a transfer and an approved write-off, each printed once."""
    g = env.gudang
    receipt = env.db.write(lambda s: stock.receive_goods(
        s, g, "GDG", [ReceiveLine("BRS", 500), ReceiveLine("GEN", 2, serials=("GEN-001", "GEN-002")),
                      ReceiveLine("VEL", 10)],
        source="kemensos", sender=SENDER, doc_date=TODAY - timedelta(days=2), backdate_reason="dicatat kemudian")).doc_number
    issue = env.db.write(lambda s: stock.issue_goods(s, g, "GDG", [IssueLine("BRS", 30)],
                                                     recipient="Posko Banjir Desa Srikaton")).doc_number
    transfer = env.db.write(lambda s: transfers.transfer_goods(s, g, "GDG", "LS1", [IssueLine("BRS", 100)])).doc_number
    writeoff = env.db.write(lambda s: writeoffs.request_writeoff(s, g, "GDG", [IssueLine("BRS", 5)],
                                                                 reason_kind="rusak", reason="basah")).number
    env.db.write(lambda s: writeoffs.approve_writeoff(
        s, env.pejabat, writeoff, decree=writeoffs.Decree("900/12/BT/2026", TODAY, "Bupati Bengkulu Tengah"),
        method="dimusnahkan"))
    printed = {kind: env.db.write(lambda s, n=number: papers.print_stock_paper(s, g, n, directory=docs))
               for kind, number in (("penerimaan", receipt), ("pengeluaran", issue), ("mutasi", transfer))}
    printed["penghapusan"] = env.db.write(lambda s: writeoff_papers.print_writeoff(s, g, writeoff, directory=docs))
    return printed


def test_documents_json_lists_the_stock_papers_with_their_titles(run, env, office, tmp_path):  # noqa: F811
    docs = tmp_path / "dokumen"
    printed = _papers(env, docs)
    code, out, err = run("documents", "--json")
    assert code == 0, err
    listed = {d["number"]: d for d in json.loads(out)}
    bapb, baph = printed["penerimaan"], printed["penghapusan"]
    assert listed[bapb.number]["title"] == f"Penerimaan di {WAREHOUSE} dari {SENDER}"
    assert listed[bapb.number]["doc_type_label"] == "Berita Acara Penerimaan Barang"
    assert listed[baph.number]["title"] == f"Penghapusan barang rusak berat di {WAREHOUSE}"
    assert listed[printed["pengeluaran"].number]["title"] == f"Pengeluaran dari {WAREHOUSE} kepada Posko Banjir Desa Srikaton"
    for paper in printed.values():
        entry = listed[paper.number]
        assert entry["last_path"] == str(docs / printing.file_name(paper.doc_type, paper.number, 0)), entry
        assert WAREHOUSE in entry["summary"] and entry["print_count"] == 1
    assert listed[bapb.number]["summary"].endswith("Kemensos | 4 baris | Beras | Genset 2000 W | Velbed")  # a genset per line
    assert "Rusak berat | basah | 1 baris | Beras" in listed[baph.number]["summary"]
    # The table the office reads shows the titles too.
    code, out, _ = run("documents", "--type", "penghapusan")
    assert code == 0 and baph.number in out and f"Penghapusan barang rusak berat di {WAREHOUSE}" in out
    # Printing again from the command line names the paper by its kind, number and title.
    code, out, err = run("stock", "print", bapb.number, "-o", str(tmp_path / "salinan.pdf"))
    assert code == 0, err
    assert out.startswith(f"Berita Acara Penerimaan Barang {bapb.number} (SALINAN ke-1), Penerimaan di {WAREHOUSE} "
                          f"dari {SENDER}; disimpan: {tmp_path / 'salinan.pdf'}"), out


def test_the_search_finds_a_paper_by_its_warehouse_or_other_party(env, office, tmp_path):  # noqa: F811
    printed = _papers(env, tmp_path)
    with env.db.read() as s:
        def found(text: str) -> set[str]:
            return {d.doc_type for d in issued_documents.list_documents(s, text=text) if d.print_count}
        assert found("srikaton") == {"pengeluaran"}
        assert found("karang tinggi") == {"mutasi"}
        assert found("pskba") == {"penerimaan"}
        assert found("bengkulu tengah") == set(printed)
        assert found("velbed") == {"penerimaan"}
    # A SALINAN keeps the registration and notes its file.
    again = env.db.write(lambda s: printing.reprint(s, env.gudang, printed["mutasi"].number, directory=tmp_path))
    with env.db.read() as s:
        [entry] = issued_documents.list_documents(s, text=again.number)
    assert entry.last_path == str(tmp_path / printing.file_name("mutasi", again.number, 1))
    assert entry.title == f"Mutasi antargudang dari {WAREHOUSE} ke Lumbung Sosial Karang Tinggi"
    assert entry.print_count == 2


def test_a_receipt_under_the_senders_document_is_listed_and_found_by_that_document(env, office, tmp_path):  # noqa: F811
    ref = _receipt(env)
    printed = env.db.write(lambda s: papers.print_stock_paper(s, env.gudang, ref, directory=tmp_path))
    with env.db.read() as s:
        [entry] = issued_documents.list_documents(s, text="bast/kemensos/2026/77")
    assert entry.number == printed.number and "/BAPB/" in entry.number
    assert entry.title == f"Penerimaan {ref} di {WAREHOUSE} dari {SENDER}"
