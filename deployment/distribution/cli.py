"""`tagana distribute`, `tagana distribution list|show|cancel` and `tagana print recipients`: distributions
to villages and households from the command line, on ``deployment.distribution.service``."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any

from deployment import personal_data
from deployment.cli import date_arg
from deployment.distribution import service
from deployment.distribution.models import RECIPIENT_KINDS
from tagana_app import indonesian
from tagana_app.accounts import Actor
from tagana_app.cli_support import Context, to_plain
from tagana_app.quantities import parse_quantity


def _line(text: str) -> tuple[str, int]:
    if "=" not in text:
        raise argparse.ArgumentTypeError(f"'{text}': tulis BARANG=JUMLAH")
    key, value = text.split("=", 1)
    if not key.strip():
        raise argparse.ArgumentTypeError(f"'{text}': kode barang kosong")
    return key.strip(), parse_quantity(value.strip(), field=f"Jumlah {key.strip()}")


def _people(text: str) -> int:
    return parse_quantity(text, field="Jumlah jiwa")


def distribution_text(r: service.DistributionRecord, verb: str = "") -> str:
    head = f"{verb}: {r.number}" if verb else f"Distribusi {r.number}"
    status = "" if r.status == "aktif" else " [DIBATALKAN]"
    nik = f", NIK {r.nik}" if r.nik else ""
    jiwa = f", {r.household_size} jiwa" if r.household_size else ""
    lines = [f"{head}{status}",
             f"  Kejadian : {r.incident} {r.incident_name}",
             f"  Tanggal  : {indonesian.long_date(r.distributed_on)}; {r.where}, gudang {r.warehouse}",
             f"  Desa     : {r.desa_name} ({r.desa_code}), Kec. {r.kecamatan_name}",
             f"  Penerima : {r.recipient_name} ({RECIPIENT_KINDS[r.recipient_kind]}{nik}{jiwa})"]
    if r.package:
        lines.append(f"  Paket    : {r.package}")
    for x in r.lines:
        lines.append(f"  {x.line_no:>3}. {x.item:<10} {x.item_name}: {indonesian.quantity(x.quantity)} {x.unit}")
    if r.warning:
        lines.append(f"  Peringatan: {r.warning}")
    if r.cancel_reason:
        lines.append(f"  Dibatalkan: {r.cancel_reason}")
    return "\n".join(lines)


def _write(ctx: Context, work: Any, verb: str) -> None:
    actor = ctx.actor()
    record = ctx.db.write(lambda s: work(s, actor))
    ctx.emit(record, text=distribution_text(record, verb))


def cmd_distribute(ctx: Context) -> None:
    a = ctx.args
    data = service.DistributionInput(
        incident=a.incident, desa_code=a.desa, recipient_name=a.recipient, recipient_kind=a.kind, nik=a.nik or "",
        household_size=a.household_size, warehouse=a.warehouse or "", package=a.package or "",
        lines=[service.DistributionLineInput(item, qty) for item, qty in a.line or ()],
        distributed_on=a.date, backdate_reason=a.backdate_reason or "", remarks=a.remarks or "",
        confirm_repeat=a.ulang_ok)
    _write(ctx, lambda s, actor: service.distribute(s, actor, data), "Distribusi dicatat")


def cmd_cancel(ctx: Context) -> None:
    a = ctx.args
    _write(ctx, lambda s, actor: service.cancel_distribution(s, actor, a.number, a.reason), "Distribusi dibatalkan")


def _shown(actor: Actor, record: service.DistributionRecord) -> service.DistributionRecord:
    """The household head's NIK whole only for the roles that need it (deployment.personal_data)."""
    return dataclasses.replace(record, nik=personal_data.nik_shown(actor, record.nik))


def cmd_show(ctx: Context) -> None:
    actor = ctx.actor()
    with ctx.db.read() as session:
        record = _shown(actor, service.get_distribution(session, ctx.args.number))
    ctx.emit(record, text=distribution_text(record))


def cmd_list(ctx: Context) -> None:
    actor = ctx.actor()
    a = ctx.args
    with ctx.db.read() as session:
        found = [_shown(actor, r) for r in service.list_distributions(session, incident=a.incident, desa=a.desa,
                                                                      site=a.site.upper() if a.site else None)]
    if ctx.json:
        ctx.emit([to_plain(r) for r in found])
        return
    rows = [{"number": r.number, "date": r.distributed_on, "desa": r.desa_name, "recipient": r.recipient_name,
             "jiwa": r.household_size or "", "items": r.items_text, "site": r.where,
             "status": "" if r.status == "aktif" else "BATAL"} for r in found]
    ctx.emit_table(rows, [("number", "NOMOR"), ("date", "TANGGAL"), ("desa", "DESA"), ("recipient", "PENERIMA"),
                          ("jiwa", "JIWA"), ("items", "BARANG"), ("site", "POSKO"), ("status", "")])


def cmd_print_recipients(ctx: Context) -> None:
    from deployment.distribution import papers
    from tagana_app.pdf import load_profile

    ctx.actor()
    with ctx.db.read() as session:
        lists = papers.recipient_lists(session, ctx.args.incident, ctx.args.desa)
        profile = load_profile(session)
    path = Path(ctx.args.output)
    built = papers.recipients_pdf(lists, profile, path)
    ctx.emit({"path": str(path), "villages": len(lists.lists), "recipients": lists.recipients, "pages": built.pages},
             text=f"Daftar penerima bantuan disimpan: {path} ({len(lists.lists)} desa, {lists.recipients} "
                  f"penerima, {built.pages} halaman)")


def register_print(pp: Any) -> None:
    """`tagana print recipients`: added to the print command of deployment.dispatch.cli."""
    p = pp.add_parser("recipients", help="daftar penerima bantuan per desa (PDF)")
    p.add_argument("--incident", required=True, metavar="KEJADIAN")
    p.add_argument("--desa", metavar="KODE", help="kode desa/kelurahan (atau kecamatan: semua desanya)")
    p.add_argument("-o", "--output", required=True, metavar="BERKAS")
    p.set_defaults(func=cmd_print_recipients)


def register(sub: Any) -> None:
    """Add these commands (their one-line help is in tagana_app/cli.py's COMMANDS)."""
    p = sub.add_parser("distribute")
    p.add_argument("--incident", required=True, metavar="KEJADIAN")
    p.add_argument("--desa", required=True, metavar="KODE", help="kode desa/kelurahan penerima")
    p.add_argument("--recipient", required=True, metavar="NAMA", help="nama kepala keluarga, desa atau lembaga")
    p.add_argument("--nik", metavar="NIK", help="NIK kepala keluarga (16 angka)")
    p.add_argument("--household-size", type=_people, metavar="JIWA", help="jumlah jiwa")
    p.add_argument("--kind", choices=tuple(RECIPIENT_KINDS), default="kk")
    p.add_argument("--warehouse", metavar="GUDANG", help="gudang asal (bawaan di posko: gudang posko)")
    p.add_argument("--package", metavar="PAKET", help="kode paket barang (dihitung menurut jumlah jiwa/KK)")
    p.add_argument("--line", action="append", type=_line, metavar="BARANG=JUMLAH")
    p.add_argument("--date", type=date_arg, metavar="TANGGAL", help="tanggal penyaluran (bawaan: hari ini)")
    p.add_argument("--backdate-reason", metavar="ALASAN", help="alasan bila tanggalnya sebelum hari ini")
    p.add_argument("--remarks", metavar="KETERANGAN")
    p.add_argument("--ulang-ok", action="store_true",
                   help="tetap catat walau rumah tangga ini baru saja menerima paket yang sama")
    p.set_defaults(func=cmd_distribute)
    dp = sub.add_parser("distribution").add_subparsers(dest="distribution_cmd", required=True)
    p = dp.add_parser("list", help="daftar distribusi (yang terbaru lebih dulu), kantor dan posko")
    p.add_argument("--incident", metavar="KEJADIAN")
    p.add_argument("--desa", metavar="KODE", help="kode desa (atau kecamatan)")
    p.add_argument("--site", metavar="POSKO", help="hanya distribusi posko ini")
    p.set_defaults(func=cmd_list)
    p = dp.add_parser("show", help="rincian distribusi")
    p.add_argument("number", metavar="NOMOR")
    p.set_defaults(func=cmd_show)
    p = dp.add_parser("cancel", help="batalkan distribusi; barangnya kembali ke stok gudang")
    p.add_argument("number", metavar="NOMOR")
    p.add_argument("--reason", required=True, metavar="ALASAN")
    p.set_defaults(func=cmd_cancel)
