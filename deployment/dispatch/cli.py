"""`tagana dispatch ...`, `tagana kit ...`, `tagana print manifest|bast|spt`, `tagana verify`, `tagana documents`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from deployment import request_cli
from deployment.cli import date_arg
from deployment.dispatch import documents, kit_cli, kits, lifecycle, loan_papers, release
from deployment.dispatch import service as dispatches
from deployment.dispatch.models import DESTINATION_KINDS, DISPATCH_STATUSES
from deployment.dispatch.service import DispatchRecord
from deployment.distribution import cli as distribution_cli
from tagana_app import clock, doc_kinds, indonesian, issued_documents, printing
from tagana_app.accounts import Actor
from tagana_app.cli_support import Context, quantity_arg, to_plain, whole_number_arg
from tagana_app.quantities import parse_quantity

_positive = quantity_arg()


def _pair(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise argparse.ArgumentTypeError(f"'{text}': tulis BARANG=NILAI")
    key, value = text.split("=", 1)
    if not key.strip():
        raise argparse.ArgumentTypeError(f"'{text}': kode barang kosong")
    return key.strip(), value.strip()


def _qty_pair(text: str) -> tuple[str, int]:
    key, value = _pair(text)
    return key, parse_quantity(value, field=f"Jumlah {key}", allow_zero=True)


def _open_commands(actor: Actor, r: DispatchRecord) -> list[lifecycle.Step]:
    """The steps of the lifecycle table the person may take now that have a command here."""
    at_posko = {"handover": r.handed_over_at_posko, "bast": r.bast_at_posko}  # the posko's own, not the office's
    return [step for step in lifecycle.open_steps(actor, r) if step.command and not at_posko.get(step.name)
            and (step.name != "override_release" or r.needs_emergency)]  # only where a declaration is needed


def dispatch_text(r: DispatchRecord, verb: str = "", steps: list[lifecycle.Step] | None = None) -> str:
    head = f"{verb}: {r.number}" if verb else f"Pengiriman {r.number}"
    lines = [f"{head} [{r.status_label}]",
             f"  Kejadian : {r.incident} {r.incident_name}",
             f"  Dari     : {r.warehouse} {r.warehouse_name}",
             f"  Tujuan   : {r.destination_text}",
             f"  Penerima : {r.recipient_name}" + (f", {r.recipient_position}" if r.recipient_position else "")
             + (f" ({r.recipient_id_kind} {r.recipient_id})" if r.recipient_id else ""),
             f"  Kendaraan: {r.vehicle_plate or '-'}; pengemudi {r.driver_name or '-'}"
             + (f" ({r.driver_phone})" if r.driver_phone else "")]
    for line in r.lines:
        picks = ", ".join(f"SN {p.serial}" if p.serial else f"{p.batch or '-'}×{p.quantity}" for p in line.picks)
        extra = ""
        if line.received is not None:
            extra += f"; diterima {indonesian.quantity(line.received)}"
            if line.difference_reason:
                extra += f" ({line.difference_reason})"
        if line.returned:
            extra += f"; kembali {indonesian.quantity(line.returned)}"
        if lifecycle.state_allows("add_line", r):
            extra += f"; stok bebas {indonesian.quantity(line.free_now)}"
        lines.append(f"  {line.line_no:>3}. {line.item:<8} {line.item_name}: {indonesian.quantity(line.quantity)} "
                     f"{line.unit}" + (f" [{picks}]" if picks else "") + extra)
    for e in r.escorts:
        lines.append(f"  Pendamping: {e.name}" + (f" (NIAT {e.niat})" if e.niat else "") + f", {e.role_label}")
    for ret in r.returns:
        lines.append(f"  Kembali {ret.returned_on}: {ret.item} {ret.quantity} {ret.unit} ({ret.condition})"
                     + (f" SN {', '.join(ret.serials)}" if ret.serials else "") + f" – {ret.doc_number}")
    if r.release_override:
        lines.append(f"  Izin tanpa status darurat: {r.release_override} (oleh {r.release_override_by})")
    if r.manifest_number:
        lines.append(f"  Surat Jalan: {r.manifest_number}")
    if r.bast_number:
        lines.append(f"  BAST: {r.bast_number}")
    if r.lent and r.loan_due:
        lines.append(f"  Pinjam pakai: wajib kembali {indonesian.long_date(r.loan_due)}"
                     + (f"; berita acara {r.loan_number}" if r.loan_number else ""))
    if r.cancel_reason:
        lines.append(f"  Dibatalkan: {r.cancel_reason}")
    if r.close_note:
        lines += ["  " + line for line in r.close_note.splitlines()]
    if steps is not None:
        lines.append("  Langkah berikutnya untuk Anda:" if steps else "  Tidak ada langkah berikutnya untuk Anda.")
        width = max((len(step.label) for step in steps), default=0)
        lines += [f"    {step.label:<{width}}  tagana {step.command} {r.number}" for step in steps]
    return "\n".join(lines)


def _write(ctx: Context, work: Any, verb: str) -> None:
    actor = ctx.actor()
    record = ctx.db.write(lambda s: work(s, actor))
    ctx.emit(record, text=dispatch_text(record, verb))


def cmd_new(ctx: Context) -> None:
    a = ctx.args
    data = dispatches.DispatchInput(
        incident=a.incident, warehouse=a.warehouse, destination=a.to or "", recipient_name=a.recipient,
        destination_kind=a.kind, region_code=a.region or "", address=a.address or "", recipient_position=a.position or "",
        recipient_id=a.recipient_id or "", vehicle_plate=a.vehicle or "", driver_name=a.driver or "",
        driver_phone=a.driver_phone or "", budget=a.budget or "", loan_due=a.loan_due, request=a.request or "",
        posko=a.posko or "")
    _write(ctx, lambda s, actor: dispatches.create_dispatch(s, actor, data), "Pengiriman dibuat")


def cmd_add(ctx: Context) -> None:
    a = ctx.args
    _write(ctx, lambda s, actor: dispatches.add_line(s, actor, a.number, a.item, a.qty), "Barang ditambahkan")


def cmd_set(ctx: Context) -> None:
    a = ctx.args
    _write(ctx, lambda s, actor: dispatches.set_line_quantity(s, actor, a.number, a.item, a.qty), "Jumlah diubah")


def cmd_pick(ctx: Context) -> None:
    a = ctx.args
    batches = {k: int(v) for k, v in (a.batch or [])} if a.batch else None
    _write(ctx, lambda s, actor: dispatches.set_picks(s, actor, a.number, a.item, batches=batches, serials=a.serial),
           "Batch/nomor seri dipilih")


def cmd_kit(ctx: Context) -> None:
    a = ctx.args
    _write(ctx, lambda s, actor: kits.add_kit_to_dispatch(s, actor, a.number, a.kit, households=a.households,
                                                          people=a.people), "Paket ditambahkan")


def cmd_crew(ctx: Context) -> None:
    a = ctx.args
    _write(ctx, lambda s, actor: dispatches.add_escort(s, actor, a.number, a.volunteer), "Pendamping ditambahkan")


def cmd_submit(ctx: Context) -> None:
    _write(ctx, lambda s, actor: dispatches.submit_dispatch(s, actor, ctx.args.number), "Diajukan untuk disetujui")


def cmd_withdraw(ctx: Context) -> None:
    _write(ctx, lambda s, actor: dispatches.withdraw_dispatch(s, actor, ctx.args.number, ctx.args.reason or ""),
           "Dikembalikan ke konsep")


def cmd_override_release(ctx: Context) -> None:
    _write(ctx, lambda s, actor: release.override_release(s, actor, ctx.args.number, ctx.args.reason),
           "Izin keluar tanpa status darurat dicatat")


def cmd_approve(ctx: Context) -> None:
    _write(ctx, lambda s, actor: dispatches.approve_dispatch(s, actor, ctx.args.number), "Disetujui, stok dicadangkan")


def cmd_send(ctx: Context) -> None:
    _write(ctx, lambda s, actor: dispatches.send_dispatch(s, actor, ctx.args.number), "Barang dikirim")


def cmd_cancel(ctx: Context) -> None:
    _write(ctx, lambda s, actor: dispatches.cancel_dispatch(s, actor, ctx.args.number, ctx.args.reason),
           "Pengiriman dibatalkan")


def cmd_handover(ctx: Context) -> None:
    a = ctx.args
    received = dict(a.received or [])
    _write(ctx, lambda s, actor: dispatches.handover_dispatch(s, actor, a.number, received=received,
                                                              reason=a.reason or "", place=a.place or ""),
           "Serah terima dicatat")


def cmd_close(ctx: Context) -> None:
    _write(ctx, lambda s, actor: dispatches.close_dispatch(s, actor, ctx.args.number, override=ctx.args.override),
           "Pengiriman ditutup")


def cmd_return(ctx: Context) -> None:
    a = ctx.args
    _write(ctx, lambda s, actor: dispatches.return_goods(s, actor, a.number, a.item, a.qty, condition=a.condition,
                                                         serials=a.serial or (), remarks=a.remarks or ""),
           "Pengembalian dicatat")


def cmd_list(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as session:
        found = dispatches.list_dispatches(session, status=ctx.args.status, incident=ctx.args.incident,
                                           text=ctx.args.search)
    ctx.emit_table(found, [("number", "NOMOR"), ("status_label", "STATUS"), ("dispatch_date", "TANGGAL"),
                           ("incident", "KEJADIAN"), ("warehouse", "GUDANG"), ("destination", "TUJUAN"),
                           ("recipient_name", "PENERIMA"), ("lines", "BARIS"), ("quantity", "JUMLAH")])


def cmd_show(ctx: Context) -> None:
    actor = ctx.actor()
    with ctx.db.read() as session:
        record = dispatches.get_dispatch(session, ctx.args.number)
    steps = _open_commands(actor, record)
    ctx.emit({**to_plain(record), "open_steps": [step.name for step in steps]},
             text=dispatch_text(record, steps=steps))


def cmd_out(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as session:
        found = dispatches.equipment_out(session, incident=ctx.args.incident, overdue_only=ctx.args.overdue)
    rows = found if ctx.json else [{**vars(f), "serials": ", ".join(f.serials),
                                    "incident": f"pinjam pakai: {f.destination}" if f.loan else f.incident,
                                    "overdue": "TERLAMBAT" if f.overdue else ""} for f in found]
    ctx.emit_table(rows, [("dispatch", "PENGIRIMAN"), ("incident", "KEJADIAN"), ("item", "BARANG"),
                          ("outstanding", "DI LOKASI"), ("unit", "SATUAN"), ("serials", "NOMOR SERI"),
                          ("since", "SEJAK"), ("overdue", "STATUS")])


# --- kits --------------------------------------------------------------------------------------------

def cmd_kit_list(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as session:
        found = kits.list_kits(session)
    rows = found if ctx.json else [{"code": k.code, "name": k.name, "basis": k.basis_label,
                                    "lines": "; ".join(f"{x.item} {x.quantity}/{x.per}" for x in k.lines)}
                                   for k in found]
    ctx.emit_table(rows, [("code", "KODE"), ("name", "NAMA"), ("basis", "DASAR"), ("lines", "ISI (jumlah/per)")])


# --- documents ---------------------------------------------------------------------------------------

def _printed_text(p: printing.PrintedDocument) -> str:
    kind = "ASLI" if p.copy_no == 0 else f"SALINAN ke-{p.copy_no}"
    return (f"{p.title}\n  Nomor: {p.number} ({kind}, {p.pages} halaman)\n  Kode verifikasi: {p.code}\n"
            f"  Berkas: {p.path}")


def cmd_print(ctx: Context) -> None:
    actor = ctx.actor()
    a = ctx.args
    out = Path(a.output) if a.output else None
    func = {"manifest": documents.print_manifest, "bast": documents.print_bast, "spt": documents.print_spt,
            "pinjam-pakai": loan_papers.print_pinjam_pakai, "pengembalian": loan_papers.print_pengembalian}[a.kind]
    printed = ctx.db.write(lambda s: func(s, actor, a.number, out=out))
    ctx.emit(printed, text=_printed_text(printed))


def cmd_reprint(ctx: Context) -> None:
    actor = ctx.actor()
    out = Path(ctx.args.output) if ctx.args.output else None
    new = bool(getattr(ctx.args, "baru", False))
    printed = ctx.db.write(lambda s: printing.reprint(s, actor, ctx.args.number, out=out, new=new))
    ctx.emit(printed, text=_printed_text(printed))


def cmd_verify(ctx: Context) -> int:
    """Exit 0 only when the paper is genuine and matches the database (1: mismatch, replaced, cancelled,
    tampered; an unknown code is a refusal, also 1)."""
    ctx.actor()
    with ctx.db.read() as session:
        report = printing.verify_document(session, ctx.args.code)
    kind = "asli" if report.copy_no == 0 else f"salinan ke-{report.copy_no}"
    lines = [report.message, f"  Jenis: {report.doc_title}; "
             f"cetakan {kind} oleh {report.printed_by} pada {clock.local(report.printed_at):%Y-%m-%d %H:%M} "
             f"{clock.zone_code()}"]
    lines += [f"  Berbeda: {d}" for d in report.differences]
    ctx.emit(report, text="\n".join(lines))
    return 0 if report.matches else 1


def cmd_documents(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as session:
        found = issued_documents.list_documents(session, text=ctx.args.search, doc_type=ctx.args.type, limit=ctx.args.limit)
    ctx.emit_table(found, [("number", "NOMOR"), ("doc_type_label", "JENIS"), ("doc_date", "TANGGAL"),
                           ("status", "STATUS"), ("print_count", "CETAK"), ("code", "KODE"), ("title", "JUDUL")])


# --- the parser --------------------------------------------------------------------------------------

def register(sub: Any) -> None:
    """Add these commands (their one-line help is in tagana_app/cli.py's COMMANDS)."""
    dp = sub.add_parser("dispatch").add_subparsers(dest="dispatch_cmd", required=True)
    p = dp.add_parser("new", help="buat pengiriman (konsep)")
    p.add_argument("incident", metavar="KEJADIAN", help="nomor kejadian, mis. KB-2026-0001")
    p.add_argument("--from", dest="warehouse", required=True, metavar="GUDANG")
    p.add_argument("--to", metavar="TUJUAN", help="nama posko, desa atau kecamatan tujuan (wajib tanpa --posko)")
    p.add_argument("--posko", metavar="KODE", help="posko kantor ini yang dituju (mis. PSK-01): tujuan dan wilayah "
                                                   "diambil dari posko itu, serah terimanya kembali lewat berkas")
    p.add_argument("--recipient", required=True, metavar="NAMA")
    p.add_argument("--position", metavar="JABATAN", help="jabatan penerima (Kepala Desa, Camat, ...)")
    p.add_argument("--recipient-id", metavar="NIP/NIK")
    p.add_argument("--kind", choices=tuple(DESTINATION_KINDS), default="posko")
    p.add_argument("--region", metavar="KODE", help="kode kecamatan/desa tujuan (bawaan: wilayah kejadian)")
    p.add_argument("--address")
    p.add_argument("--vehicle", metavar="PLAT")
    p.add_argument("--driver", metavar="NAMA")
    p.add_argument("--driver-phone", metavar="TELEPON")
    p.add_argument("--budget", metavar="SUMBER", help="sumber anggaran (untuk BAST)")
    p.add_argument("--loan-due", type=date_arg, metavar="TANGGAL",
                   help="peralatan pinjam pakai wajib kembali (bawaan: akhir masa status darurat)")
    p.add_argument("--request", metavar="NOMOR", help="nomor agenda permintaan yang dijawab (sudah didisposisi)")
    p.set_defaults(func=cmd_new)
    p = dp.add_parser("add", help="tambah barang")
    p.add_argument("number", metavar="NOMOR")
    p.add_argument("item", metavar="BARANG")
    p.add_argument("qty", type=_positive, metavar="JUMLAH")
    p.set_defaults(func=cmd_add)
    p = dp.add_parser("set", help="ubah jumlah barang (0 = hapus baris)")
    p.add_argument("number", metavar="NOMOR")
    p.add_argument("item", metavar="BARANG")
    p.add_argument("qty", type=quantity_arg(allow_zero=True), metavar="JUMLAH")
    p.set_defaults(func=cmd_set)
    p = dp.add_parser("pick", help="pilih batch atau nomor seri sendiri (sebelum disetujui)")
    p.add_argument("number", metavar="NOMOR")
    p.add_argument("item", metavar="BARANG")
    p.add_argument("--batch", action="append", type=_qty_pair, metavar="BATCH=JUMLAH")
    p.add_argument("--serial", action="append", metavar="SERI")
    p.set_defaults(func=cmd_pick)
    p = dp.add_parser("kit", help="tambah paket barang, disesuaikan dengan jumlah KK/jiwa")
    p.add_argument("number", metavar="NOMOR")
    p.add_argument("kit", metavar="PAKET", help="kode atau nama paket")
    p.add_argument("--households", type=_positive, metavar="KK")
    p.add_argument("--people", type=_positive, metavar="JIWA")
    p.set_defaults(func=cmd_kit)
    p = dp.add_parser("crew", help="tambah relawan pendamping (harus ditugaskan pada kejadian itu)")
    p.add_argument("number", metavar="NOMOR")
    p.add_argument("volunteer", metavar="RELAWAN", help="NIK atau NIAT")
    p.set_defaults(func=cmd_crew)
    for name, func, text in (("submit", cmd_submit, "ajukan konsep untuk disetujui pejabat (barang tidak lagi diubah)"),
                             ("approve", cmd_approve, "setujui dan cadangkan stok (pejabat, bukan pembuatnya)"),
                             ("send", cmd_send, "kirim: stok keluar gudang"),
                             ("close", cmd_close, "tutup pengiriman yang sudah diserahterimakan")):
        p = dp.add_parser(name, help=text)
        p.add_argument("number", metavar="NOMOR")
        p.set_defaults(func=func)
    p.add_argument("--override", metavar="ALASAN",
                   help="pejabat: tutup walau peralatan belum kembali atau pendamping masih bertugas")
    p = dp.add_parser("withdraw", help="kembalikan pengiriman yang diajukan ke konsep")
    p.add_argument("number", metavar="NOMOR")
    p.add_argument("--reason", metavar="ALASAN")
    p.set_defaults(func=cmd_withdraw)
    p = dp.add_parser("override-release", help="izinkan barang keluar dari gudang yang memerlukan status darurat "
                                                "tanpa status itu (pejabat, dengan alasan; dicetak di surat jalan)")
    p.add_argument("number", metavar="NOMOR")
    p.add_argument("--reason", required=True, metavar="ALASAN")
    p.set_defaults(func=cmd_override_release)
    p = dp.add_parser("cancel", help="batalkan pengiriman konsep, diajukan atau disetujui")
    p.add_argument("number", metavar="NOMOR")
    p.add_argument("--reason", default="dibatalkan lewat baris perintah", metavar="ALASAN")
    p.set_defaults(func=cmd_cancel)
    p = dp.add_parser("handover", help="catat serah terima (jumlah diterima)")
    p.add_argument("number", metavar="NOMOR")
    p.add_argument("--received", action="append", type=_qty_pair, metavar="BARANG=JUMLAH")
    p.add_argument("--reason", metavar="ALASAN", help="alasan selisih jumlah diterima")
    p.add_argument("--place", metavar="TEMPAT", help="tempat serah terima (bawaan: tujuan)")
    p.set_defaults(func=cmd_handover)
    p = dp.add_parser("return", help="catat barang yang kembali dari lokasi")
    p.add_argument("number", metavar="NOMOR")
    p.add_argument("item", metavar="BARANG")
    p.add_argument("qty", type=_positive, metavar="JUMLAH")
    p.add_argument("--condition", default="baik", choices=("baik", "rusak", "rusak ringan", "rusak berat"))
    p.add_argument("--serial", action="append", metavar="SERI")
    p.add_argument("--remarks")
    p.set_defaults(func=cmd_return)
    p = dp.add_parser("list", help="daftar pengiriman")
    p.add_argument("--status", help="status: " + ", ".join(DISPATCH_STATUSES))
    p.add_argument("--incident", metavar="KEJADIAN")
    p.add_argument("--search", metavar="TEKS")
    p.set_defaults(func=cmd_list)
    p = dp.add_parser("show", help="rincian pengiriman")
    p.add_argument("number", metavar="NOMOR")
    p.set_defaults(func=cmd_show)
    p = dp.add_parser("out", help="peralatan yang masih di lokasi (terlambat bila kejadian selesai)")
    p.add_argument("--incident", metavar="KEJADIAN")
    p.add_argument("--overdue", action="store_true", help="hanya yang terlambat")
    p.set_defaults(func=cmd_out)

    kp = sub.add_parser("kit").add_subparsers(dest="kit_cmd", required=True)
    kp.add_parser("list", help="daftar paket").set_defaults(func=cmd_kit_list)
    kit_cli.register(kp)

    pp = sub.add_parser("print").add_subparsers(dest="print_cmd", required=True)
    for kind, what, metavar in (("manifest", "surat jalan pengiriman", "NOMOR"),
                                ("bast", "berita acara serah terima pengiriman", "NOMOR"),
                                ("spt", "surat perintah tugas relawan suatu kejadian", "KEJADIAN"),
                                ("pinjam-pakai", "berita acara pinjam pakai peralatan suatu pengiriman", "NOMOR"),
                                ("pengembalian", "berita acara pengembalian peralatan suatu pengiriman", "NOMOR")):
        p = pp.add_parser(kind, help=what)
        p.add_argument("number", metavar=metavar)
        p.add_argument("-o", "--output", metavar="BERKAS", help="simpan juga ke berkas ini")
        p.set_defaults(func=cmd_print, kind=kind)
    request_cli.register_print(pp)
    distribution_cli.register_print(pp)
    p = pp.add_parser("doc", help="cetak dokumen apa pun menurut nomornya (pertama kali asli, lalu SALINAN)")
    p.add_argument("number", metavar="NOMOR_DOKUMEN")
    p.add_argument("-o", "--output", metavar="BERKAS", help="simpan juga ke berkas ini")
    p.add_argument("--baru", action="store_true",
                   help="catatannya berubah sejak dicetak: buat dokumen baru dengan nomor baru yang menggantikannya")
    p.set_defaults(func=cmd_reprint)
    p = pp.add_parser("again", help="cetak ulang dokumen menurut nomornya (SALINAN; sama dengan print doc)")
    p.add_argument("number", metavar="NOMOR_DOKUMEN")
    p.add_argument("-o", "--output", metavar="BERKAS")
    p.set_defaults(func=cmd_reprint)

    p = sub.add_parser("verify")
    p.add_argument("code", metavar="KODE")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("documents")
    p.add_argument("--search", metavar="TEKS")
    p.add_argument("--type", metavar="JENIS", help=", ".join(f"{k.code} ({k.title})" for k in doc_kinds.numbered()))
    p.add_argument("--limit", type=whole_number_arg("--limit", maximum=10**9), default=100)
    p.set_defaults(func=cmd_documents)
