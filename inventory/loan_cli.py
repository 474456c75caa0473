"""`tagana loan ...`: equipment lent outside incidents (pinjam pakai) and its return (inventory.loans)."""

from __future__ import annotations

import argparse
import dataclasses
from datetime import date
from typing import Any

from inventory import loans
from inventory.models import CONDITIONS
from tagana_app.cli_support import Context


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"tanggal '{text}' tidak valid, gunakan YYYY-MM-DD") from None


def _plain(loan: loans.LoanInfo) -> dict[str, Any]:
    return {**dataclasses.asdict(loan), "units_out": loan.units_out, "overdue": loan.overdue,
            "days_late": loan.days_late}


def _loan_text(loan: loans.LoanInfo) -> str:
    lines = [f"Pinjam pakai {loan.number} ({loan.lent_on:%d-%m-%Y}, wajib kembali {loan.due_on:%d-%m-%Y}): "
             f"{loans.counterparty(loan)}, dari {loan.warehouse}" + (f"; {loan.purpose}" if loan.purpose else "")]
    for u in loan.units:
        back = (f"kembali {u.returned_on:%d-%m-%Y} {u.condition_back} ({u.return_number})" if u.returned_on
                else "masih dipinjam")
        lines.append(f"  {u.item} {u.serial}: keluar {u.condition_out}; {back}")
    if loan.overdue:
        lines.append(f"  TERLAMBAT {loan.days_late} hari")
    return "\n".join(lines)


def cmd_out(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    loan = ctx.db.write(lambda s: loans.lend_units(
        s, actor, a.warehouse, a.item, a.serial or (), borrower=a.to, due=a.due, office=a.office or "",
        contact=a.contact or "", contact_position=a.position or "", purpose=a.purpose or "",
        remarks=a.remarks or "", lent_on=a.date, backdate_reason=a.reason or ""))
    ctx.emit(_plain(loan), text=_loan_text(loan) + f"\nCetak Berita Acara: tagana print doc {loan.number}")


def cmd_return(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    done = ctx.db.write(lambda s: loans.return_loan_units(
        s, actor, a.number, a.serial or (), a.condition, remarks=a.remarks or "", when=a.date,
        backdate_reason=a.reason or ""))
    ctx.emit({"number": done.number, "loan": _plain(done.loan)},
             text=f"Berita Acara Pengembalian {done.number} dicatat.\n{_loan_text(done.loan)}\n"
                  f"Cetak Berita Acara: tagana print doc {done.number}")


def cmd_list(ctx: Context) -> None:
    ctx.actor()
    a = ctx.args
    with ctx.db.read() as s:
        found = loans.list_loans(s, overdue=a.overdue, open_only=a.open, warehouse=a.warehouse)
    if ctx.json:
        ctx.emit([_plain(x) for x in found])
        return
    rows = [{"number": x.number, "warehouse": x.warehouse, "borrower": loans.counterparty(x), "items": x.items,
             "out": f"{x.units_out}/{len(x.units)}", "lent_on": x.lent_on, "due_on": x.due_on,
             "status": f"TERLAMBAT {x.days_late} hari" if x.overdue else x.status} for x in found]
    ctx.emit_table(rows, [("number", "NOMOR"), ("warehouse", "GUDANG"), ("borrower", "PEMINJAM"),
                          ("items", "BARANG"), ("out", "DI LUAR"), ("lent_on", "TANGGAL"), ("due_on", "WAJIB KEMBALI"),
                          ("status", "STATUS")])


def cmd_show(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as s:
        loan = loans.get_loan(s, ctx.args.number)
    ctx.emit(_plain(loan), text=_loan_text(loan))


def register(sub: Any) -> None:
    """Add `tagana loan` (its one-line help is in tagana_app/cli.py's COMMANDS)."""
    lp = sub.add_parser("loan").add_subparsers(dest="loan_cmd", required=True)
    p = lp.add_parser("out", help="pinjamkan unit peralatan kepada kantor atau desa (Berita Acara Pinjam Pakai)")
    p.add_argument("warehouse", metavar="GUDANG")
    p.add_argument("item", metavar="BARANG")
    p.add_argument("--serial", action="append", required=True, metavar="S", help="nomor seri (sekali per unit)")
    p.add_argument("--to", required=True, metavar="NAMA", help="peminjam")
    p.add_argument("--due", required=True, type=_date, metavar="YYYY-MM-DD", help="tanggal wajib kembali")
    p.add_argument("--office", metavar="TEKS", help="kantor atau desa peminjam")
    p.add_argument("--contact", metavar="NAMA", help="penanggung jawab peminjam (menandatangani)")
    p.add_argument("--position", metavar="TEKS", help="jabatan penanggung jawab")
    p.add_argument("--purpose", metavar="TEKS", help="keperluan")
    p.add_argument("--remarks", metavar="TEKS")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="tanggal pinjam (tanpa ini: hari ini)")
    p.add_argument("--reason", metavar="TEKS", help="alasan tanggal mundur")
    p.set_defaults(func=cmd_out)
    p = lp.add_parser("return", help="terima kembali unit pinjam pakai (Berita Acara Pengembalian)")
    p.add_argument("number", metavar="NOMOR")
    p.add_argument("--serial", action="append", required=True, metavar="S", help="nomor seri (sekali per unit)")
    p.add_argument("--condition", default="baik", choices=CONDITIONS)
    p.add_argument("--remarks", metavar="TEKS")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="tanggal kembali (tanpa ini: hari ini)")
    p.add_argument("--reason", metavar="TEKS", help="alasan tanggal mundur")
    p.set_defaults(func=cmd_return)
    p = lp.add_parser("list", help="daftar pinjam pakai")
    p.add_argument("--overdue", action="store_true", help="hanya yang terlambat kembali")
    p.add_argument("--open", action="store_true", help="hanya yang unitnya masih di luar")
    p.add_argument("--warehouse", metavar="GUDANG")
    p.set_defaults(func=cmd_list)
    p = lp.add_parser("show", help="rincian pinjam pakai")
    p.add_argument("number", metavar="NOMOR")
    p.set_defaults(func=cmd_show)
