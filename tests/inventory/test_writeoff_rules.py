"""The rules of a write-off: nobody decides their own request; "rusak berat" takes only units in that
condition (a unit in "rusak ringan" has its condition changed first); "kedaluwarsa" only expired
batches.  The Berita Acara Penghapusan shows the value of lines whose batch has a price."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from inventory import equipment, queries, writeoff_papers, writeoffs
from inventory.errors import UnitNotWrittenOffAsDamaged, WriteOffNotExpired
from inventory.stock import IssueLine, ReceiveLine
from tagana_app import clock, settings
from tagana_app.errors import OwnWorkRefused

from .conftest import check_invariants, days
from .test_operations import receive, refused

pytestmark = pytest.mark.dates  # expiry and decree dates at the calendar's edges too


def test_an_admin_cannot_approve_or_reject_his_own_writeoff(env):
    admin = env.users["admin"]
    receive(env, "GDG", ReceiveLine("BRS", 50))
    number = env.db.write(lambda s: writeoffs.request_writeoff(s, admin, "GDG", [IssueLine("BRS", 20)],
                                                               reason_kind="hilang", reason="dicuri")).number
    error = refused(env, OwnWorkRefused, lambda s: writeoffs.approve_writeoff(s, admin, number))
    assert f"tidak boleh menyetujui penghapusan {number} atas pekerjaannya sendiri" in str(error)
    assert "yang berwenang: pejabat atau admin, selain 'admin'" in str(error)
    refused(env, OwnWorkRefused, lambda s: writeoffs.reject_writeoff(s, admin, number, remarks="batal"))
    with env.db.read() as s:
        info = writeoffs.get_writeoff(s, number)
        assert info.status == "diajukan" and not writeoffs.may_decide(admin, info)
        assert writeoffs.may_decide(env.pejabat, info) and not writeoffs.may_decide(env.gudang, info)
    env.db.write(lambda s: writeoffs.approve_writeoff(s, env.pejabat, number, remarks="sesuai pemeriksaan"))
    with env.db.read() as s:
        assert writeoffs.get_writeoff(s, number).decided_by == "pejabat"
        check_invariants(s)


def test_a_unit_in_rusak_ringan_is_written_off_as_rusak_berat_only_after_its_condition_changed(env):
    receive(env, "GDG", ReceiveLine("GEN", 2, serials=("G-1", "G-2")))
    env.db.write(lambda s: equipment.set_condition(s, env.gudang, "GEN", "G-1", "rusak ringan", remarks="aki lemah"))
    for line in (IssueLine("GEN", 1, serials=("G-1",)), IssueLine("GEN", 1)):  # named, or picked
        error = refused(env, UnitNotWrittenOffAsDamaged, lambda s, line=line: writeoffs.request_writeoff(
            s, env.gudang, "GDG", [line], reason_kind="rusak", reason="mesin mati"))
        assert "G-1" in str(error) and "rusak ringan" in str(error) and "Ubah dulu kondisinya" in str(error)
    env.db.write(lambda s: equipment.set_condition(s, env.gudang, "GEN", "G-1", "rusak berat",
                                                   remarks="mesin tidak dapat diperbaiki"))
    info = env.db.write(lambda s: writeoffs.request_writeoff(s, env.gudang, "GDG", [IssueLine("GEN", 1)],
                                                             reason_kind="rusak", reason="mesin mati"))
    assert [(x.serial, x.condition) for x in info.lines] == [("G-1", "rusak berat")]
    # a lost unit is written off whatever its condition
    lost = env.db.write(lambda s: writeoffs.request_writeoff(s, env.gudang, "GDG", [IssueLine("GEN", 1)],
                                                             reason_kind="hilang", reason="dicuri"))
    assert [x.serial for x in lost.lines] == ["G-2"]
    with env.db.read() as s:
        check_invariants(s)


def test_kedaluwarsa_only_for_expired_batches(env):
    receive(env, "GDG", ReceiveLine("MSS", 10, batch="OLD", expiry=days(-1)),
            ReceiveLine("MSS", 10, batch="NEW", expiry=days(60)), ReceiveLine("BRS", 5))
    error = refused(env, WriteOffNotExpired, lambda s: writeoffs.request_writeoff(
        s, env.gudang, "GDG", [IssueLine("MSS", 3, batch="NEW")], reason_kind="kedaluwarsa", reason="lama"))
    assert "NEW" in str(error) and days(60).isoformat() in str(error)
    refused(env, WriteOffNotExpired, lambda s: writeoffs.request_writeoff(  # FEFO runs past the expired batch
        s, env.gudang, "GDG", [IssueLine("MSS", 12)], reason_kind="kedaluwarsa", reason="lama"))
    refused(env, WriteOffNotExpired, lambda s: writeoffs.request_writeoff(  # no expiry at all
        s, env.gudang, "GDG", [IssueLine("BRS", 1)], reason_kind="kedaluwarsa", reason="lama"))
    info = env.db.write(lambda s: writeoffs.request_writeoff(s, env.gudang, "GDG", [IssueLine("MSS", 10)],
                                                             reason_kind="kedaluwarsa", reason="lewat tanggal"))
    assert [(x.batch, x.quantity) for x in info.lines] == [("OLD", 10)]
    with env.db.read() as s:
        assert [(p.number, p.batch, p.quantity) for p in writeoffs.pending_lines(s, "GDG", "MSS")] == [
            (info.number, "OLD", 10)]
        assert writeoffs.pending_lines(s, "GDG", "BRS") == []
        assert queries.stock_overview(s, queries.StockFilter(item="MSS"))[0].reserved == 10


def test_the_berita_acara_penghapusan_shows_the_value_of_priced_batches(env, tmp_path):
    env.db.write(lambda s: settings.set_office(s, env.users["admin"], {settings.HEAD_NAME: "Dra. Wulan Contoh, M.Si."}))
    receive(env, "GDG", ReceiveLine("MSS", 10, batch="M1", expiry=days(-3), unit_price=12_500),
            ReceiveLine("BRS", 40, unit_price=14_000), ReceiveLine("GEN", 1, serials=("G-9",)))
    env.db.write(lambda s: equipment.set_condition(s, env.gudang, "GEN", "G-9", "rusak berat", remarks="patah"))
    number = env.db.write(lambda s: writeoffs.request_writeoff(
        s, env.gudang, "GDG", [IssueLine("MSS", 4, batch="M1"), IssueLine("GEN", 1)], reason_kind="rusak",
        reason="terendam banjir")).number
    env.db.write(lambda s: writeoffs.approve_writeoff(
        s, env.pejabat, number, method="dimusnahkan",
        decree=writeoffs.Decree("900/12/BT/2026", clock.today(), "Bupati Bengkulu Tengah")))
    doc = env.db.write(lambda s: writeoff_papers.print_writeoff(s, env.pejabat, number, out=tmp_path / "ba.pdf",
                                                                directory=tmp_path / "dokumen"))
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(doc.path).pages)
    assert "Harga Satuan (Rp)" in text and "Nilai (Rp)" in text
    assert "4 paket 12.500 50.000" in text  # quantity, unit, price, value of the priced line
    assert "1 unit - -" in text  # the genset's batch has no price
    assert "Jumlah nilai 50.000" in text
    assert "menurut harga satuan batchnya Rp 50.000 (1 baris tanpa harga tidak dihitung)" in text
    # the decree's value, when recorded, is what the sentence states; the columns stay
    other = env.db.write(lambda s: writeoffs.request_writeoff(s, env.gudang, "GDG", [IssueLine("MSS", 6, batch="M1")],
                                                              reason_kind="kedaluwarsa", reason="lewat")).number
    env.db.write(lambda s: writeoffs.approve_writeoff(
        s, env.pejabat, other, method="dimusnahkan", value=60_000,
        decree=writeoffs.Decree("900/13/BT/2026", clock.today(), "Bupati Bengkulu Tengah")))
    doc = env.db.write(lambda s: writeoff_papers.print_writeoff(s, env.pejabat, other, out=tmp_path / "ba2.pdf",
                                                                directory=tmp_path / "dokumen"))
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(doc.path).pages)
    assert "seluruhnya Rp 60.000" in text and "6 paket 12.500 75.000" in text and "Jumlah nilai 75.000" in text


def test_an_unpriced_writeoff_paper_has_no_value_columns(env, tmp_path):
    env.db.write(lambda s: settings.set_office(s, env.users["admin"], {settings.HEAD_NAME: "Dra. Wulan Contoh, M.Si."}))
    receive(env, "GDG", ReceiveLine("BRS", 40))
    number = env.db.write(lambda s: writeoffs.request_writeoff(s, env.gudang, "GDG", [IssueLine("BRS", 5)],
                                                               reason_kind="rusak", reason="basah")).number
    env.db.write(lambda s: writeoffs.approve_writeoff(
        s, env.pejabat, number, method="dimusnahkan",
        decree=writeoffs.Decree("900/12/BT/2026", clock.today(), "Bupati Bengkulu Tengah")))
    doc = env.db.write(lambda s: writeoff_papers.print_writeoff(s, env.pejabat, number, out=tmp_path / "ba.pdf",
                                                                directory=tmp_path / "dokumen"))
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(doc.path).pages)
    assert "Harga Satuan" not in text and "karena rusak berat" in text and "tidak tercatat" in text


def test_on_the_command_line_an_admin_cannot_approve_his_own_writeoff(env, db_url, monkeypatch, capsys):
    import json

    from tests.conftest import cli_runner

    run = cli_runner(db_url, monkeypatch, capsys, "admin")
    receive(env, "GDG", ReceiveLine("BRS", 50))
    code, out, _ = run("stock", "writeoff", "GDG", "BRS", "10", "--kind", "hilang", "--reason", "dicuri", "--json")
    number = json.loads(out)["number"]
    code, out, err = run("stock", "writeoff-approve", number)
    assert code == 1 and not out and f"menyetujui penghapusan {number} atas pekerjaannya sendiri" in err
    assert "yang berwenang: pejabat atau admin, selain 'admin'" in err
    code, _, err = run("stock", "writeoff-reject", number, "--reason", "batal")
    assert code == 1 and f"menolak penghapusan {number} atas pekerjaannya sendiri" in err
    assert run("stock", "writeoff-approve", number, user="pejabat")[0] == 0
