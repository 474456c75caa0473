"""The Berita Acara Penghapusan prints through the one print pipeline: the kind's role check and a print
record for every print, a number given by hand included; a --ref may not be another paper's number."""

from __future__ import annotations

import os

import pytest

from inventory import stock, writeoffs
from inventory import writeoff_papers as stock_documents
from inventory.stock import IssueLine, ReceiveLine
from tagana_app import clock, numbering, settings, verification
from tagana_app.errors import PermissionDenied
from tagana_app.numbering import OtherKindsNumber


def _approved(env, ref: str | None = None) -> str:  # noqa: ANN001
    env.db.write(lambda s: settings.set_office(s, env.users["admin"], {settings.HEAD_NAME: "Dra. Wulan Contoh, M.Si."}))
    info = env.db.write(lambda s: writeoffs.request_writeoff(s, env.gudang, "GDG", [IssueLine("BRS", 5)],
                                                             reason_kind="rusak", reason="basah", number=ref))
    env.db.write(lambda s: writeoffs.approve_writeoff(
        s, env.pejabat, info.number, decree=writeoffs.Decree("900/12/BT/2026", clock.today(), "Bupati Bengkulu Tengah"),
        method="dimusnahkan"))
    return info.number


def test_a_writeoff_with_a_number_given_by_hand_is_printed_and_recorded_like_any_paper(env, users, tmp_path):
    env.db.write(lambda s: stock.receive_goods(s, env.gudang, "GDG", [ReceiveLine("BRS", 50)], source="kemensos",
                                               doc_number="SJ/KEMENSOS/2026/77"))  # an outside reference
    number = _approved(env, ref="BAPH-MANUAL-7")
    docs = tmp_path / "dokumen"
    with pytest.raises(PermissionDenied):
        env.db.write(lambda s: stock_documents.print_writeoff(s, users["pemantau"], number, out=tmp_path / "a.pdf",
                                                               directory=docs))
    assert not (tmp_path / "a.pdf").exists() and not docs.exists()
    first = env.db.write(lambda s: stock_documents.print_writeoff(s, env.gudang, number, out=tmp_path / "a.pdf",
                                                                   directory=docs))
    second = env.db.write(lambda s: stock_documents.print_writeoff(s, env.pejabat, number, directory=docs))
    assert (first.copy_no, second.copy_no) == (0, 1) and first.path == str(tmp_path / "a.pdf")
    assert sorted(os.listdir(docs)) == ["berita-acara-penghapusan_BAPH-MANUAL-7_asli.pdf",
                                    "berita-acara-penghapusan_BAPH-MANUAL-7_salinan-1.pdf"]
    with env.db.read() as s:
        prints = verification.list_prints(s, number)
        record = numbering.get_number(s, number)
    assert [(p.copy_no, p.printed_by) for p in prints] == [(0, "gudang"), (1, "pejabat")]
    assert (record.doc_type, record.seq, record.print_count) == ("penghapusan", 1, 2)
    assert _approved(env).startswith("002/BAPH/")  # the automatic numbers go on after the hand-given one


def test_a_ref_of_another_kind_of_the_offices_papers_is_refused(env):
    receipt = env.db.write(lambda s: stock.receive_goods(s, env.gudang, "GDG", [ReceiveLine("BRS", 50)],
                                                         source="kemensos")).doc_number
    assert "/BAPB/" in receipt
    for attempt in (
        lambda s: writeoffs.request_writeoff(s, env.gudang, "GDG", [IssueLine("BRS", 5)], reason_kind="rusak",
                                             reason="basah", number=receipt),
        lambda s: stock.issue_goods(s, env.gudang, "GDG", [IssueLine("BRS", 1)], recipient="Posko",
                                    doc_number=receipt),
    ):
        with pytest.raises(OtherKindsNumber, match="Berita Acara Penerimaan Barang"):
            env.db.write(attempt)
    # The same kind (another receipt on that paper) and an outside reference are fine.
    env.db.write(lambda s: stock.receive_goods(s, env.gudang, "GDG", [ReceiveLine("BRS", 5)],
                                               source="kemensos", doc_number="BAST/KEMENSOS/12"))


def test_a_changed_writeoff_gets_a_new_berita_acara_that_replaces_the_first(env, tmp_path):
    """A SALINAN of a Berita Acara Penghapusan is its original; when the write-off's record changed after
    printing, the reprint is refused and a new number, which names the one it replaces, is taken instead."""
    from pypdf import PdfReader
    from sqlalchemy import update

    from inventory.models import WriteOff
    from tagana_app import printing, snapshots

    env.db.write(lambda s: stock.receive_goods(s, env.gudang, "GDG", [ReceiveLine("BRS", 50)], source="kemensos"))
    number = _approved(env)
    first = env.db.write(lambda s: stock_documents.print_writeoff(s, env.gudang, number, directory=tmp_path))
    env.db.write(lambda s: s.execute(update(WriteOff).where(WriteOff.number == number)
                                     .values(reason="basah dan berjamur")))
    with pytest.raises(snapshots.RecordChanged, match="Uraian: tercetak basah, di basis data basah dan berjamur"):
        env.db.write(lambda s: printing.reprint(s, env.gudang, number, directory=tmp_path))
    new = env.db.write(lambda s: printing.reprint(s, env.gudang, number, directory=tmp_path, new=True))
    assert new.number.startswith("002/BAPH/") and new.copy_no == 0
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(new.path).pages)
    assert "basah dan berjamur" in text and f"Menggantikan dokumen nomor {number}" in text
    assert f"Nomor: {new.number}" in text
    copy = env.db.write(lambda s: printing.reprint(s, env.pejabat, new.number, directory=tmp_path))
    assert copy.copy_no == 1
    with env.db.read() as s:
        assert printing.verify_document(s, new.code).matches
        assert printing.verify_document(s, first.code).replaced_by == new.number


def test_the_proposer_signs_with_the_nip_rank_and_position_of_their_user_record(env, tmp_path):
    from pypdf import PdfReader

    from tagana_app import accounts
    env.db.write(lambda s: stock.receive_goods(s, env.gudang, "GDG", [ReceiveLine("BRS", 50)], source="kemensos"))
    env.db.write(lambda s: accounts.update_user(s, env.users["admin"], "gudang", nip="199002202015032003",
                                                rank="Penata Muda (III/a)", position="Pengurus Barang Pengguna"))
    number = _approved(env)
    path = env.db.write(lambda s: stock_documents.print_writeoff(s, env.gudang, number, directory=tmp_path)).path
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]
    text = " ".join(pages)
    assert "NIP : 199002202015032003" in text and "Penata Muda (III/a)" in text
    assert "Jabatan : Pengurus Barang Pengguna" in text and "NIP. 199002202015032003" in text
    # the sentence that ends "sebagai berikut:" shares its page with the table it announces
    lead = next(page for page in pages if "sebagai berikut:" in page)
    assert "Jumlah" in lead.split("sebagai berikut:", 1)[1]
