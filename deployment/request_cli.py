"""`tagana request add|decide|list|show|cancel|export` and `tagana print requests`: requests for aid
(permintaan bantuan) from the command line, on the service of ``deployment.requests``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from deployment import requests
from deployment.cli import date_arg
from deployment.models import REQUEST_STATUSES, REQUESTER_KINDS
from deployment.reports import REPORTS, ReportFilter
from tagana_app import indonesian
from tagana_app.cli_support import Context, to_plain
from tagana_app.progress import NullProgress
from tagana_app.quantities import parse_quantity


def _pair(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise argparse.ArgumentTypeError(f"'{text}': tulis KODE=NILAI")
    key, value = text.split("=", 1)
    if not key.strip():
        raise argparse.ArgumentTypeError(f"'{text}': kode kosong")
    return key.strip(), value.strip()


def _count_pair(allow_zero: bool) -> Any:
    def parse(text: str) -> tuple[str, int]:
        key, value = _pair(text)
        return key, parse_quantity(value, field=f"Jumlah {key}", allow_zero=allow_zero)
    return parse


def request_text(r: requests.RequestRecord, verb: str = "") -> str:
    head = f"{verb}: {r.number}" if verb else f"Permintaan {r.number}"
    late = f"; TERLAMBAT (batas {indonesian.long_date(r.due_on)})" if r.overdue else (
        f"; batas {indonesian.long_date(r.due_on)}" if r.is_open and r.due_on else "")
    lines = [f"{head} [{r.status_label}{late}]",
             f"  Kejadian : {r.incident} {r.incident_name}",
             f"  Pemohon  : {r.requester_name}" + (f", {r.requester_position}" if r.requester_position else "")
             + (f" ({r.requester_id_kind} {r.requester_id})" if r.requester_id else "")
             + f"; {r.requester_kind} {r.region_name} ({r.region_code})",
             f"  Surat    : {r.letter_number} tanggal {indonesian.long_date(r.letter_date)}; diterima "
             f"{indonesian.long_date(r.received_on)} oleh {r.received_by}"]
    for x in r.lines:
        decided = ""
        if x.decision:
            decided = f"; disetujui {indonesian.quantity(x.approved or 0)}" + (
                f" ({x.decision_reason})" if x.decision_reason else "")
        lines.append(f"  {x.line_no:>3}. {x.key:<10} {x.item_name}: {indonesian.quantity(x.quantity)} {x.unit}"
                     f"{decided}; dipenuhi {indonesian.quantity(x.fulfilled)}")
    for p in r.people:
        decided = ""
        if p.decision:
            decided = f"; disetujui {p.approved or 0}" + (f" ({p.decision_reason})" if p.decision_reason else "")
        lines.append(f"       relawan {p.skill_label}: {p.count} orang{decided}; bertugas {p.fulfilled}")
    if r.decided_by:
        lines.append(f"  Disposisi oleh {r.decided_by}" + (f": {r.disposition_note}" if r.disposition_note else ""))
    if r.dispatches:
        lines.append(f"  Pengiriman: {', '.join(r.dispatches)}")
    if r.cancel_reason:
        lines.append(f"  Dibatalkan oleh {r.cancelled_by}: {r.cancel_reason}")
    return "\n".join(lines)


def _write(ctx: Context, work: Any, verb: str) -> None:
    actor = ctx.actor()
    record = ctx.db.write(lambda s: work(s, actor))
    ctx.emit(record, text=request_text(record, verb))


def cmd_add(ctx: Context) -> None:
    a = ctx.args
    data = requests.RequestInput(
        incident=a.incident, requester_kind=a.kind, region_code=a.from_region, requester_name=a.requester,
        letter_number=a.letter_number, letter_date=a.letter_date, received_on=a.received,
        lines=[requests.RequestLineInput(what, qty) for what, qty in a.line or ()],
        people=dict(a.people or ()), requester_position=a.position or "", requester_id=a.id or "",
        remarks=a.remarks or "")
    _write(ctx, lambda s, actor: requests.add_request(s, actor, data), "Permintaan dicatat")


def cmd_decide(ctx: Context) -> None:
    a = ctx.args
    reasons = dict(a.reason or ())
    lines = {key: requests.Decision(qty, reasons.get(key, "")) for key, qty in a.approve or ()}
    people = {key: requests.Decision(qty, reasons.get(key, "")) for key, qty in a.people_approve or ()}
    _write(ctx, lambda s, actor: requests.decide_request(s, actor, a.number, lines=lines, people=people,
                                                         reject=a.reject, note=a.note or ""), "Permintaan diputuskan")


def cmd_cancel(ctx: Context) -> None:
    a = ctx.args
    _write(ctx, lambda s, actor: requests.cancel_request(s, actor, a.number, a.reason), "Permintaan dibatalkan")


def cmd_show(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as session:
        record = requests.get_request(session, ctx.args.number)
    ctx.emit(record, text=request_text(record))


def cmd_list(ctx: Context) -> None:
    ctx.actor()
    a = ctx.args
    with ctx.db.read() as session:
        found = requests.list_requests(session, incident=a.incident, status=a.status, overdue=a.overdue)
    if ctx.json:
        ctx.emit([to_plain(r) for r in found])
        return
    rows = [{"number": r.number, "received_on": r.received_on, "status": r.status_label,
             "incident": r.incident, "requester": f"{r.requester_name} ({r.region_name})",
             "letter": r.letter_number, "due": r.due_on, "late": "TERLAMBAT" if r.overdue else ""} for r in found]
    ctx.emit_table(rows, [("number", "NOMOR AGENDA"), ("received_on", "DITERIMA"), ("status", "STATUS"),
                          ("incident", "KEJADIAN"), ("requester", "PEMOHON"), ("letter", "SURAT"),
                          ("due", "BATAS"), ("late", "")])


def _register(ctx: Context, output: str, *, pdf: bool) -> None:
    from deployment.reports import export
    from tagana_app.pdf import load_profile

    ctx.actor()  # every role may read the register, but only a known user
    with ctx.db.read() as session:
        report = REPORTS["requests"].build(session, ReportFilter(incident=ctx.args.incident), NullProgress())
        profile = load_profile(session)
        signers = export.report_signers(session, report) if pdf else ()
    path = Path(output)
    if pdf:
        export.to_pdf(report, path, profile, signers=signers)
    else:
        export.to_xlsx(report, path, profile)
    ctx.emit({"report": "requests", "path": str(path), "requests": len(report.rows), "overdue": report.overdue},
             text=f"Register permintaan bantuan disimpan: {path} ({len(report.rows)} permintaan, "
                  f"{report.overdue} terlambat)")


def cmd_export(ctx: Context) -> None:
    _register(ctx, ctx.args.output, pdf=False)


def cmd_print(ctx: Context) -> None:
    _register(ctx, ctx.args.output, pdf=True)


def register_print(pp: Any) -> None:
    """`tagana print requests`: added to the print command of deployment.dispatch.cli."""
    p = pp.add_parser("requests", help="register permintaan bantuan (PDF)")
    p.add_argument("--incident", metavar="KEJADIAN")
    p.add_argument("-o", "--output", required=True, metavar="BERKAS")
    p.set_defaults(func=cmd_print)


def register(sub: Any) -> None:
    """Add these commands (their one-line help is in tagana_app/cli.py's COMMANDS)."""
    rq = sub.add_parser("request").add_subparsers(dest="request_cmd", required=True)
    p = rq.add_parser("add", help="catat surat permintaan bantuan yang diterima")
    p.add_argument("--incident", required=True, metavar="KEJADIAN")
    p.add_argument("--from-region", required=True, metavar="KODE", help="kode wilayah pemohon (kecamatan/desa)")
    p.add_argument("--requester", required=True, metavar="NAMA")
    p.add_argument("--position", metavar="JABATAN", help="Kepala Desa, Camat, ...")
    p.add_argument("--id", metavar="NIK/NIP", help="NIK (16 angka) atau NIP (18 angka) pemohon")
    p.add_argument("--kind", choices=tuple(REQUESTER_KINDS), default="desa")
    p.add_argument("--letter-number", required=True, metavar="NOMOR")
    p.add_argument("--letter-date", required=True, type=date_arg, metavar="TANGGAL")
    p.add_argument("--received", type=date_arg, metavar="TANGGAL", help="tanggal diterima (bawaan: hari ini)")
    p.add_argument("--line", action="append", type=_count_pair(False), metavar="BARANG_ATAU_KEBUTUHAN=JUMLAH",
                   help="kode barang, atau kebutuhan: beras, air, family_kit, dapur_umum")
    p.add_argument("--people", action="append", type=_count_pair(False), metavar="KEAHLIAN=JUMLAH")
    p.add_argument("--remarks", metavar="KETERANGAN")
    p.set_defaults(func=cmd_add)
    p = rq.add_parser("decide", help="disposisi pejabat: setujui (sebagian) atau tolak")
    p.add_argument("number", metavar="NOMOR")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--approve", action="append", type=_count_pair(True), metavar="BARANG=JUMLAH",
                     help="jumlah disetujui per baris (0 = ditolak)")
    how.add_argument("--reject", metavar="ALASAN", help="tolak seluruh permintaan")
    p.add_argument("--people-approve", action="append", type=_count_pair(True), metavar="KEAHLIAN=JUMLAH")
    p.add_argument("--reason", action="append", type=_pair, metavar="BARANG=ALASAN",
                   help="alasan bila disetujui kurang dari yang diminta")
    p.add_argument("--note", metavar="CATATAN", help="catatan disposisi")
    p.set_defaults(func=cmd_decide)
    p = rq.add_parser("list", help="daftar permintaan (yang terbaru lebih dulu)")
    p.add_argument("--overdue", action="store_true", help="hanya yang melewati standar pelayanan")
    p.add_argument("--incident", metavar="KEJADIAN")
    p.add_argument("--status", choices=tuple(REQUEST_STATUSES))
    p.set_defaults(func=cmd_list)
    p = rq.add_parser("show", help="rincian permintaan")
    p.add_argument("number", metavar="NOMOR")
    p.set_defaults(func=cmd_show)
    p = rq.add_parser("cancel", help="batalkan permintaan (dicabut pemohon atau tercatat dua kali)")
    p.add_argument("number", metavar="NOMOR")
    p.add_argument("--reason", required=True, metavar="ALASAN")
    p.set_defaults(func=cmd_cancel)
    p = rq.add_parser("export", help="register permintaan ke .xlsx")
    p.add_argument("--incident", metavar="KEJADIAN")
    p.add_argument("-o", "--output", required=True, metavar="BERKAS")
    p.set_defaults(func=cmd_export)
