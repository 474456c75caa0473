"""Equipment lent outside incidents (inventory.loans): out with a due date, overdue after it, back only
through its loan with its condition recorded, and its two papers."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

import deployment.dispatch.loan_papers  # noqa: F401  (attaches the kinds the loans print under)
from deployment.dispatch import returns as dispatch_returns
from deployment.reports import dashboard
from inventory import equipment, loans, stock
from inventory.errors import NotReversible, SerialInUse, SerialNotAvailable, SerialOutOnLoan
from inventory.models import EquipmentEvent, StockMovement
from inventory.stock import ReceiveLine
from tagana_app import clock, printing
from tagana_app.errors import NotFound, PermissionDenied, ValidationError

from .conftest import check_invariants, snapshot

pytestmark = pytest.mark.dates


@pytest.fixture
def lent_env(env):
    env.db.write(lambda s: stock.receive_goods(s, env.gudang, "GDG", [ReceiveLine("GEN", 3, serials=("G1", "G2", "G3"))],
                                               source="apbd"))
    return env


def lend(env, *serials, due_days=7, **kw):
    due = clock.today() + timedelta(days=due_days)
    kw.setdefault("borrower", "Kantor Desa Pagar Jati")
    return env.db.write(lambda s: loans.lend_units(s, env.gudang, "GDG", "GEN", serials, due=due, **kw))


def test_a_loan_takes_the_units_out_under_its_number_and_brings_them_back_with_their_condition(lent_env):
    env = lent_env
    loan = lend(env, "G1", "G2", office="Desa Pagar Jati", contact="Sutrisno", contact_position="Kepala Desa",
                purpose="Pasar murah desa")
    assert loan.number.split("/")[1] == "BAPP" and loan.units_out == 2 and not loan.overdue
    with env.db.read() as s:
        unit = equipment.get_unit(s, "GEN", "G1")
        assert (unit.status, unit.loan_ref) == ("dipinjam", loan.number)
        out = s.scalars(select(StockMovement).where(StockMovement.doc_number == loan.number)).all()
        assert [(m.kind, m.qty_out, m.doc_type) for m in out] == [("issue", 1, "pinjam_pakai")] * 2
        assert out[0].counterparty == "Kantor Desa Pagar Jati (Desa Pagar Jati)"
        check_invariants(s)
    done = env.db.write(lambda s: loans.return_loan_units(s, env.gudang, loan.number, ["G1"], "rusak ringan",
                                                          remarks="tangki bocor"))
    assert done.number.split("/")[1] == "BAKB" and done.loan.units_out == 1 and done.loan.status == "dipinjam"
    back = next(u for u in done.loan.units if u.serial == "G1")
    assert (back.condition_out, back.condition_back, back.return_number) == ("baik", "rusak ringan", done.number)
    with env.db.read() as s:
        unit = equipment.get_unit(s, "GEN", "G1")
        assert (unit.status, unit.warehouse, unit.condition, unit.loan_ref) == ("gudang", "GDG", "rusak ringan", "")
        event = s.scalar(select(EquipmentEvent).where(EquipmentEvent.kind == "kondisi"))
        assert (event.old_value, event.new_value) == ("baik", "rusak ringan")
        m = s.scalar(select(StockMovement).where(StockMovement.doc_number == done.number))
        assert (m.kind, m.qty_in, m.source) == ("return", 1, "return")
        check_invariants(s)
    last = env.db.write(lambda s: loans.return_loan_units(s, env.gudang, loan.number, ["G2"]))
    assert last.loan.status == "selesai" and last.loan.units_out == 0


def test_overdue_after_the_due_date_in_the_list_the_out_list_and_the_dashboard(lent_env, clock_at):
    env = lent_env
    clock_at.set("2026-12-31T10:00")
    loan = lend(env, "G1", due_days=0)  # due today, 31 December
    later = lend(env, "G2", due_days=30)
    with env.db.read() as s:
        assert loans.list_loans(s, overdue=True) == []
        assert dashboard.load_dashboard(s).figure("overdue").value == 0
    clock_at.set("2027-01-01T08:00")  # the next day, a new year
    with env.db.read() as s:
        overdue = loans.list_loans(s, overdue=True)
        assert [x.number for x in overdue] == [loan.number] and overdue[0].days_late == 1
        assert len(loans.list_loans(s)) == 2
        out = [o for o in dispatch_returns.equipment_out(s) if o.loan]
        assert {(o.dispatch, o.serials, o.overdue) for o in out} == {(loan.number, ("G1",), True),
                                                                      (later.number, ("G2",), False)}
        assert [o.dispatch for o in dispatch_returns.equipment_out(s, overdue_only=True)] == [loan.number]
        assert dashboard.load_dashboard(s).figure("overdue").value == 1
    env.db.write(lambda s: loans.return_loan_units(s, env.gudang, loan.number, ["G1"]))
    with env.db.read() as s:
        assert loans.list_loans(s, overdue=True) == []
        assert dashboard.load_dashboard(s).figure("overdue").value == 0


def test_a_unit_on_loan_cannot_be_lent_again_nor_received_nor_reversed(lent_env):
    env = lent_env
    loan = lend(env, "G1")
    before = snapshot(env.db)
    with pytest.raises(SerialNotAvailable, match=f"sedang dipinjam \\({loan.number}\\)"):
        lend(env, "G1", borrower="Kecamatan Taba Penanjung")
    for source in ("apbd", "return"):  # a plain receipt, and a receipt of goods coming back
        with pytest.raises((SerialInUse, SerialOutOnLoan), match=loan.number):
            env.db.write(lambda s, src=source: stock.receive_goods(
                s, env.gudang, "GDG", [ReceiveLine("GEN", 1, serials=("G1",))], source=src))
    with env.db.read() as s:
        out_id = s.scalar(select(StockMovement.id).where(StockMovement.doc_number == loan.number))
    with pytest.raises(NotReversible, match="melalui pinjam pakainya"):
        env.db.write(lambda s: stock.reverse_movement(s, env.gudang, out_id, "salah catat"))
    with pytest.raises(ValidationError, match="tidak sedang dipinjam dalam pinjam pakai"):
        env.db.write(lambda s: loans.return_loan_units(s, env.gudang, loan.number, ["G2"]))
    assert snapshot(env.db) == before


def test_refusals_say_what_is_wrong(lent_env, clock_at):
    env = lent_env
    before = snapshot(env.db)
    with pytest.raises(ValidationError, match="sebelum tanggal pinjam"):
        lend(env, "G1", due_days=-1)
    with pytest.raises(ValidationError, match="Peminjam wajib diisi"):
        lend(env, "G1", borrower=" ")
    with pytest.raises(ValidationError, match="paling sedikit satu unit"):
        lend(env)
    with pytest.raises(ValidationError, match="bernomor seri"):
        env.db.write(lambda s: loans.lend_units(s, env.gudang, "GDG", "VEL", ["X"], borrower="Desa",
                                                due=clock.today()))
    with pytest.raises(ValidationError, match="belum terjadi"):
        lend(env, "G1", lent_on=clock.today() + timedelta(days=1), due_days=3)
    with pytest.raises(ValidationError, match="alasan"):
        lend(env, "G1", lent_on=clock.today() - timedelta(days=1))
    with pytest.raises(PermissionDenied):
        env.db.write(lambda s: loans.lend_units(s, env.users["pemantau"], "GDG", "GEN", ["G1"], borrower="Desa",
                                                due=clock.today()))
    with pytest.raises(NotFound):
        env.db.write(lambda s: loans.return_loan_units(s, env.gudang, "TIDAK-ADA", ["G1"]))
    assert snapshot(env.db) == before


def test_the_papers_print_through_the_registry_original_then_copy(lent_env, signers, tmp_path):
    env = lent_env
    loan = lend(env, "G1", "G3", office="Desa Pagar Jati", contact="Sutrisno", contact_position="Kepala Desa",
                purpose="Pasar murah desa")
    lent = env.db.write(lambda s: printing.reprint(s, env.gudang, loan.number, directory=tmp_path))
    text = "".join(p.extract_text() for p in PdfReader(lent.path).pages)
    assert "BERITA ACARA PINJAM PAKAI" in text and loan.number in text and "Sutrisno" in text
    assert "G1" in text and "G3" in text and "Pasar murah desa" in text and lent.copy_no == 0
    done = env.db.write(lambda s: loans.return_loan_units(s, env.gudang, loan.number, ["G3"], "rusak ringan"))
    back = env.db.write(lambda s: printing.reprint(s, env.gudang, done.number, directory=tmp_path))
    text = " ".join("".join(p.extract_text() for p in PdfReader(back.path).pages).split())
    assert "BERITA ACARA PENGEMBALIAN" in text and done.number in text and "Rusak ringan" in text
    assert "G1" not in text
    # the Pinjam Pakai's record did not change with the return: a copy, not a refusal
    again = env.db.write(lambda s: printing.reprint(s, env.gudang, loan.number, directory=tmp_path))
    assert again.copy_no == 1
    with env.db.read() as s:  # the QR codes check against the record
        assert printing.verify_document(s, lent.code).matches and printing.verify_document(s, back.code).matches


def test_the_loan_commands(run, lent_env, signers, tmp_path):
    due = (clock.today() + timedelta(days=2)).isoformat()
    code, out, _err = run("--json", "loan", "out", "GDG", "GEN", "--serial", "G1", "--serial", "G2", "--to",
                          "Pemerintah Desa Pagar Jati", "--office", "Desa Pagar Jati", "--due", due)
    assert code == 0, out
    number = json.loads(out)["number"]
    before = snapshot(lent_env.db)
    assert run("loan", "out", "GDG", "GEN", "--serial", "G1", "--to", "Desa lain", "--due", due)[0] == 1
    assert run("loan", "out", "GDG", "GEN", "--to", "Desa lain")[0] == 2  # no --serial, no --due
    assert run("loan", "return", number, "--serial", "G3")[0] == 1  # not on this loan
    assert snapshot(lent_env.db) == before
    code, out, _err = run("print", "doc", number, "-o", str(tmp_path / "bapp.pdf"))
    assert code == 0 and "BERITA ACARA PINJAM PAKAI" in PdfReader(tmp_path / "bapp.pdf").pages[0].extract_text()
    code, out, _err = run("--json", "loan", "return", number, "--serial", "G2", "--condition", "rusak ringan")
    assert code == 0 and json.loads(out)["loan"]["units_out"] == 1
    back = json.loads(out)["number"]
    assert run("print", "doc", back, "-o", str(tmp_path / "bakb.pdf"))[0] == 0
    code, out, _err = run("--json", "loan", "list", "--overdue")
    assert code == 0 and json.loads(out) == []
    code, out, _err = run("loan", "list")
    assert code == 0 and number in out and "1/2" in out
