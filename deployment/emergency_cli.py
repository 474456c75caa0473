"""`tagana incident status|extend|statuses`: an incident's emergency status with its decree, and its history."""

from __future__ import annotations

from typing import Any

from deployment import emergency, incidents
from deployment.models import EMERGENCY_STATUSES
from tagana_app.cli_support import Context


def entry_text(e: emergency.StatusEntry) -> str:
    period = f"{e.valid_from} s.d. {e.valid_to}" if e.valid_to else f"mulai {e.valid_from}"
    decree = (f"SK {e.decree_number}" + (f" tanggal {e.decree_date}" if e.decree_date else "")
              + (f" oleh {e.issuer}" if e.issuer else "")) if e.decree_number else "tanpa SK"
    return f"{e.kind_label}: {e.status_label}, {period}; {decree} (dicatat {e.recorded_by})"


def _emit(ctx: Context, number: str, entry: emergency.StatusEntry, verb: str) -> None:
    ctx.emit(entry, text=f"{verb} {number.upper()}: {entry_text(entry)}")


def cmd_status(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    entry = ctx.db.write(lambda s: emergency.set_status(
        s, actor, a.number, a.status, a.decree_number or "", a.decree_date, a.issuer or "", a.valid_from, a.valid_to))
    _emit(ctx, a.number, entry, "Status kejadian")


def cmd_extend(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    entry = ctx.db.write(lambda s: emergency.extend_status(s, actor, a.number, a.to, a.decree_number, a.decree_date))
    _emit(ctx, a.number, entry, "Status kejadian diperpanjang")


def cmd_statuses(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as s:
        record = incidents.get_incident(s, ctx.args.number)
        history = emergency.status_history(s, record.number)
    ctx.emit(history, text="\n".join([f"Riwayat status {record.number} {record.name}:",
                                      *(f"  {entry_text(e)}" for e in history)]))


def register(inc: Any, date_arg: Any) -> None:
    """Add the commands under `tagana incident` (``date_arg``: the date option type of deployment.cli)."""
    p = inc.add_parser("status", help="tetapkan status darurat dengan SK dan masa berlakunya")
    p.add_argument("number", metavar="NOMOR")
    p.add_argument("--status", required=True, help=", ".join(EMERGENCY_STATUSES.values()))
    p.add_argument("--decree-number", metavar="NOMOR_SK")
    p.add_argument("--decree-date", type=date_arg, metavar="TANGGAL")
    p.add_argument("--issuer", metavar="PENERBIT", help="mis. Bupati Bengkulu Tengah")
    p.add_argument("--from", dest="valid_from", type=date_arg, metavar="TANGGAL",
                   help="awal masa status (bawaan: tanggal SK)")
    p.add_argument("--to", dest="valid_to", type=date_arg, metavar="TANGGAL", help="akhir masa status")
    p.set_defaults(func=cmd_status)
    p = inc.add_parser("extend", help="perpanjang status darurat yang berjalan dengan SK baru")
    p.add_argument("number", metavar="NOMOR")
    p.add_argument("--to", required=True, type=date_arg, metavar="TANGGAL", help="akhir masa yang baru")
    p.add_argument("--decree-number", required=True, metavar="NOMOR_SK")
    p.add_argument("--decree-date", required=True, type=date_arg, metavar="TANGGAL")
    p.set_defaults(func=cmd_extend)
    p = inc.add_parser("statuses", help="riwayat status darurat dan perpanjangannya")
    p.add_argument("number", metavar="NOMOR")
    p.set_defaults(func=cmd_statuses)

