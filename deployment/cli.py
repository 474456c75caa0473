"""`tagana volunteer|incident|assign|suggest|assignment ...` commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from deployment import assignments, emergency_cli, incidents, needs, personal_data, roster
from deployment import volunteers as vs
from deployment.models import DISASTER_TYPES, EMERGENCY_STATUSES, SKILLS
from deployment.validate import parse_date
from tagana_app import clock, settings
from tagana_app.cli_support import Context, quantity_arg, whole_number_arg
from tagana_app.errors import TaganaError, ValidationError
from tagana_app.texts import N_


def date_arg(text: str) -> date:
    """A date option (2026-11-23, 23-11-2026 ...), refused in plain words by argparse."""
    try:
        return parse_date(text)
    except TaganaError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _datetime(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        try:
            value = datetime.combine(parse_date(text), datetime.min.time())
        except TaganaError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
    return value if value.tzinfo else value.replace(tzinfo=clock.zone())




def _count(flag: str) -> Callable[[str], int]:
    """An impact figure typed after ``--flag`` (zero allowed)."""
    return quantity_arg(f"--{flag}", allow_zero=True)


def _skills_text(codes: Any) -> str:
    return ", ".join(SKILLS.get(c, c) for c in codes)


# --- volunteers ------------------------------------------------------------------------------------

def _volunteer_text(r: vs.VolunteerRecord, verb: str = "") -> str:
    lines = [f"{verb}{r.full_name} (NIK {r.nik}{', NIAT ' + r.niat if r.niat else ''})" if verb else
             f"{r.full_name} (NIK {r.nik}{', NIAT ' + r.niat if r.niat else ''})",
             f"  {r.sex}, lahir {r.birth_date.isoformat()} ({r.age} th), {r.level}, {r.status}",
             f"  Wilayah: {r.region_name} ({r.region_code}); HP {r.phone or '-'}"]
    for s in r.skills:
        expiry = f", sertifikat s.d. {s.certificate_expiry}" if s.certificate_expiry else ""
        lines.append(f"  Keahlian: {s.label}{expiry}{' (HABIS BERLAKU)' if s.expired else ''}")
    for u in r.unavailability:
        lines.append(f"  Tidak tersedia {u.start} s.d. {u.end}: {u.reason}")
    lines += [f"  Peringatan: {w}" for w in r.warnings]
    return "\n".join(lines)


def cmd_volunteer_add(ctx: Context) -> None:
    actor = ctx.actor()
    a = ctx.args
    data = vs.VolunteerInput(nik=a.nik, full_name=a.name, region_code=a.region or "", sex=a.sex,
                             birth_date=a.birth, niat=a.niat, phone=a.phone, address=a.address or "",
                             level=a.level, status=a.status, skills=tuple(a.skill or ()),
                             emergency_contact=a.emergency_contact or "", remarks=a.remarks or "")
    record = ctx.db.write(lambda s: vs.add_volunteer(s, actor, data))
    ctx.emit(record, text=_volunteer_text(record, "Relawan ditambahkan: "))


def cmd_volunteer_show(ctx: Context) -> None:
    actor = ctx.actor()
    with ctx.db.read() as session:
        record = personal_data.volunteer_record(session, actor, ctx.args.volunteer)  # masked for some roles
        history = assignments.list_assignments(session, volunteer=ctx.args.volunteer)
    text = _volunteer_text(record)
    for h in history:
        text += f"\n  Penugasan #{h.id}: {h.incident_number} {h.role_label} {h.start} s.d. {h.end}"
    ctx.emit({"volunteer": record, "assignments": history}, text=text)


def cmd_volunteer_list(ctx: Context) -> None:
    actor = ctx.actor()
    a = ctx.args
    start, end = (a.available or (None, None))
    with ctx.db.read() as session:
        flt = vs.VolunteerFilter(text=a.text or "", skill=a.skill, level=a.level, status=a.status, region=a.region,
                                 available_from=start, available_to=end, certificates=a.certificates,
                                 certificate_days=settings.get_office(session, settings.CERTIFICATE_ALERT_DAYS),
                                 on_duty=a.on_duty)
        page = personal_data.volunteer_page(session, actor, flt, limit=a.limit, offset=a.offset)
    rows = [{**r.__dict__, "skills": _skills_text(r.skills)} for r in page.rows] if not ctx.json else page.rows
    ctx.emit_table(rows, [("nik", "NIK"), ("niat", "NIAT"), ("full_name", "NAMA"), ("sex", "JK"), ("age", "UMUR"),
                          ("kecamatan", "KECAMATAN"), ("level", "JENJANG"), ("status", "STATUS"),
                          ("skills", "KEAHLIAN"), ("phone", "HP")])
    if not ctx.json and page.total > len(page.rows):
        print(f"({len(page.rows)} dari {page.total} relawan; pakai --offset/--limit)")


def cmd_volunteer_import(ctx: Context) -> None:
    actor = ctx.actor()
    try:
        report = roster.import_roster_file(ctx.db, actor, ctx.args.path, valid_only=ctx.args.valid_only,
                                           sheet=ctx.args.sheet)
    except roster.ImportRefusedWithReport as exc:  # the refusal names the rows; the sheet read goes to stdout
        for line in exc.report.info:
            print(f"Info: {line}")
        raise
    if not ctx.json:
        _print_errors(report, sys.stdout)
    ctx.emit(report, text=f"{report.imported} relawan diimpor dari {report.rows_total} baris"
             + (f"; {report.error_rows} baris bermasalah dilewati." if report.errors else "."))


def _print_errors(report: roster.ImportReport, stream: Any) -> None:
    for line in report.info:
        print(f"Info: {line}", file=stream)
    for e in report.errors:
        print(f"Baris {e.row}, kolom {e.column}: {e.message}", file=stream)
    for w in report.warnings:
        print(f"Peringatan baris {w.row}, kolom {w.column}: {w.message}", file=stream)


def cmd_volunteer_export(ctx: Context) -> None:
    actor = ctx.actor()
    count = ctx.db.write(lambda s: personal_data.export_volunteers(s, actor, ctx.args.path))  # audited
    ctx.emit({"path": ctx.args.path, "count": count}, text=f"{count} relawan ditulis ke {ctx.args.path}.")


def cmd_volunteer_skill(ctx: Context) -> None:
    actor = ctx.actor()
    a = ctx.args
    record = ctx.db.write(lambda s: vs.add_skill(s, actor, a.volunteer, a.skill, a.trained, a.expires))
    ctx.emit(record, text=_volunteer_text(record, "Keahlian dicatat: "))


def skill_arg(text: str) -> tuple[str, date | None]:
    """``--skill evakuasi`` or ``--skill evakuasi:2027-06-30`` (the certificate valid until that day)."""
    skill, _, expiry = text.partition(":")
    return skill.strip(), date_arg(expiry) if expiry.strip() else None


_UPDATE_FIELDS = {"name": "full_name", "niat": "niat", "phone": "phone", "address": "address", "region": "region_code",
                  "level": "level", "status": "status", "emergency_contact": "emergency_contact",
                  "emergency_phone": "emergency_phone", "remarks": "remarks"}


def cmd_volunteer_update(ctx: Context) -> None:
    actor = ctx.actor()
    a = ctx.args
    fields = {name: getattr(a, flag) for flag, name in _UPDATE_FIELDS.items() if getattr(a, flag) is not None}
    if not (fields or a.skill or a.remove_skill):
        raise ValidationError(N_("errors", "Tidak ada yang diubah: sebutkan mis. --phone 081234567890 atau "
                                 "--skill evakuasi:2027-06-30."))

    def work(session: Any) -> vs.VolunteerRecord:
        record = vs.update_volunteer(session, actor, a.volunteer, **fields) if fields else \
            vs.get_volunteer(session, a.volunteer)
        warnings = list(record.warnings)
        for skill, expiry in a.skill or ():
            warnings += vs.add_skill(session, actor, record.id, skill, certificate_expiry=expiry).warnings
        for skill in a.remove_skill or ():
            record = vs.remove_skill(session, actor, record.id, skill)
        return replace(vs.get_volunteer(session, record.id), warnings=tuple(dict.fromkeys(warnings)))
    record = ctx.db.write(work)
    ctx.emit(record, text=_volunteer_text(record, "Relawan diperbarui: "))


def cmd_volunteer_unavailable(ctx: Context) -> None:
    actor = ctx.actor()
    a = ctx.args
    record = ctx.db.write(lambda s: vs.add_unavailability(s, actor, a.volunteer, a.start, a.end, a.reason))
    ctx.emit(record, text=_volunteer_text(record, "Ketidaktersediaan dicatat: "))


# --- incidents -------------------------------------------------------------------------------------

def _incident_text(r: incidents.IncidentRecord, verb: str = "") -> str:
    f = r.figures
    lines = [f"{verb}{r.number}: {r.name} ({r.disaster_label}), {r.status_label}",
             "  Wilayah: " + ", ".join(f"{g.name} ({g.code})" for g in r.regions),
             f"  Mulai: {clock.local(r.started_at):%Y-%m-%d %H:%M} {clock.zone_code()}"
             + (f"; SK {r.sk_number}" if r.sk_number else "")
             + (f" tanggal {r.sk_date}" if r.sk_date else "") + (f" oleh {r.sk_issuer}" if r.sk_issuer else "")
             + (f" ({r.status_from} s.d. {r.status_to})" if r.status_from else ""),
             f"  Dampak: {f.kk} KK, {f.jiwa} jiwa, {f.pengungsi} pengungsi, {f.meninggal} meninggal, {f.luka} luka, "
             f"{f.hilang} hilang, {f.rumah_rusak} rumah rusak"]
    if r.posko_location:
        lines.append(f"  Posko: {r.posko_location}")
    if len(r.history) > 1:
        lines.append(f"  Riwayat angka: {len(r.history)} laporan")
    lines += [f"  Peringatan: {w}" for w in r.warnings]
    return "\n".join(lines)


def cmd_incident_add(ctx: Context) -> None:
    actor = ctx.actor()
    a = ctx.args
    figures = {"pengungsi": a.displaced, "kk": a.households, "jiwa": a.people}
    given = {k: v for k, v in figures.items() if v is not None}
    record = ctx.db.write(lambda s: incidents.add_incident(
        s, actor, disaster_type=a.type, name=a.name, region_codes=a.region, started_at=a.start,
        status=a.status, sk_number=a.sk or "", sk_date=a.sk_date, sk_issuer=a.sk_issuer or "", status_from=a.status_from, status_to=a.status_to,
        posko_location=a.posko or "", figures=given or None))
    ctx.emit(record, text=_incident_text(record, "Kejadian dicatat: "))


def cmd_incident_list(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as session:
        found = incidents.list_incidents(session, status=ctx.args.status)
    rows = found if ctx.json else [
        {"number": r.number, "name": r.name, "type": r.disaster_label, "status": r.status_label,
         "start": r.started_at.date(), "regions": ", ".join(g.name for g in r.regions),
         "displaced": r.figures.pengungsi, "on_duty": r.volunteers_on_duty} for r in found]
    ctx.emit_table(rows, [("number", "NOMOR"), ("name", "NAMA"), ("type", "JENIS"), ("status", "STATUS"),
                          ("start", "MULAI"), ("regions", "WILAYAH"), ("displaced", "PENGUNGSI"),
                          ("on_duty", "RELAWAN BERTUGAS")])


def cmd_incident_show(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as session:
        record = incidents.get_incident(session, ctx.args.number)
        duty = assignments.list_assignments(session, incident=ctx.args.number)
    text = _incident_text(record)
    for d in duty:
        text += f"\n  Relawan: {d.volunteer_name} ({d.role_label}) {d.start} s.d. {d.end}"
    ctx.emit({"incident": record, "assignments": duty}, text=text)


_FIGURE_FLAGS = {"households": "kk", "people": "jiwa", "displaced": "pengungsi", "dead": "meninggal",
                 "injured": "luka", "missing": "hilang", "houses": "rumah_rusak"}


def cmd_incident_update(ctx: Context) -> None:
    actor = ctx.actor()
    a = ctx.args
    changes = {"status": a.status, "sk_number": a.sk, "sk_date": a.sk_date, "sk_issuer": a.sk_issuer,
               "status_from": a.status_from, "status_to": a.status_to,
               "posko_location": a.posko, "name": a.name, "remarks": a.remarks,
               "region_codes": a.region or None}
    figures = {field: getattr(a, flag) for flag, field in _FIGURE_FLAGS.items() if getattr(a, flag) is not None}

    def work(session: Any) -> incidents.IncidentRecord:
        record = incidents.update_incident(session, actor, a.number, **changes)
        if figures:
            record = incidents.record_figures(session, actor, a.number, figures, note=a.note or "")
        return record
    record = ctx.db.write(work)
    ctx.emit(record, text=_incident_text(record, "Kejadian diperbarui: "))


def cmd_incident_close(ctx: Context) -> None:
    actor = ctx.actor()
    record = ctx.db.write(lambda s: incidents.close_incident(s, actor, ctx.args.number, override=ctx.args.override))
    with ctx.db.read() as session:
        note = incidents.find(session, record.number).close_note
    ctx.emit({"incident": record, "close_note": note},
             text=_incident_text(record, "Kejadian ditutup: ") + "".join(f"\n  {line}" for line in note.splitlines()))


def cmd_incident_needs(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as session:
        record = incidents.get_incident(session, ctx.args.number)
        people = ctx.args.people if ctx.args.people is not None else record.figures.pengungsi
        households = ctx.args.households if ctx.args.households is not None else record.figures.kk
        estimate = needs.estimate_needs(people, households, ctx.args.days)
        lines = needs.shortfall(estimate, session=session)
    ctx.emit_table(lines, [("label", "KEBUTUHAN"), ("needed", "PERLU"), ("available", "TERSEDIA"),
                           ("reserved", "DICADANGKAN"), ("expired", "KEDALUWARSA"), ("short", "KURANG"),
                           ("unit", "SATUAN"), ("basis", "DASAR")])


def _incident_summary(ctx: Context) -> None:
    from deployment.reports.cli import cmd_incident_summary  # the reports load only for this command

    cmd_incident_summary(ctx)


# --- assignments -----------------------------------------------------------------------------------

def _assignment_text(r: assignments.AssignmentRecord, verb: str) -> str:
    lines = [f"{verb} #{r.id}: {r.volunteer_name} sebagai {r.role_label} di {r.incident_number}, "
             f"{r.start} s.d. {r.end} ({r.days} hari)"]
    if r.voided_at:
        lines.append(f"  Dibatalkan oleh {r.voided_by}: {r.void_reason}")
    elif r.pending:
        lines.append(f"  Menunggu persetujuan pengecualian oleh pejabat (diajukan {r.created_by}): {r.override_reason}")
    elif r.override_reason:
        lines.append(f"  Pengecualian oleh {r.override_by}: {r.override_reason}")
    lines += [f"  Peringatan: {w}" for w in r.warnings]
    return "\n".join(lines)


def cmd_assign(ctx: Context) -> None:
    actor = ctx.actor()
    a = ctx.args
    record = ctx.db.write(lambda s: assignments.assign_volunteer(
        s, actor, a.volunteer, a.incident, a.role, a.start, a.end, override_reason=a.override,
        request=a.request or ""))
    ctx.emit(record, text=_assignment_text(record, "Penugasan dicatat"))


def cmd_suggest(ctx: Context) -> None:
    ctx.actor()
    a = ctx.args
    with ctx.db.read() as session:
        found = assignments.suggest_volunteers(session, a.incident, a.role, a.start, a.end, limit=a.limit)
    rows = found if ctx.json else [{"rank": n, "nik": s.nik, "name": s.full_name, "kecamatan": s.kecamatan,
                                    "reasons": "; ".join(s.reasons)} for n, s in enumerate(found, 1)]
    ctx.emit_table(rows, [("rank", "NO"), ("nik", "NIK"), ("name", "NAMA"), ("kecamatan", "KECAMATAN"),
                          ("reasons", "ALASAN")])


def cmd_assignment_list(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as session:
        found = assignments.list_assignments(session, incident=ctx.args.incident, volunteer=ctx.args.volunteer)
    ctx.emit_table(found, [("id", "ID"), ("incident_number", "KEJADIAN"), ("volunteer_name", "RELAWAN"),
                           ("role_label", "PERAN"), ("start", "DARI"), ("end", "SAMPAI"), ("days", "HARI")])


def cmd_assignment_end(ctx: Context) -> None:
    actor = ctx.actor()
    record = ctx.db.write(lambda s: assignments.end_assignment(s, actor, ctx.args.id, ctx.args.date))
    ctx.emit(record, text=_assignment_text(record, "Penugasan diakhiri lebih awal"))


def cmd_assignment_extend(ctx: Context) -> None:
    actor = ctx.actor()
    record = ctx.db.write(lambda s: assignments.extend_assignment(s, actor, ctx.args.id, ctx.args.date,
                                                                  override_reason=ctx.args.override))
    ctx.emit(record, text=_assignment_text(record, "Penugasan diperpanjang"))


def cmd_assignment_checkin(ctx: Context) -> None:
    actor = ctx.actor()
    record = ctx.db.write(lambda s: assignments.check_in(s, actor, ctx.args.id, ctx.args.at))
    ctx.emit(record, text=_assignment_text(record, "Kedatangan dicatat"))


def cmd_assignment_checkout(ctx: Context) -> None:
    actor = ctx.actor()
    record = ctx.db.write(lambda s: assignments.check_out(s, actor, ctx.args.id, ctx.args.at))
    ctx.emit(record, text=_assignment_text(record, "Kepulangan dicatat"))


def cmd_assignment_void(ctx: Context) -> None:
    actor = ctx.actor()
    record = ctx.db.write(lambda s: assignments.void_assignment(s, actor, ctx.args.id, ctx.args.reason))
    ctx.emit(record, text=_assignment_text(record, "Penugasan dibatalkan"))


def cmd_assignment_approve(ctx: Context) -> None:
    actor = ctx.actor()
    record = ctx.db.write(lambda s: assignments.approve_override(s, actor, ctx.args.id))
    ctx.emit(record, text=_assignment_text(record, "Pengecualian disetujui"))


# --- the parser ------------------------------------------------------------------------------------

def _period_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--role", required=True, help="peran (keahlian): " + ", ".join(SKILLS.values()))
    p.add_argument("--from", dest="start", required=True, type=date_arg, metavar="TANGGAL")
    p.add_argument("--to", dest="end", required=True, type=date_arg, metavar="TANGGAL")


def register(sub: Any) -> None:
    """Add these commands (their one-line help is in tagana_app/cli.py's COMMANDS)."""
    vol = sub.add_parser("volunteer").add_subparsers(dest="volunteer_cmd", required=True)
    p = vol.add_parser("add", help="tambah relawan")
    p.add_argument("--nik", required=True)
    p.add_argument("--name", required=True, help="nama lengkap")
    p.add_argument("--niat", help="nomor anggota (NIAT)")
    p.add_argument("--sex", choices=("L", "P"))
    p.add_argument("--birth", type=date_arg, metavar="YYYY-MM-DD", help="tanggal lahir")
    p.add_argument("--phone")
    p.add_argument("--region", metavar="KODE", help="kode kecamatan atau desa (bawaan: dari NIK)")
    p.add_argument("--address")
    p.add_argument("--level", default="muda", help="Muda, Madya atau Utama")
    p.add_argument("--status", default="aktif", help="aktif, nonaktif atau legiun")
    p.add_argument("--skill", action="append", metavar="S", help="keahlian (boleh berulang)")
    p.add_argument("--emergency-contact")
    p.add_argument("--remarks")
    p.set_defaults(func=cmd_volunteer_add)
    p = vol.add_parser("import", help="impor daftar relawan dari .xlsx atau .csv")
    p.add_argument("path")
    p.add_argument("--valid-only", action="store_true", help="impor hanya baris yang benar")
    p.add_argument("--sheet", help="nama lembar (bawaan: lembar pertama yang berisi tabel relawan)")
    p.set_defaults(func=cmd_volunteer_import)
    p = vol.add_parser("export", help="ekspor daftar relawan ke .xlsx")
    p.add_argument("path")
    p.set_defaults(func=cmd_volunteer_export)
    p = vol.add_parser("list", help="daftar relawan")
    p.add_argument("--text", help="cari nama, NIK, NIAT atau nomor HP")
    p.add_argument("--skill")
    p.add_argument("--region", metavar="KODE")
    p.add_argument("--level")
    p.add_argument("--status")
    p.add_argument("--available", nargs=2, type=date_arg, metavar=("DARI", "SAMPAI"))
    p.add_argument("--certificates", choices=tuple(vs.CERTIFICATE_FILTERS),
                   help="soon: sertifikat habis dalam masa peringatan; expired: sudah habis")
    p.add_argument("--on-duty", type=date_arg, metavar="TANGGAL", help="hanya yang bertugas pada tanggal ini")
    p.add_argument("--limit", type=whole_number_arg("--limit", maximum=10**9), default=100)
    p.add_argument("--offset", type=whole_number_arg("--offset", allow_zero=True, maximum=10**9), default=0)
    p.set_defaults(func=cmd_volunteer_list)
    p = vol.add_parser("show", help="rincian relawan dan riwayat penugasan")
    p.add_argument("volunteer", help="NIK atau NIAT")
    p.set_defaults(func=cmd_volunteer_show)
    p = vol.add_parser("skill", help="catat keahlian dan sertifikat")
    p.add_argument("volunteer", help="NIK atau NIAT")
    p.add_argument("skill")
    p.add_argument("--trained", type=date_arg, metavar="TANGGAL")
    p.add_argument("--expires", type=date_arg, metavar="TANGGAL")
    p.set_defaults(func=cmd_volunteer_skill)
    p = vol.add_parser("update", help="ubah data relawan, keahlian dan sertifikat")
    p.add_argument("volunteer", help="NIK atau NIAT")
    p.add_argument("--name", help="nama lengkap")
    p.add_argument("--niat")
    p.add_argument("--phone")
    p.add_argument("--address")
    p.add_argument("--region", metavar="KODE", help="kode kecamatan atau desa")
    p.add_argument("--level", help="Muda, Madya atau Utama")
    p.add_argument("--status", help="aktif, nonaktif atau legiun")
    p.add_argument("--emergency-contact")
    p.add_argument("--emergency-phone")
    p.add_argument("--remarks")
    p.add_argument("--skill", action="append", type=skill_arg, metavar="KEAHLIAN[:BERLAKU_SAMPAI]",
                   help="tambah atau perbarui keahlian, dengan masa berlaku sertifikat (boleh berulang)")
    p.add_argument("--remove-skill", action="append", metavar="KEAHLIAN", help="hapus keahlian (boleh berulang)")
    p.set_defaults(func=cmd_volunteer_update)
    p = vol.add_parser("unavailable", help="catat periode tidak tersedia")
    p.add_argument("volunteer", help="NIK atau NIAT")
    p.add_argument("start", type=date_arg, metavar="DARI")
    p.add_argument("end", type=date_arg, metavar="SAMPAI")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_volunteer_unavailable)

    inc = sub.add_parser("incident").add_subparsers(dest="incident_cmd", required=True)
    p = inc.add_parser("add", help="catat kejadian")
    p.add_argument("--type", required=True, help="jenis: " + ", ".join(DISASTER_TYPES.values()))
    p.add_argument("--name", required=True)
    p.add_argument("--region", required=True, action="append", metavar="KODE", help="kecamatan/desa terdampak")
    p.add_argument("--start", required=True, type=_datetime, metavar="TANGGAL[JAM]")
    p.add_argument("--status", default="tanggap_darurat", help=", ".join(EMERGENCY_STATUSES.values()))
    p.add_argument("--sk", help="nomor SK status keadaan darurat")
    p.add_argument("--sk-date", type=date_arg, metavar="TANGGAL", help="tanggal SK")
    p.add_argument("--sk-issuer", metavar="PENERBIT", help="penerbit SK, mis. Bupati Bengkulu Tengah")
    p.add_argument("--status-from", type=date_arg, metavar="TANGGAL")
    p.add_argument("--status-to", type=date_arg, metavar="TANGGAL")
    p.add_argument("--posko")
    p.add_argument("--displaced", type=_count("displaced"), metavar="N", help="jumlah pengungsi")
    p.add_argument("--households", type=_count("households"), metavar="N", help="jumlah KK")
    p.add_argument("--people", type=_count("people"), metavar="N", help="jumlah jiwa terdampak")
    p.set_defaults(func=cmd_incident_add)
    p = inc.add_parser("list", help="daftar kejadian (yang aktif lebih dulu)")
    p.add_argument("--status")
    p.set_defaults(func=cmd_incident_list)
    p = inc.add_parser("show", help="rincian kejadian")
    p.add_argument("number")
    p.set_defaults(func=cmd_incident_show)
    p = inc.add_parser("update", help="ubah status atau laporkan angka dampak terbaru")
    p.add_argument("number")
    p.add_argument("--status")
    p.add_argument("--sk")
    p.add_argument("--sk-date", type=date_arg, metavar="TANGGAL")
    p.add_argument("--sk-issuer", metavar="PENERBIT")
    p.add_argument("--status-from", type=date_arg, metavar="TANGGAL")
    p.add_argument("--status-to", type=date_arg, metavar="TANGGAL")
    p.add_argument("--posko")
    p.add_argument("--name")
    p.add_argument("--remarks")
    p.add_argument("--region", action="append", metavar="KODE", help="ganti daftar wilayah terdampak")
    for flag, field in _FIGURE_FLAGS.items():
        p.add_argument(f"--{flag}", type=_count(flag), metavar="N", help=f"angka {field}")
    p.add_argument("--note", help="catatan laporan angka")
    p.set_defaults(func=cmd_incident_update)
    p = inc.add_parser("needs", help="perkiraan kebutuhan dan kekurangan stok")
    p.add_argument("number")
    p.add_argument("--days", type=whole_number_arg("--days", maximum=3650), default=7)
    p.add_argument("--people", type=_count("people"), help="jumlah pengungsi (bawaan: angka terakhir)")
    p.add_argument("--households", type=_count("households"), help="jumlah KK (bawaan: angka terakhir)")
    p.set_defaults(func=cmd_incident_needs)
    p = inc.add_parser("summary", help="ringkasan situasi untuk ditempel ke WhatsApp")
    p.add_argument("number")
    p.add_argument("--date", type=date_arg, metavar="TANGGAL", help="keadaan pada hari ini (bawaan: hari ini)")
    p.set_defaults(func=_incident_summary)
    emergency_cli.register(inc, date_arg)
    p = inc.add_parser("close", help="tutup kejadian (status selesai) bila tidak ada yang masih terbuka")
    p.add_argument("number")
    p.add_argument("--override", metavar="ALASAN", help="pejabat: tutup walau masih ada yang terbuka")
    p.set_defaults(func=cmd_incident_close)

    p = sub.add_parser("assign")
    p.add_argument("volunteer", help="NIK atau NIAT")
    p.add_argument("incident", help="nomor kejadian")
    _period_args(p)
    p.add_argument("--override", metavar="ALASAN",
                   help="ajukan pengecualian dengan alasan tertulis; berlaku setelah pejabat lain menyetujui "
                        "(tagana assignment approve ID)")
    p.add_argument("--request", metavar="NOMOR", help="nomor agenda permintaan relawan yang dijawab")
    p.set_defaults(func=cmd_assign)

    p = sub.add_parser("suggest")
    p.add_argument("incident")
    _period_args(p)
    p.add_argument("--limit", type=whole_number_arg("--limit", maximum=10**9), default=20)
    p.set_defaults(func=cmd_suggest)

    asg = sub.add_parser("assignment").add_subparsers(dest="assignment_cmd", required=True)
    p = asg.add_parser("list", help="daftar penugasan")
    p.add_argument("--incident")
    p.add_argument("--volunteer")
    p.set_defaults(func=cmd_assignment_list)
    p = asg.add_parser("end", help="akhiri lebih awal (hari terakhir bertugas)")
    p.add_argument("id", type=whole_number_arg("ID penugasan", maximum=2**62))
    p.add_argument("date", type=date_arg)
    p.set_defaults(func=cmd_assignment_end)
    p = asg.add_parser("extend", help="perpanjang sampai tanggal")
    p.add_argument("id", type=whole_number_arg("ID penugasan", maximum=2**62))
    p.add_argument("date", type=date_arg)
    p.add_argument("--override", metavar="ALASAN")
    p.set_defaults(func=cmd_assignment_extend)
    p = asg.add_parser("checkin", help="catat kedatangan di lokasi")
    p.add_argument("id", type=whole_number_arg("ID penugasan", maximum=2**62))
    p.add_argument("--at", type=_datetime)
    p.set_defaults(func=cmd_assignment_checkin)
    p = asg.add_parser("checkout", help="catat kepulangan")
    p.add_argument("id", type=whole_number_arg("ID penugasan", maximum=2**62))
    p.add_argument("--at", type=_datetime)
    p.set_defaults(func=cmd_assignment_checkout)
    p = asg.add_parser("void", help="batalkan penugasan yang keliru (sebelum check-in)")
    p.add_argument("id", type=whole_number_arg("ID penugasan", maximum=2**62))
    p.add_argument("--reason", required=True, metavar="ALASAN")
    p.set_defaults(func=cmd_assignment_void)
    p = asg.add_parser("approve", help="setujui pengecualian yang diajukan (pejabat lain dari pengusul)")
    p.add_argument("id", type=whole_number_arg("ID penugasan", maximum=2**62))
    p.set_defaults(func=cmd_assignment_approve)
